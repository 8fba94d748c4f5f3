//! What may stand before the subject of a sentence and is not part of it, used by the header
//! and attribute stages: a paragraph number ("1.", "(2)"), a bullet ("°", "o", "-"), a place
//! line ("HÀ NỘI —", "Hanoi (VNA) –", "BEIJING, Feb. 25 (Xinhua) --", "WASHINGTON:",
//! "OTTAWA, ON, April 29, 2025 /CNW/ -").
//!
//! Takes the words of a sentence (bare of nothing) and a [`Lang`]; gives how many of them to
//! skip. Structure, not meaning: numbered paragraphs are not enumerated points.

use super::lang::Lang;
use super::scan::{self, Word};
use crate::core::model::Span;

/// Words a place line may take before its dash.
const PLACE_WORDS: usize = 8;

/// Words a place line may take before its dash when a bracket of sources opens after the place.
const BRACKETED_PLACE_WORDS: usize = 12;

/// How many words at the start of `w` are structure or a place line.
pub(super) fn skip(w: &[&str], lang: &Lang) -> usize {
    let mut i = 0;
    while w.get(i).is_some_and(|t| is_marker(t)) && i < 2 {
        i += 1;
    }
    i + place_line(&w[i..], lang)
}

/// Words of a dotted dateline ("Baku. 15 September. REPORT.AZ").
pub(super) const DOTTED_DATELINE_WORDS: usize = 4;

/// "Baku. 15 September. REPORT.AZ Russian Foreign Minister ...": a place of one capitalised
/// word and its period, a day and a month and its period, then an agency's name in capitals
/// (dots inside it): 4 words of a place line, or 0. (The year is not there: the date is the
/// text's only with a year from elsewhere.)
pub(super) fn dotted_dateline(w: &[&str], lang: &Lang) -> usize {
    // Told by the place's period and the day's first byte: most sentences fail on these.
    let [place, day, month, agency, ..] = w else {
        return 0;
    };
    if !place.ends_with('.') || !day.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return 0;
    }
    let place = &place[..place.len() - 1];
    let is_place = place.len() >= 2
        && scan::is_capitalised(place)
        && place.chars().all(char::is_alphabetic)
        && !lang.is_role_word(place);
    let is_day = day.len() <= 2
        && day.bytes().all(|b| b.is_ascii_digit())
        && day.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d));
    let is_month = month
        .strip_suffix('.')
        .is_some_and(|m| lang.month(m).is_some());
    let a = agency.trim_end_matches('.');
    let is_agency = a.len() >= 3
        && a.bytes()
            .all(|b| b.is_ascii_uppercase() || b == b'.' || b == b'-')
        && a.bytes().filter(u8::is_ascii_uppercase).count() >= 3;
    if is_place && is_day && is_month && is_agency {
        DOTTED_DATELINE_WORDS
    } else {
        0
    }
}

/// Where the sentence `span` goes on after a place line that opens it ("SEOUL, April 9 (Yonhap)
/// -- Foreign Minister ..."): the offset of its first word after the line, or its start. `w`
/// holds the text's words with their offsets; a numbered or bulleted sentence keeps its line.
pub(super) fn after_place_line(span: Span, w: &[Word], lang: &Lang) -> usize {
    let from = w.partition_point(|x| x.0 < span.start);
    let mut words = [""; BRACKETED_PLACE_WORDS + BRACKET_WORDS + 2];
    let mut n = 0;
    for x in w[from..].iter().take(words.len()) {
        if x.0 >= span.end {
            break;
        }
        words[n] = x.1;
        n += 1;
    }
    let words = &words[..n];
    if words.first().is_some_and(|t| is_marker(t)) {
        return span.start;
    }
    match place_line(words, lang) {
        k if k > 0 && k < n => w[from + k].0,
        _ => span.start,
    }
}

/// "Minister A highlighted the following five points.", "... as below:": a sentence or a
/// paragraph that announces a numbered list (it ends with a colon or holds one of
/// [`Lang::list_intros`]).
pub(super) fn announces_list(previous: &str, lang: &Lang) -> bool {
    previous.ends_with(':') || lang.list_intros.iter().any(|w| previous.contains(w))
}

