//! A set of multiword phrases matched whole-word and case-insensitively in one pass.
//!
//! Phrases are compiled to word lists; a hash map from a phrase's first word to its candidate
//! phrases means each word of a sentence costs one hash lookup, however large the lexicon.
//! A phrase word may list alternatives (`oppose/opposes/opposing`) and may end in `*` to
//! match any word with that prefix (`vaccin*`). Words are the shared tokenizer's
//! ([`super::words`]): a Chinese phrase is a run of characters, and two characters next to each
//! other in a phrase only match two characters written together in the text ("南海" is not
//! found in "以南，海上").

use super::words::{FxMap, Script, Tokens};

/// Expansion of word alternatives is capped so one careless line cannot blow up the set.
pub const MAX_EXPANSIONS: usize = 256;

#[derive(Debug, Clone, PartialEq, Eq)]
enum Pat {
    Exact(String),
    Prefix(String),
}

impl Pat {
    fn matches(&self, w: &str) -> bool {
        match self {
            Pat::Exact(s) => s == w,
            Pat::Prefix(p) => w.starts_with(p.as_str()),
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
    by_first: FxMap<String, Vec<u32>>,
    prefix_first: Vec<u32>,
    patterns: Vec<Pattern>,
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
                        let han = ws.words()[i].script == Script::Han;
                        (Pat::Exact(ws.key(i).to_string()), han)
                    })
                    .collect();
                if prefix {
                    if let Some((Pat::Exact(last), han)) = pats.pop() {
                        pats.push((Pat::Prefix(last), han));
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
            }
            self.patterns.push(Pattern { words, joined, tag });
        }
        Ok(())
    }

    /// Every phrase occurrence in `tokens`, appended to `out` in order of first word.
    /// Overlapping matches are all reported; callers choose.
    pub fn find_into(&self, tokens: &Tokens, out: &mut Vec<PhraseMatch>) {
        let n = tokens.len();
        for i in 0..n {
            let first = tokens.key(i);
            let exact = self.by_first.get(first).map(Vec::as_slice).unwrap_or(&[]);
            let prefixed = self
                .prefix_first
                .iter()
                .filter(|&&id| self.patterns[id as usize].words[0].matches(first));
            for &id in exact.iter().chain(prefixed) {
                let p = &self.patterns[id as usize];
                let end = i + p.words.len();
                if end <= n
                    && p.words[1..].iter().enumerate().all(|(k, pat)| {
                        let at = i + 1 + k;
                        pat.matches(tokens.key(at)) && (!p.joined[k + 1] || tokens.joined(at))
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
