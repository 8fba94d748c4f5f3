//! Formulations: phrases that recur across readouts ("Regional Comprehensive Economic
//! Partnership", "zero-sum game"), with every use, its speaker and its dates.
//!
//! Words are normalised (lowercased, a plural or third-person "-s" dropped, so "upholds
//! multilateralism" and "uphold multilateralism" are one key). A phrase is a run of 3 or more
//! words (4 or more when one is a Han character) inside a stretch of a sentence (a Chinese
//! sentence is cut at its punctuation) that neither starts nor ends with a stop word or a bare
//! number.
//!
//! **What is found.** A use of a phrase is kept when the phrase is used in two or more readouts
//! and no longer phrase around that use is used in the same readouts; the formulations are the
//! phrases kept in two or more readouts. So a phrase used in three readouts stays one of those
//! three whatever else is added to the corpus (a closed use stays closed when a readout is
//! added), and a phrase used in more readouts than a longer one around it is kept beside it
//! ("共同关心的国际和地区问题" in three readouts, "共同关心的国际和地区问题交换了意见" in two of
//! them). `reference.rs` finds the same thing slowly and obviously (every phrase of every
//! stretch); tests check that both give the same uses on random synthetic corpora in English
//! and Chinese and on the Chinese fixtures.
//!
//! **The one intended difference: the n-gram cap.** Phrases are counted exactly up to
//! [`MAX_WORDS`](super::ngrams::MAX_WORDS) (64) words, longer than nearly every stretch. A
//! phrase longer than that (a long passage two readouts share word for word) is found as its
//! 64-word pieces joined where they overlap and are used in as many readouts; the reference,
//! which has no cap, finds the passage itself. The two differ only if two 64-word pieces of a
//! passage are used in the same number of readouts without the passage being used in all of
//! them.
//!
//! Near-linear in the corpus size (at most 64 n-grams a word), in three passes over the words:
//! 1. a counting filter (two hashed probes into a fixed table) marks 3-word windows seen in at
//!    least two readouts; it can over-mark on collisions, never under-mark, so it only decides
//!    which n-grams get counted and never changes what is found;
//! 2. n-grams whose every 3-word window is marked get an exact count of readouts;
//! 3. in each stretch, an n-gram used in two or more readouts is kept where neither phrase one
//!    word longer (the nearest allowed start before it, the nearest allowed end after it) is
//!    used in as many readouts: the readouts of nested phrases are nested, so equal counts mean
//!    the same readouts, and any longer phrase with the same readouts contains one of those
//!    two with the same readouts (see `Closure::split` in `ngrams.rs`).
//!
//! Then each formulation gets its counts and dates, the list is sorted, and (for the page) each
//! readout's sentences are indexed to the formulations they use; the builder does all of it in
//! steps too, so no single step walks every use at once.

use super::corpus::{index_uses, sort_index, SentenceFormulations};
use super::ngrams::{
    for_candidates, merge_runs, phrase_ok, stem, Closure, Counted, Filter, Flat, Range, MIN_WORDS,
};
use super::words::{key_of, FxMap, Tokens};
use crate::core::model::{Date, Readout, Span, Speaker};
use serde::Serialize;

/// One use of a formulation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct FormulationUse {
    /// Index of the readout in the corpus.
    pub readout: usize,
    /// Index into that readout's sentences.
    pub sentence: usize,
    pub speaker: Speaker,
    /// The phrase as written, bytes of the readout's text.
    pub span: Span,
}

/// A phrase used in two or more readouts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Formulation {
    /// The phrase as first written in the corpus.
    pub text: String,
    /// Normalised words joined by spaces (Han characters run together): the identity of the
    /// formulation.
    pub key: String,
    /// Distinct lowercased wordings grouped under this key ("upholds X" / "uphold X").
    pub variants: Vec<String>,
    pub uses: Vec<FormulationUse>,
    /// Number of distinct readouts that use it.
    pub readouts: usize,
    pub first_date: Option<Date>,
    pub last_date: Option<Date>,
    /// The readout where it first appears (earliest date; undated readouts count as latest;
    /// ties go to the lower index): the formulation is "new" there.
    pub new_in: usize,
}