/// True when `s` opens with a paragraph number or a bullet (see [`is_marker`]).
pub(super) fn numbered(s: &str) -> bool {
    let b = s.as_bytes();
    // Most paragraphs open with a capital, which no marker is: told by one byte.
    if b.first().is_none_or(u8::is_ascii_uppercase) {
        return false;
    }
    // A marker is a few bytes: only they are searched for its space (a Chinese paragraph has
    // none to find).
    let head = &b[..b.len().min(MARKER_BYTES + 1)];
    let end = match head.iter().position(|&c| c == b' ') {
        Some(end) => end,
        None if b.len() <= MARKER_BYTES => b.len(),
        None => return false,
    };
    s.get(..end).is_some_and(is_marker)
}

/// The longest marker [`numbered`] looks for ("(12)", "123.", "•").
const MARKER_BYTES: usize = 5;

/// "1.", "2)", "(3)", "°", "o", "-", "•", "*", "a)": a paragraph number or a bullet.
pub(super) fn is_marker(t: &str) -> bool {
    // Every bullet is three bytes or fewer and every number closes with "." or ")": most words
    // are neither (every sentence is asked).
    if t.len() > 3 && !t.ends_with(['.', ')']) {
        return false;
    }
    if matches!(t, "°" | "o" | "-" | "•" | "*" | "–" | "—" | "·" | "▪" | "■") {
        return true;
    }
    let inner = t
        .strip_prefix('(')
        .unwrap_or(t)
        .trim_end_matches(['.', ')']);
    let closed = t.ends_with('.') || t.ends_with(')');
    closed
        && !inner.is_empty()
        && inner.len() <= 3
        && (inner.bytes().all(|b| b.is_ascii_digit())
            || (inner.len() == 1 && inner.bytes().all(|b| b.is_ascii_lowercase())))
}

/// Words of a place in capitals before a colon ("NEW YORK:") or a dash written against it
/// ("TEHRAN-"), or of an agency's dateline before its period ("YEREVAN, OCTOBER 2,
/// ARMENPRESS.").
const PLACE_CAPS_WORDS: usize = 5;

/// The words of a place line ending in a dash, or 0: every word before the dash is
/// capitalised, a number, a month or in brackets ("(VNA)"). Or a place in capitals closed by
/// a colon, as republished copies open ("WASHINGTON: Secretary of State ... met").
fn place_line(w: &[&str], lang: &Lang) -> usize {
    // "(VOVworld)- Prime Minister ...": an agency's bracket with its dash written against it
    // (told by its first byte).
    if w.first()
        .is_some_and(|f| f.starts_with('(') && glued_bracket(f, lang))
    {
        return 1;
    }
    // Most sentences' first word opens in lower case after its capital: told by two bytes
    // here, before the call.
    if w.first().is_some_and(|f| opens_in_capitals(f)) {
        if let Some(n) = place_in_capitals(w, lang) {
            return n;
        }
    }
    if let Some(n) = place_in_title_case(w, lang) {
        return n;
    }
    // A place closed by a comma within its first words, told by that comma's byte.
    if w.iter()
        .take(DATELINE_PLACE_WORDS)
        .any(|t| t.ends_with(','))
    {
        if let Some(n) = bracketed_dateline(w, lang) {
            return n;
        }
    }
    let dotted = dotted_dateline(w, lang);
    if dotted > 0 {
        return dotted;
    }
    // A word that opens with an ASCII letter or digit is told by its first byte.
    let opens_alphanumeric = |t: &str| match t.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_alphanumeric(),
        _ => t.starts_with(char::is_alphanumeric),
    };
    let is_dash =
        |t: &&str| t.len() <= 3 && !opens_alphanumeric(t) && lang.place_dashes.contains(t);
    // "RIYADH, (UrduPoint / Pakistan Point News / WAM - 02nd Apr, 2020)": an aggregator's
    // bracket of sources after the place reaches further for its dash.
    let bracketed = w
        .get(1)
        .is_some_and(|t| t.starts_with('(') && !t.contains(')'));
    let reach = if bracketed {
        BRACKETED_PLACE_WORDS
    } else {
        PLACE_WORDS
    };
    let Some(dash) = w.iter().take(reach).position(is_dash) else {
        return 0;
    };
    let placelike = |t: &&str| {
        let b = scan::bare(t);
        // "(VNA)", and a press-release wire between slashes ("/CNW/", "/PRNewswire/").
        t.starts_with('(')
            || t.len() > 2 && t.starts_with('/') && t.ends_with('/')
            // "(UrduPoint / Pakistan Point News / WAM -": the slash between sources.
            || *t == "/"
            // Not a title ("Deputy Prime Minister - Minister of Foreign Affairs of Kazakhstan
            // X held ...": a double title's dash, Kazakh style).
            || scan::is_capitalised(b) && !lang.is_role_word(b)
            || b.bytes().all(|c| c.is_ascii_digit())
            || lang.month(b).is_some()
    };
    if dash > 0 && w[..dash].iter().all(placelike) {
        // "MOSCOW, April 12 - RIA Novosti.": the agency after the dash belongs to the line.
        let n = dash + 1 + bracket_rest(w, dash);
        n + agency_after_dash(&w[n..], true, lang)
    } else {
        0
    }
}

