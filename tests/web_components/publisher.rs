//! Component tests of the publisher of each readout: on the meeting card, in the filters, in
//! the import's "Published by" setting and in the parse summary. The texts are fictional,
//! written for these tests.

use super::*;
use readout_lens::core::collection::{Source, SourceKind};
use readout_lens::core::{bundled::BUNDLED, ParseOptions};
use readout_lens::ui::state::Data;

/// A meeting the United States published: its Secretary of State and an Indonesian minister.
const US: &str = "Secretary of State Dana Harlan Holds Talks with Foreign Minister Sari Wulandari \
    of Indonesia\n\nOn March 4, 2024, Secretary of State Dana Harlan held talks with Foreign \
    Minister Sari Wulandari of Indonesia.\n\nDana Harlan said that freedom of navigation \
    matters.\n\nSari Wulandari said that Indonesia values the partnership.\n";

/// A meeting Japan published, with Australia.
const JP: &str = "Foreign Minister Hiroshi Takeda Holds Talks with Foreign Minister Claire \
    Dunmore of Australia\n\nOn March 12, 2024, Foreign Minister Hiroshi Takeda held talks with \
    Foreign Minister Claire Dunmore of Australia.\n\nHiroshi Takeda said that security \
    cooperation matters.\n";

fn imported(name: &str, text: &str, publisher: &str) -> Source {
    Source {
        name: name.into(),
        text: text.into(),
        kind: SourceKind::Imported,
        added: 1,
        publisher: Some(publisher.into()),
        corrections: Default::default(),
    }
}

/// The bundled seeds (China) and the two readouts above, each with its "Published by".
fn mixed() -> Data {
    let mut sources: Vec<Source> = BUNDLED
        .iter()
        .map(|(name, text)| Source::bundled(name, text))
        .collect();
    sources.push(imported("us.txt", US, "United States"));
    sources.push(imported("jp.txt", JP, "Japan"));
    Data::without_formulations(sources, ParseOptions::default())
}

/// Mounts `f` over `data` at `fragment`.
fn mount_data_at<V: IntoView + 'static>(
    data: Data,
    fragment: &str,
    f: impl FnOnce() -> V + 'static,
) -> web_sys::HtmlElement {
    mount_corpus_at(move || Corpus::new(data), fragment, f)
}

fn classes(el: &web_sys::HtmlElement, selector: &str) -> Vec<String> {
    let list = el.query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|i| {
            let e: web_sys::Element = list.item(i).unwrap().unchecked_into();
            e.class_name()
        })
        .collect()
}

#[wasm_bindgen_test]
fn a_card_names_its_publisher_and_gives_its_own_official_the_publishers_colour() {
    let el = mount_data_at(mixed(), "#/", || {
        let data = expect_context::<Corpus>().data.get_untracked();
        let us = data
            .readouts
            .iter()
            .position(|r| r.origin == "us.txt")
            .unwrap();
        let entry = timeline(&data.dataset(), &[us], 4).groups[0].entries[0].clone();
        view! { <MeetingCard entry=entry /> }
    });
    assert_eq!(
        texts(&el, "[data-testid=card-publisher]"),
        ["Published by United States"]
    );
    assert_eq!(texts(&el, ".lane-name"), ["Indonesia"]);
    assert_eq!(
        texts(&el, ".participants .participant"),
        [
            "Dana Harlan (United States)",
            " · Sari Wulandari (Indonesia)"
        ]
    );
    assert_eq!(
        classes(&el, ".participants .swatch"),
        ["swatch sp-home", "swatch sp-a"]
    );
}

