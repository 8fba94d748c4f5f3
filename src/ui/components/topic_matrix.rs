//! The topic × meeting matrix: who raised what, when. A cell's shade is the number of
//! statements on the topic in the meeting; a cell opens the meeting with those statements marked.
//!
//! With many meetings the columns are periods (month, quarter or year, the finest that fits;
//! a cell sums its meetings), a period's heading zooms the views into it, and a menu picks
//! another grain. With more columns than fit, only those near view are drawn.

use crate::core::explore::{
    auto_bin, bin_matrix, Bin, BinColumn, BinnedMatrix, Filter, Route, TopicMatrix, ViewState,
};
use crate::core::model::MONTH_NAMES;
use crate::ui::format::date_label;
use crate::ui::state::{Corpus, Data, Nav};
use leptos::prelude::*;
use std::sync::Arc;

/// The automatic grain is the finest with at most this many columns.
const AUTO_COLUMNS: usize = 60;
/// Above this many columns only those near view are drawn, at a fixed width (the style sheet's
/// `.matrix.windowed` column width).
const WINDOW_ABOVE: usize = 60;
const COLUMN_PX: f64 = 88.0;
const OVERSCAN_PX: f64 = 400.0;
/// Number of shade classes in the style sheet (`shade-1` ...).
const SHADES: usize = 8;

/// The matrix of the meetings in `matrix`: topics as rows, meetings in date order as columns.
// Long for its markup: after its signals and named handlers, one `view!` lays the view out as it
// reads, top to bottom (DESIGN.md, "one view! last"); the logic is in the handlers above it.
#[component]
pub fn TopicMatrixView(
    /// Rows and cells (from `core::explore::topic_matrix`).
    #[prop(into)]
    matrix: Signal<TopicMatrix>,
) -> impl IntoView {
    let corpus = expect_context::<Corpus>();
    let nav = expect_context::<Nav>();
    // `None` follows the number of meetings; a choice in the menu sticks until changed.
    let chosen = RwSignal::new(None::<Bin>);
    let scroller = NodeRef::<leptos::html::Div>::new();
    let (scroll_left, set_scroll_left) = signal(0.0f64);
    let (width, set_width) = signal(1200.0f64);
    let binned = Memo::new(move |_| {
        let data = corpus.data.get();
        matrix.with(|m| {
            let bin = chosen
                .get()
                .unwrap_or_else(|| auto_bin(m, &data.readouts, AUTO_COLUMNS));
            bin_matrix(m, &data.readouts, bin)
        })
    });
    let measure = move || {
        if let Some(el) = scroller.get_untracked() {
            set_width.set(f64::from(el.client_width().max(1)));
            set_scroll_left.set(f64::from(el.scroll_left()));
        }
    };
    Effect::new(move |_| {
        scroller.track();
        measure();
    });
    let resize = window_event_listener(leptos::ev::resize, move |_| measure());
    on_cleanup(move || resize.remove());
    let pick = move |ev: leptos::ev::Event| {
        chosen.set(match event_target_value(&ev).as_str() {
            "meeting" => Some(Bin::Meeting),
            "month" => Some(Bin::Month),
            "quarter" => Some(Bin::Quarter),
            "year" => Some(Bin::Year),
            _ => None,
        });
    };
    // The columns in view: all of them unless windowed. A memo, so scrolling re-renders only
    // when another column comes into view.
    let range = Memo::new(move |_| {
        let n = binned.with(|b| b.columns.len());
        if n > WINDOW_ABOVE {
            let from = (scroll_left.get() - OVERSCAN_PX).max(0.0);
            let to = scroll_left.get() + width.get() + OVERSCAN_PX;
            let first = ((from / COLUMN_PX) as usize).min(n);
            let end = ((to / COLUMN_PX).ceil() as usize).clamp(first, n);
            first..end
        } else {
            0..n
        }
    });
    let table = move || {
        let data = corpus.data.get();
        let m = matrix.get();
        let b = binned.get();
        let n = b.columns.len();
        let windowed = n > WINDOW_ABOVE;
        let range = range.get();
        let table = Table {
            data: &data,
            matrix: &m,
            binned: &b,
            filter: nav.state.with(|s| s.filter.clone()),
        };
        let before = range.start as f64 * COLUMN_PX;
        let after = (n - range.end) as f64 * COLUMN_PX;
        let spacer = move |px: f64| {
            (px > 0.0).then(|| {
                view! { <td class="spacer" aria-hidden="true" style:width=format!("{}px", px.round() as i64)></td> }
            })
        };
        let head = range.clone().map(|c| table.heading(c)).collect_view();
        let rows = (0..m.rows.len())
            .map(|r| {
                let label = table.label(r);
                let cells = range.clone().map(|c| table.cell(r, c)).collect_view();
                view! { <tr><th scope="row">{label}</th>{spacer(before)}{cells}{spacer(after)}</tr> }
            })
            .collect_view();
        let class = if windowed {
            "matrix windowed"
        } else {
            "matrix"
        };
        view! {
            <table class=class data-testid="matrix" data-columns=n data-bin=b.bin.label()>
                <thead><tr><th scope="col" class="corner">"Topic"</th>{spacer(before)}{head}{spacer(after)}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        }
    };
    let grain = move || {
        let b = binned.get();
        match b.bin {
            Bin::Meeting => format!("{} meetings, one column each.", b.columns.len()),
            bin => format!(
                "{} meetings in {} columns, one per {}: a cell sums its meetings. Open a period to zoom in.",
                b.columns.iter().map(BinColumn::meetings).sum::<usize>(),
                b.columns.len(),
                bin.label()
            ),
        }
    };
    let many = move || matrix.with(|m| m.columns.len() > AUTO_COLUMNS);

    view! {
        <section class="matrix-section" aria-labelledby="matrix-heading">
            <h2 id="matrix-heading">"Topics by meeting"</h2>
            <p class="hint">"Each cell counts the statements on a topic in a meeting. Open a cell to read them."</p>
            <Show when=many>
                <div class="matrix-tools">
                    <label for="matrix-bin">"Columns"</label>
                    <select id="matrix-bin" on:change=pick data-testid="matrix-bin">
                        <option value="auto" selected=move || chosen.get().is_none()>"automatic"</option>
                        {Bin::ALL.into_iter().map(|b| {
                            let value = match b { Bin::Meeting => "meeting", Bin::Month => "month", Bin::Quarter => "quarter", Bin::Year => "year" };
                            view! { <option value=value selected=move || chosen.get() == Some(b)>{b.label()}</option> }
                        }).collect_view()}
                    </select>
                    <span class="note" data-testid="matrix-grain">{grain}</span>
                </div>
            </Show>
            <div class="matrix-scroll" tabindex="0" node_ref=scroller on:scroll=move |_| measure()>{table}</div>
        </section>
    }
}

