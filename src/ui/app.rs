//! The app shell: header, the routed view, footer.

use crate::ui::pages::{HomePage, NotFoundPage, ReadoutPage};
use crate::ui::route::{use_hash_route, Route};
use crate::ui::state::Corpus;
use leptos::prelude::*;

/// The whole app: provides the corpus and shows the view the URL names.
#[component]
pub fn App() -> impl IntoView {
    provide_context(Corpus::bundled());
    let route = use_hash_route();

    view! {
        <header class="site-header">
            <a class="brand" href="#/">"Readout Lens"</a>
            <span class="tagline">"Who said what, on which issue, when"</span>
        </header>
        <main id="main" class="content">
            {move || match route.get() {
                Route::Home => view! { <HomePage /> }.into_any(),
                Route::Readout { id } => view! { <ReadoutPage id=id /> }.into_any(),
                Route::NotFound(path) => view! { <NotFoundPage path=path /> }.into_any(),
            }}
        </main>
        <footer class="site-footer">
            "Runs entirely in your browser. Readouts are parsed on this page; nothing is sent anywhere."
        </footer>
    }
}
