//! The corpus: every readout's analysis plus the formulations across all of them, and an
//! index from each sentence to the formulations used in it.

use super::formulations::{find_formulations, Formulation};
use super::lexicon::Lexicon;
use super::positions::{analyse_with, ReadoutAnalysis};
use super::topics::Scratch;
use crate::core::model::Readout;
use serde::Serialize;

/// Per readout: `(sentence, formulation)` pairs, sorted.
pub type SentenceFormulations = Vec<Vec<(usize, usize)>>;

/// The analysis of a set of readouts: each one's analysis, parallel to the slice they were built
/// from, and the formulations across them. (The UI's handle on the loaded readouts is
/// `ui::state::Corpus`; this is what the core computes for it.)
#[derive(Debug, Clone, Default, Serialize)]
pub struct CorpusAnalysis {
    /// One per readout, same order.
    pub analyses: Vec<ReadoutAnalysis>,
    pub formulations: Vec<Formulation>,
    /// Per readout: `(sentence, formulation)` pairs, sorted.
    pub sentence_formulations: SentenceFormulations,
}

impl CorpusAnalysis {
    /// Analyses every readout and finds the formulations they share.
    pub fn build(readouts: &[Readout], lexicon: &Lexicon) -> CorpusAnalysis {
        let mut scratch = Scratch::default();
        let analyses = readouts
            .iter()
            .map(|r| analyse_with(r, lexicon, &mut scratch))
            .collect();
        CorpusAnalysis::from_parts(analyses, find_formulations(readouts))
    }

    /// The corpus from analyses and formulations made separately (the page analyses first
    /// and finds formulations later, in steps).
    pub fn from_parts(
        analyses: Vec<ReadoutAnalysis>,
        formulations: Vec<Formulation>,
    ) -> CorpusAnalysis {
        let mut corpus = CorpusAnalysis {
            analyses,
            ..CorpusAnalysis::default()
        };
        corpus.set_formulations(formulations);
        corpus
    }

    /// Replaces the formulations and the per-sentence index into them.
    pub fn set_formulations(&mut self, formulations: Vec<Formulation>) {
        let mut sentence_formulations = vec![vec![]; self.analyses.len()];
        index_uses(&formulations, 0, &mut sentence_formulations);
        sort_index(&mut sentence_formulations);
        self.formulations = formulations;
        self.sentence_formulations = sentence_formulations;
    }

    /// Replaces the formulations and their sentence index, both built in steps by
    /// [`FormulationBuilder::with_sentence_index`](super::formulations::FormulationBuilder::with_sentence_index):
    /// the same result as [`set_formulations`](Self::set_formulations), without its one long
    /// walk over every use.
    pub fn set_indexed_formulations(
        &mut self,
        (formulations, sentence_formulations): (Vec<Formulation>, SentenceFormulations),
    ) {
        debug_assert_eq!(sentence_formulations.len(), self.analyses.len());
        self.formulations = formulations;
        self.sentence_formulations = sentence_formulations;
    }

    /// Formulations used in one sentence of one readout.
    pub fn formulations_in(
        &self,
        readout: usize,
        sentence: usize,
    ) -> impl Iterator<Item = usize> + '_ {
        let v = self
            .sentence_formulations
            .get(readout)
            .map(Vec::as_slice)
            .unwrap_or(&[]);
        let lo = v.partition_point(|&(s, _)| s < sentence);
        v[lo..]
            .iter()
            .take_while(move |&&(s, _)| s == sentence)
            .map(|&(_, f)| f)
    }

    /// Formulations that first appear in `readout` (new there).
    pub fn new_in(&self, readout: usize) -> impl Iterator<Item = usize> + '_ {
        self.formulations
            .iter()
            .enumerate()
            .filter(move |(_, f)| f.new_in == readout)
            .map(|(i, _)| i)
    }
}

/// Adds the uses of `formulations` (numbered from `first`) to the per-readout index.
pub(super) fn index_uses(
    formulations: &[Formulation],
    first: usize,
    index: &mut [Vec<(usize, usize)>],
) {
    for (fi, f) in formulations.iter().enumerate() {
        for u in &f.uses {
            if let Some(v) = index.get_mut(u.readout) {
                v.push((u.sentence, first + fi));
            }
        }
    }
}

/// Sorts each readout's `(sentence, formulation)` pairs and drops repeats.
pub(super) fn sort_index(index: &mut [Vec<(usize, usize)>]) {
    for v in index {
        crate::core::sort::sort(v);
        v.dedup();
    }
}
