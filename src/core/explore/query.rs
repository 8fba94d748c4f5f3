//! Search queries: what the user typed, parsed into groups of adjacent terms.
//!
//! Takes the query text; gives a [`Query`] that the index ([`super::search`]) turns into
//! candidate sentences, and that checks adjacency and finds the highlight ranges in one
//! sentence. Terms are words of the analysis tokenizer, lowercased (Unicode-aware).

use crate::core::analyse::words::{tokenize_into, Word};
use crate::core::model::Span;
use std::borrow::Cow;

/// A parsed query: groups of adjacent terms, all of which must match.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    pub(super) groups: Vec<Group>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Group {
    pub(super) terms: Vec<String>,
    /// The last term also matches as a prefix (it is still being typed).
    pub(super) prefix_last: bool,
}

/// Lowercase form of a token that is already ASCII-lowercased.
pub(super) fn norm(token: &str) -> Cow<'_, str> {
    if token.is_ascii() {
        Cow::Borrowed(token)
    } else {
        Cow::Owned(token.to_lowercase())
    }
}

impl Query {
    /// Parses what the user typed. Never fails: anything without words is the empty query.
    pub fn parse(q: &str) -> Query {
        let mut groups = Vec::new();
        let q = q.replace(['\u{201c}', '\u{201d}'], "\"");
        for (i, piece) in q.split('"').enumerate() {
            if i % 2 == 1 {
                push_group(&mut groups, piece);
            } else {
                for chunk in piece.split_whitespace() {
                    push_group(&mut groups, chunk);
                }
            }
        }
        let typing = q.chars().last().is_some_and(char::is_alphanumeric);
        if let Some(g) = groups.last_mut() {
            g.prefix_last = typing;
        }
        Query { groups }
    }

    pub fn is_empty(&self) -> bool {
        self.groups.is_empty()
    }

    /// Ranges in `sentence` (original text) matching the query, or `None` if a group is absent.
    /// With `first_only`, each group stops at its first match (enough to count the sentence).
    pub(super) fn ranges(
        &self,
        sentence: &str,
        low: &mut String,
        words: &mut Vec<Word>,
        first_only: bool,
    ) -> Option<Vec<Span>> {
        low.clear();
        low.push_str(sentence);
        low.make_ascii_lowercase();
        words.clear();
        tokenize_into(low, words);
        let mut out = Vec::new();
        for g in &self.groups {
            let n = g.terms.len();
            let before = out.len();
            for i in 0..words.len().saturating_sub(n - 1) {
                let ok = g.terms.iter().enumerate().all(|(k, t)| {
                    let w = words[i + k];
                    let tok = norm(&low[w.start..w.end]);
                    match g.prefix_last && k + 1 == n {
                        true => tok.starts_with(t.as_str()),
                        false => tok == t.as_str(),
                    }
                });
                if ok {
                    out.push(Span::new(words[i].start, words[i + n - 1].end));
                    if first_only {
                        break;
                    }
                }
            }
            if out.len() == before {
                return None;
            }
        }
        crate::core::sort::sort_by_key(&mut out, |s| (s.start, s.end));
        let mut merged: Vec<Span> = Vec::with_capacity(out.len());
        for s in out {
            match merged.last_mut() {
                Some(m) if s.start <= m.end => m.end = m.end.max(s.end),
                _ => merged.push(s),
            }
        }
        Some(merged)
    }

    pub(super) fn needs_adjacency(&self) -> bool {
        self.groups.iter().any(|g| g.terms.len() > 1)
    }
}

fn push_group(groups: &mut Vec<Group>, piece: &str) {
    let low = piece.to_ascii_lowercase();
    let mut words = Vec::new();
    tokenize_into(&low, &mut words);
    let terms: Vec<String> = words
        .iter()
        .map(|w| norm(&low[w.start..w.end]).into_owned())
        .collect();
    if !terms.is_empty() {
        groups.push(Group {
            terms,
            prefix_last: false,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each group as its terms joined by spaces, and whether its last term is a prefix.
    fn groups(q: &str) -> Vec<(String, bool)> {
        Query::parse(q)
            .groups
            .into_iter()
            .map(|g| (g.terms.join(" "), g.prefix_last))
            .collect()
    }

    fn g(terms: &str, prefix: bool) -> (String, bool) {
        (terms.to_string(), prefix)
    }

    #[test]
    fn words_become_one_group_each_and_only_the_last_typed_is_a_prefix() {
        assert_eq!(
            groups("China Unilat"),
            [g("china", false), g("unilat", true)]
        );
        assert_eq!(
            groups("china unilat "),
            [g("china", false), g("unilat", false)]
        );
    }

    #[test]
    fn a_hyphenated_word_is_a_phrase_of_its_parts() {
        assert_eq!(groups("Win-Win, "), [g("win win", false)]);
    }

    #[test]
    fn straight_or_curly_quotes_make_one_phrase() {
        assert_eq!(
            groups("\u{201c}South China Sea\u{201d} x"),
            [g("south china sea", false), g("x", true)]
        );
        assert_eq!(groups("\"south chi"), [g("south chi", true)]);
        assert_eq!(groups("\"south\""), [g("south", false)]);
    }

    #[test]
    fn non_ascii_terms_are_lowercased() {
        assert_eq!(groups("ÉLAN"), [g("élan", true)]);
    }

    #[test]
    fn ranges_need_every_group_and_merge_overlaps() {
        let q = Query::parse("\"china sea\" sea");
        let (mut low, mut words) = (String::new(), Vec::new());
        let r = q.ranges("The South China Sea.", &mut low, &mut words, false);
        assert_eq!(r, Some(vec![Span::new(10, 19)]));
        assert_eq!(
            q.ranges("China, the sea.", &mut low, &mut words, true),
            None
        );
    }
}