/// "(VOVworld)-": a bracket of letters closed by ")" and a dash written against it.
fn glued_bracket(f: &str, lang: &Lang) -> bool {
    lang.place_dashes.iter().any(|d| {
        f.strip_suffix(d)
            .and_then(|b| b.strip_prefix('('))
            .and_then(|b| b.strip_suffix(')'))
            .is_some_and(|b| b.len() >= 2 && b.chars().all(char::is_alphanumeric))
    })
}

/// Words of a dateline's bracket after the dash inside it.
const BRACKET_WORDS: usize = 12;

/// Words of the place a bracketed dateline opens with ("ABU DHABI,").
const DATELINE_PLACE_WORDS: usize = 3;

/// Words of the date between a bracketed dateline's place and its bracket ("August 24,
/// 2021").
const DATELINE_DATE_WORDS: usize = 4;

/// An agency's dateline whose credit is a bracket, the date before it or inside it: "ABU
/// DHABI, (UrduPoint / Example Wire / WAM - 03rd Sep, 2020) H.H. Sheikh X ...", "Islamabad,
/// August 24, 2021 (PPI-OT): Foreign Minister X ...", "HAVANA, Cuba, Jan 21 (ACN) Cuban
/// Foreign Minister X ...". A place of up to three capitalised words closed by a comma (and a
/// region closed by one: "Cuba,"), then a date (a month, numbers), then a bracket that
/// closes within a few words (a colon or a dash may follow it); with no date before the
/// bracket, its last word is a year after a month. The words of the line, or None. Out of
/// line: asked only of sentences with a comma in their first words.
#[inline(never)]
fn bracketed_dateline(w: &[&str], lang: &Lang) -> Option<usize> {
    let p = w
        .iter()
        .take(DATELINE_PLACE_WORDS)
        .position(|t| t.ends_with(','))?;
    let word_of_place = |t: &str| {
        let b = scan::bare(t);
        scan::is_capitalised(b)
            && b.chars().all(char::is_alphabetic)
            && !lang.is_role_word(b)
            && lang.month(b).is_none()
    };
    if !w[..=p].iter().all(|t| word_of_place(t)) {
        return None;
    }
    let mut i = p + 1;
    if w.get(i)
        .is_some_and(|t| t.ends_with(',') && word_of_place(t))
    {
        i += 1;
    }
    let number = |t: &str| {
        let b = scan::bare(t).trim_end_matches('.');
        let digits = b.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        !digits.is_empty() && digits.len() <= 4 && digits.bytes().all(|c| c.is_ascii_digit())
    };
    let dated_word = |t: &str| number(t) || lang.month(scan::bare(t)).is_some();
    let date_from = i;
    while i < date_from + DATELINE_DATE_WORDS && w.get(i).is_some_and(|t| dated_word(t)) {
        i += 1;
    }
    let dated_before = i > date_from
        && w[date_from..i]
            .iter()
            .any(|t| lang.month(scan::bare(t)).is_some());
    if !w.get(i)?.starts_with('(') || i > date_from && !dated_before {
        return None;
    }
    let close = i + w[i..]
        .iter()
        .take(BRACKET_WORDS + 2)
        .position(|t| t.trim_end_matches([',', ':', '-']).ends_with(')'))?;
    let year = |t: &str| {
        let b = scan::bare(t);
        b.len() == 4 && b.bytes().all(|c| c.is_ascii_digit())
    };
    let dated_inside = close > i
        && year(w[close])
        && w[i..close]
            .iter()
            .any(|t| lang.month(scan::bare(t)).is_some());
    if !(dated_before || dated_inside) {
        return None;
    }
    let mut n = close + 1;
    if w.get(n)
        .is_some_and(|t| matches!(*t, "-" | "–" | "—" | "--" | ":"))
    {
        n += 1;
    }
    // The line opens a sentence that goes on with a capital.
    w.get(n)
        .is_some_and(|t| scan::is_capitalised(t))
        .then_some(n)
}

