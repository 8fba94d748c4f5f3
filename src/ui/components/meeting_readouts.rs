//! The readouts of one meeting, by account and language, with the user's corrections of the
//! grouping: take a readout out of the meeting, join the meeting with another, or give a meeting
//! grouped by hand back to the rules. The corrections are meeting labels kept with each readout
//! (`Corrections::meeting`): they are stored, exported and imported like the others.

use crate::core::explore::{day_number, MeetingView, Route};
use crate::core::meetings::corrections::{join, split_off, undo, LabelChange};
use crate::core::meetings::export::language_name;
use crate::core::meetings::report::page::meeting_heading;
use crate::core::meetings::report::{capitalised, possessive};
use crate::ui::format::{date_label, route_href};
use crate::ui::state::{Corpus, Data, Nav};
use leptos::prelude::*;
use std::sync::Arc;

/// Meetings this many days around it are offered to join with.
const JOIN_DAYS: i64 = 7;

/// Writes the label changes into the sources' corrections and reloads.
fn apply(corpus: Corpus, data: &Data, changes: &[LabelChange]) {
    let mut sources = corpus.sources();
    for c in changes {
        let Some(changed) = data.sources.get(c.readout) else {
            continue;
        };
        if let Some(s) = sources
            .iter_mut()
            .find(|s| s.text == changed.text && s.name == changed.name)
        {
            s.corrections.meeting.clone_from(&c.label);
        }
    }
    corpus.set_sources(sources);
}

/// The readouts of the meeting readout `id` belongs to, and the grouping corrections.
#[component]
pub fn MeetingReadouts(
    /// The id of one of the meeting's readouts.
    id: String,
) -> impl IntoView {
    let corpus = expect_context::<Corpus>();
    let nav = expect_context::<Nav>();
    let data: Arc<Data> = corpus.data.get_untracked();
    let Some(m) = data.meetings.find(&data.readouts, &id) else {
        return ().into_any();
    };
    let meeting = data.meetings.meetings[m].clone();
    let accounts = meeting
        .accounts(&data.readouts)
        .into_iter()
        .map(|a| {
            let heading = capitalised(&possessive(a.publisher.unwrap_or("Unknown publisher")));
            let items = a
                .readouts
                .iter()
                .map(|&r| {
                    let x = &data.readouts[r];
                    let href = route_href(Route::Readout {
                        id: x.id.clone(),
                        sentence: None,
                    });
                    let split = {
                        let data = data.clone();
                        let meeting = meeting.clone();
                        move |_| {
                            let changes = split_off(&data.readouts, &data.meetings, r);
                            // Stay with the rest of the meeting.
                            let rest = meeting.readouts.iter().find(|&&o| o != r);
                            apply(corpus, &data, &changes);
                            if let Some(&o) = rest {
                                let mut next = nav.state.get_untracked();
                                next.route = Route::Meeting {
                                    id: data.readouts[o].id.clone(),
                                    view: MeetingView::Readouts,
                                    account: None,
                                };
                                nav.go(next);
                            }
                        }
                    };
                    let alone = meeting.readouts.len() < 2;
                    view! {
                        <li class="meeting-readout" data-testid="meeting-readout">
                            <span class="chip lang" lang=x.language.code()>{x.language.label()}</span>
                            <a href=href lang=x.language.code()>{x.title.clone()}</a>
                            <span class="note">{format!("{} · {}", date_label(x.date), x.origin)}</span>
                            {(!alone).then(|| view! {
                                <button type="button" class="link-button" on:click=split
                                    title="This readout reports another meeting: take it out of this one">
                                    "Not this meeting"
                                </button>
                            })}
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="meeting-account">
                    <h2>{heading}</h2>
                    <ul class="plain">{items}</ul>
                </section>
            }
        })
        .collect_view();
    view! {
        <div class="meeting-readouts">
            {accounts}
            {grouping(corpus, data.clone(), m)}
        </div>
    }
    .into_any()
}

/// Join with a nearby meeting, or give a hand-made group back to the rules.
fn grouping(corpus: Corpus, data: Arc<Data>, m: usize) -> impl IntoView {
    let meeting = &data.meetings.meetings[m];
    let day = meeting.date(&data.readouts).map(day_number);
    // Meetings a week around it (all undated ones for an undated meeting), nearest first.
    let mut near: Vec<(i64, usize)> = data
        .meetings
        .meetings
        .iter()
        .enumerate()
        .filter(|&(k, _)| k != m)
        .filter_map(|(k, other)| {
            let d = other.date(&data.readouts).map(day_number);
            match (day, d) {
                (Some(a), Some(b)) if (a - b).abs() <= JOIN_DAYS => Some(((a - b).abs(), k)),
                (None, None) => Some((0, k)),
                _ => None,
            }
        })
        .collect();
    crate::core::sort::sort(&mut near);
    let chosen = RwSignal::new(near.first().map(|&(_, k)| k));
    let options = near
        .iter()
        .map(|&(_, k)| {
            let other = &data.meetings.meetings[k];
            let first = &data.readouts[other.readouts[0]];
            let label = format!(
                "{} · {} · {}",
                date_label(other.date(&data.readouts)),
                meeting_heading(other, &data.readouts),
                first.title
            );
            view! { <option value=k.to_string()>{label}</option> }
        })
        .collect_view();
    let join_now = {
        let data = data.clone();
        move |_| {
            if let Some(k) = chosen.get_untracked() {
                apply(corpus, &data, &join(&data.readouts, &data.meetings, m, k));
            }
        }
    };
    let undo_now = {
        let data = data.clone();
        move |_| apply(corpus, &data, &undo(&data.meetings, m))
    };
    let corrected = meeting.corrected;
    let languages: Vec<&str> = meeting
        .languages(&data.readouts)
        .into_iter()
        .map(language_name)
        .collect();
    view! {
        <section class="meeting-grouping" data-testid="meeting-grouping">
            <h2>"Grouping"</h2>
            <p class="note">{format!(
                "Readouts of the same date (a day apart across time zones), the same countries and counterparts and a compatible format are one meeting. This one is in {}.",
                languages.join(" and ")
            )}</p>
            {corrected.then(|| view! {
                <p>"You grouped these readouts by hand. "
                    <button type="button" class="link-button" data-testid="meeting-undo" on:click=undo_now>"Let the rules decide again"</button>
                </p>
            })}
            {(!near.is_empty()).then(|| view! {
                <div class="join-meeting">
                    <label>"Another report of this meeting: "
                        <select on:change:target=move |ev| chosen.set(ev.target().value().parse().ok())>{options}</select>
                    </label>
                    " "
                    <button type="button" data-testid="meeting-join" on:click=join_now>"Join with this meeting"</button>
                </div>
            })}
        </section>
    }
}
