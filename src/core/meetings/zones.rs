//! The time zone a government dates its readouts in: its capital's standard time.
//!
//! A call at 9 a.m. in Beijing is 8 p.m. the day before in Washington, so the two readouts of
//! one call can carry dates a day apart; the grouping allows that only in that direction (the
//! publisher further east gives the later date). Daylight saving time moves offsets by an hour
//! and never changes which of two capitals is further east, so it is left out.

/// Minutes east of UTC of the capitals of the countries the parser knows (canonical names, as
/// in `Participant::country`).
const OFFSETS: &[(&str, i16)] = &[
    ("Afghanistan", 270),
    ("Algeria", 60),
    ("Argentina", -180),
    ("Australia", 600),
    ("Austria", 60),
    ("Bangladesh", 360),
    ("Belgium", 60),
    ("Brazil", -180),
    ("Brunei", 480),
    ("Cambodia", 420),
    ("Canada", -300),
    ("Chile", -240),
    ("China", 480),
    ("Colombia", -300),
    ("Cuba", -300),
    ("Democratic People's Republic of Korea", 540),
    ("Denmark", 60),
    ("Egypt", 120),
    ("Ethiopia", 180),
    ("Finland", 120),
    ("France", 60),
    ("Germany", 60),
    ("Ghana", 0),
    ("Greece", 120),
    ("Hungary", 60),
    ("Iceland", 0),
    ("India", 330),
    ("Indonesia", 420),
    ("Iran", 210),
    ("Iraq", 180),
    ("Ireland", 0),
    ("Israel", 120),
    ("Italy", 60),
    ("Japan", 540),
    ("Kazakhstan", 300),
    ("Kenya", 180),
    ("Laos", 420),
    ("Malaysia", 480),
    ("Mexico", -360),
    ("Mongolia", 480),
    ("Morocco", 60),
    ("Myanmar", 390),
    ("Nepal", 345),
    ("Netherlands", 60),
    ("New Zealand", 720),
    ("Nigeria", 60),
    ("Norway", 60),
    ("Pakistan", 300),
    ("Palestine", 120),
    ("Peru", -300),
    ("Philippines", 480),
    ("Poland", 60),
    ("Portugal", 0),
    ("Qatar", 180),
    ("Republic of Korea", 540),
    ("Russia", 180),
    ("Saudi Arabia", 180),
    ("Senegal", 0),
    ("Serbia", 60),
    ("Singapore", 480),
    ("South Africa", 120),
    ("Spain", 60),
    ("Sri Lanka", 330),
    ("Sweden", 60),
    ("Switzerland", 60),
    ("Tanzania", 180),
    ("Thailand", 420),
    ("Turkey", 180),
    ("Ukraine", 120),
    ("United Arab Emirates", 240),
    ("United Kingdom", 0),
    ("United States", -300),
    ("Uzbekistan", 300),
    ("Vietnam", 420),
];

/// Minutes east of UTC of `country`'s capital, if known.
pub fn utc_offset(country: &str) -> Option<i16> {
    OFFSETS
        .binary_search_by(|(c, _)| c.cmp(&country))
        .ok()
        .map(|i| OFFSETS[i].1)
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
        assert!(OFFSETS.windows(2).all(|w| w[0].0 < w[1].0));
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
