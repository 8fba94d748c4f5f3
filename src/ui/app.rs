//! The app shell: header with the views, the routed view, footer.

use crate::core::explore::Route;
use crate::ui::components::{DropZone, ImportDialog, LoadStatus, StorageNotices};
use crate::ui::importer::Importer;
use crate::ui::pages::{
    ComparePage, FormulationsPage, LibraryPage, MeetingPage, ReadoutPage, TimelinePage,
};
use crate::ui::persist::Library;
use crate::ui::state::{Corpus, Nav};
use leptos::prelude::*;

/// The whole app: provides the corpus and the URL state and shows the view the URL names.
#[component]
pub fn App() -> impl IntoView {
    let corpus = Corpus::bundled();
    provide_context(corpus);
    crate::ui::linked::load_from_query(corpus);
    provide_context(Importer::new(corpus));
    provide_context(Library::start(corpus));
    let nav = Nav::from_location();
    provide_context(nav);
    // Only a change of view (or of the readout shown) re-creates the page; filters, the selected
    // sentence, the chosen phrase or compared meetings update it in place.
    let route = Memo::new(move |_| {
        nav.state.with(|s| match &s.route {
            Route::Readout { id, .. } => Route::Readout {
                id: id.clone(),
                sentence: None,
            },
            Route::Compare { .. } => Route::Compare { ids: Vec::new() },
            Route::Formulations { .. } => Route::Formulations { phrase: None },
            Route::Timeline => Route::Timeline,
            Route::Library => Route::Library,
            // The view and whose versions are shown change in place.
            Route::Meeting { id, .. } => Route::Meeting {
                id: id.clone(),
                view: Default::default(),
                account: None,
            },
        })
    });
    let current =
        move |want: fn(&Route) -> bool| move || if route.with(want) { "page" } else { "false" };

    view! {
        <header class="site-header">
            <a class="brand" href="#/">"Readout Lens"</a>
            <nav class="views" aria-label="Views">
                <a href="#/" aria-current=current(|r| matches!(r, Route::Timeline | Route::Readout { .. } | Route::Meeting { .. }))>"Timeline"</a>
                <a href="#/compare" aria-current=current(|r| matches!(r, Route::Compare { .. }))>"Compare"</a>
                <a href="#/formulations" aria-current=current(|r| matches!(r, Route::Formulations { .. }))>"Formulations"</a>
                <a href="#/library" aria-current=current(|r| matches!(r, Route::Library))>"Library"</a>
            </nav>
            <ImportDialog />
        </header>
        <LoadStatus />
        <DropZone />
        <main id="main" class="content">
            <StorageNotices />
            {move || match route.get() {
                Route::Readout { id, .. } => view! { <ReadoutPage id=id /> }.into_any(),
                Route::Formulations { .. } => view! { <FormulationsPage /> }.into_any(),
                Route::Compare { .. } => view! { <ComparePage /> }.into_any(),
                Route::Timeline => view! { <TimelinePage /> }.into_any(),
                Route::Library => view! { <LibraryPage /> }.into_any(),
                Route::Meeting { id, .. } => view! { <MeetingPage id=id /> }.into_any(),
            }}
        </main>
        <footer class="site-footer">
            "Runs entirely in your browser. Readouts are parsed on this page; nothing is sent anywhere."
        </footer>
    }
}
