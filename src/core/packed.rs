//! Packed word tables: the words of a static table as one string, written with `words!`.
//!
//! Takes the words of a table as literals, gives a [`Words`] that lists them. A table written
//! as `&[&str]` stores a pointer and a length (8 bytes in wasm) for every word besides its
//! text, and those numbers are most of what the shipped module's data does not compress; a
//! packed table stores its text once, the words joined by [`SEP`], and splits it into a slice
//! on first use, so the stages read it as they read a slice.

use std::sync::OnceLock;

/// What joins the words of a packed table: the ASCII unit separator, which no text of a table
/// holds (`words!` refuses a word that does, when the program is compiled).
pub const SEP: char = '\u{1f}';

/// Words joined by [`SEP`], read by a byte scan: for a table read once into an index, or
/// rarely (a country's aliases), where a [`Words`]'s list would cost more than it saves.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Joined(&'static str);

impl Joined {
    /// The words, in the order written.
    pub fn iter(self) -> Iter {
        Iter(self.0)
    }

    /// True when `word` is one of the words, as written.
    pub fn contains(self, word: &str) -> bool {
        self.iter().any(|w| w == word)
    }

    /// The first word ("" for none), when the program is compiled too.
    pub const fn first(self) -> &'static str {
        let b = self.0.as_bytes();
        let mut i = 0;
        while i < b.len() && b[i] != SEP as u8 {
            i += 1;
        }
        // The separator is ASCII: the bytes before it are whole characters.
        match std::str::from_utf8(b.split_at(i).0) {
            Ok(s) => s,
            Err(_) => "",
        }
    }
}

impl IntoIterator for Joined {
    type Item = &'static str;
    type IntoIter = Iter;

    fn into_iter(self) -> Iter {
        self.iter()
    }
}

