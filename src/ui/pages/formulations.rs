//! The recurring formulations of the corpus: which phrases come back, in how many meetings,
//! when, and from whom; a click on one lists every sentence that uses it.

use crate::core::analyse::Formulation;
use crate::core::case;
use crate::core::explore::Route;
use crate::ui::components::{FormulationUses, Sparkline};
use crate::ui::format::human_date;
use crate::ui::state::{Corpus, Data, Nav};
use leptos::prelude::*;
use std::sync::Arc;

/// How many rows the list renders at most.
const MAX_ROWS: usize = 200;
/// Most bars in a sparkline.
const SPARK_BINS: usize = 48;

/// The formulations view: the list, or the uses of the phrase named in the URL.
#[component]
pub fn FormulationsPage() -> impl IntoView {
    let corpus = expect_context::<Corpus>();
    let nav = expect_context::<Nav>();
    let phrase = Memo::new(move |_| {
        nav.state.with(|s| match &s.route {
            Route::Formulations { phrase } => phrase.clone(),
            _ => None,
        })
    });
    move || {
        let data = corpus.data.get();
        // Formulations arrive after a load, in place.
        corpus.formulations_found.track();
        match phrase.get() {
            Some(p) => view! { <FormulationUses data=data phrase=p /> }.into_any(),
            None => view! { <FormulationList data=data /> }.into_any(),
        }
    }
}

/// The table of formulations, most widely used first, with a filter box.
// Long for its markup: after its signals and named handlers, one `view!` lays the view out as it
// reads, top to bottom (DESIGN.md, "one view! last"); the logic is in the handlers above it.
#[component]
fn FormulationList(
    /// The analysed corpus.
    data: Arc<Data>,
) -> impl IntoView {
    let nav = expect_context::<Nav>();
    let (query, set_query) = signal(String::new());
    // Most meetings first, then most uses, then the phrase.
    let order: Arc<Vec<usize>> = {
        let f = &data.analysis.formulations;
        let mut order: Vec<usize> = (0..f.len()).collect();
        crate::core::sort::sort_by(&mut order, |&a, &b| {
            (f[b].readouts, f[b].uses.len(), &f[a].text).cmp(&(
                f[a].readouts,
                f[a].uses.len(),
                &f[b].text,
            ))
        });
        Arc::new(order)
    };
    let latest = data.readouts.iter().rposition(|r| r.date.is_some());
    let matching = {
        let data = data.clone();
        Memo::new(move |_| {
            let q = case::lowercase(query.get().trim());
            order
                .iter()
                .copied()
                .filter(|&i| {
                    let f = &data.analysis.formulations[i];
                    q.is_empty() || case::lowercase(&f.text).contains(&q) || f.key.contains(&q)
                })
                .collect::<Vec<usize>>()
        })
    };
    let total = data.analysis.formulations.len();
    // After a load the formulations are found last, in the background.
    let ready = data.formulations_ready;
    let rows = {
        let data = data.clone();
        move || {
            matching
                .get()
                .into_iter()
                .take(MAX_ROWS)
                .map(|i| row(&data, i, latest, nav))
                .collect_view()
        }
    };
    let summary = move || {
        let n = matching.with(Vec::len);
        match n > MAX_ROWS {
            true => format!(
                "{n} phrases; showing the first {MAX_ROWS}. Narrow the filter to see others."
            ),
            false => format!("{n} of {total} phrases"),
        }
    };
    let empty = move || {
        (matching.with(Vec::is_empty)).then(|| match total {
            0 if !ready => view! {
                <p class="empty" data-testid="formulations-empty">
                    "Finding the recurring phrases of the readouts just loaded… They appear here when found."
                </p>
            }
            .into_any(),
            0 => view! {
                <p class="empty" data-testid="formulations-empty">
                    "No phrase recurs yet: formulations are phrases used in two or more meetings. "
                    "Load more readouts to see which wordings come back."
                </p>
            }
            .into_any(),
            _ => view! {
                <p class="empty" data-testid="formulations-empty">
                    "No phrase contains “" {query.get()} "”. Try a shorter word, or clear the filter."
                </p>
            }
            .into_any(),
        })
    };

    view! {
        <section class="page formulations-page">
            <h1>"Formulations"</h1>
            <p class="lede">
                "Phrases that recur across meetings. Pick one to read every sentence that uses it."
            </p>
            <div class="formulation-tools">
                <label for="phrase-filter">"Filter phrases"</label>
                <input
                    id="phrase-filter"
                    type="search"
                    placeholder="e.g. win-win"
                    prop:value=query
                    on:input:target=move |ev| set_query.set(ev.target().value())
                />
                <span class="note" data-testid="formulations-summary" aria-live="polite">{summary}</span>
            </div>
            {empty}
            <div class="formulation formulation-columns" aria-hidden="true">
                <span>"Phrase"</span>
                <span>"Meetings, uses over time, first and last use"</span>
                <span>"Used by"</span>
            </div>
            <ol class="formulations" data-testid="formulations">{rows}</ol>
        </section>
    }
}

/// One row of the list: phrase, meetings, sparkline, dates, speakers, and a "new" marker.
fn row(data: &Data, i: usize, latest: Option<usize>, nav: Nav) -> impl IntoView {
    let f: &Formulation = &data.analysis.formulations[i];
    let text = f.text.clone();
    let go = {
        let text = text.clone();
        move |ev: leptos::ev::MouseEvent| {
            ev.prevent_default();
            let mut next = nav.state.get_untracked();
            next.route = Route::Formulations {
                phrase: Some(text.clone()),
            };
            nav.go(next);
        }
    };
    let href = {
        let mut next = nav.state.get_untracked();
        next.route = Route::Formulations {
            phrase: Some(text.clone()),
        };
        next.to_fragment()
    };
    let mut speakers: Vec<&str> = Vec::new();
    for u in &f.uses {
        let name = data.readouts[u.readout].speaker_name(u.speaker);
        if !speakers.contains(&name) {
            speakers.push(name);
        }
    }
    let is_new = Some(f.new_in) == latest;
    // Uses over time: one bar per meeting in date order, or per equal slice of a large corpus.
    let n = data.readouts.len().max(1);
    let bins = n.min(SPARK_BINS);
    let mut counts = vec![0usize; bins];
    for u in &f.uses {
        counts[u.readout * bins / n] += 1;
    }
    let spark_label = format!("Uses over time, oldest first: {counts:?}");
    let dates = match (f.first_date, f.last_date) {
        (Some(a), Some(b)) if a == b => human_date(a),
        (Some(a), Some(b)) => format!("{} – {}", human_date(a), human_date(b)),
        _ => "Undated".to_string(),
    };
    let meetings = match f.readouts {
        1 => "1 meeting".to_string(),
        n => format!("{n} meetings"),
    };
    let uses = match f.uses.len() {
        1 => "1 use".to_string(),
        n => format!("{n} uses"),
    };
    view! {
        <li class="formulation" data-testid="formulation">
            <div class="formulation-head">
                <a class="phrase" href=href on:click=go>{text}</a>
                {is_new.then(|| view! { <span class="chip new" title="First used in the latest meeting">"new in latest meeting"</span> })}
            </div>
            <div class="formulation-meta">
                <span class="count">{meetings}" · "{uses}</span>
                <Sparkline counts=counts label=spark_label />
                <span class="dates">{dates}</span>
            </div>
            <div class="formulation-speakers"><span class="sr-label">"Used by "</span>{speakers.join(", ")}</div>
        </li>
    }
}
