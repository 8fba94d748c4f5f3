//! On a readout's page, the other reports of its meeting: the accounts by other publishers and
//! the versions in other languages, with links to the meeting, its accounts compared and its
//! versions aligned (`core::meetings::report::page::meeting_note`). Nothing when the readout is
//! the meeting's only report.

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
    let m = data.meetings.meeting_of(index)?;
    let meeting = data.meetings.meetings.get(m)?;
    (meeting.readouts.len() >= 2).then(|| Dom(meeting_note(meeting, &data.readouts, index)))
}
