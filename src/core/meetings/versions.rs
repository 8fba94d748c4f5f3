//! Versions: one readout in two languages (a ministry's Chinese original and its English
//! version), aligned sentence to sentence, with what one version has and the other lacks.
//!
//! Takes two readouts, their analyses and the lexicon; gives [`Versions`]: every bead of the
//! alignment in text order (a sentence with no counterpart is a bead with one empty side), the
//! topics raised in one version only, and the lists of points whose count differs.
//!
//! The alignment is [`align`](super::align)'s, on sentence lengths in characters, with the
//! paragraphs and these anchors: numbers (digits, English month names, Chinese numerals before
//! 周年/年/届/次/项/点), point ordinals, speakers and the participants a sentence names (matched
//! across the versions by [`match_participants`]), and topic ids.

use super::align::{align, Bead, Costs, Unit};
use super::people::match_participants;
use crate::core::analyse::{Lexicon, ReadoutAnalysis};
use crate::core::model::{Readout, Speaker, MONTH_NAMES};
use serde::Serialize;

/// A run of enumerated points by one speaker ("First, ... Second, ...", "一是…二是…").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct PointList {
    pub speaker: Speaker,
    /// The sentence of the first point.
    pub sentence: usize,
    /// The sentence of the last point.
    pub last_sentence: usize,
    pub count: u32,
}

/// A list of points whose count differs between the versions, or that one version lacks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PointsDiff {
    pub a: Option<PointList>,
    pub b: Option<PointList>,
}

/// Two versions of one readout, aligned.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Versions {
    /// The two readouts (indices into the readouts).
    pub a: usize,
    pub b: usize,
    /// Every bead, in text order: sentences of `a` and of `b` that render each other, or a
    /// sentence of one with nothing in the other.
    pub rows: Vec<Bead>,
    /// Topic ids raised in `a` only, and in `b` only, in lexicon order.
    pub topics_only_a: Vec<String>,
    pub topics_only_b: Vec<String>,
    /// Lists of points whose count differs, in the order of `a`.
    pub points: Vec<PointsDiff>,
}

impl Versions {
    /// The beads that pair sentences of both versions.
    pub fn pairs(&self) -> impl Iterator<Item = &Bead> {
        self.rows
            .iter()
            .filter(|b| !b.a.is_empty() && !b.b.is_empty())
    }

    /// Sentences of `a` with no counterpart in `b`.
    pub fn only_in_a(&self) -> Vec<usize> {
        self.rows
            .iter()
            .filter(|b| b.b.is_empty())
            .flat_map(|b| b.a.clone())
            .collect()
    }

    /// Sentences of `b` with no counterpart in `a`.
    pub fn only_in_b(&self) -> Vec<usize> {
        self.rows
            .iter()
            .filter(|b| b.a.is_empty())
            .flat_map(|b| b.b.clone())
            .collect()
    }
}

// Anchor kinds (the top byte of a key) and their weights.
const NUMBER: u64 = 1 << 56;
const ORDINAL: u64 = 2 << 56;
const SPEAKER: u64 = 3 << 56;
const NAMED: u64 = 4 << 56;
const TOPIC: u64 = 5 << 56;
const WEIGHT_NUMBER: f32 = 2.0;
const WEIGHT_ORDINAL: f32 = 2.0;
const WEIGHT_SPEAKER: f32 = 0.5;
const WEIGHT_NAMED: f32 = 1.0;
const WEIGHT_TOPIC: f32 = 1.0;

/// The value of a Chinese numeral (一 to 九千九百九十九, with 两 and 零).
fn chinese_numeral(s: &str) -> Option<u64> {
    let (mut total, mut digit) = (0u64, None::<u64>);
    for c in s.chars() {
        let d = "零一二三四五六七八九".chars().position(|x| x == c);
        match (c, d) {
            ('两', _) => digit = Some(2),
            (_, Some(d)) => digit = Some(d as u64),
            ('十', _) => total += digit.take().unwrap_or(1) * 10,
            ('百', _) => total += digit.take().unwrap_or(1) * 100,
            ('千', _) => total += digit.take().unwrap_or(1) * 1000,
            _ => return None,
        }
    }
    let value = total + digit.unwrap_or(0);
    (value > 0).then_some(value)
}

/// The power of ten a number is counted in, from the word after it: 1000万 is 10 million.
fn multiplier(after: &str) -> u64 {
    const WORDS: &[(&str, u64)] = &[
        ("万", 10_000),
        ("亿", 100_000_000),
        (" thousand", 1_000),
        (" million", 1_000_000),
        (" billion", 1_000_000_000),
        (" trillion", 1_000_000_000_000),
    ];
    WORDS
        .iter()
        .find(|(w, _)| {
            after.starts_with(w) && !after[w.len()..].starts_with(|c: char| c.is_ascii_alphabetic())
        })
        .map_or(1, |&(_, m)| m)
}

