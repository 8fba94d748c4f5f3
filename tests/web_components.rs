//! Component tests: mount a component in headless Chromium and read what it rendered.
//! Run by scripts/test.sh through wasm-bindgen-test-runner (see README).
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use readout_lens::core::explore::{timeline, topic_matrix};
use readout_lens::ui::components::{MeetingCard, TopicMatrixView};
use readout_lens::ui::pages::TimelinePage;
use readout_lens::ui::state::{Corpus, Nav};
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

/// Mounts `f` with the bundled corpus and a URL state read from `fragment`.
fn mount_at<V: IntoView + 'static>(
    fragment: &str,
    f: impl FnOnce() -> V + 'static,
) -> web_sys::HtmlElement {
    mount_corpus_at(Corpus::bundled, fragment, f)
}

/// Mounts `f` with the corpus `corpus` makes (inside the mount) and a URL state read from
/// `fragment`.
fn mount_corpus_at<V: IntoView + 'static>(
    corpus: impl FnOnce() -> Corpus + 'static,
    fragment: &str,
    f: impl FnOnce() -> V + 'static,
) -> web_sys::HtmlElement {
    let window = web_sys::window().unwrap();
    window.location().set_hash(fragment).unwrap();
    let parent = container();
    let handle = leptos::mount::mount_to(parent.clone(), move || {
        provide_context(corpus());
        provide_context(Nav::from_location());
        f()
    });
    handle.forget();
    parent
}

fn texts(el: &web_sys::HtmlElement, selector: &str) -> Vec<String> {
    let list = el.query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().text_content().unwrap_or_default())
        .collect()
}

#[wasm_bindgen_test]
fn the_timeline_lists_both_seeds_oldest_first_under_their_months() {
    let el = mount_at("#/", || view! { <TimelinePage /> });
    let cards = texts(&el, "[data-testid=meeting-card]");
    assert_eq!(cards.len(), 2, "{cards:?}");
    assert!(
        cards[0].contains("27 October 2020") && cards[0].contains("Vietnam"),
        "{}",
        cards[0]
    );
    assert!(
        cards[1].contains("9 November 2020") && cards[1].contains("Kim Gunn"),
        "{}",
        cards[1]
    );
    assert_eq!(
        texts(&el, ".month-heading"),
        ["October 2020", "November 2020"]
    );
    assert_eq!(texts(&el, ".gap"), ["13 days later"]);
    assert_eq!(texts(&el, "[data-testid=summary]"), ["2 meetings"]);
}

#[wasm_bindgen_test]
fn a_topic_filter_in_the_url_keeps_only_the_meetings_that_raise_it() {
    let el = mount_at("#/?topic=asean-centrality", || view! { <TimelinePage /> });
    let cards = texts(&el, "[data-testid=meeting-card]");
    assert_eq!(cards.len(), 1);
    assert!(cards[0].contains("Nguyen Quoc Dung"), "{}", cards[0]);
    assert_eq!(texts(&el, "[data-testid=summary]"), ["1 of 2 meetings"]);
    let checked = el
        .query_selector("[data-testid=facet-topics] input:checked")
        .unwrap()
        .expect("the ASEAN centrality box is checked");
    let row = checked.parent_element().unwrap().text_content().unwrap();
    assert!(row.contains("ASEAN centrality"), "{row}");
}

#[wasm_bindgen_test]
fn a_search_in_the_url_lists_the_matching_sentences_with_the_word_marked() {
    let el = mount_at("#/?q=unilateralism", || view! { <TimelinePage /> });
    // Two sentences of the Vietnam seed, then one of the Korea seed, in date order.
    let hits = texts(&el, "[data-testid=search-hit]");
    assert_eq!(hits.len(), 3, "{hits:?}");
    assert!(
        hits[0].contains("Nguyen Quoc Dung of Vietnam"),
        "{}",
        hits[0]
    );
    assert!(
        hits[1].contains("Nguyen Quoc Dung of Vietnam"),
        "{}",
        hits[1]
    );
    assert!(
        hits[2].contains("Kim Gunn of the Republic of Korea"),
        "{}",
        hits[2]
    );
    assert_eq!(
        texts(&el, "[data-testid=search-heading]"),
        ["3 sentences match"]
    );
    let marks = texts(&el, "[data-testid=search-hit] mark");
    assert_eq!(marks.len(), 3, "{marks:?}");
    assert!(
        marks
            .iter()
            .all(|m| m.eq_ignore_ascii_case("unilateralism")),
        "{marks:?}"
    );
}

