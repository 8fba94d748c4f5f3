//! What an import is doing and what it did: a progress bar while files are read, then the
//! readouts added (each with how it parsed), and a message for every file that was not added.

use crate::core::explore::Route;
use crate::core::text::thousands;
use crate::ui::components::ParseSummary;
use crate::ui::format::route_href;
use crate::ui::importer::{Importer, Problem};
use crate::ui::state::Corpus;
use leptos::prelude::*;

fn problem_list(items: Vec<Problem>, testid: &'static str) -> impl IntoView {
    let rows = items
        .into_iter()
        .map(|p| view! { <li><span class="file-name">{p.file}</span>" "{p.reason}</li> })
        .collect_view();
    view! { <ul class="import-problems" data-testid=testid>{rows}</ul> }
}

/// Progress and outcome of the current or last import.
// Long for its markup: after its signals and named handlers, one `view!` lays the view out as it
// reads, top to bottom (DESIGN.md, "one view! last"); the logic is in the handlers above it.
#[component]
pub fn ImportOutcome() -> impl IntoView {
    let importer = expect_context::<Importer>();
    let corpus = expect_context::<Corpus>();

    let progress = move || {
        importer.progress.get().map(|(done, total)| {
            let label = format!("Reading {} of {} files", thousands(done), thousands(total));
            view! {
                <div class="import-progress" data-testid="import-progress">
                    <label>
                        {label.clone()}
                        <progress max=total value=done aria-label=label></progress>
                    </label>
                </div>
            }
        })
    };

    let outcome = move || {
        let outcome = importer.outcome.get()?;
        let added = outcome.added.len();
        let headline = match (added, outcome.problems.len() + outcome.duplicates.len()) {
            (0, 0) => "Nothing to add.".to_string(),
            (0, _) => "Nothing was added.".to_string(),
            (1, _) => "Added 1 readout.".to_string(),
            (n, _) => format!("Added {} readouts.", thousands(n)),
        };
        // Summaries of the first readouts added; with thousands, the library lists them all.
        let shown = outcome.added.iter().take(20).cloned().collect::<Vec<_>>();
        let summaries = move || {
            let data = corpus.data.get();
            shown
                .iter()
                .filter_map(|id| {
                    let readout = data.readouts.get(data.position(id)?)?.clone();
                    let href = route_href(Route::Readout {
                        id: readout.id.clone(),
                        sentence: None,
                    });
                    Some(view! {
                        <li class="added" data-testid="added-readout">
                            <a href=href>{readout.title.clone()}</a>
                            <ParseSummary readout=readout />
                        </li>
                    })
                })
                .collect_view()
        };
        let more = (added > 20).then(|| {
            view! {
                <p>
                    {format!("and {} more: ", thousands(added - 20))}
                    <a href="#/library">"see them all in the library"</a>
                </p>
            }
        });
        let problems = (!outcome.problems.is_empty()).then(|| {
            view! {
                <h3>"Not added"</h3>
                {problem_list(outcome.problems.clone(), "import-problems")}
            }
        });
        let duplicates = (!outcome.duplicates.is_empty()).then(|| {
            view! {
                <h3>"Already loaded"</h3>
                {problem_list(outcome.duplicates.clone(), "import-duplicates")}
            }
        });
        let notes = (!outcome.notes.is_empty()).then(|| {
            view! {
                <h3>"Check these"</h3>
                {problem_list(outcome.notes.clone(), "import-notes")}
            }
        });
        Some(view! {
            <div class="import-outcome" data-testid="import-outcome">
                <p class="import-headline" role="status">{headline}</p>
                <ul class="added-list">{summaries}</ul>
                {more}
                {problems}
                {duplicates}
                {notes}
            </div>
        })
    };

    view! {
        <div class="import-status" aria-live="polite">
            {progress}
            {outcome}
        </div>
    }
}
