//! Small hand-written scanners shared by the stages (no `regex`: it costs ~290 KB of wasm).
//!
//! Takes `&str`, gives words with byte offsets and case-insensitive phrase tests. Every function
//! slices only at ASCII bytes or at char boundaries it has checked, so none can panic.

/// A word of the text: its byte offset and the word itself (no surrounding whitespace).
pub(super) type Word<'a> = (usize, &'a str);

/// The whitespace-separated words of `s` with their byte offsets (ASCII whitespace, as
/// [`str::split_ascii_whitespace`] splits).
pub(super) fn words(s: &str) -> impl Iterator<Item = Word<'_>> {
    Words { s, at: 0 }
}

/// Appends the words of `s` to `out`, as [`words`] gives them (the loop the parser runs on
/// every text, kept free of an iterator's bookkeeping). Eight bytes are read at a time and the
/// lanes below 0x21 marked in one number (`x & 0x7f...7f` plus `0x5f...5f` has the high bit
/// of every lane of 0x21 to 0x7F, `x` that of every byte of 0x80 and above; no lane carries
/// into the next); each marked lane, lowest first, is told apart (a control character is no
/// space) and ends the word before it. Words are about five bytes long: a chunk holds one or
/// two ends, and a word costs its end and its push.
pub(super) fn push_words<'a>(s: &'a str, out: &mut Vec<Word<'a>>) {
    let b = s.as_bytes();
    let mut start = 0;
    let mut end = |k: usize, start: &mut usize| {
        if is_space(b[k]) {
            if k > *start {
                // Cut at ASCII bytes (the text's start or after a space, and before a space):
                // char boundaries, so the slice cannot fail (and needs no fallback).
                out.push((*start, &s[*start..k]));
            }
            *start = k + 1;
        }
    };
    let mut i = 0;
    while let Some(chunk) = b.get(i..i + 8) {
        let mut bytes = [0u8; 8];
        bytes.copy_from_slice(chunk);
        let x = u64::from_le_bytes(bytes);
        let mut low = !((x & !HIGH).wrapping_add(ONES * 0x5F) | x) & HIGH;
        while low != 0 {
            end(i + (low.trailing_zeros() / 8) as usize, &mut start);
            low &= low - 1;
        }
        i += 8;
    }
    while i < b.len() {
        end(i, &mut start);
        i += 1;
    }
    if b.len() > start {
        out.push((start, s.get(start..).unwrap_or("")));
    }
}