#[wasm_bindgen_test]
fn a_timeline_entry_shows_date_format_participants_and_top_topics() {
    let el = mount_at("#/", || {
        let data = expect_context::<Corpus>().data.get_untracked();
        let entry = timeline(&data.dataset(), &[0], 4).groups[0].entries[0].clone();
        view! { <MeetingCard entry=entry /> }
    });
    let text = el.text_content().unwrap();
    assert!(text.contains("27 October 2020"), "{text}");
    assert!(text.contains("video meeting"), "{text}");
    assert!(
        text.contains("Luo Zhaohui (China) · Nguyen Quoc Dung (Vietnam)"),
        "{text}"
    );
    // The four topics the Vietnam seed says most about, most first (7, 3, 3 and 2 statements).
    let chips = texts(&el, ".topic-chips button");
    assert_eq!(
        chips,
        [
            "East Asia cooperation mechanisms",
            "Bilateral relations and anniversaries",
            "Handling differences and sensitive issues",
            "Public health, COVID-19 and vaccines",
        ]
    );
    let link = el.query_selector("h3 a").unwrap().unwrap();
    assert!(link
        .get_attribute("href")
        .unwrap()
        .starts_with("#/readout/"));
}

#[wasm_bindgen_test]
fn matrix_cells_count_the_statements_of_each_topic_in_each_meeting() {
    let el = mount_at("#/", || {
        let data = expect_context::<Corpus>().data.get_untracked();
        let matrix = topic_matrix(&data.dataset(), &[0, 1]);
        view! { <TopicMatrixView matrix=Signal::derive(move || matrix.clone()) /> }
    });
    let rows = el
        .query_selector_all("[data-testid=matrix] tbody tr")
        .unwrap();
    let row_of = |label: &str| {
        (0..rows.length())
            .map(|i| rows.item(i).unwrap().unchecked_into::<web_sys::Element>())
            .find(|r| {
                r.query_selector("th")
                    .unwrap()
                    .unwrap()
                    .text_content()
                    .unwrap()
                    == label
            })
            .unwrap_or_else(|| panic!("no row {label}"))
    };
    let counts = |label: &str| {
        let row = row_of(label);
        let cells = row.query_selector_all("td").unwrap();
        (0..cells.length())
            .map(|i| cells.item(i).unwrap().text_content().unwrap())
            .collect::<Vec<_>>()
    };
    assert_eq!(counts("South China Sea"), ["1", "1"]);
    assert_eq!(counts("US Indo-Pacific strategy and the Quad"), ["", "1"]);
    assert_eq!(counts("ASEAN centrality"), ["1", ""]);
}

// ---- Readout and formulations views ----

/// Id of the bundled readout dated `date` (ISO).
fn seed_id(date: &str) -> String {
    use readout_lens::core::{bundled::BUNDLED, ParseOptions};
    let data = readout_lens::ui::state::Data::from_files(BUNDLED, ParseOptions::default());
    data.readouts
        .iter()
        .find(|r| r.date.map(|d| d.to_string()).as_deref() == Some(date))
        .map(|r| r.id.clone())
        .unwrap()
}

/// Mounts the readout page of the Korea seed at `#/readout/ID` followed by `query`.
fn korea_page(query: &str) -> web_sys::HtmlElement {
    use readout_lens::ui::pages::ReadoutPage;
    let id = seed_id("2020-11-09");
    mount_at(
        &format!("#/readout/{id}{query}"),
        move || view! { <ReadoutPage id=id /> },
    )
}