/// Every formulation of the corpus, most widely used first (ties by key).
pub fn find_formulations(readouts: &[Readout]) -> Vec<Formulation> {
    let mut builder = FormulationBuilder::new();
    while !builder.step(readouts, &mut || true) {}
    builder.finish(readouts)
}

/// Where a [`FormulationBuilder`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pass {
    /// Tokenizing readout `r` into the flat word hashes.
    Flat,
    /// Counting 3-word windows of each readout.
    Windows,
    /// Exact document frequencies of the candidates of each sentence.
    Frequencies,
    /// Maximal phrases of each sentence.
    Phrases,
    /// Counts, dates and first readout of each phrase.
    Stats,
    /// Dropping phrases of one readout, sorting the rest (one step).
    Sort,
    /// The sentence index, by formulation (only when asked for).
    Index,
    /// Sorting the sentence index, by readout.
    IndexSort,
    Done,
}

/// [`find_formulations`] in small steps, so a caller with a time budget (the page, which must
/// not freeze) can stop between any two readouts or sentences and go on later. The readouts
/// must be the same slice at every step.
pub struct FormulationBuilder {
    pass: Pass,
    /// Next readout (Flat, Windows, IndexSort), flat sentence (Frequencies, Phrases) or
    /// formulation (Stats, Index).
    at: usize,
    flat: Flat,
    filter: Filter,
    grams: Vec<u64>,
    /// N-gram hash -> (readouts using it, last readout counted).
    counts: FxMap<u64, (u32, u32)>,
    ok: Vec<bool>,
    index: FxMap<u64, usize>,
    out: Vec<Formulation>,
    kept: Vec<Counted>,
    closure: Closure,
    tokens: Tokens,
    /// A use's lowercased wording, checked against the variants before it is kept.
    surface: String,
    /// Per readout, `(sentence, formulation)` pairs, when the index was asked for.
    sentence_index: Option<SentenceFormulations>,
    /// Tests: the smallest filter whatever the corpus (many collisions).
    #[cfg(test)]
    tiny_filter: bool,
}

/// Formulations or readouts a finishing step handles: cheap each, so about 0.1 to 1 ms.
const FINISH_CHUNK: usize = 256;

impl Default for FormulationBuilder {
    fn default() -> Self {
        Self::new()
    }
}

impl FormulationBuilder {
    pub fn new() -> FormulationBuilder {
        FormulationBuilder {
            pass: Pass::Flat,
            at: 0,
            flat: Flat::new(),
            // Sized when the words are known (end of the flat pass).
            filter: Filter::sized_for(0),
            grams: vec![],
            counts: FxMap::default(),
            ok: vec![],
            index: FxMap::default(),
            out: vec![],
            kept: vec![],
            closure: Closure::default(),
            tokens: Tokens::default(),
            surface: String::new(),
            sentence_index: None,
            #[cfg(test)]
            tiny_filter: false,
        }
    }

    /// A builder that also indexes each sentence to the formulations it uses, as
    /// [`CorpusAnalysis::set_formulations`](super::CorpusAnalysis::set_formulations) does: take both with
    /// [`finish_with_index`](Self::finish_with_index).
    pub fn with_sentence_index() -> FormulationBuilder {
        FormulationBuilder {
            sentence_index: Some(vec![]),
            ..FormulationBuilder::new()
        }
    }

