//! Positions: each (speaker, topic) of a readout, with the stance of every sentence in which
//! that speaker raises the topic.

use super::lexicon::Lexicon;
use super::stance::Stance;
use super::topics::{sentence_topics, words, Scratch, TopicHit};
use super::words::Tokens;
use crate::core::model::{Readout, Span, Speaker};
use serde::Serialize;

/// One thing a speaker said on a topic.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Position {
    pub speaker: Speaker,
    /// Index into [`Lexicon::topics`].
    pub topic: usize,
    pub stance: Stance,
    /// Index into [`Readout::sentences`]: the provenance.
    pub sentence: usize,
    /// The words that raised the topic, as bytes of [`Readout::text`].
    pub span: Span,
}

/// The analysis of one readout.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ReadoutAnalysis {
    /// Topics of each sentence, parallel to [`Readout::sentences`].
    pub sentence_topics: Vec<Vec<TopicHit>>,
    /// Positions sorted by speaker, then topic, then sentence.
    pub positions: Vec<Position>,
}

impl ReadoutAnalysis {
    /// Topics raised anywhere in the readout, ascending and without repeats.
    pub fn topics(&self) -> Vec<usize> {
        let mut t: Vec<usize> = self.positions.iter().map(|p| p.topic).collect();
        crate::core::sort::sort(&mut t);
        t.dedup();
        t
    }

    /// Positions of one speaker on one topic, in sentence order.
    pub fn positions_of(&self, speaker: Speaker, topic: usize) -> &[Position] {
        let lo = self
            .positions
            .partition_point(|p| (p.speaker, p.topic) < (speaker, topic));
        let hi = self
            .positions
            .partition_point(|p| (p.speaker, p.topic) <= (speaker, topic));
        &self.positions[lo..hi]
    }

    /// Positions of every speaker on one topic, grouped by speaker.
    pub fn positions_on(&self, topic: usize) -> impl Iterator<Item = &Position> {
        self.positions.iter().filter(move |p| p.topic == topic)
    }
}

/// Topics and positions of every sentence of `readout`.
pub fn analyse_readout(readout: &Readout, lexicon: &Lexicon) -> ReadoutAnalysis {
    analyse_with(readout, lexicon, &mut Scratch::default())
}

pub(crate) fn analyse_with(
    readout: &Readout,
    lexicon: &Lexicon,
    scratch: &mut Scratch,
) -> ReadoutAnalysis {
    analyse_with_words(readout, lexicon, scratch, &mut |_| {})
}

/// [`analyse_with`], handing `each` the words of every sentence in order as they are read (a
/// load indexes them for search without reading the sentence again).
pub(crate) fn analyse_with_words(
    readout: &Readout,
    lexicon: &Lexicon,
    scratch: &mut Scratch,
    each: &mut dyn FnMut(&Tokens),
) -> ReadoutAnalysis {
    let mut sentence_topics_v = Vec::with_capacity(readout.sentences.len());
    let mut positions = Vec::new();
    for (i, s) in readout.sentences.iter().enumerate() {
        // A span outside the text reads as no words, and so has no topics.
        let hits = sentence_topics(lexicon, s.span.of(&readout.text), s.span.start, scratch);
        each(words(scratch));
        positions.extend(hits.iter().map(|h| Position {
            speaker: s.speaker,
            topic: h.topic,
            stance: h.stance,
            sentence: i,
            span: h.span,
        }));
        sentence_topics_v.push(hits);
    }
    crate::core::sort::sort_by_key(&mut positions, |p| (p.speaker, p.topic, p.sentence));
    ReadoutAnalysis {
        sentence_topics: sentence_topics_v,
        positions,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::analyse::testing::readout_from;

    #[test]
    fn positions_group_by_speaker_and_topic_and_keep_their_sentence() {
        let r = readout_from(&[
            (Speaker::Person(0), "China upholds multilateralism."),
            (Speaker::Person(1), "Vietnam opposes unilateralism."),
            (
                Speaker::Person(0),
                "China opposes unilateralism and bullying.",
            ),
        ]);
        let lex = Lexicon::default_lexicon();
        let a = analyse_readout(&r, &lex);
        let uni = lex.topic_index("unilateralism").unwrap();
        let p0 = a.positions_of(Speaker::Person(0), uni);
        assert_eq!(p0.len(), 1);
        assert_eq!((p0[0].sentence, p0[0].stance), (2, Stance::Opposes));
        assert_eq!(p0[0].span.of(&r.text), "unilateralism");
        assert_eq!(a.positions_of(Speaker::Person(1), uni)[0].sentence, 1);
        assert_eq!(a.topics().len(), 2);
    }

    #[test]
    fn a_readout_without_sentences_has_no_positions() {
        let r = readout_from(&[]);
        assert_eq!(
            analyse_readout(&r, &Lexicon::default_lexicon()),
            ReadoutAnalysis::default()
        );
    }
}
