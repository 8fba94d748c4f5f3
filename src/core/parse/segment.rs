//! Stage 2, segment: a paragraph -> its sentences. The stage calls the language's
//! [`Script::sentences`](super::lang::Script) hook; this module holds the segmenter of the
//! Latin script.
//!
//! [`latin`] takes the cleaned text, one paragraph span and a [`Lang`]; gives the spans of the
//! paragraph's sentences, in order, covering every non-space byte. A sentence ends at `.`, `!` or `?`
//! (plus closing quotes and brackets) before a space and a capital, digit or quote, unless the
//! period belongs to an abbreviation ("U.S.", "Mr.", "No. 1") or an initial ("John F. Kim").
//! Decimals never split because no space follows their period. Linear in the paragraph.

use super::lang::Lang;
use super::{lead, scan, zh};
use crate::core::case;
use crate::core::model::Span;

pub(super) fn latin(text: &str, para: Span, lang: &Lang, out: &mut Vec<Span>) {
    let Some(p) = text.get(para.start..para.end) else {
        return;
    };
    // A paragraph in Han script (a Chinese quotation kept in an English readout) ends its
    // sentences at "。".
    if !p.is_ascii() && zh::mostly_han(p) {
        return zh::segment::han(text, para, out);
    }
    let b = p.as_bytes();
    // "Baku. 4 March. REPORT.AZ Minister ...": the periods of a dotted dateline that opens
    // the paragraph close no sentence (its bytes, or 0).
    let dateline = dotted_dateline_bytes(p, lang);
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        i = scan::next_of(b, i, [b'.', b'!', b'?']);
        let Some(&c) = b.get(i) else { break };
        i += 1;
        let mut end = i;
        while end < b.len() && matches!(b[end], b'"' | b'\'' | b')' | b']') {
            end += 1;
        }
        let boundary = match b.get(end) {
            None => true,
            Some(b' ') => starts_sentence(&p[end + 1..]),
            // "on Saturday.According to": no space after the period (a broadcaster's copy).
            Some(n) => n.is_ascii_uppercase() && glued(b, i - 1, end),
        };
        let before = &p[start..i - 1];
        // "as well as the U.S.. We hope": a second period after an abbreviation's closes the
        // sentence (an ellipsis, three of them, does not).
        let doubled = || i >= 3 && b[i - 2] == b'.' && b[i - 3] != b'.';
        let joined = || {
            c == b'.'
                && !doubled()
                && (is_abbreviation(before, lang) && !opens_after_dotted(before, &p[end..], lang)
                    || is_number_mark(before)
                    || start == 0 && is_dateline(before, lang)
                    || start == 0 && is_place_agency(before, &p[end..], lang)
                    || start == 0 && i <= dateline)
        };
        if boundary && !joined() {
            push(out, para.start, p, start, end);
            start = end;
        }
        i = end;
    }
    push(out, para.start, p, start, b.len());
}

/// Pushes `p[start..end]` trimmed of spaces, as a span of the whole text.
fn push(out: &mut Vec<Span>, base: usize, p: &str, start: usize, end: usize) {
    let (from, to) = trimmed(&p[start..end]);
    if from < to {
        out.push(Span::new(base + start + from, base + start + to));
    }
}

