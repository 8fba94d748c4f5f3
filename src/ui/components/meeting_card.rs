//! One meeting on the timeline: date, format, language (when not English), counterpart,
//! publisher, title (linked), participants with their speaker colours, top topics. A meeting
//! reported more than once (accounts by several publishers, versions in several languages)
//! lists its reports, each one click away, links its accounts and versions, and shows the main
//! topics of its accounts together.

use crate::core::explore::{Route, TimelineEntry};
use crate::core::meetings::report::page::card_reports;
use crate::core::{Language, Speaker};
use crate::ui::dom::Dom;
use crate::ui::format::{human_date, participant_label, published_by, route_href};
use crate::ui::state::{speaker_class, Corpus, Nav};
use leptos::prelude::*;

/// Number of lane colours in the style sheet (`lane-0` ...).
const LANES: usize = 8;

/// A meeting of the timeline. Its left edge has the colour of the counterpart's country; each
/// participant has the swatch of their colour on the readout page (the publisher's officials
/// first colour); its topic chips add that topic to the filter.
// Long for its markup: after its signals and named handlers, one `view!` lays the view out as it
// reads, top to bottom (DESIGN.md, "one view! last"); the logic is in the handlers above it.
#[component]
pub fn MeetingCard(
    /// The timeline entry (readout index, lane, top topics).
    entry: TimelineEntry,
) -> impl IntoView {
    let corpus = expect_context::<Corpus>();
    let nav = expect_context::<Nav>();
    let data = corpus.data.get_untracked();
    let Some(readout) = data.readouts.get(entry.readout) else {
        return ().into_any();
    };
    let href = route_href(Route::Readout {
        id: readout.id.clone(),
        sentence: None,
    });
    let compare_href = route_href(Route::Compare {
        ids: vec![readout.id.clone()],
    });
    let lane = entry
        .colour
        .map_or("lane-none".to_string(), |c| format!("lane-{}", c % LANES));
    let meeting = data
        .meetings
        .meeting_of(entry.readout)
        .and_then(|m| data.meetings.meetings.get(m));
    let date = match meeting
        .and_then(|m| m.date(&data.readouts))
        .or(readout.date)
    {
        Some(d) => view! { <time datetime=d.to_string()>{human_date(d)}</time> }.into_any(),
        None => view! { <span class="undated">"Undated"</span> }.into_any(),
    };
    let format = readout
        .format
        .map(|f| view! { <span class="chip format">{f.label()}</span> });
    // A Chinese readout says so (English is the default), and its words carry their language
    // for the fonts.
    let lang = readout.language.code();
    let language = (readout.language != Language::English).then(|| {
        view! { <span class="chip language" data-testid="card-language" title="Language of the text" lang=lang>{readout.language.label()}</span> }
    });
    let derived = readout.title_derived.then(|| {
        view! { <span class="derived" title="The text has no headline; this title was derived from its first sentence.">"derived title"</span> }
    });
    let participants = readout
        .participants
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let swatch = format!("swatch {}", speaker_class(readout, Speaker::Person(i)));
            view! {
                <span class="participant">
                    {(i > 0).then_some(" · ")}
                    <span class=swatch aria-hidden="true"></span>
                    {participant_label(p)}
                </span>
            }
        })
        .collect_view();
    // A meeting's main topics are its accounts' together (one readout per publisher).
    let top_topics: Vec<(usize, usize)> = match meeting.filter(|m| m.readouts.len() > 1) {
        Some(m) => {
            let mut sum: Vec<(usize, usize)> = Vec::new();
            for r in m.account_columns(&data.readouts) {
                for &(t, n) in data.catalog.topics_of(r) {
                    match sum.iter_mut().find(|x| x.0 == t as usize) {
                        Some(x) => x.1 += n as usize,
                        None => sum.push((t as usize, n as usize)),
                    }
                }
            }
            crate::core::sort::sort_by_key(&mut sum, |&(t, n)| (std::cmp::Reverse(n), t));
            sum.truncate(entry.top_topics.len().max(4));
            sum
        }
        None => entry.top_topics.clone(),
    };
    let topics = top_topics
        .iter()
        .filter_map(|&(topic, count)| {
            let t = data.lexicon.topics.get(topic)?;
            let id = t.id.clone();
            let add = move |_| {
                let mut next = nav.state.get_untracked();
                if !next.filter.topics.contains(&id) {
                    next.filter.topics.push(id.clone());
                }
                nav.go(next);
            };
            Some(view! {
                <li>
                    <button type="button" class="chip topic" title=format!("{count} statements · show only meetings on this topic") on:click=add>
                        {t.label.clone()}
                    </button>
                </li>
            })
        })
        .collect_view();

    let reports = meeting
        .filter(|m| m.readouts.len() > 1)
        .map(|m| Dom(card_reports(m, &data.readouts, &readout.id)));

    view! {
        <article class=format!("meeting-card {lane}") data-testid="meeting-card">
            <div class="card-meta">
                {date} {format} {language} {entry.lane.clone().map(|c| view! { <span class="lane-name">{c}</span> })}
                <span class="card-publisher" data-testid="card-publisher">{published_by(readout)}</span>
            </div>
            <h3 class="card-title"><a href=href lang=lang>{readout.title.clone()}</a> {derived}</h3>
            <p class="participants" lang=lang>{participants}</p>
            {reports}
            <div class="card-foot">
                <ul class="topic-chips" aria-label="Main topics">{topics}</ul>
                <a class="compare-link" href=compare_href title="Compare this meeting with others, topic by topic">"Compare"</a>
            </div>
        </article>
    }
    .into_any()
}
