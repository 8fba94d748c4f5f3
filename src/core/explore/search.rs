//! Full-text search over sentences: an inverted index built once, queried per keystroke.
//!
//! Takes the readouts; gives, for a query, the matching (readout, sentence) pairs with the byte
//! ranges to highlight. Words are the analysis tokenizer's (`analyse::words`): runs of letters
//! and digits, so case, width, punctuation and hyphens never matter ("Zero-sum," = "zero
//! sum"), and single Han characters.
//!
//! Query syntax: words are ANDed; `"a quoted phrase"` must appear with its words adjacent; a
//! hyphenated word ("win-win") is a phrase of its parts, and so is a run of Chinese characters
//! ("南海" finds exactly those two characters written together); the last word typed also
//! matches as a prefix ("unilat" finds "unilateralism"), unless the query ends in a space or
//! closing quote.
//!
//! The index maps each term to the sorted ids of the sentences holding it (one id per
//! sentence across the corpus). A Latin word is a term; Chinese is indexed as overlapping
//! character bigrams (南海问题 gives 南海, 海问, 问题 and the last character 题 alone), chosen
//! over single characters by measurement (BENCHMARKS.md, "Search in Chinese"): a two-character
//! query is one posting list, a longer one needs no common character's list. A single
//! character typed alone matches the bigrams it starts (a prefix). Terms are sorted, so a
//! prefix is a binary search to a range of terms, whose postings are OR-ed into a bitset.
//! Adjacency is checked by comparing term ids in a forward index (each sentence's words as
//! term ids), and highlight ranges by re-tokenizing only the sentences listed.

use super::query::Group;
pub use super::query::Query;
use crate::core::analyse::words::{FxMap, Script, Tokens};
use crate::core::model::{Readout, Span};

/// How Han characters become terms. The app uses [`HanTerms::Bigrams`]; the other is kept for
/// the benchmark that chose between them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum HanTerms {
    /// Every character a term; a run of characters is a phrase checked on the forward index.
    Characters,
    /// Every character paired with the next one written with it; a run's last character alone.
    #[default]
    Bigrams,
}

/// Marks a forward-index entry whose word is a Han character written right after another.
const JOINED: u32 = 1 << 31;

/// A Han term as a number: a character's code alone, or two characters' codes, the first in
/// the high half (no character's code is 0, so a pair never equals a single character).
fn han_term(first: u32, second: Option<u32>) -> u64 {
    match second {
        Some(c) => u64::from(first) << 32 | u64::from(c),
        None => u64::from(first),
    }
}

/// The index over every sentence of a slice of readouts. Query it with the same slice.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SearchIndex {
    /// Distinct terms, sorted.
    terms: Vec<String>,
    /// `postings[offsets[t]..offsets[t + 1]]` are the sentence ids of term `t`, ascending.
    offsets: Vec<u32>,
    postings: Vec<u32>,
    /// Sentence id of the first sentence of each readout, plus the total at the end.
    starts: Vec<u32>,
    /// Every sentence's words as term ids in the builder's numbering (first seen first),
    /// laid end to end: `words[word_starts[sid]..word_starts[sid + 1]]`. Phrases are checked
    /// here, in order of sentence id, without reading (or lowercasing) any text.
    words: Vec<u32>,
    word_starts: Vec<u32>,
    /// The builder's number of each (sorted) term.
    builder_id: Vec<u32>,
    han: HanTerms,
}

/// One matching sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchHit {
    /// Index into the readouts.
    pub readout: usize,
    /// Index into that readout's `sentences`.
    pub sentence: usize,
    /// What to highlight: byte ranges relative to the start of the sentence's text (add
    /// `sentence.span.start` for offsets in `Readout::text`), sorted, not overlapping.
    pub ranges: Vec<Span>,
}

/// The first hits of a search and how many there are in all.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SearchResults {
    /// Number of matching sentences.
    pub total: usize,
    /// The first `limit` matches in (readout, sentence) order.
    pub hits: Vec<SearchHit>,
}

