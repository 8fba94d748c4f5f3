//! How much of each account each speaker gets (sentence share), and the formulations each side
//! uses in each account: the part of the accounts report below the grid.

use super::{account_name, capitalised, country_class, person_label};
use crate::core::doc::Doc;
use crate::core::meetings::accounts::Share;
use crate::core::meetings::AccountsComparison;
use crate::core::model::{Readout, Speaker};

/// "45.5 % · 9 sentences", from tenths of a percent.
fn share_label(s: &Share) -> String {
    let sentences = if s.sentences == 1 {
        "sentence"
    } else {
        "sentences"
    };
    format!(
        "{}.{} % · {} {sentences}",
        s.per_mille / 10,
        s.per_mille % 10,
        s.sentences
    )
}

/// The sentence shares and the formulations by side of one accounts comparison.
pub fn shares(d: &mut Doc, readouts: &[Readout], cmp: &AccountsComparison) {
    d.el("section", "account-shares")
        .attr("aria-labelledby", "shares-heading")
        .open("h2")
        .attr("id", "shares-heading")
        .text("Who gets how much of each account")
        .close()
        .leaf(
            "p",
            "note",
            "Each speaker's share of the account's sentences.",
        )
        .el("div", "compare-scroll")
        .el("table", "share-table")
        .attr("data-testid", "share-table")
        .open("thead")
        .open("tr")
        .open("th")
        .attr("scope", "col")
        .text("Speaker")
        .close();
    for c in 0..cmp.accounts.len() {
        d.open("th")
            .attr("scope", "col")
            .text(&capitalised(&account_name(cmp, readouts, c)))
            .close();
    }
    d.close().close().open("tbody");
    share_rows(d, cmp);
    d.close()
        .close()
        .close()
        .leaf("h2", "", "Formulations each side uses")
        .leaf(
            "p",
            "note",
            "Recurring phrases of the whole collection found in each side's sentences.",
        )
        .el("div", "side-phrases");
    side_formulations(d, readouts, cmp);
    d.close().close();
}

/// The share table's rows: a row per person, then both sides and narration; a cell per account.
fn share_rows(d: &mut Doc, cmp: &AccountsComparison) {
    let n = cmp.accounts.len();
    let mut lines: Vec<(String, &'static str, Vec<Option<&Share>>)> = (0..cmp.people.len())
        .map(|p| {
            let cells = (0..n)
                .map(|c| cmp.shares[c].iter().find(|s| s.person == Some(p)))
                .collect();
            let class = country_class(cmp, cmp.people[p].country.as_deref());
            (person_label(cmp, p), class, cells)
        })
        .collect();
    for (label, speaker, class) in [
        ("Both sides", Speaker::Joint, "sp-joint"),
        ("Narration", Speaker::Narration, "sp-narration"),
    ] {
        let cells = (0..n)
            .map(|c| cmp.shares[c].iter().find(|s| s.speaker == speaker))
            .collect();
        lines.push((label.to_string(), class, cells));
    }
    for (label, class, cells) in lines {
        if cells.iter().all(Option::is_none) {
            continue;
        }
        d.open("tr")
            .open("th")
            .attr("scope", "row")
            .text(&label)
            .close();
        for s in cells {
            match s {
                Some(s) => d
                    .open("td")
                    .el("span", &format!("share-bar {class}"))
                    .style("width", &format!("{}%", s.per_mille.div_ceil(10)))
                    .close()
                    .leaf("span", "share-figure", &share_label(s))
                    .close(),
                None => d.leaf("td", "share-none", "—"),
            };
        }
        d.close();
    }
}

/// Per account, the formulations each side uses in it.
fn side_formulations(d: &mut Doc, readouts: &[Readout], cmp: &AccountsComparison) {
    for (c, sides) in cmp.formulations.iter().enumerate() {
        let heading = capitalised(&account_name(cmp, readouts, c));
        d.el("section", "account-formulations")
            .leaf("h3", "", &heading);
        for side in sides {
            let (who, class) = match &side.country {
                Some(country) => (country.as_str(), country_class(cmp, Some(country))),
                None => ("Both sides", "sp-joint"),
            };
            d.el("div", &format!("side-formulations speaker-block {class}"))
                .leaf("span", "who", who)
                .el("ul", "chips");
            for f in &side.formulations {
                d.leaf("li", "chip side-phrase", &f.text);
            }
            d.close().close();
        }
        if sides.is_empty() {
            d.leaf("p", "note", "No recurring formulation.");
        }
        d.close();
    }
}
