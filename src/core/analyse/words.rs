//! Words: the one tokenizer every analysis stage shares, and a small fast hasher.
//!
//! A word is a maximal run of alphanumeric characters, so "zero-sum", "COVID-19" and "10+1"
//! split into "zero" "sum", "covid" "19", "10" "1". Cue phrases in the lexicon go through the
//! same tokenizer, so both sides always agree. Only ASCII letters are lowercased: byte offsets
//! then stay the same in the lowercased copy, so a word is just a byte range.

use std::hash::{BuildHasherDefault, Hasher};

/// A word of a text: the byte range `[start, end)` in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word {
    pub start: usize,
    pub end: usize,
    /// Clause number within the tokenized piece: it goes up after ";", ":" or a dash, so a
    /// stance verb before a colon does not govern the list after it.
    pub clause: u32,
}

/// The words of `text` (already lowercased with [`lower`]), appended to `out`.
pub fn tokenize_into(text: &str, out: &mut Vec<Word>) {
    let bytes = text.as_bytes();
    let mut clause = 0u32;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_alphanumeric() || (b >= 0x80 && starts_alnum(text, i)) {
            let start = i;
            while i < bytes.len() {
                let b = bytes[i];
                if b.is_ascii_alphanumeric() {
                    i += 1;
                } else if b >= 0x80 && starts_alnum(text, i) {
                    i += utf8_len(b);
                } else {
                    break;
                }
            }
            out.push(Word {
                start,
                end: i,
                clause,
            });
        } else {
            if b == b';' || b == b':' || (b == 0xE2 && text[i..].starts_with('\u{2014}')) {
                clause += 1;
            }
            i += if b < 0x80 { 1 } else { utf8_len(b) };
        }
    }
}

/// The words of `text` (already lowercased).
pub fn tokenize(text: &str) -> Vec<Word> {
    let mut v = Vec::new();
    tokenize_into(text, &mut v);
    v
}

/// ASCII-lowercased copy: same length, same byte offsets.
pub fn lower(text: &str) -> String {
    text.to_ascii_lowercase()
}

fn starts_alnum(text: &str, i: usize) -> bool {
    text.get(i..)
        .and_then(|s| s.chars().next())
        .is_some_and(char::is_alphanumeric)
}

fn utf8_len(b: u8) -> usize {
    match b {
        0xF0..=0xFF => 4,
        0xE0..=0xEF => 3,
        0xC0..=0xDF => 2,
        _ => 1,
    }
}

/// FxHash-style hasher: the analysis hashes millions of short words, and SipHash's
/// denial-of-service resistance buys nothing here.
#[derive(Default, Clone, Copy)]
pub struct FxHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
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
        tokenize(text)
            .iter()
            .map(|w| &text[w.start..w.end])
            .collect()
    }

    #[test]
    fn hyphens_plus_signs_and_apostrophes_split_words() {
        assert_eq!(
            words("zero-sum covid-19 (10+1) asean's"),
            ["zero", "sum", "covid", "19", "10", "1", "asean", "s"]
        );
    }

    #[test]
    fn non_ascii_letters_stay_inside_words_and_offsets_hold() {
        let t = "café naïve 简体中文 x";
        assert_eq!(words(t), ["café", "naïve", "简体中文", "x"]);
    }

    #[test]
    fn colons_and_semicolons_start_new_clauses() {
        let c: Vec<u32> = tokenize("a b: c; d e").iter().map(|w| w.clause).collect();
        assert_eq!(c, [0, 0, 1, 2, 2]);
    }
}