    /// `(done, total)` work units (four passes, each over readouts or sentences, and the
    /// finishing passes, counted as one more over readouts), for a progress bar.
    pub fn progress(&self, readouts: &[Readout]) -> (usize, usize) {
        let n = readouts.len();
        let s = self.flat.sentences.len();
        let sentences = readouts.iter().map(|r| r.sentences.len()).sum::<usize>();
        let total = 3 * n + 2 * sentences;
        let finishing = 2 * n + 2 * sentences;
        // With an index, the stats are the first half of the finishing, its two passes the rest.
        let half = if self.sentence_index.is_some() {
            n / 2
        } else {
            n
        };
        let f = self.out.len().max(1);
        let done = match self.pass {
            Pass::Flat => self.at,
            Pass::Windows => n + self.at,
            Pass::Frequencies => 2 * n + share(self.at, sentences, s),
            Pass::Phrases => 2 * n + sentences + share(self.at, sentences, s),
            Pass::Stats => finishing + share(self.at, half, f),
            Pass::Sort => finishing + half,
            Pass::Index => finishing + half + share(self.at, (n - half) / 2, f),
            Pass::IndexSort => {
                finishing + half + (n - half) / 2 + share(self.at, (n - half) / 2, n)
            }
            Pass::Done => total,
        };
        (done.min(total), total)
    }

    /// Works until `more()` says stop (it is asked after every readout, every 64 sentences or
    /// every few hundred formulations) or the work is done; returns `true` when done.
    pub fn step(&mut self, readouts: &[Readout], more: &mut dyn FnMut() -> bool) -> bool {
        while self.pass != Pass::Done {
            if self.at >= self.pass_len(readouts) {
                self.next_pass(readouts);
                continue;
            }
            self.work(readouts);
            if !more() {
                break;
            }
        }
        self.pass == Pass::Done
    }

    /// Units of work in the current pass: readouts, flat sentences, formulations or rows of
    /// the sentence index; the sort is one.
    fn pass_len(&self, readouts: &[Readout]) -> usize {
        match self.pass {
            Pass::Flat | Pass::Windows => readouts.len(),
            Pass::Frequencies | Pass::Phrases => self.flat.sentences.len(),
            Pass::Stats | Pass::Index => self.out.len(),
            Pass::Sort => 1,
            Pass::IndexSort => self.sentence_index.as_ref().map_or(0, Vec::len),
            Pass::Done => 0,
        }
    }

    /// Leaves a finished pass for the next one, with what that one needs set up.
    fn next_pass(&mut self, readouts: &[Readout]) {
        self.at = 0;
        self.pass = match self.pass {
            Pass::Flat => {
                #[cfg(test)]
                let words = if self.tiny_filter {
                    0
                } else {
                    self.flat.hashes.len()
                };
                #[cfg(not(test))]
                let words = self.flat.hashes.len();
                self.filter = Filter::sized_for(words);
                Pass::Windows
            }
            Pass::Windows => Pass::Frequencies,
            // Pass 3 reads the counts directly (an n-gram with a count under two is not kept):
            // no separate frequency table, so no step that walks every n-gram at once.
            Pass::Frequencies => Pass::Phrases,
            Pass::Phrases => Pass::Stats,
            Pass::Stats => Pass::Sort,
            Pass::Sort => match self.sentence_index.as_mut() {
                Some(index) => {
                    *index = vec![vec![]; readouts.len()];
                    Pass::Index
                }
                None => Pass::Done,
            },
            Pass::Index => Pass::IndexSort,
            Pass::IndexSort | Pass::Done => Pass::Done,
        };
    }

