//! Links to the meetings around a readout: the previous and next in date order, and the
//! previous meeting with the same counterpart. The other readouts of its own meeting (the other
//! side's account, the other language) are not "another meeting": the meeting page lists them.

use crate::core::explore::Route;
use crate::core::Readout;
use crate::ui::format::{date_label, route_href};
use crate::ui::state::Data;
use leptos::prelude::*;
use std::sync::Arc;

/// Previous, next and previous-with-the-same-counterpart links for the readout at `index`.
#[component]
pub fn ReadoutNav(
    /// The analysed corpus (readouts in date order).
    data: Arc<Data>,
    /// Position of the readout in `data.readouts`.
    index: usize,
) -> impl IntoView {
    let dataset = data.dataset();
    let own = data.meetings.meeting_of(index);
    let other = |j: &usize| own.is_none() || data.meetings.meeting_of(*j) != own;
    let counterpart = dataset.countries_of(index).first().map(|c| c.to_string());
    let same = counterpart.as_ref().and_then(|c| {
        (0..index)
            .rev()
            .filter(other)
            .find(|&j| dataset.countries_of(j).first() == Some(&c.as_str()))
    });
    let before = (0..index).rev().find(other);
    let after = (index + 1..data.readouts.len()).find(other);
    let link = |rel: &'static str, caption: String, j: Option<usize>| {
        j.map(|j| {
            let r: &Readout = &data.readouts[j];
            let date = date_label(r.date);
            view! {
                <li class=format!("nav-{rel}")>
                    <span class="nav-caption">{caption}</span>
                    <a href=route_href(Route::Readout { id: r.id.clone(), sentence: None }) data-testid=format!("nav-{rel}")>{r.title.clone()}</a>
                    <span class="nav-date">{date}</span>
                </li>
            }
        })
    };
    let none = (before.is_none() && after.is_none())
        .then(|| view! { <li class="empty">"This is the only meeting loaded."</li> });
    let prev = link("prev", "← Previous meeting".into(), before);
    let next = link("next", "Next meeting →".into(), after);
    let with = link(
        "same",
        format!("Previous meeting with {}", counterpart.unwrap_or_default()),
        same,
    );

    view! {
        <nav class="readout-nav" aria-label="Other meetings">
            <ul>{prev}{next}{with}{none}</ul>
        </nav>
    }
}
