//! The meeting views' reports (`core::meetings::report`) on the meetings fixtures (written for
//! the tests, fictional officials): the one call told by China in English and in Chinese and by
//! the United States. What the accounts view and the versions view show is checked here as a
//! document tree, element by element: texts, classes, links and the "not mentioned" cells; and
//! the meeting page's header, a card's list of reports and a readout's note.

use readout_lens::core::analyse::{CorpusAnalysis, FormulationRef, Lexicon};
use readout_lens::core::doc::{Doc, El, Node};
use readout_lens::core::explore::MeetingView;
use readout_lens::core::meetings::accounts::SideFormulations;
use readout_lens::core::meetings::align::Bead;
use readout_lens::core::meetings::export::{versions_csv, versions_markdown};
use readout_lens::core::meetings::report::accounts::accounts_report;
use readout_lens::core::meetings::report::page::{
    card_reports, meeting_header, meeting_not_found, meeting_note,
};
use readout_lens::core::meetings::report::versions::{versions_picker, versions_report};
use readout_lens::core::meetings::{
    accounts_comparison, compare_versions, group_meetings, Meeting,
};
use readout_lens::core::model::Readout;
use readout_lens::core::{parse, ParseOptions};

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/meetings");

/// China's Chinese and English readouts of the call, and the United States'.
fn call() -> Vec<Readout> {
    [
        "2021-03-04-china-zh-wang-ming-john-carter.txt",
        "2021-03-04-china-en-wang-ming-john-carter.txt",
        "2021-03-03-united-states-john-carter-wang-ming.txt",
    ]
    .iter()
    .map(|f| {
        let text = std::fs::read_to_string(format!("{DIR}/{f}")).expect("fixture");
        parse(&text, f, &ParseOptions::default())
    })
    .collect()
}

/// The elements of the document with `tag` (any when empty) and `class` (any when empty).
fn find<'a>(tree: &'a [Node], tag: &str, class: &str) -> Vec<&'a El> {
    let mut found = Vec::new();
    for node in tree {
        node.find(tag, class, &mut found);
    }
    found
}

fn texts(els: &[&El]) -> Vec<String> {
    els.iter().map(|e| e.text_content()).collect()
}

/// The element with `data-testid` `id`.
fn by_testid<'a>(tree: &'a [Node], id: &str) -> Vec<&'a El> {
    find(tree, "", "")
        .into_iter()
        .filter(|e| e.get("data-testid") == Some(id))
        .collect()
}

fn accounts(readouts: &[Readout], columns: &[usize]) -> Doc {
    let lexicon = Lexicon::default_lexicon();
    let corpus = CorpusAnalysis::build(readouts, &lexicon);
    let cmp = accounts_comparison(readouts, &corpus, &lexicon, columns);
    accounts_report(readouts, &cmp)
}

