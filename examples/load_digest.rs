//! A digest of a whole load's analysis, to show that a change to the tokenizer, the matchers or
//! the search index leaves every result exactly as it was:
//!
//! ```sh
//! cargo run --release --example load_digest > before.txt
//! # ... change the analysis ...
//! cargo run --release --example load_digest | diff before.txt -
//! ```
//!
//! It loads the synthetic corpora (en, zh, mixed) through `pipeline::load_all`, as the page
//! does, and prints per corpus one hash of every sentence's topics and every position, one of
//! the search index, the hits of a few queries and one hash of the formulations.
//! `LOAD_ONLY=zh LOAD_READOUTS=1000` runs only that load and prints nothing (for callgrind).

#[path = "support/fixtures.rs"]
mod fixtures;

use readout_lens::core::analyse::formulations::find_formulations;
use readout_lens::core::collection::Source;
use readout_lens::core::pipeline::load_all;
use readout_lens::core::synth::corpus_of;
use readout_lens::core::ParseOptions;
use std::collections::hash_map::DefaultHasher;
use std::hash::Hasher;

const QUERIES: [&str; 12] = [
    "南海",
    "合作",
    "\"多边主义\"",
    "双方 气候",
    "中",
    "零和博弈",
    "cooperation",
    "climate chan",
    "\"both sides\"",
    "unilateralism",
    "south china sea",
    "合成 synth",
];

fn sources(kind: &str, n: usize) -> Vec<Source> {
    corpus_of(kind, n, 42)
        .unwrap_or_default()
        .into_iter()
        .enumerate()
        .map(|(i, text)| Source::imported(format!("synthetic-{i}.txt"), text))
        .collect()
}

/// Every fixture and bundled readout, as sources (traditional characters, full-width forms,
/// real house styles: what the synthetic corpora do not have).
fn fixtures() -> Vec<Source> {
    fixtures::fixture_texts()
        .into_iter()
        .map(|(path, text)| Source::imported(path, text))
        .collect()
}

fn hash_of(s: &str) -> u64 {
    let mut h = DefaultHasher::new();
    h.write(s.as_bytes());
    h.finish()
}

fn main() {
    let n: usize = std::env::var("LOAD_READOUTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2000);
    if let Ok(kind) = std::env::var("LOAD_ONLY") {
        let loaded = load_all(sources(&kind, n), ParseOptions::default());
        std::hint::black_box(&loaded.analyses);
        return;
    }
    for kind in ["en", "zh", "mixed", "fixtures"] {
        let list = match kind {
            "fixtures" => fixtures(),
            _ => sources(kind, n),
        };
        let loaded = load_all(list, ParseOptions::default());
        let analyses = serde_json::to_string(&loaded.analyses).unwrap_or_default();
        println!("{kind} analyses: {:016x}", hash_of(&analyses));
        println!(
            "{kind} index: {} terms, {} postings, {:016x}",
            loaded.index.term_count(),
            loaded.index.posting_count(),
            hash_of(&format!("{:?}", loaded.index))
        );
        for q in QUERIES {
            let hits = loaded.index.search(&loaded.readouts, q, 50);
            println!(
                "{kind} search {q}: {} hits, {:016x}",
                hits.total,
                hash_of(&format!("{:?}", hits.hits))
            );
        }
        let f = find_formulations(&loaded.readouts);
        let json = serde_json::to_string(&f).unwrap_or_default();
        println!("{kind} formulations: {}, {:016x}", f.len(), hash_of(&json));
    }
}
