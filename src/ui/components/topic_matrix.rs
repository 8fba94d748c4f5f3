//! The topic × meeting matrix: who raised what, when. A cell's shade is the number of
//! statements on the topic in the meeting; a cell opens the meeting with those statements marked.

use crate::core::explore::{Route, TopicMatrix, ViewState};
use crate::ui::format::date_label;
use crate::ui::state::Corpus;
use leptos::prelude::*;

/// The matrix of the meetings in `matrix`: topics as rows, meetings in date order as columns.
#[component]
pub fn TopicMatrixView(
    /// Rows and cells (from `core::explore::topic_matrix`).
    #[prop(into)]
    matrix: Signal<TopicMatrix>,
) -> impl IntoView {
    let corpus = expect_context::<Corpus>();
    let table = move || {
        let data = corpus.data.get();
        let m = matrix.get();
        let max = m.max_count().max(1) as f32;
        let head = m
            .columns
            .iter()
            .map(|&r| {
                let readout = &data.readouts[r];
                let date = date_label(readout.date);
                let who = data.dataset().countries_of(r).join(", ");
                view! { <th scope="col" title=readout.title.clone()><span class="col-date">{date}</span><span class="col-who">{who}</span></th> }
            })
            .collect_view();
        let rows = m
            .rows
            .iter()
            .map(|row| {
                let topic = data.lexicon.topics.get(row.topic);
                let label = topic.map_or(row.topic_id.clone(), |t| t.label.clone());
                let cells = (0..m.columns.len())
                    .map(|c| {
                        let cell = row.cells.iter().find(|cell| cell.column == c);
                        match cell {
                            Some(cell) => {
                                let readout = &data.readouts[m.columns[c]];
                                let href = ViewState {
                                    route: Route::Readout { id: readout.id.clone(), sentence: None },
                                    filter: crate::core::explore::Filter {
                                        topics: vec![row.topic_id.clone()],
                                        ..Default::default()
                                    },
                                }
                                .to_fragment();
                                let n = cell.count;
                                let title = format!(
                                    "{n} statement{} on {label} in {}",
                                    if n == 1 { "" } else { "s" },
                                    readout.title
                                );
                                // Through the CSSOM (a (name, value) style), which the Content-Security-Policy allows,
                                // not a `style` attribute, which it blocks.
                                let shade = ("--shade", format!("{:.2}", 0.15 + 0.85 * n as f32 / max));
                                view! { <td><a class="cell" href=href title=title style=shade data-count=n>{n}</a></td> }.into_any()
                            }
                            None => view! { <td class="cell-empty" title="Not mentioned"></td> }.into_any(),
                        }
                    })
                    .collect_view();
                view! { <tr><th scope="row">{label.clone()}</th>{cells}</tr> }
            })
            .collect_view();
        view! {
            <table class="matrix" data-testid="matrix">
                <thead><tr><th scope="col" class="corner">"Topic"</th>{head}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        }
    };

    view! {
        <section class="matrix-section" aria-labelledby="matrix-heading">
            <h2 id="matrix-heading">"Topics by meeting"</h2>
            <p class="hint">"Each cell counts the statements on a topic in a meeting. Open a cell to read them."</p>
            <div class="matrix-scroll" tabindex="0">{table}</div>
        </section>
    }
}
