//! The accounts comparison as Markdown, CSV and JSON.

use super::{account_name, language_name};
use crate::core::analyse::export::{
    comparison_export, csv_record, md_cell, shorten, Quote, NOT_MENTIONED,
};
use crate::core::meetings::accounts::AccountsComparison;
use crate::core::model::{Language, Readout, Speaker};
use crate::core::text::with_country;
use serde::Serialize;
// Writing to a `String` never fails: the `fmt::Result`s are dropped.
use std::fmt::Write as _;

/// Column headings: the publisher, with the language when it is not English.
fn headers(cmp: &AccountsComparison, readouts: &[Readout]) -> Vec<String> {
    cmp.accounts
        .iter()
        .map(|a| {
            let name = readouts
                .get(a.readout)
                .map(account_name)
                .unwrap_or_default();
            match a.language {
                Language::English => name,
                l => format!("{name} ({})", language_name(l)),
            }
        })
        .collect()
}

/// The name of a speaker of column `column`, as the meeting's people list names them.
fn speaker_name(
    cmp: &AccountsComparison,
    readouts: &[Readout],
    column: usize,
    speaker: Speaker,
) -> String {
    match cmp.person(column, speaker) {
        Some(p) => cmp.people[p].name.clone(),
        None => readouts
            .get(cmp.accounts[column].readout)
            .map_or("", |r| r.speaker_name(speaker))
            .to_string(),
    }
}

fn sentence<'a>(
    readouts: &'a [Readout],
    cmp: &AccountsComparison,
    column: usize,
    s: usize,
) -> &'a str {
    readouts
        .get(cmp.accounts[column].readout)
        .map_or("", |r| r.sentence_text(s))
}

/// The accounts comparison as Markdown: the accounts, a table with a row per topic and a
/// column per account (*not mentioned* for silences), then the topics one account alone
/// reports, what an account says the other side said that the other side does not, the
/// sentence share of each speaker and the formulations of each side.
// Long: one Markdown document written top to bottom, a section after another, as it reads.
pub fn accounts_markdown(cmp: &AccountsComparison, readouts: &[Readout]) -> String {
    let heads = headers(cmp, readouts);
    let date = cmp
        .comparison
        .columns
        .iter()
        .filter_map(|c| c.date)
        .min()
        .map_or_else(|| "undated".to_string(), |d| d.to_string());
    let mut md = format!(
        "# Accounts of one meeting ({date}): {}\n\n",
        md_cell(&heads.join(" · "))
    );
    for (k, a) in cmp.accounts.iter().enumerate() {
        let Some(r) = readouts.get(a.readout) else {
            continue;
        };
        let day = r
            .date
            .map_or_else(|| "undated".to_string(), |d| d.to_string());
        let _ = writeln!(
            md,
            "- {}: {} ({day})",
            md_cell(&heads[k]),
            md_cell(&r.title)
        );
    }
    md.push_str("\n| Topic |");
    for h in &heads {
        let _ = write!(md, " {} |", md_cell(h));
    }
    let _ = writeln!(md, "\n| --- |{}", " --- |".repeat(heads.len()));
    for row in &cmp.comparison.rows {
        let _ = write!(md, "| {} |", md_cell(&row.label));
        for (k, cell) in row.cells.iter().enumerate() {
            let text = if cell.is_empty() {
                format!("*{NOT_MENTIONED}*")
            } else {
                cell.iter()
                    .flat_map(|sp| sp.positions.iter().map(move |p| (sp, p)))
                    .map(|(sp, p)| {
                        let who = speaker_name(cmp, readouts, k, sp.speaker);
                        let q = shorten(sentence(readouts, cmp, k, p.sentence));
                        md_cell(&format!("{who} ({}): “{q}”", p.stance.name()))
                    })
                    .collect::<Vec<_>>()
                    .join("<br>")
            };
            let _ = write!(md, " {text} |");
        }
        md.push('\n');
    }
    md.push_str("\n## Topics only one account reports\n\n");
    if cmp.only_one.is_empty() {
        md.push_str("*None.*\n");
    }
    for o in &cmp.only_one {
        let label = cmp.topic_label(&o.topic_id);
        let _ = writeln!(
            md,
            "- {}: only {}",
            md_cell(label),
            md_cell(&heads[o.column])
        );
    }
    md.push_str("\n## What one account says the other side said\n\n");
    if cmp.unreported.is_empty() {
        md.push_str("*None.*\n");
    }
    for u in &cmp.unreported {
        let label = cmp.topic_label(&u.topic_id);
        let own = if u.own_silent {
            "does not mention the topic"
        } else {
            "reports nothing its own side said on it"
        };
        let quotes: Vec<String> = u
            .positions
            .iter()
            .map(|p| {
                format!(
                    "“{}”",
                    shorten(sentence(readouts, cmp, u.column, p.sentence))
                )
            })
            .collect();
        md.push_str(&md_cell(&format!(
            "- {label}: {} reports {} saying {}; {} {own}.",
            heads[u.column],
            cmp.people[u.person].name,
            quotes.join(" "),
            heads[u.own_column],
        )));
        md.push('\n');
    }
    md.push_str(&share_table(cmp, &heads));
    md.push_str("\n## Formulations by side\n\n");
    for (k, sides) in cmp.formulations.iter().enumerate() {
        for side in sides {
            let who = side.country.as_deref().unwrap_or("Both sides");
            let list: Vec<&str> = side.formulations.iter().map(|f| f.text.as_str()).collect();
            let _ = writeln!(
                md,
                "- {} account, {}: {}",
                md_cell(&heads[k]),
                md_cell(who),
                md_cell(&list.join("; "))
            );
        }
    }
    md
}

