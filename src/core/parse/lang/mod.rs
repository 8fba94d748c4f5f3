//! Language knowledge for the parser, kept apart from the logic.
//!
//! Takes nothing, gives [`Lang`]: static tables of words and phrases (reporting verbs, month
//! names, format words, page chrome, countries, ordinals...). The stages only read these tables,
//! so another language (a Chinese table with `。`, `表示`/`指出`/`说`, `2021年3月3日`) is a new
//! file here, not a rewrite of the stages.

pub mod en;

use crate::core::model::MeetingFormat;
use std::sync::OnceLock;

/// A country: its canonical name, then every other way a readout names it.
#[derive(Debug, Clone, Copy)]
pub struct Country {
    /// Canonical name written into [`crate::core::model::Participant::country`].
    pub name: &'static str,
    /// Other full names and short forms ("the ROK", "ROK", "Viet Nam"). Case-sensitive.
    pub aliases: &'static [&'static str],
    /// Adjectives of nationality ("Portuguese", "Philippine").
    pub adjectives: &'static [&'static str],
}

/// All the tables one language needs. Every phrase is matched on word boundaries; unless a
/// table says otherwise, matching ignores ASCII case.
#[derive(Debug)]
pub struct Lang {
    /// Month names and abbreviations with their number (case-insensitive).
    pub months: &'static [(&'static str, u8)],
    /// Weekday names, skipped in date phrases such as "On Monday, March 1, 2021,".
    pub weekdays: &'static [&'static str],
    /// Whole lines that are page chrome ("Share", "Print"), compared case-insensitively.
    pub chrome_lines: &'static [&'static str],
    /// Line openings that mark page chrome ("Copyright", "©").
    pub chrome_prefixes: &'static [&'static str],
    /// Language names that make up a site's language bar ("Español", "中文").
    pub language_names: &'static [&'static str],
    /// Prefixes a date line may carry ("Updated:", "Date:").
    pub date_line_prefixes: &'static [&'static str],
    /// Abbreviations after which a period does not end a sentence (without the period).
    pub abbreviations: &'static [&'static str],
    /// Format phrases, most specific first: the first one found wins.
    pub formats: &'static [(&'static str, MeetingFormat)],
    /// Verbs that link the hosts to the guests in the opening sentence or headline.
    pub meeting_verbs: &'static [&'static str],
    /// How a derived title says each format ("Holds a Video Meeting with").
    pub title_phrases: &'static [(MeetingFormat, &'static str)],
    /// Title phrase when the format is unknown.
    pub title_default_phrase: &'static str,
    /// Capitalised words that belong to titles, not names ("Minister", "Affairs").
    pub role_words: &'static [&'static str],
    /// Lowercase words that may sit inside a title or a name when a capital follows.
    pub connectors: &'static [&'static str],
    /// Words that may stand before a guest's title or name ("met with visiting ...").
    pub lead_ins: &'static [&'static str],
    /// Reporting verbs and verb phrases that make a sentence's subject its speaker.
    pub reporting_verbs: &'static [&'static str],
    /// Single-word adverbs allowed between a speaker and its verb ("also", "further").
    pub adverbs: &'static [&'static str],
    /// Subjects that mean the parties together ("both sides", "they").
    pub joint_subjects: &'static [&'static str],
    /// Pronouns that refer to the last named speaker.
    pub pronouns: &'static [&'static str],
    /// Words after a nationality that make "the Chinese side" mean that country's official.
    pub side_words: &'static [&'static str],
    /// Ordinal words with their value ("first" = 1, "secondly" = 2).
    pub ordinals: &'static [(&'static str, u32)],
    /// Canonical country names that take "the" after "of" ("of the Republic of Korea").
    pub countries_with_article: &'static [&'static str],
    /// Countries, their aliases and adjectives.
    pub countries: &'static [Country],
    /// Built on first use: reporting verbs by first word, sorted.
    verb_index: OnceLock<Vec<(&'static str, &'static str)>>,
    /// Built on first use: lowercase words that may stand in a subject, sorted.
    subject_index: OnceLock<Vec<&'static str>>,
    /// Built on first use: every country form by first word, sorted: (first word, form,
    /// canonical name, is an adjective).
    country_index: OnceLock<Vec<CountryForm>>,
}

type CountryForm = (&'static str, &'static str, &'static str, bool);

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

    /// The value of an ordinal word ("Second" = 2).
    pub fn ordinal(&self, word: &str) -> Option<u32> {
        self.ordinals
            .iter()
            .find(|(o, _)| o.eq_ignore_ascii_case(word))
            .map(|&(_, n)| n)
    }

    /// The reporting verb phrases whose first word is `word` (lowercase, as in the text).
    pub fn verbs_from(&self, word: &str) -> &[(&'static str, &'static str)] {
        let index = self.verb_index.get_or_init(|| {
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
        let index = self.subject_index.get_or_init(|| {
            let phrases = self.joint_subjects.iter().chain(self.side_words);
            let mut v: Vec<&'static str> = phrases.flat_map(|p| p.split(' ')).collect();
            v.extend(self.connectors.iter().chain(self.adverbs));
            crate::core::sort::sort(&mut v);
            v.dedup();
            v
        });
        index.binary_search(&word).is_ok()
    }

    pub fn is_role_word(&self, word: &str) -> bool {
        self.role_words.contains(&word)
    }

    pub fn is_connector(&self, word: &str) -> bool {
        self.connectors.contains(&word)
    }

    /// The canonical country named by `phrase` exactly (name, alias or adjective).
    pub fn country(&self, phrase: &str) -> Option<&'static str> {
        let p = phrase.strip_prefix("the ").unwrap_or(phrase);
        self.countries
            .iter()
            .find(|c| c.name == p || c.aliases.contains(&p) || c.adjectives.contains(&p))
            .map(|c| c.name)
    }

    /// The longest country name, alias or adjective that `words` starts with: (canonical
    /// name, number of words used, whether it was an adjective).
    pub fn country_at(&self, words: &[&str]) -> Option<(&'static str, usize, bool)> {
        let first = *words.first()?;
        let index = self.country_index.get_or_init(|| {
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
