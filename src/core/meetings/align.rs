//! Sentence alignment of two texts that say the same thing, in the way of Gale and Church
//! (1993, "A program for aligning sentences in bilingual corpora"), with anchors.
//!
//! Takes two sequences of [`Unit`]s (a sentence's length in characters, whether it opens a
//! paragraph, and its anchors: numbers, point ordinals, speakers, topics...); gives the
//! [`Bead`]s of the cheapest alignment, in text order. A bead pairs sentences of one side with
//! sentences of the other: 1-1, 1-0, 0-1, 2-1, 1-2, 2-2, and up to 5-1 and 1-5 (a list of points
//! that one version writes as one sentence and the other as one sentence a point).
//!
//! The cost of a bead is Gale and Church's: how unlikely the length of one side is given the
//! other's, in characters scaled by the ratio of the two texts' lengths (a Chinese character
//! carries about three English ones), plus the bead type's prior. Anchors the two sides share
//! lower it. Paragraphs keep the alignment in order: when both texts have as many paragraphs,
//! a bead pairing sentences of different paragraphs costs more; when they have not, a place
//! where a paragraph ends on one side only does. Dynamic programming over a band around the diagonal: linear in
//! the sentences for long texts, exact for readouts (under 500 by 500 sentences).

use crate::core::sort::sort_by_key;
use serde::Serialize;
use std::ops::Range;

/// One sentence, as the alignment sees it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Unit {
    /// Characters, spaces not counted.
    pub len: u32,
    /// The paragraph it is in, counting from 0.
    pub paragraph: u32,
    /// What the sentence shares with its translation: `(key, weight)`, the same key on both
    /// sides for the same thing. A key shared by the two sides of a bead lowers its cost by
    /// its weight.
    pub anchors: Vec<(u64, f32)>,
}

/// Sentences of each side aligned with each other; either side may be empty (a sentence with
/// no counterpart).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Bead {
    pub a: Range<usize>,
    pub b: Range<usize>,
}

impl Bead {
    /// Whether the two sides cut these sentences differently: sentences of both sides, more
    /// than one on either (1-2, 2-1, and also 2-2, where two sentences render two with the
    /// boundary elsewhere). Such a row gets a note in the versions view and its exports.
    pub fn regroups(&self) -> bool {
        !self.a.is_empty() && !self.b.is_empty() && (self.a.len() > 1 || self.b.len() > 1)
    }
}

/// The settings of the cost; [`Costs::default`] is what was tuned on the written pairs.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Costs {
    /// Variance of the scaled length difference per character. Gale and Church found 6.8 for
    /// their units; a ministry's English version follows the Chinese closely. The written
    /// pairs give about 0.8 per character (the English scaled by the ratio of the texts), but a
    /// real ministry's English spells out what the Chinese says in a few characters ("Blinken
    /// said that the U.S. side has followed closely ... and studied carefully the report" for
    /// "布林肯表示美方密切关注……报告", 6.6 English characters a Chinese one where the text
    /// averages 4.1): at 1.5 such a sentence was glued to its neighbour on both sides (a 2-2
    /// bead where two 1-1 were right). 2.5 aligns that real pair exactly and keeps every
    /// written bead it had.
    pub variance: f64,
    /// Cost of a bead pairing sentences one paragraph apart (texts with as many paragraphs),
    /// or of a place where a paragraph ends on one side only (texts with different counts).
    pub paragraph: f64,
    /// Cost, per unit of weight, of an anchor that a bead pairing sentences of both sides
    /// holds on one side only: a sentence with a number or a topic the other side lacks is
    /// more likely a sentence of its own than part of its neighbour's translation.
    pub unshared: f64,
}

impl Default for Costs {
    fn default() -> Self {
        Costs {
            variance: 2.5,
            paragraph: 2.5,
            unshared: 0.5,
        }
    }
}

/// Bead shapes and their prior probabilities (Gale and Church's, with room for the splits that
/// long Chinese sentences and lists of points get in the other version).
const SHAPES: [(usize, usize, f64); 12] = [
    (1, 1, 0.86),
    (1, 0, 0.01),
    (0, 1, 0.01),
    (2, 1, 0.045),
    (1, 2, 0.045),
    (2, 2, 0.01),
    (3, 1, 0.004),
    (1, 3, 0.004),
    (4, 1, 0.002),
    (1, 4, 0.002),
    (5, 1, 0.001),
    (1, 5, 0.001),
];

