//! Meetings along a time axis: grouped by month, with the gaps between them shown, undated
//! meetings in their own group at the end.
//!
//! A short timeline is rendered whole. A long one (thousands of meetings) scrolls in its own
//! box and only the rows near the visible part are in the page: rows have fixed heights there
//! (`core::explore::Layout` places them), cards are clamped to fit, and a year menu jumps
//! through the years.

use crate::core::explore::{gap_label, GroupKey, Layout, Timeline, TimelineEntry};
use crate::ui::components::MeetingCard;
use leptos::prelude::*;
use std::sync::Arc;

/// Above this many meetings the timeline is windowed.
pub const WINDOW_ABOVE: usize = 150;
/// Row heights of the windowed timeline, in CSS pixels (the style sheet fixes the same).
const MONTH_PX: f64 = 44.0;
const GAP_PX: f64 = 24.0;
const CARD_PX: f64 = 140.0;
/// Rows rendered beyond each edge of the visible part, in pixels, so fast scrolling and
/// tabbing find rows already there.
const OVERSCAN_PX: f64 = 600.0;

/// The timeline of the meetings in `timeline`, oldest first.
#[component]
pub fn TimelineView(
    /// Groups of meetings by month (from `core::explore::timeline`).
    #[prop(into)]
    timeline: Signal<Timeline>,
) -> impl IntoView {
    let long = Memo::new(move |_| timeline.with(|t| t.len() > WINDOW_ABOVE));
    move || match long.get() {
        true => view! { <WindowedTimeline timeline=timeline /> }.into_any(),
        false => whole(timeline).into_any(),
    }
}

/// Every meeting in the page, grouped in month sections.
fn whole(timeline: Signal<Timeline>) -> impl IntoView {
    let groups = move || {
        timeline
            .get()
            .groups
            .into_iter()
            .map(|group| {
                let heading = group.key.heading();
                let entries = group
                    .entries
                    .into_iter()
                    .map(|entry| {
                        let gap = entry.gap_days.map(
                            |d| view! { <li class="gap" aria-hidden="true">{gap_label(d)}</li> },
                        );
                        view! { {gap} <li class="entry"><MeetingCard entry=entry /></li> }
                    })
                    .collect_view();
                view! {
                    <section class="month">
                        <h2 class="month-heading">{heading}</h2>
                        <ol class="entries">{entries}</ol>
                    </section>
                }
            })
            .collect_view()
    };
    view! { <div class="timeline" data-testid="timeline">{groups}</div> }
}

/// One row of the windowed timeline.
#[derive(Clone)]
enum Row {
    Month(GroupKey),
    Gap(i64),
    Card(TimelineEntry),
}

impl Row {
    fn height(&self) -> f64 {
        match self {
            Row::Month(_) => MONTH_PX,
            Row::Gap(_) => GAP_PX,
            Row::Card(_) => CARD_PX,
        }
    }
}

/// The rows of a timeline, where each begins, and the first row of each year.
struct Rows {
    rows: Vec<Row>,
    layout: Layout,
    years: Vec<(String, usize)>,
}

impl Rows {
    fn of(timeline: &Timeline) -> Rows {
        let mut rows = Vec::with_capacity(timeline.len() * 2 + timeline.groups.len());
        let mut years: Vec<(String, usize)> = Vec::new();
        for g in &timeline.groups {
            let year = match g.key {
                GroupKey::Month { year, .. } => year.to_string(),
                GroupKey::Undated => "Undated".to_string(),
            };
            if years.last().map(|y| &y.0) != Some(&year) {
                years.push((year, rows.len()));
            }
            rows.push(Row::Month(g.key));
            for e in &g.entries {
                if let Some(d) = e.gap_days {
                    rows.push(Row::Gap(d));
                }
                rows.push(Row::Card(e.clone()));
            }
        }
        let layout = Layout::new(rows.iter().map(Row::height));
        Rows {
            rows,
            layout,
            years,
        }
    }
}

