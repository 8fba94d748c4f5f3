//! On a readout's page, the other reports of its meeting: the accounts by other publishers and
//! the versions in other languages, with links to the meeting, its accounts compared and its
//! versions aligned. Nothing when the readout is the meeting's only report.

use crate::core::explore::{MeetingView, Route};
use crate::ui::format::route_href;
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
    if meeting.readouts.len() < 2 {
        return None;
    }
    let id = data.readouts[index].id.clone();
    let link = |view: MeetingView| {
        route_href(Route::Meeting {
            id: id.clone(),
            view,
            account: None,
        })
    };
    let accounts = meeting.accounts(&data.readouts);
    let names: Vec<String> = accounts
        .iter()
        .map(|a| {
            let langs: Vec<&str> = a
                .readouts
                .iter()
                .map(|&r| data.readouts[r].language.label())
                .collect();
            format!(
                "{} ({})",
                a.publisher.unwrap_or("Unknown publisher"),
                langs.join(", ")
            )
        })
        .collect();
    let n = meeting.readouts.len();
    let compare = (accounts.len() >= 2).then(|| {
        view! { " · " <a href=link(MeetingView::Accounts)>"Compare the accounts"</a> }
    });
    let versions = (!meeting.versions(&data.readouts).is_empty()).then(|| {
        view! { " · " <a href=link(MeetingView::Versions)>"Align the versions"</a> }
    });
    Some(view! {
        <p class="meeting-note" data-testid="meeting-note">
            <a href=link(MeetingView::Readouts)>{format!("One of {n} reports of this meeting")}</a>
            {format!(": {}", names.join(" · "))}
            {compare}
            {versions}
        </p>
    })
}