/// Beyond this many cells the table is a band around the diagonal.
const FULL_TABLE: usize = 250_000;
/// Half-width of that band, in sentences.
const BAND: usize = 150;

/// `-ln P(|Z| >= |z|)` for a standard normal `Z`: the Gale-Church length cost.
fn tail_cost(z: f64) -> f64 {
    // erfc by Abramowitz and Stegun 7.1.26 (error under 1.5e-7), enough for a cost.
    let x = z.abs() / std::f64::consts::SQRT_2;
    let t = 1.0 / (1.0 + 0.327_591_1 * x);
    let poly = t
        * (0.254_829_592
            + t * (-0.284_496_736
                + t * (1.421_413_741 + t * (-1.453_152_027 + t * 1.061_405_429))));
    let erfc = poly * (-x * x).exp();
    if erfc > 1e-300 {
        -erfc.ln()
    } else {
        // Far in the tail: the asymptote x^2 + ln(x sqrt(pi)), without underflow.
        x * x + (x * std::f64::consts::PI.sqrt()).ln()
    }
}

/// Which cells of row `i` the table holds.
fn row_range(i: usize, n: usize, m: usize, full: bool) -> (usize, usize) {
    if full || n == 0 {
        return (0, m);
    }
    let centre = i * m / n;
    (centre.saturating_sub(BAND), (centre + BAND).min(m))
}

fn length(u: &[Unit]) -> f64 {
    u.iter().map(|x| f64::from(x.len)).sum()
}

/// The ratio of `b`'s length to `a`'s over the beads that pair one sentence with one (or over
/// all beads that pair both sides when none does; 1 when none does).
fn paired_ratio(a: &[Unit], b: &[Unit], beads: &[Bead]) -> f64 {
    let one_to_one = beads.iter().any(|x| x.a.len() == 1 && x.b.len() == 1);
    let (mut la, mut lb) = (0.0, 0.0);
    for bead in beads.iter().filter(|x| {
        !x.a.is_empty() && !x.b.is_empty() && (!one_to_one || x.a.len() == 1 && x.b.len() == 1)
    }) {
        la += length(&a[bead.a.clone()]);
        lb += length(&b[bead.b.clone()]);
    }
    if la > 0.0 && lb > 0.0 {
        lb / la
    } else {
        1.0
    }
}

/// The cheapest alignment of `a` with `b` under `costs`. The length ratio of the two texts is
/// taken first over everything, then again over the sentences the first alignment pairs one
/// to one, and the alignment made again with it: sentences present on one side only would
/// otherwise skew the ratio, and so every bead, towards gluing them to a neighbour.
pub fn align(a: &[Unit], b: &[Unit], costs: Costs) -> Vec<Bead> {
    let whole = [Bead {
        a: 0..a.len(),
        b: 0..b.len(),
    }];
    let first = align_with_ratio(a, b, costs, paired_ratio(a, b, &whole));
    let ratio = paired_ratio(a, b, &first);
    align_with_ratio(a, b, costs, ratio)
}

