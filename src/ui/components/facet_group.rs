//! One group of filter checkboxes ("Countries", "Topics", ...) with a count beside each value.

use crate::core::explore::{FacetCount, Facets};
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
    /// Every group's values with their counts; `pick` chooses this group's.
    facets: Memo<Facets>,
    /// This group's values in `facets`, most frequent first.
    pick: fn(&Facets) -> &[FacetCount],
    /// Display label of a value (topic labels, format names); the value itself by default.
    #[prop(optional, into)]
    label: Option<Callback<String, String>>,
    /// Called with the value whose checkbox was toggled.
    on_toggle: Callback<String>,
) -> impl IntoView {
    let limit = RwSignal::new(SHOWN);
    // The rows listed and how many values are left out, in one pass per change. Values no
    // meeting has (count 0) are only listed while selected; past the limit, only the selected
    // ones. With thousands of values (speakers of 10,000 meetings) nothing else here looks at
    // all of them.
    let listed = Memo::new(move |_| {
        let limit = limit.get();
        facets.with(|all| {
            let mut rows = Vec::new();
            let mut listed = 0;
            for f in pick(all).iter().filter(|f| f.count > 0 || f.selected) {
                if listed < limit || f.selected {
                    rows.push(f.clone());
                }
                listed += 1;
            }
            (rows, listed.saturating_sub(limit))
        })
    });
    // Counts of the rows by value, so each row finds its own in O(1).
    let by_value = Memo::new(move |_| {
        listed.with(|(rows, _)| {
            rows.iter()
                .map(|f| (f.value.clone(), (f.count, f.selected)))
                .collect::<HashMap<String, (usize, bool)>>()
        })
    });
    let lookup = move |value: &str| by_value.with(|m| m.get(value).copied());
    let visible = move || listed.with(|(rows, _)| rows.clone());
    let hidden = move || listed.with(|(_, hidden)| *hidden);
    let more = move |_| limit.update(|l| *l += MORE);

    view! {
        <fieldset class="facet" data-testid=format!("facet-{}", title.to_ascii_lowercase())>
            <legend>{title}</legend>
            <Show when=move || listed.with(|(rows, _)| !rows.is_empty()) fallback=|| view! { <p class="facet-empty">"None"</p> }>
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
