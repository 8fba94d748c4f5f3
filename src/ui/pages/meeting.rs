//! One meeting: the readouts that report it, its accounts compared and its language versions
//! aligned, each a view with its own address (`#/meeting/ID`, `#/meeting/ID/accounts`,
//! `#/meeting/ID/versions?account=China`). ID is any of its readouts' ids, so a link keeps
//! working when the meeting gains or loses a readout.

use crate::core::explore::{MeetingView, Route};
use crate::core::meetings::report::capitalised;
use crate::core::meetings::Meeting;
use crate::core::model::Readout;
use crate::ui::components::{AccountsView, MeetingReadouts, VersionsView};
use crate::ui::format::{date_label, route_href};
use crate::ui::persist::Library;
use crate::ui::state::{Corpus, Nav};
use leptos::prelude::*;

/// "Phone call · China · United States": the format and the countries taking part.
pub fn meeting_heading(m: &Meeting, readouts: &[Readout]) -> String {
    let mut countries: Vec<&str> = Vec::new();
    let mut format = None;
    for &r in &m.readouts {
        let x = &readouts[r];
        format = format.or(x.format);
        for c in x
            .publisher
            .iter()
            .map(String::as_str)
            .chain(x.participants.iter().filter_map(|p| p.country.as_deref()))
        {
            if !countries.contains(&c) {
                countries.push(c);
            }
        }
    }
    let mut parts: Vec<String> = Vec::new();
    if let Some(f) = format {
        let label = f.label();
        parts.push(capitalised(label));
    }
    parts.extend(countries.iter().map(|c| c.to_string()));
    if parts.is_empty() {
        parts.push("Meeting".into());
    }
    parts.join(" · ")
}

/// The meeting page for the meeting readout `id` belongs to.
#[component]
pub fn MeetingPage(
    /// The id of one of the meeting's readouts.
    id: String,
) -> impl IntoView {
    let corpus = expect_context::<Corpus>();
    let nav = expect_context::<Nav>();
    let library = use_context::<Library>();
    let view_of = Memo::new(move |_| {
        nav.state.with(|s| match &s.route {
            Route::Meeting { view, .. } => *view,
            _ => MeetingView::Readouts,
        })
    });
    let account = Signal::derive(move || {
        nav.state.with(|s| match &s.route {
            Route::Meeting { account, .. } => account.clone(),
            _ => None,
        })
    });
    move || {
        let data = corpus.data.get();
        let id = id.clone();
        let Some(m) = data.meetings.find(&data.readouts, &id) else {
            return match library.is_some_and(|l| !l.loaded.get()) {
                true => view! { <section class="page"><p class="note">"Loading the readouts stored in this browser…"</p></section> }.into_any(),
                false => view! {
                    <section class="page">
                        <h1>"Meeting not found"</h1>
                        <p>"No readout with the id " <code>{id}</code> " is loaded."</p>
                        <p><a href="#/">"See all meetings"</a></p>
                    </section>
                }
                .into_any(),
            };
        };
        let meeting = &data.meetings.meetings[m];
        let accounts = meeting.accounts(&data.readouts).len();
        let has_versions = !meeting.versions(&data.readouts).is_empty();
        let page_id = id.clone();
        let tab = move |view: MeetingView, label: String, enabled: bool| {
            let href = route_href(Route::Meeting {
                id: id.clone(),
                view,
                account: None,
            });
            let current = move || {
                if view_of.get() == view {
                    "page"
                } else {
                    "false"
                }
            };
            match enabled {
                true => view! { <a href=href aria-current=current>{label}</a> }.into_any(),
                false => view! { <span class="tab-off" title="Nothing to show for this meeting">{label}</span> }.into_any(),
            }
        };
        let readouts = meeting.readouts.len();
        let tabs = view! {
            <nav class="meeting-tabs" aria-label="Meeting views">
                {tab(MeetingView::Readouts, format!("Readouts ({readouts})"), true)}
                {tab(MeetingView::Accounts, format!("Accounts ({accounts})"), accounts >= 2)}
                {tab(MeetingView::Versions, "Versions".into(), has_versions)}
            </nav>
        };
        let heading = meeting_heading(meeting, &data.readouts);
        let date = date_label(meeting.date(&data.readouts));
        let body = move || match view_of.get() {
            MeetingView::Accounts => view! { <AccountsView id=page_id.clone() /> }.into_any(),
            MeetingView::Versions => {
                view! { <VersionsView id=page_id.clone() account=account /> }.into_any()
            }
            MeetingView::Readouts => view! { <MeetingReadouts id=page_id.clone() /> }.into_any(),
        };
        view! {
            <section class="page meeting-page" aria-labelledby="meeting-heading" data-testid="meeting-page">
                <p class="meeting-date"><time>{date}</time>{meeting.corrected.then(|| view! { <span class="chip corrected">"grouped by hand"</span> })}</p>
                <h1 id="meeting-heading">{heading}</h1>
                {tabs}
                {body}
            </section>
        }
        .into_any()
    }
}
