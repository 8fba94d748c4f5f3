//! The accounts of one meeting side by side: a column per publisher's account, a row per
//! topic, in each cell what that account reports each participant said (stance badges, quotes
//! linked to their sentences), "not mentioned" where an account is silent. Above the grid, what
//! the accounts disagree on: topics one account alone reports, and what one account says the
//! other side said that the other side's own account does not. Below it, each speaker's share
//! of each account and the formulations each side uses (`AccountShares`).
//!
//! A person has one colour in every column: the colour of their country, in the order of the
//! accounts' publishers (the first publisher's people are blue, the second's orange...).

use crate::core::explore::Route;
use crate::core::meetings::export::{accounts_csv, accounts_markdown};
use crate::core::meetings::{accounts_comparison, AccountsComparison};
use crate::core::model::{Language, Readout, Speaker};
use crate::core::text::quote_window;
use crate::ui::components::meeting_readouts::{capitalised, possessive};
use crate::ui::components::{AccountShares, ExportButtons};
use crate::ui::format::{date_label, route_href};
use crate::ui::state::{Corpus, Data};
use leptos::prelude::*;
use std::sync::Arc;

/// Quotes longer than this (bytes) are cut around the words that raised the topic.
const QUOTE_BYTES: usize = 260;

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

/// "China's account", "the United States' account" (a name ending in s takes an apostrophe).
pub fn account_name(cmp: &AccountsComparison, data: &Data, column: usize) -> String {
    let name = cmp.accounts[column]
        .publisher
        .clone()
        .or_else(|| {
            data.readouts
                .get(cmp.accounts[column].readout)
                .map(|r| r.title.clone())
        })
        .unwrap_or_default();
    possessive(&name)
}

/// The accounts comparison of the meeting that readout `id` belongs to.
#[component]
pub fn AccountsView(
    /// The id of one of the meeting's readouts.
    id: String,
) -> impl IntoView {
    let corpus = expect_context::<Corpus>();
    // Shared, not compared: a new comparison comes only from new data, and cloning or
    // comparing the whole comparison would be code in the bundle for nothing.
    let comparison = Memo::new_with_compare(
        move |_| {
            let data = corpus.data.get();
            // The formulations of each side arrive after a load, in place.
            corpus.formulations_found.track();
            let columns = data
                .meetings
                .find(&data.readouts, &id)
                .and_then(|m| data.meetings.meetings.get(m))
                .map(|m| m.account_columns(&data.readouts))
                .unwrap_or_default();
            Arc::new(accounts_comparison(
                &data.readouts,
                &data.analysis,
                &data.lexicon,
                &columns,
            ))
        },
        |_, _| true,
    );
    let make = move |ext: &'static str| {
        let data = corpus.data.get_untracked();
        comparison.with_untracked(|cmp| match ext {
            "md" => accounts_markdown(cmp, &data.readouts),
            _ => accounts_csv(cmp, &data.readouts),
        })
    };
    let body = move || {
        let data = corpus.data.get();
        let cmp = comparison.get();
        if cmp.accounts.len() < 2 {
            return view! {
                <p class="empty">"This meeting has one account: there is nothing to set it against. Import the other side's readout of it to compare the accounts."</p>
            }
            .into_any();
        }
        view! {
            {summary(&data, &cmp)}
            <div class="compare-scroll">{grid(&data, &cmp)}</div>
            <AccountShares comparison=cmp.clone() />
        }
        .into_any()
    };

    view! {
        <div class="accounts-view" data-testid="accounts-view">
            <div class="compare-controls">
                <ExportButtons stem="accounts" make=Callback::new(make) no_json=true />
            </div>
            {body}
        </div>
    }
}

/// What the accounts disagree on, in sentences an analyst can quote.
fn summary(data: &Data, cmp: &AccountsComparison) -> impl IntoView {
    let only = (0..cmp.accounts.len())
        .filter_map(|c| {
            let topics: Vec<&str> = cmp
                .only_one
                .iter()
                .filter(|o| o.column == c)
                .map(|o| cmp.topic_label(&o.topic_id))
                .collect();
            (!topics.is_empty()).then(|| {
                view! { <li><strong>{format!("Only in {}: ", account_name(cmp, data, c))}</strong>{topics.join(", ")}</li> }
            })
        })
        .collect_view();
    let said = cmp
        .unreported
        .iter()
        .map(|u| {
            let person = &cmp.people[u.person];
            let who = match &person.country {
                Some(c) => format!("{} ({c})", person.name),
                None => person.name.clone(),
            };
            let own = account_name(cmp, data, u.own_column);
            let gap = if u.own_silent {
                format!("{own} does not mention {}.", cmp.topic_label(&u.topic_id))
            } else {
                format!("{own} reports nothing its own side said on it.")
            };
            let link = u.positions.first().and_then(|p| {
                let r = data.readouts.get(cmp.accounts[u.column].readout)?;
                Some(route_href(Route::Readout {
                    id: r.id.clone(),
                    sentence: Some(p.sentence),
                }))
            });
            view! {
                <li data-testid="unreported">
                    {format!("{} quotes {who} on {}", capitalised(&account_name(cmp, data, u.column)), cmp.topic_label(&u.topic_id))}
                    {link.map(|href| view! { " (" <a href=href>"the quote"</a> ")" })}
                    {format!("; {gap}")}
                </li>
            }
        })
        .collect_view();
    let none = cmp.only_one.is_empty() && cmp.unreported.is_empty();
    view! {
        <div class="compare-summary" data-testid="accounts-summary">
            {none.then(|| view! { <p>"The accounts report the same topics, and each side reports its own people on every topic it is quoted on."</p> })}
            {(!cmp.only_one.is_empty()).then(|| view! { <p><strong>"Topics one account alone reports"</strong></p><ul>{only}</ul> })}
            {(!cmp.unreported.is_empty()).then(|| view! { <p><strong>"What one account says the other side said"</strong></p><ul>{said}</ul> })}
        </div>
    }
}

