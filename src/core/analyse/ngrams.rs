//! N-gram machinery for formulations: word normalisation, the corpus flattened to word
//! hashes, the counting filter, candidate enumeration and merging of overlapping phrases.

use super::words::{hash_str, lower, tokenize_into, Word};
use crate::core::model::Readout;

pub(crate) const MIN_WORDS: usize = 3;
pub(crate) const MAX_WORDS: usize = 8;

/// Words a phrase may not start or end with.
pub(crate) fn is_stop(w: &str) -> bool {
    matches!(
        w,
        "a" | "an"
            | "the"
            | "of"
            | "and"
            | "or"
            | "to"
            | "in"
            | "on"
            | "for"
            | "with"
            | "by"
            | "at"
            | "as"
            | "from"
            | "into"
            | "that"
            | "this"
            | "these"
            | "those"
            | "is"
            | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "being"
            | "it"
            | "its"
            | "their"
            | "his"
            | "her"
            | "our"
            | "which"
            | "who"
            | "such"
            | "also"
            | "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "should"
            | "can"
            | "could"
            | "s"
            | "said"
            | "so"
            | "than"
            | "other"
            | "all"
            | "any"
            | "some"
            | "more"
            | "both"
            | "two"
            | "they"
            | "we"
            | "he"
            | "she"
            | "not"
            | "but"
            | "among"
            | "others"
            | "well"
            | "very"
    )
}

/// Normalised form of a lowercased word.
pub(crate) fn stem(w: &str) -> &str {
    if w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
    {
        &w[..w.len() - 1]
    } else {
        w
    }
}

pub(crate) const GRAM_SEED: u64 = 0x243F_6A88_85A3_08D3;

#[inline]
pub(crate) fn combine(h: u64, w: u64) -> u64 {
    (h.rotate_left(5) ^ w).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95)
}

/// Normalised word hashes and stop flags of the whole corpus, computed once (9 bytes a word)
/// so the later passes do not tokenize again.
pub(crate) struct Flat {
    pub(crate) hashes: Vec<u64>,
    pub(crate) stop: Vec<bool>,
    /// (readout, sentence, first word, end word) of each sentence with words.
    pub(crate) sentences: Vec<(u32, u32, u32, u32)>,
}

impl Flat {
    pub(crate) fn new() -> Flat {
        Flat {
            hashes: vec![],
            stop: vec![],
            sentences: vec![],
        }
    }

    /// Appends readout number `r`; readouts are pushed in order.
    pub(crate) fn push(&mut self, r: usize, readout: &Readout) {
        let mut words: Vec<Word> = vec![];
        let low = lower(&readout.text);
        for (si, s) in readout.sentences.iter().enumerate() {
            let Some(text) = low.get(s.span.start..s.span.end) else {
                continue;
            };
            words.clear();
            tokenize_into(text, &mut words);
            let first = self.hashes.len() as u32;
            for w in &words {
                let s = &text[w.start..w.end];
                self.hashes.push(hash_str(stem(s)));
                // Bare numbers ("2020") make poor phrase ends, like stop words.
                self.stop
                    .push(is_stop(s) || s.bytes().all(|b| b.is_ascii_digit()));
            }
            self.sentences
                .push((r as u32, si as u32, first, self.hashes.len() as u32));
        }
    }

    pub(crate) fn sentence(&self, k: usize) -> Sent<'_> {
        let (_, _, a, b) = self.sentences[k];
        Sent {
            hashes: &self.hashes[a as usize..b as usize],
            stop: &self.stop[a as usize..b as usize],
        }
    }
}

/// One sentence's slice of [`Flat`].
pub(crate) struct Sent<'a> {
    pub(crate) hashes: &'a [u64],
    pub(crate) stop: &'a [bool],
}

impl Sent<'_> {
    /// Hash of words `[i, i + n)`: a left fold, so [`for_candidates`] can extend it a word
    /// at a time and get the same value.
    pub(crate) fn gram(&self, i: usize, n: usize) -> u64 {
        self.hashes[i..i + n]
            .iter()
            .fold(GRAM_SEED, |h, &w| combine(h, w))
    }
}

