//! A set of multiword phrases matched whole-word and case-insensitively in one pass.
//!
//! Phrases are compiled to word lists; a hash map from a phrase's first word to its candidate
//! phrases means each word of a sentence costs one hash lookup, however large the lexicon.
//! A phrase word may list alternatives (`oppose/opposes/opposing`) and may end in `*` to
//! match any word with that prefix (`vaccin*`).

use super::words::{lower, tokenize, FxMap, Word};

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
        let mut slots: Vec<Vec<Vec<Pat>>> = Vec::new();
        for piece in phrase.split_whitespace() {
            let mut alts = Vec::new();
            for alt in piece.split('/').filter(|a| !a.is_empty()) {
                let (body, prefix) = match alt.strip_suffix('*') {
                    Some(b) => (b, true),
                    None => (alt, false),
                };
                let low = lower(body);
                let ws = tokenize(&low);
                let mut pats: Vec<Pat> = ws
                    .iter()
                    .map(|w| Pat::Exact(low[w.start..w.end].to_string()))
                    .collect();
                if prefix {
                    if let Some(Pat::Exact(last)) = pats.pop() {
                        pats.push(Pat::Prefix(last));
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
        let mut expanded: Vec<Vec<Pat>> = vec![vec![]];
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
        for words in expanded {
            let id = self.patterns.len() as u32;
            match &words[0] {
                Pat::Exact(w) => self.by_first.entry(w.clone()).or_default().push(id),
                Pat::Prefix(_) => self.prefix_first.push(id),
            }
            self.patterns.push(Pattern { words, tag });
        }
        Ok(())
    }

    /// Every phrase occurrence in `words` of `text` (lowercased), appended to `out` in order
    /// of first word. Overlapping matches are all reported; callers choose.
    pub fn find_into(&self, text: &str, words: &[Word], out: &mut Vec<PhraseMatch>) {
        let w = |i: usize| &text[words[i].start..words[i].end];
        for i in 0..words.len() {
            let first = w(i);
            let exact = self.by_first.get(first).map(Vec::as_slice).unwrap_or(&[]);
            let prefixed = self
                .prefix_first
                .iter()
                .filter(|&&id| self.patterns[id as usize].words[0].matches(first));
            for &id in exact.iter().chain(prefixed) {
                let p = &self.patterns[id as usize];
                let end = i + p.words.len();
                if end <= words.len()
                    && p.words[1..]
                        .iter()
                        .enumerate()
                        .all(|(k, pat)| pat.matches(w(i + 1 + k)))
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
        let low = lower(text);
        let words = tokenize(&low);
        let mut out = vec![];
        set.find_into(&low, &words, &mut out);
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
