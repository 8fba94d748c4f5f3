//! Giving the browser a turn: long work (reading thousands of files) awaits these between steps
//! so the page keeps painting and answering input.

use js_sys::Promise;
use wasm_bindgen_futures::JsFuture;

/// Resolves on a fresh task (`setTimeout(0)`), after pending input and rendering.
pub async fn yield_now() {
    let promise = Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback(&resolve);
        }
    });
    let _ = JsFuture::from(promise).await;
}

/// Resolves after the next frame has been painted.
pub async fn after_paint() {
    let promise = Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.request_animation_frame(&resolve);
        }
    });
    let _ = JsFuture::from(promise).await;
    yield_now().await;
}

/// Milliseconds since the page started, for deciding when to yield.
pub fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}
