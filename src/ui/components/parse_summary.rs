//! How an imported readout parsed: date, format, publisher, participants with countries, how
//! many sentences have a speaker, and a warning for each thing the parser could not find.

use crate::core::import::warnings;
use crate::core::{Readout, Speaker};
use crate::ui::format::{date_label, participant_label};
use leptos::prelude::*;

/// The parse summary of one readout, with its warnings.
#[component]
pub fn ParseSummary(
    /// The parsed (and corrected) readout.
    readout: Readout,
) -> impl IntoView {
    let attributed = readout
        .sentences
        .iter()
        .filter(|s| matches!(s.speaker, Speaker::Person(_) | Speaker::Joint))
        .count();
    let participants = match readout.participants.is_empty() {
        true => "none found".to_string(),
        false => readout
            .participants
            .iter()
            .map(participant_label)
            .collect::<Vec<_>>()
            .join(" · "),
    };
    let format = readout.format.map_or("not stated", |f| f.label());
    let publisher = match (&readout.publisher, readout.publisher_assumed) {
        (None, _) => "not known".to_string(),
        (Some(p), false) => p.clone(),
        (Some(p), true) => format!("{p} (the setting at import: the text does not say)"),
    };
    let found = warnings(&readout);
    let has_warnings = !found.is_empty();
    let warnings = found
        .into_iter()
        .map(|w| view! { <li>{w.to_string()}</li> })
        .collect_view();

    view! {
        <div class="parse-summary" data-testid="parse-summary">
            <dl>
                <dt>"Date"</dt>
                <dd data-testid="summary-date">{date_label(readout.date)}</dd>
                <dt>"Format"</dt>
                <dd>{format}</dd>
                <dt>"Published by"</dt>
                <dd data-testid="summary-publisher">{publisher}</dd>
                <dt>"Participants"</dt>
                <dd data-testid="summary-participants">{participants}</dd>
                <dt>"Speakers"</dt>
                <dd data-testid="summary-speakers">
                    {format!("{attributed} of {} sentences attributed", readout.sentences.len())}
                </dd>
            </dl>
            <Show when=move || has_warnings>
                <p class="warning-title">"Check this readout:"</p>
            </Show>
            <ul class="parse-warnings" data-testid="parse-warnings">{warnings}</ul>
        </div>
    }
}
