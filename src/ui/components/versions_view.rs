//! One publisher's two language versions of a meeting's readout, aligned sentence by sentence
//! (`core::meetings::versions`): a row per aligned group, the English on the left and the other
//! version on the right, every sentence with no counterpart marked ("only in the Chinese
//! version"), and above the table the topics present in one version only and the lists of
//! points whose count differs. Each sentence number links to the sentence in its readout.

use crate::core::explore::{MeetingView, Route};
use crate::core::meetings::export::{language_name, versions_csv, versions_markdown};
use crate::core::meetings::{compare_versions, Versions};
use crate::core::model::Readout;
use crate::ui::components::ExportButtons;
use crate::ui::format::route_href;
use crate::ui::state::{Corpus, Data};
use leptos::prelude::*;
use std::ops::Range;
use std::sync::Arc;

/// The versions alignment of the meeting readout `id` belongs to, for `account`'s versions
/// (the first publisher with versions when `None` or unknown).
#[component]
pub fn VersionsView(
    /// The id of one of the meeting's readouts.
    id: String,
    /// The publisher whose versions to align.
    #[prop(into)]
    account: Signal<Option<String>>,
) -> impl IntoView {
    let corpus = expect_context::<Corpus>();
    let meeting_id = id.clone();
    // The accounts with versions, and the pair of readouts shown.
    let choice = Memo::new(move |_| {
        let data = corpus.data.get();
        let Some(m) = data
            .meetings
            .find(&data.readouts, &meeting_id)
            .and_then(|m| data.meetings.meetings.get(m))
        else {
            return (Vec::new(), None);
        };
        let versions = m.versions(&data.readouts);
        let publishers: Vec<Option<String>> = versions
            .iter()
            .map(|a| a.publisher.map(String::from))
            .collect();
        let wanted = account.get();
        let pick = versions
            .iter()
            .find(|a| wanted.is_some() && a.publisher == wanted.as_deref())
            .or(versions.first())
            .and_then(|a| Some((*a.readouts.first()?, *a.readouts.get(1)?)));
        (publishers, pick)
    });
    // Shared, not compared (as the accounts view's comparison).
    let versions = Memo::new_with_compare(
        move |_| {
            let data = corpus.data.get();
            choice.with(|(_, pick)| {
                pick.map(|(a, b)| {
                    let (readouts, analyses) = (&data.readouts, &data.analysis.analyses);
                    Arc::new(compare_versions(readouts, analyses, &data.lexicon, a, b))
                })
            })
        },
        |_, _| true,
    );
    let make = move |ext: &'static str| {
        let data = corpus.data.get_untracked();
        let Some(v) = versions.get_untracked() else {
            return String::new();
        };
        match ext {
            "md" => versions_markdown(&v, &data.readouts, &data.lexicon),
            _ => versions_csv(&v, &data.readouts),
        }
    };
    let picker = move || {
        let (publishers, _) = choice.get();
        (publishers.len() > 1).then(|| {
            let current = account.get();
            let links = publishers
                .into_iter()
                .enumerate()
                .map(|(k, p)| {
                    let name = p.clone().unwrap_or_else(|| "Unknown publisher".into());
                    let selected = current == p || (k == 0 && current.is_none());
                    let href = route_href(Route::Meeting {
                        id: id.clone(),
                        view: MeetingView::Versions,
                        account: p,
                    });
                    view! { <a href=href aria-current=if selected { "true" } else { "false" }>{name}</a> }
                })
                .collect_view();
            view! { <nav class="version-accounts" aria-label="Whose versions">"Versions of: "{links}</nav> }
        })
    };
    let body = move || {
        let data = corpus.data.get();
        match versions.get() {
            None => view! {
                <p class="empty">"No publisher issued this meeting's readout in two languages. Import its other language version to align them sentence by sentence."</p>
            }
            .into_any(),
            Some(v) => view! { {summary(&data, &v)} {table(&data, &v)} }.into_any(),
        }
    };

    view! {
        <div class="versions-view" data-testid="versions-view">
            <div class="compare-controls">
                {picker}
                <ExportButtons stem="versions" make=Callback::new(make) no_json=true />
            </div>
            {body}
        </div>
    }
}

