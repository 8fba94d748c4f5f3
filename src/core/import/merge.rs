//! Adding imported sources to those already loaded, without duplicates.
//!
//! Takes the sources present and the incoming ones; gives a [`MergeReport`]: what to add, what
//! was a duplicate (and of which readout), which corrections to carry over. Identity is the
//! readout id, a hash of the cleaned text, so the same readout saved as .txt and as .html, or
//! with other page chrome around it, is one readout. One hash-set pass: linear in the number of
//! sources, which [`Merger`] walks a source at a time.
//!
//! A duplicate that carries corrections while the readout present has none gives them to it
//! (re-importing an exported collection on a new device restores the corrections); when both
//! have corrections, the ones present are kept, as the most recent work on this device.

use crate::core::collection::{Corrections, Source};
use crate::core::parse::readout_id;
use crate::core::{ParseOptions, Readout};
use std::borrow::Cow;
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
    /// The readout id of each of `added` (computed by the merge, so no one need clean the
    /// texts again).
    pub ids: Vec<String>,
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
    Merger::new(existing, incoming, opts).finish()
}

/// [`merge`] for sources whose parsed readouts are known: `readouts[i]` is `existing[i]` parsed
/// (as `Data::sources` and `Data::readouts` are).
pub fn merge_parsed(
    existing: &[Source],
    readouts: &[Readout],
    incoming: Vec<Source>,
    opts: &ParseOptions,
) -> MergeReport {
    Merger::with_known(existing, known(readouts), incoming, opts).finish()
}

/// The `(id, title)` of each readout, as [`Merger::with_known`] takes them.
pub fn known(readouts: &[Readout]) -> Vec<(String, String)> {
    readouts
        .iter()
        .map(|r| (r.id.clone(), r.title.clone()))
        .collect()
}

/// Where an id was first seen.
enum Slot {
    Present(usize),
    /// Index into `Merger::added`.
    Added(usize),
}

/// What becomes of an incoming source; the sources themselves are only moved by
/// [`Merger::finish`], so an unfinished merge can give them back ([`Merger::into_incoming`]).
enum Fate {
    Empty,
    Added,
    Duplicate {
        title: String,
        present: String,
        /// Where its corrections go, if they are taken.
        to: Option<Slot>,
    },
}

/// [`merge`] in steps, one source per unit: first the ids of the sources present (free when
/// they are known), then each incoming source (cleaned and hashed), so a caller can stop after
/// a few milliseconds and come back. `merge` and `merge_parsed` are this, run to the end.
///
/// The sources present are borrowed or owned: a caller that works across awaits hands them
/// over and takes them back with [`Merger::finish_with_present`].
pub struct Merger<'a> {
    existing: Cow<'a, [Source]>,
    /// `(id, title)` of each source present, when its readout is at hand.
    known: Option<Vec<(String, String)>>,
    incoming: Vec<Source>,
    opts: ParseOptions,
    seen: HashMap<String, Slot>,
    /// Sources present whose id is in `seen`.
    present_done: usize,
    /// The fate of `incoming[..fates.len()]`.
    fates: Vec<Fate>,
    /// Per added source: its index in `incoming`, and that of the duplicate whose corrections
    /// it takes, if any.
    added: Vec<(usize, Option<usize>)>,
    ids: Vec<String>,
    /// Sources present already given corrections in this merge.
    corrected: HashSet<usize>,
    /// The id of a text with nothing left once cleaned.
    empty: String,
}

impl<'a> Merger<'a> {
    /// A merge that finds the ids of the sources present by cleaning their text.
    pub fn new(
        existing: impl Into<Cow<'a, [Source]>>,
        incoming: Vec<Source>,
        opts: &ParseOptions,
    ) -> Self {
        Merger::start(existing.into(), None, incoming, opts)
    }

