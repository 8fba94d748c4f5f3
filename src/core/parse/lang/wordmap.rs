//! Word tables by hash: [`WordMap`] (a word -> its entry, optionally ignoring ASCII case) and
//! [`ByFirst`] (a first word -> the entries that start with it), the indexes [`super::lookup`]
//! builds over a [`super::Lang`]'s tables.
//!
//! Takes `&'static str` keys once, gives look-ups that hash a word once. No table words here.

/// Table words found by a hash of their bytes: a look-up hashes the word once and compares
/// it with one or two entries, where a sorted table would compare it with eight or more (the
/// parser looks up most words it reads, and most are in no table). With `fold`, keys match
/// ignoring ASCII case.
#[derive(Debug)]
pub(super) struct WordMap<T> {
    entries: Vec<(&'static str, T)>,
    /// Open addressing, linear probing: an index into `entries` plus one, 0 for an empty slot.
    slots: Vec<u32>,
    fold: bool,
    /// Bit `n` is set when a key is `n` bytes long (bit 63: 63 or more): a word of no key's
    /// length is not hashed (a chrome line is asked with whole paragraphs).
    lengths: u64,
    /// Bit `b` is set when a key opens with byte `b` (in either ASCII case with `fold`, so a
    /// word's byte is tested as it stands): most words asked are in no table, and most of
    /// those are told by their first byte.
    firsts: [u64; 4],
    /// Bit `b` is set when a key ends with byte `b` (in either ASCII case with `fold`): a word
    /// whose first byte some key has is mostly told by its last, before it is hashed.
    lasts: [u64; 4],
}

/// True when the bit of byte `b` is set in `bits`.
#[inline(always)]
pub(super) fn has(bits: &[u64; 4], b: u8) -> bool {
    bits[usize::from(b >> 6)] & 1 << (b & 63) != 0
}

/// Sets the bit of byte `b` (see [`has`]).
pub(super) fn set(bits: &mut [u64; 4], b: u8) {
    bits[usize::from(b >> 6)] |= 1 << (b & 63);
}

/// The bit of [`WordMap::lengths`] for a key or word of `n` bytes.
fn length_bit(n: usize) -> u64 {
    1 << n.min(63)
}

impl<T> WordMap<T> {
    /// The keys, in the order they were given (the first of a repeated key).
    pub(super) fn keys(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.entries.iter().map(|e| e.0)
    }

