//! The comparison grid: a row per topic, a column per meeting, in each cell what each speaker
//! said with a stance badge and the quoted sentence. Formulations shared by the meetings are
//! highlighted in the same colour everywhere; wording unique to one meeting is underlined.
//! A meeting silent on a topic gets an explicit "not mentioned" cell: silences are findings.

use crate::core::analyse::{Comparison, Row};
use crate::core::explore::Route;
use crate::core::text::quote_window;
use crate::core::{Readout, Span};
use crate::ui::format::{date_label, participant_label, published_by, route_href};
use crate::ui::state::{speaker_class, Corpus, Data};
use leptos::prelude::*;
use std::collections::HashMap;

/// How many highlight colours the style sheet has for shared formulations (`shared-0` ...).
const SHARED_COLOURS: usize = 6;

/// The grid of one comparison.
#[component]
pub fn CompareGrid(
    /// The comparison to show (from `core::analyse::compare`).
    #[prop(into)]
    comparison: Signal<Comparison>,
    /// Show only the rows where the meetings differ (a silence, or different stances).
    #[prop(into)]
    differ_only: Signal<bool>,
) -> impl IntoView {
    let corpus = expect_context::<Corpus>();
    let table = move || {
        let data = corpus.data.get();
        corpus.formulations_found.track();
        let cmp = comparison.get();
        let colour: HashMap<usize, usize> = cmp
            .shared_formulations
            .iter()
            .enumerate()
            .map(|(i, f)| (f.formulation, i % SHARED_COLOURS))
            .collect();
        let head = cmp
            .columns
            .iter()
            .map(|c| {
                let r = &data.readouts[c.readout];
                let date = date_label(r.date);
                let who = r
                    .participants
                    .iter()
                    .map(participant_label)
                    .collect::<Vec<_>>()
                    .join(" · ");
                let format = r.format.map(|f| f.label()).unwrap_or("");
                view! {
                    <th scope="col">
                        <span class="col-date">{date}</span>
                        <span class="col-format">{format}</span>
                        <span class="col-who">{who}</span>
                        <span class="col-publisher" data-testid="column-publisher">{published_by(r)}</span>
                    </th>
                }
            })
            .collect_view();
        let rows = cmp
            .rows
            .iter()
            .filter(|row| !differ_only.get() || differs(row))
            .map(|row| {
                let cells = (0..cmp.columns.len())
                    .map(|c| cell_view(&data, &cmp, row, c, &colour))
                    .collect_view();
                view! {
                    <tr data-topic=row.topic_id.clone()>
                        <th scope="row">{row.label.clone()}</th>
                        {cells}
                    </tr>
                }
            })
            .collect_view();
        let n = cmp.columns.len();
        view! {
            <table class=format!("compare-grid cols-{n}") data-testid="compare-grid">
                <thead><tr><th scope="col" class="corner">"Topic"</th>{head}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        }
    };

    view! { <div class="compare-scroll">{table}</div> }
}

/// A row differs when a meeting is silent on it or the stances stated are not the same.
fn differs(row: &Row) -> bool {
    if !row.silent.is_empty() {
        return true;
    }
    let stances = |cell: &Vec<crate::core::analyse::SpeakerPositions>| {
        let mut s: Vec<&str> = cell
            .iter()
            .flat_map(|sp| sp.positions.iter().map(|p| p.stance.name()))
            .collect();
        crate::core::sort::sort(&mut s);
        s.dedup();
        s
    };
    let first = row.cells.first().map(stances);
    row.cells.iter().any(|c| Some(stances(c)) != first)
}

fn cell_view(
    data: &Data,
    cmp: &Comparison,
    row: &Row,
    c: usize,
    colour: &HashMap<usize, usize>,
) -> AnyView {
    let column = &cmp.columns[c];
    let label = date_label(column.date);
    if row.silent.contains(&c) || row.cells.get(c).is_none_or(|cell| cell.is_empty()) {
        return view! { <td class="not-mentioned" data-label=label>"not mentioned"</td> }
            .into_any();
    }
    let r = column.readout;
    let readout = &data.readouts[r];
    let unique: Vec<usize> = row
        .unique
        .get(c)
        .map(|u| u.iter().map(|f| f.formulation).collect())
        .unwrap_or_default();
    let blocks = row.cells[c]
        .iter()
        .map(|sp| {
            let class = format!("speaker-block {}", speaker_class(readout, sp.speaker));
            let mut seen = Vec::new();
            let quotes = sp
                .positions
                .iter()
                .filter(|p| {
                    let new = !seen.contains(&p.sentence);
                    seen.push(p.sentence);
                    new
                })
                .map(|p| {
                    let href = route_href(Route::Readout { id: readout.id.clone(), sentence: Some(p.sentence) });
                    let stance = p.stance.name();
                    view! {
                        <li>
                            <span class=format!("stance stance-{stance}")>{stance}</span>
                            <q title=readout.sentence_text(p.sentence).to_string()>
                                {quote(data, readout, r, p.sentence, p.span, colour, &unique)}
                            </q>
                            <a class="source-link" href=href title="Open this sentence in the readout">"in context"</a>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <div class=class>
                    <span class="who">{sp.speaker_name.clone()}</span>
                    <ul class="quotes">{quotes}</ul>
                </div>
            }
        })
        .collect_view();
    view! { <td data-label=label>{blocks}</td> }.into_any()
}

/// Sentences longer than this are quoted as a window around the words that raised the topic.
const LONG_QUOTE: usize = 260;

/// The quoted words with shared formulations marked by colour and unique ones underlined.
fn quote(
    data: &Data,
    readout: &Readout,
    r: usize,
    s: usize,
    focus: Span,
    colour: &HashMap<usize, usize>,
    unique: &[usize],
) -> Vec<AnyView> {
    let Some(whole) = readout.sentences.get(s).map(|x| x.span) else {
        return vec![];
    };
    let text = &readout.text;
    let shown = quote_window(text, whole, focus, LONG_QUOTE);
    let mut marks: Vec<(Span, String)> = data
        .analysis
        .formulations_in(r, s)
        .filter_map(|f| {
            let class = match (colour.get(&f), unique.contains(&f)) {
                (Some(k), _) => format!("shared shared-{k}"),
                (None, true) => "unique".to_string(),
                _ => return None,
            };
            let formulation = data.analysis.formulations.get(f)?;
            let span = formulation
                .uses
                .iter()
                .find(|u| u.readout == r && u.sentence == s)?
                .span;
            Some((span, class))
        })
        .collect();
    crate::core::sort::sort_by_key(&mut marks, |(span, _)| span.start);
    let mut out = Vec::new();
    if shown.start > whole.start {
        out.push("…".into_any());
    }
    let mut at = shown.start;
    for (span, class) in marks {
        if span.start < at || span.end > shown.end {
            continue; // overlapping or outside the window: keep the first mark only
        }
        out.push(
            Span::new(at, span.start)
                .of(&readout.text)
                .to_string()
                .into_any(),
        );
        let words = span.of(&readout.text).to_string();
        out.push(view! { <mark class=class>{words}</mark> }.into_any());
        at = span.end;
    }
    out.push(
        Span::new(at, shown.end)
            .of(&readout.text)
            .to_string()
            .into_any(),
    );
    if shown.end < whole.end {
        out.push("…".into_any());
    }
    out
}
