//! The topic lexicon: a hand-editable text file (`data/topics.txt`) parsed and validated here.
//!
//! Format, one setting per line, `#` starts a comment line:
//! ```text
//! [south-china-sea]                      # a topic: its id, kebab-case, unique
//! label = South China Sea                # required
//! description = Maritime disputes ...    # optional
//! cue = South China Sea; Nansha Islands  # one or more lines; phrases separated by ";"
//! exclude = South China Sea Institute    # optional: phrases that cancel an overlapping cue
//! ```
//! In a phrase, `a/b/c` lists alternatives for one word (`oppose/opposes/opposing`) and a
//! trailing `*` matches any word starting with it (`vaccin*`). Matching is whole-word and ignores case,
//! hyphens and punctuation ("zero-sum" = "zero sum"). Errors name the line and the topic.

use super::phrases::{PhraseError, PhraseSet, MAX_EXPANSIONS};
use serde::Serialize;
use std::fmt;

/// The lexicon shipped with the app, embedded at build time.
pub const DEFAULT_LEXICON: &str = include_str!("../../../data/topics.txt");

/// One topic of the lexicon.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Topic {
    pub id: String,
    pub label: String,
    pub description: String,
    pub cues: Vec<String>,
    pub exclusions: Vec<String>,
}

/// Topics plus their compiled matcher.
#[derive(Debug, Clone, Serialize)]
pub struct Lexicon {
    pub topics: Vec<Topic>,
    #[serde(skip)]
    pub(crate) matcher: PhraseSet,
}

/// A problem in a lexicon file: where, in which topic, and what.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LexiconError {
    /// 1-based line number.
    pub line: usize,
    /// The topic being read, if any.
    pub topic: Option<String>,
    pub message: String,
}

impl fmt::Display for LexiconError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.topic {
            Some(t) => write!(f, "line {} (topic {t}): {}", self.line, self.message),
            None => write!(f, "line {}: {}", self.line, self.message),
        }
    }
}

impl std::error::Error for LexiconError {}

/// A matcher tag packs the topic index and whether the phrase is an exclusion.
pub(crate) fn tag(topic: usize, exclusion: bool) -> u32 {
    (topic as u32) << 1 | exclusion as u32
}

pub(crate) fn untag(tag: u32) -> (usize, bool) {
    ((tag >> 1) as usize, tag & 1 == 1)
}