#[wasm_bindgen_test]
fn the_korea_positions_include_luo_zhaohui_opposing_on_the_south_china_sea() {
    let el = korea_page("");
    let groups = texts(&el, "[data-testid=positions] .topic-group");
    let scs = groups
        .iter()
        .find(|g| g.starts_with("South China Sea"))
        .unwrap_or_else(|| panic!("no South China Sea group in {groups:?}"));
    assert!(
        scs.contains("Luo Zhaohui") && scs.contains("opposes"),
        "{scs}"
    );
    let links = el
        .query_selector_all("[data-testid=positions] a.position")
        .unwrap();
    let href = links.item(0).unwrap().unchecked_into::<web_sys::Element>();
    assert!(href.get_attribute("href").unwrap().contains("?s="));
}

#[wasm_bindgen_test]
fn the_sentence_named_in_the_url_is_the_only_target_and_is_focusable() {
    let el = korea_page("?s=3");
    let targets = el.query_selector_all(".readout-text .is-target").unwrap();
    assert_eq!(targets.length(), 1);
    let target = targets
        .item(0)
        .unwrap()
        .unchecked_into::<web_sys::Element>();
    assert_eq!(target.get_attribute("data-sentence").as_deref(), Some("3"));
    assert_eq!(target.get_attribute("tabindex").as_deref(), Some("-1"));
}

#[wasm_bindgen_test]
fn a_topic_in_the_url_highlights_its_sentences_and_says_so() {
    let el = korea_page("?topic=south-china-sea");
    let note = texts(&el, "[data-testid=topic-note]");
    assert_eq!(note.len(), 1);
    assert!(
        note[0].starts_with("Showing 1 statement on South China Sea"),
        "{}",
        note[0]
    );
    let on_topic = texts(&el, ".readout-text .on-topic");
    assert_eq!(on_topic.len(), 1);
    assert!(on_topic[0].contains("South China Sea"), "{}", on_topic[0]);
}

#[wasm_bindgen_test]
fn the_korea_readout_links_back_to_the_vietnam_meeting_and_has_no_next() {
    let el = korea_page("");
    let prev = texts(&el, ".nav-prev");
    assert_eq!(prev.len(), 1);
    assert!(prev[0].contains("Nguyen Quoc Dung") && prev[0].contains("27 October 2020"));
    assert!(texts(&el, ".nav-next").is_empty());
}

#[wasm_bindgen_test]
fn the_formulations_page_lists_zero_sum_game_in_two_meetings() {
    use readout_lens::ui::pages::FormulationsPage;
    let el = mount_at("#/formulations", || view! { <FormulationsPage /> });
    let rows = texts(&el, "[data-testid=formulation]");
    let row = rows
        .iter()
        .find(|r| r.contains("zero-sum game"))
        .unwrap_or_else(|| panic!("no zero-sum game in {rows:?}"));
    assert!(row.contains("2 meetings"), "{row}");
    assert_eq!(
        el.query_selector_all("svg.sparkline").unwrap().length() as usize,
        rows.len()
    );
}

#[wasm_bindgen_test]
fn a_phrase_in_the_url_lists_each_use_with_the_phrase_marked() {
    use readout_lens::ui::pages::FormulationsPage;
    let el = mount_at("#/formulations?phrase=zero-sum%20game", || {
        view! { <FormulationsPage /> }
    });
    assert_eq!(texts(&el, "[data-testid=formulation-use]").len(), 2);
    let marks = texts(&el, "[data-testid=formulation-use] mark");
    assert_eq!(marks.len(), 2);
    assert!(
        marks.iter().all(|m| m.to_lowercase() == "zero-sum game"),
        "{marks:?}"
    );
}

