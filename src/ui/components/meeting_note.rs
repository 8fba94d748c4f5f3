//! On a readout's page, the other reports of its meeting: the accounts by other publishers and
//! the versions in other languages, with links to the meeting, its accounts compared and its
//! versions aligned (`core::meetings::report::page::meeting_note`). Nothing when the readout is
//! the meeting's only report.

use crate::core::doc::Doc;
use crate::core::meetings::report::page::meeting_note;
use crate::ui::dom::Dom;
use crate::ui::state::Data;
use leptos::prelude::*;

/// The note for the readout at `index` of `data`.
#[component]
pub fn MeetingNote(
    /// The analysed corpus.
    data: std::sync::Arc<Data>,
    /// Position of the readout in `data.readouts`.
    index: usize,
) -> impl IntoView {
    let meeting = data
        .meetings
        .meeting_of(index)
        .and_then(|m| data.meetings.meetings.get(m))
        .filter(|m| m.readouts.len() >= 2);
    // An empty document rather than `None`: an `Option<Dom>` would be one more view type in
    // the wasm (its own build, rebuild and mount code).
    Dom(meeting.map_or_else(Doc::new, |m| meeting_note(m, &data.readouts, index)))
}