    /// Does the next piece of the current pass (`at` is within [`Self::pass_len`]): one
    /// readout, 64 sentences, [`FINISH_CHUNK`] formulations or index rows, or the sort.
    fn work(&mut self, readouts: &[Readout]) {
        let at = self.at;
        let chunk = |size: usize, len: usize| at..(at + size).min(len);
        self.at = match self.pass {
            Pass::Flat => {
                self.flat.push(at, &readouts[at], &mut self.tokens);
                at + 1
            }
            // Pass 1: 3-word windows, counted once per readout.
            Pass::Windows => {
                self.windows_of(at);
                at + 1
            }
            Pass::Frequencies => {
                let sentences = chunk(64, self.flat.sentences.len());
                let end = sentences.end;
                sentences.for_each(|k| self.frequencies_of(k));
                end
            }
            Pass::Phrases => {
                let sentences = chunk(64, self.flat.sentences.len());
                let end = sentences.end;
                sentences.for_each(|k| self.phrases_of(readouts, k));
                end
            }
            Pass::Stats => {
                let fs = chunk(FINISH_CHUNK, self.out.len());
                let end = fs.end;
                self.out[fs].iter_mut().for_each(|f| stats(readouts, f));
                end
            }
            // One step that leaves the builder in the next pass.
            Pass::Sort => {
                sort_formulations(&mut self.out);
                return self.next_pass(readouts);
            }
            Pass::Index => {
                let fs = chunk(FINISH_CHUNK, self.out.len());
                let end = fs.end;
                if let Some(index) = self.sentence_index.as_mut() {
                    index_uses(&self.out[fs], at, index);
                }
                end
            }
            Pass::IndexSort => {
                let index = self
                    .sentence_index
                    .as_mut()
                    .map_or(&mut [][..], |i| &mut i[..]);
                let rows = chunk(FINISH_CHUNK, index.len());
                let end = rows.end;
                sort_index(&mut index[rows]);
                end
            }
            Pass::Done => at,
        };
    }

    /// The formulations, most widely used first; cheap once `step` has returned `true` (it
    /// does what is left otherwise).
    pub fn finish(self, readouts: &[Readout]) -> Vec<Formulation> {
        self.finish_with_index(readouts).0
    }

    /// The formulations and, for a builder made [`with_sentence_index`](Self::with_sentence_index),
    /// the index of each readout's sentences into them (empty otherwise), for
    /// [`CorpusAnalysis::set_indexed_formulations`](super::CorpusAnalysis::set_indexed_formulations).
    pub fn finish_with_index(
        mut self,
        readouts: &[Readout],
    ) -> (Vec<Formulation>, SentenceFormulations) {
        while !self.step(readouts, &mut || true) {}
        (self.out, self.sentence_index.unwrap_or_default())
    }

    fn windows_of(&mut self, r: usize) {
        let sentences = &self.flat.sentences;
        let first = sentences.partition_point(|s| (s.readout as usize) < r);
        self.grams.clear();
        let last = first + sentences[first..].partition_point(|s| s.readout as usize == r);
        for k in first..last {
            let sw = self.flat.sentence(k);
            self.grams.extend(
                (0..sw.hashes.len().saturating_sub(MIN_WORDS - 1)).map(|i| sw.gram(i, MIN_WORDS)),
            );
        }
        self.grams.sort_unstable();
        self.grams.dedup();
        for &g in &self.grams {
            for p in self.filter.probes(g) {
                self.filter.slots[p] = self.filter.slots[p].saturating_add(1).min(2);
            }
        }
    }

    /// Pass 2: exact document frequency of candidate n-grams; remembering the last readout
    /// counted for each n-gram counts readouts, not occurrences, without sorting.
    fn frequencies_of(&mut self, k: usize) {
        let sw = self.flat.sentence(k);
        let r = self.flat.sentences[k].readout;
        let counts = &mut self.counts;
        for_candidates(&sw, &self.filter, &mut self.ok, |i, n, h| {
            if phrase_ok(sw.flags, i, n) {
                let e = counts.entry(h).or_insert((0, u32::MAX));
                if e.1 != r {
                    *e = (e.0 + 1, r);
                }
            }
        });
    }

