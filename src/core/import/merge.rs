//! Adding imported sources to those already loaded, without duplicates.
//!
//! Takes the sources present and the incoming ones; gives a [`MergeReport`]: what to add, what
//! was a duplicate (and of which readout), which corrections to carry over. Identity is the
//! readout id, a hash of the cleaned text, so the same readout saved as .txt and as .html, or
//! with other page chrome around it, is one readout. One hash-set pass: linear in the number of
//! sources.
//!
//! A duplicate that carries corrections while the readout present has none gives them to it
//! (re-importing an exported collection on a new device restores the corrections); when both
//! have corrections, the ones present are kept, as the most recent work on this device.

use crate::core::collection::{Corrections, Source};
use crate::core::parse::readout_id;
use crate::core::{ParseOptions, Readout};
use std::collections::{HashMap, HashSet};

/// An incoming source whose readout is already there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Duplicate {
    /// Name of the incoming source (file name, "pasted"...).
    pub file: String,
    /// Title of the readout already present.
    pub title: String,
    /// Name of the source already present.
    pub present: String,
    /// True when the incoming corrections were given to the readout present.
    pub corrections_taken: bool,
}

impl Duplicate {
    /// "b.html is already in the library as “Title” (from a.txt)."
    pub fn message(&self) -> String {
        let mut m = format!(
            "{} is already in the library as \u{201C}{}\u{201D}",
            self.file, self.title
        );
        if self.present != self.file {
            m.push_str(&format!(" (from {})", self.present));
        }
        m.push('.');
        if self.corrections_taken {
            m.push_str(" Its corrections were added to it.");
        }
        m
    }
}

/// The outcome of [`merge`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MergeReport {
    /// New sources, in incoming order.
    pub added: Vec<Source>,
    pub duplicates: Vec<Duplicate>,
    /// Corrections for sources already present: (index into `existing`, corrections).
    pub corrections: Vec<(usize, Corrections)>,
    /// Names of incoming sources with no text left after cleaning (not added).
    pub empty: Vec<String>,
}

impl MergeReport {
    /// Applies the report to the `existing` sources it was made from: carries the corrections
    /// over and appends the new sources.
    pub fn apply(&self, sources: &mut Vec<Source>) {
        for (i, c) in &self.corrections {
            if let Some(s) = sources.get_mut(*i) {
                s.corrections = c.clone();
            }
        }
        sources.extend(self.added.iter().cloned());
    }
}

/// Merges `incoming` into `existing`, finding the ids of the sources present by cleaning their
/// text. When the parsed readouts are at hand, [`merge_parsed`] saves that work.
pub fn merge(existing: &[Source], incoming: Vec<Source>, opts: &ParseOptions) -> MergeReport {
    let ids: Vec<String> = existing.iter().map(|s| readout_id(&s.text)).collect();
    merge_with(
        existing,
        |i| ids[i].clone(),
        |i| existing[i].readout(opts).title,
        incoming,
        opts,
    )
}

/// [`merge`] for sources whose parsed readouts are known: `readouts[i]` is `existing[i]` parsed
/// (as `Data::sources` and `Data::readouts` are).
pub fn merge_parsed(
    existing: &[Source],
    readouts: &[Readout],
    incoming: Vec<Source>,
    opts: &ParseOptions,
) -> MergeReport {
    assert_eq!(existing.len(), readouts.len(), "one readout per source");
    merge_with(
        existing,
        |i| readouts[i].id.clone(),
        |i| readouts[i].title.clone(),
        incoming,
        opts,
    )
}

enum Slot {
    Present(usize),
    Added(usize),
}

