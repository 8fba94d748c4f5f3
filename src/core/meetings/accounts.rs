//! The accounts of one meeting compared: a column per account (one readout per publisher),
//! a row per topic, and what the accounts disagree on.
//!
//! Takes the readouts, the corpus analysis, the lexicon and the columns (readout indices, one
//! per publisher, as `Meeting::account_columns` picks them); gives [`AccountsComparison`]: the
//! topic comparison of [`compare`] (cells, stances, quotes by sentence, silences) plus
//! - the people of the meeting matched across the accounts (in one script or two), so that the
//!   same person is one row of the key and one colour;
//! - topics only one account reports;
//! - what one account says the *other* side said that the other side's own account does not
//!   report (China's account quotes the US Secretary on Taiwan; the US account says nothing of
//!   its own on Taiwan);
//! - each account's sentences by speaker (sentence share);
//! - the formulations each side's sentences use in each account.
//!
//! Accounts in different languages meet through the lexicon's topic ids, shared by both
//! languages, and through the people matched here.

use super::people::match_participants;
use crate::core::analyse::{
    compare, Comparison, CorpusAnalysis, FormulationRef, Lexicon, Mode, Position,
};
use crate::core::model::{Language, Readout, Speaker};
use serde::Serialize;

/// At most this many formulations are listed per side and account.
const FORMULATIONS_PER_SIDE: usize = 12;

/// One account: a readout and who published it, in which language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AccountColumn {
    pub readout: usize,
    pub publisher: Option<String>,
    pub language: Language,
}

/// One person of the meeting, as the accounts name them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Person {
    /// The name to show: a Latin-script name when an account gives one.
    pub name: String,
    pub country: Option<String>,
    /// Per column, the participant index in that account's readout.
    pub participant: Vec<Option<usize>>,
}

/// A topic only one account reports.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OnlyOne {
    pub topic_id: String,
    /// The column that reports it.
    pub column: usize,
}

/// Something an account reports a person of the other side saying on a topic, on which the
/// other side's own account reports nothing of its own people.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Unreported {
    pub topic_id: String,
    /// The account that reports it.
    pub column: usize,
    /// Index into `people`.
    pub person: usize,
    /// The other side's own account.
    pub own_column: usize,
    /// True when the own account does not raise the topic at all.
    pub own_silent: bool,
    /// What the reporting account says the person said.
    pub positions: Vec<Position>,
}

/// How many of an account's sentences a speaker gets.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Share {
    pub speaker: Speaker,
    /// Index into `people` for a participant.
    pub person: Option<usize>,
    pub sentences: usize,
    /// Share of the account's sentences, in tenths of a percent.
    pub per_mille: u32,
}

/// The formulations one side's sentences use in one account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SideFormulations {
    /// The side's country, or `None` for what both sides said together.
    pub country: Option<String>,
    pub formulations: Vec<FormulationRef>,
}

/// See the module documentation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AccountsComparison {
    /// Columns, rows by topic, cells, silences and shared formulations.
    #[serde(flatten)]
    pub comparison: Comparison,
    /// Per column, the account.
    pub accounts: Vec<AccountColumn>,
    pub people: Vec<Person>,
    pub only_one: Vec<OnlyOne>,
    pub unreported: Vec<Unreported>,
    /// Per column, the sentences of each speaker, in participant order, then both sides and
    /// narration.
    pub shares: Vec<Vec<Share>>,
    /// Per column, the formulations of each side.
    pub formulations: Vec<Vec<SideFormulations>>,
}

impl AccountsComparison {
    /// The label of a topic of the comparison's rows (the id when no row has it).
    pub fn topic_label<'a>(&'a self, id: &'a str) -> &'a str {
        self.comparison
            .rows
            .iter()
            .find(|r| r.topic_id == id)
            .map_or(id, |r| r.label.as_str())
    }

    /// The person who is `speaker` of column `column`.
    pub fn person(&self, column: usize, speaker: Speaker) -> Option<usize> {
        let Speaker::Person(p) = speaker else {
            return None;
        };
        self.people
            .iter()
            .position(|x| x.participant.get(column).copied().flatten() == Some(p))
    }
}

/// The people of the columns, each matched to one already found when the names, surnames or
/// offices say they are one (see [`match_participants`]).
fn people(readouts: &[Readout], columns: &[usize]) -> Vec<Person> {
    let n = columns.len();
    let mut people: Vec<Person> = Vec::new();
    for (k, &c) in columns.iter().enumerate() {
        let r = &readouts[c];
        let mut mine: Vec<Option<usize>> = vec![None; r.participants.len()];
        for (j, &d) in columns[..k].iter().enumerate() {
            let m = match_participants(r, &readouts[d]);
            for (p, q) in m.iter().enumerate() {
                let Some(q) = q else { continue };
                if mine[p].is_some() {
                    continue;
                }
                let found = people.iter().position(|x| x.participant[j] == Some(*q));
                if let Some(x) = found.filter(|&x| people[x].participant[k].is_none()) {
                    people[x].participant[k] = Some(p);
                    mine[p] = Some(x);
                }
            }
        }
        // A name that is only a title ("Prime Minister", in the UK's readouts) gives way to the
        // other accounts' name of the person.
        let title_only = |x: &Person| {
            x.participant.iter().zip(columns).any(|(p, &c)| {
                p.and_then(|p| readouts[c].participants.get(p))
                    .is_some_and(|q| q.name == x.name && q.name == q.role)
            })
        };
        for (p, participant) in r.participants.iter().enumerate() {
            match mine[p] {
                Some(x) => {
                    let latin = !participant.name.chars().any(crate::core::parse::is_han);
                    let named = participant.name != participant.role;
                    let shown = &people[x];
                    let shown_han = shown.name.chars().any(crate::core::parse::is_han);
                    let better =
                        shown_han || title_only(shown) || participant.name.len() > shown.name.len();
                    if latin && named && better {
                        people[x].name = participant.name.clone();
                    }
                }
                None => {
                    let mut participant_of = vec![None; n];
                    participant_of[k] = Some(p);
                    people.push(Person {
                        name: participant.name.clone(),
                        country: participant.country.clone(),
                        participant: participant_of,
                    });
                }
            }
        }
    }
    people
}

