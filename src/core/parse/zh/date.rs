//! Dates in Chinese, for the header stage: date lines, Xinhua datelines, dates in the opening.
//!
//! [`line`] takes one line and gives its date when the line is a time stamp ("2021-04-16
//! 07:25:31 来源：新华网", "发布时间：2021年4月16日"). [`dateline`] takes the start of the first
//! paragraph and gives the month and day of an agency dateline ("新华社北京4月16日电") and where
//! it ends. [`find`] takes the opening sentence and what the front matter told ([`Context`])
//! and gives the meeting's date: "2021年3月3日" as is; "3月3日" with the year of the date line;
//! "15日晚" with the month of the dateline (or date line) and that year, a day later than the
//! dateline's meaning the month before. With no year anywhere there is no date: never guessed.

use super::super::lang::{zh::HAN, Dateline};
use super::{char_before, digit, is_han, number_at, trim_start};
use crate::core::model::Date;

/// What the front matter says about the date: the date line's date, the dateline's month/day.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(in crate::core::parse) struct Context {
    pub line: Option<Date>,
    pub dateline: Option<(u8, u8)>,
}

/// Characters a source's name may take before the date on a date line.
const SOURCE_CHARS: usize = 8;

/// The date of a time-stamp line, or `None` when the line says anything else.
pub(in crate::core::parse) fn line(s: &str) -> Option<Date> {
    if s.chars().count() > 120 {
        return None;
    }
    let s = trim_start(s);
    let s = HAN
        .date_labels
        .first_in(s)
        .map_or(s, |l| trim_start(&s[l.len()..]));
    let (date, len) = full_date_at(s).or_else(|| source_then_date(s))?;
    let mut rest = trim_start(&s[len..]);
    if let Some((_, n)) = time_at(rest) {
        rest = trim_start(&rest[n..]);
    }
    (rest.is_empty() || HAN.meta_labels.first_in(rest).is_some()).then_some(date)
}

/// "环球网 2017-10-26": a republisher's name of a few Han characters, a space, then the date
/// (and nothing after it): the date and where it ends.
fn source_then_date(s: &str) -> Option<(Date, usize)> {
    // Most lines end with no digit: told before any search.
    if !s.ends_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    // A Han character is three bytes: the space stands within the name's longest reach.
    let head = super::super::scan::prefix(s, SOURCE_CHARS * 3 + 3);
    let space = head.find([' ', '\u{3000}'])?;
    let source = &s[..space];
    if source.is_empty() || !source.chars().all(is_han) {
        return None;
    }
    let rest = trim_start(&s[space..]);
    full_date_at(rest).map(|(d, n)| (d, s.len() - rest.len() + n))
}

/// "14:30", "14：30" or "14:30:05": the byte length.
fn time_at(s: &str) -> Option<((), usize)> {
    let (_, h) = number_at(s, 2)?;
    let (rest, colon) = colon_after(&s[h..])?;
    let (_, m) = number_at(rest, 2)?;
    let mut len = h + colon + m;
    if let Some((sec, colon)) = colon_after(&s[len..]) {
        len += number_at(sec, 2).map_or(0, |(_, n)| n + colon);
    }
    Some(((), len))
}

/// `s` after an ASCII or full-width colon, and the colon's byte length.
fn colon_after(s: &str) -> Option<(&str, usize)> {
    let c = s.chars().next().filter(|c| matches!(c, ':' | '：'))?;
    Some((&s[c.len_utf8()..], c.len_utf8()))
}

/// A full date at the start of `s`: "2021年3月3日", "2021-03-03", "2021/3/3", "2021.03.03".
fn full_date_at(s: &str) -> Option<(Date, usize)> {
    let (y, n) = number_at(s, 4).filter(|&(y, _)| y >= 1000)?;
    let rest = &s[n..];
    let sep = rest.chars().next()?;
    if !matches!(sep, '年' | '-' | '/' | '.' | '－' | '／') {
        return None;
    }
    let mut at = n + sep.len_utf8();
    let (m, mn) = number_at(&s[at..], 2)?;
    at += mn;
    let sep2 = if sep == '年' { '月' } else { sep };
    at += s[at..].strip_prefix(sep2).map(|_| sep2.len_utf8())?;
    let (d, dn) = number_at(&s[at..], 2)?;
    at += dn;
    if sep == '年' {
        at += s[at..].strip_prefix('日').map(|_| '日'.len_utf8())?;
    }
    Some((Date::new(y as u16, m as u8, d as u8)?, at))
}

