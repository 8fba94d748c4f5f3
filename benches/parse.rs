//! Parser throughput on the synthetic corpus: `cargo bench --bench parse`.
//! Prints MB/s; `BENCH_READOUTS` sets the corpus size (default 10,000).

use readout_lens::core::{parse, synth::synthetic_corpus, ParseOptions};
use std::hint::black_box;
use std::time::Instant;

fn main() {
    let n: usize = std::env::var("BENCH_READOUTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000);
    let corpus = synthetic_corpus(n, 42);
    let bytes: usize = corpus.iter().map(String::len).sum();
    let opts = ParseOptions::default();
    let mut best = f64::MAX;
    for _ in 0..5 {
        let t = Instant::now();
        for (i, text) in corpus.iter().enumerate() {
            black_box(parse(black_box(text), "synthetic", &opts));
            black_box(i);
        }
        best = best.min(t.elapsed().as_secs_f64());
    }
    let mb = bytes as f64 / 1e6;
    println!(
        "parse: {n} synthetic readouts, {mb:.2} MB, best of 5: {:.3} s, {:.1} MB/s, {:.1} us/readout",
        best,
        mb / best,
        best * 1e6 / n as f64
    );
}
