//! Parser throughput on the synthetic corpus: `cargo bench --bench parse`.
//! Prints MB/s for the English, the Chinese and the mixed corpus; `BENCH_READOUTS` sets the
//! corpus size (default 10,000), `BENCH_LANG` one corpus only (en, zh or mixed). Wall time and
//! the thread's CPU time are both printed: on a loaded machine the CPU time is the figure that
//! says how fast the parser is, the wall time how long a person waited.

use readout_lens::core::{parse, synth::corpus_of, ParseOptions};
use std::hint::black_box;
use std::time::Instant;

#[path = "../tests/support/cpu_time.rs"]
mod cpu_time;

fn main() {
    let n: usize = std::env::var("BENCH_READOUTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000);
    let only = std::env::var("BENCH_LANG").ok();
    for kind in ["en", "zh", "mixed"] {
        if only.as_deref().is_none_or(|o| o == kind) {
            bench(kind, n);
        }
    }
}

fn bench(kind: &str, n: usize) {
    let corpus = corpus_of(kind, n, 42).unwrap_or_default();
    let bytes: usize = corpus.iter().map(String::len).sum();
    let opts = ParseOptions::default();
    let (mut best, mut best_cpu) = (f64::MAX, f64::MAX);
    for _ in 0..5 {
        let (t, cpu) = (Instant::now(), cpu_time::thread_cpu_time());
        for (i, text) in corpus.iter().enumerate() {
            black_box(parse(black_box(text), "synthetic", &opts));
            black_box(i);
        }
        best = best.min(t.elapsed().as_secs_f64());
        if let (Some(a), Some(b)) = (cpu, cpu_time::thread_cpu_time()) {
            best_cpu = best_cpu.min((b - a).as_secs_f64());
        }
    }
    let mb = bytes as f64 / 1e6;
    let cpu = if best_cpu < f64::MAX {
        format!("; CPU time {best_cpu:.3} s, {:.1} MB/s", mb / best_cpu)
    } else {
        String::new()
    };
    println!(
        "parse ({kind}): {n} synthetic readouts, {mb:.2} MB, best of 5: {:.3} s, {:.1} MB/s, {:.1} us/readout{cpu}",
        best,
        mb / best,
        best * 1e6 / n as f64
    );
}
