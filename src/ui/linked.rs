//! A collection named in the page's query string (`?collection=data/my-collection.json`):
//! fetched from the page's own site only, read as a collection file, and loaded next to what
//! is already there, marked as linked. Any failure leaves the loaded readouts as they are and
//! says what went wrong.

use crate::core::collection::{Source, SourceKind};
use crate::core::import::CollectionReader;
use crate::ui::state::{slice, Corpus};
use crate::ui::tick::yield_now;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
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
    let response = JsFuture::from(window().fetch_with_str(url))
        .await
        .map_err(|_| failed("the network request failed"))?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| failed("no response"))?;
    if !response.ok() {
        let status = match response.status_text() {
            t if t.is_empty() => response.status().to_string(),
            t => format!("{} {t}", response.status()),
        };
        return Err(failed(&format!("the server answered {status}")));
    }
    let buffer = JsFuture::from(response.array_buffer().map_err(|_| failed("no body"))?)
        .await
        .map_err(|_| failed("its body could not be read as text"))?;
    // The bytes, then the text as `Response.text()` reads it (UTF-8, a leading byte-order mark
    // dropped, bad bytes replaced), in a task of their own: handing wasm the 15 MB JS string
    // of `text()` was one 50 ms task.
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    drop(buffer);
    yield_now().await;
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    };
    let text = match text.strip_prefix('\u{FEFF}') {
        Some(rest) => rest.to_string(),
        None => text,
    };
    // The import core's reader: format tag, version and shape checked, with its messages; a
    // readout at a time, in slices, so 10,000 readouts (15 MB) never freeze the page.
    let unread = |why| format!("The collection at {url} {why}.");
    let mut reader = CollectionReader::from_bytes(text.as_bytes()).map_err(unread)?;
    drop(text);
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