#[wasm_bindgen_test]
fn a_second_meeting_with_korea_links_to_the_first_as_the_same_counterpart() {
    use readout_lens::core::{bundled::BUNDLED, ParseOptions};
    use readout_lens::ui::pages::ReadoutPage;
    use readout_lens::ui::state::Data;
    // The Korea seed again, a month later: the same counterpart, a later date.
    let korea = BUNDLED.iter().find(|(n, _)| n.contains("korea")).unwrap().1;
    let later = korea
        .replace("2020/11/09", "2020/12/09")
        .replace("On November 9, 2020", "On December 9, 2020");
    let mut files: Vec<(&str, &str)> = BUNDLED.to_vec();
    files.push(("2020-12-09-korea-again.txt", later.as_str()));
    let data = Data::from_files(&files, ParseOptions::default());
    let id = data.readouts.last().unwrap().id.clone();
    web_sys::window()
        .unwrap()
        .location()
        .set_hash(&format!("#/readout/{id}"))
        .unwrap();
    let parent = container();
    let handle = leptos::mount::mount_to(parent.clone(), move || {
        provide_context(Corpus::new(data));
        provide_context(Nav::from_location());
        view! { <ReadoutPage id=id /> }
    });
    handle.forget();
    let same = texts(&parent, ".nav-same");
    assert_eq!(same.len(), 1, "{:?}", texts(&parent, ".readout-nav"));
    assert!(
        same[0].contains("Previous meeting with Republic of Korea")
            && same[0].contains("9 November 2020"),
        "{}",
        same[0]
    );
    assert!(texts(&parent, ".nav-next").is_empty());
}

#[wasm_bindgen_test]
fn the_compare_grid_marks_silences_and_shared_wording() {
    use readout_lens::core::analyse::{compare, Mode};
    use readout_lens::ui::components::CompareGrid;
    let el = mount_at("#/compare", || {
        let data = expect_context::<Corpus>().data.get_untracked();
        let cmp = compare(
            &data.readouts,
            &data.analysis,
            &data.lexicon,
            &[0, 1],
            &Mode::AllSpeakers,
        );
        view! { <CompareGrid comparison=Signal::derive(move || cmp.clone()) differ_only=Signal::derive(|| false) /> }
    });
    let row = |topic: &str| -> Vec<String> {
        let row = el
            .query_selector(&format!(
                "[data-testid=compare-grid] tr[data-topic={topic}]"
            ))
            .unwrap()
            .unwrap_or_else(|| panic!("no row {topic}"));
        let cells = row.query_selector_all("td").unwrap();
        (0..cells.length())
            .map(|i| cells.item(i).unwrap().text_content().unwrap())
            .collect()
    };
    let indo = row("indo-pacific-strategy");
    assert_eq!(indo[0], "not mentioned");
    assert!(indo[1].contains("Indo-Pacific Strategy"), "{}", indo[1]);
    let asean = row("asean-centrality");
    assert_eq!(asean[1], "not mentioned");
    let scs = row("south-china-sea");
    assert!(scs.iter().all(|c| c.contains("Luo Zhaohui")), "{scs:?}");
    let shared = texts(&el, "tr[data-topic=trade-and-rcep] mark.shared");
    assert!(
        shared
            .iter()
            .filter(|m| m.contains("Regional Comprehensive Economic Partnership"))
            .count()
            == 2,
        "{shared:?}"
    );
}

// ---- Scale: the windowed timeline and the binned matrix, with the app's style sheet ----

/// The bundled seeds plus `n` synthetic readouts (written for benchmarks and tests by
/// `core::synth`).
fn seeds_and_synthetic(n: usize) -> readout_lens::ui::state::Data {
    use readout_lens::core::collection::{Source, SourceKind};
    use readout_lens::core::{bundled::BUNDLED, synth::synthetic_corpus, ParseOptions};
    let mut sources: Vec<Source> = BUNDLED
        .iter()
        .map(|(name, text)| Source::bundled(name, text))
        .collect();
    sources.extend(
        synthetic_corpus(n, 11)
            .into_iter()
            .enumerate()
            .map(|(i, text)| Source {
                name: format!("synthetic-{i}.txt"),
                text,
                kind: SourceKind::Imported,
                added: 0,
                publisher: None,
                corrections: Default::default(),
            }),
    );
    // The views under test do not use formulations: leave them out (debug wasm is slow).
    readout_lens::ui::state::Data::without_formulations(sources, ParseOptions::default())
}

/// Puts the app's style sheet in the document once, so fixed row heights and scrolling boxes
/// behave as on the page.
fn with_style_sheet() {
    let document = web_sys::window().unwrap().document().unwrap();
    if document.get_element_by_id("app-style").is_none() {
        let style = document.create_element("style").unwrap();
        style.set_id("app-style");
        style.set_text_content(Some(include_str!("../style/main.css")));
        document.head().unwrap().append_child(&style).unwrap();
    }
}