/// The builder's term ids one query term matches.
enum TermIds {
    One(u32),
    /// A bitset over builder ids (a prefix); empty matches nothing.
    Any(Vec<u64>),
}

impl TermIds {
    fn has(&self, id: u32) -> bool {
        match self {
            TermIds::One(t) => *t == id,
            TermIds::Any(bits) => bits
                .get(id as usize / 64)
                .is_some_and(|b| b >> (id % 64) & 1 == 1),
        }
    }
}

/// The sentences that match one query ([`SearchIndex::matches`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct QueryMatches {
    /// Sentence ids, ascending.
    sentences: Vec<u32>,
    /// For each readout, whether any of its sentences matches.
    pub readouts: Vec<bool>,
}

impl QueryMatches {
    /// Number of matching sentences.
    pub fn len(&self) -> usize {
        self.sentences.len()
    }

    pub fn is_empty(&self) -> bool {
        self.sentences.is_empty()
    }
}

/// A [`SearchIndex`] built a readout at a time, so the page can index between frames.
#[derive(Debug, Default)]
pub struct SearchIndexBuilder {
    /// Latin terms' ids.
    ids: FxMap<String, u32>,
    /// Han terms' ids by their characters' numbers ([`han_term`]), and each Han term as text
    /// (made once, when first seen): a Chinese sentence's terms are looked up without making
    /// or hashing a string.
    han_ids: FxMap<u64, u32>,
    han_terms: Vec<(String, u32)>,
    lists: Vec<Vec<u32>>,
    /// Last sentence id added to each list, so a word repeated in a sentence counts once.
    last: Vec<u32>,
    starts: Vec<u32>,
    tokens: Tokens,
    sid: u32,
    /// Term ids of every word, and where each sentence's start (see [`SearchIndex`]).
    forward: Vec<u32>,
    word_starts: Vec<u32>,
    han: HanTerms,
}

impl SearchIndexBuilder {
    /// A builder that indexes Han characters as `han` says (the default is bigrams).
    pub fn with_han_terms(han: HanTerms) -> SearchIndexBuilder {
        SearchIndexBuilder {
            han,
            ..SearchIndexBuilder::default()
        }
    }

    /// Indexes the sentences of the next readout (readouts go in the order of the slice the
    /// index will be queried with).
    pub fn add(&mut self, r: &Readout) {
        self.start_readout();
        let mut tokens = std::mem::take(&mut self.tokens);
        for s in &r.sentences {
            tokens.tokenize(s.span.of(&r.text));
            self.add_sentence(&tokens);
        }
        self.tokens = tokens;
    }

    /// Starts the next readout, whose sentences [`add_sentence`](Self::add_sentence) then
    /// indexes in order ([`add`](Self::add) does both).
    pub fn start_readout(&mut self) {
        self.starts.push(self.sid);
    }

    /// Indexes the next sentence of the readout being added, from its words (`tokens` of its
    /// text as written).
    pub fn add_sentence(&mut self, tokens: &Tokens) {
        self.word_starts.push(self.forward.len() as u32);
        for (i, w) in tokens.words().iter().enumerate() {
            let t = self.term_id(tokens, i);
            let joined = if w.joined() { JOINED } else { 0 };
            self.forward.push(t | joined);
            let t = t as usize;
            if self.last[t] != self.sid {
                self.last[t] = self.sid;
                self.lists[t].push(self.sid);
            }
        }
        self.sid += 1;
    }

