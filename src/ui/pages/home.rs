//! The home view: every readout in the corpus, oldest first.

use crate::ui::components::ReadoutCard;
use crate::ui::state::Corpus;
use leptos::prelude::*;

/// Lists the readouts of the corpus with their date, format, title and participants.
#[component]
pub fn HomePage() -> impl IntoView {
    let corpus = expect_context::<Corpus>();
    let count = move || corpus.readouts.with(Vec::len);

    view! {
        <section class="page" aria-labelledby="readouts-heading">
            <h1 id="readouts-heading">
                "Readouts " <span class="count" data-testid="readout-count">{count}</span>
            </h1>
            <Show
                when=move || { count() > 0 }
                fallback=|| view! {
                    <p class="empty">"No readouts yet. Add text files to data/readouts/ and rebuild."</p>
                }
            >
                <ol class="readout-list">
                    {move || {
                        corpus
                            .readouts
                            .get()
                            .into_iter()
                            .map(|readout| view! { <li><ReadoutCard readout=readout /></li> })
                            .collect_view()
                    }}
                </ol>
            </Show>
        </section>
    }
}