#[test]
fn the_accounts_grid_has_a_column_per_account_and_marks_the_silent_one() {
    let readouts = call();
    let doc = accounts(&readouts, &[1, 2]);
    let tree = doc.tree();
    let grid = &by_testid(&tree, "accounts-grid")[0];
    assert_eq!(grid.get("class"), Some("compare-grid cols-2"));
    let grid = [Node::El((*grid).clone())];
    let publishers = texts(&find(&grid, "span", "col-publisher"));
    assert_eq!(publishers, ["China ", "United States "]);
    let titles = find(&grid, "a", "col-who");
    assert_eq!(
        titles[0].get("href"),
        Some(format!("#/readout/{}", readouts[1].id).as_str())
    );
    assert_eq!(titles[1].text_content(), readouts[2].title);
    // Taiwan: China's account quotes both sides, the US account says nothing.
    let taiwan = find(&grid, "tr", "")
        .into_iter()
        .find(|r| r.get("data-topic") == Some("taiwan"))
        .expect("a Taiwan row");
    let row = [Node::El(taiwan.clone())];
    let cells: Vec<(&str, &str)> = find(&row, "td", "")
        .iter()
        .map(|td| {
            (
                td.get("class").unwrap_or(""),
                td.get("data-label").unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(cells, [("", "China"), ("not-mentioned", "United States")]);
    assert_eq!(texts(&find(&row, "td", "not-mentioned")), ["not mentioned"]);
    let blocks = find(&row, "div", "speaker-block");
    let carter = blocks
        .iter()
        .find(|b| b.text_content().starts_with("John Carter"))
        .expect("Carter is quoted");
    assert_eq!(
        carter.get("class"),
        Some("speaker-block sp-a"),
        "the second publisher's colour"
    );
    let carter = [Node::El((*carter).clone())];
    assert_eq!(
        texts(&find(&carter, "span", "flag")),
        ["not in the United States' account"]
    );
    let quote = &find(&carter, "li", "")[0];
    let quote = [Node::El((*quote).clone())];
    assert_eq!(texts(&find(&quote, "span", "stance")), ["supports"]);
    let link = &find(&quote, "a", "source-link")[0];
    let href = link.get("href").expect("a link");
    assert!(
        href.starts_with(&format!("#/readout/{}?s=", readouts[1].id)),
        "{href}"
    );
    assert_eq!(link.text_content(), "in context");
    assert!(
        texts(&find(&quote, "q", ""))[0].starts_with("Carter said that the U.S. side adheres"),
        "{:?}",
        texts(&find(&quote, "q", ""))
    );
}

#[test]
fn the_accounts_summary_says_what_one_account_reports_of_the_other_side() {
    let readouts = call();
    let tree = accounts(&readouts, &[1, 2]).tree();
    let unreported = texts(&by_testid(&tree, "unreported"));
    assert_eq!(
        unreported,
        ["China's account quotes John Carter (United States) on Taiwan (the quote); the United States' account does not mention Taiwan."]
    );
    let summary = [Node::El(by_testid(&tree, "accounts-summary")[0].clone())];
    let only = texts(&find(&summary, "li", ""));
    assert_eq!(only.len(), 3, "{only:?}");
    assert!(
        only[0].starts_with("Only in China's account: Bilateral relations"),
        "{only:?}"
    );
    assert!(
        only[1].starts_with("Only in the United States' account: "),
        "{only:?}"
    );
}

#[test]
fn the_shares_and_the_formulations_are_listed_per_account() {
    let readouts = call();
    let tree = accounts(&readouts, &[1, 2]).tree();
    let table = [Node::El(by_testid(&tree, "share-table")[0].clone())];
    let rows: Vec<Vec<String>> = find(&table, "tr", "")
        .iter()
        .map(|tr| tr.kids.iter().map(Node::text_content).collect())
        .collect();
    assert_eq!(
        rows,
        [
            vec!["Speaker", "China's account", "The United States' account"],
            vec!["Wang Ming (China)", "60.0 % · 6 sentences", "—"],
            vec![
                "John Carter (United States)",
                "20.0 % · 2 sentences",
                "57.1 % · 4 sentences"
            ],
            vec!["Both sides", "10.0 % · 1 sentence", "14.3 % · 1 sentence"],
            vec!["Narration", "10.0 % · 1 sentence", "28.6 % · 2 sentences"],
        ]
    );
    let bars = find(&table, "span", "share-bar");
    assert_eq!(bars[0].get("class"), Some("share-bar sp-home"));
    assert_eq!(bars[0].styles, [("width", "60%".to_string())]);
    // Formulations are recurring phrases of the whole collection: three readouts have none.
    let sections: Vec<String> = find(&tree, "section", "account-formulations")
        .iter()
        .map(|s| s.text_content())
        .collect();
    assert_eq!(
        sections,
        [
            "China's accountNo recurring formulation.",
            "The United States' accountNo recurring formulation."
        ]
    );
}

#[test]
fn each_side_s_formulations_are_chips_in_the_side_s_colour() {
    let readouts = call();
    let lexicon = Lexicon::default_lexicon();
    let corpus = CorpusAnalysis::build(&readouts, &lexicon);
    let mut cmp = accounts_comparison(&readouts, &corpus, &lexicon, &[1, 2]);
    let phrase = |text: &str| FormulationRef {
        formulation: 0,
        text: text.into(),
    };
    cmp.formulations[0] = vec![
        SideFormulations {
            country: Some("China".into()),
            formulations: vec![phrase("China is ready"), phrase("win-win cooperation")],
        },
        SideFormulations {
            country: None,
            formulations: vec![phrase("candid and constructive")],
        },
    ];
    let tree = accounts_report(&readouts, &cmp).tree();
    let sides: Vec<(&str, String)> = find(&tree, "div", "side-formulations")
        .iter()
        .map(|d| (d.get("class").unwrap_or(""), d.text_content()))
        .collect();
    assert_eq!(
        sides,
        [
            (
                "side-formulations speaker-block sp-home",
                "ChinaChina is readywin-win cooperation".to_string()
            ),
            (
                "side-formulations speaker-block sp-joint",
                "Both sidescandid and constructive".to_string()
            )
        ]
    );
    assert_eq!(find(&tree, "li", "side-phrase").len(), 3);
}

#[test]
fn a_meeting_with_one_account_says_there_is_nothing_to_compare() {
    let readouts = call();
    let doc = accounts(&readouts, &[2]);
    assert_eq!(
        doc.html(),
        "<p class=\"empty\">This meeting has one account: there is nothing to set it against. Import the other side's readout of it to compare the accounts.</p>"
    );
}

#[test]
fn the_versions_table_marks_the_sentence_only_in_the_chinese_and_the_merged_pair() {
    let readouts = call();
    let lexicon = Lexicon::default_lexicon();
    let corpus = CorpusAnalysis::build(&readouts, &lexicon);
    // As the view picks them: the English version first.
    let v = compare_versions(&readouts, &corpus.analyses, &lexicon, 1, 0);
    let tree = versions_report(&readouts, &lexicon, Some(&v)).tree();
    let summary = texts(&by_testid(&tree, "versions-summary"));
    assert_eq!(
        summary,
        ["10 sentence pairs · 0 sentences only in the English version · 1 sentence only in the Chinese version"]
    );
    let unmatched = by_testid(&tree, "unmatched-row");
    assert_eq!(unmatched.len(), 1);
    let row = [Node::El(unmatched[0].clone())];
    let cells: Vec<&str> = find(&row, "td", "")
        .iter()
        .map(|c| c.get("class").unwrap_or(""))
        .collect();
    assert_eq!(cells, ["missing", "", "row-note"]);
    let cells = texts(&find(&row, "td", ""));
    assert_eq!(cells[0], "Not in the English version");
    assert_eq!(cells[1], "8 任何以台制华的图谋都注定失败。");
    assert_eq!(cells[2], "Only in the Chinese version");
    let number = &find(&row, "a", "sn")[0];
    assert_eq!(
        number.get("href"),
        Some(format!("#/readout/{}?s=7", readouts[0].id).as_str())
    );
    let merged = find(&tree, "tr", "merged");
    assert_eq!(merged.len(), 1);
    let note = [Node::El(merged[0].clone())];
    assert_eq!(
        texts(&find(&note, "td", "row-note")),
        ["1 English sentence for 2 Chinese"]
    );
    assert_eq!(by_testid(&tree, "aligned-row").len(), 10);
    let heads = texts(&find(&tree, "th", ""));
    assert_eq!(heads[0], format!("English · {}", readouts[1].title));
    assert_eq!(heads[2], "Note");
}

#[test]
fn two_sentences_that_render_two_with_the_boundary_elsewhere_get_a_note() {
    let readouts = call();
    let lexicon = Lexicon::default_lexicon();
    let corpus = CorpusAnalysis::build(&readouts, &lexicon);
    let mut v = compare_versions(&readouts, &corpus.analyses, &lexicon, 1, 0);
    // The first two pairs as the aligner gives a 2-2 bead.
    let (first, second) = (v.rows[0].clone(), v.rows[1].clone());
    assert_eq!(
        (first.a.len(), first.b.len(), second.a.len(), second.b.len()),
        (1, 1, 1, 1)
    );
    v.rows[0] = Bead {
        a: first.a.start..second.a.end,
        b: first.b.start..second.b.end,
    };
    v.rows.remove(1);
    let tree = versions_report(&readouts, &lexicon, Some(&v)).tree();
    let merged = find(&tree, "tr", "merged");
    assert_eq!(merged.len(), 2);
    let note = [Node::El(merged[0].clone())];
    assert_eq!(
        texts(&find(&note, "td", "row-note")),
        ["2 English sentences for 2 Chinese"]
    );
    let md = versions_markdown(&v, &readouts, &lexicon);
    assert!(md.contains("| 2 English sentences for 2 Chinese |"), "{md}");
    // The CSV numbers sentences as the page does, from 1: the two pairs are "1 2" a side.
    let csv = versions_csv(&v, &readouts);
    let row = csv.lines().nth(1).unwrap();
    assert!(row.starts_with("1,aligned,en,1 2,"), "{row}");
    assert!(row.contains(",zh,1 2,"), "{row}");
}

#[test]
fn without_two_versions_the_view_says_how_to_get_them() {
    let readouts = call();
    let lexicon = Lexicon::default_lexicon();
    let tree = versions_report(&readouts, &lexicon, None).tree();
    assert_eq!(find(&tree, "p", "empty").len(), 1);
}

#[test]
fn markup_in_a_readout_title_is_text_in_the_report() {
    let mut readouts = call();
    readouts[2].title = "<img src=x onerror=alert(1)>".into();
    let doc = accounts(&readouts, &[1, 2]);
    let html = doc.html();
    assert!(
        html.contains("&lt;img src=x onerror=alert(1)&gt;</a>"),
        "{html}"
    );
    assert!(!html.contains("<img"));
}

/// The call as one meeting (China's Chinese and English, the US account), and its id.
fn meeting(readouts: &[Readout]) -> Meeting {
    let m = group_meetings(readouts, &[]);
    assert_eq!(m.meetings.len(), 1, "one call");
    m.meetings[0].clone()
}

#[test]
fn the_meeting_header_has_a_tab_per_view_and_marks_the_one_shown() {
    let readouts = call();
    let m = meeting(&readouts);
    let id = readouts[0].id.as_str();
    let tree = meeting_header(&m, &readouts, MeetingView::Accounts, id).tree();
    assert_eq!(texts(&find(&tree, "time", "")), ["3 March 2021"]);
    assert_eq!(
        texts(&find(&tree, "h1", "")),
        ["Phone call · China · United States"]
    );
    let tabs: Vec<(String, Option<&str>, Option<&str>)> = find(&tree, "a", "")
        .iter()
        .map(|a| (a.text_content(), a.get("href"), a.get("aria-current")))
        .collect();
    let href = |view: &str| format!("#/meeting/{id}{view}");
    assert_eq!(
        tabs,
        [
            (
                "Readouts (3)".into(),
                Some(href("").as_str()),
                Some("false")
            ),
            (
                "Accounts (2)".into(),
                Some(href("/accounts").as_str()),
                Some("page")
            ),
            (
                "Versions".into(),
                Some(href("/versions").as_str()),
                Some("false")
            ),
        ]
    );
    assert!(find(&tree, "span", "corrected").is_empty());
    // The US account alone: nothing to compare, no versions.
    let alone = Meeting {
        readouts: vec![2],
        corrected: true,
    };
    let tree = meeting_header(&alone, &readouts, MeetingView::Readouts, &readouts[2].id).tree();
    assert_eq!(
        texts(&find(&tree, "span", "tab-off")),
        ["Accounts (1)", "Versions"]
    );
    assert_eq!(
        texts(&find(&tree, "span", "corrected")),
        ["grouped by hand"]
    );
}

#[test]
fn a_meeting_not_found_names_the_id_as_text_and_links_to_all_meetings() {
    let html = meeting_not_found("<b>x</b>").html();
    assert_eq!(
        html,
        "<section class=\"page\"><h1>Meeting not found</h1><p>No readout with the id <code>&lt;b&gt;x&lt;/b&gt;</code> is loaded.</p><p><a href=\"#/\">See all meetings</a></p></section>"
    );
}

#[test]
fn a_card_lists_the_reports_by_publisher_and_links_the_two_comparisons() {
    let readouts = call();
    let m = meeting(&readouts);
    let id = readouts[1].id.as_str();
    let tree = card_reports(&m, &readouts, id).tree();
    assert_eq!(
        texts(&find(&tree, "li", "")),
        ["China: English · 中文", "United States: English"]
    );
    let links: Vec<(String, Option<&str>)> = find(&tree, "a", "")
        .iter()
        .map(|a| (a.text_content(), a.get("href")))
        .collect();
    assert_eq!(
        links[0],
        ("3 reports".into(), Some(format!("#/meeting/{id}").as_str()))
    );
    assert_eq!(
        links[1].1,
        Some(format!("#/readout/{}", readouts[1].id).as_str())
    );
    assert_eq!(links[2].0, "中文");
    assert_eq!(
        links[4],
        (
            "Accounts".into(),
            Some(format!("#/meeting/{id}/accounts").as_str())
        )
    );
    assert_eq!(
        links[5],
        (
            "Versions".into(),
            Some(format!("#/meeting/{id}/versions").as_str())
        )
    );
}

#[test]
fn a_readout_s_note_names_the_other_reports_of_its_meeting() {
    let readouts = call();
    let m = meeting(&readouts);
    let tree = meeting_note(&m, &readouts, 2).tree();
    assert_eq!(
        texts(&by_testid(&tree, "meeting-note")),
        ["One of 3 reports of this meeting: China (English, 中文) · United States (English) · Compare the accounts · Align the versions"]
    );
}

#[test]
fn the_versions_picker_shows_only_with_two_publishers_and_marks_the_one_shown() {
    let one = [Some("China".to_string())];
    assert!(versions_picker(&one, None, "x").ops.is_empty());
    let two = [Some("China".to_string()), Some("Japan".to_string())];
    let tree = versions_picker(&two, Some("Japan"), "x").tree();
    assert_eq!(texts(&find(&tree, "nav", "")), ["Versions of: ChinaJapan"]);
    let links: Vec<(Option<&str>, Option<&str>)> = find(&tree, "a", "")
        .iter()
        .map(|a| (a.get("href"), a.get("aria-current")))
        .collect();
    assert_eq!(
        links,
        [
            (Some("#/meeting/x/versions?account=China"), Some("false")),
            (Some("#/meeting/x/versions?account=Japan"), Some("true"))
        ]
    );
}
