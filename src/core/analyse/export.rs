//! Exports of a [`Comparison`]: a Markdown table a journalist can paste, CSV for a
//! spreadsheet, and JSON for programs.
//!
//! Each takes the comparison and the readouts it was built from (indexed by
//! [`Column::readout`]) and quotes every position's sentence exactly as the readout has it,
//! so the words behind each claim travel with the export. The CSV writer lives in `csv.rs`.

use super::compare::{Column, Comparison, Mode, Row};
use crate::core::model::Readout;
use crate::core::text::cut_at_word;
use serde::Serialize;

mod csv;
pub use csv::comparison_csv;
pub(crate) use csv::csv_record;

/// Markdown cells shorten quotes longer than this many characters (at a word boundary).
const QUOTE_CHARS: usize = 300;
pub(crate) const NOT_MENTIONED: &str = "not mentioned";

/// The exact sentence a position came from ("" if the indices do not fit).
fn quote<'a>(readouts: &'a [Readout], col: &Column, sentence: usize) -> &'a str {
    readouts
        .get(col.readout)
        .map_or("", |r| r.sentence_text(sentence))
}

fn date(col: &Column) -> String {
    col.date
        .map_or_else(|| "undated".to_string(), |d| d.to_string())
}

/// Whether column `ci` of `row` has nothing to show.
fn is_silent(row: &Row, ci: usize) -> bool {
    row.silent.contains(&ci) || row.cells.get(ci).is_none_or(|c| c.is_empty())
}

/// Text made inert inside a GFM table cell: pipes and Markdown punctuation are
/// backslash-escaped (a backslash too, or `\|` would end the cell) and line breaks become
/// `<br>`, so neither the table nor the quoted words change shape when rendered.
pub(crate) fn md_cell(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' | '|' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("<br>");
            }
            '\n' => out.push_str("<br>"),
            _ => out.push(c),
        }
    }
    out
}

/// `text` cut to about [`QUOTE_CHARS`] characters at a space, with an ellipsis.
pub(crate) fn shorten(text: &str) -> String {
    cut_at_word(text, QUOTE_CHARS)
}

/// Each column's header: its date and the counterparts' countries (those that are not the
/// readout's publisher's), or its title when it has none. When the columns do not all have
/// the same publisher, each header says whose account it is.
fn column_headers(cmp: &Comparison, readouts: &[Readout]) -> Vec<String> {
    let mixed = cmp
        .columns
        .windows(2)
        .any(|w| w[0].publisher != w[1].publisher);
    cmp.columns
        .iter()
        .map(|col| {
            let countries = readouts
                .get(col.readout)
                .map(Readout::counterparts)
                .unwrap_or_default();
            let name = match countries.is_empty() {
                true => short_title(&col.title),
                false => countries.join(", "),
            };
            match (mixed, &col.publisher) {
                // "China’s account", "United States’ account".
                (true, Some(p)) => {
                    let s = crate::core::text::possessive_s(p);
                    format!("{} {name} ({p}\u{2019}{s} account)", date(col))
                }
                (true, None) => format!("{} {name} (publisher not known)", date(col)),
                (false, _) => format!("{} {name}", date(col)),
            }
        })
        .collect()
}

/// "published by China", or that the publisher is not known.
fn published_by(col: &Column) -> String {
    col.publisher.as_deref().map_or_else(
        || "publisher not known".to_string(),
        |p| format!("published by {p}"),
    )
}

fn short_title(title: &str) -> String {
    cut_at_word(title, 40)
}

/// "all speakers", or "one speaker: NAME" in same-speaker mode.
fn whose_words(cmp: &Comparison, readouts: &[Readout]) -> String {
    match &cmp.mode {
        Mode::AllSpeakers => "all speakers".to_string(),
        Mode::SameSpeaker { name } => {
            let shown = cmp.columns.iter().find_map(|c| {
                let s = c.speaker?;
                Some(readouts.get(c.readout)?.speaker_name(s))
            });
            format!(
                "one speaker: {}",
                name.as_deref().or(shown).unwrap_or("none")
            )
        }
    }
}