/// The words of a text's `words` (in text order, offsets in the text) that start in
/// `start..end`, as a range of their indices, looked for from index `from` on (no word before
/// `from` starts at or after `start`); and whether a word outside the range runs over `start`,
/// and whether the range's last word runs over `end`. The parser splits a text once and reads
/// a piece's words from it, where a word cut by the piece's edge tells the two apart.
pub(super) fn words_between(
    words: &[Word<'_>],
    from: usize,
    start: usize,
    end: usize,
) -> (std::ops::Range<usize>, bool, bool) {
    let ends = |i: usize| words[i].0 + words[i].1.len();
    // Read on word by word: the parser asks for its sentences in order, each a few words on
    // from the last. A long piece (the start of a body) is halved after its first words.
    let mut first = from;
    while first < words.len() && words[first].0 < start {
        first += 1;
    }
    let mut last = first;
    while last < words.len() && words[last].0 < end {
        if last - first == 32 {
            last += words[last..].partition_point(|w| w.0 < end);
            break;
        }
        last += 1;
    }
    let over_start = first > 0 && ends(first - 1) > start;
    let over_end = last > first && ends(last - 1) > end;
    (first..last, over_start, over_end)
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x8080_8080_8080_8080;

/// Where the first byte that `lanes` marks stands in `b` from `i` (`b.len()` if none): eight
/// bytes are read at a time as a little-endian number, and `lanes` turns on the high bit of
/// each lane it marks (it may mark a lane above a marked one, never below: the lowest is the
/// first). `is` tells a byte of a last piece shorter than eight.
#[inline(always)]
fn first_marked(
    b: &[u8],
    mut i: usize,
    lanes: impl Fn(u64) -> u64,
    is: impl Fn(u8) -> bool,
) -> usize {
    while let Some(chunk) = b.get(i..i + 8) {
        let mut bytes = [0u8; 8];
        bytes.copy_from_slice(chunk);
        let found = lanes(u64::from_le_bytes(bytes));
        if found != 0 {
            return i + (found.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < b.len() && !is(b[i]) {
        i += 1;
    }
    i
}

/// Where a run of visible ASCII with single spaces in it ends in `b` from `i` (`b.len()` if it
/// runs to the end): at a byte that is no visible ASCII (below 0x21, or 0x7F and above) and no
/// space followed by a visible byte. Eight bytes are read at a time (see [`first_marked`]), and
/// every lane is marked exactly: below 0x21 where `(x & 0x7f...7f) + 0x5f...5f | x` lacks the
/// high bit, 0x7F and above where `x | (x & 0x7f...7f) + 0x01...01` has it, a space where
/// `x ^ 0x20...20` is a zero lane (the same test of `+ 0x7f...7f`); a space is passed over
/// when the lane above it is visible. A space in a chunk's last lane, or in the last piece
/// shorter than eight, stops the scan: the caller looks at the byte after it (a readout's
/// words are short, so a scan that stopped at every space would stop at every word).
pub(super) fn next_unspaced(b: &[u8], i: usize) -> usize {
    let low7 = !HIGH;
    let marks = |x: u64| {
        let below = !((x & low7).wrapping_add(ONES * 0x5F) | x);
        let above = x | (x & low7).wrapping_add(ONES);
        let unseen = (below | above) & HIGH;
        let y = x ^ (ONES * 0x20);
        let space = !((y & low7).wrapping_add(low7) | y) & HIGH;
        (unseen & !space) | (space & (unseen >> 8)) | (space & (HIGH << 56))
    };
    first_marked(b, i, marks, |c| !(0x21..0x7f).contains(&c))
}

/// Where the first of `marks` stands in `b` from `i` (`b.len()` if none): the scan of every
/// byte for sentence ends (`.`, `!`, `?`) or clause marks (`:`, `;`), as in [`next_unspaced`]. A
/// byte equal to a mark is a zero lane of `x ^ mark`, which turns on the high bit of its lane
/// in `v - 0x01...01 & !v & 0x80...80`; the lowest lane so marked, over the marks, is the
/// first mark.
pub(super) fn next_of<const N: usize>(b: &[u8], i: usize, marks: [u8; N]) -> usize {
    let zero = |v: u64| v.wrapping_sub(ONES) & !v & HIGH;
    let any = |x: u64| {
        // Two marks that differ in one bit (":" and ";") or none are one test: a lane with
        // that bit set is one of them when it equals both marks with the bit set.
        let diff = marks.first().zip(marks.last()).map(|(a, b)| a ^ b);
        match diff {
            Some(d) if N == 2 && d.count_ones() <= 1 => {
                let (bit, both) = (u64::from(d), u64::from(marks[0] | d));
                zero((x | (ONES * bit)) ^ (ONES * both))
            }
            _ => marks
                .iter()
                .fold(0, |acc, &m| acc | zero(x ^ (ONES * u64::from(m)))),
        }
    };
    first_marked(b, i, any, |c| marks.contains(&c))
}

/// Where the first line break (`\n` or `\r`) stands in `b` from `i` (`b.len()` if none): the
/// bytes below 0x0E are found eight bytes at a time (below 0x0E where `(x & 0x7f...7f) +
/// 0x72...72 | x` lacks the high bit, exact in every lane), and each is told apart (a tab is
/// no break). One range test costs less than a test for each of the two bytes.
pub(super) fn next_line_break(b: &[u8], mut i: usize) -> usize {
    let below = |x: u64| !((x & !HIGH).wrapping_add(ONES * (0x80 - 0x0E)) | x) & HIGH;
    loop {
        i = first_marked(b, i, below, |c| c < 0x0E);
        match b.get(i) {
            Some(b'\n' | b'\r') | None => return i,
            Some(_) => i += 1,
        }
    }
}

/// False when no character of `b` (UTF-8) can be a Han character as [`super::is_han`] tells
/// it (U+3400..U+4DBF, U+4E00..U+9FFF, U+F900..U+FAFF): those start with a byte E3..E9 or EF.
/// Bytes E3 and above are found eight bytes at a time (a lane with the high bit whose low
/// seven bits reach 0x63 gets its high bit from `(x & 0x7f...7f) + 0x1d...1d`, which carries
/// into no other lane), and each is told apart; other bytes are passed over.
pub(super) fn may_hold_han(b: &[u8]) -> bool {
    let high = |x: u64| x & (x & !HIGH).wrapping_add(ONES * 0x1D) & HIGH;
    let lead = |c: u8| matches!(c, 0xE3..=0xE9 | 0xEF);
    let mut i = 0;
    loop {
        i = first_marked(b, i, high, |c| c >= 0xE3);
        match b.get(i) {
            None => return false,
            Some(&c) if lead(c) => return true,
            Some(_) => i += 1,
        }
    }
}

/// ASCII whitespace, as [`u8::is_ascii_whitespace`]: most bytes are above the space and are
/// told by one comparison.
#[inline]
fn is_space(c: u8) -> bool {
    c <= b' ' && matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')
}

/// The iterator of [`words`].
struct Words<'a> {
    s: &'a str,
    at: usize,
}

impl<'a> Iterator for Words<'a> {
    type Item = Word<'a>;

    fn next(&mut self) -> Option<Word<'a>> {
        let b = self.s.as_bytes();
        let space = is_space;
        let mut i = self.at;
        while i < b.len() && space(b[i]) {
            i += 1;
        }
        if i == b.len() {
            self.at = i;
            return None;
        }
        let start = i;
        while i < b.len() && !space(b[i]) {
            i += 1;
        }
        self.at = i;
        // Cut at ASCII bytes: char boundaries.
        Some((start, self.s.get(start..i).unwrap_or("")))
    }
}

/// `s` with every `from` replaced by `to`, as [`str::replace`] writes it (the leftmost matches
/// that do not overlap), found by a byte scan for `from`'s first byte: `str::replace` sets up a
/// substring searcher for every call, which costs more than a short template. A match starts
/// at `from`'s first byte, which starts a character, and ends with `from`: each cut is a char
/// boundary.
pub(super) fn replace(s: &str, from: &str, to: &str) -> String {
    let (b, f) = (s.as_bytes(), from.as_bytes());
    let Some(&first) = f.first() else {
        return s.replace(from, to);
    };
    let mut out = String::with_capacity(s.len() + to.len());
    let (mut last, mut i) = (0, 0);
    while i + f.len() <= b.len() {
        if b[i] == first && b[i..].starts_with(f) {
            out.push_str(s.get(last..i).unwrap_or(""));
            out.push_str(to);
            i += f.len();
            last = i;
        } else {
            i += 1;
        }
    }
    out.push_str(s.get(last..).unwrap_or(""));
    out
}

/// `w` without the punctuation that may cling to a word ("said," -> "said").
#[inline]
pub(super) fn bare(w: &str) -> &str {
    // Bytes, not chars: every mark trimmed is ASCII, so each cut is a char boundary (the
    // parser bares most words it reads, several times).
    let edge = |b: u8| {
        matches!(
            b,
            b',' | b';' | b':' | b'"' | b'\'' | b'(' | b')' | b'!' | b'?'
        )
    };
    let b = w.as_bytes();
    // Most words have nothing to trim: told by their two ends, with no cut to check.
    match (b.first(), b.last()) {
        (Some(&f), Some(&l)) if !edge(f) && !edge(l) && l != b'.' => return w,
        _ => {}
    }
    let (mut start, mut end) = (0, b.len());
    while start < end && edge(b[start]) {
        start += 1;
    }
    while end > start && edge(b[end - 1]) {
        end -= 1;
    }
    while end > start && b[end - 1] == b'.' {
        end -= 1;
    }
    w.get(start..end).unwrap_or("")
}

/// `s` without the ASCII `marks` at either end, as `str::trim_matches` with those characters
/// gives it, byte by byte (a char pattern decodes each character it reads; every cut is at an
/// ASCII byte, so a char boundary).
pub(super) fn trim_marks<'a>(s: &'a str, marks: &[u8]) -> &'a str {
    let b = s.as_bytes();
    let start = b.iter().position(|c| !marks.contains(c)).unwrap_or(b.len());
    let end = b
        .iter()
        .rposition(|c| !marks.contains(c))
        .map_or(start, |e| e + 1);
    s.get(start..end).unwrap_or("")
}

/// `s` without the ASCII `marks` at its start, as `str::trim_start_matches` with those
/// characters gives it, byte by byte (the cut is after an ASCII byte: a char boundary).
pub(super) fn trim_start_marks<'a>(s: &'a str, marks: &[u8]) -> &'a str {
    let b = s.as_bytes();
    let start = b.iter().position(|c| !marks.contains(c)).unwrap_or(b.len());
    s.get(start..).unwrap_or("")
}

