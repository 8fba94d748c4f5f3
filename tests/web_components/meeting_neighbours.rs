//! Component tests of what the other views say about a meeting told more than once: the
//! readout page's "Previous/Next meeting" links pass over the other readouts of the same meeting,
//! and a meeting's card and matrix column give the date of the readout that stands for it. The
//! call is the fictional one of tests/fixtures/meetings (China in Chinese and English on 4 March
//! 2021, the United States on 3 March), written for the tests.

use super::*;
use readout_lens::core::{bundled::BUNDLED, ParseOptions};
use readout_lens::ui::pages::ReadoutPage;
use readout_lens::ui::state::Data;

const CALL: [(&str, &str); 3] = [
    (
        "2021-03-03-united-states-john-carter-wang-ming.txt",
        include_str!("../fixtures/meetings/2021-03-03-united-states-john-carter-wang-ming.txt"),
    ),
    (
        "2021-03-04-china-en-wang-ming-john-carter.txt",
        include_str!("../fixtures/meetings/2021-03-04-china-en-wang-ming-john-carter.txt"),
    ),
    (
        "2021-03-04-china-zh-wang-ming-john-carter.txt",
        include_str!("../fixtures/meetings/2021-03-04-china-zh-wang-ming-john-carter.txt"),
    ),
];

/// The two seeds and the three readouts of the call.
fn seeds_and_call() -> Data {
    let mut files: Vec<(&str, &str)> = BUNDLED.to_vec();
    files.extend(CALL);
    Data::from_files(&files, ParseOptions::default())
}

/// The readout page of the readout whose origin is `name`.
fn page_of(name: &str) -> web_sys::HtmlElement {
    let data = seeds_and_call();
    let id = data
        .readouts
        .iter()
        .find(|r| r.origin == name)
        .unwrap()
        .id
        .clone();
    let fragment = format!("#/readout/{id}");
    mount_corpus_at(
        move || Corpus::new(data),
        &fragment,
        move || view! { <ReadoutPage id=id /> },
    )
}

#[wasm_bindgen_test]
fn the_next_meeting_after_one_account_of_a_call_is_not_the_other_account() {
    let el = page_of(CALL[0].0);
    // The call is the latest meeting: China's readouts of it come later but are the same call.
    assert!(
        texts(&el, ".nav-next").is_empty(),
        "{:?}",
        texts(&el, ".nav-next")
    );
    let prev = texts(&el, ".nav-prev");
    assert_eq!(prev.len(), 1);
    assert!(prev[0].contains("9 November 2020"), "{}", prev[0]);
}

#[wasm_bindgen_test]
fn the_previous_meeting_before_one_version_of_a_call_is_the_meeting_before_the_call() {
    let el = page_of(CALL[1].0);
    let prev = texts(&el, ".nav-prev");
    assert_eq!(prev.len(), 1);
    assert!(
        prev[0].contains("Kim Gunn") && prev[0].contains("9 November 2020"),
        "{}",
        prev[0]
    );
    assert!(texts(&el, ".nav-next").is_empty());
}

#[wasm_bindgen_test]
fn china_s_account_of_a_call_the_us_dated_a_day_earlier_is_dated_alike_on_its_card_and_in_the_matrix(
) {
    let data = seeds_and_call();
    // China's English readout alone stands for the call (as under "Published by China", or a
    // search for words only it has): the timeline places its card and counts the days around it
    // by its date, 4 March, so the card and the matrix column say 4 March too.
    let china = data
        .readouts
        .iter()
        .position(|r| r.origin == CALL[1].0)
        .unwrap();
    let entry = timeline(&data.dataset(), &[china], 4).groups[0].entries[0].clone();
    let m = topic_matrix(&data.dataset(), &[china]);
    let el = mount_with(data, move || {
        view! {
            <MeetingCard entry=entry />
            <TopicMatrixView matrix=Signal::derive(move || m.clone()) />
        }
    });
    assert_eq!(texts(&el, ".card-meta time"), ["4 March 2021"]);
    assert_eq!(
        texts(&el, "[data-testid=matrix] thead .col-date"),
        ["4 March 2021"]
    );
}