/// The cheapest alignment with `b`'s lengths divided by `ratio`.
fn align_with_ratio(a: &[Unit], b: &[Unit], costs: Costs, ratio: f64) -> Vec<Bead> {
    let (n, m) = (a.len(), b.len());
    let full = (n + 1) * (m + 1) <= FULL_TABLE;
    // Row i holds columns lo[i]..=hi[i], stored from start[i].
    let mut lo = Vec::with_capacity(n + 1);
    let mut start = Vec::with_capacity(n + 2);
    start.push(0usize);
    for i in 0..=n {
        let (l, h) = row_range(i, n, m, full);
        lo.push(l);
        start.push(start[i] + h - l + 1);
    }
    let at = |i: usize, j: usize| -> Option<usize> {
        let width = start[i + 1] - start[i];
        (j >= lo[i] && j - lo[i] < width).then(|| start[i] + j - lo[i])
    };
    let cells = start[n + 1];
    let mut cost = vec![f64::INFINITY; cells];
    let mut step = vec![u8::MAX; cells];
    cost[0] = 0.0;
    let paragraphs = |u: &[Unit]| u.last().map(|x| x.paragraph);
    let same_paragraphs = paragraphs(a) == paragraphs(b);
    let opens =
        |u: &[Unit], k: usize| k == 0 || k == u.len() || u[k].paragraph != u[k - 1].paragraph;
    for i in 0..=n {
        let (l, width) = (lo[i], start[i + 1] - start[i]);
        for j in l..l + width {
            if i == 0 && j == 0 {
                continue;
            }
            let mut best = (f64::INFINITY, u8::MAX);
            for (s, &(da, db, _)) in SHAPES.iter().enumerate() {
                if da > i || db > j {
                    continue;
                }
                let Some(from) = at(i - da, j - db) else {
                    continue;
                };
                if cost[from].is_infinite() {
                    continue;
                }
                let (ba, bb) = (&a[i - da..i], &b[j - db..j]);
                let mut c = cost[from] + bead_cost(ba, bb, s, ratio, costs);
                if same_paragraphs {
                    c += costs.paragraph * paragraph_distance(ba, bb);
                }
                if c < best.0 {
                    best = (c, s as u8);
                }
            }
            let here = start[i] + j - l;
            let boundary = if !same_paragraphs && opens(a, i) != opens(b, j) {
                costs.paragraph
            } else {
                0.0
            };
            cost[here] = best.0 + boundary;
            step[here] = best.1;
        }
    }
    // Back from the end; a band that cut every path (texts of wildly different lengths) falls
    // back to one bead of everything, which the caller shows as unaligned.
    let mut beads = Vec::new();
    let (mut i, mut j) = (n, m);
    while i > 0 || j > 0 {
        let s = at(i, j).map_or(u8::MAX, |c| step[c]);
        let Some(&(da, db, _)) = SHAPES.get(usize::from(s)) else {
            return vec![Bead { a: 0..n, b: 0..m }];
        };
        beads.push(Bead {
            a: i - da..i,
            b: j - db..j,
        });
        i -= da;
        j -= db;
    }
    beads.reverse();
    beads
}

/// How far apart in paragraphs the two sides of a bead are: the distance between the
/// paragraphs they start in, plus the difference in how many paragraph ends they span. Zero
/// for a bead with an empty side.
fn paragraph_distance(a: &[Unit], b: &[Unit]) -> f64 {
    let (Some(fa), Some(fb), Some(la), Some(lb)) = (a.first(), b.first(), a.last(), b.last())
    else {
        return 0.0;
    };
    let start = fa.paragraph.abs_diff(fb.paragraph);
    let spans = (la.paragraph - fa.paragraph).abs_diff(lb.paragraph - fb.paragraph);
    f64::from(start + spans)
}

/// Length cost, prior and anchors of one bead of shape `shape`. A sentence with no
/// counterpart costs its prior alone: an omission is one event, however long the sentence
/// (with Gale and Church's length cost, a long omitted sentence would rather be glued to its
/// neighbour's translation).
fn bead_cost(a: &[Unit], b: &[Unit], shape: usize, ratio: f64, costs: Costs) -> f64 {
    let prior = -SHAPES[shape].2.ln();
    if a.is_empty() || b.is_empty() {
        return prior;
    }
    let la = length(a);
    let lb = length(b) / ratio;
    let mean = (la + lb) / 2.0;
    let length = if mean > 0.0 {
        tail_cost((lb - la) / (costs.variance * mean).sqrt())
    } else {
        0.0
    };
    let (shared, unshared) = anchors(a, b);
    length + prior - shared + costs.unshared * unshared
}

