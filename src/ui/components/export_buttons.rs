//! Sharing a view: copy its link, download it as Markdown, CSV or JSON, or print it. The files
//! are made by the core's exports, the same code the command line uses.

use crate::ui::download::download;
use leptos::prelude::*;

/// The kinds of file the buttons save, with their extension and type.
const KINDS: [(&str, &str, &str); 3] = [
    ("Markdown", "md", "text/markdown"),
    ("CSV", "csv", "text/csv"),
    ("JSON", "json", "application/json"),
];

/// Copy-link, export and print buttons.
#[component]
pub fn ExportButtons(
    /// File name without its extension: "comparison" saves comparison.md, .csv and .json.
    stem: &'static str,
    /// The text of the file of an extension ("md", "csv" or "json"), made when clicked.
    make: Callback<&'static str, String>,
    /// Whether to offer JSON too (the meeting views leave it to the command line: its model
    /// would add its serialisation code to the bundle).
    #[prop(optional)]
    no_json: bool,
) -> impl IntoView {
    let status = RwSignal::new(String::new());
    let export = move |ext: &'static str, mime: &'static str| {
        let name = format!("{stem}.{ext}");
        let text = make.run(ext);
        status.set(match download(&name, mime, &text) {
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
    let buttons = KINDS
        .iter()
        .filter(|k| !(no_json && k.1 == "json"))
        .map(|&(label, ext, mime)| {
            view! {
                <button type="button" data-testid=format!("export-{ext}") on:click=move |_| export(ext, mime)>
                    {label}
                </button>
            }
        })
        .collect_view();

    view! {
        <div class="compare-export" role="group" aria-label="Share and export">
            <button type="button" on:click=copy_link>"Copy link"</button>
            {buttons}
            <button type="button" on:click=move |_| { let _ = window().print(); }>"Print"</button>
            <span class="export-status" role="status">{move || status.get()}</span>
        </div>
    }
}