    /// A merge for sources present whose `(id, title)` are known, `known[i]` for
    /// `existing[i]` (see [`known`]).
    pub fn with_known(
        existing: impl Into<Cow<'a, [Source]>>,
        known: Vec<(String, String)>,
        incoming: Vec<Source>,
        opts: &ParseOptions,
    ) -> Self {
        let existing = existing.into();
        assert_eq!(existing.len(), known.len(), "one readout per source");
        Merger::start(existing, Some(known), incoming, opts)
    }

    fn start(
        existing: Cow<'a, [Source]>,
        known: Option<Vec<(String, String)>>,
        incoming: Vec<Source>,
        opts: &ParseOptions,
    ) -> Self {
        Merger {
            seen: HashMap::with_capacity(existing.len() + incoming.len()),
            fates: Vec::with_capacity(incoming.len()),
            existing,
            known,
            incoming,
            opts: opts.clone(),
            present_done: 0,
            added: Vec::new(),
            ids: Vec::new(),
            corrected: HashSet::new(),
            empty: readout_id(""),
        }
    }

    /// `(sources done, sources in all)`, present and incoming, for a progress bar.
    pub fn progress(&self) -> (usize, usize) {
        (
            self.present_done + self.fates.len(),
            self.existing.len() + self.incoming.len(),
        )
    }

    /// Works until `more()` says stop (it is asked after every source) or the merge is done;
    /// returns `true` when it is.
    pub fn step(&mut self, more: &mut dyn FnMut() -> bool) -> bool {
        loop {
            if self.present_done < self.existing.len() {
                let i = self.present_done;
                let id = match &self.known {
                    Some(known) => known[i].0.clone(),
                    None => readout_id(&self.existing[i].text),
                };
                self.seen.entry(id).or_insert(Slot::Present(i));
                self.present_done += 1;
            } else if self.fates.len() < self.incoming.len() {
                let fate = self.judge(self.fates.len());
                self.fates.push(fate);
            } else {
                return true;
            }
            if !more() {
                return self.present_done == self.existing.len()
                    && self.fates.len() == self.incoming.len();
            }
        }
    }

    /// The fate of `incoming[j]`, given those before it.
    fn judge(&mut self, j: usize) -> Fate {
        let source = &self.incoming[j];
        let id = readout_id(&source.text);
        if id == self.empty {
            return Fate::Empty;
        }
        match self.seen.get(&id) {
            None => {
                self.seen.insert(id.clone(), Slot::Added(self.added.len()));
                self.added.push((j, None));
                self.ids.push(id);
                Fate::Added
            }
            Some(&Slot::Present(i)) => {
                let take = !source.corrections.is_empty()
                    && self.existing[i].corrections.is_empty()
                    && !self.corrected.contains(&i);
                if take {
                    self.corrected.insert(i);
                }
                let title = match &self.known {
                    Some(known) => known[i].1.clone(),
                    None => self.existing[i].readout(&self.opts).title,
                };
                Fate::Duplicate {
                    title,
                    present: self.existing[i].name.clone(),
                    to: take.then_some(Slot::Present(i)),
                }
            }
            Some(&Slot::Added(k)) => {
                let (first, taken_from) = self.added[k];
                let corrections_of_first = &self.incoming[taken_from.unwrap_or(first)].corrections;
                let take = !source.corrections.is_empty() && corrections_of_first.is_empty();
                if take {
                    self.added[k].1 = Some(j);
                }
                // The title of the first source with the corrections it has by now.
                let first_source = &self.incoming[first];
                let title = match self.added[k].1 {
                    None => first_source.readout(&self.opts).title,
                    Some(from) => {
                        let mut corrected = first_source.clone();
                        corrected.corrections = self.incoming[from].corrections.clone();
                        corrected.readout(&self.opts).title
                    }
                };
                Fate::Duplicate {
                    title,
                    present: first_source.name.clone(),
                    to: take.then_some(Slot::Added(k)),
                }
            }
        }
    }

    /// The report, once `step` has returned `true` (any work left is done here).
    pub fn finish(mut self) -> MergeReport {
        self.report()
    }