/// Waits `ms` milliseconds (effects, scroll events and rendering run meanwhile).
async fn pause(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Mounts `f` over `data` at the timeline route.
fn mount_with<V: IntoView + 'static>(
    data: readout_lens::ui::state::Data,
    f: impl FnOnce() -> V + 'static,
) -> web_sys::HtmlElement {
    with_style_sheet();
    web_sys::window()
        .unwrap()
        .location()
        .set_hash("#/")
        .unwrap();
    let parent = container();
    let handle = leptos::mount::mount_to(parent.clone(), move || {
        provide_context(Corpus::new(data));
        provide_context(Nav::from_location());
        f()
    });
    handle.forget();
    parent
}

#[wasm_bindgen_test]
async fn a_long_timeline_puts_only_the_rows_near_view_in_the_page_and_scrolls_to_later_ones() {
    use readout_lens::ui::components::TimelineView;
    let data = seeds_and_synthetic(2000);
    let el = mount_with(data, || {
        let corpus = expect_context::<Corpus>();
        let t = corpus.data.with_untracked(|d| {
            let all: Vec<usize> = (0..d.readouts.len()).collect();
            timeline(&d.dataset(), &all, 4)
        });
        view! { <TimelineView timeline=Signal::derive(move || t.clone()) /> }
    });
    pause(50).await;
    let cards = |el: &web_sys::HtmlElement| {
        texts(el, "[data-testid=meeting-card] time")
            .into_iter()
            .collect::<Vec<String>>()
    };
    let first = cards(&el);
    assert!(
        (3..60).contains(&first.len()),
        "2,002 meetings, {} cards in the page",
        first.len()
    );
    // Synthetic dates run 2015-2024; the seeds (2020) are somewhere in the middle.
    assert!(first[0].ends_with("2015"), "{first:?}");
    let viewport: web_sys::HtmlElement = el
        .query_selector(".timeline-viewport")
        .unwrap()
        .unwrap()
        .unchecked_into();
    let canvas_height = viewport.scroll_height();
    assert!(canvas_height > 200_000, "{canvas_height}");
    viewport.set_scroll_top(canvas_height - viewport.client_height());
    pause(50).await;
    let last = cards(&el);
    assert!((3..60).contains(&last.len()), "{}", last.len());
    assert!(last.last().unwrap().ends_with("2024"), "{last:?}");
    // The seeds keep their date order in the windowed timeline: jump to 2020 and scroll to
    // them.
    let titles = |el: &web_sys::HtmlElement| texts(el, "[data-testid=meeting-card] h3");
    let mut seen = Vec::new();
    let jump: web_sys::HtmlSelectElement = el
        .query_selector("#jump-year")
        .unwrap()
        .unwrap()
        .unchecked_into();
    jump.set_value(
        &(0..jump.length())
            .filter_map(|i| jump.item(i))
            .find(|o| o.text_content().as_deref() == Some("2020"))
            .unwrap()
            .unchecked_into::<web_sys::HtmlOptionElement>()
            .value(),
    );
    jump.dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    for _ in 0..200 {
        pause(5).await;
        for t in titles(&el) {
            if (t.contains("Nguyen Quoc Dung") || t.contains("Kim Gunn")) && !seen.contains(&t) {
                seen.push(t);
            }
        }
        if seen.len() == 2 {
            break;
        }
        viewport.set_scroll_top(viewport.scroll_top() + 400);
    }
    assert_eq!(seen.len(), 2, "{seen:?}");
    assert!(
        seen[0].contains("Vietnam") && seen[1].contains("Republic of Korea"),
        "{seen:?}"
    );
}

