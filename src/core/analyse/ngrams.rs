//! N-gram machinery for formulations: word normalisation, the corpus flattened to word
//! hashes, the counting filter, candidate enumeration, the closure test that keeps a phrase
//! and the joining of the pieces of a passage longer than the n-gram cap.

use super::lang::{en, zh};
use super::name_words::NameWords;
use super::words::{fx_combine, hash_str, FxMap, Gap, Script, Tokens};
use crate::core::model::Readout;
use std::sync::OnceLock;

pub(crate) const MIN_WORDS: usize = 3;
/// The longest n-gram counted exactly: longer than nearly every sentence stretch (a Chinese
/// stretch ends at its first comma), so the cap only shows on long repeated passages, whose
/// 64-word pieces are joined (see [`merge_runs`] and the formulations' module docs).
pub(crate) const MAX_WORDS: usize = 64;

/// A word may not start a phrase.
pub(crate) const NO_START: u8 = 1;
/// A word may not end a phrase.
pub(crate) const NO_END: u8 = 2;
/// A Han character: a phrase with one needs [`MIN_HAN_WORDS`] words.
pub(crate) const HAN: u8 = 4;

/// Chinese phrases are runs of characters: a formulation has at least four (人类命运共同体,
/// 一带一路), where three English words already make one.
pub(crate) const MIN_HAN_WORDS: usize = 4;

/// Stop flags by word hash, from the language tables (`super::lang`).
fn stop_table() -> &'static FxMap<u64, u8> {
    static TABLE: OnceLock<FxMap<u64, u8>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = FxMap::default();
        for w in en::STOP_WORDS {
            t.insert(hash_str(w), NO_START | NO_END);
        }
        let mut buf = [0u8; 4];
        for (chars, flag) in [(zh::STOP_START, NO_START), (zh::STOP_END, NO_END)] {
            for c in chars.chars() {
                *t.entry(hash_str(c.encode_utf8(&mut buf))).or_insert(0) |= flag;
            }
        }
        t
    })
}

/// The phrase flags of a word's key: a stop word, a bare number (a poor phrase end, like a
/// stop word), a Han character.
pub(crate) fn flags_of(key: &str, script: Script) -> u8 {
    let mut f = stop_table().get(&hash_str(key)).copied().unwrap_or(0);
    if key.bytes().all(|b| b.is_ascii_digit()) {
        f |= NO_START | NO_END;
    }
    if script == Script::Han {
        f |= HAN;
    }
    f
}

/// Whether words `[i, i + n)` with these flags may be a phrase: no stop word at either end,
/// and enough words when one is a Han character.
#[inline]
pub(crate) fn phrase_ok(flags: &[u8], i: usize, n: usize) -> bool {
    flags[i] & NO_START == 0
        && flags[i + n - 1] & NO_END == 0
        && (n >= MIN_HAN_WORDS || flags[i..i + n].iter().all(|f| f & HAN == 0))
}

/// Where a phrase may not run on: punctuation next to a Han character ("合作，共赢" is two
/// phrases). English phrases run over commas, as they always have ("peace, stability").
pub(crate) fn breaks_before(tokens: &Tokens, i: usize) -> bool {
    let w = tokens.words();
    i > 0 && w[i].gap == Gap::Mark && (w[i].script == Script::Han || w[i - 1].script == Script::Han)
}

/// Normalised form of a word's key (a Han character is its own stem).
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

/// Normalised word hashes and phrase flags of the whole corpus, computed once (9 bytes a
/// word) so the later passes do not tokenize again.
pub(crate) struct Flat {
    pub(crate) hashes: Vec<u64>,
    pub(crate) flags: Vec<u8>,
    /// Each stretch of a sentence a phrase may run over (a whole English sentence; a Chinese
    /// one is cut at its punctuation): readout, sentence, first and end word in `hashes`, and
    /// the number of the stretch's first word among the sentence's words.
    pub(crate) sentences: Vec<Stretch>,
    /// The readout's participants' names, which no phrase runs over.
    names: NameWords,
}

/// See [`Flat::sentences`].
#[derive(Debug, Clone, Copy)]
pub(crate) struct Stretch {
    pub(crate) readout: u32,
    pub(crate) sentence: u32,
    pub(crate) first: u32,
    pub(crate) end: u32,
    pub(crate) word: u32,
}

impl Flat {
    pub(crate) fn new() -> Flat {
        Flat {
            hashes: vec![],
            flags: vec![],
            sentences: vec![],
            names: NameWords::default(),
        }
    }

