//! Bugs found while building the parser, each kept as a named test. (The million-case fuzz run
//! found no crash; a crash it finds later belongs here too, with its input verbatim.)

use readout_lens::core::{parse, ParseOptions, Readout};

fn parsed(text: &str) -> Readout {
    parse(text, "regression", &ParseOptions::default())
}

#[test]
fn a_headline_holding_a_dotted_abbreviation_is_still_a_headline() {
    let r = parsed("Minister Ada Vale Meets with U.S. Envoy Tom Orr\n2020/11/09\nAda Vale met with U.S. Envoy Tom Orr.\nVale said so.");
    assert!(!r.title_derived);
    assert_eq!(r.title, "Minister Ada Vale Meets with U.S. Envoy Tom Orr");
    assert_eq!(r.date.map(|d| d.to_string()).as_deref(), Some("2020-11-09"));
}

#[test]
fn a_language_bar_separated_by_pipes_is_chrome() {
    let r = parsed("English | Français | 中文\nAda Vale met Tom Orr of Chile.");
    assert!(!r.text.contains("Français"));
}

#[test]
fn a_date_line_with_a_chrome_prefix_is_kept_for_the_header() {
    let r = parsed("Published: 2021.03.03 09:15\nAda Vale met Tom Orr of Chile.");
    assert_eq!(r.date.map(|d| d.to_string()).as_deref(), Some("2021-03-03"));
}

#[test]
fn the_last_point_of_a_run_stops_where_the_next_run_starts() {
    // Each run's last point used to run to the end of the paragraph, over every later run:
    // overlapping points, and quadratic time on long paragraphs.
    let r = parsed(
        "Ada Vale met Tom Orr of Chile.\nVale said so. First, a. Second, b. First, c. Second, d.",
    );
    let texts: Vec<&str> = r.points.iter().map(|p| p.span.of(&r.text)).collect();
    assert_eq!(
        texts,
        vec!["First, a.", "Second, b.", "First, c.", "Second, d."]
    );
}

#[test]
fn the_republic_of_korea_is_not_cut_at_its_inner_of() {
    let r = parsed("Ada Vale met with Minister Kim Gunn of the Republic of Korea (ROK).");
    assert_eq!(r.participants[1].name, "Kim Gunn");
    assert_eq!(
        r.participants[1].country.as_deref(),
        Some("Republic of Korea")
    );
}
