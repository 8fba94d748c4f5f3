//! The home view: the filtered meetings on a time axis, the topic × meeting matrix and, when a
//! search is typed, the matching sentences. All of its state is in the URL.

use crate::core::explore::{timeline, topic_matrix, Filter, Query};
use crate::ui::components::{FilterPanel, SearchResults, TimelineView, TopicMatrixView};
use crate::ui::state::{Corpus, Nav};
use leptos::prelude::*;

/// How many matching sentences a search lists.
const SEARCH_LIMIT: usize = 200;

/// Timeline, matrix and search over the corpus, narrowed by the filters in the URL.
#[component]
pub fn TimelinePage() -> impl IntoView {
    let corpus = expect_context::<Corpus>();
    let nav = expect_context::<Nav>();
    let filter = Memo::new(move |_| nav.state.with(|s| s.filter.clone()));
    let filtered = Memo::new(move |_| {
        let data = corpus.data.get();
        filter.with(|f| f.apply(&data.dataset(), &data.index))
    });
    let meetings = Memo::new(move |_| {
        let data = corpus.data.get();
        filtered.with(|r| timeline(&data.dataset(), r, 4))
    });
    let matrix = Memo::new(move |_| {
        let data = corpus.data.get();
        filtered.with(|r| topic_matrix(&data.dataset(), r))
    });
    let results = Memo::new(move |_| {
        let data = corpus.data.get();
        filter.with(|f| {
            let query = Query::parse(&f.query);
            (!query.is_empty()).then(|| {
                // The meetings that pass the filter are already known: no second filter pass.
                let mut mask = vec![false; data.readouts.len()];
                for i in filtered.get() {
                    if let Some(m) = mask.get_mut(i) {
                        *m = true;
                    }
                }
                data.index
                    .search_within(&data.readouts, &query, Some(&mask), SEARCH_LIMIT)
            })
        })
    });
    let total = move || corpus.data.with(|d| d.readouts.len());
    let shown = move || filtered.with(Vec::len);
    let clear = move |_| {
        let mut next = nav.state.get_untracked();
        next.filter = Filter::default();
        nav.go(next);
    };

    view! {
        <div class="explore">
            <FilterPanel />
            <section class="explore-main" aria-labelledby="timeline-heading">
                <div class="summary">
                    <h1 id="timeline-heading">"Meetings"</h1>
                    <p class="summary-count" data-testid="summary" aria-live="polite">
                        {move || match (shown(), total()) {
                            (s, t) if s == t => format!("{t} meetings"),
                            (s, t) => format!("{s} of {t} meetings"),
                        }}
                    </p>
                    <Show when=move || !filter.with(Filter::is_empty)>
                        <button type="button" class="link-button" on:click=clear>"Clear filters"</button>
                    </Show>
                </div>
                {move || results.get().map(|r| view! { <SearchResults results=r /> })}
                <Show
                    when=move || { shown() > 0 }
                    fallback=move || {
                        if total() == 0 {
                            view! { <p class="empty">"No readouts are loaded. Add text files to data/readouts/ and rebuild."</p> }.into_any()
                        } else {
                            view! { <p class="empty">"No meeting matches these filters. Remove one, or clear them all."</p> }.into_any()
                        }
                    }
                >
                    <TimelineView timeline=meetings />
                    <TopicMatrixView matrix=matrix />
                </Show>
            </section>
        </div>
    }
}
