//! Words: the one tokenizer every analysis stage shares (lexicon, stances, formulations,
//! redline, the search index and the query parser), and a small fast hasher.
//!
//! Takes a text as written; gives [`Tokens`]: its words with their byte ranges in that text,
//! and each word's *key*, the form that is matched. Two scripts, two kinds of word:
//! - **Latin script** (and every other script written with spaces: digits, Cyrillic, Hangul):
//!   a word is a maximal run of letters and digits, so "zero-sum", "COVID-19" and "10+1"
//!   split into "zero" "sum", "covid" "19", "10" "1".
//! - **Han**: every character is a word of its own. Chinese has no spaces, and a segmentation
//!   dictionary would cost megabytes in the page and break exact phrase search (it cuts
//!   南海问题 as 南海/问题 here and 南/海问/题 there). Characters keep every substring findable;
//!   [`Word::joined`] says a character touches the one before it, so a phrase of characters
//!   matches only where they are written together. The search index pairs them into bigrams
//!   (see `explore::search`, and BENCHMARKS.md for why).
//!
//! Keys are folded for matching, never the text shown: lowercase (any script), full-width
//! letters, digits and punctuation to their ASCII forms (Ａ１：→ a1:), the ideographic space
//! to a space, half-width CJK punctuation to full width, traditional Chinese characters to
//! simplified (國→国, 會談→会谈: `core::hant`, the parser's fold), so topics, stances, search
//! and formulations read a Hong Kong or Taiwan copy as they read the mainland text. A word's
//! range always points at the text as written, so highlights and quotes show what the readout
//! says.
//!
//! Clauses: the clause number goes up after ";", ":" or a dash (and their full-width forms),
//! so a stance verb before a colon does not govern the list after it.

use std::hash::{BuildHasherDefault, Hasher};

/// The kind of a word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Script {
    /// A run of letters and digits of a script written with spaces.
    Latin,
    /// One Han character.
    Han,
}

/// What separates a word from the word before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gap {
    /// Nothing: the words touch (two Han characters, or "RCEP协定").
    None,
    /// Only whitespace (or the start of the text).
    Space,
    /// Punctuation or a symbol, with or without whitespace.
    Mark,
}

/// A word of a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word {
    /// Byte range `[start, end)` in the text as written.
    pub start: usize,
    pub end: usize,
    /// Clause number within the tokenized text.
    pub clause: u32,
    pub script: Script,
    /// What stands between this word and the previous one.
    pub gap: Gap,
    /// A Han character's key as a number (`char as u32`), 0 for a Latin word: the matchers
    /// and the search index compare and hash this number, where a key would be sliced out of
    /// the key buffer, decoded and hashed as a string (Chinese has a word per character).
    pub code: u32,
    /// A Han character written right after another one, told once here for every reader.
    joined: bool,
    /// The key's byte range in [`Tokens`]' key buffer.
    key_start: u32,
    key_end: u32,
}

impl Word {
    /// A Han character written right after another one: part of the same run of characters.
    #[inline]
    pub fn joined(&self) -> bool {
        self.joined
    }
}

/// The words of a text and their keys. Reuse one value across many texts: tokenizing then
/// allocates nothing once the buffers have grown.
#[derive(Debug, Clone, Default)]
pub struct Tokens {
    words: Vec<Word>,
    keys: String,
}

impl Tokens {
    /// The words of `text`.
    pub fn of(text: &str) -> Tokens {
        let mut t = Tokens::default();
        t.tokenize(text);
        t
    }

    /// Replaces the words with those of `text`.
    pub fn tokenize(&mut self, text: &str) {
        self.words.clear();
        self.keys.clear();
        let mut clause = 0u32;
        let mut gap = Gap::Space;
        // The Latin word being read: its start and its key's start.
        let mut open: Option<(usize, usize)> = None;
        for (i, c) in text.char_indices() {
            let f = fold(c);
            // Han first: `is_alphanumeric` is a table search for non-ASCII characters.
            let han = !f.is_ascii() && is_han(f);
            if f.is_ascii_alphanumeric() || (!f.is_ascii() && !han && is_other_alphanumeric(f)) {
                if open.is_none() {
                    open = Some((i, self.keys.len()));
                }
                push_lower(&mut self.keys, f);
                continue;
            }
            if let Some((start, key)) = open.take() {
                self.push(start, i, key, clause, Script::Latin, gap);
                gap = Gap::None;
            }
            if han {
                self.push_han(i, c, f, clause, gap);
                gap = Gap::None;
            } else if f.is_whitespace() {
                if gap == Gap::None {
                    gap = Gap::Space;
                }
            } else {
                gap = Gap::Mark;
                if matches!(f, ';' | ':' | '\u{2014}') {
                    clause += 1;
                }
            }
        }
        if let Some((start, key)) = open {
            self.push(start, text.len(), key, clause, Script::Latin, gap);
        }
    }

