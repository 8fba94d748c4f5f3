//! The Markdown and CSV exports of the two seed readouts (Vietnam, 27 October 2020; Republic
//! of Korea, 9 November 2020), compared with all speakers, show what an analyst reads in them.

use readout_lens::core::analyse::export::{comparison_csv, comparison_markdown};
use readout_lens::core::analyse::testing::read_csv;
use readout_lens::core::analyse::{compare, Comparison, CorpusAnalysis, Lexicon, Mode};
use readout_lens::core::bundled::BUNDLED;
use readout_lens::core::{parse, ParseOptions, Readout};

/// The seeds from the bundled corpus, compared in date order.
fn seeds() -> (Vec<Readout>, Comparison) {
    let o = ParseOptions::default();
    let text = |name: &str| {
        BUNDLED
            .iter()
            .find(|(file, _)| file.contains(name))
            .unwrap_or_else(|| panic!("no bundled {name}"))
            .1
    };
    let rs = vec![
        parse(text("2020-10-27-vietnam"), "vietnam", &o),
        parse(text("2020-11-09-republic-of-korea"), "rok", &o),
    ];
    let lex = Lexicon::default_lexicon();
    let corpus = CorpusAnalysis::build(&rs, &lex);
    let cmp = compare(&rs, &corpus, &lex, &[0, 1], &Mode::AllSpeakers);
    (rs, cmp)
}

/// The table line of a topic, split into its cells (none of these labels holds a pipe).
fn table_row(md: &str, label: &str) -> Vec<String> {
    let line = md
        .lines()
        .find(|l| l.starts_with(&format!("| {label} |")))
        .unwrap_or_else(|| panic!("no row {label:?} in\n{md}"));
    let mut cells = vec![String::new()];
    let mut escaped = false;
    for c in line.chars() {
        match (escaped, c) {
            (false, '|') => cells.push(String::new()),
            (false, '\\') => escaped = true,
            _ => escaped = false,
        }
        if c != '|' || escaped {
            cells.last_mut().unwrap().push(c);
        }
    }
    cells[1..cells.len() - 1]
        .iter()
        .map(|c| c.trim().to_string())
        .collect()
}

#[test]
fn the_markdown_table_has_a_row_per_topic_and_a_column_per_meeting_in_date_order() {
    let (rs, cmp) = seeds();
    let md = comparison_markdown(&cmp, &rs);
    assert!(md.starts_with("# Comparison of 2 meetings"), "{md}");
    assert!(
        md.contains("| Topic | 2020-10-27 Vietnam | 2020-11-09 Republic of Korea |"),
        "{md}"
    );
    for label in [
        "South China Sea",
        "Trade, RCEP and regional economic integration",
    ] {
        let cells = table_row(&md, label);
        assert_eq!(cells.len(), 3, "{cells:?}");
        assert!(cells[1..].iter().all(|c| c.contains("): “")), "{cells:?}");
    }
}

#[test]
fn the_quad_is_not_mentioned_with_vietnam_and_asean_centrality_not_with_the_rok() {
    let (rs, cmp) = seeds();
    let md = comparison_markdown(&cmp, &rs);
    let quad = table_row(&md, "US Indo-Pacific strategy and the Quad");
    assert_eq!(quad[1], "*not mentioned*");
    assert!(quad[2].contains("Luo Zhaohui ("), "{quad:?}");
    let asean = table_row(&md, "ASEAN centrality");
    assert!(asean[1].contains("): “"), "{asean:?}");
    assert_eq!(asean[2], "*not mentioned*");
}

#[test]
fn the_markdown_quotes_sentences_exactly_and_lists_shared_formulations() {
    let (rs, cmp) = seeds();
    let md = comparison_markdown(&cmp, &rs);
    let scs = table_row(&md, "South China Sea");
    // The Korea seed's one sentence on the South China Sea, whole and with its stance; the
    // Vietnam seed's longer one, cut at a word.
    assert_eq!(
        scs[2],
        "Luo Zhaohui (opposes): “Instead of hyping up issues such as the South China Sea issue, \
         all parties should focus on development and cooperation and have in-depth discussions \
         on the future direction of various mechanisms.”"
    );
    assert!(
        scs[1].starts_with(
            "Luo Zhaohui (commits): “China is willing to work with ASEAN countries to remove \
             external interferences,"
        ) && scs[1].ends_with(" maintain the momentum of…”"),
        "{scs:?}"
    );
    let shared: Vec<&str> = md
        .split("## Shared formulations")
        .nth(1)
        .expect("section")
        .lines()
        .filter_map(|l| l.strip_prefix("- "))
        .collect();
    for phrase in [
        "Regional Comprehensive Economic Partnership Agreement as scheduled",
        "zero-sum game",
        "South China Sea issues",
    ] {
        assert!(shared.contains(&phrase), "{phrase:?} in {shared:?}");
    }
}

#[test]
fn the_csv_has_the_same_rows_and_eight_fields_on_every_record() {
    let (rs, cmp) = seeds();
    let csv = comparison_csv(&cmp, &rs);
    let records = read_csv(&csv);
    assert!(records.iter().all(|r| r.len() == 8));
    assert_eq!(records[0][4], "meeting_publisher");
    assert!(records[1..].iter().all(|r| r[4] == "China"));
    let positions: usize = cmp
        .rows
        .iter()
        .flat_map(|r| r.cells.iter().flatten())
        .map(|sp| sp.positions.len())
        .sum();
    let silent: usize = cmp.rows.iter().map(|r| r.silent.len()).sum();
    assert_eq!(records.len(), 1 + positions + silent);
    let has = |topic: &str, date: &str, stance_is_silent: bool| {
        records
            .iter()
            .any(|r| r[1] == topic && r[2] == date && (r[6] == "not mentioned") == stance_is_silent)
    };
    assert!(has("South China Sea", "2020-10-27", false));
    assert!(has("South China Sea", "2020-11-09", false));
    assert!(has(
        "US Indo-Pacific strategy and the Quad",
        "2020-10-27",
        true
    ));
    assert!(has(
        "US Indo-Pacific strategy and the Quad",
        "2020-11-09",
        false
    ));
    assert!(has("ASEAN centrality", "2020-11-09", true));
    assert!(has(
        "Trade, RCEP and regional economic integration",
        "2020-10-27",
        false
    ));
}
