//! Alignment quality of the versions comparison, measured on the written pairs of
//! `tests/fixtures/versions/` (a Chinese readout and its English version, gold beads by hand).
//!
//! A gold bead is right when the aligner gives exactly it (the same Chinese sentences with the
//! same English ones, or the same sentence marked as having no counterpart), or, for a bead
//! whose sides the parser cut into several sentences each, splits it finer without crossing
//! its edges or leaving a sentence of it unmatched (a list of points written as one bead,
//! which the aligner pairs point by point). Printed
//! per pair and for the tuning and held-out pairs apart (`cargo test --test meetings_versions
//! -- --nocapture`); the held-out pairs were written after the costs were set.

mod pairs;

use pairs::{load_pairs, Pair};
use readout_lens::core::analyse::{analyse_readout, Lexicon};
use readout_lens::core::meetings::compare_versions;
use readout_lens::core::model::{Language, Readout};
use std::ops::Range;

struct Score {
    beads: usize,
    right: usize,
    wrong: Vec<String>,
}

/// Scores the alignment of `zh` with `en` against the pair's gold beads.
fn score(pair: &Pair, zh: Readout, en: Readout, lexicon: &Lexicon) -> Score {
    let Some(gold) = pair.gold(&zh, &en) else {
        return Score {
            beads: pair.beads.len(),
            right: 0,
            wrong: vec![format!(
                "{}: sentences do not fall inside the gold beads",
                pair.name
            )],
        };
    };
    let analyses = vec![analyse_readout(&zh, lexicon), analyse_readout(&en, lexicon)];
    let readouts = vec![zh, en];
    let v = compare_versions(&readouts, &analyses, lexicon, 0, 1);
    let got: Vec<(Range<usize>, Range<usize>)> =
        v.rows.iter().map(|b| (b.a.clone(), b.b.clone())).collect();
    let is_right = |g: &(Range<usize>, Range<usize>)| got.contains(g) || finer(g, &got);
    let right = gold.iter().filter(|g| is_right(g)).count();
    let wrong = gold
        .iter()
        .filter(|g| !is_right(g))
        .map(|g| format!("{}: gold {:?} not found; got {:?}", pair.name, g, got))
        .collect();
    Score {
        beads: gold.len(),
        right,
        wrong,
    }
}

/// Whether `got` tiles the two-sided gold bead `g` with smaller two-sided beads: every bead
/// touching it lies inside it and pairs sentences of both sides.
fn finer(g: &(Range<usize>, Range<usize>), got: &[(Range<usize>, Range<usize>)]) -> bool {
    let touching: Vec<&(Range<usize>, Range<usize>)> = got
        .iter()
        .filter(|(a, b)| overlaps(a, &g.0) || overlaps(b, &g.1))
        .collect();
    !g.0.is_empty()
        && !g.1.is_empty()
        && touching.len() > 1
        && touching
            .iter()
            .all(|(a, b)| !a.is_empty() && !b.is_empty() && inside(a, &g.0) && inside(b, &g.1))
        && touching.iter().map(|(a, _)| a.len()).sum::<usize>() == g.0.len()
        && touching.iter().map(|(_, b)| b.len()).sum::<usize>() == g.1.len()
}

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

fn inside(a: &Range<usize>, b: &Range<usize>) -> bool {
    b.start <= a.start && a.end <= b.end
}

fn report(title: &str, scores: &[(&Pair, Score)]) -> f64 {
    println!("\n{title}\n| pair | split | beads | right |\n| --- | --- | ---: | ---: |");
    for (p, s) in scores {
        let split = if p.held_out { "held out" } else { "tuning" };
        println!("| {} | {split} | {} | {} |", p.name, s.beads, s.right);
    }
    let mut all = (0, 0);
    for held_out in [false, true] {
        let (b, r) = scores
            .iter()
            .filter(|(p, _)| p.held_out == held_out)
            .fold((0, 0), |(b, r), (_, s)| (b + s.beads, r + s.right));
        let split = if held_out { "held out" } else { "tuning" };
        if b > 0 {
            println!(
                "| all {split} | | {b} | {r} ({:.1} %) |",
                100.0 * r as f64 / b as f64
            );
        }
        all = (all.0 + b, all.1 + r);
    }
    for (_, s) in scores {
        for w in &s.wrong {
            println!("  {w}");
        }
    }
    all.1 as f64 / all.0.max(1) as f64
}

#[test]
fn the_aligner_gets_95_percent_of_the_written_beads_right() {
    let lexicon = Lexicon::default_lexicon();
    let pairs = load_pairs();
    assert!(pairs.len() >= 5, "the corpus is there");
    let scores: Vec<(&Pair, Score)> = pairs
        .iter()
        .map(|p| {
            let zh = p.hand_readout(Language::Chinese);
            let en = p.hand_readout(Language::English);
            (p, score(p, zh, en, &lexicon))
        })
        .collect();
    let rate = report("Sentences as written (the aligner alone)", &scores);
    assert!(rate >= 0.95, "{:.1} % of beads right", rate * 100.0);
}

#[test]
fn the_pipeline_aligns_the_parsed_versions() {
    // The English side through the parser, as an import would read it. The Chinese side
    // through the parser once it reads Chinese (its sentences then fall inside the gold
    // beads), else as written.
    let lexicon = Lexicon::default_lexicon();
    let pairs = load_pairs();
    let scores: Vec<(&Pair, Score)> = pairs
        .iter()
        .map(|p| {
            let parsed = p.parsed_readout(Language::Chinese);
            let zh = match p
                .bead_of(&parsed, Language::Chinese)
                .iter()
                .all(Option::is_some)
            {
                true if !parsed.sentences.is_empty() => parsed,
                _ => p.hand_readout(Language::Chinese),
            };
            let en = p.parsed_readout(Language::English);
            (p, score(p, zh, en, &lexicon))
        })
        .collect();
    let rate = report(
        "Parsed versions (segmenter, speakers, points, topics)",
        &scores,
    );
    assert!(rate >= 0.9, "{:.1} % of beads right", rate * 100.0);
}
