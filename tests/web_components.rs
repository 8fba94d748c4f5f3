//! Component tests: mount a component in headless Chromium and read what it rendered.
//! Run by scripts/test.sh through wasm-bindgen-test-runner (see README).
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use readout_lens::core::bundled::BUNDLED;
use readout_lens::core::ParseOptions;
use readout_lens::ui::components::{ReadoutCard, ReadoutText};
use readout_lens::ui::pages::HomePage;
use readout_lens::ui::route::Route;
use readout_lens::ui::state::{parse_all, Corpus};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh container in the document, so each test reads only its own output.
fn container() -> web_sys::HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let div = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&div).unwrap();
    div.unchecked_into()
}

fn mount<V: IntoView + 'static>(f: impl FnOnce() -> V + 'static) -> web_sys::HtmlElement {
    let parent = container();
    let handle = leptos::mount::mount_to(parent.clone(), f);
    handle.forget();
    parent
}

#[wasm_bindgen_test]
fn home_page_lists_both_bundled_readouts_oldest_first() {
    let el = mount(|| {
        provide_context(Corpus::bundled());
        view! { <HomePage /> }
    });
    let text = el.text_content().unwrap();
    assert!(text.contains("Readouts 2"), "{text}");
    let cards = el.query_selector_all("[data-testid=readout-card]").unwrap();
    assert_eq!(cards.length(), 2);
    let first = cards.item(0).unwrap().text_content().unwrap();
    let second = cards.item(1).unwrap().text_content().unwrap();
    assert!(first.contains("27 October 2020"), "{first}");
    assert!(second.contains("9 November 2020"), "{second}");
    assert!(second.contains("Kim Gunn"), "{second}");
}

#[wasm_bindgen_test]
fn a_readout_card_links_to_the_readout_page() {
    let readout = parse_all(BUNDLED, &ParseOptions::default())
        .into_iter()
        .find(|r| r.date.map(|d| d.to_string()) == Some("2020-11-09".into()))
        .unwrap();
    let href = Route::Readout {
        id: readout.id.clone(),
    }
    .href();
    let el = mount(move || view! { <ReadoutCard readout=readout /> });
    let link = el.query_selector("a").unwrap().unwrap();
    assert_eq!(link.get_attribute("href").unwrap(), href);
    assert!(link
        .text_content()
        .unwrap()
        .starts_with("Vice Foreign Minister Luo Zhaohui Holds a Video Conference"));
}

#[wasm_bindgen_test]
fn readout_text_renders_every_sentence_with_its_speaker() {
    let readout = parse_all(BUNDLED, &ParseOptions::default()).remove(0);
    let sentences = readout.sentences.len();
    let el = mount(move || {
        provide_context(Corpus::bundled());
        view! { <ReadoutText readout=readout /> }
    });
    let rendered = el.query_selector_all("[data-sentence]").unwrap();
    assert_eq!(rendered.length() as usize, sentences);
    assert!(sentences > 0);
    let text = el.text_content().unwrap();
    assert!(text.contains("Nguyen Quoc Dung highly valued"), "{text}");
}

#[wasm_bindgen_test]
fn hash_routes_round_trip() {
    let r = Route::Readout {
        id: "abc123".into(),
    };
    assert_eq!(Route::from_hash(&r.href()), r);
    assert_eq!(Route::from_hash(""), Route::Home);
    assert_eq!(Route::from_hash("#/"), Route::Home);
    assert_eq!(
        Route::from_hash("#/nowhere/x"),
        Route::NotFound("/nowhere/x".into())
    );
}
