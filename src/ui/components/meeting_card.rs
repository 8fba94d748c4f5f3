//! One meeting on the timeline: date, format, language (when not English), counterpart,
//! publisher, title (linked), participants with their speaker colours, top topics. A meeting
//! reported more than once (accounts by several publishers, versions in several languages)
//! lists its reports, each one click away, links its accounts and versions, and shows the main
//! topics of its accounts together. The markup around the topic buttons is a document
//! (`core::doc`, put in the page by `ui::dom`): one `view!` shape less per card part.

use crate::core::doc::Doc;
use crate::core::explore::{Route, TimelineEntry};
use crate::core::meetings::people::named_elsewhere;
use crate::core::meetings::report::page::card_reports;
use crate::core::text::with_country;
use crate::core::{Language, Readout, Speaker};
use crate::ui::dom::Dom;
use crate::ui::format::{human_date, published_by};
use crate::ui::state::{speaker_class, Corpus, Nav};
use leptos::prelude::*;

/// Number of lane colours in the style sheet (`lane-0` ...).
const LANES: usize = 8;

/// A meeting of the timeline. Its left edge has the colour of the counterpart's country; each
/// participant has the swatch of their colour on the readout page (the publisher's officials
/// first colour); its topic chips add that topic to the filter.
// Long: the main topics of a meeting reported more than once are summed here, before the
// topic buttons and the one `view!` (DESIGN.md, "one view! last").
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
    let lane = entry
        .colour
        .map_or("lane-none".to_string(), |c| format!("lane-{}", c % LANES));
    let meeting = data
        .meetings
        .meeting_of(entry.readout)
        .and_then(|m| data.meetings.meetings.get(m));
    // Its readout's date, not the meeting's earliest: the timeline places the card and counts
    // the days between cards by the readout a filter left (China's account of a call the US
    // dated a day earlier, under "Published by China"), and so does the matrix.
    // A participant the readout names by title only ("Prime Minister", in the UK's readouts)
    // is shown by the name another account of the meeting gives them.
    let labels: Vec<String> = (0..readout.participants.len())
        .map(|p| {
            let named = meeting.filter(|m| m.readouts.len() > 1).and_then(|m| {
                let others = m.readouts.iter().filter(|&&o| o != entry.readout);
                named_elsewhere(readout, p, others.map(|&o| &data.readouts[o]))
            });
            let participant = &readout.participants[p];
            with_country(
                named.unwrap_or(&participant.name),
                participant.country.as_deref(),
            )
        })
        .collect();
    let head = Dom(card_head(readout, entry.lane.as_deref(), &labels));
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

    // An empty document rather than `None` (as `MeetingNote`): one view type less.
    let reports = Dom(meeting
        .filter(|m| m.readouts.len() > 1)
        .map_or_else(Doc::new, |m| card_reports(m, &data.readouts, &readout.id)));
    let mut compare = Doc::new();
    compare
        .el("a", "compare-link")
        .href(Route::Compare {
            ids: vec![readout.id.clone()],
        })
        .attr("title", "Compare this meeting with others, topic by topic")
        .text("Compare")
        .close();

    view! {
        <article class=format!("meeting-card {lane}") data-testid="meeting-card">
            {head}
            {reports}
            <div class="card-foot">
                <ul class="topic-chips" aria-label="Main topics">{topics}</ul>
                {Dom(compare)}
            </div>
        </article>
    }
    .into_any()
}

/// The card above its topics: date, format, language (when not English), counterpart,
/// publisher; the title linked to the readout; the participants (`labels`, in their order) with
/// their speaker colours.
fn card_head(readout: &Readout, lane: Option<&str>, labels: &[String]) -> Doc {
    let lang = readout.language.code();
    let mut d = Doc::new();
    d.el("div", "card-meta");
    match readout.date {
        Some(day) => d
            .open("time")
            .attr("datetime", &day.to_string())
            .text(&human_date(day))
            .close(),
        None => d.leaf("span", "undated", "Undated"),
    };
    if let Some(f) = readout.format {
        d.leaf("span", "chip format", f.label());
    }
    // A Chinese readout says so (English is the default), and its words carry their language
    // for the fonts.
    if readout.language != Language::English {
        d.el("span", "chip language")
            .attr("data-testid", "card-language")
            .attr("title", "Language of the text")
            .attr("lang", lang)
            .text(readout.language.label())
            .close();
    }
    if let Some(lane) = lane {
        d.leaf("span", "lane-name", lane);
    }
    let route = Route::Readout {
        id: readout.id.clone(),
        sentence: None,
    };
    d.el("span", "card-publisher")
        .attr("data-testid", "card-publisher")
        .text(&published_by(readout))
        .close()
        .close()
        .el("h3", "card-title")
        .open("a")
        .href(route)
        .attr("lang", lang)
        .text(&readout.title)
        .close();
    if readout.title_derived {
        d.el("span", "derived")
            .attr(
                "title",
                "The text has no headline; this title was derived from its first sentence.",
            )
            .text("derived title")
            .close();
    }
    d.close().el("p", "participants").attr("lang", lang);
    for (i, label) in labels.iter().enumerate() {
        let swatch = format!("swatch {}", speaker_class(readout, Speaker::Person(i)));
        d.el("span", "participant")
            .text(if i > 0 { " · " } else { "" })
            .el("span", &swatch)
            .attr("aria-hidden", "true")
            .close()
            .text(label)
            .close();
    }
    d.close();
    d
}