    /// The term id of word `i` of `tokens`: its key, or its bigram.
    fn term_id(&mut self, tokens: &Tokens, i: usize) -> u32 {
        let words = tokens.words();
        if words[i].script == Script::Han {
            let next = words.get(i + 1).filter(|n| n.joined());
            let pair = next.filter(|_| self.han == HanTerms::Bigrams);
            let code = han_term(words[i].code, pair.map(|n| n.code));
            if let Some(&t) = self.han_ids.get(&code) {
                return t;
            }
            let mut term = tokens.key(i).to_string();
            if pair.is_some() {
                term.push_str(tokens.key(i + 1));
            }
            let t = self.new_term();
            self.han_ids.insert(code, t);
            self.han_terms.push((term, t));
            return t;
        }
        let key = tokens.key(i);
        if let Some(&t) = self.ids.get(key) {
            return t;
        }
        let t = self.new_term();
        self.ids.insert(key.to_string(), t);
        t
    }

    /// The id of a term seen for the first time.
    fn new_term(&mut self) -> u32 {
        let t = self.lists.len() as u32;
        self.lists.push(Vec::new());
        self.last.push(u32::MAX);
        t
    }

    /// Number of readouts added.
    pub fn len(&self) -> usize {
        self.starts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.starts.is_empty()
    }

    /// The index: terms sorted, postings laid end to end.
    pub fn finish(self) -> SearchIndex {
        let mut starts = self.starts;
        starts.push(self.sid);
        let mut word_starts = self.word_starts;
        word_starts.push(self.forward.len() as u32);
        let lists = self.lists;
        let mut terms: Vec<(String, u32)> = self.ids.into_iter().collect();
        terms.extend(self.han_terms);
        crate::core::sort::sort(&mut terms);
        let mut offsets = Vec::with_capacity(terms.len() + 1);
        let mut postings = Vec::with_capacity(lists.iter().map(Vec::len).sum());
        offsets.push(0);
        for (_, t) in &terms {
            postings.extend_from_slice(&lists[*t as usize]);
            offsets.push(postings.len() as u32);
        }
        let builder_id = terms.iter().map(|&(_, t)| t).collect();
        SearchIndex {
            terms: terms.into_iter().map(|(s, _)| s).collect(),
            offsets,
            postings,
            starts,
            words: self.forward,
            word_starts,
            builder_id,
            han: self.han,
        }
    }
}

/// One term of a query, as the index looks it up.
struct QueryTerm {
    key: String,
    /// Matches every term that starts with `key`.
    prefix: bool,
    /// The word must be a Han character written right after the previous one (only needed
    /// when characters are terms: adjacent bigrams are written together by construction).
    joined: bool,
}

impl SearchIndex {
    /// Indexes every sentence of `readouts`: one pass over the text, near-linear.
    pub fn build(readouts: &[Readout]) -> SearchIndex {
        SearchIndex::build_with(readouts, HanTerms::default())
    }

    /// [`SearchIndex::build`] with Han characters indexed as `han` says (for the benchmark).
    pub fn build_with(readouts: &[Readout], han: HanTerms) -> SearchIndex {
        let mut builder = SearchIndexBuilder::with_han_terms(han);
        for r in readouts {
            builder.add(r);
        }
        builder.finish()
    }

    /// Number of distinct terms.
    pub fn term_count(&self) -> usize {
        self.terms.len()
    }

    /// Bytes the index holds on the heap (terms, postings, forward index), for the benchmark.
    pub fn heap_bytes(&self) -> usize {
        let strings: usize = self.terms.iter().map(|t| t.len() + 24).sum();
        let ints = self.offsets.len()
            + self.postings.len()
            + self.starts.len()
            + self.words.len()
            + self.word_starts.len()
            + self.builder_id.len();
        strings + 4 * ints
    }

    /// Number of postings (sentence ids over all terms), for the benchmark.
    pub fn posting_count(&self) -> usize {
        self.postings.len()
    }

    /// Number of sentences indexed.
    pub fn sentence_count(&self) -> usize {
        self.starts.last().copied().unwrap_or(0) as usize
    }

    /// Searches every readout; see [`SearchIndex::search_within`].
    pub fn search(&self, readouts: &[Readout], query: &str, limit: usize) -> SearchResults {
        self.search_within(readouts, &Query::parse(query), None, limit)
    }