    /// Pass 3: the closed phrases of stretch `k` (module docs), aggregated by key.
    fn phrases_of(&mut self, readouts: &[Readout], k: usize) {
        let sw = self.flat.sentence(k);
        let kept = &mut self.kept;
        let counts = &self.counts;
        kept.clear();
        for_candidates(&sw, &self.filter, &mut self.ok, |i, n, h| {
            if phrase_ok(sw.flags, i, n) {
                if let Some(&(c, _)) = counts.get(&h).filter(|(c, _)| *c >= 2) {
                    kept.push((i, i + n, c));
                }
            }
        });
        if kept.is_empty() {
            return;
        }
        let (mut runs, open) = self.closure.split(sw.flags, kept);
        runs.extend(merge_runs(open));
        // Uses in the order of the text: sorted as `u64` keys (word positions fit in 32 bits),
        // the one instantiation of the standard sort the n-grams already need.
        sort_ranges(&mut runs);
        self.record(readouts, k, &runs);
    }

    /// Adds the uses of phrases `runs` (word ranges of stretch `k`) to their formulations.
    fn record(&mut self, readouts: &[Readout], k: usize, runs: &[Range]) {
        let sw = self.flat.sentence(k);
        // Only sentences with a formulation need their word positions again.
        let stretch = self.flat.sentences[k];
        let (r, si, w0) = (
            stretch.readout as usize,
            stretch.sentence as usize,
            stretch.word as usize,
        );
        let readout = &readouts[r];
        let sentence = &readout.sentences[si];
        let text = sentence.span.of(&readout.text);
        let tokens = &mut self.tokens;
        tokens.tokenize(text);
        let words = tokens.words();
        let offset = sentence.span.start;
        for &(a, b) in runs {
            let key_hash = sw.gram(a, b - a);
            let (a, b) = (w0 + a, w0 + b);
            let span = Span::new(offset + words[a].start, offset + words[b - 1].end);
            let surface = &mut self.surface;
            surface.clear();
            surface.extend(
                text[words[a].start..words[b - 1].end]
                    .chars()
                    .map(crate::core::case::lower),
            );
            let out = &mut self.out;
            let idx = *self.index.entry(key_hash).or_insert_with(|| {
                let key = key_of(tokens, a, b, stem);
                out.push(Formulation {
                    text: span.of(&readout.text).to_string(),
                    key,
                    variants: vec![],
                    uses: vec![],
                    readouts: 0,
                    first_date: None,
                    last_date: None,
                    new_in: r,
                });
                out.len() - 1
            });
            let f = &mut out[idx];
            if !f.variants.iter().any(|v| v == surface.as_str()) {
                f.variants.push(surface.clone());
            }
            f.uses.push(FormulationUse {
                readout: r,
                sentence: si,
                speaker: sentence.speaker,
                span,
            });
        }
    }
}

/// Sorts word ranges in text order through `u64` keys: a range's ends fit in 32 bits.
fn sort_ranges(runs: &mut [Range]) {
    let mut keys: Vec<u64> = runs
        .iter()
        .map(|&(a, b)| ((a as u64) << 32) | b as u64)
        .collect();
    keys.sort_unstable();
    for (run, k) in runs.iter_mut().zip(keys) {
        *run = ((k >> 32) as usize, (k & 0xffff_ffff) as usize);
    }
}

/// Fills a phrase's readout count, dates and the readout where it is new.
fn stats(readouts: &[Readout], f: &mut Formulation) {
    // As `u64`, sorted by the instantiation of the standard sort the n-grams already need.
    let mut rs: Vec<u64> = f.uses.iter().map(|u| u.readout as u64).collect();
    rs.dedup();
    rs.sort_unstable();
    rs.dedup();
    f.readouts = rs.len();
    let dates = rs.iter().filter_map(|&r| readouts[r as usize].date);
    f.first_date = dates.clone().min();
    f.last_date = dates.max();
    f.new_in = rs
        .iter()
        .map(|&r| r as usize)
        .min_by_key(|&r| (readouts[r].date.is_none(), readouts[r].date, r))
        .unwrap_or(0);
}

