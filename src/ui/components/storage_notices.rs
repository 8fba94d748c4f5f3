//! Messages about the browser's store, above every view: a write that failed (a full disk),
//! storage that is unavailable, stored records that could not be read (each offered for
//! download, so nothing is silently dropped), and progress while many readouts are saved.

use crate::ui::download::download;
use crate::ui::persist::Library;
use crate::ui::store::BadRecord;
use leptos::prelude::*;

/// A file name for an unreadable record: its key with anything unusual replaced.
fn file_name(key: &str) -> String {
    let safe: String = key
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c
            } else {
                '_'
            }
        })
        .take(40)
        .collect();
    format!("readout-lens-unreadable-{safe}.json")
}

/// Storage problems and progress; renders nothing when all is well.
#[component]
pub fn StorageNotices() -> impl IntoView {
    let library = expect_context::<Library>();

    let problems = move || {
        library
            .problems
            .get()
            .into_iter()
            .map(|text| view! { <p class="notice error" role="alert" data-testid="storage-problem">{text}</p> })
            .collect_view()
    };
    let bad = move || {
        let bad = library.bad.get();
        if bad.is_empty() {
            return None;
        }
        let rows = bad
            .into_iter()
            .map(|record: BadRecord| {
                let name = file_name(&record.key);
                let saved = RwSignal::new(false);
                let save = {
                    let (name, raw) = (name.clone(), record.raw.clone());
                    move |_| saved.set(download(&name, "application/json", &raw).is_ok())
                };
                view! {
                    <li>
                        {format!("A stored readout ({}) could not be read: {}. ", record.key, record.reason)}
                        <button type="button" class="link-button" data-testid="download-bad" on:click=save>
                            {format!("Download it ({name})")}
                        </button>
                        <Show when=move || saved.get()>" Saved."</Show>
                    </li>
                }
            })
            .collect_view();
        Some(view! {
            <div class="notice warning" role="status" data-testid="bad-records">
                <p>"The other readouts loaded. These stored records could not be read and are kept as they are:"</p>
                <ul>{rows}</ul>
            </div>
        })
    };
    let saving = move || {
        library.saving.get().map(|(done, total)| {
            view! {
                <p class="notice" role="status" data-testid="saving">
                    {if done == 0 {
                        format!("Saving {total} readouts in this browser")
                    } else {
                        format!("Saving readouts in this browser: {done} of {total}")
                    }}
                </p>
            }
        })
    };

    view! { <div class="storage-notices">{problems}{bad}{saving}</div> }
}
