//! "Compare with …" on a readout page: opens the comparison of this meeting and another.

use crate::core::explore::{Route, ViewState};
use crate::ui::format::date_label;
use crate::ui::state::{Data, Nav};
use leptos::prelude::*;
use std::sync::Arc;

/// A list of the other meetings; choosing one opens the comparison of the two.
#[component]
pub fn CompareWith(
    /// The analysed corpus (readouts in date order).
    data: Arc<Data>,
    /// Position of this readout in `data.readouts`.
    index: usize,
) -> impl IntoView {
    let nav = expect_context::<Nav>();
    let Some(this) = data.readouts.get(index).map(|r| r.id.clone()) else {
        return ().into_any();
    };
    let options = data
        .readouts
        .iter()
        .enumerate()
        .filter(|&(j, _)| j != index)
        .map(|(_, r)| {
            let date = date_label(r.date);
            view! { <option value=r.id.clone()>{format!("{date} · {}", r.title)}</option> }
        })
        .collect_view();
    let open = move |other: String| {
        if other.is_empty() {
            return;
        }
        // The older meeting first, as on the timeline.
        let ids = if data.position(&other) < Some(index) {
            vec![other, this.clone()]
        } else {
            vec![this.clone(), other]
        };
        nav.go(ViewState {
            route: Route::Compare { ids },
            filter: Default::default(),
        });
    };

    view! {
        <label class="compare-with">
            "Compare with "
            <select data-testid="compare-with" on:change:target=move |ev| open(ev.target().value())>
                <option value="" selected=true>"Choose a meeting…"</option>
                {options}
            </select>
        </label>
    }
    .into_any()
}
