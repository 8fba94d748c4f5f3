//! A set of multiword phrases matched whole-word and case-insensitively in one pass.
//!
//! Phrases are compiled to word lists; a hash map from a phrase's first word to its candidate
//! phrases means each word of a sentence costs one hash lookup, however large the lexicon.
//! A phrase word may list alternatives (`oppose/opposes/opposing`) and may end in `*` to
//! match any word with that prefix (`vaccin*`). Words are the shared tokenizer's
//! ([`super::words`]): a Chinese phrase is a run of characters, and two characters next to each
//! other in a phrase only match two characters written together in the text ("南海" is not
//! found in "以南，海上").

use super::words::{FxMap, Script, Tokens, Word};

/// Expansion of word alternatives is capped so one careless line cannot blow up the set.
pub const MAX_EXPANSIONS: usize = 256;

#[derive(Debug, Clone, PartialEq, Eq)]
enum Pat {
    /// A Latin word's key.
    Exact(String),
    /// The start of a Latin word's key.
    Prefix(String),
    /// A Han character, by [`Word::code`], written as itself or as a prefix (`南*`: a
    /// character's key is that one character, so its prefix is itself; no Latin key equals it
    /// or starts with it).
    Han { code: u32, prefix: bool },
}

impl Pat {
    /// Whether word `at` of `tokens` matches: a Han character by its number, a Latin word by
    /// its key (a Han character's key never equals a Latin word's, so it is not read).
    #[inline]
    fn matches(&self, tokens: &Tokens, at: usize) -> bool {
        let w = &tokens.words()[at];
        match self {
            Pat::Han { code, .. } => w.code == *code,
            Pat::Exact(s) => w.script == Script::Latin && s == tokens.key(at),
            Pat::Prefix(p) => w.script == Script::Latin && tokens.key(at).starts_with(p.as_str()),
        }
    }
}

#[derive(Debug, Clone)]
struct Pattern {
    words: Vec<Pat>,
    /// Per word: it must touch the word before (two Han characters in a row).
    joined: Vec<bool>,
    tag: u32,
}

/// One phrase found in a text: words `[first, end)` of the tokenized text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PhraseMatch {
    pub tag: u32,
    pub first: usize,
    pub end: usize,
}

/// Compiled phrases, each carrying a caller-chosen tag.
#[derive(Debug, Clone, Default)]
pub struct PhraseSet {
    /// Phrases by their first word's key, when it is a Latin word.
    by_first: FxMap<String, Vec<u32>>,
    /// Phrases whose first word is a prefix of a Latin word.
    prefix_first: Vec<u32>,
    /// Phrases by their first Han character ([`Word::code`]): those written as the character
    /// first, then those written as a prefix (`南*`), as the Latin ones are tried.
    by_han: FxMap<u32, HanFirst>,
    patterns: Vec<Pattern>,
}

/// The phrases that open with one Han character: `ids[..exact]` written as the character,
/// the rest as its prefix, each part in the order added.
#[derive(Debug, Clone, Default)]
struct HanFirst {
    ids: Vec<u32>,
    exact: usize,
}

/// Why a phrase could not be compiled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PhraseError {
    NoWords,
    TooManyVariants(usize),
}

impl PhraseSet {
    /// Adds `phrase` (its word alternatives expanded) with `tag`.
    pub fn add(&mut self, phrase: &str, tag: u32) -> Result<(), PhraseError> {
        // Split on spaces first so "/" and "*" survive as syntax, then tokenize each piece.
        let mut slots: Vec<Vec<Vec<(Pat, bool)>>> = Vec::new();
        for piece in phrase.split_whitespace() {
            let mut alts = Vec::new();
            for alt in piece.split('/').filter(|a| !a.is_empty()) {
                let (body, prefix) = match alt.strip_suffix('*') {
                    Some(b) => (b, true),
                    None => (alt, false),
                };
                let ws = Tokens::of(body);
                let mut pats: Vec<(Pat, bool)> = (0..ws.len())
                    .map(|i| {
                        let w = ws.words()[i];
                        match w.script {
                            Script::Han => (
                                Pat::Han {
                                    code: w.code,
                                    prefix: false,
                                },
                                true,
                            ),
                            Script::Latin => (Pat::Exact(ws.key(i).to_string()), false),
                        }
                    })
                    .collect();
                if prefix {
                    match pats.last_mut() {
                        Some((Pat::Han { prefix, .. }, _)) => *prefix = true,
                        Some((last, _)) => {
                            if let Pat::Exact(key) = last {
                                *last = Pat::Prefix(std::mem::take(key));
                            }
                        }
                        None => {}
                    }
                }
                if !pats.is_empty() {
                    alts.push(pats);
                }
            }
            if !alts.is_empty() {
                slots.push(alts);
            }
        }
        if slots.is_empty() {
            return Err(PhraseError::NoWords);
        }
        let total = slots
            .iter()
            .try_fold(1usize, |acc, s| acc.checked_mul(s.len()))
            .unwrap_or(usize::MAX);
        if total > MAX_EXPANSIONS {
            return Err(PhraseError::TooManyVariants(total));
        }
        let mut expanded: Vec<Vec<(Pat, bool)>> = vec![vec![]];
        for alts in &slots {
            let mut next = Vec::with_capacity(expanded.len() * alts.len());
            for prefix in &expanded {
                for alt in alts {
                    let mut p = prefix.clone();
                    p.extend(alt.iter().cloned());
                    next.push(p);
                }
            }
            expanded = next;
        }
        for pats in expanded {
            let id = self.patterns.len() as u32;
            // Han characters in a row must be written together; a space between the slots of
            // a Chinese cue is only syntax.
            let joined = (0..pats.len())
                .map(|k| k > 0 && pats[k].1 && pats[k - 1].1)
                .collect();
            let words: Vec<Pat> = pats.into_iter().map(|(p, _)| p).collect();
            match &words[0] {
                Pat::Exact(w) => self.by_first.entry(w.clone()).or_default().push(id),
                Pat::Prefix(_) => self.prefix_first.push(id),
                Pat::Han { code, prefix } => {
                    let first = self.by_han.entry(*code).or_default();
                    if *prefix {
                        first.ids.push(id);
                    } else {
                        first.ids.insert(first.exact, id);
                        first.exact += 1;
                    }
                }
            }
            self.patterns.push(Pattern { words, joined, tag });
        }
        Ok(())
    }

