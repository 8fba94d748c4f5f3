//! Look-ups in a [`Lang`]'s tables: months, ordinals, reporting verbs, subject words and
//! countries, with the sorted indexes they need built on first use.
//!
//! Takes a word or a run of words, gives what the tables say about it. No table words here.

use super::{Gender, Lang};
use crate::core::model::MeetingFormat;
use std::sync::OnceLock;

/// (first word, phrase, place in its table)
type FormatPhrase = (&'static str, &'static str, usize);

/// (first word, form, canonical name, is an adjective, words in the form, the form's words)
type CountryForm = (
    &'static str,
    &'static str,
    &'static str,
    bool,
    usize,
    Vec<&'static str>,
);

/// Indexes over a [`Lang`]'s tables, built on first use.
#[derive(Debug, Default)]
pub(super) struct Indexes {
    /// Reporting verbs by first word.
    verbs: OnceLock<ByFirst<(&'static str, &'static str)>>,
    /// Lowercase words that may stand in a subject.
    subject: OnceLock<WordMap<()>>,
    /// Every country form by first word.
    countries: OnceLock<ByFirst<CountryForm>>,
    /// The first words of the state forms ("Republic", "Kingdom").
    state_firsts: OnceLock<WordMap<()>>,
    /// Role words.
    roles: OnceLock<WordMap<()>>,
    /// The format phrases (strong, weak) by first word: (first word, phrase, place in table).
    formats: [OnceLock<ByFirst<FormatPhrase>>; 2],
    /// Months, ordinals, honorifics and meeting verbs, ignoring case.
    months: OnceLock<WordMap<u8>>,
    ordinals: OnceLock<WordMap<u32>>,
    honorifics: OnceLock<WordMap<Option<Gender>>>,
    meeting_verbs: OnceLock<WordMap<()>>,
    /// Narration nouns and side words, ignoring case.
    narration_nouns: OnceLock<WordMap<()>>,
    side_words: OnceLock<WordMap<()>>,
    /// Abbreviations, as written.
    abbreviations: OnceLock<WordMap<()>>,
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
            months: OnceLock::new(),
            ordinals: OnceLock::new(),
            honorifics: OnceLock::new(),
            meeting_verbs: OnceLock::new(),
            narration_nouns: OnceLock::new(),
            side_words: OnceLock::new(),
            abbreviations: OnceLock::new(),
        }
    }
}

/// A set of words as a map to nothing.
fn set(words: impl IntoIterator<Item = &'static str>, fold: bool) -> WordMap<()> {
    WordMap::new(words.into_iter().map(|w| (w, ())), fold)
}

/// True when `word` is in `table`, through the set kept in `cell` (built on first use).
fn in_set(
    cell: &OnceLock<WordMap<()>>,
    table: &'static [&'static str],
    fold: bool,
    word: &str,
) -> bool {
    cell.get_or_init(|| set(table.iter().copied(), fold))
        .get(word)
        .is_some()
}