/// Largest filter: 4 Mi slots, enough for tens of millions of windows.
const MAX_FILTER_BITS: u32 = 22;

/// Saturating 2-probe counting filter of 3-word windows per readout.
pub(crate) struct Filter {
    pub(crate) slots: Vec<u8>,
    mask: usize,
}

impl Filter {
    /// A filter for about `windows` 3-word windows: four slots a window, a power of two up to
    /// `MAX_FILTER_BITS`. Two readouts need a few KB, not the 4 MB that 10,000 need (a filter
    /// that is too small only lets more n-grams through to the exact count).
    pub(crate) fn sized_for(windows: usize) -> Filter {
        let bits = (windows.max(1) * 4)
            .next_power_of_two()
            .trailing_zeros()
            .clamp(10, MAX_FILTER_BITS);
        Filter {
            slots: vec![0; 1 << bits],
            mask: (1 << bits) - 1,
        }
    }

    pub(crate) fn probes(&self, h: u64) -> [usize; 2] {
        [
            (h as usize) & self.mask,
            ((h >> 32) as usize ^ (h >> 17) as usize) & self.mask,
        ]
    }
    pub(crate) fn seen_twice(&self, h: u64) -> bool {
        self.probes(h).iter().all(|&p| self.slots[p] >= 2)
    }
}

/// Calls `f(i, n, hash)` for n-grams whose every 3-word window passed the filter (a phrase
/// seen in two readouts has all its windows seen in two readouts); the hash is extended a
/// word at a time.
pub(crate) fn for_candidates(
    sw: &Sent,
    filter: &Filter,
    ok: &mut Vec<bool>,
    mut f: impl FnMut(usize, usize, u64),
) {
    let len = sw.hashes.len();
    ok.clear();
    ok.extend(
        (0..len.saturating_sub(MIN_WORDS - 1)).map(|i| filter.seen_twice(sw.gram(i, MIN_WORDS))),
    );
    for i in 0..ok.len() {
        let mut h = sw.gram(i, MIN_WORDS - 1);
        for n in MIN_WORDS..=MAX_WORDS.min(len - i) {
            if !ok[i + n - MIN_WORDS] {
                break;
            }
            h = combine(h, sw.hashes[i + n - 1]);
            f(i, n, h);
        }
    }
}

/// Overlapping word ranges with the same document frequency merged into maximal runs (one
/// phrase longer than the n-gram limit). Ranges of different frequency stay apart: a phrase
/// used widely can sit inside a longer one used in fewer readouts.
pub(crate) fn merge_runs(mut ranges: Vec<(usize, usize, u32)>) -> Vec<(usize, usize)> {
    ranges.sort_unstable_by_key(|&(a, b, c)| (c, a, b));
    let mut runs: Vec<(usize, usize, u32)> = vec![];
    for (a, b, c) in ranges {
        match runs.last_mut() {
            Some(last) if last.2 == c && a < last.1 => last.1 = last.1.max(b),
            _ => runs.push((a, b, c)),
        }
    }
    runs.into_iter().map(|(a, b, _)| (a, b)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stemming_drops_a_final_s_but_not_from_us_ss_or_is() {
        assert_eq!(stem("upholds"), "uphold");
        assert_eq!(stem("issues"), "issue");
        for w in ["us", "process", "status", "basis", "gas"] {
            assert_eq!(stem(w), w);
        }
    }

    #[test]
    fn only_overlapping_ranges_of_equal_frequency_merge() {
        assert_eq!(
            merge_runs(vec![(0, 8, 2), (4, 11, 2), (2, 6, 5)]),
            [(0, 11), (2, 6)]
        );
        assert_eq!(merge_runs(vec![(0, 3, 2), (3, 6, 2)]), [(0, 3), (3, 6)]);
    }

    #[test]
    fn numbers_and_stop_words_may_not_end_a_phrase() {
        assert!(is_stop("the") && is_stop("of") && !is_stop("multilateralism"));
    }
}
