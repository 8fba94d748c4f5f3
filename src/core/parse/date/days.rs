//! The date of the event from an opening sentence and the date line it is read against.
//!
//! Takes the opening sentence, the reference date (a date line, "Published ..." or a date in
//! the headline) and a [`Lang`]; gives the event's date: a full date in the opening wins; "On
//! May 18" takes the reference's year (the year before when May 18 would fall after it);
//! "today" and "yesterday" count back from the reference; "on Friday" is the last Friday on or
//! before it. With no reference, only a full date in the opening gives a date.

use super::{at, is_weekday, month_day};
use crate::core::model::Date;
use crate::core::parse::lang::Lang;
use crate::core::parse::lead;
use crate::core::parse::scan::{self, Word};

/// Words of the opening read for a relative date: the facts are at its start, after the two
/// sides' names and titles (Korea's ministry gives both in apposition, each with its ministry,
/// then "on the afternoon of January 19": up to some 45 words).
const OPENING_WORDS: usize = 48;

pub(in crate::core::parse) fn event(
    opening: &str,
    reference: Option<Date>,
    lang: &Lang,
) -> Option<Date> {
    // A full date holds a year: four digits in a row (a cheap test before reading the words).
    // The opening's words are split once, for both readings (and not at all without a year
    // or a reference).
    let year = super::may_hold_year(opening);
    let mut w: Vec<Word> = Vec::new();
    if year {
        w = lang.words(opening);
        if let Some((d, i)) = full_date(opening, &w, lang) {
            return Some(in_place_line(&w, i, lang).map_or(d, |rest| {
                // "RIYADH, (APP - ... - 5th Mar, 2024) Prince X received a call on Monday":
                // the dateline's date is the copy's; a day the sentence names is read
                // against it.
                let rest = &rest[..rest.len().min(OPENING_WORDS)];
                relative(rest, d, lang).unwrap_or(d)
            }));
        }
    }
    let r = reference?;
    if !year {
        w = lang.words(opening);
    }
    // "BEIJING, Nov. 27 (Xinhua) -- X met Y Wednesday": the dateline's day dates the copy, in
    // the reference's year; a day the sentence names is read against it.
    let r = dateline_day(&w, r, lang).unwrap_or(r);
    let w = &w[..w.len().min(OPENING_WORDS)];
    Some(relative(w, r, lang).unwrap_or(r))
}

/// The month and day of the place line that opens `w` ("BEIJING, Nov. 27 (Xinhua) --",
/// "MOSCOW, October 9. /TASS/."), in the year of `r` (the year before when the day would
/// fall after it).
fn dateline_day(w: &[Word], r: Date, lang: &Lang) -> Option<Date> {
    // A dateline opens with its place: a capital first, a digit-free first word.
    if !w.first().is_some_and(|x| scan::is_capitalised(x.1)) {
        return None;
    }
    let n = place_line_words(w, lang);
    let (month, day) = (1..n).find_map(|i| month_day(&w[i..n], lang))?;
    on_or_before(month, day, r)
}

/// Month `month`, day `day` in the year of `r`, or the year before when that day would fall
/// after `r` ("On May 18" read against a date line of January).
fn on_or_before(month: u8, day: u8, r: Date) -> Option<Date> {
    let year = if (month, day) > (r.month, r.day) {
        r.year.checked_sub(1)?
    } else {
        r.year
    };
    Date::new(year, month, day)
}

/// The words after the place line that opens `w`, when the word at `i` is in it.
fn in_place_line<'a, 'b>(w: &'b [Word<'a>], i: usize, lang: &Lang) -> Option<&'b [Word<'a>]> {
    let n = place_line_words(w, lang);
    (i < n).then(|| &w[n..])
}

/// The words of the place line that opens `w` ("RIYADH, (APP - ... - 5th Mar, 2024)",
/// "BEIJING, Nov. 27 (Xinhua) --"), or 0.
fn place_line_words(w: &[Word], lang: &Lang) -> usize {
    let head: Vec<&str> = w.iter().take(PLACE_LINE_WORDS).map(|x| x.1).collect();
    lead::skip(&head, lang)
}

/// The most words [`in_place_line`] reads for a place line.
const PLACE_LINE_WORDS: usize = 24;

