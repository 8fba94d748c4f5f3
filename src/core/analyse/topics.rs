//! Topics of a sentence: lexicon cues matched in one pass, exclusions applied, and each
//! topic's stance read from the verbs around its first marked mention.

use super::lexicon::{untag, Lexicon};
use super::phrases::PhraseMatch;
use super::stance::{find_cues, stance_at, Stance};
use super::words::Tokens;
use crate::core::model::Span;
use serde::Serialize;

/// A topic raised in a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct TopicHit {
    /// Index into [`Lexicon::topics`].
    pub topic: usize,
    /// The sentence's stance on the topic.
    pub stance: Stance,
    /// The words that raised the topic (the first mention with a stance, else the first
    /// mention), as bytes of the readout's text.
    pub span: Span,
}

/// Reusable buffers, so analysing thousands of sentences allocates almost nothing.
#[derive(Default)]
pub struct Scratch {
    tokens: Tokens,
    matches: Vec<PhraseMatch>,
    cues: Vec<PhraseMatch>,
}

/// Topics of `sentence` (as written), whose first byte is at `offset` in the readout's text.
/// One hit per topic, in order of first mention.
pub fn sentence_topics(
    lexicon: &Lexicon,
    sentence: &str,
    offset: usize,
    scratch: &mut Scratch,
) -> Vec<TopicHit> {
    scratch.tokens.tokenize(sentence);
    topics_of_words(lexicon, offset, scratch)
}

/// The words of the sentence [`sentence_topics`] read last, for another use of the same words
/// (the search index, while a load analyses).
pub fn words(scratch: &Scratch) -> &Tokens {
    &scratch.tokens
}

/// [`sentence_topics`] of the sentence whose words are in `scratch` already.
fn topics_of_words(lexicon: &Lexicon, offset: usize, scratch: &mut Scratch) -> Vec<TopicHit> {
    let Scratch {
        tokens,
        matches,
        cues,
    } = scratch;
    matches.clear();
    lexicon.matcher.find_into(tokens, matches);
    if matches.is_empty() {
        return vec![];
    }
    let excluded = |m: &PhraseMatch| {
        let (topic, _) = untag(m.tag);
        matches.iter().any(|x| {
            let (t, excl) = untag(x.tag);
            excl && t == topic && x.first < m.end && m.first < x.end
        })
    };
    find_cues(tokens, cues);
    let words = tokens.words();
    let mut hits: Vec<TopicHit> = Vec::new();
    for m in matches.iter() {
        let (topic, exclusion) = untag(m.tag);
        if exclusion || excluded(m) {
            continue;
        }
        let stance = stance_at(words, cues, m.first, m.end);
        let span = Span::new(offset + words[m.first].start, offset + words[m.end - 1].end);
        match hits.iter_mut().find(|h| h.topic == topic) {
            // The first mention with a stance speaks for the sentence.
            Some(h) if h.stance == Stance::Neutral && stance != Stance::Neutral => {
                h.stance = stance;
                h.span = span;
            }
            Some(_) => {}
            None => hits.push(TopicHit {
                topic,
                stance,
                span,
            }),
        }
    }
    hits
}

#[cfg(test)]
mod tests {
    use super::*;

    fn topics(s: &str) -> Vec<(String, Stance)> {
        let lex = Lexicon::default_lexicon();
        sentence_topics(&lex, s, 0, &mut Scratch::default())
            .into_iter()
            .map(|h| (lex.topics[h.topic].id.clone(), h.stance))
            .collect()
    }

    #[test]
    fn a_sentence_gets_each_topic_once_with_its_stance() {
        let t =
            topics("China upholds multilateralism, opposes unilateralism and bullying practice.");
        assert_eq!(
            t,
            [
                ("multilateralism".to_string(), Stance::Supports),
                ("unilateralism".to_string(), Stance::Opposes)
            ]
        );
    }

    #[test]
    fn an_english_and_a_chinese_account_of_one_meeting_raise_the_same_topics() {
        let en = topics(
            "China upholds multilateralism, opposes unilateralism and will work with ASEAN on the South China Sea and the RCEP.",
        );
        let zh = topics("中方坚持多边主义，反对单边主义，愿同东盟就南海和RCEP加强合作。");
        assert_eq!(en, zh);
        assert_eq!(en.len(), 4, "{en:?}");
    }

    #[test]
    fn a_cue_inside_a_longer_chinese_name_is_cancelled_by_its_exclusion() {
        assert_eq!(
            topics("双方同意推动《区域全面经济伙伴关系协定》生效。"),
            [("trade-and-rcep".to_string(), Stance::Commits)]
        );
        assert!(topics("以南，海上风浪很大。").is_empty());
    }

    #[test]
    fn exclusions_cancel_the_cues_they_overlap() {
        let t = topics("Chinese Senior Official for East Asian Cooperation Affairs Luo Zhaohui held a meeting.");
        assert!(t.is_empty(), "{t:?}");
    }

    #[test]
    fn spans_point_at_the_words_that_raised_the_topic() {
        let lex = Lexicon::default_lexicon();
        let text = "Intro. They discussed the South China Sea.";
        let hits = sentence_topics(&lex, &text[7..], 7, &mut Scratch::default());
        assert_eq!(hits[0].span.of(text), "South China Sea");
    }
}
