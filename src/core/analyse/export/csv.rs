//! The CSV export: RFC 4180, one record per position, safe to open in a spreadsheet.

use super::{is_silent, quote, NOT_MENTIONED};
use crate::core::analyse::compare::Comparison;
use crate::core::model::Readout;

/// One CSV field: spreadsheet formula characters defused, then RFC 4180 quoting.
///
/// Excel, LibreOffice and Google Sheets run a cell that starts with `=`, `+`, `-` or `@`
/// as a formula (tab and CR are treated the same by some), so a crafted readout could make
/// an analyst's spreadsheet fetch URLs or run commands when the CSV is opened (CSV/formula
/// injection, OWASP). A leading `'` makes the cell plain text and is hidden by spreadsheets.
fn csv_field(out: &mut String, text: &str) {
    let defused;
    let text = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        defused = format!("'{text}");
        &defused
    } else {
        text
    };
    if text.contains([',', '"', '\r', '\n']) {
        out.push('"');
        out.push_str(&text.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(text);
    }
}

pub(crate) fn csv_record(out: &mut String, fields: &[&str]) {
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        csv_field(out, f);
    }
    out.push_str("\r\n");
}

/// The comparison as RFC 4180 CSV (CRLF line ends): one record per position with its full
/// sentence, and one with stance `not mentioned` for each topic a meeting does not raise. Each
/// record names its meeting by date, title and publisher (empty when not known).
pub fn comparison_csv(cmp: &Comparison, readouts: &[Readout]) -> String {
    let mut csv = String::new();
    csv_record(
        &mut csv,
        &[
            "topic_id",
            "topic",
            "meeting_date",
            "meeting_title",
            "meeting_publisher",
            "speaker",
            "stance",
            "sentence",
        ],
    );
    for row in &cmp.rows {
        for (ci, col) in cmp.columns.iter().enumerate() {
            // Empty when undated, so the column stays sortable as dates.
            let d = col.date.map(|d| d.to_string()).unwrap_or_default();
            let publisher = col.publisher.as_deref().unwrap_or("");
            let meeting = [row.topic_id.as_str(), &row.label, &d, &col.title, publisher];
            if is_silent(row, ci) {
                let rest = ["", NOT_MENTIONED, ""];
                csv_record(&mut csv, &[&meeting[..], &rest[..]].concat());
                continue;
            }
            for sp in &row.cells[ci] {
                for p in &sp.positions {
                    let rest = [
                        sp.speaker_name.as_str(),
                        p.stance.name(),
                        quote(readouts, col, p.sentence),
                    ];
                    csv_record(&mut csv, &[&meeting[..], &rest[..]].concat());
                }
            }
        }
    }
    csv
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::analyse::export::test_fixture;
    use crate::core::analyse::testing::read_csv;

    #[test]
    fn csv_quoting_and_the_formula_prefix_round_trip_through_a_csv_reader() {
        let nasty = "=HYPERLINK(\"http://x\"), said \"Luo\"\r\non the South China Sea";
        let (rs, cmp) = test_fixture(nasty);
        let csv = comparison_csv(&cmp, &rs);
        let records = read_csv(&csv);
        assert!(records.iter().all(|r| r.len() == 8), "{records:?}");
        assert_eq!(
            records[0].join(","),
            "topic_id,topic,meeting_date,meeting_title,meeting_publisher,speaker,stance,sentence"
        );
        let scs: Vec<&Vec<String>> = records
            .iter()
            .filter(|r| r[0] == "south-china-sea")
            .collect();
        assert_eq!(scs[0][7], format!("'{nasty}"));
        assert_eq!(scs[0][2], "2020-10-27");
        let mut out = String::new();
        for (raw, cell) in [
            ("-1", "'-1"),
            ("+1", "'+1"),
            ("@SUM", "'@SUM"),
            ("a-b", "a-b"),
        ] {
            out.clear();
            csv_field(&mut out, raw);
            assert_eq!(out, cell);
        }
    }
}