/// The counts, the topics of one version only and the point lists that differ.
fn summary(data: &Data, v: &Versions) -> impl IntoView {
    let (a, b) = (&data.readouts[v.a], &data.readouts[v.b]);
    let labels = |ids: &[String]| -> String {
        ids.iter()
            .map(|id| {
                data.lexicon
                    .topic_index(id)
                    .map_or(id.clone(), |t| data.lexicon.topics[t].label.clone())
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    let only = |r: &Readout, n: usize| {
        let s = if n == 1 { "sentence" } else { "sentences" };
        format!("{n} {s} only in the {} version", language_name(r.language))
    };
    let topics = [(a, &v.topics_only_a), (b, &v.topics_only_b)]
        .into_iter()
        .filter(|(_, ids)| !ids.is_empty())
        .map(|(r, ids)| {
            view! { <li><strong>{format!("Topics only in the {} version: ", language_name(r.language))}</strong>{labels(ids)}</li> }
        })
        .collect_view();
    let points = v
        .points
        .iter()
        .map(|d| {
            let side = |r: &Readout, l: Option<&crate::core::meetings::versions::PointList>| match l {
                Some(l) => format!(
                    "{} points in the {} version ({})",
                    l.count,
                    language_name(r.language),
                    r.speaker_name(l.speaker)
                ),
                None => format!("none in the {} version", language_name(r.language)),
            };
            view! { <li data-testid="points-differ">{format!("A list of points: {}; {}.", side(a, d.a.as_ref()), side(b, d.b.as_ref()))}</li> }
        })
        .collect_view();
    view! {
        <div class="compare-summary" data-testid="versions-summary">
            <p>
                <strong>{format!("{} sentence pairs", v.pairs().count())}</strong>
                {format!(" · {} · {}", only(a, v.only_in_a().len()), only(b, v.only_in_b().len()))}
            </p>
            <ul>{topics}{points}</ul>
        </div>
    }
}

/// The sentences `range` of `r`, each with its number linked to it in the readout.
fn sentences(r: &Readout, range: &Range<usize>) -> impl IntoView {
    range
        .clone()
        .map(|s| {
            let href = route_href(Route::Readout {
                id: r.id.clone(),
                sentence: Some(s),
            });
            view! {
                <span class="aligned-sentence">
                    <a class="sn" href=href title="Open this sentence in the readout">{s + 1}</a>
                    " "{r.sentence_text(s).to_string()}
                </span>
            }
        })
        .collect_view()
}

/// "1 English sentence for 2 Chinese".
pub fn merged_note(na: usize, la: &str, nb: usize, lb: &str) -> String {
    let s = if na == 1 { "sentence" } else { "sentences" };
    format!("{na} {la} {s} for {nb} {lb}")
}

/// The aligned table.
fn table(data: &Data, v: &Versions) -> impl IntoView {
    let (a, b) = (&data.readouts[v.a], &data.readouts[v.b]);
    let (la, lb) = (language_name(a.language), language_name(b.language));
    let rows = v
        .rows
        .iter()
        .map(|bead| {
            let (class, note) = match (bead.a.is_empty(), bead.b.is_empty()) {
                (false, true) => ("only-one", Some(format!("Only in the {la} version"))),
                (true, false) => ("only-one", Some(format!("Only in the {lb} version"))),
                _ if bead.a.len() != bead.b.len() => {
                    ("merged", Some(merged_note(bead.a.len(), la, bead.b.len(), lb)))
                }
                _ => ("", None),
            };
            let side = |r: &Readout, range: &Range<usize>, lang: &'static str| {
                if range.is_empty() {
                    view! { <td class="missing" data-label=lang>{format!("Not in the {lang} version")}</td> }.into_any()
                } else {
                    view! { <td lang=r.language.code() data-label=lang>{sentences(r, range)}</td> }.into_any()
                }
            };
            view! {
                <tr class=class data-testid=if class == "only-one" { "unmatched-row" } else { "aligned-row" }>
                    {side(a, &bead.a, la)}
                    {side(b, &bead.b, lb)}
                    <td class="row-note">{note}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="compare-scroll">
            <table class="versions-table" data-testid="versions-table">
                <thead>
                    <tr>
                        <th scope="col">{la}" · "<a href=route_href(Route::Readout { id: a.id.clone(), sentence: None })>{a.title.clone()}</a></th>
                        <th scope="col" lang=b.language.code()>{lb}" · "<a href=route_href(Route::Readout { id: b.id.clone(), sentence: None })>{b.title.clone()}</a></th>
                        <th scope="col" class="row-note">"Note"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
