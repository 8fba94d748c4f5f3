//! Display helpers shared by the views.

use crate::core::{Date, Participant};

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
