//! The Chinese hooks of the parser stages: what a stage does differently for text in Han
//! script, where no spaces separate words and `。` ends a sentence.
//!
//! Each submodule serves one stage and says what it takes and gives: [`chrome`] (page chrome
//! of Chinese sites), [`segment`] (sentences),
//! [`date`] (date lines, Xinhua datelines, dates in the opening), [`people`] (participants and
//! the format from an opening sentence or a headline), [`cue`] (the speaker a sentence names)
//! and [`points`] (point markers). The words they look for are the tables of
//! [`super::lang::zh::HAN`]. Every function is total and linear in its input (the header
//! hooks read a bounded prefix), and slices only at char boundaries it found.

pub(super) mod chrome;
pub(super) mod cue;
pub(super) mod date;
pub(super) mod people;
pub(super) mod points;
pub(super) mod segment;

use super::{is_han, is_letter};

/// Share of Han characters among the letters of `s` above which a paragraph or a sentence is
/// read with the Chinese rules (the same threshold as the language of a whole readout).
pub(super) fn mostly_han(s: &str) -> bool {
    let (mut han, mut letters) = (0u64, 0u64);
    for (n, (i, c)) in s.char_indices().take(4096).enumerate() {
        if is_han(c) {
            han += 1;
            letters += 1;
            // Settled once even a letter in every byte still to read (up to the limit) could
            // not bring the share down: a Chinese paragraph is told from its first half.
            let left = ((s.len() - i - c.len_utf8()) as u64).min(4095 - n as u64);
            if han * 10 > (letters + left) * 3 {
                return true;
            }
        } else if is_letter(c) {
            letters += 1;
        }
    }
    letters > 0 && han * 10 > letters * 3
}

/// The first of `words` that `s` starts with.
pub(super) fn starts_with_any<'a>(s: &str, words: &[&'a str]) -> Option<&'a str> {
    words.iter().copied().find(|w| opens(s, w))
}

/// `s.starts_with(w)`, told apart by the first and the last byte of `w` before the whole is
/// compared: the Chinese stages try a table of words at every character, and the two bytes
/// reject nearly every word without a call to compare memory.
#[inline]
pub(in crate::core::parse) fn opens(s: &str, w: &str) -> bool {
    let (s, w) = (s.as_bytes(), w.as_bytes());
    match (w.first(), w.last()) {
        (Some(&a), Some(&z)) => {
            w.len() <= s.len() && s[0] == a && s[w.len() - 1] == z && s[..w.len()] == *w
        }
        _ => true,
    }
}

/// The longest of `words` that `s` starts with.
pub(super) fn longest_prefix<'a>(s: &str, words: &[&'a str]) -> Option<&'a str> {
    words
        .iter()
        .copied()
        .filter(|w| opens(s, w))
        .max_by_key(|w| w.len())
}

/// The value of an ASCII or full-width digit.
pub(super) fn digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

/// The number `s` starts with (at most `max` digits, ASCII or full-width) and its byte length.
pub(super) fn number_at(s: &str, max: usize) -> Option<(u32, usize)> {
    let mut value = 0u32;
    let mut len = 0;
    for (n, c) in s.chars().enumerate() {
        let Some(d) = digit(c) else { break };
        if n == max {
            return None;
        }
        value = value * 10 + d;
        len += c.len_utf8();
    }
    (len > 0).then_some((value, len))
}

/// The char just before byte `at` of `s`.
pub(super) fn char_before(s: &str, at: usize) -> Option<char> {
    s.get(..at)?.chars().next_back()
}

/// `s` without leading spaces, ASCII or full-width.
pub(super) fn trim_start(s: &str) -> &str {
    s.trim_start_matches([' ', '\u{3000}'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_read_in_ascii_and_full_width_digits() {
        assert_eq!(number_at("2021年", 4), Some((2021, 4)));
        assert_eq!(number_at("１５日", 2), Some((15, 6)));
        assert_eq!(number_at("12345", 4), None);
        assert_eq!(number_at("年", 4), None);
    }

    #[test]
    fn a_text_is_read_as_chinese_by_its_share_of_han() {
        assert!(mostly_han("田墨白同索尔旺（Ingrid Solvang）通电话。"));
        assert!(!mostly_han(
            "Both sides oppose the \"零和博弈\" of the past."
        ));
        assert!(!mostly_han("2021-03-03"));
    }
}
