//! Correcting a readout by hand: title, language, date, format, who published it, participants
//! with their countries, and the speaker of any sentence. Corrections are kept apart from the
//! text (which stays as published); `core::correct` turns the form's values into the
//! corrections to keep (only what differs from the parser's result). Saving rebuilds the
//! corpus; the store keeps the corrections.

use crate::core::collection::{Corrections, Source};
use crate::core::correct::{corrections_from, CorrectionsDraft};
use crate::ui::components::{HeaderFields, ParticipantRows, PublisherInput, SentenceSpeaker};
use crate::ui::state::{Corpus, Data};
use leptos::prelude::*;
use std::sync::Arc;

/// Gives the loaded source with `source`'s text and name these corrections, and reloads.
fn set_corrections(corpus: Corpus, source: &Source, corrections: Corrections) {
    let mut sources = corpus.sources();
    if let Some(s) = sources
        .iter_mut()
        .find(|s| s.text == source.text && s.name == source.name)
    {
        s.corrections = corrections;
    }
    corpus.set_sources(sources);
}

/// The corrections form of the readout at `index`.
#[component]
pub fn CorrectionsForm(
    /// The analysed corpus.
    data: Arc<Data>,
    /// Position of the readout in `data.readouts`.
    index: usize,
    /// The selected sentence (`?s=`), preselected for a speaker change.
    #[prop(into)]
    target: Signal<Option<usize>>,
    /// Whether the form is unfolded; owned by the page so it stays open across the rebuild that
    /// saving causes.
    open: RwSignal<bool>,
    /// The last save's outcome, owned by the page for the same reason.
    message: RwSignal<String>,
) -> impl IntoView {
    let corpus = expect_context::<Corpus>();
    let source = data.sources[index].clone();
    let current = &data.readouts[index];
    // The readout as the parser saw it: corrections are recorded against this.
    let base = Arc::new(source.parsed(&data.options));
    let draft = RwSignal::new(CorrectionsDraft::of(current));
    // Its own signal, for the shared entry; put into the draft on save.
    let publisher = RwSignal::new(draft.with_untracked(|d| d.publisher.clone()));

    let save = {
        let source = source.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            draft.update_untracked(|d| d.publisher = publisher.get_untracked());
            match draft.with_untracked(|d| corrections_from(&base, d, &source.corrections)) {
                Err(e) => message.set(e),
                Ok(corrections) => {
                    set_corrections(corpus, &source, corrections);
                    message.set("Saved.".into());
                }
            }
        }
    };
    let undo_all = {
        let source = source.clone();
        move |_| set_corrections(corpus, &source, Corrections::default())
    };
    let has_corrections = !source.corrections.is_empty();

    view! {
        <details
            class="corrections"
            data-testid="corrections"
            prop:open=move || open.get()
            on:toggle:target=move |ev| open.set(ev.target().open())
        >
            <summary>"Correct this readout"</summary>
            <form class="corrections-form" on:submit=save>
                <p class="hint">"The text stays as published; corrections are kept beside it and travel with exports."</p>
                <HeaderFields draft=draft />
                <label>"Published by"
                    <PublisherInput id="correct-publisher" value=publisher testid="correct-publisher" />
                </label>
                <p class="hint">
                    "The government that issued this readout: its own officials take its country. \
                     Left empty, the text says (or the setting chosen at import)."
                </p>
                <h3>"Participants"</h3>
                <ParticipantRows draft=draft />
                <h3>"Speaker of a sentence"</h3>
                <SentenceSpeaker data=data.clone() index=index target=target draft=draft />
                <div class="form-actions">
                    <button type="submit" class="primary">"Save corrections"</button>
                    <Show when=move || has_corrections>
                        <button type="button" on:click=undo_all.clone()>"Undo all corrections"</button>
                    </Show>
                    <span role="status" data-testid="corrections-status">{move || message.get()}</span>
                </div>
            </form>
        </details>
    }
}
