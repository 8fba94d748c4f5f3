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
    let text = JsFuture::from(response.text().map_err(|_| failed("no body"))?)
        .await
        .ok()
        .and_then(|t| t.as_string())
        .ok_or_else(|| failed("its body could not be read as text"))?;
    // The import core's reader: format tag, version and shape checked, with its messages; a
    // readout at a time, in slices, so 10,000 readouts (15 MB) never freeze the page.
    let unread = |why| format!("The collection at {url} {why}.");
    let mut reader = CollectionReader::from_bytes(text.as_bytes()).map_err(unread)?;
    drop(text);
    loop {
        yield_now().await;
        if reader.step(&mut slice()) {
            break;
        }
    }
    reader.finish().map_err(unread)
}
