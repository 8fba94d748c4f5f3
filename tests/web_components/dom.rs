//! Component tests of the document views (`ui::dom`): a document's nodes in the page, replaced
//! in place when its data changes, and the accounts and versions views that use them, on the
//! meetings fixtures (fictional, written for the tests).

use super::*;
use readout_lens::core::collection::{Source, SourceKind};
use readout_lens::core::doc::Doc;
use readout_lens::core::ParseOptions;
use readout_lens::ui::components::{AccountsView, VersionsView};
use readout_lens::ui::dom::Dom;
use readout_lens::ui::state::Data;

/// China's Chinese and English readouts of one call and the United States' account of it.
const CALL: [(&str, &str); 3] = [
    (
        "zh.txt",
        include_str!("../fixtures/meetings/2021-03-04-china-zh-wang-ming-john-carter.txt"),
    ),
    (
        "en.txt",
        include_str!("../fixtures/meetings/2021-03-04-china-en-wang-ming-john-carter.txt"),
    ),
    (
        "us.txt",
        include_str!("../fixtures/meetings/2021-03-03-united-states-john-carter-wang-ming.txt"),
    ),
];

fn call() -> Data {
    let sources = CALL
        .iter()
        .map(|(name, text)| Source {
            name: (*name).into(),
            text: (*text).into(),
            kind: SourceKind::Imported,
            added: 1,
            publisher: None,
            corrections: Default::default(),
        })
        .collect();
    Data::without_formulations(sources, ParseOptions::default())
}

/// `n` paragraphs "0", "1"...
fn items(n: usize) -> Dom {
    let mut d = Doc::new();
    for i in 0..n {
        d.el("p", "item").text(&i.to_string()).close();
    }
    Dom(d)
}

#[wasm_bindgen_test]
async fn a_document_s_nodes_are_replaced_in_place_when_its_data_changes() {
    let n = RwSignal::new(2usize);
    let el = mount_at("#/", move || {
        view! { <div class="host"><b>"before "</b>{move || items(n.get())}<i>" after"</i></div> }
    });
    assert_eq!(texts(&el, ".host"), ["before 01 after"]);
    n.set(0);
    pause(10).await;
    assert_eq!(texts(&el, ".host"), ["before  after"]);
    assert_eq!(texts(&el, ".item").len(), 0);
    n.set(3);
    pause(10).await;
    assert_eq!(
        texts(&el, ".host"),
        ["before 012 after"],
        "back between its siblings"
    );
}

#[wasm_bindgen_test]
fn a_width_is_set_through_the_style_and_markup_in_text_stays_text() {
    let el = mount_at("#/", || {
        let mut d = Doc::new();
        d.el("span", "bar")
            .style("width", "46%")
            .text("<b>bold</b>")
            .close();
        Dom(d)
    });
    let bar: web_sys::HtmlElement = el.query_selector(".bar").unwrap().unwrap().unchecked_into();
    assert_eq!(bar.style().get_property_value("width").unwrap(), "46%");
    assert_eq!(bar.text_content().unwrap(), "<b>bold</b>");
    assert!(el.query_selector("b").unwrap().is_none());
}

#[wasm_bindgen_test]
fn the_accounts_view_sets_the_two_accounts_side_by_side() {
    let data = call();
    let id = data.readouts[0].id.clone();
    let el = mount_corpus_at(
        move || Corpus::new(data),
        "#/",
        move || view! { <AccountsView id=id /> },
    );
    let heads = texts(&el, "[data-testid=accounts-grid] thead .col-publisher");
    assert_eq!(heads, ["China ", "United States "]);
    let taiwan = texts(&el, "[data-testid=accounts-grid] tr[data-topic=taiwan] td");
    assert!(taiwan[0].starts_with("Wang Ming"), "{taiwan:?}");
    assert!(
        taiwan[0].contains("John Carter not in the United States' account"),
        "{taiwan:?}"
    );
    assert_eq!(taiwan[1], "not mentioned");
    assert_eq!(texts(&el, "[data-testid=share-table] tbody tr").len(), 4);
    assert_eq!(
        texts(&el, "[data-testid=export-md]").len(),
        1,
        "the buttons stay"
    );
}

#[wasm_bindgen_test]
fn the_versions_view_marks_the_sentence_only_in_the_chinese() {
    let data = call();
    let id = data.readouts[0].id.clone();
    let el = mount_corpus_at(
        move || Corpus::new(data),
        "#/",
        move || {
            let account: Option<String> = None;
            view! { <VersionsView id=id account=account /> }
        },
    );
    assert_eq!(
        texts(&el, "[data-testid=versions-summary] p"),
        ["10 sentence pairs · 0 sentences only in the English version · 1 sentence only in the Chinese version"]
    );
    let unmatched = texts(&el, "[data-testid=unmatched-row] td");
    assert_eq!(
        unmatched,
        [
            "Not in the English version",
            "8 任何以台制华的图谋都注定失败。",
            "Only in the Chinese version"
        ]
    );
}