/// The timeline in a scrolling box with only the rows near view in the page.
// Long for its markup: after its signals and named handlers, one `view!` lays the view out as it
// reads, top to bottom (DESIGN.md, "one view! last"); the logic is in the handlers above it.
#[component]
fn WindowedTimeline(timeline: Signal<Timeline>) -> impl IntoView {
    let viewport = NodeRef::<leptos::html::Div>::new();
    let (scroll_top, set_scroll_top) = signal(0.0f64);
    let (height, set_height) = signal(600.0f64);
    // Every new timeline (a filter, a new load) is a new set of rows: compared by identity.
    let rows = Memo::new_with_compare(
        move |_| Arc::new(timeline.with(Rows::of)),
        |a, b| match (a, b) {
            (Some(a), Some(b)) => !Arc::ptr_eq(a, b),
            _ => true,
        },
    );
    // Only a change of the rows in view re-renders: most scroll events change nothing.
    let range = Memo::new(move |_| {
        rows.with(|r| {
            r.layout
                .visible(scroll_top.get(), height.get(), OVERSCAN_PX)
        })
    });
    // Rows are keyed by position and by the rows they come from, so a filter or a new load
    // never leaves a stale card in a kept row.
    let visible = move || {
        let rows = rows.get();
        let id = Arc::as_ptr(&rows) as usize;
        range
            .get()
            .map(|i| (i, id, rows.clone()))
            .collect::<Vec<(usize, usize, Arc<Rows>)>>()
    };
    let offset = move || {
        let first = range.get().start;
        // Whole pixels: no float formatting code in the module for this.
        format!(
            "translateY({}px)",
            rows.with(|r| r.layout.start(first)).round() as i64
        )
    };
    let total = move || format!("{}px", rows.with(|r| r.layout.total()).round() as i64);
    let measure = move || {
        if let Some(el) = viewport.get_untracked() {
            set_height.set(f64::from(el.client_height().max(1)));
            set_scroll_top.set(f64::from(el.scroll_top()));
        }
    };
    Effect::new(move |_| {
        viewport.track();
        measure();
    });
    let resize = window_event_listener(leptos::ev::resize, move |_| measure());
    on_cleanup(move || resize.remove());
    let on_scroll = move |_| measure();
    let jump = move |ev: leptos::ev::Event| {
        let Ok(row) = event_target_value(&ev).parse::<usize>() else {
            return;
        };
        if let Some(el) = viewport.get_untracked() {
            let top = rows.with_untracked(|r| r.layout.start(row));
            el.set_scroll_top(top as i32);
            measure();
        }
    };
    let years = move || {
        rows.with(|r| {
            r.years
                .iter()
                .map(|(y, row)| view! { <option value=row.to_string()>{y.clone()}</option> })
                .collect_view()
        })
    };

    view! {
        <div class="timeline windowed" data-testid="timeline">
            <div class="timeline-tools">
                <label for="jump-year">"Jump to"</label>
                <select id="jump-year" on:change=jump>{years}</select>
                <span class="note">"Scroll the list; only the meetings in view are drawn."</span>
            </div>
            <div class="timeline-viewport" node_ref=viewport tabindex="0" on:scroll=on_scroll
                aria-label="Meetings, oldest first">
                <div class="timeline-canvas" style:height=total>
                    <ol class="rows" style:transform=offset>
                        <For each=visible key=|(i, g, _)| (*i, *g) let:((i, _g, rows))>
                            {render_row(&rows.rows[i])}
                        </For>
                    </ol>
                </div>
            </div>
        </div>
    }
}

fn render_row(row: &Row) -> AnyView {
    match row {
        Row::Month(key) => {
            view! { <li class="row row-month"><h2 class="month-heading">{key.heading()}</h2></li> }
                .into_any()
        }
        Row::Gap(d) => {
            view! { <li class="row row-gap gap" aria-hidden="true">{gap_label(*d)}</li> }.into_any()
        }
        Row::Card(entry) => {
            view! { <li class="row row-entry entry"><MeetingCard entry=entry.clone() /></li> }
                .into_any()
        }
    }
}
