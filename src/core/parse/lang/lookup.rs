//! Look-ups in a [`Lang`]'s tables: months, ordinals, reporting verbs, subject words and
//! countries, with the sorted indexes they need built on first use.
//!
//! Takes a word or a run of words, gives what the tables say about it. No table words here.

use super::Lang;
use std::sync::OnceLock;

/// (first word, form, canonical name, is an adjective)
type CountryForm = (&'static str, &'static str, &'static str, bool);

/// Sorted indexes over a [`Lang`]'s tables, built on first use.
#[derive(Debug, Default)]
pub(super) struct Indexes {
    /// Reporting verbs by first word.
    verbs: OnceLock<Vec<(&'static str, &'static str)>>,
    /// Lowercase words that may stand in a subject.
    subject: OnceLock<Vec<&'static str>>,
    /// Every country form by first word.
    countries: OnceLock<Vec<CountryForm>>,
    /// The first words of the state forms ("Republic", "Kingdom"), sorted.
    state_firsts: OnceLock<Vec<&'static str>>,
    /// Role words, sorted.
    roles: OnceLock<Vec<&'static str>>,
}

impl Indexes {
    pub(super) const fn new() -> Indexes {
        Indexes {
            verbs: OnceLock::new(),
            subject: OnceLock::new(),
            countries: OnceLock::new(),
            state_firsts: OnceLock::new(),
            roles: OnceLock::new(),
        }
    }
}

/// The entries of a table sorted by first word whose first word is `word`.
fn by_first<'a, T>(index: &'a [T], word: &str, first: impl Fn(&T) -> &str) -> &'a [T] {
    let lo = index.partition_point(|e| first(e) < word);
    let hi = lo + index[lo..].partition_point(|e| first(e) == word);
    &index[lo..hi]
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
            v
        });
        by_first(index, word, |e| e.0)
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
                    v.push((form.split(' ').next().unwrap_or(form), form, c.name, adj));
                }
            }
            crate::core::sort::sort(&mut v);
            v
        });
        let mut best: Option<(&'static str, usize, bool)> = None;
        for &(_, form, name, adj) in by_first(index, first, |e| e.0) {
            let n = form.split(' ').count();
            if n > words.len() || best.is_some_and(|b| b.1 >= n) {
                continue;
            }
            if form.split(' ').zip(words).all(|(f, w)| f == *w) {
                best = Some((name, n, adj));
            }
        }
        best
    }
}
