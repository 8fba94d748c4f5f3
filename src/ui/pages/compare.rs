//! The comparison view: two to four meetings side by side, topic by topic. Which meetings, in
//! which order, and whose words (all speakers or one official) are all in the URL:
//! `#/compare?ids=A,B&speaker=Luo%20Zhaohui`.

use crate::core::analyse::{compare, Comparison, Mode, OpKind};
use crate::core::explore::Route;
use crate::ui::components::{CompareExport, CompareGrid, MeetingSelect};
use crate::ui::format::date_label;
use crate::ui::state::{Corpus, Nav};
use leptos::prelude::*;

/// The most meetings compared at once (more would not fit side by side).
pub const MAX_COLUMNS: usize = 4;

/// Side-by-side comparison of the meetings named in the URL.
// Long for its markup: after its signals and named handlers, one `view!` lays the view out as it
// reads, top to bottom (DESIGN.md, "one view! last"); the logic is in the handlers above it.
#[component]
pub fn ComparePage() -> impl IntoView {
    let corpus = expect_context::<Corpus>();
    let nav = expect_context::<Nav>();
    let ids = Memo::new(move |_| {
        nav.state.with(|s| match &s.route {
            Route::Compare { ids } => ids.clone(),
            _ => Vec::new(),
        })
    });
    let columns = Memo::new(move |_| {
        let data = corpus.data.get();
        ids.with(|ids| {
            ids.iter()
                .filter_map(|id| data.position(id))
                .take(MAX_COLUMNS)
                .collect::<Vec<_>>()
        })
    });
    let speaker = Memo::new(move |_| nav.state.with(|s| s.filter.speakers.first().cloned()));
    let differ_only = RwSignal::new(false);
    let comparison = Memo::new(move |_| {
        let data = corpus.data.get();
        // Shared formulations arrive after a load, in place.
        corpus.formulations_found.track();
        let mode = match speaker.get() {
            Some(name) => Mode::SameSpeaker { name: Some(name) },
            None => Mode::AllSpeakers,
        };
        let mut cmp =
            columns.with(|c| compare(&data.readouts, &data.analysis, &data.lexicon, c, &mode));
        // Rows in order of how much is said on the topic (stable: ties keep the engine's order,
        // topics raised by more meetings first). The exports follow the same order.
        crate::core::sort::sort_by_key(&mut cmp.rows, |row| {
            std::cmp::Reverse(
                row.cells
                    .iter()
                    .flatten()
                    .map(|sp| sp.positions.len())
                    .sum::<usize>(),
            )
        });
        cmp
    });
    let set_ids = move |next_ids: Vec<String>| {
        let mut next = nav.state.get_untracked();
        next.route = Route::Compare { ids: next_ids };
        nav.go(next);
    };
    let set_speaker = move |name: String| {
        let mut next = nav.state.get_untracked();
        next.filter.speakers = if name.is_empty() {
            Vec::new()
        } else {
            vec![name]
        };
        nav.go(next);
    };
    // People present in every compared meeting: the choices of the same-speaker mode.
    let common_speakers = move || {
        let data = corpus.data.get();
        let cols = columns.get();
        let Some(&first) = cols.first() else {
            return Vec::new();
        };
        data.readouts[first]
            .participants
            .iter()
            .map(|p| p.name.clone())
            .filter(|name| {
                cols.iter().all(|&c| {
                    data.readouts[c]
                        .participants
                        .iter()
                        .any(|p| &p.name == name)
                })
            })
            .collect::<Vec<_>>()
    };
    let enough = move || columns.with(Vec::len) >= 2;

    view! {
        <section class="page compare-page" aria-labelledby="compare-heading">
            <h1 id="compare-heading">"Compare meetings"</h1>
            <ColumnPicker ids=ids set_ids=Callback::new(set_ids) />
            <Show
                when=enough
                fallback=|| view! {
                    <p class="empty" data-testid="compare-empty">
                        "Choose two to four meetings above to see what each side said, topic by topic."
                    </p>
                }
            >
                <div class="compare-controls">
                    <label>
                        "Whose words "
                        <select on:change:target=move |ev| set_speaker(ev.target().value())>
                            <option value="" selected=move || speaker.get().is_none()>"All speakers"</option>
                            {move || common_speakers().into_iter().map(|name| {
                                let selected = speaker.get().as_deref() == Some(name.as_str());
                                view! { <option value=name.clone() selected=selected>{format!("Only {name}")}</option> }
                            }).collect_view()}
                        </select>
                    </label>
                    <label class="check">
                        <input type="checkbox" prop:checked=move || differ_only.get()
                            on:change:target=move |ev| differ_only.set(ev.target().checked()) />
                        " Only rows that differ"
                    </label>
                    <CompareExport comparison=comparison />
                </div>
                <Summary comparison=comparison />
                <CompareGrid comparison=comparison differ_only=differ_only />
                <Redline comparison=comparison />
            </Show>
        </section>
    }
}

