//! One meeting: the readouts that report it, its accounts compared and its language versions
//! aligned, each a view with its own address (`#/meeting/ID`, `#/meeting/ID/accounts`,
//! `#/meeting/ID/versions?account=China`). ID is any of its readouts' ids, so a link keeps
//! working when the meeting gains or loses a readout. The date, heading and tabs are a
//! document (`core::meetings::report::page`); the views below them are components.

use crate::core::explore::{MeetingView, Route};
use crate::core::meetings::report::page::{meeting_header, meeting_not_found};
use crate::ui::components::{AccountsView, MeetingReadouts, VersionsView};
use crate::ui::dom::Dom;
use crate::ui::persist::Library;
use crate::ui::state::{Corpus, Nav};
use leptos::prelude::*;

/// The meeting page for the meeting readout `id` belongs to.
#[component]
pub fn MeetingPage(
    /// The id of one of the meeting's readouts.
    id: String,
) -> impl IntoView {
    let corpus = expect_context::<Corpus>();
    let nav = expect_context::<Nav>();
    let library = use_context::<Library>();
    // The page's route without whose versions are shown (that changes in place, inside the
    // versions view). A `Memo<Route>` as the app's own: a memo of a type of its own would be
    // one more copy of the reactive graph's memo code in the wasm.
    let route = Memo::new(move |_| {
        nav.state.with(|s| match &s.route {
            Route::Meeting { id, view, .. } => Route::Meeting {
                id: id.clone(),
                view: *view,
                account: None,
            },
            _ => Route::Timeline,
        })
    });
    let view_of = move || {
        route.with(|r| match r {
            Route::Meeting { view, .. } => *view,
            _ => MeetingView::Readouts,
        })
    };
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
                false => Dom(meeting_not_found(&id)).into_any(),
            };
        };
        let header = {
            let (data, id) = (data.clone(), id.clone());
            move || {
                let meeting = &data.meetings.meetings[m];
                Dom(meeting_header(meeting, &data.readouts, view_of(), &id))
            }
        };
        let body = move || match view_of() {
            MeetingView::Accounts => view! { <AccountsView id=id.clone() /> }.into_any(),
            MeetingView::Versions => {
                view! { <VersionsView id=id.clone() account=account /> }.into_any()
            }
            MeetingView::Readouts => view! { <MeetingReadouts id=id.clone() /> }.into_any(),
        };
        view! {
            <section class="page meeting-page" aria-labelledby="meeting-heading" data-testid="meeting-page">
                {header}
                {body}
            </section>
        }
        .into_any()
    }
}
