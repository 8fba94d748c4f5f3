//! The filters of the timeline: full-text search, countries, publishers, topics, speakers,
//! formats, dates.
//! Every change goes to the URL, so a filtered view can be shared as a link.

use crate::core::explore::{Filter, QueryMatches, ViewState};
use crate::core::{Date, MeetingFormat};
use crate::ui::components::FacetGroup;
use crate::ui::state::{Corpus, Nav};
use leptos::prelude::*;
use std::sync::Arc;

/// Adds `value` to `list`, or removes it when present.
fn toggle<T: PartialEq>(list: &mut Vec<T>, value: T) {
    match list.iter().position(|v| *v == value) {
        Some(i) => {
            list.remove(i);
        }
        None => list.push(value),
    }
}

/// The filter controls, reading and writing the filter in the URL.
// Long for its markup: after its signals and named handlers, one `view!` lays the view out as it
// reads, top to bottom (DESIGN.md, "one view! last"); the logic is in the handlers above it.
#[component]
pub fn FilterPanel(
    /// The sentences matching the search in the URL (`None` without one), found once by the page.
    matches: Memo<Option<Arc<QueryMatches>>>,
    /// The filter the counts are for: the page's timeline filter, which a new search reaches
    /// after its hits have painted.
    #[prop(into)]
    counted: Signal<Filter>,
) -> impl IntoView {
    let corpus = expect_context::<Corpus>();
    let nav = expect_context::<Nav>();
    let facets = Memo::new(move |_| {
        // A new load reaches the facets a task after the timeline (`Corpus::settled`).
        corpus.settled.track();
        let data = corpus.data.get_untracked();
        // Untracked like the data: a new query reaches here through `counted`.
        let found = matches.get_untracked();
        // Meetings, as the timeline counts them: a meeting reported twice counts once.
        counted.with(|f| {
            f.facets_grouped(
                &data.catalog,
                &data.dataset(),
                found.as_deref(),
                Some(&data.meetings),
            )
        })
    });
    let update = move |change: &dyn Fn(&mut Filter)| {
        let mut next: ViewState = nav.state.get_untracked();
        change(&mut next.filter);
        nav.go(next);
    };
    let on_search = move |value: String| {
        let mut next = nav.state.get_untracked();
        next.filter.query = value;
        // Typing replaces the history entry: back leaves the search, not one letter.
        nav.replace(next);
    };
    let topic_label = Callback::new(move |id: String| {
        corpus.data.with(|d| {
            d.lexicon
                .topics
                .iter()
                .find(|t| t.id == id)
                .map_or(id.clone(), |t| t.label.clone())
        })
    });
    let format_label = Callback::new(|slug: String| {
        MeetingFormat::from_slug(&slug).map_or(slug.clone(), |f| f.label().to_string())
    });
    let date_value = move |pick: fn(&Filter) -> Option<Date>| {
        move || {
            nav.state
                .with(|s| pick(&s.filter).map(|d| d.to_string()).unwrap_or_default())
        }
    };

    // On a phone the filters start folded, so the meetings come first.
    let wide = window()
        .inner_width()
        .ok()
        .and_then(|w| w.as_f64())
        .is_none_or(|w| w > 760.0);

    view! {
        <aside class="filters" aria-label="Filters">
            <label class="search-label" for="search">"Search the sentences"</label>
            <input
                id="search"
                type="search"
                placeholder="e.g. unilateralism, \"zero-sum game\""
                autocomplete="off"
                prop:value=move || nav.state.with(|s| s.filter.query.clone())
                on:input:target=move |ev| on_search(ev.target().value())
            />
            <details class="filter-groups" open=wide>
                <summary>"Filters"</summary>
                <FacetGroup
                    title="Countries"
                    facets=facets
                    pick=|f| &f.countries
                    on_toggle=Callback::new(move |v: String| update(&|f| toggle(&mut f.countries, v.clone())))
                />
                <FacetGroup
                    title="Publishers"
                    facets=facets
                    pick=|f| &f.publishers
                    on_toggle=Callback::new(move |v: String| update(&|f| toggle(&mut f.publishers, v.clone())))
                />
                <FacetGroup
                    title="Topics"
                    facets=facets
                    pick=|f| &f.topics
                    label=topic_label
                    on_toggle=Callback::new(move |v: String| update(&|f| toggle(&mut f.topics, v.clone())))
                />
                <FacetGroup
                    title="Speakers"
                    facets=facets
                    pick=|f| &f.speakers
                    on_toggle=Callback::new(move |v: String| update(&|f| toggle(&mut f.speakers, v.clone())))
                />
                <FacetGroup
                    title="Formats"
                    facets=facets
                    pick=|f| &f.formats
                    label=format_label
                    on_toggle=Callback::new(move |v: String| {
                        if let Some(fmt) = MeetingFormat::from_slug(&v) {
                            update(&|f| toggle(&mut f.formats, fmt));
                        }
                    })
                />
                <fieldset class="facet dates">
                    <legend>"Dates"</legend>
                    <label>
                        "From "
                        <input
                            type="date"
                            prop:value=date_value(|f| f.from)
                            on:change:target=move |ev| {
                                let d = Date::parse_iso(&ev.target().value());
                                update(&|f| f.from = d);
                            }
                        />
                    </label>
                    <label>
                        "To "
                        <input
                            type="date"
                            prop:value=date_value(|f| f.to)
                            on:change:target=move |ev| {
                                let d = Date::parse_iso(&ev.target().value());
                                update(&|f| f.to = d);
                            }
                        />
                    </label>
                </fieldset>
            </details>
        </aside>
    }
}