/// The weight of the anchors both sides of a bead hold, and of those only one side holds
/// (each anchor counted as often as a side has it).
fn anchors(a: &[Unit], b: &[Unit]) -> (f64, f64) {
    let mut left: Vec<(u64, f32)> = a.iter().flat_map(|u| u.anchors.iter().copied()).collect();
    let mut right: Vec<(u64, f32)> = b.iter().flat_map(|u| u.anchors.iter().copied()).collect();
    sort_by_key(&mut left, |x| x.0);
    sort_by_key(&mut right, |x| x.0);
    let (mut x, mut y) = (0, 0);
    let (mut shared, mut unshared) = (0.0f64, 0.0f64);
    while x < left.len() || y < right.len() {
        let order = match (left.get(x), right.get(y)) {
            (Some(l), Some(r)) => l.0.cmp(&r.0),
            (Some(_), None) => std::cmp::Ordering::Less,
            _ => std::cmp::Ordering::Greater,
        };
        match order {
            std::cmp::Ordering::Less => {
                unshared += f64::from(left[x].1);
                x += 1;
            }
            std::cmp::Ordering::Greater => {
                unshared += f64::from(right[y].1);
                y += 1;
            }
            std::cmp::Ordering::Equal => {
                shared += f64::from(left[x].1);
                x += 1;
                y += 1;
            }
        }
    }
    (shared, unshared)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn units(lens: &[u32]) -> Vec<Unit> {
        lens.iter()
            .map(|&len| Unit {
                len,
                paragraph: 0,
                anchors: vec![],
            })
            .collect()
    }

    fn shapes(beads: &[Bead]) -> Vec<(usize, usize)> {
        beads.iter().map(|b| (b.a.len(), b.b.len())).collect()
    }

    #[test]
    fn the_length_cost_grows_with_the_difference() {
        assert!(tail_cost(0.0).abs() < 1e-6);
        assert!(tail_cost(1.0) < tail_cost(2.0));
        assert!(tail_cost(40.0).is_finite() && tail_cost(40.0) > tail_cost(8.0));
    }

    #[test]
    fn sentences_of_matching_lengths_align_one_to_one() {
        let zh = units(&[30, 60, 20, 45]);
        let en = units(&[92, 178, 61, 140]);
        assert_eq!(shapes(&align(&zh, &en, Costs::default())), [(1, 1); 4]);
    }

    /// English lengths three times the Chinese, sentence by sentence.
    fn english(zh: &[u32]) -> Vec<u32> {
        zh.iter().map(|l| l * 3).collect()
    }

    #[test]
    fn a_merged_sentence_and_a_missing_one_are_found() {
        // The English renders the second and third Chinese sentences as one, and leaves the
        // sixth out.
        let zh_lens = [30, 40, 35, 50, 45, 70, 25, 60, 45, 55, 35, 40];
        let mut en_lens = english(&zh_lens);
        en_lens[1] += en_lens.remove(2);
        en_lens.remove(4);
        let beads = align(&units(&zh_lens), &units(&en_lens), Costs::default());
        let mut want = vec![(1, 1); 11];
        want[1] = (2, 1);
        want[4] = (1, 0);
        assert_eq!(shapes(&beads), want);
        assert_eq!(beads[4], Bead { a: 5..6, b: 4..4 });
    }

    #[test]
    fn shared_anchors_decide_which_sentence_has_no_counterpart() {
        // Two Chinese sentences of the same length, one rendered: lengths cannot tell which,
        // the anchors (a number, a speaker) can.
        let zh_lens = [60, 80, 40, 40, 100, 50];
        let mut en_lens = english(&zh_lens);
        en_lens.remove(2);
        let mut zh = units(&zh_lens);
        let mut en = units(&en_lens);
        zh[2].anchors = vec![(9, 2.0), (1, 0.5)];
        zh[3].anchors = vec![(7, 2.0), (2, 0.5)];
        en[2].anchors = vec![(7, 2.0), (2, 0.5)];
        let beads = align(&zh, &en, Costs::default());
        assert_eq!(beads[2], Bead { a: 2..3, b: 2..2 });
        assert_eq!(beads[3], Bead { a: 3..4, b: 2..3 });
        en[2].anchors = vec![(9, 2.0), (1, 0.5)];
        let beads = align(&zh, &en, Costs::default());
        assert_eq!(beads[2], Bead { a: 2..3, b: 2..3 });
        assert_eq!(beads[3], Bead { a: 3..4, b: 3..3 });
    }

    #[test]
    fn empty_sides_give_unmatched_sentences_only() {
        assert_eq!(align(&[], &[], Costs::default()), []);
        let beads = align(&units(&[10, 20]), &[], Costs::default());
        assert_eq!(shapes(&beads), [(1, 0), (1, 0)]);
    }

    #[test]
    fn long_texts_are_aligned_in_a_band_without_losing_the_diagonal() {
        let zh: Vec<Unit> = (0..2_000)
            .map(|i| Unit {
                len: 20 + (i * 7 % 30),
                ..Unit::default()
            })
            .collect();
        let en: Vec<Unit> = zh
            .iter()
            .map(|u| Unit {
                len: u.len * 3,
                ..Unit::default()
            })
            .collect();
        let beads = align(&zh, &en, Costs::default());
        assert_eq!(beads.len(), 2_000);
        assert!(beads.iter().all(|b| b.a.len() == 1 && b.a == b.b));
    }
}