/// "Luo Zhaohui (Vice Foreign Minister, China); Kim Gunn (Deputy Foreign Minister)".
fn people_line(readout: &Readout) -> String {
    let people: Vec<String> = readout
        .participants
        .iter()
        .map(|p| {
            let about: Vec<&str> = [Some(p.role.as_str()), p.country.as_deref()]
                .into_iter()
                .flatten()
                .filter(|s| !s.is_empty())
                .collect();
            match about.is_empty() {
                true => p.name.clone(),
                false => format!("{} ({})", p.name, about.join(", ")),
            }
        })
        .collect();
    people.join("; ")
}

/// The comparison as Markdown: a title, one line per meeting, a GitHub-flavoured table
/// (a row per topic, a column per meeting) and the formulations every meeting shares.
pub fn comparison_markdown(cmp: &Comparison, readouts: &[Readout]) -> String {
    let mut md = String::new();
    let n = cmp.columns.len();
    md.push_str(&format!(
        "# Comparison of {n} meetings ({})\n\n",
        md_cell(&whose_words(cmp, readouts))
    ));
    for col in &cmp.columns {
        let people = readouts
            .get(col.readout)
            .map(people_line)
            .unwrap_or_default();
        md.push_str(&format!(
            "- {}: {} ({}) — {}\n",
            date(col),
            md_cell(&col.title),
            md_cell(&published_by(col)),
            md_cell(&people)
        ));
    }
    md.push('\n');
    let headers = column_headers(cmp, readouts);
    md.push_str("| Topic |");
    for h in &headers {
        md.push_str(&format!(" {} |", md_cell(h)));
    }
    md.push_str("\n| --- |");
    md.push_str(&" --- |".repeat(n));
    md.push('\n');
    for row in &cmp.rows {
        md.push_str(&format!("| {} |", md_cell(&row.label)));
        for (ci, col) in cmp.columns.iter().enumerate() {
            let cell = if is_silent(row, ci) {
                format!("*{NOT_MENTIONED}*")
            } else {
                row.cells[ci]
                    .iter()
                    .flat_map(|sp| sp.positions.iter().map(move |p| (sp, p)))
                    .map(|(sp, p)| {
                        let q = shorten(quote(readouts, col, p.sentence));
                        let line = format!("{} ({}): “{q}”", sp.speaker_name, p.stance.name());
                        md_cell(&line)
                    })
                    .collect::<Vec<_>>()
                    .join("<br>")
            };
            md.push_str(&format!(" {cell} |"));
        }
        md.push('\n');
    }
    md.push_str("\n## Shared formulations\n\n");
    if cmp.shared_formulations.is_empty() {
        md.push_str("*None.*\n");
    }
    for f in &cmp.shared_formulations {
        md.push_str(&format!("- {}\n", md_cell(&f.text)));
    }
    md
}

/// The JSON export: the [`Comparison`]'s own fields, plus the sentences its positions quote.
#[derive(Debug, Serialize)]
pub struct ComparisonExport<'a> {
    #[serde(flatten)]
    pub comparison: &'a Comparison,
    /// Every sentence a position points to, once, by column then sentence.
    pub quotes: Vec<Quote<'a>>,
}

/// The text of one sentence of one compared readout.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Quote<'a> {
    /// Index into `columns`.
    pub column: usize,
    /// Index of the readout (as in [`Column::readout`]).
    pub readout: usize,
    /// Index into the readout's sentences, as in `Position::sentence`.
    pub sentence: usize,
    pub text: &'a str,
}

/// The [`ComparisonExport`] of `cmp`, built without serialising.
pub fn comparison_export<'a>(cmp: &'a Comparison, readouts: &'a [Readout]) -> ComparisonExport<'a> {
    let mut quotes: Vec<Quote> = cmp
        .rows
        .iter()
        .flat_map(|row| row.cells.iter().enumerate())
        .flat_map(|(ci, cell)| {
            cell.iter()
                .flat_map(move |sp| sp.positions.iter().map(move |p| (ci, p)))
        })
        .filter_map(|(ci, p)| {
            let col = cmp.columns.get(ci)?;
            Some(Quote {
                column: ci,
                readout: col.readout,
                sentence: p.sentence,
                text: quote(readouts, col, p.sentence),
            })
        })
        .collect();
    crate::core::sort::sort_by_key(&mut quotes, |q| (q.column, q.sentence));
    quotes.dedup_by_key(|q| (q.column, q.sentence));
    ComparisonExport {
        comparison: cmp,
        quotes,
    }
}

