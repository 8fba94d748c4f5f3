//! The analysis benchmark in WebAssembly (V8 via Node), the engine the app runs in. Ignored
//! unless asked for; run with the release profile:
//! `CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner cargo test --release
//!  --target wasm32-unknown-unknown --test analyse_bench_wasm -- --include-ignored`
#![cfg(target_arch = "wasm32")]

use readout_lens::core::analyse::{analyse_readout, find_formulations, Lexicon};
use readout_lens::core::explore::{HanTerms, SearchIndex};
use readout_lens::core::{parse, synth::synthetic_corpus, ParseOptions};
use std::hint::black_box;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

#[wasm_bindgen]
extern "C" {
    /// `Date.now()`: std's clock is not available on wasm32-unknown-unknown.
    #[wasm_bindgen(js_namespace = Date, js_name = now)]
    fn now_ms() -> f64;
    /// `performance.now()`, for sub-millisecond query times.
    #[wasm_bindgen(js_namespace = performance, js_name = now)]
    fn perf_ms() -> f64;
}

#[path = "support/zh.rs"]
mod zh;

#[wasm_bindgen_test]
#[ignore]
fn analysis_of_the_synthetic_corpus_in_wasm() {
    let n = 10_000;
    let texts = synthetic_corpus(n, 42);
    let mb = texts.iter().map(String::len).sum::<usize>() as f64 / 1e6;
    let opts = ParseOptions::default();
    let lex = Lexicon::default_lexicon();
    let t0 = now_ms();
    let readouts: Vec<_> = texts.iter().map(|t| parse(t, "synthetic", &opts)).collect();
    let t1 = now_ms();
    let positions: usize = readouts
        .iter()
        .map(|r| analyse_readout(r, &lex).positions.len())
        .sum();
    let t2 = now_ms();
    let forms = find_formulations(&readouts);
    let t3 = now_ms();
    black_box((&positions, &forms));
    console_log!("wasm analysis bench: {n} synthetic readouts, {mb:.2} MB");
    console_log!("  parse                         {:>8.3} s", (t1 - t0) / 1e3);
    console_log!(
        "  topics + stances + positions  {:>8.3} s  ({positions} positions)",
        (t2 - t1) / 1e3
    );
    console_log!("  parse + topics/positions      {:>8.3} s", (t2 - t0) / 1e3);
    console_log!(
        "  formulations                  {:>8.3} s  ({} formulations)",
        (t3 - t2) / 1e3,
        forms.len()
    );
}

/// Chinese search in wasm: the synthetic Chinese corpus of `support/zh.rs` (10,000 readouts),
/// indexed with bigrams (what the app does) and with single characters, each query the best of
/// five runs.
#[wasm_bindgen_test]
#[ignore]
fn chinese_search_in_wasm() {
    let n = 10_000;
    let readouts = zh::chinese_readouts(n, 42);
    console_log!("wasm Chinese search bench: {n} synthetic Chinese readouts");
    for han in [HanTerms::Bigrams, HanTerms::Characters] {
        let t0 = now_ms();
        let index = SearchIndex::build_with(&readouts, han);
        let t1 = now_ms();
        console_log!(
            "  {han:?}: index build {:.0} ms, {} terms, {:.1} MB",
            t1 - t0,
            index.term_count(),
            index.heap_bytes() as f64 / 1e6
        );
        for q in [
            "南海",
            "合作",
            "海",
            "人类命运共同体",
            "一带一路",
            "多边主义 数字经济",
        ] {
            let mut best = f64::MAX;
            let mut total = 0;
            for _ in 0..5 {
                let t = perf_ms();
                total = black_box(index.search(&readouts, q, 50)).total;
                best = best.min(perf_ms() - t);
            }
            console_log!("    search {q:<16} {best:>7.2} ms  ({total} sentences)");
        }
    }
    let t0 = now_ms();
    let forms = find_formulations(&readouts);
    console_log!(
        "  formulations {:.0} ms ({} formulations)",
        now_ms() - t0,
        forms.len()
    );
}
