//! Sharing a comparison: copy its link, download it as Markdown, CSV or JSON, or print it.
//! The files are made by `core::analyse::export`, the same code the command line uses.

use crate::core::analyse::export::{comparison_csv, comparison_json, comparison_markdown};
use crate::core::analyse::Comparison;
use crate::ui::components::ExportButtons;
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
    let make = move |ext: &'static str| {
        let data = corpus.data.get_untracked();
        let cmp = comparison.get_untracked();
        match ext {
            "md" => comparison_markdown(&cmp, &data.readouts),
            "csv" => comparison_csv(&cmp, &data.readouts),
            _ => comparison_json(&cmp, &data.readouts),
        }
    };
    view! { <ExportButtons stem="comparison" make=Callback::new(make) /> }
}