fn is_kebab(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

impl Lexicon {
    /// The default lexicon. It is tested at build time (`cargo test`), so this cannot fail in
    /// a released build; if it ever did, an empty lexicon is safer than a panic in the page.
    pub fn default_lexicon() -> Lexicon {
        Lexicon::parse(DEFAULT_LEXICON).unwrap_or_else(|_| Lexicon {
            topics: vec![],
            matcher: PhraseSet::default(),
        })
    }

    /// Parses and validates a lexicon file.
    // Long: one pass over the lines, where each key is read and its error message written
    // together, so a new key is one arm and every message names its line and topic.
    pub fn parse(src: &str) -> Result<Lexicon, LexiconError> {
        let mut topics: Vec<Topic> = Vec::new();
        let mut started_at: Vec<usize> = Vec::new();
        let mut matcher = PhraseSet::default();
        for (n, raw) in src.lines().enumerate() {
            let line_no = n + 1;
            let line = raw.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let err = |topics: &[Topic], message: String| LexiconError {
                line: line_no,
                topic: topics.last().map(|t| t.id.clone()),
                message,
            };
            if let Some(rest) = line.strip_prefix('[') {
                let Some(id) = rest.strip_suffix(']').map(str::trim) else {
                    return Err(err(
                        &topics,
                        format!("a topic header must look like [topic-id], got {line:?}"),
                    ));
                };
                check_previous(&topics, &started_at)?;
                if !is_kebab(id) {
                    return Err(LexiconError {
                        line: line_no,
                        topic: Some(id.to_string()),
                        message: "topic id must be kebab-case: lowercase letters, digits and single hyphens".into(),
                    });
                }
                if topics.iter().any(|t| t.id == id) {
                    return Err(LexiconError {
                        line: line_no,
                        topic: Some(id.to_string()),
                        message: "duplicate topic id".into(),
                    });
                }
                topics.push(Topic {
                    id: id.to_string(),
                    label: String::new(),
                    description: String::new(),
                    cues: vec![],
                    exclusions: vec![],
                });
                started_at.push(line_no);
                continue;
            }
            let Some((key, value)) = line.split_once('=') else {
                return Err(err(
                    &topics,
                    format!("expected `key = value` or `[topic-id]`, got {line:?}"),
                ));
            };
            let (key, value) = (key.trim(), value.trim());
            let idx = topics.len().checked_sub(1).ok_or_else(|| {
                err(
                    &topics,
                    format!("`{key}` comes before any [topic-id] header"),
                )
            })?;
            match key {
                "label" | "description" if value.is_empty() => {
                    return Err(err(&topics, format!("`{key}` is empty")));
                }
                "label" => topics[idx].label = value.to_string(),
                "description" => topics[idx].description = value.to_string(),
                "cue" | "exclude" => {
                    let exclusion = key == "exclude";
                    for phrase in value.split(';').map(str::trim).filter(|p| !p.is_empty()) {
                        match matcher.add(phrase, tag(idx, exclusion)) {
                            Ok(()) => {}
                            Err(PhraseError::NoWords) => {
                                return Err(err(
                                    &topics,
                                    format!("phrase {phrase:?} has no words"),
                                ));
                            }
                            Err(PhraseError::TooManyVariants(n)) => {
                                return Err(err(&topics, format!("phrase {phrase:?} expands to {n} variants (at most {MAX_EXPANSIONS})")));
                            }
                        }
                        let t = &mut topics[idx];
                        if exclusion {
                            t.exclusions.push(phrase.to_string());
                        } else {
                            t.cues.push(phrase.to_string());
                        }
                    }
                }
                other => {
                    return Err(err(
                        &topics,
                        format!(
                            "unknown key `{other}` (expected label, description, cue or exclude)"
                        ),
                    ));
                }
            }
        }
        check_previous(&topics, &started_at)?;
        if topics.is_empty() {
            return Err(LexiconError {
                line: src.lines().count().max(1),
                topic: None,
                message: "the lexicon defines no topics".into(),
            });
        }
        Ok(Lexicon { topics, matcher })
    }

    /// Index of the topic with this id.
    pub fn topic_index(&self, id: &str) -> Option<usize> {
        self.topics.iter().position(|t| t.id == id)
    }

    pub fn len(&self) -> usize {
        self.topics.len()
    }

    pub fn is_empty(&self) -> bool {
        self.topics.is_empty()
    }
}

/// The topic just finished must have a label and at least one cue.
fn check_previous(topics: &[Topic], started_at: &[usize]) -> Result<(), LexiconError> {
    let (Some(t), Some(&line)) = (topics.last(), started_at.last()) else {
        return Ok(());
    };
    let missing = if t.label.is_empty() {
        Some("has no `label`")
    } else if t.cues.is_empty() {
        Some("has no `cue`")
    } else {
        None
    };
    match missing {
        Some(m) => Err(LexiconError {
            line,
            topic: Some(t.id.clone()),
            message: format!("topic {m}"),
        }),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_lexicon_parses_and_has_at_least_thirty_topics() {
        let lex = Lexicon::parse(DEFAULT_LEXICON).unwrap_or_else(|e| panic!("{e}"));
        assert!(lex.len() >= 30, "{} topics", lex.len());
        assert!(lex.topics.iter().all(|t| !t.description.is_empty()));
    }

    #[test]
    fn a_small_lexicon_reads_all_fields() {
        let lex = Lexicon::parse(
            "# comment\n[trade]\nlabel = Trade\ndescription = Goods\ncue = trade; export/exports\nexclude = trade union\n",
        )
        .unwrap();
        let t = &lex.topics[0];
        assert_eq!((t.id.as_str(), t.label.as_str()), ("trade", "Trade"));
        assert_eq!(t.cues, ["trade", "export/exports"]);
        assert_eq!(t.exclusions, ["trade union"]);
    }

    #[test]
    fn errors_name_the_line_and_the_topic() {
        let e = Lexicon::parse("[a]\nlabel = A\ncue = x\nflavour = y\n").unwrap_err();
        assert_eq!((e.line, e.topic.as_deref()), (4, Some("a")));
        assert!(e.to_string().starts_with("line 4 (topic a): unknown key"));
    }

    #[test]
    fn bad_ids_duplicates_and_missing_fields_are_rejected() {
        assert!(Lexicon::parse("[Not Kebab]\nlabel = A\ncue = x\n").is_err());
        let dup = Lexicon::parse("[a]\nlabel = A\ncue = x\n[a]\nlabel = B\ncue = y\n").unwrap_err();
        assert_eq!(dup.line, 4);
        let no_cue = Lexicon::parse("[a]\nlabel = A\n[b]\nlabel = B\ncue = y\n").unwrap_err();
        assert_eq!(
            (no_cue.line, no_cue.message.as_str()),
            (1, "topic has no `cue`")
        );
        assert!(Lexicon::parse("label = A\n")
            .unwrap_err()
            .message
            .contains("before any"));
        assert!(Lexicon::parse("# nothing\n").is_err());
        assert!(Lexicon::parse("[a]\nlabel = A\ncue = ;-;\n").is_err());
    }
}