/// The comparison as pretty JSON: [`ComparisonExport`], snake_case field names.
pub fn comparison_json(cmp: &Comparison, readouts: &[Readout]) -> String {
    // Only a failing `Serialize` impl or a map with non-string keys can make serde_json
    // fail, and the model has neither.
    serde_json::to_string_pretty(&comparison_export(cmp, readouts))
        .expect("a comparison always serialises")
}

/// Two hand-built meetings for the unit tests here and in [`csv`]: only the first raises the
/// South China Sea (in sentence `first`), both raise unilateralism.
#[cfg(test)]
fn test_fixture(first: &str) -> (Vec<Readout>, Comparison) {
    use crate::core::analyse::testing::readout_with;
    use crate::core::analyse::{compare, CorpusAnalysis, Lexicon, Mode};
    use crate::core::model::{Date, Speaker};
    const LUO: Speaker = Speaker::Person(0);
    let rs = vec![
        readout_with(
            "vn",
            Date::new(2020, 10, 27),
            &[("Luo Zhaohui", "China"), ("Nguyen Quoc Dung", "Vietnam")],
            &[(LUO, first), (LUO, "China opposes unilateralism.")],
        ),
        readout_with(
            "rok",
            Date::new(2020, 11, 9),
            &[("Luo Zhaohui", "China"), ("Kim Gunn", "Republic of Korea")],
            &[(LUO, "China firmly opposes unilateralism and protectionism.")],
        ),
    ];
    let lex = Lexicon::default_lexicon();
    let corpus = CorpusAnalysis::build(&rs, &lex);
    let cmp = compare(&rs, &corpus, &lex, &[0, 1], &Mode::AllSpeakers);
    (rs, cmp)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::analyse::testing::read_csv;

    fn table_lines(md: &str) -> Vec<&str> {
        md.lines().filter(|l| l.starts_with('|')).collect()
    }

    /// Cells of a table line, split on pipes that are not backslash-escaped.
    fn cells(line: &str) -> usize {
        let (mut n, mut escaped) = (0, false);
        for c in line.chars() {
            match (escaped, c) {
                (false, '\\') => escaped = true,
                (false, '|') => n += 1,
                _ => escaped = false,
            }
        }
        n - 1
    }

    #[test]
    fn a_pipe_and_a_newline_in_a_sentence_do_not_break_the_markdown_table() {
        let (rs, cmp) =
            test_fixture("On the South China Sea | Luo said\nthe sides should talk \\| *calmly*.");
        let md = comparison_markdown(&cmp, &rs);
        let lines = table_lines(&md);
        assert_eq!(lines.len(), 2 + cmp.rows.len(), "{md}");
        for l in &lines {
            assert_eq!(cells(l), 3, "{l}");
        }
        let scs = lines
            .iter()
            .find(|l| l.starts_with("| South China Sea |"))
            .unwrap();
        assert!(
            scs.contains(r"South China Sea \| Luo said<br>the sides should talk \\\| \*calmly\*."),
            "{scs}"
        );
        // "the sides should talk" after the mention: what should be done on it.
        assert!(scs.contains("Luo Zhaohui (supports): “On the"), "{scs}");
    }

    #[test]
    fn columns_are_headed_by_date_and_counterpart_also_when_meetings_share_it() {
        use crate::core::analyse::testing::readout_with;
        use crate::core::analyse::{compare, CorpusAnalysis, Lexicon, Mode};
        use crate::core::model::{Date, Speaker};
        let luo = Speaker::Person(0);
        let rok = [("Luo Zhaohui", "China"), ("Kim Gunn", "Republic of Korea")];
        let rs = vec![
            readout_with("a", Date::new(2020, 11, 9), &rok, &[(luo, "Trade.")]),
            readout_with("b", Date::new(2021, 1, 5), &rok, &[(luo, "Trade.")]),
            readout_with("c", None, &[("Luo Zhaohui", "China")], &[(luo, "Trade.")]),
        ];
        let lex = Lexicon::default_lexicon();
        let corpus = CorpusAnalysis::build(&rs, &lex);
        let cmp = compare(&rs, &corpus, &lex, &[0, 1, 2], &Mode::AllSpeakers);
        assert_eq!(
            column_headers(&cmp, &rs),
            [
                "2020-11-09 Republic of Korea",
                "2021-01-05 Republic of Korea",
                // Only the publisher's official: the title names the meeting.
                "undated Readout c",
            ]
        );
    }

    #[test]
    fn long_sentences_are_shortened_with_an_ellipsis_at_a_word() {
        let long = format!("The South China Sea {}end.", "word ".repeat(100));
        assert!(shorten(&long).ends_with("word…"));
        assert!(shorten(&long).chars().count() <= QUOTE_CHARS + 1);
        assert_eq!(shorten("short"), "short");
    }

    #[test]
    fn silent_columns_appear_as_not_mentioned_in_markdown_and_csv() {
        let (rs, cmp) = test_fixture("We discussed the South China Sea.");
        let row = cmp
            .rows
            .iter()
            .find(|r| r.topic_id == "south-china-sea")
            .unwrap();
        assert_eq!(row.silent, [1]);
        let md = comparison_markdown(&cmp, &rs);
        let line = table_lines(&md)
            .into_iter()
            .find(|l| l.starts_with("| South China Sea |"))
            .unwrap();
        assert!(line.ends_with("| *not mentioned* |"), "{line}");
        assert!(md.contains("| Topic | 2020-10-27 Vietnam | 2020-11-09 Republic of Korea |"));
        let records = read_csv(&comparison_csv(&cmp, &rs));
        let silent: Vec<&Vec<String>> = records
            .iter()
            .filter(|r| r[0] == "south-china-sea" && r[6] == "not mentioned")
            .collect();
        assert_eq!(silent.len(), 1);
        assert_eq!(silent[0][2], "2020-11-09");
        assert_eq!(silent[0][4], "China");
        assert_eq!((&*silent[0][5], &*silent[0][7]), ("", ""));
    }

    #[test]
    fn each_meeting_names_its_publisher_and_mixed_headers_say_whose_account() {
        let (mut rs, _) = test_fixture("We discussed the South China Sea.");
        let md = |rs: &[Readout]| {
            use crate::core::analyse::{compare, CorpusAnalysis, Lexicon, Mode};
            let lex = Lexicon::default_lexicon();
            let corpus = CorpusAnalysis::build(rs, &lex);
            let cmp = compare(rs, &corpus, &lex, &[0, 1], &Mode::AllSpeakers);
            (comparison_markdown(&cmp, rs), comparison_csv(&cmp, rs))
        };
        let (text, _) = md(&rs);
        assert!(
            text.contains("- 2020-10-27: Readout vn (published by China) — Luo Zhaohui (China);"),
            "{text}"
        );
        // Korea's own account of its meeting: China is its counterpart.
        rs[1].publisher = Some("Republic of Korea".into());
        let (text, csv) = md(&rs);
        assert!(
            text.contains(
                "| Topic | 2020-10-27 Vietnam (China’s account) | 2020-11-09 China \
                 (Republic of Korea’s account) |"
            ),
            "{text}"
        );
        assert!(text.contains("- 2020-11-09: Readout rok (published by Republic of Korea) — "));
        rs[1].publisher = Some("United States".into());
        let (text, _) = md(&rs);
        assert!(text.contains("(United States’ account) |"), "{text}");
        rs[1].publisher = Some("Republic of Korea".into());
        let publishers: Vec<String> = read_csv(&csv)[1..].iter().map(|r| r[4].clone()).collect();
        assert!(publishers.contains(&"Republic of Korea".to_string()));
        assert!(publishers.contains(&"China".to_string()));
        rs[1].publisher = None;
        let (text, csv) = md(&rs);
        assert!(text.contains("(publisher not known)"), "{text}");
        assert!(read_csv(&csv)[1..].iter().any(|r| r[4].is_empty()));
    }

    #[test]
    fn json_carries_the_comparison_and_the_quoted_sentences() {
        let (rs, cmp) = test_fixture("We discussed the South China Sea.");
        let v: serde_json::Value = serde_json::from_str(&comparison_json(&cmp, &rs)).unwrap();
        assert_eq!(v["columns"].as_array().unwrap().len(), 2);
        assert_eq!(v["columns"][1]["publisher"], "China");
        assert_eq!(v["mode"]["kind"], "all_speakers");
        let quotes = v["quotes"].as_array().unwrap();
        assert!(quotes.iter().any(|q| q["column"] == 0
            && q["sentence"] == 0
            && q["text"] == "We discussed the South China Sea."));
        assert_eq!(quotes.len(), 3, "{quotes:?}");
    }
}