#[wasm_bindgen_test]
async fn a_matrix_of_thousands_of_meetings_bins_them_and_cells_sum_to_the_topic_totals() {
    let data = seeds_and_synthetic(2000);
    let all: Vec<usize> = (0..data.readouts.len()).collect();
    let m = topic_matrix(&data.dataset(), &all);
    let totals: Vec<usize> = m.rows.iter().map(|r| r.total).collect();
    let data_dates: Vec<_> = data.readouts.iter().map(|r| r.date).collect();
    let el = mount_with(data, move || {
        view! { <TopicMatrixView matrix=Signal::derive(move || m.clone()) /> }
    });
    pause(50).await;
    let table = el.query_selector("[data-testid=matrix]").unwrap().unwrap();
    assert_eq!(table.get_attribute("data-bin").as_deref(), Some("quarter"));
    let columns: usize = table
        .get_attribute("data-columns")
        .unwrap()
        .parse()
        .unwrap();
    // One column per quarter from the first meeting's to the last's, empty quarters included.
    let dates: Vec<_> = data_dates.iter().flatten().collect();
    let quarter = |d: &readout_lens::core::Date| d.year as usize * 4 + (d.month as usize - 1) / 3;
    let first = dates.iter().map(|d| quarter(d)).min().unwrap();
    let last = dates.iter().map(|d| quarter(d)).max().unwrap();
    assert_eq!(columns, last - first + 1, "quarters of the meetings' dates");
    // Every row's cells add up to the statements on its topic across all 2,002 meetings.
    let rows = el
        .query_selector_all("[data-testid=matrix] tbody tr")
        .unwrap();
    let sums: Vec<usize> = (0..rows.length())
        .map(|i| {
            let row: web_sys::Element = rows.item(i).unwrap().unchecked_into();
            let cells = row.query_selector_all("a.cell").unwrap();
            (0..cells.length())
                .map(|c| {
                    let cell: web_sys::Element = cells.item(c).unwrap().unchecked_into();
                    cell.get_attribute("data-count")
                        .unwrap()
                        .parse::<usize>()
                        .unwrap()
                })
                .sum()
        })
        .collect();
    assert!(
        totals.len() > 5 && totals.iter().all(|&t| t > 0),
        "{totals:?}"
    );
    assert_eq!(sums, totals);
    // A period heading zooms into that period.
    let zoom = el.query_selector("a.col-zoom").unwrap().unwrap();
    let href = zoom.get_attribute("href").unwrap();
    assert!(
        href.contains("from=2015-01-01") && href.contains("to=2015-03-31"),
        "{href}"
    );
    // One column per meeting on demand: only the columns near view are drawn.
    let select: web_sys::HtmlSelectElement = el
        .query_selector("[data-testid=matrix-bin]")
        .unwrap()
        .unwrap()
        .unchecked_into();
    select.set_value("meeting");
    select
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    pause(50).await;
    let table = el.query_selector("[data-testid=matrix]").unwrap().unwrap();
    assert_eq!(table.get_attribute("data-columns").as_deref(), Some("2002"));
    let drawn = el
        .query_selector_all("[data-testid=matrix] thead th[scope=col]:not(.corner)")
        .unwrap()
        .length();
    assert!((5..60).contains(&drawn), "{drawn} of 2,002 columns drawn");
}

// Import, corrections and storage. The readouts below are fictional, written for these tests.

const FICTIONAL: &str = "Foreign Minister Wen Haoyu Holds Talks with Foreign Minister Elsa Marrow of Iceland\n\n\
    On May 14, 2021, Foreign Minister Wen Haoyu held talks with Foreign Minister Elsa Marrow of Iceland.\n\n\
    Elsa Marrow said that Iceland values its dialogue with China.\n";

/// Starts Leptos's task executor for tests that spawn tasks without mounting a view (run alone,
/// they would otherwise panic): mounting starts it, and an empty mount is the public way.
fn with_executor() {
    leptos::mount::mount_to(container(), || ()).forget();
}

/// `n` text files of synthetic readouts (written for benchmarks and tests by `core::synth`), as
/// a file picker or a drop hands them over.
fn synthetic_files(n: usize, seed: u64) -> Vec<web_sys::File> {
    readout_lens::core::synth::synthetic_corpus(n, seed)
        .iter()
        .enumerate()
        .map(|(i, text)| {
            let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
            web_sys::File::new_with_str_sequence(&parts, &format!("synthetic-{i}.txt")).unwrap()
        })
        .collect()
}

/// Imports `n` synthetic files and returns once they are read and being merged.
async fn import_until_merging(importer: readout_lens::ui::importer::Importer, n: usize, seed: u64) {
    importer.files(synthetic_files(n, seed));
    while importer.progress.get_untracked().is_some() {
        pause(1).await;
    }
    assert!(
        importer.busy() && importer.outcome.get_untracked().is_none(),
        "the merge should still be under way; import more files"
    );
}

