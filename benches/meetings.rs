//! The meetings work at scale: `cargo bench --bench meetings`.
//!
//! Times grouping (`meetings::group_meetings`) on 1,000, 10,000 and 100,000 synthetic readouts
//! with known meetings (`meetings::synth`, seed 7), with the growth per 10x (linear work grows
//! about 10x), and the versions alignment and the accounts comparison of the meetings
//! fixtures. Each figure is the best of several runs (at least 5, or as many as fit in 0.5 s).
//! The build is the bench profile (opt-level 3); the app's release build is opt-level "z", and
//! wasm runs it about 1.5 to 3 times slower (BENCHMARKS.md).

use readout_lens::core::analyse::{analyse_readout, CorpusAnalysis, Lexicon};
use readout_lens::core::meetings::synth::synthetic_meetings;
use readout_lens::core::meetings::{accounts_comparison, compare_versions, group_meetings};
use readout_lens::core::{parse, ParseOptions};
use std::hint::black_box;

#[path = "support/best.rs"]
mod best;
use best::best;

fn main() {
    println!("| step | 1,000 | 10,000 | 100,000 | growth per 10x |");
    println!("| --- | ---: | ---: | ---: | ---: |");
    let mut secs = Vec::new();
    let mut meetings = Vec::new();
    for n in [1_000, 10_000, 100_000] {
        let (readouts, _) = synthetic_meetings(n, 7);
        secs.push(best(|| {
            black_box(group_meetings(black_box(&readouts), &[]));
        }));
        meetings.push(group_meetings(&readouts, &[]).len());
    }
    let growth: Vec<String> = secs
        .windows(2)
        .map(|w| format!("{:.1}", w[1] / w[0]))
        .collect();
    println!(
        "| group into meetings | {:.2} ms | {:.2} ms | {:.1} ms | {} |",
        secs[0] * 1e3,
        secs[1] * 1e3,
        secs[2] * 1e3,
        growth.join(", ")
    );
    println!("(meetings found: {meetings:?})\n");

    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/meetings");
    let opts = ParseOptions::default();
    let read = |f: &str| {
        let text = std::fs::read_to_string(format!("{dir}/{f}")).expect("fixture");
        parse(&text, f, &opts)
    };
    let readouts = vec![
        read("2021-03-04-china-zh-wang-ming-john-carter.txt"),
        read("2021-03-04-china-en-wang-ming-john-carter.txt"),
        read("2021-03-03-united-states-john-carter-wang-ming.txt"),
    ];
    let lexicon = Lexicon::default_lexicon();
    let analyses: Vec<_> = readouts
        .iter()
        .map(|r| analyse_readout(r, &lexicon))
        .collect();
    let corpus = CorpusAnalysis::build(&readouts, &lexicon);
    let align = best(|| {
        black_box(compare_versions(&readouts, &analyses, &lexicon, 0, 1));
    });
    let accounts = best(|| {
        black_box(accounts_comparison(&readouts, &corpus, &lexicon, &[1, 2]));
    });
    println!("| step (meetings fixtures) | time |\n| --- | ---: |");
    println!(
        "| versions alignment, Chinese and English call | {:.0} µs |",
        align * 1e6
    );
    println!(
        "| accounts comparison, two accounts | {:.0} µs |",
        accounts * 1e6
    );
}
