//! The topics and stances of one readout: its positions grouped by topic, each a link to the
//! sentence it came from.

use crate::core::analyse::Position;
use crate::core::explore::Route;
use crate::ui::state::{speaker_class, Data, Nav};
use leptos::prelude::*;
use std::sync::Arc;

/// The positions of a readout, by topic in order of first mention.
// Long for its markup: after its signals and named handlers, one `view!` lays the view out as it
// reads, top to bottom (DESIGN.md, "one view! last"); the logic is in the handlers above it.
#[component]
pub fn PositionsList(
    /// The analysed corpus.
    data: Arc<Data>,
    /// Position of the readout in `data.readouts`.
    index: usize,
) -> impl IntoView {
    let nav = expect_context::<Nav>();
    let readout = &data.readouts[index];
    let positions = &data.analysis.analyses[index].positions;
    let mut topics: Vec<usize> = Vec::new();
    for p in positions {
        if !topics.contains(&p.topic) {
            topics.push(p.topic);
        }
    }
    if topics.is_empty() {
        return view! {
            <p class="empty" data-testid="positions">"No positions on the lexicon's topics."</p>
        }
        .into_any();
    }
    let groups = topics
        .into_iter()
        .map(|topic| {
            let label = data.lexicon.topics[topic].label.clone();
            let items = positions
                .iter()
                .filter(|p| p.topic == topic)
                .map(|p: &Position| {
                    let name = readout.speaker_name(p.speaker).to_string();
                    let swatch = format!("swatch {}", speaker_class(readout, p.speaker));
                    let stance = p.stance.name();
                    // The words that raised the topic tell apart several positions of one speaker.
                    let words = p.span.of(&readout.text).to_string();
                    let tip = format!("{name}, {stance}: “{}”", readout.sentence_text(p.sentence));
                    let sentence = p.sentence;
                    let route = Route::Readout {
                        id: readout.id.clone(),
                        sentence: Some(sentence),
                    };
                    let href = {
                        let route = route.clone();
                        move || {
                            let mut next = nav.state.get();
                            next.route = route.clone();
                            next.to_fragment()
                        }
                    };
                    let select = move |ev: leptos::ev::MouseEvent| {
                        ev.prevent_default();
                        let mut next = nav.state.get_untracked();
                        next.route = route.clone();
                        nav.go(next);
                    };
                    let current = move || {
                        nav.state.with(|s| {
                            matches!(s.route, Route::Readout { sentence: Some(x), .. } if x == sentence)
                        })
                    };
                    view! {
                        <li>
                            <a
                                class="position"
                                href=href
                                on:click=select
                                aria-current=move || if current() { "location" } else { "false" }
                                title=tip
                            >
                                <span class=swatch aria-hidden="true"></span>
                                <span class="position-speaker">{name}</span>
                                <span class="position-words">{words}</span>
                                <span class=format!("stance st-{stance}")>{stance}</span>
                            </a>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <li class="topic-group">
                    <h3 class="topic-label">{label}</h3>
                    <ul class="topic-positions">{items}</ul>
                </li>
            }
        })
        .collect_view();

    view! { <ul class="positions" data-testid="positions">{groups}</ul> }.into_any()
}
