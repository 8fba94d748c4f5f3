//! One readout: its header, the speakers, the attributed text and its enumerated points.

use crate::core::Readout;
use crate::ui::components::{ReadoutText, SpeakerLegend};
use crate::ui::format::human_date;
use crate::ui::state::Corpus;
use leptos::prelude::*;
use std::sync::Arc;

/// The page of the readout with this id, or a notice when there is none.
#[component]
pub fn ReadoutPage(
    /// Id of the readout to show.
    id: String,
) -> impl IntoView {
    let corpus = expect_context::<Corpus>();
    match corpus.find(&id) {
        Some(readout) => view! { <ReadoutView readout=readout /> }.into_any(),
        None => view! {
            <section class="page">
                <h1>"Readout not found"</h1>
                <p>"No readout with the id " <code>{id}</code> " is loaded."</p>
                <p><a href="#/">"See all readouts"</a></p>
            </section>
        }
        .into_any(),
    }
}

#[component]
fn ReadoutView(readout: Arc<Readout>) -> impl IntoView {
    let date = readout
        .date
        .map(|d| view! { <time datetime=d.to_string()>{human_date(d)}</time> }.into_any())
        .unwrap_or_else(|| view! { <span class="undated">"Undated"</span> }.into_any());
    let format = readout
        .format
        .map(|f| view! { <span class="chip format">{f.label()}</span> });
    let derived = readout.title_derived.then(|| {
        view! { <p class="note">"The text has no headline: this title was derived from its first sentence."</p> }
    });
    let points = readout
        .points
        .iter()
        .map(|p| {
            let who = readout.speaker_name(p.speaker).to_string();
            let text = excerpt(p.span.of(&readout.text), 140);
            view! {
                <li>
                    <span class="point-marker">{p.ordinal}</span>
                    <span class="point-speaker">{who}</span>": " {text}
                </li>
            }
        })
        .collect_view();
    let has_points = !readout.points.is_empty();

    view! {
        <article class="page readout-page">
            <p class="crumbs"><a href="#/">"All readouts"</a></p>
            <header class="readout-header">
                <div class="card-meta">{date} {format} <span class="origin">{readout.origin.clone()}</span></div>
                <h1>{readout.title.clone()}</h1>
                {derived}
            </header>
            <div class="readout-layout">
                <ReadoutText readout=readout.clone() />
                <aside class="readout-aside">
                    <h2>"Speakers"</h2>
                    <SpeakerLegend readout=readout.clone() />
                    <Show when=move || has_points>
                        <h2>"Enumerated points"</h2>
                    </Show>
                    <ol class="points" data-testid="points">{points}</ol>
                </aside>
            </div>
        </article>
    }
}

/// The first `max` characters of `text`, cut at a word, with an ellipsis when cut.
fn excerpt(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{cut}…")
}