    /// Every phrase occurrence in `tokens`, appended to `out` in order of first word.
    /// Overlapping matches are all reported; callers choose.
    pub fn find_into(&self, tokens: &Tokens, out: &mut Vec<PhraseMatch>) {
        let words = tokens.words();
        for (i, w) in words.iter().enumerate() {
            if w.script == Script::Han {
                if let Some(first) = self.by_han.get(&w.code) {
                    for &id in &first.ids {
                        self.try_at(tokens, id, i, out);
                    }
                }
                continue;
            }
            let first = tokens.key(i);
            let exact = self.by_first.get(first).map(Vec::as_slice).unwrap_or(&[]);
            let prefixed = self.prefix_first.iter().filter(|&&id| {
                matches!(&self.patterns[id as usize].words[0], Pat::Prefix(p) if first.starts_with(p.as_str()))
            });
            for &id in exact.iter().chain(prefixed) {
                self.try_at(tokens, id, i, out);
            }
        }
    }

    /// Pattern `id`, whose first word matches word `i`, if the rest of it follows.
    fn try_at(&self, tokens: &Tokens, id: u32, i: usize, out: &mut Vec<PhraseMatch>) {
        let p = &self.patterns[id as usize];
        let end = i + p.words.len();
        let words: &[Word] = tokens.words();
        if end <= words.len()
            && p.words[1..].iter().enumerate().all(|(k, pat)| {
                let at = i + 1 + k;
                pat.matches(tokens, at) && (!p.joined[k + 1] || words[at].joined())
            })
        {
            out.push(PhraseMatch {
                tag: p.tag,
                first: i,
                end,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(set: &PhraseSet, text: &str) -> Vec<(u32, usize, usize)> {
        let mut out = vec![];
        set.find_into(&Tokens::of(text), &mut out);
        out.iter().map(|m| (m.tag, m.first, m.end)).collect()
    }

    #[test]
    fn phrases_match_whole_words_case_insensitively() {
        let mut s = PhraseSet::default();
        s.add("South China Sea", 1).unwrap();
        assert_eq!(find(&s, "the South china SEA issue"), [(1, 1, 4)]);
        assert!(find(&s, "southern China Seas").is_empty());
    }

    #[test]
    fn word_alternatives_and_prefixes_expand() {
        let mut s = PhraseSet::default();
        s.add("oppose/opposes/opposing unilateral*", 7).unwrap();
        assert_eq!(find(&s, "China opposes unilateralism"), [(7, 1, 3)]);
        assert_eq!(find(&s, "opposing unilateral moves"), [(7, 0, 2)]);
        assert!(find(&s, "opposes multilateralism").is_empty());
    }

    #[test]
    fn hyphenated_cues_match_hyphenated_and_spaced_text() {
        let mut s = PhraseSet::default();
        s.add("zero-sum game", 2).unwrap();
        assert_eq!(find(&s, "a zero sum game"), [(2, 1, 4)]);
        assert_eq!(find(&s, "the zero-sum game"), [(2, 1, 4)]);
    }

    #[test]
    fn chinese_phrases_match_characters_written_together_only() {
        let mut s = PhraseSet::default();
        s.add("南海", 3).unwrap();
        s.add("一带 一路", 4).unwrap();
        s.add("ＲＣＥＰ", 5).unwrap();
        assert_eq!(find(&s, "双方讨论了南海问题"), [(3, 5, 7)]);
        assert!(find(&s, "以南，海上").is_empty());
        assert!(find(&s, "南 海").is_empty());
        assert_eq!(find(&s, "共建一带一路"), [(4, 2, 6)]);
        assert_eq!(find(&s, "支持RCEP"), [(5, 2, 3)]);
    }

    #[test]
    fn a_chinese_character_written_as_a_prefix_matches_itself_after_the_exact_phrases() {
        let mut s = PhraseSet::default();
        s.add("南*", 1).unwrap();
        s.add("南海", 2).unwrap();
        s.add("海*", 3).unwrap();
        s.add("vaccin*", 4).unwrap();
        assert_eq!(
            find(&s, "南海疫苗vaccines"),
            [(2, 0, 2), (1, 0, 1), (3, 1, 2), (4, 4, 5)]
        );
        assert_eq!(find(&s, "nan hai vaccin南"), [(4, 2, 3), (1, 3, 4)]);
    }

    #[test]
    fn empty_and_exploding_phrases_are_refused() {
        let mut s = PhraseSet::default();
        assert_eq!(s.add(" - ", 0), Err(PhraseError::NoWords));
        let big = "a/b/c/d a/b/c/d a/b/c/d a/b/c/d a/b";
        assert!(matches!(
            s.add(big, 0),
            Err(PhraseError::TooManyVariants(512))
        ));
    }
}
