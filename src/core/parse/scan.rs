//! Small hand-written scanners shared by the stages (no `regex`: it costs ~290 KB of wasm).
//!
//! Takes `&str`, gives words with byte offsets and case-insensitive phrase tests. Every function
//! slices only at ASCII bytes or at char boundaries it has checked, so none can panic.

/// A word of the text: its byte offset and the word itself (no surrounding whitespace).
pub(super) type Word<'a> = (usize, &'a str);

/// The whitespace-separated words of `s` with their byte offsets.
pub(super) fn words(s: &str) -> impl Iterator<Item = Word<'_>> {
    s.split_ascii_whitespace().map(move |w| {
        // `w` is a sub-slice of `s`, so the pointer difference is its offset.
        (w.as_ptr() as usize - s.as_ptr() as usize, w)
    })
}

/// The first `max` words of `s`.
pub(super) fn first_words(s: &str, max: usize) -> Vec<Word<'_>> {
    words(s).take(max).collect()
}

/// `w` without the punctuation that may cling to a word ("said," -> "said").
pub(super) fn bare(w: &str) -> &str {
    w.trim_matches(|c: char| matches!(c, ',' | ';' | ':' | '"' | '\'' | '(' | ')' | '!' | '?'))
        .trim_end_matches('.')
}

/// True when `words` (already bare) start with every word of `phrase`, ignoring ASCII case.
/// Only the phrase's last word may carry trailing punctuation in the text.
pub(super) fn starts_with_phrase(words: &[&str], phrase: &str) -> bool {
    let mut n = 0;
    for (i, p) in phrase.split(' ').enumerate() {
        match words.get(i) {
            Some(w) if bare(w).eq_ignore_ascii_case(p) => n += 1,
            _ => return false,
        }
    }
    n > 0
}

/// `s` cut to at most `max` bytes, on a char boundary.
pub(super) fn prefix(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// `s` cut to its last `max` bytes or fewer, on a char boundary.
pub(super) fn prefix_end(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut start = s.len() - max;
    while !s.is_char_boundary(start) {
        start += 1;
    }
    &s[start..]
}

/// True when the word starts with an uppercase letter (any script with case).
pub(super) fn is_capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// True when the word starts with a lowercase letter.
pub(super) fn is_lowercase(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_lowercase)
}

/// FNV-1a, 64 bits: a stable id for a text without a hashing crate.
pub(super) fn fnv1a64(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_carry_their_byte_offsets() {
        let w: Vec<_> = words("  Luo  said é x").collect();
        assert_eq!(w, vec![(2, "Luo"), (7, "said"), (12, "é"), (15, "x")]);
    }

    #[test]
    fn a_prefix_never_cuts_a_character() {
        assert_eq!(prefix("éé", 3), "é");
    }

    #[test]
    fn fnv_of_the_empty_string_is_the_offset_basis() {
        assert_eq!(fnv1a64(""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a64("a"), 0xaf63_dc4c_8601_ec8c);
    }
}