/// `s` without the ASCII `marks` at its end, as `str::trim_end_matches` with those characters
/// gives it, byte by byte.
pub(super) fn trim_end_marks<'a>(s: &'a str, marks: &[u8]) -> &'a str {
    let b = s.as_bytes();
    let end = b
        .iter()
        .rposition(|c| !marks.contains(c))
        .map_or(0, |e| e + 1);
    s.get(..end).unwrap_or("")
}

/// `s` without `suffix`, as [`str::strip_suffix`] gives it, compared byte by byte from the
/// last (the suffixes asked are a few bytes: a call to compare them costs more, and most
/// words differ in their last byte). Where the bytes match, the cut is a char boundary.
pub(super) fn strip_suffix<'a>(s: &'a str, suffix: &str) -> Option<&'a str> {
    let (b, x) = (s.as_bytes(), suffix.as_bytes());
    let cut = b.len().checked_sub(x.len())?;
    let same = b[cut..]
        .iter()
        .rev()
        .zip(x.iter().rev())
        .all(|(c, d)| c == d);
    same.then(|| s.get(..cut)).flatten()
}

/// True when `a == b`, told first by the length and the first byte (the whole compare is a
/// call).
#[inline]
pub(super) fn same(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.as_bytes().first() == b.as_bytes().first() && a == b
}