/// An agency dateline at the start of `s` ("新华社北京4月16日电", "中新社华盛顿1日电（记者 …）"):
/// the month (when given), the day and the byte offset where the text after it starts.
pub(in crate::core::parse) fn dateline(s: &str) -> Option<Dateline> {
    // An agency and a city take a few characters; a dateline never holds a comma.
    let head = super::super::scan::prefix(s, 90);
    let end = head.find("日电").or_else(|| head.find("日電"))?;
    if head[..end].contains(['，', ',', '。']) {
        return None;
    }
    let digits_start = head[..end]
        .char_indices()
        .rev()
        .take_while(|&(_, c)| digit(c).is_some() || c == '月')
        .last()
        .map(|(i, _)| i)?;
    let (month, day) = month_day(&head[digits_start..end])?;
    let mut at = end + "日电".len();
    let rest = &s[at..];
    let trimmed = trim_start(rest);
    at += rest.len() - trimmed.len();
    // "(记者 李明)" after the dateline belongs to it.
    if let Some(close) = trimmed
        .starts_with(['（', '('])
        .then(|| trimmed.find(['）', ')']))
        .flatten()
        .filter(|&c| c < 60)
    {
        at += close + trimmed[close..].chars().next().map_or(1, char::len_utf8);
        at += s[at..].len() - trim_start(&s[at..]).len();
    }
    Some((month, day, at))
}

/// "4月16" -> (Some(4), 16); "16" -> (None, 16).
fn month_day(s: &str) -> Option<(Option<u8>, u8)> {
    match s.split_once('月') {
        Some((m, d)) => {
            let (m, _) = number_at(m, 2)?;
            let (d, _) = number_at(d, 2)?;
            Some((Some(m as u8), d as u8))
        }
        None => number_at(s, 2).map(|(d, _)| (None, d as u8)),
    }
}

/// The opening-date hook: the date the opening states, completed from the date line's date and
/// the dateline's month and day, else the date they give.
pub(in crate::core::parse) fn opening_date(
    opening: &str,
    line: Option<Date>,
    dateline: Option<(u8, u8)>,
) -> Option<Date> {
    let ctx = Context { line, dateline };
    find(opening, ctx).or_else(|| reference(ctx))
}

/// The date the front matter gives: the dateline's month and day in the date line's year (a
/// dateline later in the year than the date line is from the year before), else the date line.
pub(in crate::core::parse) fn reference(ctx: Context) -> Option<Date> {
    match (ctx.line, ctx.dateline) {
        (Some(l), Some((m, d))) => {
            Date::new(l.year, m, d).and_then(|r| if r > l { shift_year(r, -1) } else { Some(r) })
        }
        (line, _) => line,
    }
}

/// The meeting's date as the opening sentence states it, completed from the front matter.
pub(in crate::core::parse) fn find(opening: &str, ctx: Context) -> Option<Date> {
    let reference = reference(ctx);
    for (i, c) in opening.char_indices() {
        if digit(c).is_none() || char_before(opening, i).and_then(digit).is_some() {
            continue;
        }
        let rest = &opening[i..];
        if let Some((d, _)) = full_date_at(rest) {
            return Some(d);
        }
        let Some(r) = reference else { continue };
        if let Some((m, d)) = month_day_at(rest) {
            let d = Date::new(r.year, m, d)?;
            // "12月31日" read in January belongs to the year before.
            return if d > r && d.month > r.month + 1 {
                shift_year(d, -1)
            } else {
                Some(d)
            };
        }
        if let Some((day, _)) = number_at(rest, 2).filter(|&(_, n)| rest[n..].starts_with('日')) {
            if char_before(opening, i) != Some('月') {
                return day_in_month_of(r, day as u8);
            }
        }
    }
    None
}

/// "3月3日" at the start of `s`.
fn month_day_at(s: &str) -> Option<(u8, u8)> {
    let (m, mn) = number_at(s, 2)?;
    let rest = s[mn..].strip_prefix('月')?;
    let (d, dn) = number_at(rest, 2)?;
    rest[dn..].starts_with('日').then_some((m as u8, d as u8))
}

/// Day `day` of the reference's month, or of the month before when that day is still to come.
fn day_in_month_of(r: Date, day: u8) -> Option<Date> {
    if day <= r.day {
        return Date::new(r.year, r.month, day);
    }
    let (y, m) = if r.month == 1 {
        (r.year.checked_sub(1)?, 12)
    } else {
        (r.year, r.month - 1)
    };
    Date::new(y, m, day)
}

