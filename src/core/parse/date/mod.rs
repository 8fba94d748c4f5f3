//! Dates, used by the header stage: a piece of text -> the date it states.
//!
//! Takes a line or a sentence and a [`Lang`]; gives a [`Date`] when the text states a full one:
//! `2020/11/09`, `2023-06-15 14:30`, `2020.11.09`, `02/06/2024 05:12 PM EST` (month first, as
//! the State Department writes it, unless the first number cannot be a month), `October 27,
//! 2020`, `27 October 2020`, `Oct. 27, 2020`, `14 April 202219:45` (a time stamp glued to the
//! year). [`event`] resolves an opening's "On May 18", "today", "yesterday" or "on Friday"
//! against a date line. A date without its year gives nothing: the parser never guesses.

mod days;

pub(super) use days::event;

use super::lang::Lang;
use super::scan::{self, Word};
use crate::core::model::Date;

/// True when `s` holds four digits in a row, as every full date's year does: a cheap test
/// before its words are read.
pub(super) fn may_hold_year(s: &str) -> bool {
    s.as_bytes()
        .windows(4)
        .any(|w| w.iter().all(u8::is_ascii_digit))
}

/// The first full date in `s`, with the bytes of `s` it takes.
pub(super) fn find(s: &str, lang: &Lang) -> Option<(Date, std::ops::Range<usize>)> {
    let w: Vec<Word> = lang.words(s);
    (0..w.len()).find_map(|i| {
        let (d, n) = at(&w[i..], lang)?;
        let last = w[i + n - 1];
        Some((d, w[i].0..last.0 + last.1.len()))
    })
}

/// The longest line [`line`] reads as a date and its place and time (longer: a line of tags).
/// "November 19, 2021 – Ottawa, Ontario – Global Affairs Canada" takes 63 bytes with its
/// dashes.
const DATE_LINE_BYTES: usize = 72;

/// The longest line [`line`] reads in every form of date line.
const PLAIN_LINE_BYTES: usize = 60;

/// The date of a date line: a line that holds a date, an optional time and prefix, and
/// nothing else ("2020/11/09", "Updated: 2023-06-15 14:30").
pub(super) fn line(s: &str, lang: &Lang) -> Option<Date> {
    // Every date holds a digit: most lines (every paragraph is asked) have none.
    if s.len() > DATE_LINE_BYTES {
        return tagged_line(s, lang);
    }
    // Longer than most date lines: only one with its place and department between dashes
    // ("November 19, 2021 – Ottawa, Ontario – Global Affairs Canada").
    if s.len() > PLAIN_LINE_BYTES {
        return placed_line(s, lang).or_else(|| tagged_line(s, lang));
    }
    if !s.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    // "• Date : 2018-06-14 16:38:17": a page's list of the release's details; "# 01 July 2022
    // 18:43 (UTC +04:00)": a news site's mark before its date line.
    // ("- Published Date: 12:00 | 20 January 2018": a list's dash.)
    let s = s.trim_start_matches(['•', '▪', '◦']).trim_start();
    let s = s.strip_prefix("- ").unwrap_or(s);
    let s = s.strip_prefix("# ").unwrap_or(s);
    plain_line(s, lang)
        .or_else(|| placed_line(s, lang))
        .or_else(|| barred_line(s, lang))
        .or_else(|| credited_line(s, lang))
        .or_else(|| tagged_line(s, lang))
        .or_else(|| bracketed_credit(s, lang))
}

/// The most capitalised words of an agency's name before its date in brackets.
const CREDIT_NAME_WORDS: usize = 4;

/// "(Xinhua News Agency July 27, 2004)": a wire's credit and its date in brackets, on a line
/// of its own under the story.
fn bracketed_credit(s: &str, lang: &Lang) -> Option<Date> {
    let inner = s.strip_prefix('(')?.strip_suffix(')')?;
    let w: Vec<Word> = lang.words(inner);
    let k = (1..w.len().min(CREDIT_NAME_WORDS + 1)).find(|&k| at(&w[k..], lang).is_some())?;
    if !w[..k].iter().all(|x| scan::is_capitalised(x.1)) {
        return None;
    }
    let (date, n) = at(&w[k..], lang)?;
    (k + n == w.len()).then_some(date)
}

