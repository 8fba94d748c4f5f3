//! The accounts view's report: what the accounts disagree on (topics one account alone reports;
//! what one account says the other side said that the other side's own account does not), and
//! the grid: a column per account, a row per topic, in each cell what that account reports
//! each participant said (stance badges, quotes linked to their sentences), "not mentioned"
//! where an account is silent. Then each speaker's share and the formulations ([`super::shares`]).
//!
//! A person has one colour in every column: the colour of their country, in the order of the
//! accounts' publishers (the first publisher's people are blue, the second's orange...).

use super::{account_name, capitalised, country_class, person_label, shares};
use crate::core::doc::Doc;
use crate::core::explore::Route;
use crate::core::meetings::accounts::Unreported;
use crate::core::meetings::AccountsComparison;
use crate::core::model::{date_label, Language, Readout, Speaker};
use crate::core::text::quote_window;
use crate::core::Span;

/// Quotes longer than this (bytes) are cut around the words that raised the topic.
const QUOTE_BYTES: usize = 260;

/// The accounts view below its buttons: the summary, the grid, the shares and formulations;
/// or why there is nothing to compare.
pub fn accounts_report(readouts: &[Readout], cmp: &AccountsComparison) -> Doc {
    let mut d = Doc::new();
    if cmp.accounts.len() < 2 {
        d.leaf("p", "empty", "This meeting has one account: there is nothing to set it against. Import the other side's readout of it to compare the accounts.");
        return d;
    }
    summary(&mut d, readouts, cmp);
    d.el("div", "compare-scroll");
    grid(&mut d, readouts, cmp);
    d.close();
    shares::shares(&mut d, readouts, cmp);
    d
}

/// What the accounts disagree on, in sentences an analyst can quote.
fn summary(d: &mut Doc, readouts: &[Readout], cmp: &AccountsComparison) {
    d.el("div", "compare-summary")
        .attr("data-testid", "accounts-summary");
    if cmp.only_one.is_empty() && cmp.unreported.is_empty() {
        d.leaf("p", "", "The accounts report the same topics, and each side reports its own people on every topic it is quoted on.");
    }
    if !cmp.only_one.is_empty() {
        d.open("p")
            .leaf("strong", "", "Topics one account alone reports")
            .close()
            .open("ul");
        for c in 0..cmp.accounts.len() {
            let topics: Vec<&str> = cmp
                .only_one
                .iter()
                .filter(|o| o.column == c)
                .map(|o| cmp.topic_label(&o.topic_id))
                .collect();
            if !topics.is_empty() {
                let lead = format!("Only in {}: ", account_name(cmp, readouts, c));
                d.open("li")
                    .leaf("strong", "", &lead)
                    .text(&topics.join(", "))
                    .close();
            }
        }
        d.close();
    }
    if !cmp.unreported.is_empty() {
        d.open("p")
            .leaf("strong", "", "What one account says the other side said")
            .close()
            .open("ul");
        for u in &cmp.unreported {
            unreported(d, readouts, cmp, u);
        }
        d.close();
    }
    d.close();
}

/// "China's account quotes John Carter (United States) on Taiwan (the quote); the United
/// States' account does not mention Taiwan."
fn unreported(d: &mut Doc, readouts: &[Readout], cmp: &AccountsComparison, u: &Unreported) {
    let topic = cmp.topic_label(&u.topic_id);
    let own = account_name(cmp, readouts, u.own_column);
    let teller = capitalised(&account_name(cmp, readouts, u.column));
    let who = person_label(cmp, u.person);
    d.open("li")
        .attr("data-testid", "unreported")
        .text(&format!("{teller} quotes {who} on {topic}"));
    let quote = u
        .positions
        .first()
        .zip(readouts.get(cmp.accounts[u.column].readout));
    if let Some((p, r)) = quote {
        let route = Route::Readout {
            id: r.id.clone(),
            sentence: Some(p.sentence),
        };
        d.text(" (")
            .open("a")
            .href(route)
            .text("the quote")
            .close()
            .text(")");
    }
    let gap = if u.own_silent {
        format!("; {own} does not mention {topic}.")
    } else {
        format!("; {own} reports nothing its own side said on it.")
    };
    d.text(&gap).close();
}