/// The compared meetings as removable, movable chips, and a list to add more.
#[component]
fn ColumnPicker(ids: Memo<Vec<String>>, set_ids: Callback<Vec<String>>) -> impl IntoView {
    let corpus = expect_context::<Corpus>();
    let chips = move || {
        let data = corpus.data.get();
        let current = ids.get();
        let n = current.len();
        current
            .iter()
            .enumerate()
            .filter_map(|(i, id)| {
                let r = data.readouts.get(data.position(id)?)?;
                let label = format!(
                    "{} · {}",
                    date_label(r.date),
                    data.dataset().countries_of(data.position(id)?).join(", ")
                );
                let moved = move |from: usize, to: usize| {
                    let mut v = ids.get_untracked();
                    v.swap(from, to);
                    v
                };
                let left = move |_| set_ids.run(moved(i, i - 1));
                let right = move |_| set_ids.run(moved(i, i + 1));
                let remove = move |_| {
                    let mut v = ids.get_untracked();
                    v.remove(i);
                    set_ids.run(v);
                };
                Some(view! {
                    <li class="column-chip">
                        <span>{label.clone()}</span>
                        <button type="button" disabled=i == 0 on:click=left aria-label=format!("Move {label} left")>"←"</button>
                        <button type="button" disabled=i + 1 == n on:click=right aria-label=format!("Move {label} right")>"→"</button>
                        <button type="button" on:click=remove aria-label=format!("Remove {label}")>"×"</button>
                    </li>
                })
            })
            .collect_view()
    };
    let full = move || ids.with(Vec::len) >= MAX_COLUMNS;
    let add = move |id: String| {
        let mut v = ids.get_untracked();
        v.push(id);
        set_ids.run(v);
    };

    view! {
        <div class="column-picker">
            <ol class="column-chips" aria-label="Compared meetings">{chips}</ol>
            <Show when=move || !full()>
                <span class="add-meeting">
                    <MeetingSelect
                        label="Add a meeting "
                        prompt="Choose…"
                        testid="add-meeting"
                        exclude=ids
                        on_pick=Callback::new(add)
                    />
                </span>
            </Show>
        </div>
    }
}

/// Topics all meetings raise, topics only one raises, shared formulations.
#[component]
fn Summary(comparison: Memo<Comparison>) -> impl IntoView {
    let corpus = expect_context::<Corpus>();
    let body = move || {
        let data = corpus.data.get();
        let cmp = comparison.get();
        let shared = cmp.rows.iter().filter(|r| r.silent.is_empty()).count();
        let unique = cmp
            .columns
            .iter()
            .enumerate()
            .map(|(c, col)| {
                let only: Vec<String> = cmp
                    .rows
                    .iter()
                    .filter(|r| r.silent.len() + 1 == cmp.columns.len() && !r.silent.contains(&c))
                    .map(|r| r.label.clone())
                    .collect();
                let who = data.dataset().countries_of(col.readout).join(", ");
                let date = date_label(col.date);
                let list = if only.is_empty() {
                    "none".to_string()
                } else {
                    only.join(", ")
                };
                view! { <li><strong>{format!("Only {date} ({who}): ")}</strong>{list}</li> }
            })
            .collect_view();
        view! {
            <p>
                <strong>{shared}</strong>" topics raised in every meeting · "
                <strong>{cmp.shared_formulations.len()}</strong>" formulations shared by all"
            </p>
            <ul>{unique}</ul>
        }
    };
    view! { <div class="compare-summary" data-testid="compare-summary">{body}</div> }
}

/// Word-level changes between two meetings with the same counterpart.
#[component]
fn Redline(comparison: Memo<Comparison>) -> impl IntoView {
    move || {
        comparison.get().redline.map(|ops| {
            let words = ops
                .into_iter()
                .map(|op| match op.kind {
                    // Each op carries the spacing written after its words (none in Chinese).
                    OpKind::Equal => view! { <span>{op.text}</span> }.into_any(),
                    OpKind::Insert => view! { <ins>{op.text}</ins> }.into_any(),
                    OpKind::Delete => view! { <del>{op.text}</del> }.into_any(),
                })
                .collect_view();
            view! {
                <section class="redline" aria-labelledby="redline-heading">
                    <h2 id="redline-heading">"What changed between the two meetings"</h2>
                    <p class="hint">"Struck-through words are only in the first readout; underlined words only in the second."</p>
                    <p class="redline-text">{words}</p>
                </section>
            }
        })
    }
}
