//! The versions alignment as Markdown, CSV and JSON.

use super::language_name;
use crate::core::analyse::export::{csv_record, md_cell};
use crate::core::analyse::Lexicon;
use crate::core::meetings::report::versions::merged_note;
use crate::core::meetings::versions::{PointList, Versions};
use crate::core::model::Readout;
use serde::Serialize;
// Writing to a `String` never fails: the `fmt::Result`s are dropped.
use std::fmt::Write as _;
use std::ops::Range;

/// The text of sentences `range` of `r`, joined by a space (none between Chinese sentences).
fn text_of(r: &Readout, range: &Range<usize>) -> String {
    let sep = match r.language {
        crate::core::model::Language::Chinese => "",
        _ => " ",
    };
    range
        .clone()
        .map(|s| r.sentence_text(s))
        .collect::<Vec<_>>()
        .join(sep)
}

/// The sentences of a CSV row, numbered from 1 as the pages number them ("7 8").
fn sentence_list(range: &Range<usize>) -> String {
    range
        .clone()
        .map(|s| (s + 1).to_string())
        .collect::<Vec<_>>()
        .join(" ")
}

/// What a row says when one side is empty: "only in the Chinese version".
fn only_in(r: &Readout) -> String {
    format!("only in the {} version", language_name(r.language))
}

