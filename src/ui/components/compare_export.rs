//! Sharing a comparison: copy its link, download it as Markdown, CSV or JSON, or print it.
//! The files are made by `core::analyse::export`, the same code the command line uses.

use crate::core::analyse::export::{comparison_csv, comparison_json, comparison_markdown};
use crate::core::analyse::Comparison;
use crate::ui::download::download;
use crate::ui::state::Corpus;
use leptos::prelude::*;

/// Copy-link, export and print buttons for one comparison.
#[component]
pub fn CompareExport(
    /// The comparison to export.
    #[prop(into)]
    comparison: Signal<Comparison>,
) -> impl IntoView {
    let corpus = expect_context::<Corpus>();
    let status = RwSignal::new(String::new());
    let export = move |kind: &'static str| {
        let data = corpus.data.get_untracked();
        let cmp = comparison.get_untracked();
        let (name, mime, text) = match kind {
            "md" => (
                "comparison.md",
                "text/markdown",
                comparison_markdown(&cmp, &data.readouts),
            ),
            "csv" => (
                "comparison.csv",
                "text/csv",
                comparison_csv(&cmp, &data.readouts),
            ),
            _ => (
                "comparison.json",
                "application/json",
                comparison_json(&cmp, &data.readouts),
            ),
        };
        status.set(match download(name, mime, &text) {
            Ok(()) => format!("Saved {name}."),
            Err(_) => format!("Could not save {name}: the browser refused the download."),
        });
    };
    let copy_link = move |_| {
        let href = window().location().href().unwrap_or_default();
        let clipboard = window().navigator().clipboard();
        let promise = clipboard.write_text(&href);
        wasm_bindgen_futures::spawn_local(async move {
            let copied = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
            status.set(if copied {
                "Link copied.".to_string()
            } else {
                format!("Copy this link: {href}")
            });
        });
    };

    view! {
        <div class="compare-export" role="group" aria-label="Share and export">
            <button type="button" on:click=copy_link>"Copy link"</button>
            <button type="button" data-testid="export-md" on:click=move |_| export("md")>"Markdown"</button>
            <button type="button" data-testid="export-csv" on:click=move |_| export("csv")>"CSV"</button>
            <button type="button" data-testid="export-json" on:click=move |_| export("json")>"JSON"</button>
            <button type="button" on:click=move |_| { let _ = window().print(); }>"Print"</button>
            <span class="export-status" role="status">{move || status.get()}</span>
        </div>
    }
}
