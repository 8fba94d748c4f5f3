//! A panic anywhere shows a banner instead of a frozen page.
//!
//! The banner is `web/crash.js`: a panic ends in a WebAssembly trap, which the browser throws to
//! the page as a `WebAssembly.RuntimeError`, and the script shows the banner from there with
//! plain DOM calls. Release builds stop at once on a panic (`-Cpanic=immediate-abort`, set by
//! `scripts/bootstrap.sh`), so no Rust code runs after it; other builds (debug builds, component
//! tests, a release build made without the bootstrap's settings) first log the panic's message
//! and location to the console here. `?diagnostic=panic` in the page's query string panics on
//! purpose once the app has started, so the end-to-end tests (and a person) can see the banner
//! work. `scripts/single-file.mjs` puts `web/crash.js` inside the single file's one script.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Logs every panic with its message and location, in builds whose panics run a hook.
pub fn install() {
    #[cfg(not(panic = "immediate-abort"))]
    console_error_panic_hook::set_once();
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