/// Resolves after the browser has run pending effects and painted.
async fn settle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

#[wasm_bindgen_test]
fn a_parse_summary_shows_what_was_found_and_warns_when_the_date_is_missing() {
    use readout_lens::core::{parse, ParseOptions};
    use readout_lens::ui::components::ParseSummary;
    let undated = FICTIONAL.replace("On May 14, 2021, ", "");
    let readout = parse(&undated, "fixture.txt", &ParseOptions::default());
    let el = mount_at("#/", move || view! { <ParseSummary readout=readout /> });
    assert_eq!(texts(&el, "[data-testid=summary-date]"), ["Undated"]);
    let people = texts(&el, "[data-testid=summary-participants]");
    assert!(people[0].contains("Elsa Marrow (Iceland)"), "{people:?}");
    let warnings = texts(&el, "[data-testid=parse-warnings] li");
    assert!(
        warnings.iter().any(|w| w.contains("No date")),
        "{warnings:?}"
    );
}

#[wasm_bindgen_test]
async fn a_pasted_readout_is_added_once_and_a_second_paste_is_reported_as_a_duplicate() {
    use readout_lens::ui::importer::Importer;
    with_executor();
    let corpus = Corpus::bundled();
    let importer = Importer::new(corpus);
    importer.paste(FICTIONAL);
    assert_eq!(corpus.sources().len(), 3);
    let outcome = importer.outcome.get_untracked().unwrap();
    assert_eq!(outcome.added.len(), 1);
    while corpus.loading() {
        settle().await;
    }
    let data = corpus.data.get_untracked();
    let readout = &data.readouts[data.position(&outcome.added[0]).unwrap()];
    assert_eq!(
        readout.date.map(|d| d.to_string()).as_deref(),
        Some("2021-05-14")
    );

    importer.paste(&format!("  {FICTIONAL}\n\n"));
    let outcome = importer.outcome.get_untracked().unwrap();
    assert!(outcome.added.is_empty());
    assert_eq!(outcome.duplicates.len(), 1);
    assert!(outcome.duplicates[0].reason.contains("Elsa Marrow"));
    importer.paste("   ");
    let outcome = importer.outcome.get_untracked().unwrap();
    assert_eq!(outcome.problems[0].reason, "is empty");
    assert_eq!(corpus.sources().len(), 3);
}

#[wasm_bindgen_test]
async fn saving_a_corrected_date_rebuilds_the_readout_and_marks_it_corrected() {
    use readout_lens::ui::pages::ReadoutPage;
    let id = seed_id("2020-11-09");
    let corpus = Corpus::bundled();
    web_sys::window()
        .unwrap()
        .location()
        .set_hash(&format!("#/readout/{id}"))
        .unwrap();
    let parent = container();
    let page_id = id.clone();
    leptos::mount::mount_to(parent.clone(), move || {
        provide_context(corpus);
        provide_context(Nav::from_location());
        view! { <ReadoutPage id=page_id /> }
    })
    .forget();
    assert!(texts(&parent, "[data-testid=corrected-mark]").is_empty());
    let input: web_sys::HtmlInputElement = parent
        .query_selector("[data-testid=correct-date]")
        .unwrap()
        .unwrap()
        .unchecked_into();
    input.set_value("2019-03-04");
    input
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    let form: web_sys::HtmlFormElement = parent
        .query_selector(".corrections-form")
        .unwrap()
        .unwrap()
        .unchecked_into();
    form.request_submit().unwrap();
    settle().await;
    while corpus.loading() {
        settle().await;
    }
    settle().await;
    let data = corpus.data.get_untracked();
    let index = data.position(&id).unwrap();
    assert_eq!(
        data.readouts[index].date.map(|d| d.to_string()).as_deref(),
        Some("2019-03-04")
    );
    assert_eq!(
        data.sources[index]
            .corrections
            .date
            .map(|d| d.to_string())
            .as_deref(),
        Some("2019-03-04")
    );
    assert_eq!(
        texts(&parent, "[data-testid=corrected-mark]"),
        ["corrected"]
    );
    let time = texts(&parent, ".readout-header time");
    assert_eq!(time, ["4 March 2019"]);
}

