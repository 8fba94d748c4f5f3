//! A digest of the parser's output, to show that a change (a speed-up, a refactoring) leaves
//! every parse exactly as it was:
//!
//! ```sh
//! cargo run --release --example parse_digest > before.txt
//! # ... change the parser ...
//! cargo run --release --example parse_digest | diff before.txt -
//! ```
//!
//! `DIGEST_FILES=1` prints a line per fixture file (as written and in the other language);
//! `DIGEST_MUTATED=DIR` writes the mutated texts to DIR, one file each.
//!
//! It parses the synthetic corpora (en, zh, mixed), every file under tests/fixtures and
//! data/readouts (as written, in the other language, with other publisher settings), and
//! mutated copies of them (cuts, duplicated and spliced pieces, flipped bytes), and prints one
//! hash of the serialized readouts per group. A different line means a different parse.

#[path = "support/fixtures.rs"]
mod fixtures;

use readout_lens::core::parse::parse_in;
use readout_lens::core::synth::{corpus_of, Rng};
use readout_lens::core::{parse, Language, ParseOptions, Readout};
use std::collections::hash_map::DefaultHasher;
use std::hash::Hasher;

/// Hashes serialized readouts, one group at a time.
struct Digest {
    hasher: DefaultHasher,
    count: usize,
}

impl Digest {
    fn new() -> Self {
        Digest {
            hasher: DefaultHasher::new(),
            count: 0,
        }
    }

    fn add(&mut self, r: &Readout) {
        let json = serde_json::to_string(r).unwrap_or_default();
        self.hasher.write(json.as_bytes());
        self.count += 1;
    }

    fn print(self, group: &str) {
        println!(
            "{group}: {} readouts, {:016x}",
            self.count,
            self.hasher.finish()
        );
    }
}

/// A copy of `text` with 1 to 8 mutations, some of them pieces of `other`.
fn mutated(rng: &mut Rng, text: &str, other: &str) -> String {
    let mut b = text.as_bytes().to_vec();
    let o = other.as_bytes();
    for _ in 0..1 + rng.below(8) {
        let at = rng.below(b.len() + 1);
        let len = rng.below(80).min(b.len() - at);
        match rng.below(6) {
            0 => {
                b.drain(at..at + len);
            }
            1 => {
                let piece = b[at..at + len].to_vec();
                b.splice(at..at, piece);
            }
            2 | 3 => {
                let from = rng.below(o.len() + 1);
                let piece = &o[from..(from + rng.below(120)).min(o.len())];
                b.splice(at..at, piece.iter().copied());
            }
            4 => b.truncate(at),
            _ => {
                if at < b.len() {
                    b[at] ^= 1 << rng.below(8);
                }
            }
        }
    }
    String::from_utf8_lossy(&b).into_owned()
}

fn main() {
    let default = ParseOptions::default();
    let none = ParseOptions {
        publisher: None,
        publisher_correction: None,
    };
    let corrected = ParseOptions {
        publisher: Some("United States".into()),
        publisher_correction: Some("Japan".into()),
    };

    for kind in ["en", "zh", "mixed"] {
        let mut d = Digest::new();
        for text in corpus_of(kind, 2000, 42).unwrap_or_default() {
            d.add(&parse(&text, "synthetic", &default));
        }
        d.print(&format!("synthetic {kind}"));
    }

    let texts = fixtures::fixture_texts();

    let (mut plain, mut other_lang, mut settings) = (Digest::new(), Digest::new(), Digest::new());
    for (path, text) in &texts {
        let mut one = Digest::new();
        let r = parse(text, path, &default);
        one.add(&r);
        plain.add(&r);
        if std::env::var("DIGEST_FILES").is_ok() {
            one.print(path);
        }
        let flipped = match r.language {
            Language::English => Language::Chinese,
            Language::Chinese => Language::English,
        };
        let other = parse_in(text, path, &default, flipped);
        other_lang.add(&other);
        if std::env::var("DIGEST_FILES").is_ok() {
            let mut one = Digest::new();
            one.add(&other);
            one.print(&format!("{path} in the other language"));
        }
        settings.add(&parse(text, path, &none));
        settings.add(&parse(text, path, &corrected));
    }
    plain.print("fixtures");
    other_lang.print("fixtures in the other language");
    settings.print("fixtures with other publisher settings");

    // DIGEST_MUTATED=DIR writes each mutated text to DIR/N.txt, to find the ones a change
    // parses differently (`readout parse` on both builds).
    let dump = std::env::var("DIGEST_MUTATED").ok();
    let mut rng = Rng(0x5eed_1234_abcd_0001);
    let mut d = Digest::new();
    for i in 0..texts.len() * 40 {
        let text = &texts[i % texts.len()].1;
        let other = &texts[rng.below(texts.len())].1;
        let m = mutated(&mut rng, text, other);
        if let Some(dir) = &dump {
            std::fs::write(format!("{dir}/{i}.txt"), &m)
                .expect("DIGEST_MUTATED: a writable directory");
        }
        d.add(&parse(&m, "mutated", &default));
    }
    d.print("mutated fixtures");
}
