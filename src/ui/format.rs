//! Display helpers shared by the views.

use crate::core::explore::{Route, ViewState};
use crate::core::{Date, Language, Participant, Readout};

/// "9 November 2020".
pub fn human_date(date: Date) -> String {
    format!("{} {} {}", date.day, date.month_name(), date.year)
}

/// "Luo Zhaohui (China)", or the bare name when the country is unknown.
pub fn participant_label(p: &Participant) -> String {
    match &p.country {
        Some(c) => format!("{} ({c})", p.name),
        None => p.name.clone(),
    }
}

/// "Published by United States", or that the publisher is not known.
pub fn published_by(readout: &Readout) -> String {
    readout.publisher.as_ref().map_or_else(
        || "Publisher not known".to_string(),
        |p| format!("Published by {p}"),
    )
}

/// "9 November 2020", or "Undated" when the readout has no date.
pub fn date_label(date: Option<Date>) -> String {
    date.map_or_else(|| "Undated".to_string(), human_date)
}

/// The link to `route` with no filter (`#/readout/ID?s=3`, `#/compare?ids=A,B`, ...).
pub fn route_href(route: Route) -> String {
    ViewState {
        route,
        filter: Default::default(),
    }
    .to_fragment()
}

/// The name of a language in the UI (which stays in English), with its own name when that
/// differs: "English", "Chinese (中文)".
pub fn language_name(language: Language) -> String {
    match language {
        Language::English => "English".to_string(),
        l => format!("Chinese ({})", l.label()),
    }
}