/// The country of a speaker of readout `r`.
fn country_of(r: &Readout, speaker: Speaker) -> Option<&str> {
    match speaker {
        Speaker::Person(p) => r.participants.get(p)?.country.as_deref(),
        _ => None,
    }
}

/// Compares the accounts `columns` (readout indices) of one meeting.
pub fn accounts_comparison(
    readouts: &[Readout],
    corpus: &CorpusAnalysis,
    lexicon: &Lexicon,
    columns: &[usize],
) -> AccountsComparison {
    let comparison = compare(readouts, corpus, lexicon, columns, &Mode::AllSpeakers);
    let cols: Vec<usize> = comparison.columns.iter().map(|c| c.readout).collect();
    let people = people(readouts, &cols);
    let mut out = AccountsComparison {
        accounts: cols
            .iter()
            .map(|&c| AccountColumn {
                readout: c,
                publisher: readouts[c].publisher.clone(),
                language: readouts[c].language,
            })
            .collect(),
        people,
        only_one: Vec::new(),
        unreported: Vec::new(),
        shares: Vec::new(),
        formulations: Vec::new(),
        comparison,
    };
    let n = cols.len();
    for row in &out.comparison.rows {
        if n >= 2 && row.silent.len() == n - 1 {
            let column = (0..n).find(|c| !row.silent.contains(c)).unwrap_or(0);
            out.only_one.push(OnlyOne {
                topic_id: row.topic_id.clone(),
                column,
            });
        }
    }
    out.unreported = unreported(readouts, &out);
    out.shares = cols
        .iter()
        .enumerate()
        .map(|(k, &c)| shares(&readouts[c], &out, k))
        .collect();
    out.formulations = cols
        .iter()
        .map(|&c| side_formulations(&readouts[c], corpus, c))
        .collect();
    out
}

/// What each account reports the other side's people saying, topic by topic, where that
/// side's own account reports none of its own people on the topic.
fn unreported(readouts: &[Readout], cmp: &AccountsComparison) -> Vec<Unreported> {
    let mut out = Vec::new();
    let publisher = |c: usize| cmp.accounts[c].publisher.as_deref();
    for row in &cmp.comparison.rows {
        for (c, cell) in row.cells.iter().enumerate() {
            let r = &readouts[cmp.accounts[c].readout];
            for sp in cell {
                let Some(country) = country_of(r, sp.speaker) else {
                    continue;
                };
                if Some(country) == publisher(c) {
                    continue;
                }
                let Some(person) = cmp.person(c, sp.speaker) else {
                    continue;
                };
                for own in (0..cmp.accounts.len()).filter(|&d| publisher(d) == Some(country)) {
                    let own_readout = &readouts[cmp.accounts[own].readout];
                    let says_own = row.cells[own]
                        .iter()
                        .any(|x| country_of(own_readout, x.speaker) == Some(country));
                    if !says_own {
                        out.push(Unreported {
                            topic_id: row.topic_id.clone(),
                            column: c,
                            person,
                            own_column: own,
                            own_silent: row.cells[own].is_empty(),
                            positions: sp.positions.clone(),
                        });
                    }
                }
            }
        }
    }
    out
}

/// The sentences of each speaker of one account.
fn shares(r: &Readout, cmp: &AccountsComparison, column: usize) -> Vec<Share> {
    let total = r.sentences.len().max(1);
    let speakers = (0..r.participants.len())
        .map(Speaker::Person)
        .chain([Speaker::Joint, Speaker::Narration]);
    speakers
        .map(|speaker| {
            let sentences = r.sentences.iter().filter(|s| s.speaker == speaker).count();
            Share {
                speaker,
                person: cmp.person(column, speaker),
                sentences,
                per_mille: ((sentences * 1000 + total / 2) / total) as u32,
            }
        })
        .filter(|s| s.sentences > 0)
        .collect()
}

/// The formulations each side's sentences use in readout `r` (corpus index `c`): by country of
/// the speaker, then what both sides said together; narration left out.
fn side_formulations(r: &Readout, corpus: &CorpusAnalysis, c: usize) -> Vec<SideFormulations> {
    let mut sides: Vec<SideFormulations> = Vec::new();
    let pairs = corpus
        .sentence_formulations
        .get(c)
        .map(Vec::as_slice)
        .unwrap_or(&[]);
    for &(s, f) in pairs {
        let Some(sentence) = r.sentences.get(s) else {
            continue;
        };
        let country = match sentence.speaker {
            Speaker::Narration => continue,
            Speaker::Joint => None,
            speaker => match country_of(r, speaker) {
                Some(c) => Some(c.to_string()),
                None => continue,
            },
        };
        let at = match sides.iter().position(|x| x.country == country) {
            Some(at) => at,
            None => {
                sides.push(SideFormulations {
                    country,
                    formulations: Vec::new(),
                });
                sides.len() - 1
            }
        };
        let list = &mut sides[at].formulations;
        if list.len() < FORMULATIONS_PER_SIDE && !list.iter().any(|x| x.formulation == f) {
            list.push(FormulationRef {
                formulation: f,
                text: corpus.formulations[f].text.clone(),
            });
        }
    }
    crate::core::sort::sort_by_key(&mut sides, |s| s.country.is_none());
    sides
}