/// The numbers a sentence states: runs of digits (times 万, 亿, thousand, million... after
/// them), English month names before a day, and
/// Chinese numerals before a counter of years, sessions, times, items or points. One and zero
/// are left out: "one" and 一 are everywhere in both languages.
fn numbers(text: &str, out: &mut Vec<u64>) {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut k = 0;
    while k < chars.len() {
        let (at, c) = chars[k];
        let run_end = |test: &dyn Fn(char) -> bool| {
            let mut e = k;
            while e < chars.len() && test(chars[e].1) {
                e += 1;
            }
            e
        };
        if c.is_ascii_digit() || ('０'..='９').contains(&c) {
            let e = run_end(&|c| c.is_ascii_digit() || ('０'..='９').contains(&c));
            let value = chars[k..e].iter().fold(0u64, |v, &(_, c)| {
                let d = c.to_digit(10).unwrap_or_else(|| c as u32 - '０' as u32);
                v.saturating_mul(10).saturating_add(u64::from(d))
            });
            let end = chars.get(e).map_or(text.len(), |&(i, _)| i);
            out.push(value.saturating_mul(multiplier(&text[end..])));
            k = e;
        } else if "零一二三四五六七八九两十百千".contains(c) {
            let e = run_end(&|c| "零一二三四五六七八九两十百千".contains(c));
            let end = chars.get(e).map_or(text.len(), |&(i, _)| i);
            let counted = ["周年", "年", "届", "次", "项", "点"]
                .iter()
                .any(|u| text[end..].starts_with(u));
            if let Some(v) = chinese_numeral(&text[at..end]).filter(|_| counted) {
                out.push(v);
            }
            k = e;
        } else if c.is_ascii_uppercase() {
            let e = run_end(&|c| c.is_ascii_alphabetic());
            let end = chars.get(e).map_or(text.len(), |&(i, _)| i);
            let word = &text[at..end];
            let before_day = text[end..]
                .strip_prefix(' ')
                .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
            if let Some(m) = MONTH_NAMES.iter().position(|&m| m == word) {
                if before_day {
                    out.push(m as u64 + 1);
                }
            }
            k = e;
        } else {
            k += 1;
        }
    }
    out.retain(|&v| v >= 2);
}

/// How a readout names each of its participants in its text: the words of a Latin name of
/// three letters or more, or a Han name whole and its last dotted part.
fn name_forms(r: &Readout) -> Vec<Vec<String>> {
    r.participants
        .iter()
        .map(|p| {
            let name = p.name.trim();
            if name.chars().any(crate::core::parse::is_han) {
                let mut forms = vec![name.to_string()];
                if let Some(last) = name.rsplit(['·', '•', '・']).next() {
                    if last != name && last.chars().count() >= 2 {
                        forms.push(last.to_string());
                    }
                }
                forms
            } else {
                name.split(|c: char| !c.is_alphanumeric())
                    .filter(|w| w.chars().count() >= 3)
                    .map(str::to_string)
                    .collect()
            }
        })
        .collect()
}

/// The alignment units of readout `r`; `person` maps a participant to its shared id.
fn units(
    r: &Readout,
    analysis: Option<&ReadoutAnalysis>,
    person: &dyn Fn(usize) -> u64,
) -> Vec<Unit> {
    let forms = name_forms(r);
    let mut nums = Vec::new();
    r.sentences
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let text = s.span.of(&r.text);
            let mut anchors = Vec::new();
            nums.clear();
            numbers(text, &mut nums);
            anchors.extend(nums.iter().map(|&n| (NUMBER | n, WEIGHT_NUMBER)));
            for p in r.points.iter().filter(|p| p.sentence == i) {
                anchors.push((ORDINAL | u64::from(p.ordinal), WEIGHT_ORDINAL));
            }
            let speaker = match s.speaker {
                Speaker::Person(p) => person(p),
                Speaker::Joint => 1 << 40,
                Speaker::Narration => (1 << 40) + 1,
            };
            anchors.push((SPEAKER | speaker, WEIGHT_SPEAKER));
            for (p, f) in forms.iter().enumerate() {
                if f.iter().any(|w| text.contains(w.as_str())) {
                    anchors.push((NAMED | person(p), WEIGHT_NAMED));
                }
            }
            if let Some(hits) = analysis.and_then(|a| a.sentence_topics.get(i)) {
                let mut topics: Vec<usize> = hits.iter().map(|h| h.topic).collect();
                topics.dedup();
                anchors.extend(topics.iter().map(|&t| (TOPIC | t as u64, WEIGHT_TOPIC)));
            }
            Unit {
                len: text.chars().filter(|c| !c.is_whitespace()).count() as u32,
                paragraph: s.paragraph as u32,
                anchors,
            }
        })
        .collect()
}

