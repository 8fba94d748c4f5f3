//! Language knowledge for the parser, kept apart from the logic.
//!
//! Takes nothing, gives [`Lang`]: static tables of words and phrases (reporting verbs, month
//! names, format words, page chrome, countries, ordinals...). The stages only read these tables,
//! so another language (a Chinese table with `。`, `表示`/`指出`/`说`, `2021年3月3日`) is a new
//! file here, not a rewrite of the stages.

pub mod en;

use crate::core::model::MeetingFormat;

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
    /// Reporting verbs and verb phrases that make a sentence's subject its speaker.
    pub reporting_verbs: &'static [&'static str],
    /// Adverbs allowed between a speaker and its verb ("also", "further").
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
        let mut best: Option<(&'static str, usize, bool)> = None;
        for c in self.countries {
            let forms = std::iter::once((c.name, false))
                .chain(c.aliases.iter().map(|a| (*a, false)))
                .chain(c.adjectives.iter().map(|a| (*a, true)));
            for (form, adj) in forms {
                let n = form.split(' ').count();
                if n > words.len() || best.is_some_and(|b| b.1 >= n) {
                    continue;
                }
                if form.split(' ').zip(words).all(|(f, w)| f == *w) {
                    best = Some((c.name, n, adj));
                }
            }
        }
        best
    }
}