    /// [`Merger::finish`], with the sources present given back (to apply the report to).
    pub fn finish_with_present(mut self) -> (MergeReport, Vec<Source>) {
        let report = self.report();
        (report, self.existing.into_owned())
    }

    fn report(&mut self) -> MergeReport {
        self.step(&mut || true);
        let mut report = MergeReport {
            ids: std::mem::take(&mut self.ids),
            ..MergeReport::default()
        };
        let incoming = std::mem::take(&mut self.incoming);
        let fates = std::mem::take(&mut self.fates);
        for (source, fate) in incoming.into_iter().zip(fates) {
            match fate {
                Fate::Empty => report.empty.push(source.name),
                Fate::Added => report.added.push(source),
                Fate::Duplicate { title, present, to } => {
                    let corrections_taken = to.is_some();
                    match to {
                        Some(Slot::Present(i)) => report.corrections.push((i, source.corrections)),
                        // The first source comes before its duplicates, so it is in `added`.
                        Some(Slot::Added(k)) => report.added[k].corrections = source.corrections,
                        None => {}
                    }
                    report.duplicates.push(Duplicate {
                        file: source.name,
                        title,
                        present,
                        corrections_taken,
                    });
                }
            }
        }
        report
    }

    /// The incoming sources, untouched: to merge them again into sources that changed while
    /// this merge was under way.
    pub fn into_incoming(self) -> Vec<Source> {
        self.incoming
    }
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
            publisher: None,
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

