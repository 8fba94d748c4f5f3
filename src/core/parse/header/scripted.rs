//! The header of a script with its own stage hooks (Chinese): the same [`Header`] from the
//! hooks' reading of the opening sentence and the headline.
//!
//! Takes the header's [`Input`], the script's [`Stages`] and the options; gives the [`Header`].
//! An agency dateline before the opening ("新华社北京4月16日电") gives the month and day that a
//! day alone ("15日晚") refers to, the date line the year. The opening's people are merged with
//! the headline's when the opening leaves someone or a country out. A readout whose home side
//! has no country of its own is told to be the script's home government's ("外交部长田墨白" is
//! China's); the user's correction wins, and the setting stands in when the text does not tell.

use super::{Header, Input, OPENING_BYTES};
use crate::core::model::{MeetingFormat, Participant};
use crate::core::parse::lang::{Named, Stages};
use crate::core::parse::{scan, ParseOptions};

pub(super) fn header(st: &Stages, input: &Input, opts: &ParseOptions) -> Header {
    let headline = input.headline.map(|h| scan::prefix(h, OPENING_BYTES));
    let opening = input
        .first
        .first()
        .map_or("", |s| scan::prefix(s, OPENING_BYTES));
    let (opening, dateline) = match (st.dateline)(opening) {
        Some((m, d, at)) => (opening.get(at..).unwrap_or(""), Some((m, d))),
        None => (opening, input.dateline),
    };
    // A dateline without its month ("中新社华盛顿1日电") takes the date line's.
    let line = input.date_line;
    let dateline = dateline.and_then(|(m, d)| Some((m.or(line.map(|l| l.month))?, d)));
    let date = (st.opening_date)(opening, line, dateline);

    let (from_opening, format) = named(st, opening);
    let complete = from_opening
        .as_ref()
        .is_some_and(|p| p.0.len() + p.1.len() >= 2 && p.1.iter().all(|g| g.country.is_some()));
    let (from_headline, headline_format) = match headline.filter(|_| !complete) {
        Some(h) => named(st, h),
        None => (None, None),
    };
    let format = format
        .or(headline_format)
        .or_else(|| named(st, headline?).1);
    let count = |p: &Option<Named>| p.as_ref().map_or(0, |p| p.0.len() + p.1.len());
    let narration = if from_opening.is_some() {
        vec![0]
    } else {
        vec![]
    };
    let (best, other) = if count(&from_headline) > count(&from_opening) {
        (from_headline, from_opening)
    } else {
        (from_opening, from_headline)
    };
    let (mut hosts, guests) = best.map_or((vec![], vec![]), |p| (p.0, p.1));
    let told = st
        .home
        .filter(|_| !hosts.is_empty() && hosts.iter().all(|h| h.country.is_none()));
    let publisher = opts
        .publisher_correction
        .clone()
        .or(told.map(str::to_string))
        .or_else(|| opts.publisher.clone());
    if let Some(home) = &publisher {
        for h in &mut hosts {
            h.country.get_or_insert_with(|| home.clone());
        }
    }
    let participants = merge(&hosts, &guests, other);
    let (title, title_derived) = match headline {
        Some(h) => (h.to_string(), false),
        None => ((st.derive_title)(&hosts, &guests, format, opening), true),
    };
    Header {
        title,
        title_derived,
        date,
        format,
        genders: vec![None; participants.len()],
        participants,
        publisher_assumed: opts.publisher_correction.is_none()
            && told.is_none()
            && publisher.is_some(),
        publisher,
        narration,
    }
}

/// The hook's parties (none when it names no one) and format.
fn named(st: &Stages, s: &str) -> (Option<Named>, Option<MeetingFormat>) {
    match (st.parties)(s) {
        Some((hosts, guests, format)) if hosts.is_empty() && guests.is_empty() => (None, format),
        Some((hosts, guests, format)) => (Some((hosts, guests, format)), format),
        None => (None, None),
    }
}

/// Hosts then guests, each name once; a country the other reading knows fills a gap.
fn merge(hosts: &[Participant], guests: &[Participant], other: Option<Named>) -> Vec<Participant> {
    let mut participants: Vec<Participant> = Vec::new();
    for p in hosts.iter().chain(guests) {
        if !participants.iter().any(|q| q.name == p.name) {
            participants.push(p.clone());
        }
    }
    if let Some((oh, og, _)) = other {
        for p in participants.iter_mut().filter(|p| p.country.is_none()) {
            let same = oh.iter().chain(&og).find(|q| q.name == p.name);
            p.country = same.and_then(|q| q.country.clone());
        }
    }
    participants
}
