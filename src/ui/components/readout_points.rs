//! The enumerated points of a readout ("First, …", "The second priority is …"), each with its
//! number, its speaker and the start of its text.

use crate::core::text::cut_at_word;
use crate::ui::state::Data;
use leptos::prelude::*;
use std::sync::Arc;

/// The points of the readout at `index`, under a heading when there are any.
#[component]
pub fn ReadoutPoints(
    /// The analysed corpus.
    data: Arc<Data>,
    /// Position of the readout in `data.readouts`.
    index: usize,
) -> impl IntoView {
    let readout = &data.readouts[index];
    let points = readout
        .points
        .iter()
        .map(|p| {
            let who = readout.speaker_name(p.speaker).to_string();
            let text = cut_at_word(p.span.of(&readout.text), 140);
            view! {
                <li>
                    <span class="point-marker">{p.ordinal}</span>
                    <span class="point-speaker">{who}</span>": " {text}
                </li>
            }
        })
        .collect_view();
    let heading = (!readout.points.is_empty()).then(|| view! { <h2>"Enumerated points"</h2> });
    view! {
        {heading}
        <ol class="points" data-testid="points">{points}</ol>
    }
}
