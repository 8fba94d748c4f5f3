//! The parser benchmark in wasm: builds the synthetic corpus inside the module, then parses it
//! when asked, so that node (benches/wasm/parse_bench.mjs) times parsing alone.
//!
//! Build: `cargo build --release --example wasm_parse_bench --target wasm32-unknown-unknown`,
//! then `wasm-bindgen --target nodejs`; see BENCHMARKS.md. Natively this example is empty.

#[cfg(target_arch = "wasm32")]
mod wasm {
    use readout_lens::core::{parse, synth::synthetic_corpus, ParseOptions};
    use std::cell::RefCell;
    use wasm_bindgen::prelude::*;

    thread_local! {
        static CORPUS: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
    }

    /// Generates `n` synthetic readouts from `seed` and keeps them; returns their total bytes.
    #[wasm_bindgen]
    pub fn make_corpus(n: u32, seed: u32) -> f64 {
        let corpus = synthetic_corpus(n as usize, u64::from(seed));
        let bytes = corpus.iter().map(String::len).sum::<usize>();
        CORPUS.with(|c| *c.borrow_mut() = corpus);
        bytes as f64
    }

    /// Parses every kept readout; returns the number of sentences found (so nothing is
    /// optimised away, and the caller can check the work was done).
    #[wasm_bindgen]
    pub fn parse_corpus() -> f64 {
        let opts = ParseOptions::default();
        CORPUS.with(|c| {
            c.borrow()
                .iter()
                .map(|t| parse(t, "synthetic", &opts).sentences.len())
                .sum::<usize>() as f64
        })
    }
}