    /// The sentences matching `query` in readouts where `mask` is true (all when `None`): the
    /// total count and the first `limit` hits with their highlight ranges. The page keeps the
    /// [`SearchIndex::matches`] of a query and calls [`SearchIndex::hits`] itself.
    pub fn search_within(
        &self,
        readouts: &[Readout],
        query: &Query,
        mask: Option<&[bool]>,
        limit: usize,
    ) -> SearchResults {
        self.hits(readouts, query, &self.matches(query), mask, limit)
    }

    /// For each readout, whether any of its sentences matches `query` (all true when empty).
    pub fn matching_readouts(&self, query: &Query) -> Vec<bool> {
        if query.is_empty() {
            return vec![true; self.starts.len().saturating_sub(1)];
        }
        self.matches(query).readouts
    }

    /// Every sentence matching `query`, phrases checked: made once per query, then shared by
    /// the filter ([`QueryMatches::readouts`]) and the hit list ([`SearchIndex::hits`]), so
    /// nothing is verified twice and other filter changes do not search again.
    pub fn matches(&self, query: &Query) -> QueryMatches {
        let n = self.starts.len().saturating_sub(1);
        let mut out = QueryMatches {
            sentences: Vec::new(),
            readouts: vec![false; n],
        };
        let plan: Vec<Vec<QueryTerm>> = query.groups.iter().map(|g| self.terms_of(g)).collect();
        let phrases = self.phrase_terms(&plan);
        let phrases = (!phrases.is_empty()).then_some(phrases);
        for sid in self.candidates(&plan) {
            let r = self.locate(sid).0;
            if phrases.as_ref().is_none_or(|p| self.has_phrases(sid, p)) {
                out.sentences.push(sid);
                out.readouts[r] = true;
            }
        }
        out
    }

    /// The matches in readouts where `mask` is true (all when `None`): their total and the first
    /// `limit` hits, whose highlight ranges are the only ones computed.
    pub fn hits(
        &self,
        readouts: &[Readout],
        query: &Query,
        matches: &QueryMatches,
        mask: Option<&[bool]>,
        limit: usize,
    ) -> SearchResults {
        let mut res = SearchResults::default();
        let mut tokens = Tokens::default();
        for &sid in &matches.sentences {
            let (r, s) = self.locate(sid);
            if mask.is_some_and(|m| !m.get(r).copied().unwrap_or(false)) {
                continue;
            }
            if res.hits.len() >= limit {
                res.total += 1;
                continue;
            }
            let text = sentence_text(readouts, r, s);
            if let Some(ranges) = query.ranges(text, &mut tokens, false) {
                res.total += 1;
                res.hits.push(SearchHit {
                    readout: r,
                    sentence: s,
                    ranges,
                });
            }
        }
        res
    }

    /// The terms the index looks up for one group of the query: words as they are, runs of Han
    /// characters as their bigrams (or characters), a lone character as a prefix.
    fn terms_of(&self, g: &Group) -> Vec<QueryTerm> {
        let n = g.atoms.len();
        let mut out = Vec::with_capacity(n);
        for (k, a) in g.atoms.iter().enumerate() {
            let typing = g.prefix_last && k + 1 == n;
            if !a.han || self.han == HanTerms::Characters {
                out.push(QueryTerm {
                    key: a.key.clone(),
                    prefix: typing,
                    joined: a.joined,
                });
            } else if let Some(next) = g.atoms.get(k + 1).filter(|b| b.joined) {
                out.push(QueryTerm {
                    key: format!("{}{}", a.key, next.key),
                    prefix: false,
                    joined: false,
                });
            } else if !a.joined || k + 1 < n {
                // A character alone, or the last of a run that the group goes on after: the
                // bigrams it starts, or itself at the end of a run in the text. (The last
                // character of a group's final run is in the bigram before it.)
                out.push(QueryTerm {
                    key: a.key.clone(),
                    prefix: true,
                    joined: false,
                });
            }
        }
        out
    }