/// Where `s` trimmed as by [`str::trim`] starts and ends. ASCII whitespace (all a cleaned text
/// has) is trimmed byte by byte; the Unicode trim reads on only where a byte outside ASCII
/// stands at an end.
fn trimmed(s: &str) -> (usize, usize) {
    let space = |c: &u8| matches!(c, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r');
    let b = s.as_bytes();
    let start = b.iter().position(|c| !space(c)).unwrap_or(b.len());
    let end = b.iter().rposition(|c| !space(c)).map_or(start, |e| e + 1);
    let wide = |c: Option<&u8>| c.is_some_and(|&c| c >= 0x80);
    if wide(b[start..end].first()) || wide(b[start..end].last()) {
        let inner = &s[start..end];
        let lead = inner.len() - inner.trim_start().len();
        return (start + lead, start + lead + inner.trim().len());
    }
    (start, end)
}

/// Digits of a year before a period glued to the next sentence.
const YEAR_DIGITS: usize = 4;

/// Letters a word must have before a period glued to the next sentence.
const GLUED_WORD_LETTERS: usize = 3;

/// "Saturday.According", "Korea.The": a sentence glued to the one before it, told by a word of
/// at least three letters ending in lowercase (or a year) before the mark at `mark`, and a
/// capital then a lowercase letter after it (at `next`). Not "U.S.Army" (a dotted word), "ASP.Net" (capitals),
/// "example.com", "2.5".
fn glued(b: &[u8], mark: usize, next: usize) -> bool {
    if !b.get(next + 1).is_some_and(u8::is_ascii_lowercase) {
        return false;
    }
    // "since 2015.Tillerson said", "Year 2019-2020.The leaders": a year of four digits after
    // a space or a range's dash.
    if b[..mark].last().is_some_and(u8::is_ascii_digit) {
        let digits = b[..mark]
            .iter()
            .rev()
            .take_while(|c| c.is_ascii_digit())
            .count();
        // (An en dash's last byte is 0x93.)
        return digits == YEAR_DIGITS
            && mark > digits
            && matches!(b[mark - digits - 1], b' ' | b'-' | b'/' | 0x93);
    }
    if !b[..mark].last().is_some_and(u8::is_ascii_lowercase) {
        return false;
    }
    let letters = b[..mark]
        .iter()
        .rev()
        .take_while(|c| c.is_ascii_alphabetic())
        .count();
    let before = mark.checked_sub(letters + 1).map(|k| b[k]);
    letters >= GLUED_WORD_LETTERS && !before.is_some_and(|c| c == b'.' || c == b'@' || c == b'/')
}

fn starts_sentence(rest: &str) -> bool {
    rest.trim_start_matches(['"', '\'', '(', '['])
        .chars()
        .next()
        .is_some_and(|c| case::is_upper(c) || c.is_ascii_digit() || !c.is_ascii())
}

/// "1." opening a sentence: a paragraph number, not a sentence.
fn is_number_mark(before: &str) -> bool {
    // Most sentences end in a word: told by the last byte before any search.
    if !before.as_bytes().last().is_some_and(u8::is_ascii_digit) {
        return false;
    }
    // "2. 2." (a paragraph's number written twice): the numbers before are markers too.
    let (markers, last) = before.trim_start().rsplit_once(' ').unwrap_or(("", before));
    let b = last.trim_start().trim_start_matches('(').as_bytes();
    !b.is_empty()
        && b.len() <= 3
        && b.iter().all(u8::is_ascii_digit)
        && markers
            .split(' ')
            .all(|m| m.is_empty() || lead::is_marker(m))
}

/// Words of an agency's dateline in capitals ("YEREVAN, OCTOBER 2, ARMENPRESS.").
const DATELINE_WORDS: usize = 5;

/// Words of a dateline whose agency follows a dash ("MOSCOW, April 12 - RIA Novosti.").
const DASHED_DATELINE_WORDS: usize = 8;

/// "ASTANA. KAZINFORM - Foreign Ministers ...", "NUR-SULTAN. KAZINFORM - ...": a place in
/// capitals (a word, or words joined by a hyphen), closed by a period that opens the
/// paragraph, then an agency's name in capitals and a dash: the place line of the sentence,
/// not a sentence.
fn is_place_agency(before: &str, after: &str, lang: &Lang) -> bool {
    let capitals = |w: &str| w.len() >= 3 && w.bytes().all(|b| b.is_ascii_uppercase());
    // The place is asked first: most first sentences hold a lowercase letter early.
    let place = |w: &str| {
        w.len() >= 3
            && w.split('-')
                .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_uppercase()))
    };
    if !place(before) {
        return false;
    }
    let mut words = after.split(' ').filter(|w| !w.is_empty());
    let (Some(agency), Some(dash)) = (words.next(), words.next()) else {
        return false;
    };
    capitals(agency) && lang.place_dashes.contains(dash)
}

/// The bytes of a dotted dateline that opens `p` ("Baku. 4 March. REPORT.AZ"), or 0.
fn dotted_dateline_bytes(p: &str, lang: &Lang) -> usize {
    // Told by its first bytes: a capital, then a lowercase letter, and a period before the
    // tenth byte (every paragraph is asked).
    let b = p.as_bytes();
    let short_place = b.len() > 2
        && b[0].is_ascii_uppercase()
        && b[1].is_ascii_lowercase()
        && b[..b.len().min(10)].contains(&b'.');
    if !short_place {
        return 0;
    }
    let mut words = [""; lead::DOTTED_DATELINE_WORDS];
    let mut end = 0;
    for (slot, w) in words.iter_mut().zip(p.split(' ')) {
        *slot = w;
        end += w.len() + 1;
    }
    if lead::dotted_dateline(&words, lang) > 0 {
        end - 1
    } else {
        0
    }
}

