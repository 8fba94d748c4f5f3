//! The home view: the filtered meetings on a time axis, the topic × meeting matrix and, when a
//! search is typed, the matching sentences. All of its state is in the URL.

use crate::core::explore::{timeline_in, topic_matrix_in, Filter, Query};
use crate::ui::components::{
    FilterPanel, SearchResults, TimelineView, TopicMatrixView, SEARCH_PAGE_SIZE,
};
use crate::ui::state::{Corpus, Nav};
use crate::ui::tick::after_paint;
use leptos::prelude::*;
use std::sync::Arc;

/// Timeline, matrix and search over the corpus, narrowed by the filters in the URL.
// Long for its markup: after its signals and named handlers, one `view!` lays the view out as it
// reads, top to bottom (DESIGN.md, "one view! last"); the logic is in the handlers above it.
#[component]
pub fn TimelinePage() -> impl IntoView {
    let corpus = expect_context::<Corpus>();
    let nav = expect_context::<Nav>();
    let filter = Memo::new(move |_| nav.state.with(|s| s.filter.clone()));
    let query = Memo::new(move |_| nav.state.with(|s| s.filter.query.clone()));
    // The search runs once per query; the filter, the facets and the hit list share it.
    let matches = Memo::new(move |_| {
        let data = corpus.data.get();
        query.with(|q| {
            let q = Query::parse(q);
            (!q.is_empty()).then(|| Arc::new(data.index.matches(&q)))
        })
    });
    // What the timeline, its counts, the facets and the matrix show: the filter, except that a
    // new search reaches them after its hits have painted. Redrawing the timeline's cards and
    // the facet counts was most of a search at 10,000 readouts; typing now shows hits first.
    let shown_filter = RwSignal::new(filter.get_untracked());
    Effect::new(move |_| {
        let next = filter.get();
        let search_only = shown_filter.with_untracked(|shown| {
            *shown != next && next.query != shown.query && {
                let mut same = shown.clone();
                same.query.clone_from(&next.query);
                same == next
            }
        });
        if !search_only {
            if shown_filter.with_untracked(|shown| *shown != next) {
                shown_filter.set(next);
            }
            return;
        }
        leptos::task::spawn_local(async move {
            after_paint().await;
            // The newest filter: several quick keystrokes redraw the timeline once.
            if let Some(now) = filter.try_get_untracked() {
                if shown_filter.try_with_untracked(|shown| *shown != now) == Some(true) {
                    shown_filter.set(now);
                }
            }
        });
    });
    let filtered = Memo::new(move |_| {
        let data = corpus.data.get();
        // Untracked: the matches of a new search come with `shown_filter`, after the hits.
        let found = matches.get_untracked();
        shown_filter.with(|f| f.apply_in(&data.catalog, &data.dataset(), found.as_deref()))
    });
    // The readouts the hits may come from: those the timeline shows, or, while a new search
    // has not reached the timeline, those passing the filter with that search.
    let hits_from = Memo::new(move |_| {
        let data = corpus.data.get();
        let same = filter.with(|f| shown_filter.with(|s| f == s));
        match same {
            true => filtered.get(),
            false => filter.with(|f| {
                matches.with(|m| f.apply_in(&data.catalog, &data.dataset(), m.as_deref()))
            }),
        }
    });
    // One entry per meeting: the readouts that report one meeting share a card and a column.
    let shown_meetings = Memo::new(move |_| {
        let data = corpus.data.get();
        filtered.with(|r| data.meetings.shown(&data.readouts, r))
    });
    let meetings = Memo::new(move |_| {
        let data = corpus.data.get();
        shown_meetings.with(|r| timeline_in(&data.catalog, &data.dataset(), r, 4))
    });
    // A filter change reaches the matrix after the next paint, so the timeline and the counts
    // show first (the matrix is the largest part of the page to redraw: with type-erased
    // components every attribute of a redrawn cell is removed and set again). So does a new
    // load, after the facet counts (`Corpus::settled`): each is a task of its own.
    let matrix_filter = RwSignal::new(());
    Effect::new(move |first: Option<()>| {
        shown_filter.track();
        corpus.settled.track();
        // Not on the first run: the matrix is made from the current filter anyway.
        if first.is_some() {
            leptos::task::spawn_local(async move {
                after_paint().await;
                matrix_filter.try_set(());
            });
        }
    });
    let matrix = Memo::new(move |_| {
        matrix_filter.track();
        let data = corpus.data.get_untracked();
        shown_meetings.with_untracked(|r| topic_matrix_in(&data.catalog, &data.dataset(), r))
    });
    // How many hits are listed, for the query it was raised for: a new search starts over.
    let listed = RwSignal::new((String::new(), SEARCH_PAGE_SIZE));
    let limit = move || {
        query.with(|q| {
            listed.with(|(for_query, n)| if for_query == q { *n } else { SEARCH_PAGE_SIZE })
        })
    };
    // The first hit that "List more" adds, for the list to put focus on once (then `None`).
    let focus_hit = StoredValue::new(None::<usize>);
    let more = Callback::new(move |()| {
        let now = limit();
        focus_hit.set_value(Some(now));
        listed.set((query.get_untracked(), now + SEARCH_PAGE_SIZE));
    });
    let results = Memo::new(move |_| {
        let data = corpus.data.get();
        let limit = limit();
        matches.with(|found| {
            let found = found.as_ref()?;
            let query = query.with(|q| Query::parse(q));
            Some({
                // The meetings that pass the filter are already known: no second filter pass.
                let mut mask = vec![false; data.readouts.len()];
                hits_from.with(|passing| {
                    for &i in passing {
                        if let Some(m) = mask.get_mut(i) {
                            *m = true;
                        }
                    }
                });
                data.index
                    .hits(&data.readouts, &query, found, Some(&mask), limit)
            })
        })
    });
    // The matrix follows the timeline by a frame: the meetings paint sooner (first visit and
    // every return to this page), and the matrix's first render is a task of its own.
    let matrix_ready = RwSignal::new(false);
    leptos::task::spawn_local(async move {
        after_paint().await;
        matrix_ready.try_set(true);
    });
    let total = move || corpus.data.with(|d| d.meetings.len());
    let shown = move || shown_meetings.with(Vec::len);
    let clear = move |_| {
        let mut next = nav.state.get_untracked();
        next.filter = Filter::default();
        nav.go(next);
    };

    view! {
        <div class="explore">
            <FilterPanel matches=matches counted=shown_filter />
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
                {move || {
                    results.get().map(|r| {
                        let focus = focus_hit.try_update_value(Option::take).flatten();
                        view! { <SearchResults results=r more=more focus=focus /> }
                    })
                }}
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
                    <Show when=move || matrix_ready.get()>
                        <TopicMatrixView matrix=matrix />
                    </Show>
                </Show>
            </section>
        </div>
    }
}
