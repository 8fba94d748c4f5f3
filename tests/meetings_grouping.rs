//! Grouping quality on synthetic meetings with the truth known (`meetings::synth`): pairs of
//! readouts put in one meeting that report one meeting (precision) and pairs reporting one
//! meeting that are put in one (recall). Printed with `--nocapture`; the corpus is built to be
//! hard: a quarter of the meetings have a second meeting the same day with another official
//! of the same country, a sixth are followed by the same two meeting again the next day, and
//! Chinese versions name foreign officials in transliterations only their office can match.

use readout_lens::core::meetings::group_meetings;
use readout_lens::core::meetings::synth::synthetic_meetings;

/// (pairs grouped together that are one meeting, pairs grouped together, pairs that are one
/// meeting).
fn pair_counts(n: usize, seed: u64) -> (usize, usize, usize) {
    let (readouts, truth) = synthetic_meetings(n, seed);
    let m = group_meetings(&readouts, &[]);
    let (mut right, mut grouped, mut real) = (0, 0, 0);
    for meeting in &m.meetings {
        for (k, &a) in meeting.readouts.iter().enumerate() {
            for &b in &meeting.readouts[k + 1..] {
                grouped += 1;
                right += usize::from(truth[a] == truth[b]);
            }
        }
    }
    let mut by_truth = vec![0usize; truth.last().map_or(0, |&t| t + 1)];
    for &t in &truth {
        by_truth[t] += 1;
    }
    for c in by_truth {
        real += c * c.saturating_sub(1) / 2;
    }
    (right, grouped, real)
}

#[test]
fn grouping_finds_the_synthetic_meetings() {
    println!("| readouts | pairs grouped | of them right | pairs in truth | precision | recall |");
    println!("| ---: | ---: | ---: | ---: | ---: | ---: |");
    for (n, seed) in [(1_000, 1), (10_000, 2)] {
        let (right, grouped, real) = pair_counts(n, seed);
        let precision = right as f64 / grouped.max(1) as f64;
        let recall = right as f64 / real.max(1) as f64;
        println!(
            "| {n} | {grouped} | {right} | {real} | {:.4} | {:.4} |",
            precision, recall
        );
        assert!(precision >= 0.99, "precision {precision}");
        assert!(recall >= 0.97, "recall {recall}");
    }
}