/// "RIYADH, (APP - UrduPoint / Pakistan Point News - 11th Oct, 2023) Prince X received": when
/// the dash at `dash` stands inside a bracket the place line opened, the words after the dash
/// up to the one that closes the bracket (and a dash after it) are the place line's too.
fn bracket_rest(w: &[&str], dash: usize) -> usize {
    let open = w[..dash]
        .iter()
        .any(|t| t.starts_with('(') && !t.contains(')'));
    if !open {
        return 0;
    }
    let after = &w[dash + 1..];
    let Some(close) = after
        .iter()
        .take(BRACKET_WORDS)
        .position(|t| t.trim_end_matches([',', ':']).ends_with(')'))
    else {
        return 0;
    };
    let dashed = after
        .get(close + 1)
        .is_some_and(|t| matches!(*t, "-" | "–" | "—" | "--"));
    close + 1 + usize::from(dashed)
}

/// The most words of an agency's name after a dateline's dash ("RIA Novosti").
const AGENCY_WORDS: usize = 3;

/// "RIA Novosti. Russian Foreign Minister ...": the words of an agency's name (one of the
/// credits) that open `w` after a dateline's dash, closed by a period, or 0. With `closed`
/// the period closes its last word; else (the segmenter's piece before the period) the
/// words run to the end of `w`.
pub(super) fn agency_after_dash(w: &[&str], closed: bool, lang: &Lang) -> usize {
    let end = if closed {
        w.iter().take(AGENCY_WORDS).position(|t| t.ends_with('.'))
    } else {
        (1..=AGENCY_WORDS).contains(&w.len()).then(|| w.len() - 1)
    };
    let Some(end) = end.filter(|&e| w[..=e].iter().all(|t| scan::is_capitalised(t))) else {
        return 0;
    };
    let name = w[..=end].join(" ");
    match lang.credit_of(name.trim_end_matches('.')) {
        Some(_) => end + 1,
        None => 0,
    }
}