/// The table: a column per account, a row per topic.
fn grid(d: &mut Doc, readouts: &[Readout], cmp: &AccountsComparison) {
    d.el(
        "table",
        &format!("compare-grid cols-{}", cmp.accounts.len()),
    )
    .attr("data-testid", "accounts-grid")
    .open("thead")
    .open("tr")
    .open("th")
    .attr("scope", "col")
    .attr("class", "corner")
    .text("Topic")
    .close();
    for a in &cmp.accounts {
        let r = &readouts[a.readout];
        let route = Route::Readout {
            id: r.id.clone(),
            sentence: None,
        };
        d.open("th")
            .attr("scope", "col")
            .el("span", "col-publisher")
            .text(a.publisher.as_deref().unwrap_or("Unknown publisher"))
            .text(" ");
        if a.language != Language::English {
            d.leaf("span", "chip lang", a.language.label());
        }
        d.close()
            .leaf("span", "col-format", &date_label(r.date))
            .el("a", "col-who")
            .href(route)
            .text(&r.title)
            .close()
            .close();
    }
    d.close().close().open("tbody");
    for (k, row) in cmp.comparison.rows.iter().enumerate() {
        d.open("tr")
            .attr("data-topic", &row.topic_id)
            .open("th")
            .attr("scope", "row")
            .text(&row.label)
            .close();
        for c in 0..cmp.accounts.len() {
            cell(d, readouts, cmp, k, c);
        }
        d.close();
    }
    d.close().close();
}

/// One account's cell of row `k`: each person's positions, or "not mentioned".
fn cell(d: &mut Doc, readouts: &[Readout], cmp: &AccountsComparison, k: usize, c: usize) {
    let row = &cmp.comparison.rows[k];
    let label = cmp.accounts[c]
        .publisher
        .as_deref()
        .unwrap_or("Unknown publisher");
    let Some(r) = readouts.get(cmp.accounts[c].readout) else {
        return;
    };
    let Some(speakers) = row.cells.get(c).filter(|x| !x.is_empty()) else {
        d.el("td", "not-mentioned")
            .attr("data-label", label)
            .text("not mentioned")
            .close();
        return;
    };
    d.open("td").attr("data-label", label);
    for sp in speakers {
        let person = cmp.person(c, sp.speaker);
        let country = person.and_then(|p| cmp.people[p].country.as_deref());
        let class = match sp.speaker {
            Speaker::Joint => "sp-joint",
            _ => country_class(cmp, country),
        };
        let name = person.map_or_else(
            || r.speaker_name(sp.speaker).to_string(),
            |p| cmp.people[p].name.clone(),
        );
        d.el("div", &format!("speaker-block {class}"))
            .leaf("span", "who", &name);
        // "not in the United States' account": the person's own side does not report it.
        let unreported = person.and_then(|p| {
            cmp.unreported
                .iter()
                .find(|u| u.column == c && u.person == p && u.topic_id == row.topic_id)
        });
        if let Some(u) = unreported {
            let text = format!("not in {}", account_name(cmp, readouts, u.own_column));
            d.text(" ")
                .el("span", "flag")
                .attr("data-testid", "not-in-own")
                .text(&text)
                .close();
        }
        d.el("ul", "quotes");
        let mut seen = Vec::new();
        for p in &sp.positions {
            if !seen.contains(&p.sentence) {
                seen.push(p.sentence);
                quote(d, r, p.sentence, p.span, p.stance.name());
            }
        }
        d.close().close();
    }
    d.close();
}

/// A quoted sentence with its stance badge and a link to it in the readout.
fn quote(d: &mut Doc, r: &Readout, sentence: usize, focus: Span, stance: &'static str) {
    let whole = r
        .sentences
        .get(sentence)
        .map(|s| s.span)
        .unwrap_or_default();
    let shown = quote_window(&r.text, whole, focus, QUOTE_BYTES);
    let before = if shown.start > whole.start { "…" } else { "" };
    let after = if shown.end < whole.end { "…" } else { "" };
    let route = Route::Readout {
        id: r.id.clone(),
        sentence: Some(sentence),
    };
    d.open("li")
        .leaf("span", &format!("stance stance-{stance}"), stance)
        .text(" ")
        .open("q")
        .attr("title", r.sentence_text(sentence))
        .text(before)
        .text(shown.of(&r.text))
        .text(after)
        .close()
        .text(" ")
        .el("a", "source-link")
        .href(route)
        .attr("title", "Open this sentence in the readout")
        .text("in context")
        .close()
        .close();
}
