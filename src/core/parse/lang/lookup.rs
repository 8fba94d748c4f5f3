//! Look-ups in a [`Lang`]'s tables: months, ordinals, reporting verbs, subject words and
//! countries, with the sorted indexes they need built on first use.
//!
//! Takes a word or a run of words, gives what the tables say about it. No table words here.

use super::wordmap::{ByFirst, WordMap};
use super::{Gender, Lang, Publisher, Words};
use crate::core::model::MeetingFormat;
use crate::core::parse::scan;
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

/// The publishers' own lines (ignoring case) and their line openings (by first byte in
/// lowercase), each with its publisher's place in the table.
type PublisherLines = (WordMap<usize>, Vec<(u8, usize, &'static str)>);

/// (first word, place in its table, the form's words)
type StateForm = (&'static str, usize, Vec<&'static str>);

/// Indexes over a [`Lang`]'s tables, built on first use.
#[derive(Debug, Default)]
pub(super) struct Indexes {
    /// Reporting verbs by first word.
    verbs: OnceLock<ByFirst<(&'static str, &'static str)>>,
    /// Lowercase words that may stand in a subject.
    subject: OnceLock<WordMap<()>>,
    /// Every country form by first word; the canonical name of each form, as written.
    countries: OnceLock<ByFirst<CountryForm>>,
    country_names: OnceLock<WordMap<&'static str>>,
    /// The state forms' words ("Republic", "of") by first word, in table order.
    states: OnceLock<ByFirst<StateForm>>,
    /// Role words.
    roles: OnceLock<WordMap<()>>,
    /// The format phrases (strong, weak) by first word: (first word, phrase, place in table).
    formats: [OnceLock<ByFirst<FormatPhrase>>; 2],
    /// Months, ordinals, honorifics and meeting verbs, ignoring case.
    months: OnceLock<WordMap<u8>>,
    ordinals: OnceLock<WordMap<u32>>,
    honorifics: OnceLock<WordMap<Option<Gender>>>,
    /// The words of the two-word honorifics, as written.
    honorific_pair_words: OnceLock<WordMap<()>>,
    /// Pronouns and possessives, ignoring case.
    gendered: OnceLock<WordMap<Gender>>,
    meeting_verbs: OnceLock<WordMap<()>>,
    /// Narration nouns and side words, ignoring case.
    narration_nouns: OnceLock<WordMap<()>>,
    side_words: OnceLock<WordMap<()>>,
    /// Abbreviations and connectors, as written; articles ignoring case.
    abbreviations: OnceLock<WordMap<()>>,
    connectors: OnceLock<WordMap<()>>,
    articles: OnceLock<WordMap<()>>,
    /// Chrome lines, ignoring case; chrome prefixes by their first byte in lowercase.
    chrome_lines: OnceLock<WordMap<()>>,
    chrome_prefixes: OnceLock<Vec<(u8, &'static str)>>,
    /// Language names, as written.
    language_names: OnceLock<WordMap<()>>,
    /// Agencies' credits, as written, with their publisher.
    credits: OnceLock<WordMap<&'static Publisher>>,
    /// The publishers' own lines and line openings.
    publisher_lines: OnceLock<PublisherLines>,
    /// The leaders table's entries by the first word of each of their names.
    leaders: OnceLock<Leaders>,
    /// The first words of the country forms and the state forms, as written: one look-up
    /// tells that a word opens neither.
    country_openers: OnceLock<WordMap<()>>,
    /// The publishers' own words by their first two bytes.
    own_words: OnceLock<OwnWords>,
    /// The publishers' titles by their first word, ignoring case.
    titles: OnceLock<ByFirst<Title>>,
}

/// One of a publisher's titles in [`Indexes::titles`]: (its first word, the title, the
/// publisher's place in the table, its kind).
type Title = (&'static str, &'static str, usize, TitleKind);

/// Which of a publisher's title lists a title comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum TitleKind {
    /// [`Publisher::home_titles`] or [`Publisher::unique_titles`]: its officials' alone.
    Own,
    /// [`Publisher::shared_titles`]: others give their officials this title too.
    Shared,
}

/// The most publishers a language's table may have: [`TitledBy`] holds a bit for each, and
/// the publisher's inference a flag for each on the stack (a test checks every table).
pub const MAX_PUBLISHERS: usize = 64;

/// The publishers (bits by their place in the table, as [`Lang::home_titles`] gives them)
/// whose officials a host's role titles: `own`, as only that government titles its own;
/// `shared`, as others title theirs too.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TitledBy {
    pub own: u64,
    pub shared: u64,
}

/// The publishers' own words, each found by two of its bytes (its key): those at its first
/// capital ("Kremlin" in "the Kremlin press service"), else after its first space ("telephone"
/// in "a telephone talk"), else its first two; keys of common lowercase pairs ("th", "a ")
/// would stop the scan at most bytes of a text. A bit for each key's first byte and for each
/// key, and the words (key, offset of the key in the word, word, publisher's place in the
/// table), sorted by key.
#[derive(Debug, Default)]
pub(super) struct OwnWords {
    /// A flag per byte (a table, not bits: the scan tests every byte of the text).
    firsts: Vec<bool>,
    pairs: Vec<u64>,
    words: Vec<(u16, usize, &'static str, usize)>,
}

/// Where [`OwnWords`] keys `w`.
fn own_key_at(w: &[u8]) -> usize {
    let at = w
        .iter()
        .position(u8::is_ascii_uppercase)
        .or_else(|| w.iter().position(|&b| b == b' ').map(|s| s + 1))
        .unwrap_or(0);
    if at + 2 <= w.len() {
        at
    } else {
        0
    }
}

/// The first two bytes of `w` as one key.
fn pair_key(b: &[u8]) -> u16 {
    u16::from(b[0]) << 8 | u16::from(b[1])
}

/// The leaders table's entries, as (first word of one of its names, the entry), by that word.
pub(super) type Leaders = ByFirst<(&'static str, &'static str)>;

impl Indexes {
    pub(super) const fn new() -> Indexes {
        Indexes {
            verbs: OnceLock::new(),
            subject: OnceLock::new(),
            countries: OnceLock::new(),
            country_names: OnceLock::new(),
            states: OnceLock::new(),
            roles: OnceLock::new(),
            formats: [OnceLock::new(), OnceLock::new()],
            months: OnceLock::new(),
            ordinals: OnceLock::new(),
            honorifics: OnceLock::new(),
            honorific_pair_words: OnceLock::new(),
            gendered: OnceLock::new(),
            meeting_verbs: OnceLock::new(),
            narration_nouns: OnceLock::new(),
            side_words: OnceLock::new(),
            abbreviations: OnceLock::new(),
            connectors: OnceLock::new(),
            articles: OnceLock::new(),
            chrome_lines: OnceLock::new(),
            chrome_prefixes: OnceLock::new(),
            language_names: OnceLock::new(),
            credits: OnceLock::new(),
            publisher_lines: OnceLock::new(),
            leaders: OnceLock::new(),
            titles: OnceLock::new(),
            country_openers: OnceLock::new(),
            own_words: OnceLock::new(),
        }
    }
}

/// A set of words as a map to nothing.
fn set(words: impl IntoIterator<Item = &'static str>, fold: bool) -> WordMap<()> {
    WordMap::new(words.into_iter().map(|w| (w, ())), fold)
}

/// True when `word` is in `table`, through the set kept in `cell` (built on first use).
fn in_set(cell: &OnceLock<WordMap<()>>, table: Words, fold: bool, word: &str) -> bool {
    cell.get_or_init(|| set(table, fold)).get(word).is_some()
}

/// The shortest word [`Lang::is_adverb_by_ending`] reads.
const ADVERB_BYTES: usize = 6;

impl Lang {
    /// The leaders table (see `en/leaders.rs`), its entries by the first word of their names.
    pub(super) fn leaders_index(&self) -> &Leaders {
        self.indexes.leaders.get_or_init(|| {
            let mut keys = Vec::new();
            for entry in self.leaders {
                for name in entry.split('|').skip(3) {
                    let name = name.trim_start_matches('=');
                    keys.push((name.split(' ').next().unwrap_or(name), entry));
                }
            }
            crate::core::sort::sort_by_key(&mut keys, |k| k.0);
            ByFirst::new(keys, false, |k| k.0)
        })
    }

    /// The month number of `word`, ignoring case and a trailing period ("Sept.").
    pub fn month(&self, word: &str) -> Option<u8> {
        let w = word.trim_end_matches('.');
        let index = self
            .indexes
            .months
            .get_or_init(|| WordMap::new(self.months.iter().copied(), true));
        index.get(w).copied()
    }

    /// The gender a pronoun or possessive tells (asked of most words after a comma and of
    /// every subject: a look-up, not a search of the table).
    pub fn gender_of(&self, word: &str) -> Option<Gender> {
        let index = self
            .indexes
            .gendered
            .get_or_init(|| WordMap::new(self.gendered.iter().copied(), true));
        index.get(word).copied()
    }

    /// The gender an honorific tells ("Ms." tells Female; "Dr." is an honorific that tells
    /// nothing): `None` when `word` is no honorific.
    pub fn honorific(&self, word: &str) -> Option<Option<Gender>> {
        // Honorifics are capitalised: most words of a text are rejected here.
        if !word.starts_with(crate::core::case::is_upper) {
            return None;
        }
        let index = self
            .indexes
            .honorifics
            .get_or_init(|| WordMap::new(self.honorifics.iter().copied(), true));
        index.get(word).copied()
    }

    /// True for a word of a joint subject's phrase ("the", "two", "sides", "leaders"),
    /// ignoring case.
    pub fn joint_words(&self, w: &str) -> bool {
        self.joint_determiners.contains_ignore_case(w) || self.joint_heads.contains_ignore_case(w)
    }

    /// True when `t[i]` is an honorific: one alone ("Dato'"), or a word of one of two words
    /// ("Tan Sri", "Dato' Sri").
    pub fn is_honorific_at(&self, t: &[&str], i: usize) -> bool {
        let w = t[i];
        if self.honorific(w).is_some() {
            return true;
        }
        // Most words are no honorific's: a lowercase one is told by its first letter.
        if !w.starts_with(crate::core::case::is_upper) {
            return false;
        }
        // A word of no pair is told by one look-up (most capitalised words are names).
        let pair_words = self.indexes.honorific_pair_words.get_or_init(|| {
            let words = self.honorific_pairs.iter().flat_map(|&(a, b)| [a, b]);
            WordMap::new(words.map(|w| (w, ())), false)
        });
        if pair_words.get(w).is_none() {
            return false;
        }
        let prev = i.checked_sub(1).and_then(|j| t.get(j)).copied();
        let next = t.get(i + 1).copied();
        self.honorific_pairs
            .iter()
            .any(|&(a, b)| (a == w && next == Some(b)) || (b == w && prev == Some(a)))
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

    /// True for a lowercase word that may sit inside a title or a name ("of", "bin"), as written.
    pub fn is_connector(&self, word: &str) -> bool {
        in_set(&self.indexes.connectors, self.connectors, false, word)
    }

    /// The country of the body [`Lang::institutions`] names at the start of `words` ("White
    /// House NSC": the United States).
    pub fn institution_at(&self, words: &[&str]) -> Option<&'static str> {
        self.institutions.iter().find_map(|(body, country)| {
            let n = body.split(' ').count();
            (words.len() >= n && body.split(' ').zip(words).all(|(a, b)| a == *b))
                .then_some(*country)
        })
    }

    /// Marks in `seen` (one flag per publisher of the table) each publisher one of whose own
    /// words ([`Publisher::own_words`]) `text` holds, anywhere (as a search for each would
    /// find it): one pass over the text's bytes, a bit test at each (no search per word).
    pub fn own_words_in(&self, text: &str, seen: &mut [bool]) {
        let index = self.indexes.own_words.get_or_init(|| {
            let mut own = OwnWords {
                firsts: vec![false; 256],
                pairs: vec![0u64; 1024],
                ..OwnWords::default()
            };
            for (k, p) in self.publishers.iter().enumerate() {
                for w in p.own_words.iter().filter(|w| w.len() >= 2) {
                    let at = own_key_at(w.as_bytes());
                    let key = pair_key(&w.as_bytes()[at..]);
                    own.firsts[usize::from(w.as_bytes()[at])] = true;
                    own.pairs[usize::from(key >> 6)] |= 1 << (key & 63);
                    own.words.push((key, at, w, k));
                }
            }
            crate::core::sort::sort(&mut own.words);
            own
        });
        let b = text.as_bytes();
        let firsts: &[bool; 256] = index.firsts[..].try_into().unwrap_or(&[false; 256]);
        for i in 0..b.len().saturating_sub(1) {
            // Told by the byte alone first: most bytes of a text open no key.
            if !firsts[usize::from(b[i])] {
                continue;
            }
            let key = pair_key(&b[i..]);
            if index.pairs[usize::from(key >> 6)] & (1 << (key & 63)) == 0 {
                continue;
            }
            let from = index.words.partition_point(|e| e.0 < key);
            for &(_, at, w, k) in index.words[from..].iter().take_while(|e| e.0 == key) {
                if i >= at && b[i - at..].starts_with(w.as_bytes()) {
                    if let Some(s) = seen.get_mut(k) {
                        *s = true;
                    }
                }
            }
        }
    }

    /// The publishers whose title `role` is, or starts with before a connector ("State
    /// Councilor and Foreign Minister" starts with the home title "State Councilor"), or ends
    /// with ([`Publisher::home_title_endings`], counted as its own). A role in lowercase (a
    /// news copy's "first vice foreign minister Cho") is compared ignoring case, every other
    /// as written. Only titles that open with the role's first word are compared: one look-up
    /// instead of every publisher's three lists.
    pub fn home_titles(&self, role: &str) -> TitledBy {
        let index = self.indexes.titles.get_or_init(|| {
            let mut v: Vec<Title> = Vec::new();
            for (k, p) in self.publishers.iter().enumerate().take(MAX_PUBLISHERS) {
                let lists = [
                    (p.home_titles, TitleKind::Own),
                    (p.unique_titles, TitleKind::Own),
                    (p.shared_titles, TitleKind::Shared),
                ];
                for (list, kind) in lists {
                    for t in list.iter() {
                        v.push((t.split(' ').next().unwrap_or(t), t, k, kind));
                    }
                }
            }
            // Grouped by first word ignoring case, each group under one spelling of it.
            v.sort_by(|a, b| {
                let key = |t: &Title| (t.0.to_ascii_lowercase(), t.2, t.3, t.1);
                key(a).cmp(&key(b))
            });
            for i in 1..v.len() {
                if v[i].0.eq_ignore_ascii_case(v[i - 1].0) {
                    v[i].0 = v[i - 1].0;
                }
            }
            ByFirst::new(v, true, |e| e.0)
        });
        let mut by = TitledBy::default();
        let lower = role.starts_with(|c: char| c.is_ascii_lowercase());
        let first = role.split(' ').next().unwrap_or(role);
        for &(_, t, k, kind) in index.get(first) {
            let rest = if lower {
                scan::starts_with_ignore_case(role, t).then(|| &role[t.len()..])
            } else {
                role.strip_prefix(t)
            };
            // "State Councilor and Foreign Minister": what follows the title joins another.
            let titled = rest.is_some_and(|rest| {
                rest.is_empty()
                    || rest.starts_with(' ') && rest.trim_start().starts_with(self.and_word)
            });
            if titled {
                match kind {
                    TitleKind::Own => by.own |= 1 << k,
                    TitleKind::Shared => by.shared |= 1 << k,
                }
            }
        }
        for (k, p) in self.publishers.iter().enumerate().take(MAX_PUBLISHERS) {
            if p.home_title_endings.iter().any(|e| role.ends_with(e)) {
                by.own |= 1 << k;
            }
        }
        by
    }

    /// The country whose official a title alone tells: one of a publisher's
    /// [`Publisher::unique_titles`] ("Taoiseach", or it and another: "Taoiseach and ..."), or a
    /// title that holds one of [`Lang::institutions`] ("senior director ... of the White House
    /// National Security Council"). Asked only of participants the text gives no country.
    pub fn titled_country(&self, role: &str) -> Option<&'static str> {
        if role.is_empty() {
            return None;
        }
        let unique = |t: &str| {
            role.strip_prefix(t).is_some_and(|rest| {
                rest.is_empty()
                    || rest
                        .strip_prefix(' ')
                        .is_some_and(|r| r.starts_with(self.and_word))
            })
        };
        if let Some(p) = self
            .publishers
            .iter()
            .find(|p| p.unique_titles.iter().any(unique))
        {
            return Some(p.country);
        }
        let words: Vec<&str> = role.split(' ').map(scan::bare).collect();
        (0..words.len())
            .filter(|&i| scan::is_capitalised(words[i]))
            .find_map(|i| self.institution_at(&words[i..]))
    }

    /// True for an article ("the"), ignoring ASCII case.
    pub fn is_article(&self, word: &str) -> bool {
        in_set(&self.indexes.articles, self.articles, true, word)
    }

    /// True for an abbreviation whose period ends no sentence ("Mr", "U.S"), as written.
    pub fn is_abbreviation(&self, word: &str) -> bool {
        in_set(&self.indexes.abbreviations, self.abbreviations, false, word)
    }

    /// True when `line` is one of [`Lang::chrome_lines`], ignoring ASCII case.
    pub fn is_chrome_line(&self, line: &str) -> bool {
        in_set(&self.indexes.chrome_lines, self.chrome_lines, true, line)
    }

    /// The publisher whose agency's credit `word` is ("Xinhua", "VNA"), as written: the first
    /// publisher of the table that lists it.
    pub fn credit_of(&self, word: &str) -> Option<&'static Publisher> {
        let index = self.indexes.credits.get_or_init(|| {
            let pairs = self
                .publishers
                .iter()
                .flat_map(|p| p.credits.iter().map(move |c| (c, p)));
            WordMap::new(pairs, false)
        });
        index.get(word).copied()
    }

    /// The publisher whose own line `line` is (chrome of its pages), if any: the first of the
    /// table whose lines hold it, ignoring ASCII case, or whose line openings open it (every
    /// line is asked).
    pub fn publisher_line(&self, line: &str) -> Option<&'static Publisher> {
        let (lines, prefixes) = self.indexes.publisher_lines.get_or_init(|| {
            let all = self.publishers.iter().enumerate();
            let lines = all
                .clone()
                .flat_map(|(k, p)| p.chrome_lines.iter().map(move |l| (l, k)));
            let mut prefixes: Vec<(u8, usize, &'static str)> = all
                .flat_map(|(k, p)| p.chrome_prefixes.iter().map(move |l| (l, k)))
                .filter(|(l, _)| !l.is_empty())
                .map(|(l, k)| (l.as_bytes()[0].to_ascii_lowercase(), k, l))
                .collect();
            crate::core::sort::sort(&mut prefixes);
            (WordMap::new(lines, true), prefixes)
        });
        let first = line.bytes().next()?.to_ascii_lowercase();
        let from = prefixes.partition_point(|e| e.0 < first);
        let opened = prefixes[from..]
            .iter()
            .take_while(|e| e.0 == first)
            .find(|e| scan::starts_with_ignore_case(line, e.2))
            .map(|e| e.1);
        let k = match (lines.get(line).copied(), opened) {
            (Some(a), Some(b)) => a.min(b),
            (a, b) => a.or(b)?,
        };
        self.publishers.get(k)
    }

    /// True for a word of a language switcher ("English", "Español", "|"), as written.
    pub fn is_language_name(&self, word: &str) -> bool {
        in_set(
            &self.indexes.language_names,
            self.language_names,
            false,
            word,
        )
    }

    /// True when `line` starts with one of [`Lang::chrome_prefixes`], ignoring ASCII case: only
    /// the prefixes that open with the line's first byte are compared (every line is asked).
    pub fn opens_chrome(&self, line: &str) -> bool {
        let index = self.indexes.chrome_prefixes.get_or_init(|| {
            let mut v: Vec<(u8, &'static str)> = self
                .chrome_prefixes
                .iter()
                .filter(|p| !p.is_empty())
                .map(|p| (p.as_bytes()[0].to_ascii_lowercase(), p))
                .collect();
            crate::core::sort::sort(&mut v);
            v
        });
        let Some(first) = line.bytes().next().map(|b| b.to_ascii_lowercase()) else {
            return false;
        };
        let from = index.partition_point(|e| e.0 < first);
        index[from..]
            .iter()
            .take_while(|e| e.0 == first)
            .any(|e| scan::starts_with_ignore_case(line, e.1))
    }

    /// True for a capitalised word of titles ("Minister", "Affairs").
    pub fn is_role_word(&self, word: &str) -> bool {
        in_set(&self.indexes.roles, self.role_words, false, word) || self.is_slashed_role(word)
    }

    /// "Representative/Vice-President", "Policy/Vice-President": two offices held together,
    /// written with a slash between their words (the European Union's "High
    /// Representative/Vice-President"). Asked only of a word the table lacks; told by the
    /// slash (a byte search: most words have none).
    #[inline(never)]
    fn is_slashed_role(&self, word: &str) -> bool {
        let Some((a, b)) = word.split_once('/') else {
            return false;
        };
        let role =
            |w: &str| !w.is_empty() && in_set(&self.indexes.roles, self.role_words, false, w);
        role(a) && role(b)
    }

    /// The format named in `words` (in text order, in any ASCII case: the phrases are lowercase)
    /// by the phrase that comes first in the table (most specific first): [`Lang::formats`], or
    /// [`Lang::weak_formats`].
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
            ByFirst::new(v, true, |e| e.0)
        });
        let mut best: Option<usize> = None;
        for i in 0..words.len() {
            for &(_, phrase, k) in index.get(words[i]) {
                let rest = phrase.split(' ').skip(1).enumerate();
                // "as a part of their ongoing consultations": a format after a word of a
                // series names the series, not this meeting (told once a phrase is found).
                let series = || {
                    i > 0
                        && self
                            .series_words
                            .iter()
                            .any(|s| scan::eq_ignore_case(s, words[i - 1]))
                };
                if best.is_none_or(|b| k < b)
                    && rest.clone().all(|(j, p)| {
                        words
                            .get(i + 1 + j)
                            .is_some_and(|w| scan::eq_ignore_case(w, p))
                    })
                    && !series()
                    && !(self.verbal_formats.contains(phrase) && self.after_name(words, i))
                {
                    best = Some(k);
                }
            }
        }
        best.map(|k| table[k].1)
    }

    /// True when the word before `words[i]` is a name's: capitalised, and neither it nor the
    /// word before it a meeting verb, an article, a possessive or an occasion's link ("Sec.
    /// Rubio Talks With", not "Holds Talks With", "Holds Trilateral Talks With", "his Warsaw
    /// talks with").
    fn after_name(&self, words: &[&str], i: usize) -> bool {
        let Some(before) = i.checked_sub(1).map(|k| words[k]) else {
            return false;
        };
        let ties = |w: &str| {
            let lower = w.to_ascii_lowercase();
            let lower = lower.as_str();
            self.possessives.iter().any(|p| lower.ends_with(p))
                || self.meeting_verbs.contains(lower)
                || self.articles.contains(lower)
                || self.meeting_possessives.contains(lower)
                || self.occasion_links.contains(lower)
        };
        let two_back = i.checked_sub(2).map(|k| words[k]);
        scan::is_capitalised(before) && !ties(before) && !two_back.is_some_and(ties)
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
                .map(|p| (p.split(' ').next().unwrap_or(p), p))
                .collect();
            crate::core::sort::sort(&mut v);
            ByFirst::new(v, false, |e| e.0)
        });
        index.get(word)
    }

    /// True when `word` (bare, as in the text) is a reporting verb of one word ("said").
    pub fn is_report_word(&self, word: &str) -> bool {
        self.verbs_from(word).iter().any(|v| v.1 == word)
    }

    /// True when a reporting phrase opens `w` ("said", "pointed out" over two words), its first
    /// word bared of punctuation.
    pub fn opens_report(&self, w: &[&str]) -> bool {
        w.first().is_some_and(|first| {
            self.verbs_from(scan::bare(first))
                .iter()
                .any(|p| scan::starts_with_phrase(w, p.1))
        })
    }

    /// An adverb of manner by its ending ("strongly", "closely"): a lowercase word of six
    /// letters or more ("reply", "apply" are shorter).
    pub fn is_adverb_by_ending(&self, word: &str) -> bool {
        word.len() >= ADVERB_BYTES
            && self.adverb_endings.iter().any(|e| word.ends_with(e))
            && word.bytes().all(|b| b.is_ascii_lowercase())
    }

    /// True for a word of [`Lang::adverbs`] or an adverb by its ending.
    pub fn is_adverb(&self, word: &str) -> bool {
        self.adverbs.contains(word) || self.is_adverb_by_ending(word)
    }

    /// True when a lowercase `word` may stand in a speaker's subject before its verb: a word of
    /// a joint phrase or a side phrase ("two", "sides"), a lead-in ("her"), a connector or an
    /// adverb.
    pub fn is_subject_word(&self, word: &str) -> bool {
        let index = self.indexes.subject.get_or_init(|| {
            let phrases = self.joint_subjects.iter().chain(self.side_words);
            // "The two diplomats": every head of a joint subject may stand in one; "The
            // Minister and her counterpart": so may the words before a person's title.
            let phrases = phrases.chain(self.joint_heads).chain(self.lead_ins);
            // "the two ranking diplomats": an adjective before the head.
            let phrases = phrases.chain(self.subject_modifiers);
            let words = phrases.flat_map(|p| p.split(' '));
            set(
                words.chain(self.connectors.iter().chain(self.adverbs)),
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
        // The first country of the table that has the form, as a scan would find it.
        let index = self.indexes.country_names.get_or_init(|| {
            let forms = self.countries.iter().flat_map(|c| {
                let forms = std::iter::once(c.name).chain(c.aliases).chain(c.adjectives);
                forms.map(|f| (f, c.name))
            });
            WordMap::new(forms, false)
        });
        index.get(p).copied()
    }

    /// The country `words` name when they are its name and nothing else, after an optional
    /// article ("Germany", "the Republic of Korea"; not an adjective).
    pub fn country_alone(&self, words: &[&str]) -> Option<&'static str> {
        let from = usize::from(words.first().is_some_and(|w| self.is_article(w)));
        match self.country_at(&words[from..]) {
            Some((c, n, false)) if from + n == words.len() => Some(c),
            _ => None,
        }
    }

    /// The longest country name, alias or adjective that `words` starts with: (canonical
    /// name, number of words used, whether it was an adjective). A state form before a name
    /// counts ("the Federative Republic of Brazil", "the Republic of Kenya").
    pub fn country_at(&self, words: &[&str]) -> Option<(&'static str, usize, bool)> {
        // Most words asked open no country: one look-up tells them, where the forms and the
        // state forms would take one each.
        let first = words.first()?;
        if !self.opens_country(first) {
            return None;
        }
        let direct = self.country_form_at(words);
        let states = self.states().get(first);
        if states.is_empty() {
            return direct;
        }
        let stated = states.iter().find_map(|(_, _, f)| {
            let n = f.len();
            if words.len() <= n || f[1..] != words[1..n] {
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
        let openers = self.indexes.country_openers.get_or_init(|| {
            let forms = self.country_forms().firsts();
            set(forms.chain(self.states().firsts()), false)
        });
        openers.get(word).is_some()
    }

    /// The state forms by first word ("Republic": "Republic of"), in table order.
    fn states(&self) -> &ByFirst<StateForm> {
        self.indexes.states.get_or_init(|| {
            let mut v: Vec<StateForm> = self
                .state_forms
                .iter()
                .enumerate()
                .map(|(k, f)| {
                    let words: Vec<&str> = f.split(' ').collect();
                    (words[0], k, words)
                })
                .collect();
            crate::core::sort::sort(&mut v);
            ByFirst::new(v, false, |e| e.0)
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
                    .chain(c.aliases.iter().map(|a| (a, false)))
                    .chain(c.adjectives.iter().map(|a| (a, true)));
                for (form, adj) in forms {
                    let first = form.split(' ').next().unwrap_or(form);
                    let words: Vec<&str> = form.split(' ').collect();
                    v.push((first, form, c.name, adj, words.len(), words));
                }
            }
            crate::core::sort::sort(&mut v);
            ByFirst::new(v, false, |e| e.0)
        })
    }
}