/// The full date an opening states, and the word it starts at. "SINGAPORE, May 11, 2020 /PRNewswire/ -- X spoke with Y
/// on 28 April 2020": the release's dateline dates the copy; the date the event took place
/// "on" wins. The words after the first date are read only when a second year follows it.
fn full_date(opening: &str, w: &[Word], lang: &Lang) -> Option<(Date, usize)> {
    let mut first = None;
    for i in 0..w.len() {
        let Some((d, n)) = at(&w[i..], lang) else {
            continue;
        };
        // "... the 72nd anniversary of diplomatic relations (January 18, 2022)": a date in
        // brackets is an aside on what the sentence names, unless it glosses a weekday ("on
        // Tuesday (March 1, 2022)").
        if w[i].1.starts_with('(') && (i == 0 || !is_weekday(scan::bare(w[i - 1].1), lang)) {
            continue;
        }
        let linked = i > 0
            && lang
                .weekday_links
                .contains_ignore_case(scan::bare(w[i - 1].1));
        if linked {
            return Some((d, i));
        }
        if first.is_none() {
            first = Some((d, i));
            let after = w.get(i + n).map_or(opening.len(), |x| x.0);
            let again = super::may_hold_year(&opening[after..]);
            if !again {
                return first;
            }
        }
    }
    first
}

/// The shortest weekday written out ("Monday").
const FULL_WEEKDAY_BYTES: usize = 6;

/// The date an opening states relative to `r`, if it states one.
fn relative(w: &[Word], r: Date, lang: &Lang) -> Option<Date> {
    // Where the last "on" before the word stands.
    let mut last_on: Option<usize> = None;
    for i in 0..w.len() {
        let word = scan::bare(w[i].1);
        // "On May 18", "on the afternoon of August 24", "On Friday": "on" among the four
        // words before.
        let after_on = last_on.is_some_and(|k| k + 4 >= i);
        if lang.day_links.contains_ignore_case(word) {
            last_on = Some(i);
        }
        if after_on {
            if let Some((month, day)) = month_day(&w[i..], lang) {
                return on_or_before(month, day, r);
            }
        }
        // "Wang Yi met with X Wednesday", "received a call Tuesday from": an agency's weekday
        // without its "on", written out in full (not "Sunday's election").
        let bare_weekday = || {
            i > 0
                && word.len() >= FULL_WEEKDAY_BYTES
                && word.len() == w[i].1.trim_end_matches([',', '.']).len()
        };
        if (after_on || bare_weekday()) && is_weekday(word, lang) {
            let target = lang
                .weekdays
                .iter()
                .position(|d| d.eq_ignore_ascii_case(word))?;
            let back = (weekday(r) + 7 - target) % 7;
            return add_days(r, -(back as i64));
        }
        if let Some(&(_, offset)) = lang
            .relative_days
            .iter()
            .find(|(d, _)| d.eq_ignore_ascii_case(word))
        {
            return add_days(r, i64::from(offset));
        }
    }
    None
}

