//! One readout in a list: date, format, title (linked), participants.

use crate::core::Readout;
use crate::ui::format::{human_date, participant_label};
use crate::ui::route::Route;
use leptos::prelude::*;
use std::sync::Arc;

/// A summary of one readout that links to its page.
#[component]
pub fn ReadoutCard(
    /// The readout to summarise.
    readout: Arc<Readout>,
) -> impl IntoView {
    let href = Route::Readout {
        id: readout.id.clone(),
    }
    .href();
    let date = match readout.date {
        Some(d) => view! { <time datetime=d.to_string()>{human_date(d)}</time> }.into_any(),
        None => view! { <span class="undated">"Undated"</span> }.into_any(),
    };
    let format = readout
        .format
        .map(|f| view! { <span class="chip format">{f.label()}</span> });
    let derived = readout
        .title_derived
        .then(|| view! { <span class="derived" title="The text has no headline; this title was derived from its first sentence.">"derived title"</span> });
    let participants = readout
        .participants
        .iter()
        .map(participant_label)
        .collect::<Vec<_>>()
        .join(" · ");

    view! {
        <article class="readout-card" data-testid="readout-card">
            <div class="card-meta">{date} {format}</div>
            <h2 class="card-title"><a href=href>{readout.title.clone()}</a> {derived}</h2>
            <p class="participants">{participants}</p>
        </article>
    }
}
