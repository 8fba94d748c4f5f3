//! `readout analyze [--lexicon FILE] [--publisher NAME] FILE...`: topics and positions of
//! each readout, as JSON.

use crate::input::{lexicon, load, print_json, status};
use crate::options;
use readout_lens::core::analyse::{CorpusAnalysis, Stance, TopicHit};
use readout_lens::core::{Date, Span, Speaker};
use serde::Serialize;
use std::process::ExitCode;

#[derive(Serialize)]
struct TopicOut<'a> {
    topic_id: &'a str,
    stance: Stance,
    span: Span,
}

#[derive(Serialize)]
struct SentenceOut<'a> {
    sentence: usize,
    speaker: Speaker,
    speaker_name: &'a str,
    text: &'a str,
    topics: Vec<TopicOut<'a>>,
}

#[derive(Serialize)]
struct PositionOut<'a> {
    speaker: Speaker,
    speaker_name: &'a str,
    topic_id: &'a str,
    stance: Stance,
    sentence: usize,
    span: Span,
}

#[derive(Serialize)]
struct ReadoutOut<'a> {
    origin: &'a str,
    id: &'a str,
    title: &'a str,
    date: Option<Date>,
    /// The government that issued the readout, as in `parse`.
    publisher: Option<&'a str>,
    /// Topic ids raised anywhere in the readout, in lexicon order.
    topics: Vec<&'a str>,
    /// Sentences that raise at least one topic.
    sentences: Vec<SentenceOut<'a>>,
    positions: Vec<PositionOut<'a>>,
}

pub fn run(args: &[String]) -> ExitCode {
    let options = match options::read("analyze", args) {
        Ok(o) => o,
        Err(code) => return code,
    };
    let lexicon = match lexicon("analyze", &options) {
        Ok(l) => l,
        Err(code) => return code,
    };
    if options.files.is_empty() {
        eprintln!("readout analyze: no files given (usage: readout analyze FILE...)");
        return ExitCode::from(2);
    }
    let (readouts, failed) = load("analyze", &options);
    let corpus = CorpusAnalysis::build(&readouts, &lexicon);
    let id = |t: usize| lexicon.topics[t].id.as_str();
    let topic_out = |h: &TopicHit| TopicOut {
        topic_id: id(h.topic),
        stance: h.stance,
        span: h.span,
    };
    let out: Vec<ReadoutOut> = readouts
        .iter()
        .zip(&corpus.analyses)
        .map(|(r, a)| ReadoutOut {
            origin: &r.origin,
            id: &r.id,
            title: &r.title,
            date: r.date,
            publisher: r.publisher.as_deref(),
            topics: a.topics().into_iter().map(id).collect(),
            sentences: a
                .sentence_topics
                .iter()
                .enumerate()
                .filter(|(_, hits)| !hits.is_empty())
                .map(|(i, hits)| SentenceOut {
                    sentence: i,
                    speaker: r.sentences[i].speaker,
                    speaker_name: r.speaker_name(r.sentences[i].speaker),
                    text: r.sentence_text(i),
                    topics: hits.iter().map(topic_out).collect(),
                })
                .collect(),
            positions: a
                .positions
                .iter()
                .map(|p| PositionOut {
                    speaker: p.speaker,
                    speaker_name: r.speaker_name(p.speaker),
                    topic_id: id(p.topic),
                    stance: p.stance,
                    sentence: p.sentence,
                    span: p.span,
                })
                .collect(),
        })
        .collect();
    status(print_json("analyze", &out), failed)
}
