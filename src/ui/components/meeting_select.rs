//! A list to choose one meeting from, which stays quick with 10,000 meetings: above
//! `SHOWN` meetings a filter box after it narrows the list and only the first `SHOWN` matches are options
//! (a `<select>` of 10,000 options took over a second to lay out).

use crate::core::case;
use crate::core::Readout;
use crate::ui::format::date_label;
use crate::ui::state::Corpus;
use leptos::prelude::*;

/// The most options in the list at once.
pub const SHOWN: usize = 150;

/// The label of a meeting in the list: its date and title.
fn option_label(r: &Readout) -> String {
    format!("{} · {}", date_label(r.date), r.title)
}

/// A labelled `<select>` of the corpus's meetings, less `exclude`; choosing one calls `on_pick`
/// with its id.
// Long for its markup: after its signals and named handlers, one `view!` lays the view out as it
// reads, top to bottom (DESIGN.md, "one view! last"); the logic is in the handlers above it.
#[component]
pub fn MeetingSelect(
    /// The visible label before the list, e.g. "Compare with ".
    label: &'static str,
    /// The first, empty option, e.g. "Choose a meeting…".
    prompt: &'static str,
    /// `data-testid` of the `<select>`.
    testid: &'static str,
    /// Ids of meetings not to offer (those already chosen).
    #[prop(into)]
    exclude: Signal<Vec<String>>,
    /// Called with the id of the chosen meeting.
    on_pick: Callback<String>,
) -> impl IntoView {
    let corpus = expect_context::<Corpus>();
    let query = RwSignal::new(String::new());
    let many = move || corpus.data.with(|d| d.readouts.len() > SHOWN);
    // (options, how many meetings match): matches in date order, the first SHOWN of them.
    let matches = Memo::new(move |_| {
        let data = corpus.data.get();
        let needle = query.with(|q| case::lowercase(q.trim()));
        let excluded = exclude.get();
        let mut total = 0;
        let mut options = Vec::new();
        for r in &data.readouts {
            if excluded.contains(&r.id) {
                continue;
            }
            let label = option_label(r);
            if !needle.is_empty() && !case::lowercase(&label).contains(&needle) {
                continue;
            }
            total += 1;
            if options.len() < SHOWN {
                options.push((r.id.clone(), label));
            }
        }
        (options, total)
    });
    let options = move || {
        matches.with(|(options, _)| {
            options
                .iter()
                .map(|(id, label)| view! { <option value=id.clone()>{label.clone()}</option> })
                .collect_view()
        })
    };
    let hint = move || {
        matches.with(|(options, total)| {
            if *total > options.len() {
                format!("{} of {total} shown; type to narrow.", options.len())
            } else if *total == 0 {
                "No meeting matches.".to_string()
            } else {
                String::new()
            }
        })
    };
    let pick = move |id: String| {
        if !id.is_empty() {
            on_pick.run(id);
        }
    };

    view! {
        <span class="meeting-select">
            <label>
                {label}
                <select data-testid=testid on:change:target=move |ev| pick(ev.target().value())>
                    <option value="" selected=true>{prompt}</option>
                    {options}
                </select>
            </label>
            <Show when=many>
                <input
                    type="search"
                    class="meeting-filter"
                    data-testid=format!("{testid}-filter")
                    aria-label="Filter the meetings by date or title"
                    placeholder="Filter meetings"
                    prop:value=move || query.get()
                    on:input:target=move |ev| query.set(ev.target().value())
                />
                <span class="hint meeting-select-hint" aria-live="polite">{hint}</span>
            </Show>
        </span>
    }
}
