//! One group of filter checkboxes ("Countries", "Topics", ...) with a count beside each value.

use crate::core::explore::FacetCount;
use leptos::prelude::*;

/// Checkboxes for the values of one filter field. Rows are keyed by value, so toggling one keeps
/// keyboard focus where it was while counts update.
#[component]
pub fn FacetGroup(
    /// Heading of the group.
    title: &'static str,
    /// The values with their counts, most frequent first.
    #[prop(into)]
    items: Signal<Vec<FacetCount>>,
    /// Display label of a value (topic labels, format names); the value itself by default.
    #[prop(optional, into)]
    label: Option<Callback<String, String>>,
    /// Called with the value whose checkbox was toggled.
    on_toggle: Callback<String>,
) -> impl IntoView {
    let lookup = move |value: &str| {
        items.with(|all| {
            all.iter()
                .find(|f| f.value == value)
                .map(|f| (f.count, f.selected))
        })
    };
    let visible = move || {
        // Values no meeting has (count 0) are only listed while selected.
        items
            .get()
            .into_iter()
            .filter(|f| f.count > 0 || f.selected)
            .collect::<Vec<_>>()
    };

    view! {
        <fieldset class="facet" data-testid=format!("facet-{}", title.to_lowercase())>
            <legend>{title}</legend>
            <Show when=move || !visible().is_empty() fallback=|| view! { <p class="facet-empty">"None"</p> }>
                <For each=visible key=|f| f.value.clone() let:item>
                    {
                        let value = item.value.clone();
                        let shown = label.map_or_else(|| value.clone(), |l| l.run(value.clone()));
                        let (v1, v2, v3) = (value.clone(), value.clone(), value.clone());
                        view! {
                            <label class="facet-row">
                                <input
                                    type="checkbox"
                                    prop:checked=move || lookup(&v1).is_some_and(|(_, s)| s)
                                    on:change=move |_| on_toggle.run(v2.clone())
                                />
                                <span class="facet-label">{shown}</span>
                                <span class="facet-count">{move || lookup(&v3).map_or(0, |(c, _)| c)}</span>
                            </label>
                        }
                    }
                </For>
            </Show>
        </fieldset>
    }
}