/// Drops phrases used in fewer than two readouts and sorts the rest, most widely used first.
fn sort_formulations(out: &mut Vec<Formulation>) {
    out.retain(|f| f.readouts >= 2);
    crate::core::sort::sort_by(out, |a, b| {
        b.readouts.cmp(&a.readouts).then_with(|| a.key.cmp(&b.key))
    });
}

/// `at` of `len` units of a pass, scaled to its `width` on the progress bar: `at * width / len`
/// without overflow. A pass of 100,000 sentences over a width of 100,000 multiplies past
/// `u32::MAX`, and `usize` is 32 bits in the browser: the product wrapped around, and the
/// bar jumped back during the phrase passes of a large collection.
fn share(at: usize, width: usize, len: usize) -> usize {
    (at as u128 * width as u128 / len.max(1) as u128) as usize
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::analyse::testing::readout_with;

    fn corpus() -> Vec<Readout> {
        let p = [("Luo Zhaohui", "China"), ("Nguyen", "Vietnam")];
        vec![
            readout_with("a", Date::new(2020, 10, 27), &p, &[
                (Speaker::Person(0), "China upholds multilateralism and opposes the zero-sum game."),
                (Speaker::Person(0), "We will sign the Regional Comprehensive Economic Partnership agreement as scheduled."),
            ]),
            readout_with("b", Date::new(2020, 11, 9), &p, &[
                (Speaker::Person(1), "Both sides uphold multilateralism and oppose the zero-sum game today."),
                (Speaker::Person(0), "Efforts go to the Regional Comprehensive Economic Partnership agreement as scheduled, he said."),
            ]),
            readout_with("c", None, &p, &[(Speaker::Joint, "Nothing recurs here at all, truly nothing.")]),
        ]
    }

    #[test]
    fn recurring_phrases_are_found_with_uses_speakers_and_dates() {
        let rs = corpus();
        let fs = find_formulations(&rs);
        let rcep = fs
            .iter()
            .find(|f| {
                f.key
                    .contains("regional comprehensive economic partnership")
            })
            .expect("rcep");
        assert_eq!(
            rcep.key,
            "regional comprehensive economic partnership agreement as scheduled"
        );
        assert_eq!(rcep.readouts, 2);
        assert_eq!(rcep.uses[1].speaker, Speaker::Person(0));
        assert_eq!(
            (rcep.first_date, rcep.last_date),
            (Date::new(2020, 10, 27), Date::new(2020, 11, 9))
        );
        assert_eq!(rcep.new_in, 0);
        let u = rcep.uses[0];
        assert_eq!(
            u.span.of(&rs[0].text),
            "Regional Comprehensive Economic Partnership agreement as scheduled"
        );
    }

    #[test]
    fn near_variants_group_under_one_key() {
        let fs = find_formulations(&corpus());
        let f = fs
            .iter()
            .find(|f| f.key.starts_with("uphold multilateralism"))
            .expect("uphold");
        assert_eq!(
            f.key,
            "uphold multilateralism and oppose the zero-sum game".replace("-", " ")
        );
        assert_eq!(f.variants.len(), 2, "{:?}", f.variants);
    }

    #[test]
    fn chinese_formulations_are_maximal_runs_of_four_or_more_characters() {
        let p = [("甲", "China"), ("乙", "Vietnam")];
        let rs = vec![
            readout_with(
                "a",
                Date::new(2021, 3, 3),
                &p,
                &[
                    (
                        Speaker::Person(0),
                        "中方愿同各方一道推动构建人类命运共同体，坚持多边主义。",
                    ),
                    (Speaker::Person(1), "越方愿开创新时代。"),
                ],
            ),
            readout_with(
                "b",
                Date::new(2022, 5, 9),
                &p,
                &[
                    (
                        Speaker::Joint,
                        "双方同意推动构建人类命运共同体，维护多边主义。",
                    ),
                    (Speaker::Person(0), "两国关系迈入新时代。"),
                ],
            ),
        ];
        let fs = find_formulations(&rs);
        let keys: Vec<&str> = fs.iter().map(|f| f.key.as_str()).collect();
        assert_eq!(keys, ["多边主义", "推动构建人类命运共同体"]);
        let f = &fs[1];
        assert_eq!(f.text, "推动构建人类命运共同体");
        assert_eq!(
            (f.first_date, f.last_date, f.new_in),
            (Date::new(2021, 3, 3), Date::new(2022, 5, 9), 0)
        );
        assert_eq!(f.uses[1].span.of(&rs[1].text), "推动构建人类命运共同体");
        assert_eq!(f.uses[1].speaker, Speaker::Joint);
    }

    #[test]
    fn phrases_seen_in_one_readout_only_are_not_formulations() {
        let fs = find_formulations(&corpus());
        assert!(fs.iter().all(|f| f.readouts >= 2));
        assert!(!fs.iter().any(|f| f.key.contains("nothing")));
    }

    #[test]
    fn a_phrase_longer_than_eight_words_survives_whole() {
        let p = [("A", "X")];
        let s = "alpha bravo charlie delta echo foxtrot golf hotel india juliett kilo";
        let rs = vec![
            readout_with("a", None, &p, &[(Speaker::Person(0), s)]),
            readout_with("b", None, &p, &[(Speaker::Person(0), s)]),
        ];
        let fs = find_formulations(&rs);
        assert_eq!(fs.len(), 1);
        assert_eq!(fs[0].key, s);
    }

    #[test]
    fn a_passage_longer_than_the_n_gram_cap_is_one_formulation() {
        let passage: Vec<String> = (0..100).map(|i| format!("word{i}")).collect();
        let passage = passage.join(" ");
        let p = [("A", "X")];
        let rs = vec![
            readout_with(
                "a",
                None,
                &p,
                &[(
                    Speaker::Person(0),
                    &format!("First came {passage} and more"),
                )],
            ),
            readout_with(
                "b",
                None,
                &p,
                &[(Speaker::Person(0), &format!("Then {passage} again later"))],
            ),
        ];
        let fs = find_formulations(&rs);
        let keys: Vec<&str> = fs.iter().map(|f| f.key.as_str()).collect();
        assert_eq!(keys, [passage.as_str()]);
        assert_eq!(fs[0].uses[1].span.of(&rs[1].text), passage);
    }

    #[test]
    fn a_phrase_in_three_readouts_stays_beside_a_longer_one_in_two_of_them() {
        // Issue 16's bug in English: "ministers firmly agreed" (readouts 0, 1, 2) and "agreed
        // to step up trade" (0, 1, 3) are used in three readouts each, their union in two.
        let p = [("A", "X")];
        let one = |id, s: &str| readout_with(id, None, &p, &[(Speaker::Joint, s)]);
        let rs = vec![
            one("a", "The ministers firmly agreed to step up trade now."),
            one(
                "b",
                "Then the ministers firmly agreed to step up trade again.",
            ),
            one("c", "So the ministers firmly agreed on visits."),
            one("d", "Each country agreed to step up trade soon."),
        ];
        let found: Vec<(String, Vec<usize>)> = find_formulations(&rs)
            .into_iter()
            .map(|f| (f.text, f.uses.iter().map(|u| u.readout).collect()))
            .collect();
        let found: Vec<(&str, &[usize])> =
            found.iter().map(|(t, r)| (t.as_str(), &r[..])).collect();
        assert_eq!(
            found,
            [
                ("agreed to step up trade", &[0, 1, 3][..]),
                ("ministers firmly agreed", &[0, 1, 2]),
                ("ministers firmly agreed to step up trade", &[0, 1]),
            ]
        );
    }

    #[test]
    fn a_pass_is_scaled_onto_the_progress_bar_without_overflow() {
        assert_eq!(share(100_000, 100_000, 100_000), 100_000);
        assert_eq!(share(usize::MAX / 2, 4, 4), usize::MAX / 2);
        assert_eq!(share(3, 10, 0), 30);
        assert_eq!(share(0, 10, 7), 0);
    }

    #[test]
    fn building_in_small_steps_gives_the_same_formulations_as_one_go() {
        let rs = crate::core::synth::synthetic_readouts(40, 3);
        let whole = find_formulations(&rs);
        let mut b = FormulationBuilder::new();
        let mut steps = 0;
        let mut last = (0, 0);
        while !b.step(&rs, &mut || false) {
            steps += 1;
            let p = b.progress(&rs);
            assert!(p.0 >= last.0 && p.0 <= p.1, "{p:?} after {last:?}");
            last = p;
        }
        assert!(steps > 80, "one readout or 64 sentences a step: {steps}");
        assert_eq!(b.finish(&rs), whole);
        assert!(!whole.is_empty());
    }

    #[test]
    fn the_formulations_do_not_depend_on_the_filter_size() {
        // The filter only decides which n-grams get counted exactly: a tiny one, full of
        // collisions, lets more through and must find exactly the same formulations.
        let rs = crate::core::synth::synthetic_readouts(150, 5);
        let sized = find_formulations(&rs);
        let mut b = FormulationBuilder::new();
        b.tiny_filter = true;
        while !b.step(&rs, &mut || true) {}
        assert_eq!(b.filter.slots.len(), 1024);
        assert_eq!(b.finish(&rs), sized);
        assert!(sized.len() > 20, "{}", sized.len());
        let big = Filter::sized_for(rs.iter().map(|r| r.text.len()).sum());
        assert!(big.slots.len() > 1024 && big.slots.len() <= 1 << 22);
    }

    #[test]
    fn the_stepped_finish_and_sentence_index_equal_the_one_shot_corpus() {
        let rs = crate::core::synth::synthetic_readouts(300, 8);
        let lexicon = crate::core::analyse::Lexicon::default_lexicon();
        let one_shot = crate::core::analyse::CorpusAnalysis::build(&rs, &lexicon);
        // Two finishing steps at least (the synthetic texts' formulations, with the participants'
        // names left out, are a few hundred).
        assert!(
            one_shot.formulations.len() > FINISH_CHUNK,
            "several finishing steps: {}",
            one_shot.formulations.len()
        );
        let mut b = FormulationBuilder::with_sentence_index();
        let (mut steps, mut last, mut passes) = (0, (0, 0), vec![]);
        while !b.step(&rs, &mut || false) {
            steps += 1;
            let p = b.progress(&rs);
            assert!(p.0 >= last.0 && p.0 <= p.1, "{p:?} after {last:?}");
            last = p;
            if passes.last() != Some(&b.pass) {
                passes.push(b.pass);
            }
        }
        assert!(steps > 600, "{steps}");
        // The sort is one step, which leaves the builder in the next pass.
        let finishing = [Pass::Stats, Pass::Index, Pass::IndexSort];
        assert!(passes.ends_with(&finishing), "{passes:?}");
        let mut stepped = one_shot.clone();
        stepped.formulations.clear();
        stepped.sentence_formulations.clear();
        stepped.set_indexed_formulations(b.finish_with_index(&rs));
        assert_eq!(stepped.formulations, one_shot.formulations);
        assert_eq!(
            stepped.sentence_formulations,
            one_shot.sentence_formulations
        );
        assert_eq!(
            serde_json::to_string(&stepped).unwrap(),
            serde_json::to_string(&one_shot).unwrap()
        );
        assert!(one_shot.sentence_formulations.iter().any(|v| v.len() > 1));
    }

    #[test]
    fn finish_does_what_is_left_when_called_early() {
        let rs = crate::core::synth::synthetic_readouts(20, 4);
        let mut b = FormulationBuilder::new();
        for _ in 0..5 {
            b.step(&rs, &mut || false);
        }
        assert_eq!(b.finish(&rs), find_formulations(&rs));
    }
}