/// "WASHINGTON:", "NEW YORK:": words in capitals, the last closed by a colon, or by a dash
/// written against it ("TEHRAN-", as some agencies write their dateline); or an agency's
/// dateline, "YEREVAN, OCTOBER 2, ARMENPRESS.": a place in capitals and a comma, then a date
/// and the agency, closed by a period. The caller has told the first word by
/// [`opens_in_capitals`]; out of line, as few sentences get this far.
#[inline(never)]
fn place_in_capitals(w: &[&str], lang: &Lang) -> Option<usize> {
    let dashed = |t: &str| {
        lang.place_dashes
            .iter()
            .any(|d| t.len() > d.len() && t.ends_with(d))
    };
    // The word that closes the place with a comma ("MOSCOW,", "UNITED NATIONS,"), if any.
    let comma = w
        .iter()
        .take(DATELINE_PLACE_WORDS)
        .position(|t| t.ends_with(','));
    let n = w
        .iter()
        .take(PLACE_CAPS_WORDS)
        .enumerate()
        .position(|(i, t)| {
            t.ends_with(':') || t.ends_with('.') && comma.is_some_and(|c| c < i) || dashed(t)
        })?;
    // The place before its comma in capitals, and only a date between it and the word at `n`.
    let placed = || {
        comma.is_some_and(|c| {
            c + 2 <= n
                && in_capitals(&w[..=c])
                && w[c + 1..n].iter().all(|t| {
                    let b = scan::bare(t);
                    lang.month(b).is_some()
                        || !b.is_empty() && b.bytes().all(|c| c.is_ascii_digit())
                })
        })
    };
    // "ISLAMABAD, Feb 26 (APP):": a place in capitals, a date and an agency in brackets.
    let agency = w[n].starts_with('(') && w[n].ends_with("):");
    if agency && placed() {
        return Some(n + 1);
    }
    // "MOSCOW, October 9. /TASS/.", "UNITED NATIONS, September 27. /ITAR-TASS/.": a place in
    // capitals, a date, then the agency between slashes.
    let slashed = w
        .get(n + 1)
        .is_some_and(|t| slashed_agency(t.trim_end_matches('.')));
    if slashed && placed() {
        return Some(n + 2);
    }
    // A place before a colon or a dash takes three words at most ("UNITED NATIONS, NEW
    // YORK:").
    if !w[n].ends_with('.') && n >= 3 {
        return None;
    }
    // "NEW DELHI : The minister ...": the colon alone after the place, a word after it (not
    // a form's "NAME : (REQUIRED)").
    let alone = w[n] == ":";
    let worded = || {
        w.get(n + 1)
            .is_some_and(|t| t.starts_with(char::is_alphabetic))
    };
    let place = if alone { &w[..n] } else { &w[..=n] };
    (!place.is_empty() && (!alone || worded()) && in_capitals(place)).then_some(n + 1)
}

/// "/TASS/", "/ITAR-TASS/": an agency's name in capitals between slashes, as its dateline
/// writes it.
pub(super) fn slashed_agency(t: &str) -> bool {
    let agency = t
        .strip_prefix('/')
        .and_then(|a| a.strip_suffix('/'))
        .unwrap_or("");
    !agency.is_empty() && agency.bytes().all(|b| b.is_ascii_uppercase() || b == b'-')
}

/// Words of a place in title case before its colon ("Jakarta:", "New Delhi:").
const PLACE_TITLE_WORDS: usize = 2;

/// Words of a site's name in brackets after such a place ("(The Stellar News):").
const SITE_BRACKET_WORDS: usize = 4;

/// "Jakarta: The Indonesian Minister ... held", as news sites open their copies: one or two
/// capitalised words of letters (junk before the first aside: "?Jakarta:"), the last closed by a
/// colon, then a capital. Not "Note: the two sides" (lowercase after it), "Minister: The" (a
/// title), "COVID-19:".
fn place_in_title_case(w: &[&str], lang: &Lang) -> Option<usize> {
    let n = w
        .iter()
        .take(PLACE_TITLE_WORDS + SITE_BRACKET_WORDS)
        .position(|t| t.ends_with(':'))?;
    // "New Delhi : Prime Minister ...": the colon alone, spaced as some news sites type it
    // (not a field's label: "Published By : Admin").
    let alone = w[n] == ":";
    // "Delhi (The Stellar News): ...": the place, then a news site's name in brackets.
    let open = w[..=n].iter().position(|t| t.starts_with('('));
    let bracketed = !alone
        && open.is_some_and(|o| (1..=PLACE_TITLE_WORDS).contains(&o) && w[n].ends_with("):"));
    let place_words = if alone { &w[..n] } else { &w[..=n] };
    if place_words.is_empty() || place_words.len() > PLACE_TITLE_WORDS && !bracketed {
        return None;
    }
    let label = |t: &&str| {
        lang.byline_prefixes.contains_ignore_case(t)
            || lang.date_line_prefixes.contains_ignore_case(t)
    };
    // The colon alone is a place's only before a title ("New Delhi : Prime Minister X"):
    // a name or a sentence after "Grace :", "Source :" is a field's or a speaker's.
    let titled = || w.get(n + 1).is_some_and(|t| lang.is_role_word(t));
    if alone && (place_words.iter().any(label) || !titled()) {
        return None;
    }
    let place = place_words.iter().all(|t| {
        let b = scan::bare(t);
        scan::is_capitalised(b) && b.chars().all(char::is_alphabetic) && !lang.is_role_word(b)
    });
    let next = w.get(n + 1).is_some_and(|t| scan::is_capitalised(t));
    (place && next).then_some(n + 1)
}

