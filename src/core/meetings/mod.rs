//! Meetings: the readouts that report one meeting, grouped; the accounts of one meeting by
//! different publishers compared; the language versions of one readout aligned.
//!
//! - [`group`](mod@group): readouts -> [`Meetings`] (every readout in exactly one meeting), by
//!   date, participant countries, format and counterparts, or by the user's correction.
//! - [`corrections`]: the user's split and join, as label changes on the sources.
//! - [`people`]: whether two participants of two readouts are one person, in one script or two.
//! - [`align`]: a Gale-Church sentence alignment with anchors; [`versions`] uses it on two
//!   versions of one readout.
//! - [`accounts`]: the accounts comparison of one meeting (a column per publisher).
//! - [`export`]: Markdown and CSV of both comparisons.
//! - [`report`]: what the accounts and versions views show, as document trees.
//! - [`synth`]: synthetic meetings with the truth known, for the benchmark and quality figures.
//!
//! Everything works on readout indices into one slice, as `explore` does.

pub mod accounts;
pub mod align;
pub mod corrections;
pub mod export;
pub mod group;
pub mod people;
pub mod report;
pub mod synth;
pub mod versions;
mod zones;

pub use accounts::{accounts_comparison, AccountsComparison};
pub use group::{group_meetings, Meetings};
pub use versions::{compare_versions, Versions};

use crate::core::model::{Date, Language, Readout};
use serde::Serialize;

/// One meeting and the readouts that report it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Meeting {
    /// Indices into the readouts, by publisher (in name order, unknown last), then language
    /// (English, Chinese), then index.
    pub readouts: Vec<usize>,
    /// True when the user made this group (a split or a join) rather than the rules.
    pub corrected: bool,
}

/// The readouts one publisher issued about a meeting: one per language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Account<'a> {
    pub publisher: Option<&'a str>,
    /// Indices into the readouts, English first.
    pub readouts: Vec<usize>,
}

impl Meeting {
    /// The id by which links name the meeting: its first readout's. A link keeps working when
    /// the group changes, as the page looks the meeting up by any of its readouts.
    pub fn id<'a>(&self, readouts: &'a [Readout]) -> &'a str {
        self.readouts
            .first()
            .and_then(|&r| readouts.get(r))
            .map_or("", |r| r.id.as_str())
    }

    /// The earliest date of its readouts (publishers further east may date it a day later).
    pub fn date(&self, readouts: &[Readout]) -> Option<Date> {
        self.readouts
            .iter()
            .filter_map(|&r| readouts.get(r)?.date)
            .min()
    }

    /// The accounts, one per publisher, in the meeting's order.
    pub fn accounts<'a>(&self, readouts: &'a [Readout]) -> Vec<Account<'a>> {
        let mut out: Vec<Account> = Vec::new();
        for &r in &self.readouts {
            let publisher = readouts.get(r).and_then(|x| x.publisher.as_deref());
            match out.last_mut() {
                Some(a) if a.publisher == publisher => a.readouts.push(r),
                _ => out.push(Account {
                    publisher,
                    readouts: vec![r],
                }),
            }
        }
        out
    }

    /// The languages its readouts are in, English first, no repeats.
    pub fn languages(&self, readouts: &[Readout]) -> Vec<Language> {
        Language::ALL
            .into_iter()
            .filter(|l| {
                self.readouts
                    .iter()
                    .any(|&r| readouts.get(r).is_some_and(|x| x.language == *l))
            })
            .collect()
    }

    /// The accounts that come in two languages or more (the versions to align).
    pub fn versions<'a>(&self, readouts: &'a [Readout]) -> Vec<Account<'a>> {
        self.accounts(readouts)
            .into_iter()
            .filter(|a| {
                let first = readouts.get(a.readouts[0]).map(|r| r.language);
                a.readouts
                    .iter()
                    .any(|&r| readouts.get(r).map(|x| x.language) != first)
            })
            .collect()
    }

    /// For each account, the readout its column shows: the English version when there is one
    /// (the page and the exports are in English), else the first.
    pub fn account_columns(&self, readouts: &[Readout]) -> Vec<usize> {
        self.accounts(readouts)
            .iter()
            .map(|a| {
                a.readouts
                    .iter()
                    .copied()
                    .find(|&r| {
                        readouts
                            .get(r)
                            .is_some_and(|x| x.language == Language::English)
                    })
                    .unwrap_or(a.readouts[0])
            })
            .collect()
    }
}

/// Readouts built by hand for the tests of this module and of `tests/`: a Chinese-language
/// readout needs no parser to be grouped or aligned.
pub mod testing {
    use crate::core::analyse::testing::readout_with;
    use crate::core::model::{Date, Language, MeetingFormat, Readout, Speaker};

    /// A readout `id` published by `publisher` in `language`, dated `date` (`"YYYY-MM-DD"`, or
    /// "" for none), a phone call between `participants` `(name, role, country)`, with one
    /// narration sentence.
    pub fn account(
        id: &str,
        publisher: &str,
        language: Language,
        date: &str,
        participants: &[(&str, &str, &str)],
    ) -> Readout {
        let people: Vec<(&str, &str)> = participants.iter().map(|p| (p.0, p.2)).collect();
        let mut r = readout_with(
            id,
            Date::parse_iso(date),
            &people,
            &[(Speaker::Narration, "They spoke.")],
        );
        for (p, (_, role, _)) in r.participants.iter_mut().zip(participants) {
            p.role = role.to_string();
        }
        r.publisher = Some(publisher.to_string());
        r.language = language;
        r.format = Some(MeetingFormat::PhoneCall);
        r
    }
}

#[cfg(test)]
mod tests {
    use super::testing::account;
    use super::*;

    #[test]
    fn a_meeting_lists_its_accounts_versions_and_languages() {
        let us = ("John Carter", "Secretary of State", "United States");
        let cn = ("Wang Ming", "Foreign Minister", "China");
        let rs = vec![
            account(
                "a",
                "China",
                Language::Chinese,
                "2021-03-04",
                &[("王明", "外长", "China")],
            ),
            account("b", "China", Language::English, "2021-03-04", &[cn, us]),
            account(
                "c",
                "United States",
                Language::English,
                "2021-03-03",
                &[us, cn],
            ),
        ];
        let m = Meeting {
            readouts: vec![1, 0, 2],
            corrected: false,
        };
        assert_eq!(m.id(&rs), "b");
        assert_eq!(m.date(&rs), Date::new(2021, 3, 3));
        let accounts = m.accounts(&rs);
        assert_eq!(accounts.len(), 2);
        assert_eq!(
            (accounts[0].publisher, accounts[0].readouts.as_slice()),
            (Some("China"), &[1, 0][..])
        );
        assert_eq!(m.languages(&rs), [Language::English, Language::Chinese]);
        assert_eq!(m.versions(&rs).len(), 1);
        assert_eq!(m.account_columns(&rs), [1, 2]);
    }
}