#[wasm_bindgen_test]
async fn a_stored_readout_reads_back_with_its_corrections() {
    use readout_lens::core::collection::{Source, SourceKind};
    use readout_lens::ui::store;
    let mut source = Source::bundled("fixture.txt", FICTIONAL);
    source.kind = SourceKind::Imported;
    source.corrections.title = Some("Corrected in a test".into());
    store::put("component-test", &source).await.unwrap();
    let loaded = store::load().await.unwrap();
    let found = loaded
        .records
        .iter()
        .find(|r| r.id == "component-test")
        .expect("the record is stored");
    assert_eq!(found.source, source);
    store::delete("component-test").await.unwrap();
    let loaded = store::load().await.unwrap();
    assert!(loaded.records.iter().all(|r| r.id != "component-test"));
}

#[wasm_bindgen_test]
async fn a_deletion_made_while_an_import_is_merged_is_kept_and_the_import_still_lands() {
    use readout_lens::core::collection::SourceKind;
    use readout_lens::ui::importer::Importer;
    with_executor();
    // Enough synthetic files that the duplicate check takes more than one slice, so the
    // deletion lands in the middle of it.
    const FILES: usize = 400;
    let corpus = Corpus::bundled();
    let importer = Importer::new(corpus);
    importer.paste(FICTIONAL);
    let pasted = importer.outcome.get_untracked().unwrap().added[0].clone();
    while corpus.loading() {
        settle().await;
    }
    import_until_merging(importer, FILES, 5).await;
    // Delete the pasted readout as the library page does: load the sources without it.
    let text = corpus
        .data
        .with_untracked(|d| d.sources[d.position(&pasted).unwrap()].text.clone());
    let mut sources = corpus.sources();
    sources.retain(|s| !(s.kind == SourceKind::Imported && s.text == text));
    assert_eq!(sources.len(), 2);
    corpus.set_sources(sources);
    while importer.busy() || corpus.loading() {
        pause(10).await;
    }
    let outcome = importer.outcome.get_untracked().unwrap();
    assert_eq!(outcome.added.len(), FILES, "{:?}", outcome.problems);
    let data = corpus.data.get_untracked();
    assert_eq!(data.readouts.len(), FILES + 2);
    assert!(
        data.position(&pasted).is_none(),
        "the deleted readout came back"
    );
    assert!(data.position(&outcome.added[0]).is_some());
}

#[wasm_bindgen_test]
async fn imports_made_while_a_large_import_is_merged_are_added_after_it_in_order() {
    use readout_lens::ui::importer::Importer;
    with_executor();
    const FILES: usize = 400;
    let corpus = Corpus::bundled();
    let importer = Importer::new(corpus);
    importer.files(synthetic_files(FILES, 6));
    while importer.busy() || corpus.loading() {
        pause(10).await;
    }
    assert_eq!(importer.outcome.get_untracked().unwrap().added.len(), FILES);
    // The same files again: all duplicates, so this merge changes nothing, and the first paste
    // queued behind it is merged in one slice.
    import_until_merging(importer, FILES, 6).await;
    // Two pastes while it runs (a fictional readout written for these tests): the second
    // repeats the first, so it must be merged after it, into what the first added.
    importer.paste(FICTIONAL);
    importer.paste(FICTIONAL);
    assert!(importer.outcome.get_untracked().is_none());
    while importer.busy() || corpus.loading() {
        pause(10).await;
    }
    let outcome = importer.outcome.get_untracked().unwrap();
    assert!(outcome.added.is_empty(), "{outcome:?}");
    assert_eq!(outcome.duplicates.len(), 1, "{outcome:?}");
    assert_eq!(corpus.data.get_untracked().readouts.len(), 2 + FILES + 1);
}

#[path = "web_components/publisher.rs"]
mod publisher;

#[path = "web_components/encodings.rs"]
mod encodings;

#[path = "web_components/dom.rs"]
mod dom;

#[path = "web_components/meeting_neighbours.rs"]
mod meeting_neighbours;
