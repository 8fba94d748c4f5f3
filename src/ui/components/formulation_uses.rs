//! Every sentence that uses one formulation, the phrase marked, with speaker and meeting.

use crate::core::analyse::FormulationUse;
use crate::core::case;
use crate::core::explore::{Route, ViewState};
use crate::ui::format::date_label;
use crate::ui::state::{speaker_class, Data};
use leptos::prelude::*;
use std::sync::Arc;

/// The uses of the formulation whose text (or key) is `phrase`, or a notice when there is none.
// Long for its markup: after its signals and named handlers, one `view!` lays the view out as it
// reads, top to bottom (DESIGN.md, "one view! last"); the logic is in the handlers above it.
#[component]
pub fn FormulationUses(
    /// The analysed corpus.
    data: Arc<Data>,
    /// The phrase from the URL.
    phrase: String,
) -> impl IntoView {
    let found = data
        .analysis
        .formulations
        .iter()
        .find(|f| f.text == phrase || f.key == case::lowercase(&phrase));
    let Some(f) = found else {
        return view! {
            <section class="page formulations-page">
                <p class="crumbs"><a href="#/formulations">"All formulations"</a></p>
                <h1>"Phrase not found"</h1>
                <p class="empty">
                    "No recurring phrase “" {phrase} "” in the loaded readouts. "
                    <a href="#/formulations">"Pick one from the list"</a> "."
                </p>
            </section>
        }
        .into_any();
    };
    let items = f
        .uses
        .iter()
        .map(|u: &FormulationUse| {
            let r = &data.readouts[u.readout];
            let sentence = r.sentences[u.sentence].span;
            let (start, end) = (
                u.span.start.max(sentence.start),
                u.span.end.min(sentence.end),
            );
            let piece = |a: usize, b: usize| r.text.get(a..b).unwrap_or("").to_string();
            let href = ViewState {
                route: Route::Readout {
                    id: r.id.clone(),
                    sentence: Some(u.sentence),
                },
                ..Default::default()
            }
            .to_fragment();
            let date = date_label(r.date);
            let swatch = format!("swatch {}", speaker_class(r, u.speaker));
            view! {
                <li class="use" data-testid="formulation-use">
                    <blockquote class="use-text">
                        {piece(sentence.start, start)}
                        <mark>{piece(start, end)}</mark>
                        {piece(end, sentence.end)}
                    </blockquote>
                    <p class="use-meta">
                        <span class=swatch aria-hidden="true"></span>
                        <span class="use-speaker">{r.speaker_name(u.speaker).to_string()}</span>
                        <span class="use-date">{date}</span>
                    </p>
                    <p class="use-meeting"><a href=href>{r.title.clone()}</a></p>
                </li>
            }
        })
        .collect_view();
    let variants = match f.variants.len() {
        0 | 1 => String::new(),
        _ => format!(" Also written: {}.", f.variants.join(" / ")),
    };
    let meetings = format!(
        "Used {} times in {} meetings.{variants}",
        f.uses.len(),
        f.readouts
    );

    view! {
        <section class="page formulations-page">
            <p class="crumbs"><a href="#/formulations">"All formulations"</a></p>
            <h1>"“" {f.text.clone()} "”"</h1>
            <p class="lede">{meetings}</p>
            <ol class="uses" data-testid="formulation-uses">{items}</ol>
        </section>
    }
    .into_any()
}