/// "YEREVAN, OCTOBER 2, ARMENPRESS": a place, a date and an agency in capitals, closed by a
/// period, that open a paragraph: the place line of the sentence after it (as
/// [`lead::in_capitals`] reads it), not a sentence. Also "MOSCOW, April 12 - RIA Novosti": a
/// place in capitals, a date, a dash and an agency's name.
fn is_dateline(before: &str, lang: &Lang) -> bool {
    // Most paragraphs open with a word in lower case after its capital: told by two bytes.
    if !lead::opens_in_capitals(before) || !before.contains(',') {
        return false;
    }
    let mut words = [""; DASHED_DATELINE_WORDS];
    let mut n = 0;
    for w in before.split(' ') {
        if n == DASHED_DATELINE_WORDS {
            return false;
        }
        words[n] = w;
        n += 1;
    }
    let words = &words[..n];
    let dash = words.iter().position(|t| lang.place_dashes.contains(t));
    if let Some(d) = dash.filter(|&d| d >= 2 && words[0].ends_with(',')) {
        let agency = lead::agency_after_dash(&words[d + 1..], false, lang);
        return lead::in_capitals(&words[..1]) && agency > 0 && d + 1 + agency == n;
    }
    // "MOSCOW, October 9. /TASS/": a place in capitals, a date, and the agency between slashes.
    n <= DATELINE_WORDS
        && (lead::in_capitals(words) || n >= 3 && lead::slashed_agency(words[n - 1]))
}

/// "... among Japan, Australia, India and the U.S. Furthermore, the two ministers": a dotted
/// abbreviation ends its sentence when the next word can only open one (a sentence adverb, an
/// article or a pronoun), where "U.S. President" goes on.
fn opens_after_dotted(before: &str, after: &str, lang: &Lang) -> bool {
    // A period inside the last word ("U.S"), looked for back to its space.
    let dotted = before
        .bytes()
        .rev()
        .take_while(|&b| b != b' ')
        .any(|b| b == b'.');
    if !dotted {
        return false;
    }
    let next = after.trim_start().split(' ').next().unwrap_or("");
    let next = next.trim_end_matches(',');
    if !next.starts_with(|c: char| c.is_ascii_uppercase()) {
        return false;
    }
    lang.sentence_adverbs.contains_ignore_case(next)
        || lang.articles.contains_ignore_case(next)
        || lang.joint_subjects.contains_ignore_case(next)
        || lang.gender_of(next).is_some()
}

