//! The "Import" entry of the header and its dialog: paste a readout, or open files (.txt, .md,
//! .html, .htm, and .json collections exported by the app), with the "Published by" setting for
//! texts that do not say which government issued them. A native `<dialog>` opened as a modal:
//! it keeps focus inside, and Escape closes it.

use crate::ui::components::{ImportOutcome, PublisherInput};
use crate::ui::importer::Importer;
use leptos::html;
use leptos::prelude::*;

/// What the file input offers; anything else can still be chosen and is then sniffed.
const ACCEPT: &str =
    ".txt,.md,.markdown,.html,.htm,.json,text/plain,text/markdown,text/html,application/json";

#[derive(Clone, Copy, PartialEq, Eq)]
enum Tab {
    Paste,
    Files,
}

/// The files chosen in a file input, in order.
pub fn chosen_files(input: &web_sys::HtmlInputElement) -> Vec<web_sys::File> {
    let Some(list) = input.files() else {
        return Vec::new();
    };
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// The header button and the import dialog.
// Long for its markup: after its signals and named handlers, one `view!` lays the view out as it
// reads, top to bottom (DESIGN.md, "one view! last"); the logic is in the handlers above it.
#[component]
pub fn ImportDialog() -> impl IntoView {
    let importer = expect_context::<Importer>();
    let dialog = NodeRef::<html::Dialog>::new();
    let (tab, set_tab) = signal(Tab::Paste);
    let text = RwSignal::new(String::new());

    // The dialog follows `importer.dialog`, which a drop on any page also sets.
    Effect::new(move |_| {
        let open = importer.dialog.get();
        let Some(el) = dialog.get() else { return };
        if open && !el.open() {
            let _ = el.show_modal();
        } else if !open && el.open() {
            el.close();
        }
    });

    let open = move |_| {
        importer.outcome.set(None);
        importer.dialog.set(true);
    };
    let add_pasted = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        importer.paste(&text.get_untracked());
        if importer
            .outcome
            .with_untracked(|o| o.as_ref().is_some_and(|o| !o.added.is_empty()))
        {
            text.set(String::new());
        }
    };
    let files_chosen = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        importer.files(chosen_files(&input));
        // Choosing the same file again must fire `change` again.
        input.set_value("");
    };
    let tab_button =
        move |which: Tab, label: &'static str, id: &'static str, panel: &'static str| {
            view! {
                <button
                    type="button"
                    role="tab"
                    id=id
                    aria-controls=panel
                    aria-selected=move || (tab.get() == which).to_string()
                    on:click=move |_| set_tab.set(which)
                >
                    {label}
                </button>
            }
        };

    view! {
        <button type="button" class="import-button" data-testid="import-open" on:click=open>
            "Import"
        </button>
        <dialog
            node_ref=dialog
            class="import-dialog"
            aria-labelledby="import-title"
            data-testid="import-dialog"
            on:close=move |_| {
                importer.dialog.set(false);
                // What the dialog reported is done with; the library shows its own imports.
                if !importer.busy() {
                    importer.outcome.set(None);
                }
            }
        >
            <div class="dialog-head">
                <h2 id="import-title">"Import readouts"</h2>
                <button type="button" class="close" aria-label="Close" on:click=move |_| importer.dialog.set(false)>
                    "×"
                </button>
            </div>
            <div class="import-publisher">
                <label for="import-publisher">"Published by"</label>
                <PublisherInput id="import-publisher" value=importer.publisher testid="import-publisher" />
                <p class="hint" id="import-publisher-hint">
                    "The government that issued the readouts, used when a text does not say. \
                     Its own officials take its country."
                </p>
            </div>
            <div role="tablist" class="tabs" aria-label="How to import">
                {tab_button(Tab::Paste, "Paste text", "tab-paste", "panel-paste")}
                {tab_button(Tab::Files, "Open files", "tab-files", "panel-files")}
            </div>
            <form
                id="panel-paste"
                role="tabpanel"
                aria-labelledby="tab-paste"
                class="tab-panel"
                hidden=move || tab.get() != Tab::Paste
                on:submit=add_pasted
            >
                <label for="import-text">"Readout text"</label>
                <textarea
                    id="import-text"
                    rows="10"
                    placeholder="Paste the text of a readout, as published"
                    prop:value=move || text.get()
                    on:input:target=move |ev| text.set(ev.target().value())
                ></textarea>
                <button type="submit" class="primary">"Add readout"</button>
            </form>
            <div
                id="panel-files"
                role="tabpanel"
                aria-labelledby="tab-files"
                class="tab-panel"
                hidden=move || tab.get() != Tab::Files
            >
                <label for="import-files">"Choose files"</label>
                <input
                    id="import-files"
                    type="file"
                    multiple
                    accept=ACCEPT
                    disabled=move || importer.busy()
                    on:change=files_chosen
                />
                <p class="hint">
                    "Text (.txt), Markdown (.md), web pages (.html, .htm) and collections exported \
                     by Readout Lens (.json). Several at once, or drop them anywhere on the page."
                </p>
            </div>
            <ImportOutcome />
        </dialog>
    }
}
