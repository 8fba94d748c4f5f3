//! Giving the browser a turn: long work (reading thousands of files) awaits these between steps
//! so the page keeps painting and answering input.

use js_sys::Promise;
use wasm_bindgen_futures::JsFuture;

/// Resolves on a fresh task, after pending input and rendering. A message to a channel, not
/// `setTimeout(0)`: a chain of timeouts is clamped to 4 ms each after the fifth, which made
/// about a tenth of a 10,000-readout load (one yield every 30 ms) waiting for nothing.
pub async fn yield_now() {
    let promise = Promise::new(&mut |resolve, _| {
        match web_sys::MessageChannel::new() {
            Ok(channel) => {
                channel.port1().set_onmessage(Some(&resolve));
                let _ = channel.port2().post_message(&wasm_bindgen::JsValue::NULL);
            }
            // No channels (never in a browser that runs this app): a timeout does the same.
            Err(_) => {
                if let Some(w) = web_sys::window() {
                    let _ = w.set_timeout_with_callback(&resolve);
                }
            }
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

thread_local! {
    /// The page's clock, looked up once: the loading steps ask the time after every readout,
    /// and `window().performance()` each time was a few per cent of a load.
    static CLOCK: Option<web_sys::Performance> = web_sys::window().and_then(|w| w.performance());
}

/// Milliseconds since the page started, for deciding when to yield.
pub fn now() -> f64 {
    CLOCK.with(|c| c.as_ref().map_or(0.0, |p| p.now()))
}