fn shift_year(d: Date, by: i32) -> Option<Date> {
    let y = u16::try_from(i32::from(d.year) + by).ok()?;
    Date::new(y, d.month, d.day)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iso(d: Option<Date>) -> Option<String> {
        d.map(|d| d.to_string())
    }

    fn ctx(line: Option<&str>, dateline: Option<(u8, u8)>) -> Context {
        Context {
            line: line.and_then(Date::parse_iso),
            dateline,
        }
    }

    #[test]
    fn time_stamp_lines_in_every_form_are_read() {
        for (s, want) in [
            ("2021-04-16 07:25:31　来源：新华网", "2021-04-16"),
            ("2021-04-16 07:25", "2021-04-16"),
            (
                "发布时间：2021-11-02 20:15:33 来源：新华网 作者：",
                "2021-11-02",
            ),
            ("2019年7月22日", "2019-07-22"),
            ("２０１９年７月２２日　星期一", "2019-07-22"),
            ("日期：2022/07/12", "2022-07-12"),
        ] {
            assert_eq!(iso(line(s)).as_deref(), Some(want), "{s}");
        }
    }

    #[test]
    fn a_full_width_colon_in_a_time_never_cuts_a_character() {
        // Fuzz case 278707: "0：7:25:31" (a full-width colon) once sliced inside "：".
        assert_eq!(
            iso(line("2021-04-16 07：25 来源：新华网")).as_deref(),
            Some("2021-04-16")
        );
        assert_eq!(line("2021-04-16 0：7:25:31\u{3000}来源：新华网"), None);
        assert_eq!(
            iso(line("2019-07-22 18：30：05")).as_deref(),
            Some("2019-07-22")
        );
    }

    #[test]
    fn a_source_name_before_the_date_is_part_of_a_date_line() {
        assert_eq!(iso(line("环球网 2017-10-26")), Some("2017-10-26".into()));
        assert_eq!(line("王毅会见 2017-10-26 来访的客人"), None);
        assert_eq!(line("中华人民共和国外交部新闻稿 2017-10-26"), None);
    }

    #[test]
    fn a_line_that_goes_on_after_its_date_is_not_a_date_line() {
        assert_eq!(
            line("2021年3月3日，国务委员兼外长田墨白同索尔旺通电话。"),
            None
        );
        assert_eq!(line("2021-13-03"), None);
    }

    #[test]
    fn agency_datelines_give_month_day_and_where_the_text_starts() {
        let s = "新华社北京4月16日电 外交部长温立舟15日晚通电话。";
        let (m, d, at) = dateline(s).unwrap();
        assert_eq!((m, d), (Some(4), 16));
        assert!(s[at..].starts_with("外交部长"));
        let s = "中新网北京1月27日电(记者 李明)1月27日，外长通电话。";
        let (m, d, at) = dateline(s).unwrap();
        assert_eq!((m, d), (Some(1), 27));
        assert!(s[at..].starts_with("1月27日"));
        assert_eq!(dateline("2021年3月3日，国务委员兼外长田墨白电话。"), None);
    }

    #[test]
    fn a_full_date_in_the_opening_is_taken_as_written() {
        let d = find(
            "2021年3月3日晚，国务委员兼外长田墨白通电话。",
            ctx(None, None),
        );
        assert_eq!(iso(d).as_deref(), Some("2021-03-03"));
    }

    #[test]
    fn a_day_alone_takes_the_month_of_the_dateline_and_the_year_of_the_date_line() {
        let c = ctx(Some("2021-04-16"), Some((4, 16)));
        assert_eq!(
            iso(find("外交部长温立舟15日晚应约通电话。", c)).as_deref(),
            Some("2021-04-15")
        );
        // A day after the dateline's is in the month before.
        let c = ctx(Some("2021-04-01"), Some((4, 1)));
        assert_eq!(
            iso(find("外长31日同外长通电话。", c)).as_deref(),
            Some("2021-03-31")
        );
    }

    #[test]
    fn a_month_and_day_take_the_year_of_the_date_line() {
        let c = ctx(Some("2022-01-02"), None);
        assert_eq!(
            iso(find("12月31日，外长会见大使。", c)).as_deref(),
            Some("2021-12-31")
        );
        assert_eq!(
            iso(find("1月1日，外长会见大使。", c)).as_deref(),
            Some("2022-01-01")
        );
    }

    #[test]
    fn without_a_year_there_is_no_date() {
        assert_eq!(
            find("外长2日同外长视频通话。", ctx(None, Some((11, 2)))),
            None
        );
        assert_eq!(find("3月3日，外长会见大使。", ctx(None, None)), None);
        assert_eq!(find("外长会见大使。", ctx(Some("2021-04-16"), None)), None);
    }
}
