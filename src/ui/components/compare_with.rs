//! "Compare with …" on a readout page: opens the comparison of this meeting and another.

use crate::core::explore::{Route, ViewState};
use crate::ui::components::MeetingSelect;
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
    let exclude = vec![this.clone()];
    let open = move |other: String| {
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
        <span class="compare-with">
            <MeetingSelect
                label="Compare with "
                prompt="Choose a meeting…"
                testid="compare-with"
                exclude=Signal::stored(exclude)
                on_pick=Callback::new(open)
            />
        </span>
    }
    .into_any()
}
