//! A panic anywhere shows a banner instead of a frozen page, and is logged to the console.
//!
//! The banner is made with plain DOM calls, not Leptos: after a panic the reactive system may be
//! in any state. `?diagnostic=panic` in the page's query string panics on purpose once the app
//! has started, so the end-to-end tests (and a person) can see the banner work.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// What the banner says.
pub const MESSAGE: &str = "Something went wrong. Your data is safe; reload the page.";

/// Logs every panic with its message and location, then shows the banner.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_banner();
    }));
}

/// Puts the banner at the top of the page, once.
fn show_banner() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if document.get_element_by_id("panic-banner").is_some() {
        return;
    }
    let Some(body) = document.body() else { return };
    let Ok(banner) = document.create_element("div") else {
        return;
    };
    banner.set_id("panic-banner");
    banner.set_class_name("panic-banner");
    let _ = banner.set_attribute("role", "alert");
    let _ = banner.set_attribute("data-testid", "panic-banner");
    let Ok(text) = document.create_element("span") else {
        return;
    };
    text.set_text_content(Some(MESSAGE));
    let _ = banner.append_child(&text);
    if let Ok(button) = document.create_element("button") {
        let _ = button.set_attribute("type", "button");
        button.set_text_content(Some("Reload"));
        let reload = Closure::<dyn FnMut()>::new(|| {
            if let Some(w) = web_sys::window() {
                let _ = w.location().reload();
            }
        });
        let _ = button.add_event_listener_with_callback("click", reload.as_ref().unchecked_ref());
        reload.forget();
        let _ = banner.append_child(&button);
    }
    let _ = body.prepend_with_node_1(&banner);
}

/// Panics on the next frame if the page was opened with `?diagnostic=panic`.
pub fn diagnostic() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let search = window.location().search().unwrap_or_default();
    let asked = search
        .trim_start_matches('?')
        .split('&')
        .any(|pair| pair == "diagnostic=panic");
    if asked {
        let boom = Closure::once_into_js(|| -> () {
            panic!("diagnostic panic requested by ?diagnostic=panic");
        });
        let _ = window.request_animation_frame(boom.unchecked_ref());
    }
}
