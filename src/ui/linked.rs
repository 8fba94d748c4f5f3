//! A collection named in the page's query string (`?collection=data/my-collection.json`):
//! fetched from the page's own site only, read as a collection file, and loaded next to what
//! is already there, marked as linked. Any failure leaves the loaded readouts as they are and
//! says what went wrong.

use crate::core::collection::{Source, SourceKind};
use crate::core::import::CollectionReader;
use crate::ui::state::{slice, Corpus};
use crate::ui::tick::yield_now;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Loads the collection the query string names, if any.
pub fn load_from_query(corpus: Corpus) {
    let location = window().location();
    let (Ok(search), Ok(href)) = (location.search(), location.href()) else {
        return;
    };
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) else {
        return;
    };
    let Some(link) = params.get("collection").filter(|l| !l.trim().is_empty()) else {
        return;
    };
    let url = match same_origin_url(&link, &href) {
        Ok(url) => url,
        Err(message) => {
            corpus.notice.set(Some(message));
            return;
        }
    };
    leptos::task::spawn_local(async move {
        match fetch_collection(&url).await {
            Ok(linked) => {
                let mut sources = corpus.sources();
                sources.extend(linked.into_iter().map(|mut s| {
                    s.kind = SourceKind::Linked;
                    s
                }));
                corpus.set_sources(sources);
            }
            Err(message) => corpus.notice.set(Some(message)),
        }
    });
}

/// `link` resolved against the page, if it is on the page's own origin.
fn same_origin_url(link: &str, page: &str) -> Result<String, String> {
    let url = web_sys::Url::new_with_base(link, page)
        .map_err(|_| format!("The collection link “{link}” is not a valid address."))?;
    let here = web_sys::Url::new(page)
        .map_err(|_| "This page's own address could not be read.".to_string())?;
    if url.origin() != here.origin() || here.origin() == "null" {
        return Err(format!(
            "The collection link “{link}” points to {}, another site than this page ({}). \
             Only collections from this page's own site are loaded: copy the file next to the \
             page, or import it with Add readouts.",
            url.origin(),
            here.origin()
        ));
    }
    Ok(url.href())
}

/// Fetches and reads the collection at `url`, with a message for each way it can fail.
async fn fetch_collection(url: &str) -> Result<Vec<Source>, String> {
    let failed = |why: &str| format!("The collection at {url} could not be loaded: {why}.");
    let buffer = match in_worker(url).await {
        Some(answer) => answer,
        None => on_page(url).await,
    }
    .map_err(|why| failed(&why))?;
    // The bytes, then the text as `Response.text()` reads it (UTF-8, a leading byte-order mark
    // dropped, bad bytes replaced), checked a slice at a time: handing wasm the 15 MB JS string
    // of `text()` was one 50 ms task, and checking 15 MB at once another.
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    drop(buffer);
    let text = utf8_in_slices(bytes).await;
    // The import core's reader: format tag, version and shape checked, with its messages; a
    // readout at a time, in slices, so 10,000 readouts (15 MB) never freeze the page. The text
    // is taken as it is: decoding it again (`from_bytes`) would check and copy it once more.
    let unread = |why| format!("The collection at {url} {why}.");
    let mut reader = CollectionReader::from_text(text).map_err(unread)?;
    // A turn for the browser before every slice and after the last one: the load the caller
    // starts next would run its first slice in the same task otherwise.
    loop {
        yield_now().await;
        if reader.step(&mut slice()) {
            break;
        }
    }
    yield_now().await;
    reader.finish().map_err(unread)
}

/// The body at `url`, fetched by web/collection-fetch.js in a worker (the browser's handling
/// of a large body then runs off the page); `None` when that script is not in the page (the
/// single-file build) or its worker could not start, so the caller fetches on the page.
async fn in_worker(url: &str) -> Option<Result<JsValue, String>> {
    // The script is deferred and may run after the app has started; it has run by `load`.
    page_loaded().await;
    let fetch = js_sys::Reflect::get(&window(), &"readoutLensFetchCollection".into()).ok()?;
    let fetch: js_sys::Function = fetch.dyn_into().ok()?;
    let promise: js_sys::Promise = fetch
        .call1(&JsValue::NULL, &url.into())
        .ok()?
        .dyn_into()
        .ok()?;
    let answer = JsFuture::from(promise).await.ok()?;
    let field = |name: &str| js_sys::Reflect::get(&answer, &name.into()).unwrap_or_default();
    if field("failed").is_truthy() {
        return Some(Err("the network request failed".into()));
    }
    let status = field("status").as_f64().unwrap_or(0.0);
    if !(200.0..300.0).contains(&status) {
        let text = field("statusText").as_string().unwrap_or_default();
        return Some(Err(server_answered(status as u16, &text)));
    }
    Some(Ok(field("body")))
}

/// Resolves once the page's `load` event has fired (at once if it has).
async fn page_loaded() {
    if window()
        .document()
        .is_none_or(|d| d.ready_state() == "complete")
    {
        return;
    }
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().add_event_listener_with_callback("load", &resolve);
    });
    let _ = JsFuture::from(promise).await;
}

/// The body at `url`, fetched by the page.
async fn on_page(url: &str) -> Result<JsValue, String> {
    let response = JsFuture::from(window().fetch_with_str(url))
        .await
        .map_err(|_| "the network request failed".to_string())?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| "no response")?;
    if !response.ok() {
        return Err(server_answered(response.status(), &response.status_text()));
    }
    JsFuture::from(response.array_buffer().map_err(|_| "no body")?)
        .await
        .map_err(|_| "its body could not be read as text".into())
}

/// What the message says of an HTTP status that is not a success.
fn server_answered(status: u16, text: &str) -> String {
    match text {
        "" => format!("the server answered {status}"),
        t => format!("the server answered {status} {t}"),
    }
}

/// `bytes` as UTF-8 text (a leading byte-order mark dropped, bad bytes replaced as
/// `Response.text()` does), checked and copied a megabyte at a time with a turn for the browser
/// between: each byte is checked once.
async fn utf8_in_slices(bytes: Vec<u8>) -> String {
    const SLICE: usize = 1 << 20;
    let body = bytes.strip_prefix("\u{FEFF}".as_bytes()).unwrap_or(&bytes);
    let mut text = String::with_capacity(body.len());
    let mut rest = body;
    while !rest.is_empty() {
        yield_now().await;
        // A slice ends before a continuation byte, so no character is cut in two.
        let mut end = rest.len().min(SLICE);
        while end < rest.len() && end > 0 && rest[end] & 0xC0 == 0x80 {
            end -= 1;
        }
        match std::str::from_utf8(&rest[..end]) {
            Ok(part) if end > 0 => {
                text.push_str(part);
                rest = &rest[end..];
            }
            // Bad bytes: the rest is read as `text()` would, replacing them.
            _ => {
                text.push_str(&String::from_utf8_lossy(rest));
                break;
            }
        }
    }
    yield_now().await;
    text
}