/// True when `s` opens with two letters in capitals (or a capital and a non-letter): a place
/// line's first word may.
#[inline]
pub(super) fn opens_in_capitals(s: &str) -> bool {
    let b = s.as_bytes();
    !(b.len() < 2 || b[1].is_ascii_lowercase() || !b[0].is_ascii_uppercase())
}

/// True when every word of `w` is in capitals (punctuation after it aside), or a number after
/// the first: the words of a place line such as "YEREVAN, OCTOBER 2, ARMENPRESS.". The
/// segmenter asks it too, so that it keeps such a line with the sentence it opens.
pub(super) fn in_capitals(w: &[&str]) -> bool {
    let caps = |t: &str| {
        let t = t.trim_end_matches([':', ',', '.']);
        t.len() >= 2
            && t.bytes().any(|b| b.is_ascii_uppercase())
            && !t
                .bytes()
                .any(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
    };
    let number = |t: &str| {
        let t = t.trim_end_matches([',', '.']);
        !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit())
    };
    w.iter()
        .enumerate()
        .all(|(i, t)| caps(t) || i > 0 && number(t))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::parse::lang::en::EN;

    fn skipped(s: &str) -> usize {
        let w: Vec<&str> = s.split(' ').collect();
        skip(&w, &EN)
    }

    #[test]
    fn numbers_bullets_and_place_lines_are_skipped() {
        assert_eq!(skipped("1. Minister Kuroda stated"), 1);
        assert_eq!(skipped("° The two sides agreed"), 1);
        assert_eq!(skipped("(2) Regarding China, the ministers"), 1);
        assert_eq!(skipped("HÀ NỘI — Foreign Minister Khôi met"), 3);
        assert_eq!(skipped("Hanoi (VNA) – Minister Dat held"), 3);
        assert_eq!(skipped("BEIJING, Feb. 25 (Xinhua) -- Wang met"), 5);
        assert_eq!(skipped("WASHINGTON: Secretary of State Ana Rolt met"), 1);
        assert_eq!(skipped("NEW YORK: The Secretary met"), 2);
        assert_eq!(skipped("TEHRAN- Foreign Minister Ara Vosough met"), 1);
        assert_eq!(skipped("NEW DELHI– The minister met"), 2);
        assert_eq!(
            skipped("YEREVAN, OCTOBER 2, ARMENPRESS. Minister Vale met"),
            4
        );
        assert_eq!(
            skipped("ISLAMABAD, Feb 26 (APP): Foreign Minister Lodhi met"),
            4
        );
        assert_eq!(skipped("ISLAMABAD, Feb 26 (UN talks): the"), 0);
        assert_eq!(skipped("MOSCOW, March 3. /TASS/. Minister Vale met"), 4);
        assert_eq!(skipped("MOSCOW, March 3. The Minister met"), 0);
        assert_eq!(skipped("Jakarta: The Indonesian Minister met"), 1);
        assert_eq!(skipped("?Jakarta: The Indonesian Minister met"), 1);
        assert_eq!(skipped("New Delhi: External Affairs Minister met"), 2);
        assert_eq!(skipped("Delhi (The Stellar News): Prime Minister met"), 4);
        assert_eq!(skipped("New Delhi (Wire): Prime Minister met"), 3);
        // A bracket that is no site's name after a place, or a colon too far.
        assert_eq!(skipped("Minister (Foreign Affairs): Prime Minister met"), 0);
        assert_eq!(skipped("Prime Minister Vale (left) met: the"), 0);
        assert_eq!(skipped("The Minister Vale Said: They met"), 0);
        // The colon alone, after a space.
        assert_eq!(skipped("New Delhi : Prime Minister Ravi Malhotra met"), 3);
        assert_eq!(skipped("Jakarta : Foreign Minister Sari met"), 2);
        assert_eq!(skipped("NEW DELHI : The minister met"), 3);
        assert_eq!(
            skipped("OTTAWA, ON, April 29, 2025 /CNW/ - Today, the Prime Minister"),
            7
        );
        assert_eq!(skipped("NEW YORK, May 5, 2025 /PRNewswire/ -- The"), 7);
        // A dash inside the dateline's bracket: the line runs to the bracket's close.
        assert_eq!(
            skipped("RIYADH, (APP - Example Wire - 11th Oct, 2023) Prince Naif received"),
            9
        );
        assert_eq!(skipped("Hanoi (VNA - Photo) – Minister Dat held"), 5);
        // The agency's bracket alone, its dash written against it.
        assert_eq!(skipped("(VOVworld)- Prime Minister Dat held"), 1);
        assert_eq!(skipped("(VNA)– Prime Minister Dat held"), 1);
        assert_eq!(skipped("(in Hanoi)- the Prime Minister"), 0);
        // An aggregator's sources between slashes before the bracket's dash.
        assert_eq!(
            skipped("RIYADH, (ExamplePoint / Example Point News / SPA - 3rd May, 2021) Prince Naif received"),
            12
        );
        // A double title's dash is no place line (Kazakh style).
        assert_eq!(
            skipped("Deputy Prime Minister - Minister of Foreign Affairs of Kazakhstan Aidos Temir held"),
            0
        );
        // A bracketed credit, the date before it or inside it, with no dash after it.
        assert_eq!(
            skipped("ABU DHABI, (Example Wire / Other Wire / WAM - 4th Jun, 2021) H.H. Sheikh"),
            13
        );
        assert_eq!(
            skipped("Islamabad, May 3, 2022 (PPI-OT): Foreign Minister Lodhi met"),
            5
        );
        assert_eq!(
            skipped("HAVANA, Cuba, Jan 9 (ACN) Cuban Foreign Minister"),
            5
        );
        assert_eq!(skipped("Moscow, Tashkent (and Astana) agreed"), 0);
        assert_eq!(skipped("However, in May (2021) they met"), 0);
        assert_eq!(skipped("Kazakhstan, May 5 (the sides) agreed"), 0);
        // No close within reach: the dash ends it as before.
        assert_eq!(skipped("Hanoi (VNA - Minister Dat held talks"), 3);
        // A place, a day and a month, each closed by a period, then the agency.
        assert_eq!(
            skipped("Baku. 4 March. REPORT.AZ Foreign Minister Vale met"),
            4
        );
        assert_eq!(skipped("Baku. 4 March. The Minister met"), 0);
        assert_eq!(skipped("Minister. 4 March. REPORT.AZ The"), 0);
    }

    #[test]
    fn a_colon_after_words_not_in_capitals_is_no_place_line() {
        assert_eq!(skipped("Washington: the Secretary met"), 0);
        assert_eq!(skipped("Note: the two sides met"), 0);
        assert_eq!(skipped("US-CHINA TALKS IN GENEVA TODAY: the sides met"), 0);
        assert_eq!(skipped("COVID-19: the sides agreed"), 0);
        assert_eq!(skipped("COVID-19: The sides agreed"), 0);
        assert_eq!(skipped("Minister: The sides agreed"), 0);
        assert_eq!(skipped("Note : the sides met"), 0);
        assert_eq!(skipped("Minister : The sides agreed"), 0);
        assert_eq!(skipped("The Prime Minister : The"), 0);
        assert_eq!(skipped("Published By : Admin | June 5"), 0);
        assert_eq!(skipped("Grace : The Department of State released"), 0);
        assert_eq!(skipped("Source : Xinhua News Agency"), 0);
        assert_eq!(skipped("MAIL : (REQUIRED)"), 0);
        assert_eq!(skipped("NATO, EU and UN. They met"), 0);
    }

    #[test]
    fn a_dash_inside_a_sentence_is_no_place_line() {
        assert_eq!(skipped("The two sides - both ministers - agreed"), 0);
        assert_eq!(skipped("Luo said so."), 0);
        assert_eq!(skipped("2.5 percent growth"), 0);
    }
}