    /// Sentence ids holding every term of the query (adjacency not yet checked), ascending.
    fn candidates(&self, plan: &[Vec<QueryTerm>]) -> Vec<u32> {
        if plan.is_empty() {
            return vec![];
        }
        let mut exact: Vec<&[u32]> = Vec::new();
        let mut prefixes: Vec<(usize, usize)> = Vec::new();
        for t in plan.iter().flatten() {
            if t.prefix {
                let (lo, hi) = self.prefix_range(&t.key);
                if lo == hi {
                    return vec![];
                }
                prefixes.push((lo, hi));
            } else {
                match self.terms.binary_search(&t.key) {
                    Ok(i) => exact.push(self.list(i)),
                    Err(_) => return vec![],
                }
            }
        }
        crate::core::sort::sort_by_key(&mut exact, |l| l.len());
        let mut cand: Option<Vec<u32>> = exact.first().map(|l| l.to_vec());
        for l in exact.iter().skip(1) {
            if let Some(c) = cand.as_mut() {
                intersect(c, l);
            }
        }
        for (lo, hi) in prefixes {
            let bits = self.bitset(lo, hi);
            let has = |id: u32| bits[id as usize / 64] >> (id % 64) & 1 == 1;
            cand = Some(match cand {
                Some(mut c) => {
                    c.retain(|&id| has(id));
                    c
                }
                None => (0..self.sentence_count() as u32)
                    .filter(|&id| has(id))
                    .collect(),
            });
        }
        cand.unwrap_or_default()
    }

    /// The range of (sorted) terms that start with `prefix`.
    fn prefix_range(&self, prefix: &str) -> (usize, usize) {
        let lo = self.terms.partition_point(|x| x.as_str() < prefix);
        (
            lo,
            lo + self.terms[lo..].partition_point(|x| x.starts_with(prefix)),
        )
    }

    /// The query's groups of two or more terms, each term as the builder's ids it matches and
    /// whether it must be a joined character.
    fn phrase_terms(&self, plan: &[Vec<QueryTerm>]) -> Vec<Vec<(TermIds, bool)>> {
        plan.iter()
            .filter(|g| g.len() > 1)
            .map(|g| {
                g.iter()
                    .map(|t| {
                        let ids = if t.prefix {
                            let (lo, hi) = self.prefix_range(&t.key);
                            let mut bits = vec![0u64; self.terms.len().div_ceil(64)];
                            for &id in &self.builder_id[lo..hi] {
                                bits[id as usize / 64] |= 1 << (id % 64);
                            }
                            TermIds::Any(bits)
                        } else {
                            match self.terms.binary_search(&t.key) {
                                Ok(i) => TermIds::One(self.builder_id[i]),
                                Err(_) => TermIds::Any(Vec::new()),
                            }
                        };
                        (ids, t.joined)
                    })
                    .collect()
            })
            .collect()
    }

    /// Whether sentence `sid` has every phrase, its words adjacent.
    fn has_phrases(&self, sid: u32, phrases: &[Vec<(TermIds, bool)>]) -> bool {
        let (a, b) = (
            self.word_starts[sid as usize] as usize,
            self.word_starts[sid as usize + 1] as usize,
        );
        let words = &self.words[a..b];
        phrases.iter().all(|p| {
            words.windows(p.len()).any(|w| {
                w.iter()
                    .zip(p)
                    .all(|(&id, (t, joined))| t.has(id & !JOINED) && (!joined || id & JOINED != 0))
            })
        })
    }

    fn list(&self, t: usize) -> &[u32] {
        &self.postings[self.offsets[t] as usize..self.offsets[t + 1] as usize]
    }