    /// The map of `entries`; of two entries with the same key, the first is kept (as a
    /// search of the table in order would find it).
    pub(super) fn new(
        entries: impl IntoIterator<Item = (&'static str, T)>,
        fold: bool,
    ) -> WordMap<T> {
        let entries: Vec<(&'static str, T)> = entries.into_iter().collect();
        let size = (entries.len() * 2).next_power_of_two().max(8);
        let mut map = WordMap {
            entries: Vec::with_capacity(entries.len()),
            slots: vec![0; size],
            fold,
            lengths: 0,
            firsts: [0; 4],
            lasts: [0; 4],
        };
        for (key, value) in entries {
            let slot = map.slot(key);
            if map.slots[slot] == 0 {
                map.entries.push((key, value));
                map.slots[slot] = map.entries.len() as u32;
                map.lengths |= length_bit(key.len());
                if let (Some(&b), Some(&e)) = (key.as_bytes().first(), key.as_bytes().last()) {
                    for (bits, c) in [(&mut map.firsts, b), (&mut map.lasts, e)] {
                        let cases = if fold {
                            [c.to_ascii_lowercase(), c.to_ascii_uppercase()]
                        } else {
                            [c, c]
                        };
                        for c in cases {
                            set(bits, c);
                        }
                    }
                }
            }
        }
        map
    }

    /// The slot holding `word`, or the empty slot where it would go.
    fn slot(&self, word: &str) -> usize {
        let mask = self.slots.len() - 1;
        let mut i = hash(word.as_bytes(), self.fold) as usize & mask;
        loop {
            match self.slots[i] {
                0 => return i,
                e => {
                    let key = self.entries[e as usize - 1].0;
                    let same = if self.fold {
                        key.eq_ignore_ascii_case(word)
                    } else {
                        key == word
                    };
                    if same {
                        return i;
                    }
                }
            }
            i = (i + 1) & mask;
        }
    }

    pub(super) fn get(&self, word: &str) -> Option<&T> {
        if self.lengths & length_bit(word.len()) == 0 {
            return None;
        }
        if let (Some(&b), Some(&e)) = (word.as_bytes().first(), word.as_bytes().last()) {
            if !has(&self.firsts, b) || !has(&self.lasts, e) {
                return None;
            }
        }
        match self.slots[self.slot(word)] {
            0 => None,
            e => Some(&self.entries[e as usize - 1].1),
        }
    }
}

/// A hash of `b` read eight bytes at a time (most words take one read, the last piece of
/// eight bytes or fewer). With `fold`, the 0x20 bit of every byte is set first: two words
/// equal but for ASCII case hash the same.
fn hash(b: &[u8], fold: bool) -> u64 {
    let case = if fold { 0x2020_2020_2020_2020 } else { 0 };
    let mix = |h: u64, x: u64| (h.rotate_left(5) ^ (x | case)).wrapping_mul(0x517c_c1b7_2722_0a95);
    let mut h = b.len() as u64;
    let mut rest = b;
    while let Some((head, tail)) = rest.split_at_checked(8).filter(|p| !p.1.is_empty()) {
        h = mix(h, load(head));
        rest = tail;
    }
    h = mix(h, load(rest));
    h ^ (h >> 29)
}

/// Up to eight bytes as a little-endian number, zero above them. A short piece is read as two
/// overlapping halves (both hold the same bytes where they overlap), not copied byte by byte:
/// a copy of a length known only at run time is a call.
fn load(b: &[u8]) -> u64 {
    let n = b.len();
    let four = |at: usize| {
        let mut lanes = [0u8; 4];
        lanes.copy_from_slice(&b[at..at + 4]);
        u64::from(u32::from_le_bytes(lanes))
    };
    let byte = |at: usize| u64::from(b[at]) << (8 * at);
    match n {
        8.. => four(0) | four(4) << 32,
        4..=7 => four(0) | four(n - 4) << (8 * (n - 4)),
        1..=3 => byte(0) | byte(n / 2) | byte(n - 1),
        0 => 0,
    }
}

/// A table sorted by first word, with where the entries of each first word stand: a look-up
/// hashes the word and gives those entries.
#[derive(Debug)]
pub(super) struct ByFirst<T> {
    items: Vec<T>,
    ranges: WordMap<(u32, u32)>,
}

impl<T> ByFirst<T> {
    /// `items` sorted by `first`; with `fold`, a first word is found ignoring ASCII case (the
    /// first words are then lowercase).
    pub(super) fn new(items: Vec<T>, fold: bool, first: impl Fn(&T) -> &'static str) -> ByFirst<T> {
        let mut ranges: Vec<(&'static str, (u32, u32))> = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let key = first(item);
            match ranges.last_mut() {
                Some(last) if last.0 == key => last.1 .1 = i as u32 + 1,
                _ => ranges.push((key, (i as u32, i as u32 + 1))),
            }
        }
        ByFirst {
            items,
            ranges: WordMap::new(ranges, fold),
        }
    }

    /// The first words, each once.
    pub(super) fn firsts(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.ranges.keys()
    }

    /// The entries whose first word is `word`.
    pub(super) fn get(&self, word: &str) -> &[T] {
        match self.ranges.get(word) {
            Some(&(lo, hi)) => &self.items[lo as usize..hi as usize],
            None => &[],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn load_reads_up_to_eight_bytes_as_a_zero_padded_number() {
        let bytes = [0x41u8, 0xC3, 0x9F, 0x7A, 0x00, 0xFF, 0x20, 0x61, 0x62];
        for n in 0..=8 {
            let mut lanes = [0u8; 8];
            lanes[..n].copy_from_slice(&bytes[..n]);
            assert_eq!(load(&bytes[..n]), u64::from_le_bytes(lanes), "{n} bytes");
        }
    }
}
