//! A slow, obviously right formulation finder, the oracle of the fast one's tests: every
//! phrase of every stretch is enumerated (no length limit, no filter), its readouts counted
//! exactly, and a use is kept where no longer phrase of the same stretch covering it is used in
//! as many readouts. The fast finder ([`super::formulations`]) must give the same uses, grouped
//! the same way, on any corpus whose stretches are shorter than its n-gram cap.

use super::ngrams::{phrase_ok, Flat, MIN_WORDS};
use super::words::Tokens;
use crate::core::model::{Readout, Span};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// A use: readout, sentence, byte range in the readout's text.
pub(crate) type Use = (usize, usize, usize, usize);

/// Per formulation key (the word hashes): the readouts using it and its uses.
pub(crate) type Reference = BTreeMap<Vec<u64>, (BTreeSet<usize>, BTreeSet<Use>)>;

pub(crate) fn reference_formulations(readouts: &[Readout]) -> Reference {
    let mut flat = Flat::new();
    let mut tokens = Tokens::default();
    for (r, readout) in readouts.iter().enumerate() {
        flat.push(r, readout, &mut tokens);
    }
    let candidates = |k: usize| {
        let sw = flat.sentence(k);
        let len = sw.hashes.len();
        (0..len).flat_map(move |a| {
            (a + MIN_WORDS..=len)
                .filter(move |&b| phrase_ok(sw.flags, a, b - a))
                .map(move |b| (a, b))
        })
    };
    let mut df: HashMap<&[u64], BTreeSet<usize>> = HashMap::new();
    for k in 0..flat.sentences.len() {
        let sw = flat.sentence(k);
        for (a, b) in candidates(k) {
            df.entry(&sw.hashes[a..b])
                .or_default()
                .insert(flat.sentences[k].readout as usize);
        }
    }
    let mut out = Reference::new();
    for k in 0..flat.sentences.len() {
        let sw = flat.sentence(k);
        let st = flat.sentences[k];
        let kept: Vec<(usize, usize, usize)> = candidates(k)
            .map(|(a, b)| (a, b, df[&sw.hashes[a..b]].len()))
            .filter(|&(_, _, c)| c >= 2)
            .collect();
        let readout = &readouts[st.readout as usize];
        let sentence = &readout.sentences[st.sentence as usize];
        tokens.tokenize(sentence.span.of(&readout.text));
        let words = tokens.words();
        for &(a, b, c) in &kept {
            let covered = kept
                .iter()
                .any(|&(x, y, d)| d == c && x <= a && y >= b && y - x > b - a);
            if covered {
                continue;
            }
            let (wa, wb) = (st.word as usize + a, st.word as usize + b);
            let span = Span::new(
                sentence.span.start + words[wa].start,
                sentence.span.start + words[wb - 1].end,
            );
            let e = out.entry(sw.hashes[a..b].to_vec()).or_default();
            e.0.insert(st.readout as usize);
            e.1.insert((
                st.readout as usize,
                st.sentence as usize,
                span.start,
                span.end,
            ));
        }
    }
    out.retain(|_, (rs, _)| rs.len() >= 2);
    out
}

#[cfg(test)]
mod tests {
    use super::super::formulations::find_formulations;
    use super::super::ngrams::MAX_WORDS;
    use super::*;
    use crate::core::synth::{corpus_of, Rng};
    use crate::core::{parse, ParseOptions};

    /// Each formulation's uses, and its readouts, as the reference gives them.
    type Found = BTreeMap<BTreeSet<Use>, BTreeSet<usize>>;

    fn fast(rs: &[Readout]) -> Found {
        find_formulations(rs)
            .iter()
            .map(|f| {
                let uses: BTreeSet<Use> = f
                    .uses
                    .iter()
                    .map(|u| (u.readout, u.sentence, u.span.start, u.span.end))
                    .collect();
                let readouts: BTreeSet<usize> = uses.iter().map(|u| u.0).collect();
                assert_eq!(readouts.len(), f.readouts, "{}", f.text);
                (uses, readouts)
            })
            .collect()
    }

    fn slow(rs: &[Readout]) -> Found {
        reference_formulations(rs)
            .into_values()
            .map(|(readouts, uses)| (uses, readouts))
            .collect()
    }