    /// The merge as it was before it was stepped (one loop, sources moved as they come), kept
    /// as the oracle the stepped merge must agree with.
    fn one_shot(existing: &[Source], incoming: Vec<Source>, opts: &ParseOptions) -> MergeReport {
        let mut seen: HashMap<String, Slot> = HashMap::new();
        for (i, s) in existing.iter().enumerate() {
            seen.entry(readout_id(&s.text)).or_insert(Slot::Present(i));
        }
        let mut report = MergeReport::default();
        let mut corrected: HashSet<usize> = HashSet::new();
        for source in incoming {
            let id = readout_id(&source.text);
            if id == readout_id("") {
                report.empty.push(source.name);
                continue;
            }
            match seen.get(&id) {
                None => {
                    seen.insert(id.clone(), Slot::Added(report.added.len()));
                    report.added.push(source);
                    report.ids.push(id);
                }
                Some(&Slot::Present(i)) => {
                    let take = !source.corrections.is_empty()
                        && existing[i].corrections.is_empty()
                        && corrected.insert(i);
                    if take {
                        report.corrections.push((i, source.corrections));
                    }
                    report.duplicates.push(Duplicate {
                        file: source.name,
                        title: existing[i].readout(opts).title,
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

    /// 300 synthetic sources present (every 7th corrected) and 400 incoming: 150 of those
    /// present with page chrome around them (every 3rd with corrections), new ones, some of
    /// them twice or three times with corrections on the later copies, and texts of chrome only.
    fn synthetic_merge() -> (Vec<Source>, Vec<Source>) {
        let texts = crate::core::synth::synthetic_corpus(500, 11);
        let corrected = |mut s: Source, n: usize| {
            s.corrections.title = Some(format!("Corrected title {n}"));
            s
        };
        let existing: Vec<Source> = (0..300)
            .map(|i| {
                let s = source(&format!("p{i}.txt"), &texts[i]);
                if i % 7 == 0 {
                    corrected(s, i)
                } else {
                    s
                }
            })
            .collect();
        let mut incoming = Vec::new();
        for (i, text) in texts.iter().enumerate().take(300).skip(150) {
            let s = source(
                &format!("in{i}.html"),
                &format!("Home\n\n{text}\n\nPrint\n"),
            );
            incoming.push(if i % 3 == 0 {
                corrected(s, 1000 + i)
            } else {
                s
            });
        }
        for (i, text) in texts.iter().enumerate().skip(300) {
            incoming.push(source(&format!("new{i}.txt"), text));
            if i % 4 == 0 {
                incoming.push(corrected(source(&format!("again{i}.txt"), text), 2000 + i));
            }
            if i % 8 == 0 {
                incoming.push(corrected(source(&format!("third{i}.txt"), text), 3000 + i));
            }
            if i % 50 == 0 {
                incoming.push(source(&format!("chrome{i}.txt"), "Print\n\n"));
            }
        }
        (existing, incoming)
    }

    #[test]
    fn a_merge_in_one_source_steps_equals_the_one_shot_merge() {
        let opts = ParseOptions::default();
        let (existing, incoming) = synthetic_merge();
        let expected = one_shot(&existing, incoming.clone(), &opts);
        // The corpus exercises every branch.
        assert_eq!(expected.added.len(), 200);
        assert_eq!(expected.empty.len(), 4);
        assert!(expected.duplicates.len() > 150 + 50);
        assert!(expected.duplicates.iter().any(|d| d.corrections_taken));
        assert!(expected.duplicates.iter().any(|d| !d.corrections_taken));
        assert!(!expected.corrections.is_empty());
        assert!(expected.added.iter().any(|s| !s.corrections.is_empty()));
        assert!(expected
            .duplicates
            .iter()
            .any(|d| d.title.starts_with("Corrected title 2")));

        let readouts: Vec<Readout> = existing.iter().map(|s| s.readout(&opts)).collect();
        for known in [None, Some(known(&readouts))] {
            let mut merger = match known {
                None => Merger::new(&existing, incoming.clone(), &opts),
                Some(k) => Merger::with_known(&existing, k, incoming.clone(), &opts),
            };
            let mut steps = 0;
            loop {
                let done = merger.step(&mut || false);
                steps += 1;
                assert_eq!(merger.progress().0, steps, "one source a step");
                if done {
                    break;
                }
            }
            assert_eq!(steps, existing.len() + incoming.len());
            let report = merger.finish();
            assert!(
                report == expected,
                "the stepped merge differs from the one-shot merge"
            );
            let ids: Vec<String> = report.added.iter().map(|s| readout_id(&s.text)).collect();
            assert_eq!(report.ids, ids);
        }
        // Owning the sources present, the merger gives them back with the same report.
        let owned = Merger::new(existing.clone(), incoming.clone(), &opts);
        let (report, present) = owned.finish_with_present();
        assert!(report == expected && present == existing);
        assert_eq!(merge(&existing, incoming.clone(), &opts), expected);
        assert_eq!(
            merge_parsed(&existing, &readouts, incoming, &opts),
            expected
        );
    }

    #[test]
    fn of_two_corrected_copies_of_a_readout_present_only_the_first_gives_its_corrections() {
        let opts = ParseOptions::default();
        // A fictional text, written for this test.
        let text = "Minister A met Minister B on 1 March 2021.\n\nThey discussed trade.\n";
        let existing = vec![source("present.txt", text)];
        let corrected = |name: &str, title: &str| {
            let mut s = source(name, text);
            s.corrections.title = Some(title.into());
            s
        };
        let incoming = vec![
            corrected("first.txt", "First title"),
            corrected("second.txt", "Second title"),
        ];
        let report = merge(&existing, incoming.clone(), &opts);
        assert_eq!(report, one_shot(&existing, incoming, &opts));
        assert_eq!(report.corrections.len(), 1);
        assert_eq!(
            report.corrections[0].1.title.as_deref(),
            Some("First title")
        );
        let taken: Vec<bool> = report
            .duplicates
            .iter()
            .map(|d| d.corrections_taken)
            .collect();
        assert_eq!(taken, [true, false]);
    }

    #[test]
    fn a_merge_stopped_half_way_gives_its_incoming_sources_back_untouched() {
        let opts = ParseOptions::default();
        let (existing, incoming) = synthetic_merge();
        let mut merger = Merger::new(&existing, incoming.clone(), &opts);
        let mut left = existing.len() + incoming.len() / 2;
        assert!(!merger.step(&mut || {
            left -= 1;
            left > 0
        }));
        assert_eq!(merger.into_incoming(), incoming);
    }
}
