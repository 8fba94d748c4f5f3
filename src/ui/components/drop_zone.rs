//! Dropping files anywhere on the page imports them. While files are dragged over the page an
//! overlay says so; the import dialog then opens to show progress and what was added.

use crate::ui::importer::Importer;
use leptos::ev;
use leptos::prelude::*;

/// True when the drag carries files (not text or a link dragged from the page).
fn carries_files(event: &web_sys::DragEvent) -> bool {
    event
        .data_transfer()
        .map(|dt| {
            dt.types()
                .iter()
                .any(|t| t.as_string().as_deref() == Some("Files"))
        })
        .unwrap_or(false)
}

/// The page-wide drop target and its overlay.
#[component]
pub fn DropZone() -> impl IntoView {
    let importer = expect_context::<Importer>();
    // dragenter/dragleave fire for every element crossed: count them to know when the drag
    // has really left the page.
    let depth = RwSignal::new(0i32);

    let enter = window_event_listener(ev::dragenter, move |e| {
        if carries_files(&e) {
            e.prevent_default();
            depth.update(|d| *d += 1);
        }
    });
    let over = window_event_listener(ev::dragover, move |e| {
        if carries_files(&e) {
            // Without this the browser would open the file instead of dropping it here.
            e.prevent_default();
        }
    });
    let leave = window_event_listener(ev::dragleave, move |e| {
        if carries_files(&e) {
            depth.update(|d| *d = (*d - 1).max(0));
        }
    });
    let drop = window_event_listener(ev::drop, move |e| {
        if !carries_files(&e) {
            return;
        }
        e.prevent_default();
        depth.set(0);
        let files: Vec<web_sys::File> = e
            .data_transfer()
            .and_then(|dt| dt.files())
            .map(|list| (0..list.length()).filter_map(|i| list.get(i)).collect())
            .unwrap_or_default();
        if !files.is_empty() {
            importer.dialog.set(true);
            importer.files(files);
        }
    });
    on_cleanup(move || {
        enter.remove();
        over.remove();
        leave.remove();
        drop.remove();
    });

    let dragging = move || depth.get() > 0;
    view! {
        <Show when=dragging>
            <div class="drop-overlay" data-testid="drop-overlay" aria-hidden="true">
                <p>"Drop files to import them"</p>
            </div>
        </Show>
    }
}
