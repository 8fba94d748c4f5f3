//! Shown for a URL fragment that names no view.

use leptos::prelude::*;

/// Says the link leads nowhere and offers the way back.
#[component]
pub fn NotFoundPage(
    /// The fragment path that was not understood.
    path: String,
) -> impl IntoView {
    view! {
        <section class="page">
            <h1>"Nothing here"</h1>
            <p>"This link (" <code>{path}</code> ") does not lead to a view of Readout Lens."</p>
            <p><a href="#/">"See all readouts"</a></p>
        </section>
    }
}