/// The pieces of `s` between the bytes `sep` (ASCII), as `s.split(sep as char)` gives them,
/// found by a byte loop: the pieces asked for are a few words, where a search would set
/// up a searcher for each.
pub(super) fn pieces(s: &str, sep: u8) -> impl Iterator<Item = &str> {
    debug_assert!(sep.is_ascii());
    let b = s.as_bytes();
    let mut at = Some(0);
    std::iter::from_fn(move || {
        let start = at?;
        let end = b[start..]
            .iter()
            .position(|&c| c == sep)
            .map_or(b.len(), |k| start + k);
        at = (end < b.len()).then_some(end + 1);
        // Cut at an ASCII byte: a char boundary.
        s.get(start..end)
    })
}

/// The first piece of `s` before the byte `sep` (ASCII), as `s.split(sep as char).next()`.
pub(super) fn first_piece(s: &str, sep: u8) -> &str {
    let end = s.bytes().position(|c| c == sep).unwrap_or(s.len());
    s.get(..end).unwrap_or("")
}

/// True when `words` (already bare) start with every word of `phrase`, ignoring ASCII case.
/// Only the phrase's last word may carry trailing punctuation in the text.
pub(super) fn starts_with_phrase(words: &[&str], phrase: &str) -> bool {
    let mut n = 0;
    for (i, p) in pieces(phrase, b' ').enumerate() {
        match words.get(i) {
            Some(w) if eq_ignore_case(bare(w), p) => n += 1,
            _ => return false,
        }
    }
    n > 0
}