/// "Washington, DC–(ENEWSPF)–October 20, 2011.": a republisher's dateline, a place, its own
/// credit in brackets (capitals) between dashes, and the date of the story, on a line of its
/// own.
fn credited_line(s: &str, lang: &Lang) -> Option<Date> {
    // (Told by the bracket's closing before any word is read: most lines have none.)
    let close = s.find(')')?;
    let open = s[..close].rfind('(')?;
    let credit = &s[open + 1..close];
    let agency = credit.len() >= 2
        && credit
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b == b'-' || b == b'/');
    let dashes = ['-', '–', '—', ' '];
    let place = s[..open].trim_end_matches(dashes);
    let date = s[close + 1..]
        .trim_start_matches(dashes)
        .trim_end_matches('.');
    let placed =
        place.len() < open && scan::capitalised_words(place, SIDE_WORDS, char::is_alphabetic);
    if !(agency && placed && date.len() < s.len() - close - 1) {
        return None;
    }
    plain_line(date, lang)
}

/// The longest line [`tagged_line`] reads.
const TAGGED_LINE_BYTES: usize = 120;

/// Words a tag after a date line's " , " may have ("The US Department of State").
const TAG_WORDS: usize = 6;

/// "May 17, 2021 , France, The US Department of State, Washington DC": a republisher's date
/// line, then " , " and its tags (places, the source), each a few words that open with a
/// capital and end no sentence.
fn tagged_line(s: &str, lang: &Lang) -> Option<Date> {
    if s.len() > TAGGED_LINE_BYTES || s.ends_with('.') {
        return None;
    }
    let (date, tags) = s.split_once(" , ")?;
    let tag = |t: &str| {
        let t = t.trim();
        t.split(' ').count() <= TAG_WORDS && scan::is_capitalised(t)
    };
    if !tags.split(',').all(tag) {
        return None;
    }
    plain_line(date, lang)
}

/// Words the place before a date line's dash, or a piece beside its date between bars, may
/// have.
const SIDE_WORDS: usize = 4;

/// "Ottawa, Ontario - January 30, 2019", "March 14, 2025 - Ottawa, Ontario - Global Affairs
/// Canada": a date line and, between dashes, places or a department of a few capitalised words.
pub(super) fn placed_line(s: &str, lang: &Lang) -> Option<Date> {
    let sep = [" - ", " – ", " — "].into_iter().find(|d| s.contains(d))?;
    dated_piece(s.split(sep), lang, |p| {
        scan::capitalised_words(p, SIDE_WORDS, char::is_alphabetic)
    })
}

/// "Published By : Admin | June 2, 2020 | 21:29 IST", "By ANI | Updated: April 5, 2020":
/// pieces between bars, one of them a date line and the others a few words without a
/// sentence's end (a byline, a time).
fn barred_line(s: &str, lang: &Lang) -> Option<Date> {
    if !s.contains('|') {
        return None;
    }
    let pieces = s.split('|').map(str::trim).filter(|p| !p.is_empty());
    dated_piece(pieces, lang, |p| {
        p.split(' ').count() <= SIDE_WORDS && !p.ends_with('.')
    })
}

/// The date of the one piece that is a date line, when every other piece is `beside` it.
fn dated_piece<'a>(
    pieces: impl Iterator<Item = &'a str>,
    lang: &Lang,
    beside: impl Fn(&str) -> bool,
) -> Option<Date> {
    let mut date = None;
    for piece in pieces {
        match plain_line(piece, lang) {
            Some(d) if date.is_none() => date = Some(d),
            Some(_) => return None,
            None if !beside(piece) => return None,
            None => {}
        }
    }
    date
}

