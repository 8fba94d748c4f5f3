//! The meeting views' static markup as documents ([`crate::core::doc`]): what the accounts
//! view, the versions view and the meeting page show, given their data, written by plain
//! functions. The UI puts them in the page (`ui::dom`) next to its interactive parts (export
//! buttons, the grouping corrections, topic buttons).
//!
//! - [`accounts`]: the summary of what the accounts disagree on, and the grid (a column per
//!   account, a row per topic).
//! - [`shares`]: each speaker's share of each account, and the formulations of each side.
//! - [`versions`]: the summary and the aligned table of two language versions, and whose
//!   versions are shown.
//! - [`page`]: the meeting page's header and its page not found, a card's list of a meeting's
//!   reports, the note on a readout's page naming the other reports of its meeting.
//!
//! Class names, `data-testid`s and texts are the ones the style sheets and the tests read.

pub mod accounts;
pub mod page;
pub mod shares;
pub mod versions;

use super::AccountsComparison;
use crate::core::model::Readout;
use crate::core::text::{possessive_s, with_country};

/// "China's account", "the United States' account" (a name ending in s takes an apostrophe).
pub fn possessive(name: &str) -> String {
    let the = if name.starts_with("United ") || name.starts_with("Republic ") {
        "the "
    } else {
        ""
    };
    format!("{the}{name}'{} account", possessive_s(name))
}

/// `s` with its first letter in upper case.
pub fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    // The names are English (publishers' countries): ASCII upper case spares the bundle the
    // Unicode case tables.
    c.next().map_or_else(String::new, |f| {
        let mut out = String::with_capacity(s.len());
        out.push(f.to_ascii_uppercase());
        out.push_str(c.as_str());
        out
    })
}

/// The account of `column` by its publisher ("China's account"), or by its readout's title.
pub fn account_name(cmp: &AccountsComparison, readouts: &[Readout], column: usize) -> String {
    let name = cmp.accounts[column]
        .publisher
        .clone()
        .or_else(|| {
            readouts
                .get(cmp.accounts[column].readout)
                .map(|r| r.title.clone())
        })
        .unwrap_or_default();
    possessive(&name)
}

/// The colour class of a country in this comparison: by the order of the accounts'
/// publishers, then of first appearance among the people.
pub fn country_class(cmp: &AccountsComparison, country: Option<&str>) -> &'static str {
    const CLASSES: [&str; 5] = ["sp-home", "sp-a", "sp-b", "sp-c", "sp-d"];
    let Some(country) = country else {
        return "sp-narration";
    };
    let mut order: Vec<&str> = cmp
        .accounts
        .iter()
        .filter_map(|a| a.publisher.as_deref())
        .collect();
    for p in &cmp.people {
        if let Some(c) = p.country.as_deref() {
            if !order.contains(&c) {
                order.push(c);
            }
        }
    }
    order
        .iter()
        .position(|c| *c == country)
        .map_or("sp-narration", |i| CLASSES[i % CLASSES.len()])
}

/// "John Carter (United States)", or the bare name when the country is unknown.
fn person_label(cmp: &AccountsComparison, person: usize) -> String {
    let p = &cmp.people[person];
    with_country(&p.name, p.country.as_deref())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_account_is_named_by_its_publisher_in_the_possessive() {
        assert_eq!(possessive("China"), "China's account");
        assert_eq!(possessive("United States"), "the United States' account");
        assert_eq!(
            capitalised(&possessive("United States")),
            "The United States' account"
        );
        assert_eq!(capitalised(""), "");
    }
}
