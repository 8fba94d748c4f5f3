//! The "Published by" entry: a text field that offers the countries the parser knows (a
//! `<datalist>`), so a user picks "United States" rather than typing a variant of it. Used by
//! the import dialog (the setting for what is imported next) and the corrections form.

use crate::core::collection::known_publishers;
use leptos::prelude::*;

/// A text input bound to `value`, with the known countries as suggestions. Its label is the
/// caller's (`<label for=id>`); the suggestions list gets the id `{id}-list`.
#[component]
pub fn PublisherInput(
    /// The input's id, for the caller's label.
    id: &'static str,
    /// What is typed; the caller reads it with `collection::publisher_named`.
    value: RwSignal<String>,
    /// Test id of the input.
    #[prop(optional)]
    testid: &'static str,
) -> impl IntoView {
    let list = format!("{id}-list");
    let options = known_publishers()
        .into_iter()
        .map(|name| view! { <option value=name></option> })
        .collect_view();
    view! {
        <input
            id=id
            type="text"
            class="publisher-input"
            list=list.clone()
            autocomplete="off"
            spellcheck="false"
            data-testid=testid
            prop:value=move || value.get()
            on:input:target=move |ev| value.set(ev.target().value())
        />
        <datalist id=list>{options}</datalist>
    }
}