/// True when the word before a period is an abbreviation or an initial.
fn is_abbreviation(before: &str, lang: &Lang) -> bool {
    // The last word: after the last space (a byte search; a space is a char boundary).
    let last = before.as_bytes().iter().rposition(|&b| b == b' ');
    let word = before[last.map_or(0, |i| i + 1)..].trim_start_matches(['"', '\'', '(', '[']);
    let mut chars = word.chars();
    let initial = matches!((chars.next(), chars.next()), (Some(c), None) if case::is_upper(c));
    // "U.S", "a.m": a period inside the word marks a dotted abbreviation, unless it closes a
    // place ("Washington, D.C").
    // The period is looked for byte by byte: the word is short, a search costs more.
    let dotted = || word.as_bytes().contains(&b'.') && !lang.closing_abbreviations.contains(&word);
    initial || dotted() || lang.is_abbreviation(word)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::parse::lang::en::EN;

    fn split(p: &str) -> Vec<&str> {
        let mut out = vec![];
        latin(p, Span::new(0, p.len()), &EN, &mut out);
        out.iter().map(|s| s.of(p)).collect()
    }

    #[test]
    fn a_paragraph_number_written_twice_opens_its_sentence() {
        assert_eq!(
            split("2. 2. Both ministers agreed. They met."),
            vec!["2. 2. Both ministers agreed.", "They met."]
        );
        assert_eq!(
            split("It rose by 2. Both agreed."),
            vec!["It rose by 2.", "Both agreed."]
        );
    }

    #[test]
    fn sentences_end_at_a_period_before_a_capital() {
        assert_eq!(
            split("Luo said so. Kim agreed."),
            vec!["Luo said so.", "Kim agreed."]
        );
    }

    #[test]
    fn an_agency_dateline_in_capitals_opens_the_first_sentence() {
        assert_eq!(
            split("YEREVAN, OCTOBER 2, ARMENPRESS. Foreign Minister Ada Vale met. She said so."),
            vec![
                "YEREVAN, OCTOBER 2, ARMENPRESS. Foreign Minister Ada Vale met.",
                "She said so."
            ]
        );
        // A wire's dateline, its agency between slashes ("/TASS/").
        assert_eq!(
            split("MOSCOW, March 3. /TASS/. Minister Ada Vale met. She said so."),
            vec![
                "MOSCOW, March 3. /TASS/. Minister Ada Vale met.",
                "She said so."
            ]
        );
        assert_eq!(
            split("The UN, EU. They met."),
            vec!["The UN, EU.", "They met."]
        );
        // A place, a period, an agency in capitals and a dash.
        assert_eq!(
            split("ASTANA. KAZINFORM - Minister Ada Vale met. She said so."),
            vec!["ASTANA. KAZINFORM - Minister Ada Vale met.", "She said so."]
        );
        assert_eq!(
            split("NATO. The allies met. She said so."),
            vec!["NATO.", "The allies met.", "She said so."]
        );
        // A place, a day and a month, each closed by a period, then an agency: one line.
        assert_eq!(
            split("Baku. 4 March. REPORT.AZ Minister Ada Vale met. She said so."),
            vec![
                "Baku. 4 March. REPORT.AZ Minister Ada Vale met.",
                "She said so."
            ]
        );
        assert_eq!(
            split("Baku. 4 March. APA. Minister Ada Vale met."),
            vec!["Baku. 4 March. APA. Minister Ada Vale met."]
        );
        assert_eq!(
            split("Paris. 4 March. The allies met."),
            vec!["Paris.", "4 March.", "The allies met."]
        );
    }

    #[test]
    fn abbreviations_initials_and_decimals_do_not_split() {
        let p = "The U.S. \"Indo-Pacific Strategy\" grew 2.5 percent. Mr. Kim met John F. Doe at No. 1 Road. Done.";
        assert_eq!(
            split(p),
            vec![
                "The U.S. \"Indo-Pacific Strategy\" grew 2.5 percent.",
                "Mr. Kim met John F. Doe at No. 1 Road.",
                "Done."
            ]
        );
    }

    #[test]
    fn a_dotted_abbreviation_before_a_sentences_opening_word_closes_its_sentence() {
        let s = "They coordinated with India and the U.S. Furthermore, they met. The U.S. \
            President spoke. The U.S. They agreed.";
        assert_eq!(
            split(s),
            vec![
                "They coordinated with India and the U.S.",
                "Furthermore, they met.",
                "The U.S. President spoke.",
                "The U.S.",
                "They agreed."
            ]
        );
    }

    #[test]
    fn a_period_doubled_after_an_abbreviation_closes_its_sentence() {
        assert_eq!(
            split("Next year matters for the U.S.. We hope for more."),
            vec!["Next year matters for the U.S..", "We hope for more."]
        );
        assert_eq!(
            split("They met in the U.S. Army base."),
            vec!["They met in the U.S. Army base."]
        );
    }

    #[test]
    fn a_place_abbreviation_closes_its_sentence() {
        assert_eq!(
            split("They met in Washington, D.C. Minister Ota said so. The D.C. area"),
            vec![
                "They met in Washington, D.C.",
                "Minister Ota said so.",
                "The D.C. area"
            ]
        );
    }

    #[test]
    fn a_closing_quote_stays_with_its_sentence() {
        assert_eq!(
            split("He said \"yes.\" Then left"),
            vec!["He said \"yes.\"", "Then left"]
        );
    }

    #[test]
    fn a_paragraph_number_is_not_a_sentence() {
        assert_eq!(
            split("1. Minister Ota said so. 2. He agreed."),
            vec!["1. Minister Ota said so.", "2. He agreed."]
        );
    }

    #[test]
    fn trimmed_agrees_with_str_trim() {
        for s in [
            "",
            "  ",
            " a ",
            "\t\x0ba b\r\n",
            "\u{3000}x\u{a0}",
            " \u{2003} é ",
            "a",
        ] {
            let (from, to) = trimmed(s);
            let lead = s.len() - s.trim_start().len();
            assert_eq!((from, to - from), (lead, s.trim().len()), "{s:?}");
        }
    }

    #[test]
    fn a_sentence_glued_to_the_period_before_it_is_split() {
        assert_eq!(
            split("They met on Saturday.According to Seoul, they agreed.The two sides met."),
            vec![
                "They met on Saturday.",
                "According to Seoul, they agreed.",
                "The two sides met."
            ]
        );
        assert_eq!(
            split("They first met in 2015.Tillerson said so."),
            vec!["They first met in 2015.", "Tillerson said so."]
        );
        assert_eq!(
            split("It was the Friendship Year 2019-2020.The leaders met."),
            vec!["It was the Friendship Year 2019-2020.", "The leaders met."]
        );
        assert_eq!(
            split("It was the Friendship Year 2019–2020.The leaders met."),
            vec!["It was the Friendship Year 2019–2020.", "The leaders met."]
        );
        // Not a dotted word, a word in capitals, a short word, a site or a number.
        for p in [
            "The U.S.Army met.",
            "It runs on ASP.Net today.",
            "See www.example.Com now.",
            "It is No.One here.",
            "It grew 2.5 percent.",
            "It is version 1.2015.Beta now.",
            "Call 12015.Today is fine.",
        ] {
            assert_eq!(split(p), vec![p]);
        }
    }

    #[test]
    fn a_lowercase_word_after_a_period_continues_the_sentence() {
        assert_eq!(split("e.g. this. and that"), vec!["e.g. this. and that"]);
    }
}
