//! Loading sources in small steps: parse (or reuse a readout parsed by an earlier load), order
//! by date, analyse and index for search (one pass: a sentence's words are read once for
//! both). Each step is one readout and the caller decides when
//! to stop, so the page can keep every task short, show progress and go on later.
//! Formulations come after, from [`FormulationBuilder`](crate::core::analyse::formulations::FormulationBuilder),
//! which steps the same way.
//!
//! Takes the sources and the parse options; gives a [`Loaded`] corpus whose readouts are in
//! date order (undated last) with their sources, analyses and search index in the same order.

use crate::core::analyse::positions::analyse_with_words;
use crate::core::analyse::topics::Scratch;
use crate::core::analyse::{Lexicon, ReadoutAnalysis};
use crate::core::collection::{Corrections, Source};
use crate::core::explore::{SearchIndex, SearchIndexBuilder};
use crate::core::{ParseOptions, Readout};
use std::hash::{Hash, Hasher};
use std::sync::Arc;

/// What a load is doing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    Parsing,
    /// Topics, positions and the search index, in one pass.
    Analysing,
    Formulations,
}

impl Stage {
    /// What the progress bar says.
    pub fn label(self) -> &'static str {
        match self {
            Stage::Parsing => "Reading readouts",
            Stage::Analysing => "Finding topics and positions",
            Stage::Formulations => "Finding recurring phrases",
        }
    }
}

/// How far a load is: `done` of `total` units of `stage`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    pub stage: Stage,
    pub done: usize,
    pub total: usize,
}

/// The identity of a source's parsed readout: its name, text, corrections and the parse
/// options with its "Published by" setting ([`Source::options`]). Two sources with the same key
/// parse to the same readout, so a reload can reuse it.
pub fn source_key(source: &Source, options: &ParseOptions) -> u64 {
    // SipHash with fixed keys: stable within a page, which is all a reuse cache needs.
    let mut h = std::collections::hash_map::DefaultHasher::new();
    source.name.hash(&mut h);
    source.text.hash(&mut h);
    source.options(options).publisher.hash(&mut h);
    // The meeting label groups readouts and does not change the parse: a split or a join
    // reuses every readout.
    let stripped;
    let corrections = match source.corrections.meeting {
        None => &source.corrections,
        Some(_) => {
            stripped = Corrections {
                meeting: None,
                ..source.corrections.clone()
            };
            &stripped
        }
    };
    if !corrections.is_empty() {
        serde_json::to_string(corrections)
            .unwrap_or_default()
            .hash(&mut h);
    }
    h.finish()
}

/// Everything the load builds, in date order.
pub struct Loaded {
    pub readouts: Vec<Readout>,
    pub sources: Vec<Source>,
    /// [`source_key`] of each source.
    pub keys: Vec<u64>,
    pub lexicon: Lexicon,
    pub analyses: Vec<ReadoutAnalysis>,
    pub index: SearchIndex,
}

/// A readout parsed before, by [`source_key`].
pub type Reuse = Box<dyn Fn(u64) -> Option<Readout>>;

/// The load, one readout per step.
pub struct Loader {
    options: ParseOptions,
    sources: Arc<Vec<Source>>,
    reuse: Option<Reuse>,
    parsed: Vec<(Readout, Source, u64)>,
    loaded: Option<Loaded>,
    scratch: Scratch,
    index: SearchIndexBuilder,
    total: usize,
    stage: Stage,
    at: usize,
    /// Readouts taken from `reuse` rather than parsed.
    pub reused: usize,
    /// Sources left out because an earlier one has the same readout id.
    pub duplicates: usize,
}

impl Loader {
    /// A load of `sources`, which takes a readout from `reuse` when the key matches rather
    /// than parsing it again. The sources are shared, not copied: the page keeps them as the
    /// list being loaded.
    pub fn new(sources: Arc<Vec<Source>>, options: ParseOptions, reuse: Option<Reuse>) -> Loader {
        let total = sources.len();
        Loader {
            options,
            sources,
            reuse,
            parsed: Vec::with_capacity(total),
            loaded: None,
            scratch: Scratch::default(),
            index: SearchIndexBuilder::default(),
            total,
            stage: Stage::Parsing,
            at: 0,
            reused: 0,
            duplicates: 0,
        }
    }

