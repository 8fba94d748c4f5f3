//! The meetings work at scale: `cargo bench --bench meetings`.
//!
//! Times grouping (`meetings::group_meetings`) on 1,000, 10,000 and 100,000 synthetic readouts
//! with known meetings (`meetings::synth`, seed 7), with the growth per 10x (linear work grows
//! about 10x), and the versions alignment and the accounts comparison of the meetings
//! fixtures. Each figure is the best of several runs (at least 5, or as many as fit in 0.5 s).
//! The build is the bench profile (opt-level 3); the app's release build is opt-level "z", and
//! wasm runs it about 1.5 to 3 times slower (BENCHMARKS.md). The thread's CPU time (best of 5)
//! is printed too: on a loaded machine it says how fast the code is, the wall time how long a
//! person waited.

use readout_lens::core::analyse::{analyse_readout, CorpusAnalysis, Lexicon};
use readout_lens::core::meetings::synth::synthetic_meetings;
use readout_lens::core::meetings::{accounts_comparison, compare_versions, group_meetings};
use readout_lens::core::{parse, ParseOptions};
use std::hint::black_box;

#[path = "support/best.rs"]
mod best;
use best::best;
#[path = "../tests/support/cpu_time.rs"]
mod cpu_time;

/// Best thread CPU time of 5 runs of `f`, in seconds (NaN without a thread clock): on a loaded
/// machine the wall time counts the waits for a core, the CPU time does not.
fn best_cpu(mut f: impl FnMut()) -> f64 {
    let mut best = f64::NAN;
    for _ in 0..5 {
        let a = cpu_time::thread_cpu_time();
        f();
        if let (Some(a), Some(b)) = (a, cpu_time::thread_cpu_time()) {
            best = best.min((b - a).as_secs_f64());
        }
    }
    best
}

fn main() {
    println!("| step | 1,000 | 10,000 | 100,000 | growth per 10x |");
    println!("| --- | ---: | ---: | ---: | ---: |");
    let mut secs = Vec::new();
    let mut cpu = Vec::new();
    let mut meetings = Vec::new();
    for n in [1_000, 10_000, 100_000] {
        let (readouts, _) = synthetic_meetings(n, 7);
        let mut group = || {
            black_box(group_meetings(black_box(&readouts), &[]));
        };
        secs.push(best(&mut group));
        cpu.push(best_cpu(&mut group));
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
    println!(
        "| the same, thread CPU time | {:.2} ms | {:.2} ms | {:.1} ms | |",
        cpu[0] * 1e3,
        cpu[1] * 1e3,
        cpu[2] * 1e3
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
    let mut align = || {
        black_box(compare_versions(&readouts, &analyses, &lexicon, 0, 1));
    };
    let (align, align_cpu) = (best(&mut align), best_cpu(&mut align));
    let mut accounts = || {
        black_box(accounts_comparison(&readouts, &corpus, &lexicon, &[1, 2]));
    };
    let (accounts, accounts_cpu) = (best(&mut accounts), best_cpu(&mut accounts));
    println!("| step (meetings fixtures) | time | CPU time |\n| --- | ---: | ---: |");
    println!(
        "| versions alignment, Chinese and English call | {:.0} µs | {:.0} µs |",
        align * 1e6,
        align_cpu * 1e6
    );
    println!(
        "| accounts comparison, two accounts | {:.0} µs | {:.0} µs |",
        accounts * 1e6,
        accounts_cpu * 1e6
    );
}
