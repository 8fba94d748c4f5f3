//! The loading strip under the header: a progress bar saying what a load is doing, and any
//! message about a load that failed (a collection link that could not be read, for example).

use crate::core::text::thousands;
use crate::ui::state::Corpus;
use leptos::prelude::*;

/// Progress of the corpus load in progress, and the last loading message, if any.
#[component]
pub fn LoadStatus() -> impl IntoView {
    let corpus = expect_context::<Corpus>();
    let dismiss = move |_| corpus.notice.set(None);
    // Made once per load and updated in place: a load sets its progress after every slice of
    // work, and a new bar each time (element, attributes, text) was a few per cent of a load.
    let loading = Memo::new(move |_| corpus.progress.with(Option::is_some));
    let label = move || {
        corpus.progress.with(|p| {
            p.map(|p| {
                format!(
                    "{}: {} of {}",
                    p.stage.label(),
                    thousands(p.done),
                    thousands(p.total)
                )
            })
        })
    };
    let total = move || corpus.progress.with(|p| p.map_or(1, |p| p.total.max(1)));
    let done = move || corpus.progress.with(|p| p.map_or(0, |p| p.done));
    let progress = move || {
        loading.get().then(|| {
            view! {
                <div class="load-progress" role="status" data-testid="load-progress">
                    <span class="load-label">{label}</span>
                    <progress max=total value=done></progress>
                </div>
            }
        })
    };
    let notice = move || {
        corpus.notice.get().map(|message| {
            view! {
                <div class="load-notice" role="alert" data-testid="load-notice">
                    <span>{message}</span>
                    <button type="button" class="link-button" on:click=dismiss>"Dismiss"</button>
                </div>
            }
        })
    };
    view! { <div class="load-status">{notice} {progress}</div> }
}
