//! The speaker part of the corrections form: pick a sentence (the selected one first), then its
//! speaker among the participants of the form, both sides, or narration.

use crate::core::correct::{speaker_from, speaker_value, CorrectionsDraft};
use crate::core::text::cut_at_word;
use crate::core::Speaker;
use crate::ui::state::Data;
use leptos::prelude::*;
use std::sync::Arc;

/// `(value, label)` of every speaker a sentence can have: the participants of the form (by
/// position, as [`speaker_value`] writes them), both sides, narration.
fn speaker_choices(draft: &CorrectionsDraft) -> Vec<(String, String)> {
    let mut options: Vec<(String, String)> = draft
        .participants
        .iter()
        .enumerate()
        .map(|(i, row)| {
            let label = match row.name.trim() {
                "" => format!("Participant {}", i + 1),
                _ => row.name.clone(),
            };
            (speaker_value(Speaker::Person(i)), label)
        })
        .collect();
    options.push((speaker_value(Speaker::Joint), "Both sides".into()));
    options.push((speaker_value(Speaker::Narration), "Narration".into()));
    options
}

/// A sentence menu and a speaker menu that edits `draft.speakers`.
#[component]
pub fn SentenceSpeaker(
    /// The analysed corpus.
    data: Arc<Data>,
    /// Position of the readout in `data.readouts`.
    index: usize,
    /// The selected sentence (`?s=`), preselected.
    #[prop(into)]
    target: Signal<Option<usize>>,
    /// The form's values; the speaker menu edits its speakers.
    draft: RwSignal<CorrectionsDraft>,
) -> impl IntoView {
    let sentence = RwSignal::new(target.get_untracked().unwrap_or(0));
    Effect::new(move |_| {
        if let Some(i) = target.get() {
            sentence.set(i);
        }
    });
    let readout = &data.readouts[index];
    let sentence_options = (0..readout.sentences.len())
        .map(|i| {
            let label = format!("{}. {}", i + 1, cut_at_word(readout.sentence_text(i), 70));
            view! { <option value=i.to_string()>{label}</option> }
        })
        .collect_view();
    // The speaker of the chosen sentence, as a menu value.
    let chosen = move || {
        draft.with(|d| {
            d.speakers
                .get(&sentence.get())
                .copied()
                .map(speaker_value)
                .unwrap_or_default()
        })
    };
    let speaker_options = move || {
        let chosen = chosen();
        draft
            .with(speaker_choices)
            .into_iter()
            .map(|(value, label)| {
                let selected = value == chosen;
                view! { <option value=value selected=selected>{label}</option> }
            })
            .collect_view()
    };
    let pick_sentence = move |value: String| {
        if let Ok(i) = value.parse() {
            sentence.set(i)
        }
    };
    let pick_speaker = move |value: String| {
        if let Some(s) = speaker_from(&value) {
            let i = sentence.get_untracked();
            draft.update(|d| {
                d.speakers.insert(i, s);
            });
        }
    };

    view! {
        <div class="field-pair">
            <label>"Sentence"
                <select data-testid="correct-sentence" prop:value=move || sentence.get().to_string()
                    on:change:target=move |ev| pick_sentence(ev.target().value())>
                    {sentence_options}
                </select>
            </label>
            <label>"Speaker"
                <select data-testid="correct-speaker" prop:value=chosen
                    on:change:target=move |ev| pick_speaker(ev.target().value())>
                    {speaker_options}
                </select>
            </label>
        </div>
    }
}
