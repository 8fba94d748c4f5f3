//! Display helpers shared by the views.

use crate::core::{Date, Participant};

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// "9 November 2020".
pub fn human_date(date: Date) -> String {
    let month = MONTHS
        .get(usize::from(date.month).wrapping_sub(1))
        .unwrap_or(&"");
    format!("{} {} {}", date.day, month, date.year)
}

/// "Luo Zhaohui (China)", or the bare name when the country is unknown.
pub fn participant_label(p: &Participant) -> String {
    match &p.country {
        Some(c) => format!("{} ({c})", p.name),
        None => p.name.clone(),
    }
}
