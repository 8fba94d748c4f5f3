//! The key to the speaker colours of one readout.

use crate::core::Speaker;
use crate::ui::format::participant_label;
use crate::ui::state::{speaker_class, Data};
use leptos::prelude::*;
use std::sync::Arc;

/// Lists each speaker of a readout beside its colour, with joint statements and narration.
#[component]
pub fn SpeakerLegend(
    /// The analysed corpus.
    data: Arc<Data>,
    /// Position of the readout in `data.readouts`.
    index: usize,
) -> impl IntoView {
    let readout = &data.readouts[index];
    let mut entries: Vec<(Speaker, String)> = readout
        .participants
        .iter()
        .enumerate()
        .map(|(i, p)| (Speaker::Person(i), participant_label(p)))
        .collect();
    entries.push((Speaker::Joint, "Both or all sides".to_string()));
    entries.push((Speaker::Narration, "Narration".to_string()));
    let items = entries
        .into_iter()
        .map(|(speaker, label)| {
            let class = format!("swatch {}", speaker_class(readout, speaker));
            view! { <li><span class=class aria-hidden="true"></span>{label}</li> }
        })
        .collect_view();

    view! { <ul class="legend" aria-label="Speakers">{items}</ul> }
}