/// What the cells and headings of one rendering need.
struct Table<'a> {
    data: &'a Arc<Data>,
    matrix: &'a TopicMatrix,
    binned: &'a BinnedMatrix,
    filter: Filter,
}

impl Table<'_> {
    fn label(&self, row: usize) -> String {
        let r = &self.matrix.rows[row];
        self.data
            .lexicon
            .topics
            .get(r.topic)
            .map_or(r.topic_id.clone(), |t| t.label.clone())
    }

    /// "Oct 2020", "Q4 2020", "2020", or "Undated".
    fn period(&self, col: &BinColumn) -> String {
        let Some(from) = col.from else {
            return "Undated".to_string();
        };
        match self.binned.bin {
            Bin::Meeting => date_label(Some(from)),
            Bin::Month => {
                let name = MONTH_NAMES.get(usize::from(from.month) - 1).unwrap_or(&"");
                format!("{} {}", &name[..name.len().min(3)], from.year)
            }
            Bin::Quarter => format!("Q{} {}", (from.month - 1) / 3 + 1, from.year),
            Bin::Year => from.year.to_string(),
        }
    }

    /// The current filter narrowed to the period of `col` (and to `topic`, if given): opening
    /// it zooms every view into that period.
    fn zoom(&self, col: &BinColumn, topic: Option<&str>) -> String {
        let mut filter = self.filter.clone();
        filter.from = col.from;
        filter.to = col.to;
        if let Some(t) = topic {
            if !filter.topics.iter().any(|x| x == t) {
                filter.topics.push(t.to_string());
            }
        }
        ViewState {
            route: Route::Timeline,
            filter,
        }
        .to_fragment()
    }

    fn heading(&self, c: usize) -> AnyView {
        let col = &self.binned.columns[c];
        if self.binned.bin == Bin::Meeting {
            let r = self.matrix.columns[col.first];
            let readout = &self.data.readouts[r];
            let date = date_label(readout.date);
            let who = self.data.dataset().countries_of(r).join(", ");
            return view! { <th scope="col" title=readout.title.clone()><span class="col-date">{date}</span><span class="col-who">{who}</span></th> }.into_any();
        }
        let period = self.period(col);
        let count = match col.meetings() {
            1 => "1 meeting".to_string(),
            n => format!("{n} meetings"),
        };
        match col.from {
            Some(_) => {
                let href = self.zoom(col, None);
                let title = format!("Show only the meetings of {period}");
                view! { <th scope="col"><a class="col-zoom" href=href title=title><span class="col-date">{period}</span><span class="col-who">{count}</span></a></th> }.into_any()
            }
            None => view! { <th scope="col"><span class="col-date">{period}</span><span class="col-who">{count}</span></th> }.into_any(),
        }
    }

    fn cell(&self, row: usize, c: usize) -> AnyView {
        let n = self.binned.cells[row][c];
        if n == 0 {
            return view! { <td class="cell-empty" title="Not mentioned"></td> }.into_any();
        }
        let max = self.binned.max_count().max(1);
        let shade = format!("cell shade-{}", 1 + (n * SHADES).saturating_sub(1) / max);
        let topic = &self.matrix.rows[row];
        let label = self.label(row);
        let col = &self.binned.columns[c];
        let statements = if n == 1 { "statement" } else { "statements" };
        let (href, title) = if self.binned.bin == Bin::Meeting {
            let readout = &self.data.readouts[self.matrix.columns[col.first]];
            let href = ViewState {
                route: Route::Readout {
                    id: readout.id.clone(),
                    sentence: None,
                },
                filter: Filter {
                    topics: vec![topic.topic_id.clone()],
                    ..Default::default()
                },
            }
            .to_fragment();
            (
                href,
                format!("{n} {statements} on {label} in {}", readout.title),
            )
        } else {
            let title = format!(
                "{n} {statements} on {label} in {} ({} meetings)",
                self.period(col),
                col.meetings()
            );
            (self.zoom(col, Some(&topic.topic_id)), title)
        };
        view! { <td><a class=shade href=href title=title data-count=n>{n}</a></td> }.into_any()
    }
}
