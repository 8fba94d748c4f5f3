//! A readout's text exactly as it was published, page chrome and all.

use leptos::prelude::*;

/// The text as published, shown as plain text (never as markup).
#[component]
pub fn SourceText(
    /// The text as published.
    text: String,
) -> impl IntoView {
    view! { <pre class="source" data-testid="source-text">{text}</pre> }
}
