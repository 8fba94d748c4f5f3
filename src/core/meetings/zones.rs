//! The time zone a government dates its readouts in: its capital's standard time.
//!
//! A call at 9 a.m. in Beijing is 8 p.m. the day before in Washington, so the two readouts of
//! one call can carry dates a day apart; the grouping allows that only in that direction (the
//! publisher further east gives the later date). Daylight saving time moves offsets by an hour
//! and never changes which of two capitals is further east, so it is left out.

use crate::core::packed::{words, Words};

/// The countries the parser knows whose capital's zone is known (canonical names, as in
/// `Participant::country`), in order, for a binary search. Packed (`core::packed`): a
/// (pointer, length) pair per country was most of the table's bytes.
const COUNTRIES: Words = words![
    "Afghanistan",
    "Algeria",
    "Argentina",
    "Australia",
    "Austria",
    "Bangladesh",
    "Belgium",
    "Brazil",
    "Brunei",
    "Cambodia",
    "Canada",
    "Chile",
    "China",
    "Colombia",
    "Cuba",
    "Democratic People's Republic of Korea",
    "Denmark",
    "Egypt",
    "Ethiopia",
    "Finland",
    "France",
    "Germany",
    "Ghana",
    "Greece",
    "Hungary",
    "Iceland",
    "India",
    "Indonesia",
    "Iran",
    "Iraq",
    "Ireland",
    "Israel",
    "Italy",
    "Japan",
    "Kazakhstan",
    "Kenya",
    "Laos",
    "Malaysia",
    "Mexico",
    "Mongolia",
    "Morocco",
    "Myanmar",
    "Nepal",
    "Netherlands",
    "New Zealand",
    "Nigeria",
    "Norway",
    "Pakistan",
    "Palestine",
    "Peru",
    "Philippines",
    "Poland",
    "Portugal",
    "Qatar",
    "Republic of Korea",
    "Russia",
    "Saudi Arabia",
    "Senegal",
    "Serbia",
    "Singapore",
    "South Africa",
    "Spain",
    "Sri Lanka",
    "Sweden",
    "Switzerland",
    "Tanzania",
    "Thailand",
    "Turkey",
    "Ukraine",
    "United Arab Emirates",
    "United Kingdom",
    "United States",
    "Uzbekistan",
    "Vietnam",
];

/// Minutes east of UTC of the capital of each of [`COUNTRIES`], in its order.
const MINUTES: [i16; 74] = [
    270, 60, -180, 600, 60, 360, 60, -180, 480, 420, -300, -240, 480, -300, -300, 540, 60, 120,
    180, 120, 60, 60, 0, 120, 60, 0, 330, 420, 210, 180, 0, 120, 60, 540, 300, 180, 420, 480, -360,
    480, 60, 390, 345, 60, 720, 60, 60, 300, 120, -300, 480, 60, 0, 180, 540, 180, 180, 0, 60, 480,
    120, 60, 330, 60, 60, 180, 420, 180, 120, 240, 0, -300, 300, 420,
];

/// Minutes east of UTC of `country`'s capital, if known.
pub fn utc_offset(country: &str) -> Option<i16> {
    let i = COUNTRIES.list().binary_search(&country).ok()?;
    MINUTES.get(i).copied()
}

/// Whether two readouts dated `day_a` and `day_b` (day numbers) by publishers at UTC offsets
/// `zone_a` and `zone_b` can report one meeting: the same day, or, when the zones differ, the
/// publisher further east a day later.
pub fn dates_agree(day_a: i64, zone_a: Option<i16>, day_b: i64, zone_b: Option<i16>) -> bool {
    match day_a - day_b {
        0 => true,
        1 => matches!((zone_a, zone_b), (Some(a), Some(b)) if a > b),
        -1 => matches!((zone_a, zone_b), (Some(a), Some(b)) if a < b),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_sorted_so_lookups_find_every_country() {
        assert_eq!(COUNTRIES.list().len(), MINUTES.len(), "a zone per country");
        assert!(COUNTRIES.list().windows(2).all(|w| w[0] < w[1]));
        assert_eq!(utc_offset("Afghanistan"), Some(270));
        assert_eq!(
            utc_offset("Democratic People's Republic of Korea"),
            Some(540)
        );
        assert_eq!(utc_offset("Argentina"), Some(-180));
        assert_eq!(utc_offset("Nepal"), Some(345));
        assert_eq!(utc_offset("Vietnam"), Some(420));
        assert_eq!(utc_offset("China"), Some(480));
        assert_eq!(utc_offset("United States"), Some(-300));
        assert_eq!(utc_offset("Atlantis"), None);
    }

    #[test]
    fn a_day_apart_agrees_only_when_the_later_date_is_further_east() {
        let (beijing, washington) = (utc_offset("China"), utc_offset("United States"));
        assert!(dates_agree(10, beijing, 10, washington));
        assert!(dates_agree(11, beijing, 10, washington));
        assert!(dates_agree(10, washington, 11, beijing));
        assert!(!dates_agree(10, beijing, 11, washington));
        assert!(!dates_agree(11, beijing, 10, beijing), "one zone: one date");
        assert!(
            !dates_agree(11, beijing, 10, None),
            "an unknown zone: one date"
        );
        assert!(!dates_agree(12, beijing, 10, washington));
    }
}