/// A date line without a place or bars (see [`line`]).
fn plain_line(s: &str, lang: &Lang) -> Option<Date> {
    let rest = after_label(s, lang).map_or(s, |r| r.trim_start_matches([' ', ':']));
    let w: Vec<Word> = lang.words(rest);
    // "All News 12:03 May 09, 2022", "(Xinhua) 11:17, June 19, 2025": a news site's section
    // or source, then the clock time, may stand before the date.
    let clock = w
        .iter()
        .take(BYLINE_WORDS + 1)
        .position(|x| is_clock(x.1))
        .filter(|&c| {
            w[..c]
                .iter()
                .all(|x| scan::is_capitalised(x.1.trim_start_matches('(')))
        });
    // "Xinhua, May 17, 2016", "China Daily, May 17, 2016": a news site's source, closed by a
    // comma, may stand before the date (a weekday closed so is read as one); so may a source's
    // bracket without a clock ("Xinhua) February 26, 2022": the page lost its opening one).
    let source = || {
        w.iter()
            .take(BYLINE_WORDS)
            .position(|x| x.1.ends_with([',', ')']))
            .filter(|&c| {
                w[..=c]
                    .iter()
                    .all(|x| scan::is_capitalised(x.1.trim_start_matches('(')))
                    && !is_weekday(w[c].1, lang)
                    && at(&w[c + 1..], lang).is_some()
            })
    };
    // "Russia September 05, 2015, 18:55": a news site's section, one word, before the date.
    // (Told by the second word, a day's number or a month, before any date is read.)
    let section = || {
        let one = w.first().is_some_and(|x| {
            scan::is_capitalised(x.1) && x.1.bytes().all(|b| b.is_ascii_alphabetic())
        });
        let dated = w.get(1).is_some_and(|x| {
            x.1.as_bytes()[0].is_ascii_digit() || lang.month(scan::bare(x.1)).is_some()
        });
        (one && dated && at(&w[1..], lang).is_some() && at(&w, lang).is_none()).then_some(0)
    };
    let w = &w[clock.or_else(source).or_else(section).map_or(0, |c| c + 1)..];
    // "Friday, March 25, 2011": a weekday may open the line.
    let skip = usize::from(w.first().is_some_and(|x| is_weekday(x.1, lang)));
    let w = &w[skip.min(w.len())..];
    let (date, n) = at(w, lang)?;
    for &(at, t) in &w[n..] {
        // ("04:48, 21 January 2018 Sunday": the weekday after the date.)
        if is_time_word(t, lang) || is_weekday(t, lang) {
            continue;
        }
        // "Xinhua, May 17, 2016 Adjust font size:": a page's tool after the date.
        let tail = &rest[at..];
        if lang.is_chrome_line(tail.trim_end_matches(':')) {
            return Some(date);
        }
        // "Written: 2022-10-26 09:13:08Updated: 2022-10-26 10:21:44": a second label and its
        // date, glued to the first time or not, follow the first date.
        let clock = t.trim_start_matches(|c: char| c.is_ascii_digit() || c == ':');
        let second = &rest[at + (t.len() - clock.len())..];
        return (label(second, lang).is_some() && plain_line(second, lang).is_some())
            .then_some(date);
    }
    Some(date)
}

/// Capitalised words of a newspaper's byline that may stand before a date line's label
/// ("Recorder Report Published 28 Oct, 2023").
const BYLINE_WORDS: usize = 3;

/// What follows the label of a date line that opens with one, or with a short byline and one.
fn after_label<'a>(s: &'a str, lang: &Lang) -> Option<&'a str> {
    let mut at = 0;
    for _ in 0..=BYLINE_WORDS {
        let rest = &s[at..];
        if let Some(p) = label(rest, lang) {
            return rest.get(p.len()..);
        }
        let end = at + rest.find(' ')?;
        if !scan::is_capitalised(&s[at..end]) {
            return None;
        }
        at = end + 1;
    }
    None
}

/// True when the date line `s` is a site's clock: a weekday, the date and the time of day
/// ("Tuesday, 02 January 2024 12:17 GMT"), as a news site's page head prints it. Above the
/// headline it tells when the page was made or fetched, not when the readout was issued (one
/// site prints the same stale clock on every copy).
pub(super) fn is_site_clock(s: &str, lang: &Lang) -> bool {
    let mut words = s.split(' ').filter(|w| !w.is_empty());
    words.next().is_some_and(|w| is_weekday(w, lang)) && words.any(is_clock)
}

/// True when `s` opens with a date line's label ("Published", "Updated:", "Date:").
pub(super) fn labelled(s: &str, lang: &Lang) -> bool {
    // (A wire's credit and date in brackets dates its story as a label would.)
    label(s, lang).is_some() || s.starts_with('(') && bracketed_credit(s, lang).is_some()
}

/// The date line's label `s` opens with, compared ignoring case (the labels are lowercase).
fn label(s: &str, lang: &Lang) -> Option<&'static str> {
    lang.date_line_prefixes
        .iter()
        .find(|p| scan::starts_with_ignore_case(s, p))
}