/// Table words found by a hash of their bytes: a look-up hashes the word once and compares
/// it with one or two entries, where a sorted table would compare it with eight or more (the
/// parser looks up most words it reads, and most are in no table). With `fold`, keys match
/// ignoring ASCII case.
#[derive(Debug)]
struct WordMap<T> {
    entries: Vec<(&'static str, T)>,
    /// Open addressing, linear probing: an index into `entries` plus one, 0 for an empty slot.
    slots: Vec<u32>,
    fold: bool,
}

impl<T> WordMap<T> {
    /// The map of `entries`; of two entries with the same key, the first is kept (as a
    /// search of the table in order would find it).
    fn new(entries: impl IntoIterator<Item = (&'static str, T)>, fold: bool) -> WordMap<T> {
        let entries: Vec<(&'static str, T)> = entries.into_iter().collect();
        let size = (entries.len() * 2).next_power_of_two().max(8);
        let mut map = WordMap {
            entries: Vec::with_capacity(entries.len()),
            slots: vec![0; size],
            fold,
        };
        for (key, value) in entries {
            let slot = map.slot(key);
            if map.slots[slot] == 0 {
                map.entries.push((key, value));
                map.slots[slot] = map.entries.len() as u32;
            }
        }
        map
    }

    /// The slot holding `word`, or the empty slot where it would go.
    fn slot(&self, word: &str) -> usize {
        let mask = self.slots.len() - 1;
        let mut i = hash(word.as_bytes(), self.fold) as usize & mask;
        loop {
            match self.slots[i] {
                0 => return i,
                e => {
                    let key = self.entries[e as usize - 1].0;
                    let same = if self.fold {
                        key.eq_ignore_ascii_case(word)
                    } else {
                        key == word
                    };
                    if same {
                        return i;
                    }
                }
            }
            i = (i + 1) & mask;
        }
    }

    fn get(&self, word: &str) -> Option<&T> {
        match self.slots[self.slot(word)] {
            0 => None,
            e => Some(&self.entries[e as usize - 1].1),
        }
    }
}

/// A hash of `b` read eight bytes at a time (most words take one read). With `fold`, the
/// 0x20 bit of every byte is set first: two words equal but for ASCII case hash the same.
fn hash(b: &[u8], fold: bool) -> u64 {
    let case = if fold { 0x2020_2020_2020_2020 } else { 0 };
    let mut h = b.len() as u64;
    for chunk in b.chunks(8) {
        let x = load(chunk) | case;
        h = (h.rotate_left(5) ^ x).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
    h ^ (h >> 29)
}

/// Up to eight bytes as a little-endian number, zero above them. A short piece is read as two
/// overlapping halves (both hold the same bytes where they overlap), not copied byte by byte:
/// a copy of a length known only at run time is a call.
fn load(b: &[u8]) -> u64 {
    let n = b.len();
    let four = |at: usize| {
        let mut lanes = [0u8; 4];
        lanes.copy_from_slice(&b[at..at + 4]);
        u64::from(u32::from_le_bytes(lanes))
    };
    let byte = |at: usize| u64::from(b[at]) << (8 * at);
    match n {
        8.. => four(0) | four(4) << 32,
        4..=7 => four(0) | four(n - 4) << (8 * (n - 4)),
        1..=3 => byte(0) | byte(n / 2) | byte(n - 1),
        0 => 0,
    }
}

/// A table sorted by first word, with where the entries of each first word stand: a look-up
/// hashes the word and gives those entries.
#[derive(Debug)]
struct ByFirst<T> {
    items: Vec<T>,
    ranges: WordMap<(u32, u32)>,
}

impl<T> ByFirst<T> {
    /// `items` sorted by `first`.
    fn new(items: Vec<T>, first: impl Fn(&T) -> &'static str) -> ByFirst<T> {
        let mut ranges: Vec<(&'static str, (u32, u32))> = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let key = first(item);
            match ranges.last_mut() {
                Some(last) if last.0 == key => last.1 .1 = i as u32 + 1,
                _ => ranges.push((key, (i as u32, i as u32 + 1))),
            }
        }
        ByFirst {
            items,
            ranges: WordMap::new(ranges, false),
        }
    }

    /// The entries whose first word is `word`.
    fn get(&self, word: &str) -> &[T] {
        match self.ranges.get(word) {
            Some(&(lo, hi)) => &self.items[lo as usize..hi as usize],
            None => &[],
        }
    }
}

impl Lang {
    /// The month number of `word`, ignoring case and a trailing period ("Sept.").
    pub fn month(&self, word: &str) -> Option<u8> {
        let w = word.trim_end_matches('.');
        let index = self
            .indexes
            .months
            .get_or_init(|| WordMap::new(self.months.iter().copied(), true));
        index.get(w).copied()
    }

    /// The gender an honorific tells ("Ms." tells Female; "Dr." is an honorific that tells
    /// nothing): `None` when `word` is no honorific.
    pub fn honorific(&self, word: &str) -> Option<Option<Gender>> {
        // Honorifics are capitalised: most words of a text are rejected here.
        if !word.starts_with(char::is_uppercase) {
            return None;
        }
        let index = self
            .indexes
            .honorifics
            .get_or_init(|| WordMap::new(self.honorifics.iter().copied(), true));
        index.get(word).copied()
    }

    /// True for a meeting verb ("met", "held"), ignoring case.
    pub fn is_meeting_verb(&self, word: &str) -> bool {
        in_set(&self.indexes.meeting_verbs, self.meeting_verbs, true, word)
    }

    /// True for the head noun of an event or a spokesperson ("conversation"), ignoring case.
    pub fn is_narration_noun(&self, word: &str) -> bool {
        in_set(
            &self.indexes.narration_nouns,
            self.narration_nouns,
            true,
            word,
        )
    }

    /// True for a word of [`Lang::side_words`] ("side", "minister"), ignoring case.
    pub fn is_side_word(&self, word: &str) -> bool {
        in_set(&self.indexes.side_words, self.side_words, true, word)
    }

    /// True for an abbreviation whose period ends no sentence ("Mr", "U.S"), as written.
    pub fn is_abbreviation(&self, word: &str) -> bool {
        in_set(&self.indexes.abbreviations, self.abbreviations, false, word)
    }

    /// True for a capitalised word of titles ("Minister", "Affairs").
    pub fn is_role_word(&self, word: &str) -> bool {
        in_set(&self.indexes.roles, self.role_words, false, word)
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
            for &(_, phrase, k) in index.get(words[i]) {
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
        let index = self
            .indexes
            .ordinals
            .get_or_init(|| WordMap::new(self.ordinals.iter().copied(), true));
        index.get(word).copied()
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
        index.get(word)
    }

    /// True when a lowercase `word` may stand in a speaker's subject before its verb: a word of
    /// a joint phrase or a side phrase ("two", "sides"), a connector or an adverb.
    pub fn is_subject_word(&self, word: &str) -> bool {
        let index = self.indexes.subject.get_or_init(|| {
            let phrases = self.joint_subjects.iter().chain(self.side_words);
            let words = phrases.flat_map(|p| p.split(' '));
            set(
                words.chain(self.connectors.iter().chain(self.adverbs).copied()),
                false,
            )
        });
        index.get(word).is_some()
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
        if self.state_firsts().get(words.first()?).is_none() {
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

    /// True when some country's name, alias, adjective or state form starts with `word`: when
    /// false, [`Lang::country_at`] finds nothing in words that start with it, whatever follows.
    pub fn opens_country(&self, word: &str) -> bool {
        !self.country_forms().get(word).is_empty() || self.state_firsts().get(word).is_some()
    }

    /// The first words of the state forms ("Republic", "Kingdom").
    fn state_firsts(&self) -> &WordMap<()> {
        self.indexes.state_firsts.get_or_init(|| {
            let firsts = self
                .state_forms
                .iter()
                .map(|f| f.split(' ').next().unwrap_or(f));
            set(firsts, false)
        })
    }

    fn country_form_at(&self, words: &[&str]) -> Option<(&'static str, usize, bool)> {
        let first = *words.first()?;
        let mut best: Option<(&'static str, usize, bool)> = None;
        for &(_, _, name, adj, n, ref form) in self.country_forms().get(first) {
            if n > words.len() || best.is_some_and(|b| b.1 >= n) {
                continue;
            }
            // The first word matched already: a one-word form is found.
            if n == 1 || form[1..] == words[1..n] {
                best = Some((name, n, adj));
            }
        }
        best
    }

    /// Every country form by its first word.
    fn country_forms(&self) -> &ByFirst<CountryForm> {
        self.indexes.countries.get_or_init(|| {
            let mut v: Vec<CountryForm> = Vec::new();
            for c in self.countries {
                let forms = std::iter::once((c.name, false))
                    .chain(c.aliases.iter().map(|a| (*a, false)))
                    .chain(c.adjectives.iter().map(|a| (*a, true)));
                for (form, adj) in forms {
                    let first = form.split(' ').next().unwrap_or(form);
                    let words: Vec<&str> = form.split(' ').collect();
                    v.push((first, form, c.name, adj, words.len(), words));
                }
            }
            crate::core::sort::sort(&mut v);
            ByFirst::new(v, |e| e.0)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn load_reads_up_to_eight_bytes_as_a_zero_padded_number() {
        let bytes = [0x41u8, 0xC3, 0x9F, 0x7A, 0x00, 0xFF, 0x20, 0x61, 0x62];
        for n in 0..=8 {
            let mut lanes = [0u8; 8];
            lanes[..n].copy_from_slice(&bytes[..n]);
            assert_eq!(load(&bytes[..n]), u64::from_le_bytes(lanes), "{n} bytes");
        }
    }
}