    /// Appends readout number `r`; readouts are pushed in order. A participant's name ends a
    /// stretch and the next one starts after it (`name_words.rs`): a name is no part of a
    /// formulation. The reference finder reads the same stretches.
    pub(crate) fn push(&mut self, r: usize, readout: &Readout, tokens: &mut Tokens) {
        let names = readout.participants.iter().map(|p| p.name.as_str());
        self.names.set(names, tokens);
        for (si, s) in readout.sentences.iter().enumerate() {
            let Some(text) = readout.text.get(s.span.start..s.span.end) else {
                continue;
            };
            tokens.tokenize(text);
            let (mut from, mut i) = (0, 0);
            while i < tokens.len() {
                let name = self.names.len_at(tokens, text, i);
                if name > 0 {
                    self.stretch(r, si, from, i, tokens);
                    i += name;
                    from = i;
                    continue;
                }
                if breaks_before(tokens, i) {
                    self.stretch(r, si, from, i, tokens);
                    from = i;
                }
                i += 1;
            }
            self.stretch(r, si, from, tokens.len(), tokens);
        }
    }

    fn stretch(&mut self, r: usize, si: usize, from: usize, to: usize, tokens: &Tokens) {
        if from == to {
            return;
        }
        let first = self.hashes.len() as u32;
        for i in from..to {
            // Flags of the stem, as the hash: a word's flags depend on its key alone, so a
            // phrase's readouts are those of its words wherever it is (the closure relies on it).
            let key = stem(tokens.key(i));
            self.hashes.push(hash_str(key));
            self.flags.push(flags_of(key, tokens.words()[i].script));
        }
        self.sentences.push(Stretch {
            readout: r as u32,
            sentence: si as u32,
            first,
            end: self.hashes.len() as u32,
            word: from as u32,
        });
    }

    pub(crate) fn sentence(&self, k: usize) -> Sent<'_> {
        let st = self.sentences[k];
        let (a, b) = (st.first as usize, st.end as usize);
        Sent {
            hashes: &self.hashes[a..b],
            flags: &self.flags[a..b],
        }
    }
}

/// One stretch's slice of [`Flat`].
pub(crate) struct Sent<'a> {
    pub(crate) hashes: &'a [u64],
    pub(crate) flags: &'a [u8],
}

impl Sent<'_> {
    /// Hash of words `[i, i + n)`: a left fold, so [`for_candidates`] can extend it a word
    /// at a time and get the same value.
    pub(crate) fn gram(&self, i: usize, n: usize) -> u64 {
        self.hashes[i..i + n]
            .iter()
            .fold(GRAM_SEED, |h, &w| fx_combine(h, w))
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
            h = fx_combine(h, sw.hashes[i + n - 1]);
            f(i, n, h);
        }
    }
}

/// Overlapping pieces of a phrase longer than [`MAX_WORDS`] joined into runs: the pieces a
/// sentence gives one long repeated passage (each used in the same readouts, so in as many),
/// joined when they overlap and have the same count. Only pieces whose closure could not be
/// checked within the cap come here; every other phrase is exact and never merged.
pub(crate) fn merge_runs(mut ranges: Vec<Counted>) -> Vec<Range> {
    // A rare path (pieces past the cap): the app's one shared sort, not another copy.
    crate::core::sort::sort_by_key(&mut ranges, |&(a, b, c)| (c, a, b));
    let mut runs: Vec<Counted> = vec![];
    for (a, b, c) in ranges {
        match runs.last_mut() {
            Some(last) if last.2 == c && a < last.1 => last.1 = last.1.max(b),
            _ => runs.push((a, b, c)),
        }
    }
    runs.into_iter().map(|(a, b, _)| (a, b)).collect()
}

/// Words `[start, end)` of a stretch.
pub(crate) type Range = (usize, usize);
/// Words `[start, end)` of a stretch and the number of readouts using them.
pub(crate) type Counted = (usize, usize, u32);

/// Buffers for [`Closure::split`], kept by the builder so no stretch allocates them.
#[derive(Default)]
pub(crate) struct Closure {
    /// `starts[x]..starts[x + 1]`: the kept n-grams starting at word `x`.
    starts: Vec<usize>,
    /// The nearest word before word `i` that may start a phrase (`usize::MAX`: none).
    prev: Vec<usize>,
    /// The nearest phrase end (exclusive) after end `y`, `usize::MAX` if none.
    next: Vec<usize>,
}