    fn push(&mut self, start: usize, end: usize, key: usize, clause: u32, s: Script, gap: Gap) {
        self.words.push(Word {
            start,
            end,
            clause,
            script: s,
            gap,
            code: 0,
            joined: false,
            key_start: key as u32,
            key_end: self.keys.len() as u32,
        });
    }

    /// Pushes the Han character `c` written at `start`, whose folded form is `f`.
    fn push_han(&mut self, start: usize, c: char, f: char, clause: u32, gap: Gap) {
        let key_start = self.keys.len() as u32;
        self.keys.push(f);
        let after_han = self.words.last().is_some_and(|w| w.script == Script::Han);
        self.words.push(Word {
            start,
            end: start + c.len_utf8(),
            clause,
            script: Script::Han,
            gap,
            code: f as u32,
            joined: gap == Gap::None && after_han,
            key_start,
            key_end: self.keys.len() as u32,
        });
    }

    pub fn words(&self) -> &[Word] {
        &self.words
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// The key of word `i` (folded: see the module header).
    #[inline]
    pub fn key(&self, i: usize) -> &str {
        let w = &self.words[i];
        &self.keys[w.key_start as usize..w.key_end as usize]
    }

    /// Whether word `i` is a Han character written right after another one.
    #[inline]
    pub fn joined(&self, i: usize) -> bool {
        self.words[i].joined
    }
}

/// Han characters: the CJK unified ideographs (the basic block, extensions A to F and the
/// compatibility block) and 〇, the ideographic zero.
pub fn is_han(c: char) -> bool {
    matches!(c,
        '\u{4E00}'..='\u{9FFF}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{3007}'
        | '\u{20000}'..='\u{2EBEF}'
        | '\u{30000}'..='\u{3134F}')
}

/// `c.is_alphanumeric()` for a character that is neither ASCII nor Han, with the punctuation
/// of every Chinese sentence (。、“”《》「」【】…) told without the Unicode tables, which a
/// Chinese text would otherwise search for each of them. None of these ranges holds a letter
/// or a digit (a test checks).
fn is_other_alphanumeric(c: char) -> bool {
    match c {
        '\u{2010}'..='\u{2027}' | '\u{3000}'..='\u{3004}' | '\u{3008}'..='\u{3020}' => false,
        _ => c.is_alphanumeric(),
    }
}

/// The folded form of `c`: full-width ASCII to ASCII, the ideographic space to a space,
/// half-width CJK punctuation to its full-width form, a traditional character to its
/// simplified form. Case is left to [`push_lower`].
#[inline]
pub fn fold(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        '\u{FF61}' => '\u{3002}',
        '\u{FF62}' => '\u{300C}',
        '\u{FF63}' => '\u{300D}',
        '\u{FF64}' => '\u{3001}',
        _ => crate::core::hant::fold(c),
    }
}

#[inline]
fn push_lower(keys: &mut String, c: char) {
    keys.push(crate::core::case::lower(c));
}

/// The key of words `[first, end)`, each word's key mapped by `f` (e.g. a stemmer): Latin
/// words separated by a space and Han characters run together, as a person would write the
/// phrase ("zero sum game", "南海问题", "g20 峰会").
pub fn key_of<'t>(
    tokens: &'t Tokens,
    first: usize,
    end: usize,
    f: impl Fn(&'t str) -> &'t str,
) -> String {
    let mut out = String::new();
    for i in first..end {
        let han = |w: &Word| w.script == Script::Han;
        if i > first && !(han(&tokens.words[i]) && han(&tokens.words[i - 1])) {
            out.push(' ');
        }
        out.push_str(f(tokens.key(i)));
    }
    out
}

/// FxHash-style hasher: the analysis hashes millions of short words, and SipHash's
/// denial-of-service resistance buys nothing here.
#[derive(Default, Clone, Copy)]
pub struct FxHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// One FxHash round: `word` mixed into `hash`. The hasher below and the n-gram hashes of
/// `ngrams` (a hash of word hashes) share it.
#[inline]
pub(crate) fn fx_combine(hash: u64, word: u64) -> u64 {
    (hash.rotate_left(5) ^ word).wrapping_mul(SEED)
}

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = fx_combine(self.hash, word);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes(c.try_into().unwrap_or([0; 8])));
        }
        for &b in chunks.remainder() {
            self.add(b as u64);
        }
    }
    /// One round, not four: the cue tables key Han characters by their `u32` numbers.
    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }
    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

pub type FxBuild = BuildHasherDefault<FxHasher>;
pub type FxMap<K, V> = std::collections::HashMap<K, V, FxBuild>;

