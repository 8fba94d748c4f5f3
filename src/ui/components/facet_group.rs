//! One group of filter checkboxes ("Countries", "Topics", ...) with a count beside each value.

use crate::core::explore::FacetCount;
use leptos::prelude::*;
use std::collections::HashMap;

/// Values listed at first (most frequent first); every topic of the default lexicon fits.
const SHOWN: usize = 40;
/// Values each "Show more" adds.
const MORE: usize = 100;

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
    // Counts by value, so each row finds its own in O(1): with thousands of values (speakers
    // of 10,000 meetings) a scan per row would be quadratic.
    let by_value = Memo::new(move |_| {
        items.with(|all| {
            all.iter()
                .map(|f| (f.value.clone(), (f.count, f.selected)))
                .collect::<HashMap<String, (usize, bool)>>()
        })
    });
    let lookup = move |value: &str| by_value.with(|m| m.get(value).copied());
    let limit = RwSignal::new(SHOWN);
    let visible = move || {
        // Values no meeting has (count 0) are only listed while selected; past the limit, only
        // the selected ones.
        let limit = limit.get();
        items.with(|all| {
            all.iter()
                .filter(|f| f.count > 0 || f.selected)
                .enumerate()
                .filter(|(i, f)| *i < limit || f.selected)
                .map(|(_, f)| f.clone())
                .collect::<Vec<_>>()
        })
    };
    let hidden = move || {
        let listed = items.with(|all| all.iter().filter(|f| f.count > 0 || f.selected).count());
        listed.saturating_sub(limit.get())
    };
    let more = move |_| limit.update(|l| *l += MORE);

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
            <Show when=move || { hidden() > 0 }>
                <button type="button" class="link-button facet-more" on:click=more>
                    {move || format!("Show {} more of {}", hidden().min(MORE), hidden())}
                </button>
            </Show>
        </fieldset>
    }
}