    fn bitset(&self, lo: usize, hi: usize) -> Vec<u64> {
        let mut bits = vec![0u64; self.sentence_count().div_ceil(64)];
        for &id in &self.postings[self.offsets[lo] as usize..self.offsets[hi] as usize] {
            bits[id as usize / 64] |= 1 << (id % 64);
        }
        bits
    }

    /// (readout, sentence) of a sentence id.
    fn locate(&self, sid: u32) -> (usize, usize) {
        let r = self.starts.partition_point(|&s| s <= sid) - 1;
        (r, (sid - self.starts[r]) as usize)
    }
}

fn sentence_text(readouts: &[Readout], r: usize, s: usize) -> &str {
    readouts.get(r).map(|x| x.sentence_text(s)).unwrap_or("")
}

/// Keeps the ids of `c` that are also in `l` (both ascending), galloping through `l`.
fn intersect(c: &mut Vec<u32>, l: &[u32]) {
    let mut rest = l;
    c.retain(|&id| {
        let i = rest.partition_point(|&x| x < id);
        rest = &rest[i..];
        rest.first() == Some(&id)
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::analyse::testing::readout_from;
    use crate::core::model::Speaker::{Joint, Person};

    fn corpus() -> Vec<Readout> {
        vec![
            readout_from(&[
                (
                    Person(0),
                    "China opposes Unilateralism, bullying and zero-sum games.",
                ),
                (Person(1), "Vietnam supports multilateralism."),
            ]),
            readout_from(&[
                (Joint, "Both sides discussed the South China Sea."),
                (Person(1), "The sea is calm; China is far."),
                (Person(0), "Café diplomacy works."),
            ]),
        ]
    }

    fn found(q: &str) -> Vec<(usize, usize)> {
        let rs = corpus();
        let idx = SearchIndex::build(&rs);
        let res = idx.search(&rs, q, 100);
        assert_eq!(res.total, res.hits.len());
        res.hits.iter().map(|h| (h.readout, h.sentence)).collect()
    }

    fn highlighted(q: &str) -> Vec<String> {
        let rs = corpus();
        let res = SearchIndex::build(&rs).search(&rs, q, 100);
        res.hits
            .iter()
            .flat_map(|h| {
                let text = rs[h.readout].sentence_text(h.sentence).to_string();
                h.ranges.iter().map(move |s| s.of(&text).to_string())
            })
            .collect()
    }

    #[test]
    fn words_match_regardless_of_case_and_punctuation() {
        assert_eq!(found("unilateralism"), [(0, 0)]);
        assert_eq!(found("UNILATERALISM,"), [(0, 0)]);
        assert_eq!(highlighted("unilateralism "), ["Unilateralism"]);
    }

    #[test]
    fn several_words_must_all_be_in_the_sentence() {
        assert_eq!(found("china sea"), [(1, 0), (1, 1)]);
        assert_eq!(found("china vietnam"), Vec::<(usize, usize)>::new());
    }

    #[test]
    fn a_quoted_phrase_needs_its_words_next_to_each_other() {
        assert_eq!(found("\"sea china\""), Vec::<(usize, usize)>::new());
        assert_eq!(found("\"china is far\""), [(1, 1)]);
        assert_eq!(found("\"south china sea\""), [(1, 0)]);
        assert_eq!(highlighted("\"south china sea\""), ["South China Sea"]);
    }

    #[test]
    fn hyphenated_words_match_with_or_without_the_hyphen() {
        assert_eq!(found("zero-sum"), [(0, 0)]);
        assert_eq!(found("\"zero sum\""), [(0, 0)]);
        assert_eq!(highlighted("zero-sum "), ["zero-sum"]);
    }

    #[test]
    fn the_last_word_typed_matches_as_a_prefix() {
        assert_eq!(found("unilat"), [(0, 0)]);
        assert_eq!(found("unilat "), Vec::<(usize, usize)>::new());
        assert_eq!(found("\"south chi"), [(1, 0)]);
        assert_eq!(found("m"), [(0, 1)]);
        assert_eq!(highlighted("sea ch"), ["China", "Sea", "sea", "China"]);
    }

    #[test]
    fn non_ascii_words_are_found_in_any_case() {
        assert_eq!(found("CAFÉ"), [(1, 2)]);
        assert_eq!(highlighted("café"), ["Café"]);
    }

    #[test]
    fn results_are_capped_but_the_total_counts_them_all() {
        let rs = corpus();
        let res = SearchIndex::build(&rs).search(&rs, "china", 1);
        assert_eq!((res.total, res.hits.len()), (3, 1));
        let res = SearchIndex::build(&rs).search(&rs, "\"china is\"", 0);
        assert_eq!((res.total, res.hits.len()), (1, 0));
    }

    #[test]
    fn a_mask_limits_the_search_to_some_readouts() {
        let rs = corpus();
        let idx = SearchIndex::build(&rs);
        let res = idx.search_within(&rs, &Query::parse("china"), Some(&[false, true]), 10);
        assert_eq!(res.total, 2);
        assert_eq!(
            idx.matching_readouts(&Query::parse("\"china is\"")),
            [false, true]
        );
        assert_eq!(idx.matching_readouts(&Query::parse("  ")), [true, true]);
    }

    #[test]
    fn empty_and_wordless_queries_find_nothing_and_do_not_panic() {
        for q in ["", " ", "\"", "\"\"", "--", "\u{201c}", "?!"] {
            assert_eq!(found(q), Vec::<(usize, usize)>::new(), "{q:?}");
        }
        let empty: Vec<Readout> = vec![];
        assert_eq!(SearchIndex::build(&empty).search(&empty, "x", 5).total, 0);
    }

    fn chinese() -> Vec<Readout> {
        vec![
            readout_from(&[
                (Person(0), "双方就南海问题交换了意见。"),
                (Person(1), "以南，海上合作顺利。"),
                (Joint, "双方同意推动构建人类命运共同体。"),
            ]),
            readout_from(&[
                (
                    Person(0),
                    "中方支持ＲＣＥＰ早日生效，愿同各方共建“一带一路”。",
                ),
                (Person(1), "南 海 的 局势总体稳定。"),
            ]),
        ]
    }

    fn found_zh(q: &str, han: HanTerms) -> Vec<(usize, usize, Vec<String>)> {
        let rs = chinese();
        let res = SearchIndex::build_with(&rs, han).search(&rs, q, 100);
        res.hits
            .iter()
            .map(|h| {
                let text = rs[h.readout].sentence_text(h.sentence);
                let marks = h.ranges.iter().map(|s| s.of(text).to_string()).collect();
                (h.readout, h.sentence, marks)
            })
            .collect()
    }

    fn m(r: usize, s: usize, marks: &[&str]) -> (usize, usize, Vec<String>) {
        (r, s, marks.iter().map(|x| x.to_string()).collect())
    }

    #[test]
    fn chinese_is_found_only_where_the_characters_are_written_together() {
        for han in [HanTerms::Bigrams, HanTerms::Characters] {
            assert_eq!(found_zh("南海", han), [m(0, 0, &["南海"])], "{han:?}");
            assert_eq!(
                found_zh("\"人类命运共同体\"", han),
                [m(0, 2, &["人类命运共同体"])]
            );
            assert_eq!(found_zh("命运共同", han), [m(0, 2, &["命运共同"])]);
            assert_eq!(found_zh("「一带一路」", han), [m(1, 0, &["一带一路"])]);
            assert!(found_zh("南海合作", han).is_empty());
            assert!(found_zh("海问题交", han).len() == 1);
        }
    }

    #[test]
    fn a_single_character_is_found_wherever_it_is_written() {
        for han in [HanTerms::Bigrams, HanTerms::Characters] {
            let hits: Vec<(usize, usize)> = found_zh("海", han)
                .into_iter()
                .map(|(r, s, _)| (r, s))
                .collect();
            assert_eq!(hits, [(0, 0), (0, 1), (1, 1)], "{han:?}");
            // Written last in a run (共同体。) and inside one (总体稳定).
            assert_eq!(found_zh("体", han), [m(0, 2, &["体"]), m(1, 1, &["体"])]);
        }
    }

    #[test]
    fn full_width_latin_and_words_mixed_with_chinese_are_found() {
        for han in [HanTerms::Bigrams, HanTerms::Characters] {
            assert_eq!(found_zh("rcep", han), [m(1, 0, &["ＲＣＥＰ"])], "{han:?}");
            assert_eq!(found_zh("支持RCEP", han), [m(1, 0, &["支持ＲＣＥＰ"])]);
            assert_eq!(found_zh("南海 意见", han), [m(0, 0, &["南海", "意见"])]);
        }
    }

    #[test]
    fn both_ways_of_indexing_chinese_find_exactly_the_sentences_holding_the_characters() {
        // Every substring of one to five characters of a synthetic Chinese corpus, and the
        // same strings with one character changed: the hits must be the sentences whose text
        // contains the query, neither more nor fewer.
        let mut rs = chinese();
        rs.push(readout_from(&[
            (
                Person(0),
                "中方愿同越方加强战略沟通，推动中越关系持续健康稳定发展。",
            ),
            (
                Person(1),
                "越方坚持一个中国政策，支持中方在南海问题上的立场。",
            ),
            (
                Joint,
                "双方同意共同维护南海和平稳定，早日达成“南海行为准则”。",
            ),
            (
                Person(0),
                "中方反对单边主义和保护主义，反对冷战思维和零和博弈。",
            ),
            (
                Person(1),
                "越方赞赏中方为地区和平与发展作出的贡献，愿同中方深化合作。",
            ),
            (
                Joint,
                "双方就共同关心的国际和地区问题交换了意见，一致认为应维护多边主义。",
            ),
        ]));
        let idx = [
            SearchIndex::build_with(&rs, HanTerms::Bigrams),
            SearchIndex::build_with(&rs, HanTerms::Characters),
        ];
        let sentences: Vec<(usize, usize, &str)> = rs
            .iter()
            .enumerate()
            .flat_map(|(r, x)| (0..x.sentences.len()).map(move |s| (r, s, x.sentence_text(s))))
            .collect();
        let mut queries: Vec<String> = vec![];
        for (_, _, text) in &sentences {
            // Han only: Latin words are matched as words, not as substrings.
            let chars: Vec<char> = text
                .chars()
                .filter(|&c| crate::core::analyse::words::is_han(c))
                .collect();
            for len in 1..=5 {
                for w in chars.windows(len).step_by(3) {
                    queries.push(w.iter().collect());
                    let mut changed = w.to_vec();
                    changed[len / 2] = '和';
                    queries.push(changed.iter().collect());
                }
            }
        }
        assert!(queries.len() > 300, "{}", queries.len());
        for q in &queries {
            let want: Vec<(usize, usize)> = sentences
                .iter()
                .filter(|(_, _, t)| t.contains(q.as_str()))
                .map(|&(r, s, _)| (r, s))
                .collect();
            // A quoted query with a space after it: exact, no prefix.
            let quoted = format!("\"{q}\" ");
            for i in &idx {
                let got: Vec<(usize, usize)> = i
                    .search(&rs, &quoted, usize::MAX)
                    .hits
                    .iter()
                    .map(|h| (h.readout, h.sentence))
                    .collect();
                assert_eq!(got, want, "{q:?} with {:?}", i.han);
            }
        }
    }

    #[test]
    fn a_query_against_the_wrong_readouts_does_not_panic() {
        let rs = corpus();
        let idx = SearchIndex::build(&rs);
        assert_eq!(idx.search(&rs[..1], "china", 10).total, 1);
        assert_eq!(idx.search(&[], "\"south china\"", 10).total, 0);
    }
}