    pub fn progress(&self) -> Progress {
        Progress {
            stage: self.stage,
            done: self.at.min(self.total),
            total: self.total,
        }
    }

    /// Works until `more()` says stop (it is asked after every readout) or the load is done;
    /// returns `true` when done. The two passes over every readout at once (the date order
    /// after parsing, finishing the search index) each start a call of their own, so they
    /// never add to a slice that is already full.
    pub fn step(&mut self, more: &mut dyn FnMut() -> bool) -> bool {
        let mut fresh = true;
        loop {
            match self.stage {
                Stage::Parsing => match self.sources.get(self.at).cloned() {
                    Some(source) => {
                        let key = source_key(&source, &self.options);
                        let readout = match self.reuse.as_ref().and_then(|f| f(key)) {
                            Some(r) => {
                                self.reused += 1;
                                r
                            }
                            None => source.readout(&self.options),
                        };
                        self.parsed.push((readout, source, key));
                        self.at += 1;
                    }
                    None if !fresh => return false,
                    None => {
                        self.reuse = None;
                        self.order();
                        self.total = self.loaded.as_ref().map_or(0, |l| l.readouts.len());
                        self.stage = Stage::Analysing;
                        self.at = 0;
                        continue;
                    }
                },
                Stage::Analysing => {
                    let Some(loaded) = self.loaded.as_mut() else {
                        return true;
                    };
                    match loaded.readouts.get(self.at) {
                        Some(r) => {
                            let index = &mut self.index;
                            index.start_readout();
                            let a = analyse_with_words(
                                r,
                                &loaded.lexicon,
                                &mut self.scratch,
                                &mut |words| index.add_sentence(words),
                            );
                            loaded.analyses.push(a);
                            self.at += 1;
                        }
                        None if !fresh => return false,
                        None => {
                            let index = std::mem::take(&mut self.index);
                            loaded.index = index.finish();
                            self.stage = Stage::Formulations;
                            self.at = self.total;
                            return true;
                        }
                    }
                }
                Stage::Formulations => return true,
            }
            fresh = false;
            if !more() {
                return false;
            }
        }
    }

    /// The corpus; `None` until `step` has returned `true`.
    pub fn finish(self) -> Option<Loaded> {
        match self.stage {
            Stage::Formulations => self.loaded,
            _ => None,
        }
    }

    /// Date order, undated last, ties by title: the order every view shows.
    fn order(&mut self) {
        let mut parsed = std::mem::take(&mut self.parsed);
        crate::core::sort::sort_by(&mut parsed, |(a, ..), (b, ..)| {
            (a.date.is_none(), a.date, &a.title).cmp(&(b.date.is_none(), b.date, &b.title))
        });
        let n = parsed.len();
        let mut loaded = Loaded {
            readouts: Vec::with_capacity(n),
            sources: Vec::with_capacity(n),
            keys: Vec::with_capacity(n),
            lexicon: Lexicon::default_lexicon(),
            analyses: Vec::with_capacity(n),
            index: SearchIndex::default(),
        };
        // The readout id (a hash of the cleaned text) is a readout's identity: a second source
        // with the same text is the same readout, shown once.
        let mut seen = std::collections::HashSet::with_capacity(n);
        for (r, s, k) in parsed {
            if !seen.insert(r.id.clone()) {
                self.duplicates += 1;
                continue;
            }
            loaded.readouts.push(r);
            loaded.sources.push(s);
            loaded.keys.push(k);
        }
        self.loaded = Some(loaded);
    }
}