/// A word that may follow a date on a date line: "14:30", "10:23:05", "(Beijing", "time)", and
/// the dash or bar before a time ("December 16, 2022 - 22:24").
fn is_time_word(t: &str, lang: &Lang) -> bool {
    // ("+04:00)": a zone's offset, "(UTC +04:00)".)
    let t = t.trim_matches(['(', ')', '[', ']', ',', '|', '-', '–', '—', '+']);
    let clock = |c: &str| !c.is_empty() && c.bytes().all(|b| b.is_ascii_digit() || b == b':');
    // "05:58am": a time glued to its word.
    let glued = || {
        lang.time_words.iter().any(|x| {
            t.len() > x.len()
                && t.is_char_boundary(t.len() - x.len())
                && t[t.len() - x.len()..].eq_ignore_ascii_case(x)
                && clock(&t[..t.len() - x.len()])
        })
    };
    t.is_empty()
        || clock(t)
        || glued()
        || lang.time_words.iter().any(|x| scan::eq_ignore_case(t, x))
        || lang.time_zone_prefixes.iter().any(|p| t.starts_with(p))
}

/// "12:03", "11:17,": a clock time of hours and minutes.
fn is_clock(t: &str) -> bool {
    let t = t.trim_end_matches(',');
    t.split_once(':').is_some_and(|(h, m)| {
        (1..=2).contains(&h.len())
            && m.len() == 2
            && h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit())
    })
}

fn is_weekday(word: &str, lang: &Lang) -> bool {
    let w = scan::bare(word);
    lang.weekdays.iter().any(|d| scan::eq_ignore_case(d, w))
}

/// A date starting at the first word of `w`, with the number of words it takes.
fn at(w: &[Word], lang: &Lang) -> Option<(Date, usize)> {
    let first = scan::bare(w.first()?.1);
    // A date opens with a digit or a month: most words are neither (a cheap test first).
    if !first.starts_with(|c: char| c.is_ascii_digit()) && lang.month(first).is_none() {
        return None;
    }
    if let Some(d) = numeric(first) {
        return Some((d, 1));
    }
    // 29-Oct-2022: a news channel's stamp, the month's name between dashes.
    if let Some(d) = dashed(first, lang) {
        return Some((d, 1));
    }
    let second = w.get(1).map(|x| scan::bare(x.1))?;
    let third = w.get(2).map(|x| scan::bare(x.1));
    if let Some(m) = lang.month(first) {
        // October 27, 2020
        let day = day_number(second, lang)?;
        let year = year_number(third?)?;
        return Date::new(year, m, day).map(|d| (d, 3));
    }
    let pointed = |t: &str| {
        let n = t.strip_suffix('.')?;
        (!n.is_empty() && n.len() <= 2 && n.bytes().all(|b| b.is_ascii_digit()))
            .then(|| n.parse::<u8>().ok())?
    };
    if let (Some(day), Some(month)) = (pointed(w[0].1), pointed(w[1].1)) {
        // 14. 3. 2023: day first, each number closed by a point (Czech, German, Polish pages)
        let year = year_number(third?)?;
        return Date::new(year, month, day).map(|d| (d, 3));
    }
    if let Some(day) = day_number(first, lang) {
        // 27 October 2020
        let m = lang.month(second)?;
        let year = year_number(third?)?;
        return Date::new(year, m, day).map(|d| (d, 3));
    }
    None
}

/// `2020/11/09`, `2020-11-09`, `2020.11.09`, possibly with a `T14:30` tail; `02/06/2024`
/// (month first unless the first number is over 12); `01.03.2023` (with points, the day
/// always comes first).
fn numeric(t: &str) -> Option<Date> {
    let t = t.split('T').next().unwrap_or(t);
    let mut parts = t.split(['/', '-', '.']);
    let (a, b, c) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || b.is_empty() || b.len() > 2 {
        return None;
    }
    let num = |s: &str| -> Option<u16> {
        (!s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok())?
    };
    if a.len() == 4 && c.len() <= 2 {
        return Date::new(num(a)?, num(b)? as u8, num(c)? as u8);
    }
    if a.len() > 2 || c.len() != 4 {
        return None;
    }
    let (first, second, year) = (num(a)?, num(b)?, num(c)?);
    let (month, day) = if first > 12 || t.as_bytes()[a.len()] == b'.' {
        (second, first)
    } else {
        (first, second)
    };
    Date::new(year, month as u8, day as u8)
}

/// `29-Oct-2022`: a day, a month's name and a year joined by dashes.
fn dashed(t: &str, lang: &Lang) -> Option<Date> {
    let mut parts = t.split('-');
    let (d, m, y) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() {
        return None;
    }
    Date::new(year_number(y)?, lang.month(m)?, day_number(d, lang)?)
}

fn day_number(t: &str, lang: &Lang) -> Option<u8> {
    let digits = t.trim_end_matches(lang.day_suffix_chars);
    (!digits.is_empty() && digits.len() <= 2 && digits.bytes().all(|b| b.is_ascii_digit()))
        .then(|| digits.parse().ok())?
}

