//! Topics, stances, positions, formulations and comparison, built on parsed readouts.
//!
//! - [`lexicon`]: the topic lexicon (`data/topics.txt`), parsed and validated.
//! - [`topics`] and [`stance`]: the topics of a sentence and the stance on each.
//! - [`positions`]: per readout, every (speaker, topic) position with its sentence.
//!
//! Every derived item keeps the index of the sentence it came from, so the UI can show the
//! words behind it.

pub mod compare;
pub mod corpus;
pub mod export;
pub mod formulations;
mod lang;
pub mod lexicon;
mod name_words;
mod ngrams;
mod phrases;
pub mod positions;
pub mod redline;
#[cfg(test)]
mod reference;
pub mod stance;
/// Hand-built readouts for tests: hidden from the documentation, not API (see `core::synth` for
/// why hidden rather than behind a feature).
#[doc(hidden)]
pub mod testing;
pub mod topics;
pub mod words;

pub use compare::{compare, Column, Comparison, FormulationRef, Mode, Row, SpeakerPositions};
pub use corpus::CorpusAnalysis;
pub use formulations::{find_formulations, Formulation, FormulationUse};
pub use lexicon::{Lexicon, LexiconError, Topic};
pub use positions::{analyse_readout, Position, ReadoutAnalysis};
pub use redline::{redline, redline_words, Op, OpKind, RedlineWord};
pub use stance::Stance;
pub use topics::TopicHit;