impl Closure {
    /// Splits the kept n-grams of a stretch, `(start, end, readouts)` ordered by start then end
    /// (as [`for_candidates`] gives them), into the closed ones and the open ones. A phrase is
    /// closed when neither phrase one word longer (the nearest allowed start before it, or end
    /// after it) is used in as many readouts: readout sets of nested phrases are nested, so
    /// equal counts are equal sets, and any longer phrase with the same readouts contains one
    /// of those two with the same readouts too. Open: a check that would need an n-gram longer
    /// than [`MAX_WORDS`] (a piece of a long repeated passage), left to [`merge_runs`].
    pub(crate) fn split(&mut self, flags: &[u8], kept: &[Counted]) -> (Vec<Range>, Vec<Counted>) {
        let len = flags.len();
        self.neighbours(flags);
        self.starts.clear();
        self.starts.resize(len + 1, 0);
        for &(a, _, _) in kept {
            self.starts[a + 1] += 1;
        }
        for x in 0..len {
            self.starts[x + 1] += self.starts[x];
        }
        let df = |x: usize, y: usize| {
            let of_x = &kept[self.starts[x]..self.starts[x + 1]];
            of_x.binary_search_by_key(&y, |e| e.1)
                .map_or(0, |i| of_x[i].2)
        };
        let (mut closed, mut open) = (vec![], vec![]);
        for &(a, b, c) in kept {
            let (mut covered, mut unchecked) = (false, false);
            for (x, y) in [(self.prev[a], b), (a, self.next[b])] {
                if x == usize::MAX || y == usize::MAX {
                    continue;
                }
                if y - x > MAX_WORDS {
                    unchecked = true;
                } else if df(x, y) == c {
                    covered = true;
                }
            }
            if covered {
                continue;
            }
            if unchecked {
                open.push((a, b, c));
            } else {
                closed.push((a, b));
            }
        }
        (closed, open)
    }

    fn neighbours(&mut self, flags: &[u8]) {
        let len = flags.len();
        self.prev.clear();
        let mut last = usize::MAX;
        for (i, f) in flags.iter().enumerate() {
            self.prev.push(last);
            if f & NO_START == 0 {
                last = i;
            }
        }
        self.next.clear();
        self.next.resize(len + 1, usize::MAX);
        let mut end = usize::MAX;
        for y in (1..=len).rev() {
            self.next[y] = end;
            if flags[y - 1] & NO_END == 0 {
                end = y;
            }
        }
    }
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
    fn a_phrase_is_closed_unless_one_word_more_keeps_its_readouts() {
        let mut c = Closure::default();
        // (1, 4) is inside (0, 4), used in the same two readouts; (0, 3) in three is not.
        let kept = [(0, 3, 3), (0, 4, 2), (1, 4, 2)];
        assert_eq!(c.split(&[0; 4], &kept), (vec![(0, 3), (0, 4)], vec![]));
        // Word 1 may not start a phrase: (2, 5) is checked against (0, 5).
        let flags = [0, NO_START | NO_END, 0, 0, 0];
        let kept = [(0, 5, 2), (2, 5, 2)];
        assert_eq!(c.split(&flags, &kept), (vec![(0, 5)], vec![]));
        // Beyond the cap: pieces the closure cannot check are open.
        let long = [0; MAX_WORDS + 1];
        let kept = [(0, MAX_WORDS, 2), (1, MAX_WORDS + 1, 2)];
        assert_eq!(c.split(&long, &kept), (vec![], kept.to_vec()));
    }

    #[test]
    fn words_with_one_key_have_one_set_of_flags() {
        // "ours" is not a stop word but its key is "our", which is: flags follow the key.
        let r = crate::core::analyse::testing::readout_from(&[(
            crate::core::model::Speaker::Joint,
            "ours and our views",
        )]);
        let mut flat = Flat::new();
        flat.push(0, &r, &mut Tokens::default());
        assert_eq!(flat.hashes[0], flat.hashes[2]);
        assert_eq!(flat.flags[..3], [NO_START | NO_END; 3]);
    }

    #[test]
    fn numbers_and_stop_words_may_not_end_a_phrase() {
        let f = |k| flags_of(k, Script::Latin);
        assert_eq!(f("the") & NO_END, NO_END);
        assert_eq!(f("of") & NO_START, NO_START);
        assert_eq!(f("2020"), NO_START | NO_END);
        assert_eq!(f("multilateralism"), 0);
    }

    #[test]
    fn chinese_particles_may_not_start_or_end_a_phrase_and_short_han_phrases_are_not_kept() {
        let han = |k| flags_of(k, Script::Han);
        assert_eq!(han("的"), NO_START | NO_END | HAN);
        assert_eq!(han("和"), NO_END | HAN, "和平 starts with it");
        assert_eq!(han("共"), HAN);
        let three = [HAN; 3];
        assert!(!phrase_ok(&three, 0, 3));
        assert!(phrase_ok(&[HAN; 4], 0, 4));
        assert!(phrase_ok(&[0, 0, 0], 0, 3));
    }

    #[test]
    fn chinese_punctuation_cuts_a_sentence_into_stretches_and_english_commas_do_not() {
        let t = Tokens::of("合作，共赢 and peace, stability");
        let cuts: Vec<usize> = (0..t.len()).filter(|&i| breaks_before(&t, i)).collect();
        assert_eq!(cuts, [2]);
    }
}