/// `a.eq_ignore_ascii_case(b)`, told first by the length and the first byte: most pairs a
/// table search compares differ there, and the whole compare is a call.
#[inline]
pub(super) fn eq_ignore_case(a: &str, b: &str) -> bool {
    let (x, y) = (a.as_bytes(), b.as_bytes());
    x.len() == y.len()
        && x.first().map(u8::to_ascii_lowercase) == y.first().map(u8::to_ascii_lowercase)
        && x.eq_ignore_ascii_case(y)
}

/// True when `s` starts with `prefix` (not empty), ignoring ASCII case. The bytes are compared
/// from the first on, so most lines are rejected on their first byte: cheap over long lists of
/// prefixes.
pub(super) fn starts_with_ignore_case(s: &str, prefix: &str) -> bool {
    !prefix.is_empty()
        && s.as_bytes().get(..prefix.len()).is_some_and(|head| {
            // The first byte alone, inline, before the call that compares them all.
            head[0].eq_ignore_ascii_case(&prefix.as_bytes()[0])
                && head.eq_ignore_ascii_case(prefix.as_bytes())
        })
}

/// True when `s` is at most `most` words, each capitalised and made of `letter`s (a comma
/// after a word aside): "Ottawa, Ontario", "New Delhi", "Global Affairs Canada".
pub(super) fn capitalised_words(s: &str, most: usize, letter: impl Fn(char) -> bool) -> bool {
    let mut n = 0;
    s.split(' ').all(|w| {
        n += 1;
        let w = w.trim_end_matches(',');
        n <= most && is_capitalised(w) && w.chars().all(&letter)
    })
}

/// True when `s` holds `needle`, compared ignoring ASCII case.
pub(super) fn contains_ignore_case(s: &str, needle: &str) -> bool {
    let (h, n) = (s.as_bytes(), needle.as_bytes());
    n.is_empty() || h.windows(n.len()).any(|w| w.eq_ignore_ascii_case(n))
}

