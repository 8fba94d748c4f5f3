//! Look-ups in a [`Lang`]'s tables: months, ordinals, reporting verbs, subject words and
//! countries, with the sorted indexes they need built on first use.
//!
//! Takes a word or a run of words, gives what the tables say about it. No table words here.

use super::Lang;
use crate::core::model::MeetingFormat;
use std::sync::OnceLock;

/// (first word, phrase, place in its table)
type FormatPhrase = (&'static str, &'static str, usize);

/// (first word, form, canonical name, is an adjective, words in the form)
type CountryForm = (&'static str, &'static str, &'static str, bool, usize);

/// Sorted indexes over a [`Lang`]'s tables, built on first use.
#[derive(Debug, Default)]
pub(super) struct Indexes {
    /// Reporting verbs by first word.
    verbs: OnceLock<ByFirst<(&'static str, &'static str)>>,
    /// Lowercase words that may stand in a subject.
    subject: OnceLock<Vec<&'static str>>,
    /// Every country form by first word.
    countries: OnceLock<ByFirst<CountryForm>>,
    /// The first words of the state forms ("Republic", "Kingdom"), sorted.
    state_firsts: OnceLock<Vec<&'static str>>,
    /// Role words, sorted.
    roles: OnceLock<Vec<&'static str>>,
    /// The format phrases (strong, weak) by first word: (first word, phrase, place in table).
    formats: [OnceLock<ByFirst<FormatPhrase>>; 2],
}

impl Indexes {
    pub(super) const fn new() -> Indexes {
        Indexes {
            verbs: OnceLock::new(),
            subject: OnceLock::new(),
            countries: OnceLock::new(),
            state_firsts: OnceLock::new(),
            roles: OnceLock::new(),
            formats: [OnceLock::new(), OnceLock::new()],
        }
    }
}

/// A table sorted by first word, with where the entries of each first byte start: a look-up
/// searches a few entries, not the whole table (the parser looks up most words it reads).
#[derive(Debug)]
struct ByFirst<T> {
    items: Vec<T>,
    /// `starts[b]..starts[b + 1]`: the entries whose first word starts with byte `b`.
    starts: Vec<usize>,
}

impl<T> ByFirst<T> {
    /// `items` sorted by `first`.
    fn new(items: Vec<T>, first: impl Fn(&T) -> &str) -> ByFirst<T> {
        let starts = (0..=256)
            .map(|b| {
                items.partition_point(|e| {
                    first(e)
                        .as_bytes()
                        .first()
                        .is_some_and(|&x| usize::from(x) < b)
                })
            })
            .collect();
        ByFirst { items, starts }
    }

    /// The entries whose first word is `word`.
    fn get(&self, word: &str, first: impl Fn(&T) -> &str) -> &[T] {
        let Some(&b) = word.as_bytes().first() else {
            return &[];
        };
        let bucket = &self.items[self.starts[usize::from(b)]..self.starts[usize::from(b) + 1]];
        let lo = bucket.partition_point(|e| first(e) < word);
        let hi = lo + bucket[lo..].partition_point(|e| first(e) == word);
        &bucket[lo..hi]
    }
}

impl Lang {
    /// The month number of `word`, ignoring case and a trailing period ("Sept.").
    pub fn month(&self, word: &str) -> Option<u8> {
        let w = word.trim_end_matches('.');
        self.months
            .iter()
            .find(|(m, _)| m.eq_ignore_ascii_case(w))
            .map(|&(_, n)| n)
    }

    /// True for a capitalised word of titles ("Minister", "Affairs").
    pub fn is_role_word(&self, word: &str) -> bool {
        let index = self.indexes.roles.get_or_init(|| {
            let mut v = self.role_words.to_vec();
            crate::core::sort::sort(&mut v);
            v.dedup();
            v
        });
        index.binary_search(&word).is_ok()
    }

    /// The format named in `words` (lowercase, in text order) by the phrase that comes first in
    /// the table (most specific first): [`Lang::formats`], or [`Lang::weak_formats`].
    pub fn format_in(&self, words: &[&str], weak: bool) -> Option<MeetingFormat> {
        let table = if weak {
            self.weak_formats
        } else {
            self.formats
        };
        let index = self.indexes.formats[usize::from(weak)].get_or_init(|| {
            let mut v: Vec<_> = table
                .iter()
                .enumerate()
                .map(|(k, (p, _))| (p.split(' ').next().unwrap_or(p), *p, k))
                .collect();
            crate::core::sort::sort(&mut v);
            ByFirst::new(v, |e| e.0)
        });
        let mut best: Option<usize> = None;
        for i in 0..words.len() {
            for &(_, phrase, k) in index.get(words[i], |e| e.0) {
                let rest = phrase.split(' ').skip(1).enumerate();
                if best.is_none_or(|b| k < b)
                    && rest.clone().all(|(j, p)| words.get(i + 1 + j) == Some(&p))
                {
                    best = Some(k);
                }
            }
        }
        best.map(|k| table[k].1)
    }

    /// The value of an ordinal word ("Second" = 2).
    pub fn ordinal(&self, word: &str) -> Option<u32> {
        self.ordinals
            .iter()
            .find(|(o, _)| o.eq_ignore_ascii_case(word))
            .map(|&(_, n)| n)
    }

    /// The reporting verb phrases whose first word is `word` (lowercase, as in the text).
    pub fn verbs_from(&self, word: &str) -> &[(&'static str, &'static str)] {
        let index = self.indexes.verbs.get_or_init(|| {
            let mut v: Vec<_> = self
                .reporting_verbs
                .iter()
                .map(|p| (p.split(' ').next().unwrap_or(p), *p))
                .collect();
            crate::core::sort::sort(&mut v);
            ByFirst::new(v, |e| e.0)
        });
        index.get(word, |e| e.0)
    }

    /// True when a lowercase `word` may stand in a speaker's subject before its verb: a word of
    /// a joint phrase or a side phrase ("two", "sides"), a connector or an adverb.
    pub fn is_subject_word(&self, word: &str) -> bool {
        let index = self.indexes.subject.get_or_init(|| {
            let phrases = self.joint_subjects.iter().chain(self.side_words);
            let mut v: Vec<&'static str> = phrases.flat_map(|p| p.split(' ')).collect();
            v.extend(self.connectors.iter().chain(self.adverbs));
            crate::core::sort::sort(&mut v);
            v.dedup();
            v
        });
        index.binary_search(&word).is_ok()
    }

    /// The canonical country named by `phrase` exactly (name, alias or adjective), after an
    /// optional article.
    pub fn country(&self, phrase: &str) -> Option<&'static str> {
        let p = self
            .articles
            .iter()
            .find_map(|a| phrase.strip_prefix(a)?.strip_prefix(' '))
            .unwrap_or(phrase);
        self.countries
            .iter()
            .find(|c| c.name == p || c.aliases.contains(&p) || c.adjectives.contains(&p))
            .map(|c| c.name)
    }

    /// The longest country name, alias or adjective that `words` starts with: (canonical
    /// name, number of words used, whether it was an adjective). A state form before a name
    /// counts ("the Federative Republic of Brazil", "the Republic of Kenya").
    pub fn country_at(&self, words: &[&str]) -> Option<(&'static str, usize, bool)> {
        let direct = self.country_form_at(words);
        let firsts = self.indexes.state_firsts.get_or_init(|| {
            let mut v: Vec<&str> = self
                .state_forms
                .iter()
                .map(|f| f.split(' ').next().unwrap_or(f))
                .collect();
            crate::core::sort::sort(&mut v);
            v.dedup();
            v
        });
        if firsts.binary_search(words.first()?).is_err() {
            return direct;
        }
        let stated = self.state_forms.iter().find_map(|f| {
            let n = f.split(' ').count();
            let same = f.split(' ').zip(words).all(|(a, b)| a == *b);
            if !same || words.len() <= n {
                return None;
            }
            let (c, m, adj) = self.country_form_at(&words[n..])?;
            (!adj).then_some((c, n + m, false))
        });
        match (direct, stated) {
            (Some(d), Some(s)) if s.1 > d.1 => Some(s),
            (None, s) => s,
            (d, _) => d,
        }
    }

    fn country_form_at(&self, words: &[&str]) -> Option<(&'static str, usize, bool)> {
        let first = *words.first()?;
        let index = self.indexes.countries.get_or_init(|| {
            let mut v: Vec<CountryForm> = Vec::new();
            for c in self.countries {
                let forms = std::iter::once((c.name, false))
                    .chain(c.aliases.iter().map(|a| (*a, false)))
                    .chain(c.adjectives.iter().map(|a| (*a, true)));
                for (form, adj) in forms {
                    let first = form.split(' ').next().unwrap_or(form);
                    v.push((first, form, c.name, adj, form.split(' ').count()));
                }
            }
            crate::core::sort::sort(&mut v);
            ByFirst::new(v, |e| e.0)
        });
        let mut best: Option<(&'static str, usize, bool)> = None;
        for &(_, form, name, adj, n) in index.get(first, |e| e.0) {
            if n > words.len() || best.is_some_and(|b| b.1 >= n) {
                continue;
            }
            // The first word matched already: a one-word form is found.
            if n == 1 || form.split(' ').zip(words).skip(1).all(|(f, w)| f == *w) {
                best = Some((name, n, adj));
            }
        }
        best
    }
}