fn topic_labels(lexicon: &Lexicon, ids: &[String]) -> String {
    ids.iter()
        .map(|id| {
            lexicon
                .topic_index(id)
                .map_or(id.as_str(), |t| lexicon.topics[t].label.as_str())
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn points_phrase(r: &Readout, list: Option<&PointList>) -> String {
    let lang = language_name(r.language);
    match list {
        Some(l) => format!(
            "{} points in the {lang} version (by {}, from sentence {})",
            l.count,
            r.speaker_name(l.speaker),
            l.sentence + 1
        ),
        None => format!("none in the {lang} version"),
    }
}

/// The alignment as Markdown: a row per bead (sentences with no counterpart marked), then the
/// topics present in one version only and the lists of points whose count differs.
pub fn versions_markdown(v: &Versions, readouts: &[Readout], lexicon: &Lexicon) -> String {
    let (Some(a), Some(b)) = (readouts.get(v.a), readouts.get(v.b)) else {
        return String::new();
    };
    let (la, lb) = (language_name(a.language), language_name(b.language));
    let mut md = format!("# Two versions of one readout: {}\n\n", md_cell(&a.title));
    for r in [a, b] {
        let _ = writeln!(
            md,
            "- {}: {} ({})",
            language_name(r.language),
            md_cell(&r.title),
            md_cell(&r.origin)
        );
    }
    let _ = write!(
        md,
        "\n{} sentence pairs; {} sentences only in the {la} version, {} only in the {lb} version.\n\n",
        v.pairs().count(),
        v.only_in_a().len(),
        v.only_in_b().len()
    );
    let _ = writeln!(md, "| # | {la} | {lb} | Note |\n| ---: | --- | --- | --- |");
    for (k, bead) in v.rows.iter().enumerate() {
        let note = match (bead.a.is_empty(), bead.b.is_empty()) {
            (false, true) => only_in(a),
            (true, false) => only_in(b),
            _ if bead.regroups() => merged_note(bead.a.len(), la, bead.b.len(), lb),
            _ => String::new(),
        };
        let cell = |r: &Readout, range: &Range<usize>| match range.is_empty() {
            true => "—".to_string(),
            false => md_cell(&text_of(r, range)),
        };
        let _ = writeln!(
            md,
            "| {} | {} | {} | {} |",
            k + 1,
            cell(a, &bead.a),
            cell(b, &bead.b),
            md_cell(&note)
        );
    }
    md.push_str("\n## Topics in one version only\n\n");
    if v.topics_only_a.is_empty() && v.topics_only_b.is_empty() {
        md.push_str("*None.*\n");
    }
    for (r, ids) in [(a, &v.topics_only_a), (b, &v.topics_only_b)] {
        if !ids.is_empty() {
            let _ = writeln!(
                md,
                "- {}: {}",
                only_in(r),
                md_cell(&topic_labels(lexicon, ids))
            );
        }
    }
    md.push_str("\n## Points whose count differs\n\n");
    if v.points.is_empty() {
        md.push_str("*None.*\n");
    }
    for d in &v.points {
        let _ = writeln!(
            md,
            "- {}; {}",
            md_cell(&points_phrase(a, d.a.as_ref())),
            md_cell(&points_phrase(b, d.b.as_ref()))
        );
    }
    md
}

/// The alignment as CSV: a record per bead with its status (`aligned`, or `only in the
/// Chinese version`), each side's language, sentence indices (from 0, space-separated) and text.
pub fn versions_csv(v: &Versions, readouts: &[Readout]) -> String {
    let mut csv = String::new();
    csv_record(
        &mut csv,
        &[
            "row",
            "status",
            "a_language",
            "a_sentences",
            "a_text",
            "b_language",
            "b_sentences",
            "b_text",
        ],
    );
    let (Some(a), Some(b)) = (readouts.get(v.a), readouts.get(v.b)) else {
        return csv;
    };
    for (k, bead) in v.rows.iter().enumerate() {
        let status = match (bead.a.is_empty(), bead.b.is_empty()) {
            (false, true) => only_in(a),
            (true, false) => only_in(b),
            _ => "aligned".to_string(),
        };
        let row = (k + 1).to_string();
        csv_record(
            &mut csv,
            &[
                &row,
                &status,
                a.language.code(),
                &sentence_list(&bead.a),
                &text_of(a, &bead.a),
                b.language.code(),
                &sentence_list(&bead.b),
                &text_of(b, &bead.b),
            ],
        );
    }
    csv
}

/// A sentence by index, with its text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SentenceRef<'a> {
    pub sentence: usize,
    pub text: &'a str,
}

/// One version, as the JSON export describes it.
#[derive(Debug, Serialize)]
pub struct VersionExport<'a> {
    pub origin: &'a str,
    pub id: &'a str,
    pub publisher: Option<&'a str>,
    pub language: crate::core::model::Language,
    pub title: &'a str,
    /// Its sentences with no counterpart in the other version.
    pub unmatched: Vec<SentenceRef<'a>>,
    /// Topic ids it raises and the other does not.
    pub topics_only: &'a [String],
}

/// Sentences of both versions that render each other.
#[derive(Debug, Serialize)]
pub struct PairExport {
    pub a: Vec<usize>,
    pub b: Vec<usize>,
    pub a_text: String,
    pub b_text: String,
}

/// What `readout versions` prints.
#[derive(Debug, Serialize)]
pub struct VersionsExport<'a> {
    pub readouts: [VersionExport<'a>; 2],
    pub pairs: Vec<PairExport>,
    pub points: &'a [crate::core::meetings::versions::PointsDiff],
}

/// The [`VersionsExport`] of `v`; `None` when its readouts are not in `readouts`.
pub fn versions_export<'a>(v: &'a Versions, readouts: &'a [Readout]) -> Option<VersionsExport<'a>> {
    let (a, b) = (readouts.get(v.a)?, readouts.get(v.b)?);
    let side = |r: &'a Readout, unmatched: Vec<usize>, topics: &'a [String]| VersionExport {
        origin: &r.origin,
        id: &r.id,
        publisher: r.publisher.as_deref(),
        language: r.language,
        title: &r.title,
        unmatched: unmatched
            .into_iter()
            .map(|s| SentenceRef {
                sentence: s,
                text: r.sentence_text(s),
            })
            .collect(),
        topics_only: topics,
    };
    Some(VersionsExport {
        readouts: [
            side(a, v.only_in_a(), &v.topics_only_a),
            side(b, v.only_in_b(), &v.topics_only_b),
        ],
        pairs: v
            .pairs()
            .map(|bead| PairExport {
                a: bead.a.clone().collect(),
                b: bead.b.clone().collect(),
                a_text: text_of(a, &bead.a),
                b_text: text_of(b, &bead.b),
            })
            .collect(),
        points: &v.points,
    })
}

/// The alignment as pretty JSON ([`VersionsExport`]); `{}` when its readouts are missing.
pub fn versions_json(v: &Versions, readouts: &[Readout]) -> String {
    match versions_export(v, readouts) {
        // The export has no map with non-string keys and no failing `Serialize`.
        Some(e) => serde_json::to_string_pretty(&e).expect("an alignment always serialises"),
        None => "{}".to_string(),
    }
}