impl std::fmt::Debug for Joined {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

/// The words of a [`Joined`], in order: a byte scan for the separator (`str::split` costs
/// several times as many instructions per word for words this short).
#[derive(Clone, Debug)]
pub struct Iter(&'static str);

impl Iterator for Iter {
    type Item = &'static str;

    fn next(&mut self) -> Option<&'static str> {
        if self.0.is_empty() {
            return None;
        }
        let b = self.0.as_bytes();
        let mut end = 0;
        while end < b.len() && b[end] != SEP as u8 {
            end += 1;
        }
        let (word, rest) = self.0.split_at(end);
        self.0 = rest.get(1..).unwrap_or("");
        Some(word)
    }
}

/// A packed table: its words joined by [`SEP`], and the list of them split on first use.
pub struct Packed {
    text: Joined,
    list: OnceLock<Box<[&'static str]>>,
}

impl Packed {
    /// The table packed in `text`, which must hold `n` words, none of them empty: called by
    /// `words!` in a static, so a word holding [`SEP`] fails the build.
    pub const fn checked(text: &'static str, n: usize) -> Packed {
        Packed {
            text: Joined::checked(text, n),
            list: OnceLock::new(),
        }
    }
}

impl Joined {
    /// The words packed in `text`, which must hold `n` words, none of them empty: called by
    /// `joined!` in a constant, so a word holding [`SEP`] fails the build.
    pub const fn checked(text: &'static str, n: usize) -> Joined {
        let b = text.as_bytes();
        let sep = SEP as u8;
        let mut seps = 0;
        let mut i = 0;
        while i < b.len() {
            if b[i] == sep {
                assert!(i > 0 && i + 1 < b.len() && b[i + 1] != sep, "an empty word");
                seps += 1;
            }
            i += 1;
        }
        assert!(b.is_empty() || seps + 1 == n, "a word holds the separator");
        assert!(!b.is_empty() || n == 0, "an empty word");
        Joined(text)
    }
}

static NO_WORDS: Packed = Packed::checked("", 0);

/// The words of a static table, in the order written. It derefs to a slice of them, split
/// from the packed text on first use: the stages read a table per word or per sentence, and a
/// slice is read as fast as the `&[&str]` it replaces.
#[derive(Clone, Copy)]
pub struct Words(&'static Packed);

impl Words {
    /// The table of no words.
    pub const EMPTY: Words = Words(&NO_WORDS);

    /// A table made by `words!` (use that).
    pub const fn of(packed: &'static Packed) -> Words {
        Words(packed)
    }

    /// The words, as a slice that lives as long as the program.
    pub fn list(self) -> &'static [&'static str] {
        let p: &'static Packed = self.0;
        p.list.get_or_init(|| p.text.iter().collect())
    }

    /// The words, in the order written, as `&'static str`.
    pub fn iter(self) -> std::iter::Copied<std::slice::Iter<'static, &'static str>> {
        self.list().iter().copied()
    }

    /// True when `word` is one of the words, as written. A word is told from most of the
    /// table by its length and first byte, before its bytes are compared (no word of a table
    /// is empty).
    pub fn contains<S: AsRef<str> + ?Sized>(self, word: &S) -> bool {
        let word = word.as_ref().as_bytes();
        let Some(first) = word.first() else {
            return false;
        };
        self.list().iter().any(|w| {
            let w = w.as_bytes();
            w.len() == word.len() && w.first() == Some(first) && w == word
        })
    }

    /// True when `word` is one of the words, ignoring ASCII case.
    pub fn contains_ignore_case(self, word: &str) -> bool {
        // Told by length and first letter before the whole compare: most words differ there.
        let first = word.as_bytes().first().map(u8::to_ascii_lowercase);
        self.list().iter().any(|w| {
            w.len() == word.len()
                && w.as_bytes().first().map(u8::to_ascii_lowercase) == first
                && w.eq_ignore_ascii_case(word)
        })
    }

    /// The packed text, the words joined by [`SEP`].
    pub fn text(self) -> &'static str {
        self.0.text.0
    }
}

impl std::ops::Deref for Words {
    type Target = [&'static str];

    fn deref(&self) -> &[&'static str] {
        self.list()
    }
}

impl IntoIterator for Words {
    type Item = &'static str;
    type IntoIter = std::iter::Copied<std::slice::Iter<'static, &'static str>>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl std::fmt::Debug for Words {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

/// A packed table of the string literals given: `words!["met with", "stressed"]`. The words
/// are joined when the program is compiled and checked there (none empty, none holding
/// [`SEP`]).
macro_rules! words {
    () => {
        $crate::core::packed::Words::EMPTY
    };
    ($first:literal $(, $rest:literal)* $(,)?) => {{
        static P: $crate::core::packed::Packed = $crate::core::packed::Packed::checked(
            concat!($first $(, '\u{1f}', $rest)*),
            [$first $(, $rest)*].len(),
        );
        $crate::core::packed::Words::of(&P)
    }};
}
pub(crate) use words;

/// A [`Joined`] of the string literals given, joined and checked as `words!` does.
macro_rules! joined {
    () => {
        $crate::core::packed::Joined::checked("", 0)
    };
    ($first:literal $(, $rest:literal)* $(,)?) => {{
        const J: $crate::core::packed::Joined = $crate::core::packed::Joined::checked(
            concat!($first $(, '\u{1f}', $rest)*),
            [$first $(, $rest)*].len(),
        );
        J
    }};
}
pub(crate) use joined;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_packed_table_lists_its_words_in_order() {
        let w = words!["met with", "stressed", "中文", "|"];
        assert_eq!(
            w.iter().collect::<Vec<_>>(),
            ["met with", "stressed", "中文", "|"]
        );
        assert_eq!(w.len(), 4);
        assert!(w.contains("stressed") && w.contains(&"|") && !w.contains("met"));
        assert!(w.contains_ignore_case("STRESSED") && !w.contains("with\u{1f}stressed"));
        assert_eq!(w.text(), "met with\u{1f}stressed\u{1f}中文\u{1f}|");
    }

    #[test]
    fn joined_words_are_read_by_a_scan() {
        let j = joined!["Viet Nam", "Socialist Republic of Vietnam"];
        assert_eq!(
            j.iter().collect::<Vec<_>>(),
            ["Viet Nam", "Socialist Republic of Vietnam"]
        );
        assert!(j.contains("Viet Nam") && !j.contains("Viet"));
        assert_eq!(
            (j.first(), joined!["中国"].first(), joined![].first()),
            ("Viet Nam", "中国", "")
        );
        assert_eq!(joined![].iter().count(), 0);
    }

    #[test]
    fn the_empty_table_has_no_words() {
        assert_eq!(words![].iter().count(), 0);
        assert!(words![].is_empty() && !words![].contains(""));
        assert_eq!(words!["a"].iter().collect::<Vec<_>>(), ["a"]);
    }

    #[test]
    #[should_panic(expected = "a word holds the separator")]
    fn a_word_holding_the_separator_is_refused() {
        // What `words!["a\u{1f}b"]` would pack: one word, two by the separator.
        Packed::checked("a\u{1f}b", 1);
    }

    #[test]
    #[should_panic(expected = "an empty word")]
    fn an_empty_word_is_refused() {
        Packed::checked("a\u{1f}\u{1f}b", 3);
    }
}