/// `2020`, or `202219:45`: a page's time stamp glued to the year.
fn year_number(t: &str) -> Option<u16> {
    let (year, rest) = (t.get(..4)?, t.get(4..)?);
    let glued_time = rest.len() >= 4
        && rest.contains(':')
        && rest.bytes().all(|b| b.is_ascii_digit() || b == b':');
    ((rest.is_empty() || glued_time) && year.bytes().all(|b| b.is_ascii_digit()))
        .then(|| year.parse().ok())?
}

/// A month and day without a year at the start of `w` ("May 18", "18 May"): (month, day).
fn month_day(w: &[Word], lang: &Lang) -> Option<(u8, u8)> {
    let first = scan::bare(w.first()?.1);
    let second = scan::bare(w.get(1)?.1);
    if let Some(m) = lang.month(first) {
        return Some((m, day_number(second, lang)?));
    }
    Some((lang.month(second)?, day_number(first, lang)?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::parse::lang::en::EN;

    fn iso(d: Option<Date>) -> Option<String> {
        d.map(|d| d.to_string())
    }

    #[test]
    fn date_lines_in_every_form_are_read() {
        for (s, want) in [
            ("2020/11/09", "2020-11-09"),
            ("2023-06-15 14:30", "2023-06-15"),
            ("Update: 04:48, 21 January 2018 Sunday", "2018-01-21"),
            ("Update: 11:02, 9 March 2019 Saturday", "2019-03-09"),
            ("# 01 July 2022 18:43 (UTC +04:00)", "2022-07-01"),
            ("3 May 2021 09:10 (GMT -05:00)", "2021-05-03"),
            ("Updated: 2021.03.03 10:02:11", "2021-03-03"),
            ("October 27, 2020", "2020-10-27"),
            ("27 October 2020", "2020-10-27"),
            ("Sept. 1, 2019 (Beijing time)", "2019-09-01"),
            ("02/06/2024 05:12 PM EST", "2024-02-06"),
            ("14 April 202219:45", "2022-04-14"),
            ("Friday, March 25, 2011", "2011-03-25"),
            // A news channel's stamp: clock, then the month's name between dashes.
            ("Updated 14:58, 29-Oct-2022", "2022-10-29"),
            ("Xinhua, May 17, 2016 Adjust font size:", "2016-05-17"),
            ("China Daily, May 17, 2016", "2016-05-17"),
            ("Published 9 August 2022", "2022-08-09"),
            ("10. 1. 2009 10:14", "2009-01-10"),
            ("01.03.2023", "2023-03-01"),
            ("December 16, 2022 - 22:24", "2022-12-16"),
            ("Apr 30, 2020, 1:57 PM", "2020-04-30"),
            ("12 May 2023 | 09:15", "2023-05-12"),
            ("Published 28 Oct, 2023 05:58am", "2023-10-28"),
            (
                "Recorder Report Published 28 Oct, 2023 05:58am",
                "2023-10-28",
            ),
            ("Ottawa, Ontario - January 30, 2019", "2019-01-30"),
            ("December 16, 2022 - Tehran", "2022-12-16"),
            (
                "March 14, 2025 - Ottawa, Ontario - Global Affairs Canada",
                "2025-03-14",
            ),
            (
                "November 19, 2021 – Ottawa, Ontario – Global Affairs Canada",
                "2021-11-19",
            ),
            (
                "May 7, 2022 , Chile, The US Department of State",
                "2022-05-07",
            ),
            (
                "Published By : Admin | June 2, 2020 | 21:29 IST",
                "2020-06-02",
            ),
            ("By ANI | Updated: April 5, 2020 22:00 IST", "2020-04-05"),
            // A news site's section, or its source, and the clock time before the date.
            ("All News 12:03 May 09, 2022", "2022-05-09"),
            ("(Xinhua) 11:17, June 19, 2025", "2025-06-19"),
            ("18:57 April 09, 2021", "2021-04-09"),
            // A source's bracket without a clock, its opening one lost with the page's markup.
            ("Xinhua) February 26, 2022", "2022-02-26"),
            ("(Xinhua) February 26, 2022", "2022-02-26"),
            // A government portal's stamp, its time zone an offset from GMT.
            ("June 08, 2021 10:30 PM GMT+7", "2021-06-08"),
        ] {
            assert_eq!(iso(line(s, &EN)).as_deref(), Some(want), "{s}");
        }
    }

    #[test]
    fn a_second_label_and_date_after_the_first_time_is_still_a_date_line() {
        // A broadcaster's page: "Written: ... Updated: ...", the second label glued to the
        // first time.
        let s = "Written: 2022-10-26 09:13:08Updated: 2022-10-26 10:21:44";
        assert_eq!(iso(line(s, &EN)).as_deref(), Some("2022-10-26"));
        let s = "Published: 2022-10-26 09:13 Updated: 2022-10-27";
        assert_eq!(iso(line(s, &EN)).as_deref(), Some("2022-10-26"));
        // A page's list of the release's details, with a bullet and a spaced colon.
        let s = "• Date : 2018-06-14 16:38:17";
        assert_eq!(iso(line(s, &EN)).as_deref(), Some("2018-06-14"));
        // What follows the time must be a labelled date line itself.
        assert_eq!(line("Written: 2022-10-26 09:13:08Updated: soon", &EN), None);
        assert_eq!(line("2022-10-26 09:13:08 Updated the page", &EN), None);
    }

    #[test]
    fn a_line_with_words_after_the_date_is_not_a_date_line() {
        assert_eq!(line("2020/11/09 Luo met Kim", &EN), None);
        assert_eq!(line("December 16, 2022 - talks in Tehran", &EN), None);
        // A byline is a few capitalised words before the label, no more.
        assert_eq!(line("The minister said Published 28 Oct, 2023", &EN), None);
        // A place before the dash is a few capitalised words; a piece beside the date between
        // bars is a few words that end no sentence.
        assert_eq!(line("The talks ended - January 30, 2019", &EN), None);
        assert_eq!(line("Talks | June 2, 2020 | They agreed.", &EN), None);
        assert_eq!(line("June 2, 2020 | June 3, 2020", &EN), None);
        // Only capitalised words stand before the clock time.
        assert_eq!(line("The talks began at 10:30 May 9, 2022", &EN), None);
        assert_eq!(line("At 10:3 May 9, 2022", &EN), None);
        // A section's one word before the date; not two, nor a sentence's.
        assert_eq!(
            line("Russia September 05, 2015, 18:55", &EN).map(|d| d.to_string()),
            Some("2015-09-05".to_string())
        );
        assert_eq!(line("Lavrov Meets Kerry September 5, 2015", &EN), None);
        assert_eq!(line("Talks on September 5, 2015", &EN), None);
        assert_eq!(
            line("(Example News Agency July 27, 2004)", &EN).map(|d| d.to_string()),
            Some("2004-07-27".to_string())
        );
        assert_eq!(line("(The talks ended July 27, 2004)", &EN), None);
        assert_eq!(
            line("- Published Date: 12:00 | 20 January 2018", &EN).map(|d| d.to_string()),
            Some("2018-01-20".to_string())
        );
        assert!(labelled("(Example News Agency July 27, 2004)", &EN));
    }

    #[test]
    fn dates_inside_a_sentence_are_found() {
        let s = "On the evening of March 3, 2021, Minister Vale spoke on the phone.";
        assert_eq!(
            iso(find(s, &EN).map(|x| x.0)).as_deref(),
            Some("2021-03-03")
        );
    }

    #[test]
    fn a_date_without_a_year_is_not_guessed() {
        assert_eq!(find("On October 27, Luo met Kim.", &EN), None);
        assert_eq!(find("2020/13/40", &EN), None);
        assert_eq!(find("13/40/2020", &EN), None);
    }

    #[test]
    fn a_weekday_date_and_time_of_day_is_a_site_clock() {
        assert!(is_site_clock("Tuesday, 02 January 2024 12:17 GMT", &EN));
        let tagged = "May 17, 2021 , France, The US Department of State, Washington DC";
        assert_eq!(
            line(tagged, &EN).map(|d| d.to_string()).as_deref(),
            Some("2021-05-17")
        );
        let sentence = "May 17, 2021 , France and the United States agreed to meet again soon.";
        assert_eq!(line(sentence, &EN), None);
        assert!(is_site_clock("Monday, March 4, 2024 9:05", &EN));
        // A date line without a time, or a time without a weekday: a post's own date.
        assert!(!is_site_clock("Tuesday, 02 January 2024", &EN));
        assert!(!is_site_clock("2025-06-01 11:01:42", &EN));
    }

    #[test]
    fn a_first_number_over_twelve_is_the_day() {
        assert_eq!(iso(line("25/12/2021", &EN)).as_deref(), Some("2021-12-25"));
    }
}
