//! `readout analyze [--lexicon FILE] [--home-country NAME] FILE...`: topics and positions of
//! each readout, as JSON. Also holds the argument and file handling `compare` shares.

use crate::input::read_sources;
use readout_lens::core::analyse::{CorpusAnalysis, Lexicon, Stance, TopicHit};
use readout_lens::core::import::decode;
use readout_lens::core::{Date, ParseOptions, Readout, Span, Speaker};
use serde::Serialize;
use std::process::ExitCode;

/// Options shared by `analyze` and `compare`.
pub struct Common {
    pub lexicon: Lexicon,
    pub opts: ParseOptions,
    pub files: Vec<String>,
    /// `--speaker NAME` (compare only).
    pub speaker: Option<String>,
    pub same_speaker: bool,
}

/// Parses the arguments; `Err` carries the exit code after the message was printed.
pub fn common_args(cmd: &str, args: &[String], allow_speaker: bool) -> Result<Common, ExitCode> {
    let mut c = Common {
        lexicon: Lexicon::default_lexicon(),
        opts: ParseOptions::default(),
        files: vec![],
        speaker: None,
        same_speaker: false,
    };
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut value = |flag: &str| {
            it.next().cloned().ok_or_else(|| {
                eprintln!("readout {cmd}: {flag} needs a value");
                ExitCode::from(2)
            })
        };
        match a.as_str() {
            "--home-country" => c.opts.publisher = Some(value("--home-country")?),
            "--lexicon" => {
                let path = value("--lexicon")?;
                let text = read_text(&path).map_err(|why| {
                    eprintln!("readout {cmd}: {path}: {why}");
                    ExitCode::from(2)
                })?;
                c.lexicon = Lexicon::parse(&text).map_err(|e| {
                    eprintln!("readout {cmd}: {path}: {e}");
                    ExitCode::from(2)
                })?;
            }
            "--speaker" if allow_speaker => c.speaker = Some(value("--speaker")?),
            "--same-speaker" if allow_speaker => c.same_speaker = true,
            s if s.starts_with("--") => {
                eprintln!("readout {cmd}: unknown option {s}");
                return Err(ExitCode::from(2));
            }
            s => c.files.push(s.to_string()),
        }
    }
    Ok(c)
}

/// The text of a file that is not a readout (the lexicon), or why it is not text.
pub fn read_text(path: &str) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    decode(&bytes).map(|d| d.text).map_err(|e| e.to_string())
}

/// Parses every readable file (every readout of a collection); unreadable ones are reported on
/// stderr and flagged.
pub fn load(cmd: &str, c: &Common) -> (Vec<Readout>, bool) {
    let mut failed = false;
    let mut out = vec![];
    for path in &c.files {
        match read_sources(cmd, path) {
            Ok(sources) => out.extend(sources.iter().map(|s| s.readout(&c.opts))),
            Err(why) => {
                eprintln!("readout {cmd}: {why}");
                failed = true;
            }
        }
    }
    (out, failed)
}

pub fn print_json<T: Serialize>(cmd: &str, value: &T) -> bool {
    match serde_json::to_string_pretty(value) {
        Ok(json) => {
            println!("{json}");
            true
        }
        Err(e) => {
            eprintln!("readout {cmd}: cannot write JSON: {e}");
            false
        }
    }
}

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
    let c = match common_args("analyze", args, false) {
        Ok(c) => c,
        Err(code) => return code,
    };
    if c.files.is_empty() {
        eprintln!("readout analyze: no files given (usage: readout analyze FILE...)");
        return ExitCode::from(2);
    }
    let (readouts, failed) = load("analyze", &c);
    let corpus = CorpusAnalysis::build(&readouts, &c.lexicon);
    let id = |t: usize| c.lexicon.topics[t].id.as_str();
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
    if !print_json("analyze", &out) || failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