#[wasm_bindgen_test]
fn the_publishers_filter_counts_each_publisher_and_keeps_only_the_one_ticked() {
    let el = mount_data_at(mixed(), "#/?publisher=United%20States", || {
        view! { <TimelinePage /> }
    });
    let cards = texts(&el, "[data-testid=meeting-card]");
    assert_eq!(cards.len(), 1, "{cards:?}");
    assert!(cards[0].contains("Sari Wulandari"), "{}", cards[0]);
    assert_eq!(texts(&el, "[data-testid=summary]"), ["1 of 4 meetings"]);
    let facet = "[data-testid=facet-publishers]";
    assert_eq!(
        texts(&el, &format!("{facet} .facet-label")),
        ["China", "Japan", "United States"]
    );
    assert_eq!(
        texts(&el, &format!("{facet} .facet-count")),
        ["2", "1", "1"]
    );
    let checked = texts(
        &el,
        "[data-testid=facet-publishers] .facet-row:has(input:checked) .facet-label",
    );
    assert_eq!(checked, ["United States"]);
}

#[wasm_bindgen_test]
async fn a_pasted_readout_keeps_the_published_by_setting_and_its_host_takes_that_country() {
    use readout_lens::ui::importer::Importer;
    with_executor();
    let corpus = Corpus::bundled();
    let importer = Importer::new(corpus);
    assert_eq!(importer.publisher.get_untracked(), "China");
    importer.publisher.set(" japan ".into());
    importer.paste(JP);
    let added = corpus.sources();
    let source = added.iter().find(|s| s.name == "pasted").unwrap();
    assert_eq!(source.publisher.as_deref(), Some("Japan"));
    while corpus.loading() {
        settle().await;
    }
    let data = corpus.data.get_untracked();
    let id = &importer.outcome.get_untracked().unwrap().added[0];
    let readout = &data.readouts[data.position(id).unwrap()];
    assert_eq!(readout.publisher.as_deref(), Some("Japan"));
    assert!(readout.publisher_assumed);
    let countries: Vec<Option<&str>> = readout
        .participants
        .iter()
        .map(|p| p.country.as_deref())
        .collect();
    assert_eq!(countries, [Some("Japan"), Some("Australia")]);
}

#[wasm_bindgen_test]
fn the_parse_summary_says_the_publisher_was_the_setting_at_import() {
    use readout_lens::ui::components::ParseSummary;
    let readout = imported("jp.txt", JP, "Japan").readout(&ParseOptions::default());
    let el = mount_at("#/", move || view! { <ParseSummary readout=readout /> });
    assert_eq!(
        texts(&el, "[data-testid=summary-publisher]"),
        ["Japan (the setting at import: the text does not say)"]
    );
    let warnings = texts(&el, "[data-testid=parse-warnings] li");
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("does not say who published it")),
        "{warnings:?}"
    );
}

/// A news agency's copy (fictional, written for this test): its dateline opens the body.
const AGENCY: &str = "Foreign ministers of Viet Nam and Chile hold phone talks\n\nHanoi (VNA) – \
    Foreign Minister Le Van Tam held phone talks with Chilean Foreign Minister Ana Rojas on \
    March 9, 2024.\n\nTam thanked Chile for its support.\n";

#[wasm_bindgen_test]
fn an_agencys_dateline_is_shown_before_the_first_sentence_and_is_no_part_of_it() {
    use readout_lens::ui::pages::ReadoutPage;
    let mut sources: Vec<Source> = BUNDLED
        .iter()
        .map(|(name, text)| Source::bundled(name, text))
        .collect();
    sources.push(imported("vna.txt", AGENCY, "Vietnam"));
    let data = Data::without_formulations(sources, ParseOptions::default());
    let id = data
        .readouts
        .iter()
        .find(|r| r.origin == "vna.txt")
        .unwrap()
        .id
        .clone();
    let page = format!("#/readout/{id}");
    let el = mount_data_at(data, &page, move || view! { <ReadoutPage id=id /> });
    assert_eq!(texts(&el, ".readout-text .place-line"), ["Hanoi (VNA) –"]);
    let first = texts(&el, ".readout-text [data-sentence='0']");
    assert_eq!(
        first,
        ["Foreign Minister Le Van Tam held phone talks with Chilean Foreign Minister Ana Rojas on March 9, 2024."]
    );
    let paragraph = texts(&el, ".readout-text p");
    assert!(
        paragraph[0].starts_with("Hanoi (VNA) – Foreign Minister Le Van Tam"),
        "{paragraph:?}"
    );
}