/// The table: a column per account, a row per topic.
fn grid(data: &Data, cmp: &AccountsComparison) -> impl IntoView {
    let head = cmp
        .accounts
        .iter()
        .map(|a| {
            let r = &data.readouts[a.readout];
            let publisher = a.publisher.clone().unwrap_or_else(|| "Unknown publisher".into());
            let language = (a.language != Language::English).then(|| a.language.label());
            let href = route_href(Route::Readout {
                id: r.id.clone(),
                sentence: None,
            });
            view! {
                <th scope="col">
                    <span class="col-publisher">{publisher}" "{language.map(|l| view! { <span class="chip lang">{l}</span> })}</span>
                    <span class="col-format">{date_label(r.date)}</span>
                    <a class="col-who" href=href>{r.title.clone()}</a>
                </th>
            }
        })
        .collect_view();
    let rows = cmp
        .comparison
        .rows
        .iter()
        .enumerate()
        .map(|(k, row)| {
            let cells = (0..cmp.accounts.len())
                .map(|c| cell(data, cmp, k, c))
                .collect_view();
            view! {
                <tr data-topic=row.topic_id.clone()>
                    <th scope="row">{row.label.clone()}</th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    let n = cmp.accounts.len();
    view! {
        <table class=format!("compare-grid cols-{n}") data-testid="accounts-grid">
            <thead><tr><th scope="col" class="corner">"Topic"</th>{head}</tr></thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

/// One account's cell of row `k`: each person's positions, or "not mentioned".
fn cell(data: &Data, cmp: &AccountsComparison, k: usize, c: usize) -> AnyView {
    let row = &cmp.comparison.rows[k];
    let label = cmp.accounts[c]
        .publisher
        .clone()
        .unwrap_or_else(|| "Unknown publisher".into());
    let Some(r) = data.readouts.get(cmp.accounts[c].readout) else {
        return ().into_any();
    };
    if row.cells.get(c).is_none_or(|x| x.is_empty()) {
        return view! { <td class="not-mentioned" data-label=label>"not mentioned"</td> }
            .into_any();
    }
    let blocks = row.cells[c]
        .iter()
        .map(|sp| {
            let person = cmp.person(c, sp.speaker);
            let country = person.and_then(|p| cmp.people[p].country.as_deref());
            let class = match sp.speaker {
                Speaker::Joint => "sp-joint",
                _ => country_class(cmp, country),
            };
            let name = person.map_or_else(|| r.speaker_name(sp.speaker).to_string(), |p| cmp.people[p].name.clone());
            let not_in_own = person.and_then(|p| {
                cmp.unreported
                    .iter()
                    .find(|u| u.column == c && u.person == p && u.topic_id == row.topic_id)
                    .map(|u| format!("not in {}", account_name(cmp, data, u.own_column)))
            });
            let mut seen = Vec::new();
            let quotes = sp
                .positions
                .iter()
                .filter(|p| {
                    let new = !seen.contains(&p.sentence);
                    seen.push(p.sentence);
                    new
                })
                .map(|p| quote(r, p.sentence, p.span, p.stance.name()))
                .collect_view();
            view! {
                <div class=format!("speaker-block {class}")>
                    <span class="who">{name}</span>
                    {not_in_own.map(|t| view! { " " <span class="flag" data-testid="not-in-own">{t}</span> })}
                    <ul class="quotes">{quotes}</ul>
                </div>
            }
        })
        .collect_view();
    view! { <td data-label=label>{blocks}</td> }.into_any()
}

/// A quoted sentence with its stance badge and a link to it in the readout.
fn quote(
    r: &Readout,
    sentence: usize,
    focus: crate::core::Span,
    stance: &'static str,
) -> impl IntoView {
    let whole = r
        .sentences
        .get(sentence)
        .map(|s| s.span)
        .unwrap_or_default();
    let shown = quote_window(&r.text, whole, focus, QUOTE_BYTES);
    let (before, after) = (shown.start > whole.start, shown.end < whole.end);
    let href = route_href(Route::Readout {
        id: r.id.clone(),
        sentence: Some(sentence),
    });
    view! {
        <li>
            <span class=format!("stance stance-{stance}")>{stance}</span>
            " "
            <q title=r.sentence_text(sentence).to_string()>
                {before.then_some("…")}{shown.of(&r.text).to_string()}{after.then_some("…")}
            </q>
            " "
            <a class="source-link" href=href title="Open this sentence in the readout">"in context"</a>
        </li>
    }
}
