//! Display helpers shared by the views.

pub use crate::core::explore::route_href;
pub use crate::core::model::{date_label, human_date};
use crate::core::text::with_country;
use crate::core::{Language, Participant, Readout};

/// "Luo Zhaohui (China)", or the bare name when the country is unknown.
pub fn participant_label(p: &Participant) -> String {
    with_country(&p.name, p.country.as_deref())
}

/// "Published by United States", or that the publisher is not known.
pub fn published_by(readout: &Readout) -> String {
    readout.publisher.as_ref().map_or_else(
        || "Publisher not known".to_string(),
        |p| format!("Published by {p}"),
    )
}

/// The name of a language in the UI (which stays in English), with its own name when that
/// differs: "English", "Chinese (中文)".
pub fn language_name(language: Language) -> String {
    match language {
        Language::English => "English".to_string(),
        l => format!("Chinese ({})", l.label()),
    }
}
