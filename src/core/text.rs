//! Small text helpers shared by the views and the exports: a name with its country, a quote
//! around the words that matter, text cut at a word, counts with thousands separators.

use crate::core::model::Span;

/// "Luo Zhaohui (China)", or the bare name when the country is unknown: how a person is
/// named in a view or an export.
pub fn with_country(name: &str, country: Option<&str>) -> String {
    match country {
        Some(c) => format!("{name} ({c})"),
        None => name.to_string(),
    }
}

/// What follows the apostrophe of `name`'s possessive: nothing when the name ends in s
/// ("the United States' account"), else "s" ("China's account").
pub fn possessive_s(name: &str) -> &'static str {
    if name.ends_with('s') {
        ""
    } else {
        "s"
    }
}

/// The part of `sentence` to quote when space is short: all of it when it is at most `max`
/// bytes, else about `max` bytes around `focus` (the words that matter), cut at spaces and
/// always on character boundaries. A `focus` outside the sentence gives the whole sentence.
pub fn quote_window(text: &str, sentence: Span, focus: Span, max: usize) -> Span {
    let fits = |s: Span| s.start <= s.end && s.end <= text.len();
    if !fits(sentence) || sentence.len() <= max || !fits(focus) {
        return sentence;
    }
    if focus.start < sentence.start || focus.end > sentence.end {
        return sentence;
    }
    let mut start = focus.start.saturating_sub(max / 3).max(sentence.start);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    let mut end = (start + max).max(focus.end).min(sentence.end);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let (Some(before), Some(after)) = (text.get(start..focus.start), text.get(focus.end..end))
    else {
        return sentence;
    };
    if start > sentence.start {
        start = before.find(' ').map_or(focus.start, |i| start + i + 1);
    }
    if end < sentence.end {
        end = after.rfind(' ').map_or(focus.end, |i| focus.end + i);
    }
    Span::new(start, end.max(start))
}

/// The first `max` characters of `text`, cut back to the last space within them, with an
/// ellipsis; `text` itself when it has at most `max` characters. Text without a space (Chinese)
/// is cut at `max`.
pub fn cut_at_word(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        None => text.to_string(),
        Some((cut, _)) => {
            let head = &text[..cut];
            let head = head.rfind(' ').map_or(head, |i| &head[..i]);
            format!("{}…", head.trim_end())
        }
    }
}

/// A count with thousands separators: 10000 gives "10,000".
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_cut_at_the_last_space_within_the_limit() {
        let text = "Both sides agreed to deepen cooperation";
        assert_eq!(cut_at_word(text, 100), text);
        assert_eq!(cut_at_word(text, text.chars().count()), text);
        assert_eq!(cut_at_word(text, 20), "Both sides agreed…");
        assert_eq!(cut_at_word(text, 17), "Both sides…");
        // No space within the limit: cut at the limit, on a character boundary.
        assert_eq!(cut_at_word("双方同意深化合作", 4), "双方同意…");
        assert_eq!(cut_at_word("", 3), "");
    }

    #[test]
    fn counts_read_with_thousands_separators() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(7), "7");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1000), "1,000");
        assert_eq!(thousands(10000), "10,000");
        assert_eq!(thousands(1234567), "1,234,567");
    }

    #[test]
    fn a_long_sentence_is_quoted_around_the_mention_and_cut_at_spaces() {
        let text = format!(
            "{} South China Sea {}",
            "word ".repeat(100),
            "more ".repeat(100)
        );
        let sentence = Span::new(0, text.len());
        let at = text.find("South").unwrap();
        let w = quote_window(&text, sentence, Span::new(at, at + 15), 260);
        let quoted = w.of(&text);
        assert!(quoted.contains("South China Sea"));
        assert!(w.len() <= 280, "{}", w.len());
        assert!(
            quoted.starts_with("word") && quoted.ends_with("more"),
            "{quoted:?}"
        );
    }

    #[test]
    fn a_short_sentence_is_quoted_whole() {
        let text = "Both sides exchanged views.";
        let s = Span::new(0, text.len());
        assert_eq!(quote_window(text, s, Span::new(5, 10), 260), s);
    }

    #[test]
    fn multibyte_text_never_splits_a_character() {
        let text = format!("{}合作{}", "共赢 ".repeat(200), " 发展".repeat(200));
        let sentence = Span::new(0, text.len());
        let at = text.find("合作").unwrap();
        for max in [10, 61, 100, 259] {
            for shift in 0..4 {
                let w = quote_window(&text, sentence, Span::new(at, at + 6), max + shift);
                assert!(text.get(w.start..w.end).is_some(), "{w:?}");
            }
        }
    }

    #[test]
    fn a_focus_outside_the_sentence_gives_the_whole_sentence() {
        let text = "a ".repeat(400);
        let s = Span::new(0, 300);
        assert_eq!(quote_window(&text, s, Span::new(500, 900), 100), s);
        assert_eq!(quote_window(&text, s, Span::new(10, 5000), 100), s);
    }
}
