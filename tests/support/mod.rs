//! Helpers shared by the ignored benchmark tests (`analyse_bench`, `explore_bench`).

use std::hint::black_box;
use std::time::Instant;

/// The fastest of `runs` runs of `f`, in seconds, and the output of the last run.
pub fn best_of<T>(runs: usize, mut f: impl FnMut() -> T) -> (f64, T) {
    let mut best = f64::MAX;
    let mut out = None;
    for _ in 0..runs {
        let t = Instant::now();
        let v = black_box(f());
        best = best.min(t.elapsed().as_secs_f64());
        out = Some(v);
    }
    (best, out.expect("at least one run"))
}

/// Corpus size for a benchmark: `BENCH_READOUTS`, default 10,000.
pub fn bench_readouts() -> usize {
    std::env::var("BENCH_READOUTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000)
}