/// Runs a whole load at once (tests and small corpora).
pub fn load_all(sources: Vec<Source>, options: ParseOptions) -> Loaded {
    let mut loader = Loader::new(Arc::new(sources), options, None);
    while !loader.step(&mut || true) {}
    loader.finish().expect("a finished load has its corpus")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::synth::synthetic_corpus;

    fn sources(n: usize, seed: u64) -> Vec<Source> {
        sources_of(synthetic_corpus(n, seed))
    }

    fn sources_of(texts: Vec<String>) -> Vec<Source> {
        texts
            .into_iter()
            .enumerate()
            .map(|(i, text)| Source::imported(format!("synthetic-{i}.txt"), text))
            .collect()
    }

    #[test]
    fn a_load_in_single_steps_orders_by_date_and_keeps_everything_parallel() {
        let mut loader = Loader::new(Arc::new(sources(30, 5)), ParseOptions::default(), None);
        let mut steps = 0;
        let mut seen = vec![];
        while !loader.step(&mut || false) {
            steps += 1;
            let p = loader.progress();
            assert!(p.done <= p.total);
            if seen.last() != Some(&p.stage) {
                seen.push(p.stage);
            }
        }
        assert!(steps >= 2 * 30 - 2, "one readout a step: {steps}");
        assert_eq!(seen, [Stage::Parsing, Stage::Analysing]);
        let loaded = loader.finish().unwrap();
        assert_eq!(loaded.readouts.len(), 30);
        assert_eq!(loaded.analyses.len(), 30);
        assert_eq!(
            loaded.index.sentence_count(),
            loaded
                .readouts
                .iter()
                .map(|r| r.sentences.len())
                .sum::<usize>()
        );
        let dates: Vec<_> = loaded.readouts.iter().map(|r| r.date).collect();
        let mut sorted = dates.clone();
        sorted.sort_by_key(|d| (d.is_none(), *d));
        assert_eq!(dates, sorted);
        for (r, s) in loaded.readouts.iter().zip(&loaded.sources) {
            assert_eq!(r.origin, s.name);
        }
        let hits = loaded.index.search(&loaded.readouts, "synthetic", 5);
        assert_eq!(hits.total, 30);
    }

    #[test]
    fn analysing_and_indexing_in_one_pass_gives_what_each_gives_alone() {
        let corpus = |kind| crate::core::synth::corpus_of(kind, 40, 11).unwrap();
        for kind in ["en", "zh", "mixed"] {
            let loaded = load_all(sources_of(corpus(kind)), ParseOptions::default());
            let alone: Vec<ReadoutAnalysis> = loaded
                .readouts
                .iter()
                .map(|r| crate::core::analyse::analyse_readout(r, &loaded.lexicon))
                .collect();
            assert_eq!(loaded.analyses, alone, "{kind}");
            assert!(loaded.analyses.iter().any(|a| !a.positions.is_empty()));
            assert_eq!(loaded.index, SearchIndex::build(&loaded.readouts), "{kind}");
            let query = crate::core::explore::Query::parse(if kind == "en" {
                "cooperation"
            } else {
                "合作"
            });
            assert!(!loaded.index.matches(&query).is_empty(), "{kind}");
        }
    }

    #[test]
    fn a_reload_reuses_readouts_whose_source_is_unchanged() {
        let options = ParseOptions::default();
        let first = load_all(sources(10, 9), options.clone());
        let previous: std::collections::HashMap<u64, Readout> = first
            .keys
            .iter()
            .copied()
            .zip(first.readouts.iter().cloned())
            .collect();
        let mut more = sources(10, 9);
        more[3].corrections.title = Some("Corrected for the test".into());
        more[5].publisher = Some("Japan".into());
        // The same setting as the default: the same readout, so it is reused.
        more[6].publisher = options.publisher.clone();
        more.extend(sources(12, 10).into_iter().skip(10));
        let reuse: Reuse = Box::new(move |k| previous.get(&k).cloned());
        let mut loader = Loader::new(Arc::new(more), options, Some(reuse));
        while !loader.step(&mut || true) {}
        assert_eq!(
            loader.reused, 8,
            "the corrected one, the one published by another and the two new ones are parsed"
        );
        let loaded = loader.finish().unwrap();
        assert_eq!(loaded.readouts.len(), 12);
        assert!(loaded
            .readouts
            .iter()
            .any(|r| r.title == "Corrected for the test"));
    }

    #[test]
    fn a_source_with_the_text_of_another_is_loaded_once() {
        let mut list = sources(5, 2);
        let mut again = list[1].clone();
        again.name = "the-same-text-again.txt".into();
        list.push(again);
        let mut loader = Loader::new(Arc::new(list), ParseOptions::default(), None);
        while !loader.step(&mut || true) {}
        assert_eq!(loader.duplicates, 1);
        let loaded = loader.finish().unwrap();
        assert_eq!(loaded.readouts.len(), 5);
        assert!(loaded
            .sources
            .iter()
            .all(|s| s.name != "the-same-text-again.txt"));
    }
}