fn merge_with(
    existing: &[Source],
    id_of: impl Fn(usize) -> String,
    title_of: impl Fn(usize) -> String,
    incoming: Vec<Source>,
    opts: &ParseOptions,
) -> MergeReport {
    let mut seen: HashMap<String, Slot> = HashMap::with_capacity(existing.len() + incoming.len());
    for i in 0..existing.len() {
        seen.entry(id_of(i)).or_insert(Slot::Present(i));
    }
    let mut report = MergeReport::default();
    // Corrections already given to a present source in this merge.
    let mut corrected: HashSet<usize> = HashSet::new();
    let empty = readout_id("");
    for source in incoming {
        let id = readout_id(&source.text);
        if id == empty {
            report.empty.push(source.name);
            continue;
        }
        match seen.get(&id) {
            None => {
                seen.insert(id, Slot::Added(report.added.len()));
                report.added.push(source);
            }
            Some(&Slot::Present(i)) => {
                let take = !source.corrections.is_empty()
                    && existing[i].corrections.is_empty()
                    && !corrected.contains(&i);
                if take {
                    corrected.insert(i);
                    report.corrections.push((i, source.corrections));
                }
                report.duplicates.push(Duplicate {
                    file: source.name,
                    title: title_of(i),
                    present: existing[i].name.clone(),
                    corrections_taken: take,
                });
            }
            Some(&Slot::Added(k)) => {
                let first = &mut report.added[k];
                let take = !source.corrections.is_empty() && first.corrections.is_empty();
                if take {
                    first.corrections = source.corrections;
                }
                let first = &report.added[k];
                report.duplicates.push(Duplicate {
                    file: source.name,
                    title: first.readout(opts).title,
                    present: first.name.clone(),
                    corrections_taken: take,
                });
            }
        }
    }
    report
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::collection::SourceKind;
    use crate::core::Date;

    fn source(name: &str, text: &str) -> Source {
        Source {
            name: name.into(),
            text: text.into(),
            kind: SourceKind::Imported,
            added: 0,
            corrections: Corrections::default(),
        }
    }

    const A: &str = "Minister Ana Example Meets Minister Bo Sample\n\nThe two sides met.";

    #[test]
    fn the_same_text_with_other_chrome_is_a_duplicate_named_by_its_title() {
        let existing = vec![source("a.txt", A)];
        let copy = format!("  {A}\r\n\r\nPrint\n");
        let report = merge(
            &existing,
            vec![source("a.html", &copy), source("b.txt", "Another text.")],
            &ParseOptions::default(),
        );
        assert_eq!(report.added.len(), 1);
        assert_eq!(report.added[0].name, "b.txt");
        assert_eq!(report.duplicates.len(), 1);
        assert_eq!(
            report.duplicates[0].message(),
            "a.html is already in the library as \u{201C}Minister Ana Example Meets Minister Bo \
             Sample\u{201D} (from a.txt)."
        );
    }

    #[test]
    fn duplicates_inside_one_import_are_added_once() {
        let report = merge(
            &[],
            vec![source("x.txt", A), source("y.txt", A), source("z.txt", A)],
            &ParseOptions::default(),
        );
        assert_eq!(report.added.len(), 1);
        assert_eq!(report.duplicates.len(), 2);
        assert_eq!(report.duplicates[1].present, "x.txt");
    }

    #[test]
    fn corrections_are_taken_only_when_the_present_readout_has_none() {
        let mut with = source("exported", A);
        with.corrections.date = Date::new(2021, 3, 3);
        let mut mine = source("mine", A);
        mine.corrections.title = Some("My title".into());
        let opts = ParseOptions::default();

        let mut sources = vec![source("plain", A)];
        let report = merge(&sources, vec![with.clone()], &opts);
        assert!(report.duplicates[0].corrections_taken);
        report.apply(&mut sources);
        assert_eq!(sources.len(), 1);
        assert_eq!(sources[0].corrections.date, Date::new(2021, 3, 3));

        let report = merge(std::slice::from_ref(&mine), vec![with], &opts);
        assert!(!report.duplicates[0].corrections_taken);
        assert!(report.corrections.is_empty());
    }

    #[test]
    fn texts_empty_after_cleaning_are_not_added() {
        let report = merge(
            &[],
            vec![source("chrome.txt", "Print\n \n")],
            &ParseOptions::default(),
        );
        assert!(report.added.is_empty());
        assert_eq!(report.empty, vec!["chrome.txt".to_string()]);
    }
}
