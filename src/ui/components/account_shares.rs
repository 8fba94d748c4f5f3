//! How much of each account each speaker gets (sentence share), and the formulations each side
//! uses in each account: the part of the accounts view below the grid.

use crate::core::meetings::accounts::Share;
use crate::core::meetings::AccountsComparison;
use crate::core::model::Speaker;
use crate::ui::components::accounts_view::{account_name, country_class};
use crate::ui::components::meeting_readouts::capitalised;
use crate::ui::state::{Corpus, Data};
use leptos::prelude::*;
use std::sync::Arc;

/// "45.5 % (9)", from tenths of a percent.
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
#[component]
pub fn AccountShares(
    /// The comparison (from `core::meetings::accounts_comparison`).
    comparison: Arc<AccountsComparison>,
) -> impl IntoView {
    let corpus = expect_context::<Corpus>();
    let data = corpus.data.get_untracked();
    let cmp = comparison;
    let n = cmp.accounts.len();
    let head = (0..n)
        .map(|c| view! { <th scope="col">{capitalised(&account_name(&cmp, &data, c))}</th> })
        .collect_view();
    let rows = share_rows(&cmp);
    let formulations = side_formulations(&cmp, &data);

    view! {
        <section class="account-shares" aria-labelledby="shares-heading">
            <h2 id="shares-heading">"Who gets how much of each account"</h2>
            <p class="note">"Each speaker's share of the account's sentences."</p>
            <div class="compare-scroll">
                <table class="share-table" data-testid="share-table">
                    <thead><tr><th scope="col">"Speaker"</th>{head}</tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <h2>"Formulations each side uses"</h2>
            <p class="note">"Recurring phrases of the whole collection found in each side's sentences."</p>
            <div class="side-phrases">{formulations}</div>
        </section>
    }
}

/// The share table's rows: a row per person, then both sides and narration; a cell per account.
fn share_rows(cmp: &AccountsComparison) -> impl IntoView + use<> {
    let mut lines: Vec<(String, &'static str, Vec<Option<&Share>>)> = cmp
        .people
        .iter()
        .enumerate()
        .map(|(p, person)| {
            let label = match &person.country {
                Some(c) => format!("{} ({c})", person.name),
                None => person.name.clone(),
            };
            let cells = (0..cmp.accounts.len())
                .map(|c| cmp.shares[c].iter().find(|s| s.person == Some(p)))
                .collect();
            (label, country_class(cmp, person.country.as_deref()), cells)
        })
        .collect();
    for (label, speaker, class) in [
        ("Both sides", Speaker::Joint, "sp-joint"),
        ("Narration", Speaker::Narration, "sp-narration"),
    ] {
        let cells = (0..cmp.accounts.len())
            .map(|c| cmp.shares[c].iter().find(|s| s.speaker == speaker))
            .collect();
        lines.push((label.to_string(), class, cells));
    }
    lines
        .into_iter()
        .filter(|(_, _, cells)| cells.iter().any(Option::is_some))
        .map(|(label, class, cells)| {
            let cells = cells
                .into_iter()
                .map(|s| match s {
                    Some(s) => view! {
                        <td>
                            <span class=format!("share-bar {class}") style:width=format!("{}%", s.per_mille.div_ceil(10))></span>
                            <span class="share-figure">{share_label(s)}</span>
                        </td>
                    }
                    .into_any(),
                    None => view! { <td class="share-none">"—"</td> }.into_any(),
                })
                .collect_view();
            view! { <tr><th scope="row">{label}</th>{cells}</tr> }
        })
        .collect_view()
}

/// Per account, the formulations each side uses in it.
fn side_formulations(cmp: &AccountsComparison, data: &Data) -> impl IntoView + use<> {
    (0..cmp.accounts.len())
        .map(|c| {
            let sides = cmp.formulations[c]
                .iter()
                .map(|side| {
                    let who = side.country.clone().unwrap_or_else(|| "Both sides".into());
                    let class = match &side.country {
                        Some(country) => country_class(cmp, Some(country)),
                        None => "sp-joint",
                    };
                    let items = side
                        .formulations
                        .iter()
                        .map(|f| view! { <li class="chip side-phrase">{f.text.clone()}</li> })
                        .collect_view();
                    view! {
                        <div class=format!("side-formulations speaker-block {class}")>
                            <span class="who">{who}</span>
                            <ul class="chips">{items}</ul>
                        </div>
                    }
                })
                .collect_view();
            let empty = cmp.formulations[c].is_empty().then(|| {
                view! { <p class="note">"No recurring formulation."</p> }
            });
            view! {
                <section class="account-formulations">
                    <h3>{capitalised(&account_name(cmp, data, c))}</h3>
                    {sides}
                    {empty}
                </section>
            }
        })
        .collect_view()
}
