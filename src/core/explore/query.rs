//! Search queries: what the user typed, parsed into groups of adjacent words.
//!
//! Takes the query text; gives a [`Query`] that the index ([`super::search`]) turns into
//! candidate sentences, and that checks adjacency and finds the highlight ranges in one
//! sentence. Words are the analysis tokenizer's ([`crate::core::analyse::words`]): keys folded
//! the same way on both sides, so case, width and punctuation never matter, and Chinese is a
//! run of characters that must be written together ("南海" is not found in "以南，海上").

use crate::core::analyse::words::{Script, Tokens};
use crate::core::model::Span;

/// A parsed query: groups of adjacent words, all of which must match.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    pub(super) groups: Vec<Group>,
}

/// Words that must stand next to each other: a quoted phrase, a hyphenated word, a run of
/// Chinese characters, or one word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Group {
    pub(super) atoms: Vec<Atom>,
    /// The last word also matches as a prefix (it is still being typed).
    pub(super) prefix_last: bool,
}

/// One word of a group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Atom {
    /// The word's key (see [`Tokens::key`]).
    pub(super) key: String,
    pub(super) han: bool,
    /// A Han character typed right after another: it only matches one written right after the
    /// previous character of the group.
    pub(super) joined: bool,
}

/// Quote marks that open or close a phrase: straight, curly, full-width and CJK corner quotes.
const QUOTES: [char; 8] = [
    '"', '\u{201c}', '\u{201d}', '\u{ff02}', '\u{300c}', '\u{300d}', '\u{300e}', '\u{300f}',
];

impl Query {
    /// Parses what the user typed. Never fails: anything without words is the empty query.
    pub fn parse(q: &str) -> Query {
        let mut groups = Vec::new();
        let q = q.replace(QUOTES, "\"");
        let mut tokens = Tokens::default();
        for (i, piece) in q.split('"').enumerate() {
            if i % 2 == 1 {
                push_group(&mut groups, piece, &mut tokens);
            } else {
                for chunk in piece.split_whitespace() {
                    push_group(&mut groups, chunk, &mut tokens);
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
        tokens: &mut Tokens,
        first_only: bool,
    ) -> Option<Vec<Span>> {
        tokens.tokenize(sentence);
        let words = tokens.words();
        let mut out = Vec::new();
        for g in &self.groups {
            let n = g.atoms.len();
            let before = out.len();
            for i in 0..words.len().saturating_sub(n - 1) {
                let ok = g.atoms.iter().enumerate().all(|(k, a)| {
                    let key = tokens.key(i + k);
                    let word_ok = match g.prefix_last && k + 1 == n {
                        true => key.starts_with(a.key.as_str()),
                        false => key == a.key,
                    };
                    word_ok && (!a.joined || tokens.joined(i + k))
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
}

fn push_group(groups: &mut Vec<Group>, piece: &str, tokens: &mut Tokens) {
    tokens.tokenize(piece);
    let atoms: Vec<Atom> = (0..tokens.len())
        .map(|i| Atom {
            key: tokens.key(i).to_string(),
            han: tokens.words()[i].script == Script::Han,
            joined: tokens.joined(i),
        })
        .collect();
    if !atoms.is_empty() {
        groups.push(Group {
            atoms,
            prefix_last: false,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each group as its words' keys joined by spaces (a "+" marks a joined character), and
    /// whether its last word is a prefix.
    fn groups(q: &str) -> Vec<(String, bool)> {
        Query::parse(q)
            .groups
            .into_iter()
            .map(|g| {
                let words: Vec<String> = g
                    .atoms
                    .iter()
                    .map(|a| match a.joined {
                        true => format!("+{}", a.key),
                        false => a.key.clone(),
                    })
                    .collect();
                (words.join(" "), g.prefix_last)
            })
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
    fn straight_curly_full_width_or_corner_quotes_make_one_phrase() {
        assert_eq!(
            groups("\u{201c}South China Sea\u{201d} x"),
            [g("south china sea", false), g("x", true)]
        );
        assert_eq!(groups("\"south chi"), [g("south chi", true)]);
        assert_eq!(groups("\"south\""), [g("south", false)]);
        assert_eq!(groups("「南海 问题」"), [g("南 +海 问 +题", false)]);
        assert_eq!(groups("＂零和 博弈＂"), [g("零 +和 博 +弈", false)]);
    }

    #[test]
    fn non_ascii_and_full_width_terms_are_folded() {
        assert_eq!(groups("ÉLAN"), [g("élan", true)]);
        assert_eq!(groups("ＲＣＥＰ "), [g("rcep", false)]);
    }

    #[test]
    fn chinese_typed_without_spaces_is_one_run_of_joined_characters() {
        assert_eq!(groups("南海"), [g("南 +海", true)]);
        assert_eq!(
            groups("南海　台湾"),
            [g("南 +海", false), g("台 +湾", true)]
        );
        assert_eq!(groups("G20峰会"), [g("g20 峰 +会", true)]);
    }

    #[test]
    fn ranges_need_every_group_and_merge_overlaps() {
        let q = Query::parse("\"china sea\" sea");
        let mut tokens = Tokens::default();
        let r = q.ranges("The South China Sea.", &mut tokens, false);
        assert_eq!(r, Some(vec![Span::new(10, 19)]));
        assert_eq!(q.ranges("China, the sea.", &mut tokens, true), None);
    }

    #[test]
    fn chinese_ranges_cover_exactly_the_characters_written_together() {
        let q = Query::parse("南海");
        let mut tokens = Tokens::default();
        let s = "以南，海上；双方讨论南海。";
        let r = q.ranges(s, &mut tokens, false).unwrap();
        assert_eq!(r.iter().map(|x| x.of(s)).collect::<Vec<_>>(), ["南海"]);
        assert_eq!(q.ranges("以南，海上", &mut tokens, false), None);
    }
}