    /// Fails with the phrases each finder has and the other has not.
    fn assert_same(what: &str, rs: &[Readout]) {
        let longest = longest_stretch(rs);
        assert!(longest < MAX_WORDS, "{what}: a stretch of {longest} words");
        let (fast, slow) = (fast(rs), slow(rs));
        if fast == slow {
            return;
        }
        let show = |a: &Found, b: &Found| -> Vec<String> {
            a.iter()
                .filter(|(uses, rs)| b.get(*uses) != Some(rs))
                .map(|(uses, readouts)| {
                    let &(r, _, s, e) = uses.iter().next().unwrap();
                    format!("{} {readouts:?}", &rs[r].text[s..e])
                })
                .collect()
        };
        panic!(
            "{what}: only the finder {:?}; only the reference {:?}",
            show(&fast, &slow),
            show(&slow, &fast)
        );
    }

    fn longest_stretch(rs: &[Readout]) -> usize {
        let mut flat = Flat::new();
        let mut tokens = Tokens::default();
        rs.iter()
            .enumerate()
            .for_each(|(r, x)| flat.push(r, x, &mut tokens));
        let lens = flat.sentences.iter().map(|s| (s.end - s.first) as usize);
        lens.max().unwrap_or(0)
    }

    /// `pool` readouts of a synthetic corpus of `kind`, parsed.
    fn pool(kind: &str, n: usize, seed: u64) -> Vec<Readout> {
        let opts = ParseOptions::default();
        let texts = corpus_of(kind, n, seed).unwrap();
        texts.iter().map(|t| parse(t, "synthetic", &opts)).collect()
    }

    /// A random subset of `from`, of 2 to `most` readouts, in a random order.
    fn subset(from: &[Readout], most: usize, rng: &mut Rng) -> Vec<Readout> {
        let mut idx: Vec<usize> = (0..from.len()).collect();
        for i in (1..idx.len()).rev() {
            idx.swap(i, rng.below(i + 1));
        }
        let n = 2 + rng.below(most - 1);
        idx[..n].iter().map(|&i| from[i].clone()).collect()
    }

    #[test]
    fn the_finder_gives_the_references_formulations_on_random_synthetic_corpora() {
        let mut cases = 0;
        for kind in ["en", "zh", "mixed"] {
            for seed in 0..4u64 {
                let pool = pool(kind, 16, seed);
                let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
                for case in 0..10 {
                    let rs = subset(&pool, 7, &mut rng);
                    assert_same(&format!("{kind} seed {seed} case {case}"), &rs);
                    cases += 1;
                }
            }
        }
        assert_eq!(cases, 120);
    }

    #[test]
    fn the_finder_gives_the_references_formulations_on_the_chinese_fixtures() {
        let rs = chinese_fixtures();
        assert!(rs.len() >= 20, "{}", rs.len());
        let mut rng = Rng(7);
        for case in 0..40 {
            assert_same(&format!("fixtures case {case}"), &subset(&rs, 6, &mut rng));
        }
        assert_same("all the fixtures", &rs);
    }

    #[test]
    fn adding_a_readout_takes_no_formulation_and_no_readout_away() {
        // A closed phrase stays closed when a readout is added (formulations module docs):
        // each formulation keeps its key and at least its readouts.
        let mut rng = Rng(11);
        let mut pools = vec![pool("en", 12, 5), pool("zh", 12, 6), chinese_fixtures()];
        pools.push(pools[0].iter().chain(&pools[1]).cloned().collect());
        for (p, pool) in pools.iter().enumerate() {
            for case in 0..12 {
                let mut rs = subset(pool, 6, &mut rng);
                let before = finder_keys(&rs);
                rs.push(pool[rng.below(pool.len())].clone());
                let after = finder_keys(&rs);
                for (key, readouts) in &before {
                    let kept = after.get(key).is_some_and(|r| r.is_superset(readouts));
                    assert!(
                        kept,
                        "pool {p} case {case}: {key} {readouts:?} -> {:?}",
                        after.get(key)
                    );
                }
            }
        }
    }

    /// The finder's formulations by key, with their readouts.
    fn finder_keys(rs: &[Readout]) -> BTreeMap<String, BTreeSet<usize>> {
        find_formulations(rs)
            .into_iter()
            .map(|f| (f.key, f.uses.iter().map(|u| u.readout).collect()))
            .collect()
    }

    fn chinese_fixtures() -> Vec<Readout> {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/zh/");
        let mut paths: Vec<_> = ["tuning", "held-out", "traditional"]
            .iter()
            .flat_map(|d| std::fs::read_dir(format!("{dir}{d}")).unwrap())
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        paths.sort();
        let opts = ParseOptions::default();
        paths
            .iter()
            .map(|p| parse(&std::fs::read_to_string(p).unwrap(), "fixture", &opts))
            .collect()
    }
}
