//! One readout: its header, the attributed text (or the text as published), its topics and
//! stances, the speakers, its enumerated points and the neighbouring meetings.
//!
//! The selected sentence (`?s=N`) and the highlighted topics (`topic=`) come from the URL, so a
//! click on a position is a new history entry and every state can be shared as a link.

use crate::core::explore::Route;
use crate::core::CorrectedField;
use crate::ui::components::{
    corrected_mark, CompareWith, CorrectionsForm, MeetingNote, PositionsList, ReadoutHeader,
    ReadoutNav, ReadoutPoints, ReadoutText, SourceText, SpeakerLegend,
};
use crate::ui::persist::Library;
use crate::ui::state::{Corpus, Data, Nav};
use leptos::prelude::*;
use std::collections::BTreeSet;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// The page of the readout with this id, or a notice when there is none.
#[component]
pub fn ReadoutPage(
    /// Id of the readout to show.
    id: String,
) -> impl IntoView {
    let corpus = expect_context::<Corpus>();
    let library = use_context::<Library>();
    // Kept across rebuilds of the corpus (saving a correction rebuilds it).
    let editing = RwSignal::new(false);
    let message = RwSignal::new(String::new());
    // Re-rendered when the corpus changes: a correction, or the stored readouts arriving after a
    // deep link to one of them.
    move || {
        let data = corpus.data.get();
        let id = id.clone();
        match data.position(&id) {
        Some(index) => view! { <ReadoutView data=data index=index editing=editing message=message /> }.into_any(),
        None if library.is_some_and(|l| !l.loaded.get()) => view! {
            <section class="page"><p class="note">"Loading the readouts stored in this browser…"</p></section>
        }
        .into_any(),
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
}

/// The readout at `index` of `data`.
#[component]
fn ReadoutView(
    /// The analysed corpus.
    data: Arc<Data>,
    /// Position of the readout in `data.readouts`.
    index: usize,
    /// Whether the corrections form is open.
    editing: RwSignal<bool>,
    /// The corrections form's last message.
    message: RwSignal<String>,
) -> impl IntoView {
    let nav = expect_context::<Nav>();
    let readout = &data.readouts[index];
    // The sentence named by `?s=`, if the URL is still on this readout.
    let target = Memo::new(move |_| {
        nav.state.with(|s| match &s.route {
            Route::Readout { sentence, .. } => *sentence,
            _ => None,
        })
    });
    let topics = filter_topics(nav, data.clone());
    let on_topics = sentences_on(topics, data.clone(), index);
    let (show_source, set_show_source) = signal(false);
    focus_selected_sentence(target, show_source, set_show_source);
    let topic_note = topic_note(nav, data.clone(), topics, on_topics);
    // One mark for the people: the participants, or else the speakers, corrected.
    let people_mark = corrected_mark(readout, CorrectedField::Participants)
        .or_else(|| corrected_mark(readout, CorrectedField::Speakers));
    let source = data.sources[index].text.clone();
    let text_data = data.clone();
    let text = move || match show_source.get() {
        true => view! { <SourceText text=source.clone() /> }.into_any(),
        false => view! {
            <ReadoutText
                data=text_data.clone()
                index=index
                target=target
                highlighted=on_topics
            />
        }
        .into_any(),
    };

    view! {
        <article class="page readout-page">
            <p class="crumbs"><a href="#/">"All readouts"</a></p>
            <ReadoutHeader readout=readout.clone() />
            <MeetingNote data=data.clone() index=index />
            <div class="readout-layout">
                <div class="readout-main">
                    <div class="text-tools">
                        <label class="toggle">
                            <input
                                type="checkbox"
                                data-testid="source-toggle"
                                prop:checked=show_source
                                on:change:target=move |ev| set_show_source.set(ev.target().checked())
                            />
                            " Show the text as published"
                        </label>
                        {topic_note}
                        <CompareWith data=data.clone() index=index />
                    </div>
                    <CorrectionsForm data=data.clone() index=index target=target open=editing message=message />
                    {text}
                    <ReadoutNav data=data.clone() index=index />
                </div>
                <aside class="readout-aside">
                    <h2>"Topics and stances"</h2>
                    <PositionsList data=data.clone() index=index />
                    <h2>"Speakers" {people_mark}</h2>
                    <SpeakerLegend data=data.clone() index=index />
                    <ReadoutPoints data=data.clone() index=index />
                </aside>
            </div>
        </article>
    }
}

/// The lexicon indices of the topics in the filter (`topic=` in the URL).
fn filter_topics(nav: Nav, data: Arc<Data>) -> Memo<Vec<usize>> {
    Memo::new(move |_| {
        nav.state.with(|s| {
            s.filter
                .topics
                .iter()
                .filter_map(|t| data.lexicon.topic_index(t))
                .collect::<Vec<usize>>()
        })
    })
}

/// The sentences of the readout at `index` that raise one of `topics`.
fn sentences_on(topics: Memo<Vec<usize>>, data: Arc<Data>, index: usize) -> Memo<BTreeSet<usize>> {
    Memo::new(move |_| {
        let wanted = topics.get();
        data.analysis.analyses[index]
            .sentence_topics
            .iter()
            .enumerate()
            .filter(|(_, hits)| hits.iter().any(|h| wanted.contains(&h.topic)))
            // Inserted one by one, in order: `collect` would build the set through one more
            // copy of the standard sort.
            .fold(BTreeSet::new(), |mut set, (i, _)| {
                set.insert(i);
                set
            })
    })
}

/// Brings the selected sentence into view and gives it focus, once it is rendered (showing the
/// attributed text again if the text as published was shown).
fn focus_selected_sentence(
    target: Memo<Option<usize>>,
    show_source: ReadSignal<bool>,
    set_show_source: WriteSignal<bool>,
) {
    Effect::new(move |_| {
        let Some(i) = target.get() else { return };
        if show_source.get_untracked() {
            set_show_source.set(false);
        }
        request_animation_frame(move || {
            let selector = format!(".readout-text [data-sentence=\"{i}\"]");
            if let Some(el) = document().query_selector(&selector).ok().flatten() {
                if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                    el.scroll_into_view();
                }
            }
        });
    });
}

/// "Showing 3 statements on Trade · clear", while the filter names topics.
fn topic_note(
    nav: Nav,
    data: Arc<Data>,
    topics: Memo<Vec<usize>>,
    on_topics: Memo<BTreeSet<usize>>,
) -> impl Fn() -> Option<AnyView> {
    move || {
        let wanted = topics.get();
        if wanted.is_empty() {
            return None;
        }
        let labels: Vec<&str> = wanted
            .iter()
            .map(|&t| data.lexicon.topics[t].label.as_str())
            .collect();
        let n = on_topics.with(|s| s.len());
        let clear = move |ev: leptos::ev::MouseEvent| {
            ev.prevent_default();
            let mut next = nav.state.get_untracked();
            next.filter.topics.clear();
            nav.go(next);
        };
        let word = if n == 1 { "statement" } else { "statements" };
        Some(
            view! {
                <p class="topic-note" data-testid="topic-note">
                    {format!("Showing {n} {word} on {}", labels.join(", "))}
                    " · "
                    <a href="#" on:click=clear>"clear"</a>
                </p>
            }
            .into_any(),
        )
    }
}