/// The sentence share table: a row per person (then both sides, narration), a column per account.
fn share_table(cmp: &AccountsComparison, heads: &[String]) -> String {
    let mut md = String::from("\n## Sentence share\n\n| Speaker |");
    for h in heads {
        let _ = write!(md, " {} |", md_cell(h));
    }
    let _ = writeln!(md, "\n| --- |{}", " ---: |".repeat(heads.len()));
    let mut line = |label: String, pick: &dyn Fn(usize) -> Option<(usize, u32)>| {
        let _ = write!(md, "| {} |", md_cell(&label));
        for k in 0..heads.len() {
            match pick(k) {
                Some((n, pm)) => {
                    let _ = write!(md, " {}.{}% ({n}) |", pm / 10, pm % 10);
                }
                None => md.push_str(" — |"),
            }
        }
        md.push('\n');
    };
    let of = |k: usize, f: &dyn Fn(&crate::core::meetings::accounts::Share) -> bool| {
        cmp.shares[k]
            .iter()
            .find(|s| f(s))
            .map(|s| (s.sentences, s.per_mille))
    };
    for (p, person) in cmp.people.iter().enumerate() {
        let label = with_country(&person.name, person.country.as_deref());
        line(label, &|k| of(k, &|s| s.person == Some(p)));
    }
    line("Both sides".into(), &|k| {
        of(k, &|s| s.speaker == Speaker::Joint)
    });
    line("Narration".into(), &|k| {
        of(k, &|s| s.speaker == Speaker::Narration)
    });
    md
}

/// The accounts comparison as CSV: one record per position, with the account, its language,
/// the speaker and the speaker's country; one record with stance `not mentioned` for each topic
/// an account leaves out.
pub fn accounts_csv(cmp: &AccountsComparison, readouts: &[Readout]) -> String {
    let heads = headers(cmp, readouts);
    let mut csv = String::new();
    csv_record(
        &mut csv,
        &[
            "topic_id",
            "topic",
            "account",
            "language",
            "speaker",
            "speaker_country",
            "stance",
            "sentence",
        ],
    );
    for row in &cmp.comparison.rows {
        for (k, cell) in row.cells.iter().enumerate() {
            let language = cmp.accounts[k].language.code();
            let account = [row.topic_id.as_str(), &row.label, &heads[k], language];
            if cell.is_empty() {
                csv_record(
                    &mut csv,
                    &[&account[..], &["", "", NOT_MENTIONED, ""][..]].concat(),
                );
            }
            let r = readouts.get(cmp.accounts[k].readout);
            for sp in cell {
                let who = speaker_name(cmp, readouts, k, sp.speaker);
                let country = match sp.speaker {
                    Speaker::Person(p) => r.and_then(|r| r.participants.get(p)?.country.clone()),
                    _ => None,
                }
                .unwrap_or_default();
                for p in &sp.positions {
                    let rest = [
                        who.as_str(),
                        &country,
                        p.stance.name(),
                        sentence(readouts, cmp, k, p.sentence),
                    ];
                    csv_record(&mut csv, &[&account[..], &rest[..]].concat());
                }
            }
        }
    }
    csv
}

/// The JSON export: the [`AccountsComparison`], plus the sentences its positions quote.
#[derive(Serialize)]
struct AccountsExport<'a> {
    #[serde(flatten)]
    accounts: &'a AccountsComparison,
    quotes: Vec<Quote<'a>>,
}

/// The accounts comparison as pretty JSON.
pub fn accounts_json(cmp: &AccountsComparison, readouts: &[Readout]) -> String {
    let quotes = comparison_export(&cmp.comparison, readouts).quotes;
    // The model has no map with non-string keys and no failing `Serialize`.
    serde_json::to_string_pretty(&AccountsExport {
        accounts: cmp,
        quotes,
    })
    .expect("an accounts comparison always serialises")
}