/// Hash of one word's bytes (stable within a process run).
pub fn hash_str(s: &str) -> u64 {
    let mut h = FxHasher::default();
    h.write(s.as_bytes());
    h.add(0xff);
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        Tokens::of(text)
            .words()
            .iter()
            .map(|w| &text[w.start..w.end])
            .collect()
    }

    fn keys(text: &str) -> Vec<String> {
        let t = Tokens::of(text);
        (0..t.len()).map(|i| t.key(i).to_string()).collect()
    }

    #[test]
    fn hyphens_plus_signs_and_apostrophes_split_words() {
        assert_eq!(
            words("zero-sum covid-19 (10+1) asean's"),
            ["zero", "sum", "covid", "19", "10", "1", "asean", "s"]
        );
    }

    #[test]
    fn keys_are_lowercase_in_any_script_and_ranges_point_at_the_text_as_written() {
        let t = "Café NAÏVE Élan x";
        assert_eq!(words(t), ["Café", "NAÏVE", "Élan", "x"]);
        assert_eq!(keys(t), ["café", "naïve", "élan", "x"]);
    }

    #[test]
    fn every_han_character_is_a_word_and_knows_whether_it_touches_the_one_before() {
        let text = "中方支持RCEP协定，南 海。";
        assert_eq!(
            words(text),
            ["中", "方", "支", "持", "RCEP", "协", "定", "南", "海"]
        );
        let t = Tokens::of(text);
        let joined: Vec<bool> = (0..t.len()).map(|i| t.joined(i)).collect();
        assert_eq!(
            joined,
            [false, true, true, true, false, false, true, false, false]
        );
        let codes: Vec<u32> = t.words().iter().map(|w| w.code).collect();
        assert_eq!(codes[..2], ['中' as u32, '方' as u32]);
        assert_eq!(codes[4], 0, "a Latin word has no code");
        assert_eq!(
            Tokens::of("會").words()[0].code,
            '会' as u32,
            "the folded form"
        );
        let gaps: Vec<Gap> = t.words().iter().map(|w| w.gap).collect();
        assert_eq!(gaps[4], Gap::None, "RCEP touches 持");
        assert_eq!((gaps[7], gaps[8]), (Gap::Mark, Gap::Space));
    }

    #[test]
    fn full_width_letters_digits_and_punctuation_fold_for_matching_only() {
        let text = "ＣＯＶＩＤ－１９疫苗；Ｇ２０";
        assert_eq!(words(text), ["ＣＯＶＩＤ", "１９", "疫", "苗", "Ｇ２０"]);
        assert_eq!(keys(text), ["covid", "19", "疫", "苗", "g20"]);
        let clauses: Vec<u32> = Tokens::of(text).words().iter().map(|w| w.clause).collect();
        assert_eq!(
            clauses,
            [0, 0, 0, 0, 1],
            "the full-width semicolon ends a clause"
        );
        // The ideographic space separates like a space.
        assert_eq!(Tokens::of("南\u{3000}海").words()[1].gap, Gap::Space);
    }

    #[test]
    fn traditional_characters_have_the_keys_of_their_simplified_forms() {
        assert_eq!(keys("南海問題"), ["南", "海", "问", "题"]);
        assert_eq!(keys("雙方會談"), keys("双方会谈"));
        assert_eq!(
            words("雙方會談"),
            ["雙", "方", "會", "談"],
            "ranges as written"
        );
    }

    #[test]
    fn colons_semicolons_and_dashes_start_new_clauses() {
        let c: Vec<u32> = Tokens::of("a b: c; d \u{2014} e f：支持")
            .words()
            .iter()
            .map(|w| w.clause)
            .collect();
        assert_eq!(c, [0, 0, 1, 2, 3, 3, 4, 4]);
    }

    #[test]
    fn a_key_of_several_words_spaces_latin_words_and_runs_han_characters_together() {
        let t = Tokens::of("The Zero-sum game of 人类命运共同体 in G20峰会");
        let same = |k| k;
        assert_eq!(key_of(&t, 1, 4, same), "zero sum game");
        assert_eq!(key_of(&t, 5, 12, same), "人类命运共同体");
        assert_eq!(key_of(&t, 13, 16, same), "g20 峰会");
    }

    #[test]
    fn chinese_punctuation_told_without_the_unicode_tables_is_no_letter_or_digit() {
        let ranges = [
            '\u{2010}'..='\u{2027}',
            '\u{3000}'..='\u{3004}',
            '\u{3008}'..='\u{3020}',
        ];
        for c in ranges.into_iter().flatten() {
            assert!(!c.is_alphanumeric(), "{c:?}");
            assert!(!is_other_alphanumeric(c), "{c:?}");
        }
        assert!(is_other_alphanumeric('々') && is_other_alphanumeric('é'));
    }

    #[test]
    fn han_beyond_the_basic_block_and_the_ideographic_zero_are_characters() {
        assert_eq!(words("二〇二一年𠀀"), ["二", "〇", "二", "一", "年", "𠀀"]);
    }

    #[test]
    fn tokenizing_again_reuses_the_buffers_and_forgets_the_old_text() {
        let mut t = Tokens::of("one two three");
        t.tokenize("四");
        assert_eq!((t.len(), t.key(0)), (1, "四"));
        t.tokenize("");
        assert!(t.is_empty());
    }
}
