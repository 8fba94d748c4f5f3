//! The library (`#/library`): the readouts the user imported, each with how it parsed and its
//! warnings; delete one or all of them (the bundled readouts stay); export everything, with
//! corrections, as one collection file; import a collection back.

use crate::core::collection::{Collection, SourceKind};
use crate::core::explore::Route;
use crate::core::import::safe_http_url;
use crate::ui::components::{chosen_files, ImportOutcome, ParseSummary};
use crate::ui::download::download;
use crate::ui::format::route_href;
use crate::ui::importer::Importer;
use crate::ui::state::Corpus;
use leptos::prelude::*;

/// File name of "Export everything".
pub const EXPORT_NAME: &str = "readout-lens-collection.json";
/// Rows rendered at first; more on request, so 10,000 imports do not render 10,000 summaries.
const PAGE: usize = 100;

/// Where a readout came from: a link only when the name is an http(s) URL (a readout loaded
/// from a link); anything else, `javascript:` included, is shown as text.
fn origin(name: &str) -> impl IntoView {
    match safe_http_url(name) {
        Some(url) => {
            view! { <a href=url rel="noopener noreferrer" target="_blank">{name.to_string()}</a> }
                .into_any()
        }
        None => name.to_string().into_any(),
    }
}

/// The library view.
// Long for its markup: after its signals and named handlers, one `view!` lays the view out as it
// reads, top to bottom (DESIGN.md, "one view! last"); the logic is in the handlers above it.
#[component]
pub fn LibraryPage() -> impl IntoView {
    let corpus = expect_context::<Corpus>();
    let importer = expect_context::<Importer>();
    let shown = RwSignal::new(PAGE);
    let confirming = RwSignal::new(false);
    let status = RwSignal::new(String::new());

    // Positions of the imported readouts, newest first.
    let imported = Memo::new(move |_| {
        corpus.data.with(|d| {
            let mut rows: Vec<usize> = (0..d.sources.len())
                .filter(|&i| d.sources[i].kind == SourceKind::Imported)
                .collect();
            crate::core::sort::sort_by_key(&mut rows, |&i| std::cmp::Reverse(d.sources[i].added));
            rows
        })
    });
    let count = move || imported.with(Vec::len);

    let export_all = move |_| {
        let collection = Collection::new(corpus.sources());
        let n = collection.readouts.len();
        let json = serde_json::to_string_pretty(&collection).unwrap_or_default();
        status.set(match download(EXPORT_NAME, "application/json", &json) {
            Ok(()) => format!("Saved {EXPORT_NAME} with {n} readouts and their corrections."),
            Err(_) => format!("Could not save {EXPORT_NAME}: the browser refused the download."),
        });
    };
    let delete = move |id: String| {
        let Some(text) = corpus
            .data
            .with_untracked(|d| d.position(&id).map(|i| d.sources[i].text.clone()))
        else {
            return;
        };
        // From `sources()`, which includes a load still in progress.
        let mut sources = corpus.sources();
        sources.retain(|s| !(s.kind == SourceKind::Imported && s.text == text));
        corpus.set_sources(sources);
        status.set("Deleted 1 readout.".into());
    };
    let delete_all = move |_| {
        let n = count();
        let mut sources = corpus.sources();
        sources.retain(|s| s.kind != SourceKind::Imported);
        corpus.set_sources(sources);
        confirming.set(false);
        status.set(format!(
            "Deleted {n} imported readout{}. The bundled readouts stay.",
            if n == 1 { "" } else { "s" }
        ));
    };
    let collection_chosen = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        importer.outcome.set(None);
        importer.files(chosen_files(&input));
        input.set_value("");
    };

    let rows = move || {
        let data = corpus.data.get();
        imported.with(|rows| {
            rows.iter()
                .take(shown.get())
                .map(|&i| {
                    let readout = data.readouts[i].clone();
                    let source = &data.sources[i];
                    let id = readout.id.clone();
                    let href = route_href(Route::Readout {
                        id: id.clone(),
                        sentence: None,
                    });
                    let corrected = (!readout.corrected.is_empty())
                        .then(|| view! { <span class="corrected-mark">"corrected"</span> });
                    let title = readout.title.clone();
                    view! {
                        <li class="library-item" data-testid="library-item">
                            <div class="library-item-head">
                                <h3><a href=href>{title.clone()}</a> {corrected}</h3>
                                <button
                                    type="button"
                                    class="danger"
                                    aria-label=format!("Delete {title}")
                                    on:click=move |_| delete(id.clone())
                                >
                                    "Delete"
                                </button>
                            </div>
                            <p class="origin">{origin(&source.name)}</p>
                            <ParseSummary readout=readout />
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let more = move || {
        let left = count().saturating_sub(shown.get());
        (left > 0).then(|| {
            view! {
                <button type="button" on:click=move |_| shown.update(|n| *n += PAGE)>
                    {format!("Show {} more ({left} not shown)", left.min(PAGE))}
                </button>
            }
        })
    };

    view! {
        <section class="page library" data-testid="library">
            <h1>"Library"</h1>
            <p class="note">
                "Readouts you import are kept in this browser only. Export everything to keep a \
                 copy or to move them to another browser."
            </p>
            <div class="library-actions" role="group" aria-label="Library actions">
                <button type="button" data-testid="export-all" on:click=export_all>"Export everything"</button>
                <label class="file-button">
                    "Import a collection"
                    <input type="file" accept=".json,application/json" data-testid="import-collection" on:change=collection_chosen />
                </label>
                <Show
                    when=move || confirming.get()
                    fallback=move || view! {
                        <button type="button" class="danger" disabled=move || count() == 0 on:click=move |_| confirming.set(true)>
                            "Delete all imported"
                        </button>
                    }
                >
                    <span class="confirm" role="group" aria-label="Confirm deletion">
                        {move || format!("Delete all {} imported readouts? ", count())}
                        <button type="button" class="danger" data-testid="confirm-delete-all" on:click=delete_all>"Delete them"</button>
                        <button type="button" on:click=move |_| confirming.set(false)>"Cancel"</button>
                    </span>
                </Show>
            </div>
            <p class="export-status" role="status" data-testid="library-status">{move || status.get()}</p>
            <ImportOutcome />
            <h2>
                "Imported readouts " <span class="count" data-testid="library-count">{count}</span>
            </h2>
            <Show when=move || count() == 0>
                <p class="empty">"No imported readouts yet. Use Import in the header, or drop files on the page."</p>
            </Show>
            <ul class="library-list">{rows}</ul>
            {more}
        </section>
    }
}
