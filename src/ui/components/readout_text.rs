//! The cleaned text of a readout, each sentence coloured by its speaker, a label where the
//! speaker changes, and enumerated points marked with their ordinal. The selected sentence and
//! the sentences on the filtered topics are highlighted.

use crate::core::{Language, Readout, Speaker};
use crate::ui::state::{speaker_class, Data};
use leptos::prelude::*;
use std::collections::BTreeSet;
use std::sync::Arc;

/// Renders the paragraphs of a readout with attributed sentences.
#[component]
pub fn ReadoutText(
    /// The analysed corpus.
    data: Arc<Data>,
    /// Position of the readout in `data.readouts`.
    index: usize,
    /// The selected sentence (`?s=` in the URL): outlined and focusable.
    #[prop(into, optional)]
    target: Signal<Option<usize>>,
    /// Sentences to highlight (those on the topics of the filter).
    #[prop(into, optional)]
    highlighted: Signal<BTreeSet<usize>>,
) -> impl IntoView {
    let readout = &data.readouts[index];
    // Sentences whose speaker the user corrected are marked as such.
    let corrected = &data.sources[index].corrections.speakers;
    let mut previous: Option<Speaker> = None;
    // Chinese sets no space between sentences.
    let gap = match readout.language {
        Language::Chinese => "",
        _ => " ",
    };
    let lang = readout.language.code();
    let paragraphs = (0..readout.paragraphs.len())
        .map(|p| {
            // "SEOUL, April 9 (Yonhap) --": a place line before the paragraph's first sentence
            // is no part of it, and is shown as written, unattributed.
            let start = readout.paragraphs[p].start;
            let place = readout
                .sentences
                .iter()
                .find(|s| s.paragraph == p)
                .and_then(|s| readout.text.get(start..s.span.start))
                .map(str::trim)
                .filter(|t| !t.is_empty())
                .map(|t| view! { <span class="place-line">{t.to_string()}</span>{gap} });
            let sentences = readout
                .sentences
                .iter()
                .enumerate()
                .filter(|(_, s)| s.paragraph == p)
                .map(|(i, s)| {
                    let class = format!("sentence {}", speaker_class(readout, s.speaker));
                    let name = readout.speaker_name(s.speaker).to_string();
                    let is_corrected = corrected.contains_key(&i);
                    let tip = match is_corrected {
                        true => format!("{name} (speaker corrected by hand)"),
                        false => name.clone(),
                    };
                    let label = (previous != Some(s.speaker) && s.speaker != Speaker::Narration)
                        .then(|| view! { <span class="speaker-label">{name.clone()}</span> });
                    previous = Some(s.speaker);
                    let pieces = sentence_pieces(readout, i)
                        .into_iter()
                        .map(|(text, ordinal)| {
                            let marker = ordinal.map(|n| {
                                view! { <span class="point-marker" title=format!("Point {n}")>{n}</span> }
                            });
                            view! { {marker}{text} }
                        })
                        .collect_view();
                    let is_target = move || target.get() == Some(i);
                    let on_topic = move || highlighted.with(|h| h.contains(&i));
                    view! {
                        {label}
                        <span
                            class=class
                            class:is-target=is_target
                            class:on-topic=on_topic
                            class:corrected=is_corrected
                            tabindex="-1"
                            data-sentence=i
                            title=tip
                        >
                            {pieces}
                        </span>
                        {gap}
                    }
                })
                .collect_view();
            view! { <p>{place}{sentences}</p> }
        })
        .collect_view();

    view! { <div class="readout-text" lang=lang data-testid="readout-text">{paragraphs}</div> }
}

/// The text of sentence `i` cut where enumerated points start: `(text, Some(ordinal))` for a
/// piece that begins a point.
fn sentence_pieces(readout: &Readout, i: usize) -> Vec<(String, Option<u32>)> {
    let span = readout.sentences[i].span;
    let mut starts: Vec<(usize, u32)> = readout
        .points
        .iter()
        .filter(|p| p.span.start >= span.start && p.span.start < span.end)
        .map(|p| (p.span.start, p.ordinal))
        .collect();
    crate::core::sort::sort(&mut starts);
    let mut pieces = Vec::new();
    let mut cut = span.start;
    let mut ordinal = None;
    for (start, n) in starts {
        if start > cut {
            pieces.push((
                readout.text.get(cut..start).unwrap_or("").to_string(),
                ordinal,
            ));
        }
        cut = start;
        ordinal = Some(n);
    }
    pieces.push((
        readout.text.get(cut..span.end).unwrap_or("").to_string(),
        ordinal,
    ));
    pieces
}