/// Days since 1970-01-01 (H. Hinnant's days_from_civil).
fn days(d: Date) -> i64 {
    let y = i64::from(d.year) - i64::from(d.month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(d.month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d.day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date `n` days after `d` (before, when negative).
fn add_days(d: Date, n: i64) -> Option<Date> {
    let z = days(d) + n + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    Date::new(u16::try_from(year).ok()?, month as u8, day as u8)
}

/// 0 for Monday ... 6 for Sunday (1970-01-01 was a Thursday).
fn weekday(d: Date) -> usize {
    (days(d) + 3).rem_euclid(7) as usize
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::parse::lang::en::EN;

    fn on(opening: &str, reference: &str) -> Option<String> {
        event(opening, Date::parse_iso(reference), &EN).map(|d| d.to_string())
    }

    #[test]
    fn a_full_date_in_the_opening_wins() {
        assert_eq!(
            on("On May 3, 2021, A met B.", "2021-05-04").as_deref(),
            Some("2021-05-03")
        );
        // A release's dateline dates the copy; the date the event took place "on" wins.
        let prn = "SINGAPORE, May 11, 2020 /PRNewswire/ -- A spoke with B on 28 April 2020 via telephone.";
        assert_eq!(on(prn, "2020-05-11").as_deref(), Some("2020-04-28"));
        // With no date linked so, the first full date.
        let s = "SINGAPORE, May 11, 2020 -- A spoke with B, who took office in March 2, 2019.";
        assert_eq!(on(s, "2020-05-11").as_deref(), Some("2020-05-11"));
        // A date in brackets is an aside on the occasion, unless it glosses a weekday.
        let aside = "A on Thursday held phone talks with B on the 72nd anniversary of relations (January 18, 2022).";
        assert_eq!(on(aside, "2022-01-13").as_deref(), Some("2022-01-13"));
        assert_eq!(on(aside, "").as_deref(), None);
        let gloss = "A on Tuesday (March 1, 2022) held phone talks with B.";
        assert_eq!(on(gloss, "").as_deref(), Some("2022-03-01"));
        // A dateline's full date dates the copy: the day the sentence names is read against it.
        let copy =
            "RIYADH, (APP - Wire - 5th Mar, 2024) Prince A received a call on Monday from B.";
        assert_eq!(on(copy, "").as_deref(), Some("2024-03-04"));
        let copy = "RIYADH, (APP - Wire - 5th Mar, 2024) Prince A received a call from B.";
        assert_eq!(on(copy, "").as_deref(), Some("2024-03-05"));
    }

    #[test]
    fn a_month_and_day_take_the_year_of_the_date_line() {
        assert_eq!(
            on("On April 14, A spoke with B.", "2022-04-14").as_deref(),
            Some("2022-04-14")
        );
        assert_eq!(
            on(
                "A met B on the afternoon of December 30 in Seoul.",
                "2023-01-02"
            )
            .as_deref(),
            Some("2022-12-30")
        );
    }

    #[test]
    fn the_day_after_both_sides_long_titles_is_read() {
        let s = "Amb. Yoon Tae-seok, Special Representative for Korean Peninsula Peace and \
                 Security Affairs of the Ministry of Foreign Affairs, had a telephone \
                 conversation with Lucia Ferrada, Minister of State at the Federal Foreign \
                 Office of Chile, on the afternoon of March 4 and exchanged views.";
        assert_eq!(on(s, "2022-03-05").as_deref(), Some("2022-03-04"));
    }

    #[test]
    fn today_yesterday_and_weekdays_count_back_from_the_date_line() {
        assert_eq!(
            on("A spoke today with B.", "2024-02-06").as_deref(),
            Some("2024-02-06")
        );
        assert_eq!(
            on("A met yesterday with B.", "2024-03-01").as_deref(),
            Some("2024-02-29")
        );
        // 2024-02-06 was a Tuesday.
        assert_eq!(
            on("A and B held talks on Friday.", "2024-02-06").as_deref(),
            Some("2024-02-02")
        );
    }

    #[test]
    fn a_datelines_day_a_bare_weekday_and_a_range_are_read() {
        // The dateline's day dates the copy; the weekday the sentence names is read against it.
        let s = "BEIJING, Nov. 27 (Xinhua) -- A met with B Wednesday in Beijing.";
        assert_eq!(on(s, "2019-11-28").as_deref(), Some("2019-11-27"));
        let s = "MOSCOW, October 9. /TASS/. A and B held talks.";
        assert_eq!(on(s, "2019-10-10").as_deref(), Some("2019-10-09"));
        // An agency's weekday without "on" (2023-10-11 was a Wednesday).
        let s = "A received a telephone call Tuesday from B.";
        assert_eq!(on(s, "2023-10-11").as_deref(), Some("2023-10-10"));
        // The first day of a range.
        let s = "A held talks with B in Langfang from Dec. 11 to 12.";
        assert_eq!(on(s, "2022-12-12").as_deref(), Some("2022-12-11"));
    }

    #[test]
    fn without_a_date_line_only_a_full_date_counts() {
        assert_eq!(on("A spoke yesterday with B on May 18.", "none"), None);
    }

    #[test]
    fn day_arithmetic_crosses_years() {
        let d = Date::new(2021, 1, 1).unwrap();
        assert_eq!(
            add_days(d, -1).map(|d| d.to_string()).as_deref(),
            Some("2020-12-31")
        );
        assert_eq!(weekday(Date::new(1970, 1, 1).unwrap()), 3);
    }
}