/// True when `s` ends with `suffix` (not empty), ignoring ASCII case. Where it does,
/// `s.len() - suffix.len()` is a char boundary (only ASCII bytes differ in case).
pub(super) fn ends_with_ignore_case(s: &str, suffix: &str) -> bool {
    !suffix.is_empty()
        && s.len() >= suffix.len()
        && s.as_bytes()[s.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
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
    w.chars().next().is_some_and(crate::core::case::is_upper)
}

/// True when the word starts with a lowercase letter.
pub(super) fn is_lowercase(w: &str) -> bool {
    w.chars().next().is_some_and(crate::core::case::is_lower)
}

/// FNV-1a, 64 bits: a stable id for a text without a hashing crate.
pub(super) fn fnv1a64(s: &str) -> u64 {
    let step = |h: u64, b: &u8| (h ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3);
    // Eight bytes a round, unrolled: the loop's own count and test once per chunk.
    let chunks = s.as_bytes().chunks_exact(8);
    let rest = chunks.remainder();
    let h = chunks.fold(0xcbf2_9ce4_8422_2325, |h, c| c.iter().fold(h, step));
    rest.iter().fold(h, step)
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
    fn words_split_where_split_ascii_whitespace_splits() {
        let s = " a\tb\r\nc\x0cd\x0be\u{a0}f  \u{3000}g ";
        let ours: Vec<&str> = words(s).map(|w| w.1).collect();
        assert_eq!(ours, s.split_ascii_whitespace().collect::<Vec<_>>());
        let mut pushed = vec![];
        push_words(s, &mut pushed);
        assert_eq!(pushed, words(s).collect::<Vec<_>>());
        // Every byte below 0x22 in every lane of a chunk, between letters.
        for c in 0u8..0x22 {
            for at in 0..17 {
                let mut t = "abcdefghijklmnopq".as_bytes().to_vec();
                t.insert(at, c);
                let t = String::from_utf8(t).unwrap_or_default();
                let mut pushed = vec![];
                push_words(&t, &mut pushed);
                assert_eq!(pushed, words(&t).collect::<Vec<_>>(), "{c} at {at}");
                let split: Vec<&str> = t.split_ascii_whitespace().collect();
                assert_eq!(pushed.iter().map(|w| w.1).collect::<Vec<_>>(), split);
            }
        }
        assert_eq!(words("").count(), 0);
        assert_eq!(words("   ").count(), 0);
    }

    #[test]
    fn words_between_gives_the_words_that_start_in_a_range_and_tells_a_cut() {
        let text = "Luo met Brell. Both sides agreed.";
        let w: Vec<Word> = words(text).collect();
        assert_eq!(words_between(&w, 0, 0, 14), (0..3, false, false));
        assert_eq!(words_between(&w, 3, 15, text.len()), (3..6, false, false));
        // "Brell." is cut at its end by a range ending inside it, "met" at its start.
        assert_eq!(words_between(&w, 0, 0, 10), (0..3, false, true));
        assert_eq!(words_between(&w, 0, 5, 14), (2..3, true, false));
        assert_eq!(words_between(&w, 6, 40, 50), (6..6, false, false));
        // A long piece, past the word-by-word reading: the same as reading on one by one.
        let long = "word ".repeat(50);
        let w: Vec<Word> = words(&long).collect();
        assert_eq!(words_between(&w, 0, 0, long.len()), (0..50, false, false));
        assert_eq!(words_between(&w, 0, 5, 202), (1..41, false, true));
    }

    #[test]
    fn replace_writes_what_str_replace_writes() {
        for (s, from, to) in [
            ("{hosts} Meets with {guests}", "{hosts}", "A and B"),
            ("{name} of {country}", "{country}", "Chad"),
            ("{x}{x}{x}", "{x}", "{x}"),
            ("aaaa", "aa", "b"),
            ("aaa", "aa", ""),
            ("", "{x}", "y"),
            ("é{x}é", "{x}", "ü"),
            ("中{国}中", "中", "x"),
            ("abc", "", "-"),
            ("ab", "abc", "x"),
        ] {
            assert_eq!(replace(s, from, to), s.replace(from, to), "{s} {from} {to}");
        }
    }

    #[test]
    fn next_unspaced_ends_a_run_of_visible_ascii_and_single_spaces() {
        let visible = |c: u8| (0x21..0x7f).contains(&c);
        // Every byte of the run before the stop is visible, or a space before a visible byte
        // of the run; the stop is no visible byte, and comes no later than the first space
        // not followed by a visible byte or other byte that is not visible.
        let check = |b: &[u8], i: usize| {
            let r = next_unspaced(b, i);
            assert!(r >= i && r <= b.len());
            for k in i..r {
                assert!(visible(b[k]) || b[k] == b' ' && k + 1 < r && visible(b[k + 1]));
            }
            assert!(r == b.len() || !visible(b[r]), "{b:?} from {i}: {r}");
            let first_bad = (i..b.len())
                .find(|&k| {
                    !(visible(b[k]) || b[k] == b' ' && b.get(k + 1).is_some_and(|&c| visible(c)))
                })
                .unwrap_or(b.len());
            assert!(r <= first_bad, "{b:?} from {i}: {r} past {first_bad}");
        };
        for stop in [
            b' ', b'\n', 0x00, 0x1F, 0x20, 0x21, 0x7E, 0x7F, 0x80, 0xE4, 0xFF,
        ] {
            for next in [b' ', b'a', 0x00, 0x7F, 0x80, 0x21, 0x7E] {
                for at in 0..20 {
                    let mut b = vec![b'a'; 20];
                    b[at] = stop;
                    if at + 1 < 20 {
                        b[at + 1] = next;
                    }
                    for i in 0..=at.min(19) {
                        check(&b, i);
                    }
                }
            }
        }
        // Single spaces between words are passed over in a chunk.
        let s = b"Both sides agreed to keep in close touch. ";
        let r = next_unspaced(s, 0);
        assert!(r >= 15, "{r}");
        check(s, 0);
        assert_eq!(next_unspaced(b"", 0), 0);
        assert_eq!(next_unspaced(b"abc", 3), 3);
        assert_eq!(next_unspaced(b"ab  cdefghijkl", 0), 2);
    }

    #[test]
    fn next_of_finds_the_first_mark_in_every_lane() {
        const STOPS: [u8; 3] = [b'.', b'!', b'?'];
        let naive = |b: &[u8], i: usize| {
            (i..b.len())
                .find(|&k| STOPS.contains(&b[k]))
                .unwrap_or(b.len())
        };
        // Every byte in every lane of two chunks and the tail, after a byte one below or
        // above a mark (a borrow must not make a lane look like a mark).
        for c in 0u8..=255 {
            for at in 0..19 {
                let mut t = b"-/ > @ -/ > @ -/ >@ ".to_vec();
                t[at] = c;
                for from in [0, 3, 8] {
                    assert_eq!(next_of(&t, from, STOPS), naive(&t, from), "{c} at {at}");
                }
            }
        }
        // Two marks one bit apart, and one mark given twice.
        for c in 0u8..=255 {
            for at in 0..19 {
                let mut t = b"9<8:;<z{;:,-+,".repeat(2);
                t.truncate(19);
                t[at] = c;
                for from in [0, 3, 8] {
                    let first = |m: &[u8]| {
                        (from..t.len())
                            .find(|&k| m.contains(&t[k]))
                            .unwrap_or(t.len())
                    };
                    assert_eq!(next_of(&t, from, [b':', b';']), first(b":;"));
                    assert_eq!(next_of(&t, from, [b',', b',']), first(b","));
                    let breaks = (from..t.len())
                        .find(|&k| t[k] == b'\n' || t[k] == b'\r')
                        .unwrap_or(t.len());
                    assert_eq!(next_line_break(&t, from), breaks, "{c} at {at}");
                }
            }
        }
        assert_eq!(next_of(b"", 0, STOPS), 0);
        assert_eq!(next_of(b"ab. cd! ef?", 0, STOPS), 2);
        assert_eq!(next_of(b"a, b; c: d", 0, [b':', b';']), 4);
    }

    #[test]
    fn may_hold_han_finds_every_lead_byte_of_a_han_character() {
        let han = |b: &[u8]| {
            std::str::from_utf8(b).is_ok_and(|s| s.chars().any(crate::core::parse::is_han))
        };
        // Every byte in every lane of two chunks and the tail, after bytes one below the
        // lowest lead byte and around the others.
        for c in 0u8..=255 {
            for at in 0..19 {
                let mut t =
                    [0xE2u8, 0x62, 0xE2, 0x63, 0xF0, 0x80, 0xEA, 0x7F, 0xE2, 0x61].repeat(2);
                t.truncate(19);
                t[at] = c;
                let leads = t.iter().any(|&b| matches!(b, 0xE3..=0xE9 | 0xEF));
                assert_eq!(may_hold_han(&t), leads, "{c:#x} at {at}");
            }
        }
        for s in [
            "",
            "abc",
            "“Luo” — said é",
            "中",
            "a 丝",
            "㐀",
            "豈",
            "한국어",
            "😀 ok",
        ] {
            assert!(may_hold_han(s.as_bytes()) || !han(s.as_bytes()), "{s}");
        }
        assert!(!may_hold_han("“Luo” — Ngô, café 😀 한".as_bytes()));
        assert!(may_hold_han("Luo said “中国” .".as_bytes()));
    }

    #[test]
    fn bare_trims_clinging_punctuation_only() {
        assert_eq!(bare("(said),"), "said");
        assert_eq!(bare("Mr.\")"), "Mr");
        assert_eq!(bare("U.S."), "U.S");
        assert_eq!(bare("\"é!"), "é");
        assert_eq!(bare("(.)"), "");
        assert_eq!(bare(",;"), "");
    }

    #[test]
    fn ends_with_ignore_case_compares_the_last_bytes() {
        assert!(ends_with_ignore_case("Foreign minister", "Minister"));
        assert!(ends_with_ignore_case("Minister", "MINISTER"));
        assert!(!ends_with_ignore_case("é", "x"));
        assert!(!ends_with_ignore_case("Minister", ""));
        assert!(!ends_with_ignore_case("ter", "Minister"));
    }

    #[test]
    fn trim_marks_trims_as_trim_matches_does() {
        for s in [
            "(VNA).",
            "()",
            "",
            ".(Xinhua)",
            "é(",
            "(é)",
            "a.b",
            ")).x.((",
        ] {
            assert_eq!(
                trim_marks(s, b"()."),
                s.trim_matches(['(', ')', '.']),
                "{s:?}"
            );
            let ends = ['(', ')', '.'];
            assert_eq!(trim_start_marks(s, b"()."), s.trim_start_matches(ends));
            assert_eq!(trim_end_marks(s, b"()."), s.trim_end_matches(ends));
        }
    }

    #[test]
    fn pieces_are_what_split_gives() {
        for s in [
            "",
            " ",
            "a",
            "a b",
            " a  b ",
            "é b",
            "two sides",
            "a,b,,c",
            "中 文",
        ] {
            for sep in [b' ', b','] {
                let ours: Vec<&str> = pieces(s, sep).collect();
                assert_eq!(ours, s.split(char::from(sep)).collect::<Vec<_>>(), "{s:?}");
                assert_eq!(Some(first_piece(s, sep)), s.split(char::from(sep)).next());
            }
        }
    }

    #[test]
    fn strip_suffix_and_same_agree_with_str() {
        for s in [
            "", "a", "China's", "Chinas'", "é's", "'s", "s", "’s", "x’s", "Japan",
        ] {
            for x in [
                "", "'s", "'", "’s", "s", "Japan", "é's", "China's", "xChina's",
            ] {
                assert_eq!(strip_suffix(s, x), s.strip_suffix(x), "{s} {x}");
                assert_eq!(same(s, x), s == x, "{s} {x}");
            }
        }
    }

    #[test]
    fn a_prefix_never_cuts_a_character() {
        assert_eq!(prefix("éé", 3), "é");
    }

    #[test]
    fn a_prefix_matches_in_any_ascii_case_and_never_past_the_end() {
        assert!(starts_with_ignore_case("SHARE this page", "share"));
        assert!(starts_with_ignore_case("Share", "share"));
        assert!(!starts_with_ignore_case("Sha", "share"));
        assert!(!starts_with_ignore_case("Shore this", "share"));
        assert!(!starts_with_ignore_case("anything", ""));
        // A multi-byte letter compares byte for byte, not folded.
        assert!(starts_with_ignore_case("Élysée Palace", "Élysée"));
        assert!(!starts_with_ignore_case("élysée Palace", "Élysée"));
    }

    #[test]
    fn fnv_of_the_empty_string_is_the_offset_basis() {
        assert_eq!(fnv1a64(""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a64("a"), 0xaf63_dc4c_8601_ec8c);
    }
}