/// The runs of enumerated points of a readout: a run goes on while the same speaker's points
/// count up by one.
pub fn point_lists(r: &Readout) -> Vec<PointList> {
    let mut out: Vec<PointList> = Vec::new();
    for p in &r.points {
        match out.last_mut() {
            Some(l) if l.speaker == p.speaker && p.ordinal == l.count + 1 && p.ordinal > 1 => {
                l.count += 1;
                l.last_sentence = p.sentence;
            }
            _ => out.push(PointList {
                speaker: p.speaker,
                sentence: p.sentence,
                last_sentence: p.sentence,
                count: 1,
            }),
        }
    }
    out
}

/// Lists of points of `a` and `b` matched through the alignment: a list of `b` that starts in
/// a bead holding a sentence of a list of `a` is its counterpart. Lists that differ in count,
/// or have no counterpart, are returned.
fn point_diffs(a: &Readout, b: &Readout, rows: &[Bead]) -> Vec<PointsDiff> {
    let (la, lb) = (point_lists(a), point_lists(b));
    let mut taken = vec![false; lb.len()];
    let mut out = Vec::new();
    for l in &la {
        let b_sentences: Vec<std::ops::Range<usize>> = rows
            .iter()
            .filter(|bead| bead.a.start <= l.last_sentence && l.sentence < bead.a.end)
            .map(|bead| bead.b.clone())
            .collect();
        let found = lb
            .iter()
            .enumerate()
            .position(|(k, m)| !taken[k] && b_sentences.iter().any(|r| r.contains(&m.sentence)));
        match found {
            Some(k) => {
                taken[k] = true;
                if lb[k].count != l.count {
                    out.push(PointsDiff {
                        a: Some(*l),
                        b: Some(lb[k]),
                    });
                }
            }
            None => out.push(PointsDiff {
                a: Some(*l),
                b: None,
            }),
        }
    }
    for (m, _) in lb.iter().zip(&taken).filter(|(_, &t)| !t) {
        out.push(PointsDiff {
            a: None,
            b: Some(*m),
        });
    }
    out
}

/// Aligns readout `a` with readout `b` (indices into `readouts`; `analyses` parallel to it,
/// or empty when there are none).
pub fn compare_versions(
    readouts: &[Readout],
    analyses: &[ReadoutAnalysis],
    lexicon: &Lexicon,
    a: usize,
    b: usize,
) -> Versions {
    let (ra, rb) = (&readouts[a], &readouts[b]);
    // Participants share an id: a's index, or b's past the end of a's when unmatched.
    let of_b = match_participants(rb, ra);
    let units_a = units(ra, analyses.get(a), &|p| p as u64);
    let units_b = units(
        rb,
        analyses.get(b),
        &|p| match of_b.get(p).copied().flatten() {
            Some(q) => q as u64,
            None => (ra.participants.len() + p) as u64,
        },
    );
    let rows = align(&units_a, &units_b, Costs::default());
    let topics = |r: usize| analyses.get(r).map(|x| x.topics()).unwrap_or_default();
    let (ta, tb) = (topics(a), topics(b));
    let ids = |mine: &[usize], other: &[usize]| -> Vec<String> {
        mine.iter()
            .filter(|t| other.binary_search(t).is_err())
            .filter_map(|&t| lexicon.topics.get(t).map(|x| x.id.clone()))
            .collect()
    };
    Versions {
        a,
        b,
        points: point_diffs(ra, rb, &rows),
        topics_only_a: ids(&ta, &tb),
        topics_only_b: ids(&tb, &ta),
        rows,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nums(text: &str) -> Vec<u64> {
        let mut v = Vec::new();
        numbers(text, &mut v);
        v
    }

    #[test]
    fn numbers_are_read_in_both_languages() {
        assert_eq!(
            nums("On March 4, 2021, the 50th anniversary of 1 thing"),
            [3, 4, 2021, 50]
        );
        assert_eq!(
            nums("2021年3月4日，两国建交五十周年，第三届，三点意见，一个中国"),
            [2021, 3, 4, 50, 3, 3]
        );
        assert_eq!(nums("You may 4 times"), [4]);
        assert_eq!(nums("１２月"), [12]);
        assert_eq!(nums("1000万剂疫苗，80亿美元"), [10_000_000, 8_000_000_000]);
        assert_eq!(
            nums("10 million doses, 8 billion dollars, 3 millions"),
            [10_000_000, 8_000_000_000, 3]
        );
        assert_eq!(chinese_numeral("二十三"), Some(23));
        assert_eq!(chinese_numeral("十"), Some(10));
        assert_eq!(chinese_numeral("一百零五"), Some(105));
    }
}
