//! Never panics: the parser over arbitrary strings and over mutated real readouts.
//!
//! A hand-rolled xorshift mutation fuzzer (cargo-fuzz needs nightly). `FUZZ_CASES` sets the
//! number of cases (default 20,000 so `cargo test` stays quick); the million-case run is
//! `FUZZ_CASES=1000000 cargo test --release --test fuzz_parse` (see BENCHMARKS.md).
//! A failing case prints its seed and input; every crash found is kept below as a named test.

use readout_lens::core::synth::Rng;
use readout_lens::core::{parse, ParseOptions, Readout, Speaker};
use std::panic;

const SEEDS: [&str; 4] = [
    include_str!("../data/readouts/2020-11-09-republic-of-korea-kim-gunn.txt"),
    include_str!("../data/readouts/2020-10-27-vietnam-nguyen-quoc-dung.txt"),
    include_str!("fixtures/readouts/three-party-talks.txt"),
    include_str!("fixtures/readouts/web-page-copy.txt"),
];

/// Pieces the parser reacts to, so mutations reach its branches.
const TOKENS: &[&str] = &[
    "First, ",
    "; second, ",
    ": third, ",
    "The first priority is ",
    "The second priority is ",
    "On ",
    "October 27, 2020, ",
    "2020/11/09",
    "2023-06-15 14:30",
    "27 October 2020",
    " of the ",
    "Republic of Korea",
    " (ROK)",
    "(",
    ")",
    " with ",
    " held a video conference with ",
    " met with ",
    " said ",
    " said, ",
    "He said ",
    "She ",
    "Both sides ",
    "They ",
    "The ROK side ",
    "Luo ",
    "Kim Gunn ",
    "U.S. ",
    "Mr. ",
    "No. 1 ",
    "2.5 ",
    "F. ",
    ". ",
    ".",
    "\n",
    "\n\n",
    "\r",
    "\t",
    "  ",
    ",",
    ", and ",
    " and ",
    "Share\n",
    "Print\n",
    "Home > News\n",
    "عربي Español\n",
    "\u{201C}",
    "\u{2019}",
    "é",
    "中文",
    "。",
    "\u{0}",
    "\u{200B}",
    "\u{FEFF}",
    "Updated: ",
    "Vice Foreign Minister ",
    "Portuguese ",
    "of ",
    "the ",
    "Copyright ©",
    "firstly, ",
];

/// A random string: bytes, characters and parser tokens mixed.
fn arbitrary(rng: &mut Rng) -> String {
    let len = rng.below(300);
    let mut bytes = Vec::with_capacity(len * 2);
    for _ in 0..len {
        match rng.below(4) {
            0 => bytes.push(rng.next_u64() as u8),
            1 => bytes.push(b" .,;:\n\"'()ASaeF1"[rng.below(16)]),
            _ => bytes.extend_from_slice(TOKENS[rng.below(TOKENS.len())].as_bytes()),
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// A real readout with 1 to 8 mutations: cut, duplicate, insert a token, swap, flip a byte.
fn mutated(rng: &mut Rng) -> String {
    let mut b = SEEDS[rng.below(SEEDS.len())].as_bytes().to_vec();
    for _ in 0..1 + rng.below(8) {
        let at = rng.below(b.len() + 1);
        let len = rng.below(64).min(b.len() - at);
        match rng.below(6) {
            0 => {
                b.drain(at..at + len);
            }
            1 => {
                let piece = b[at..at + len].to_vec();
                b.splice(at..at, piece);
            }
            2 | 3 => {
                let t = TOKENS[rng.below(TOKENS.len())].as_bytes();
                b.splice(at..at, t.iter().copied());
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

/// Every span fits the text on char boundaries, every index points at something.
fn check(r: &Readout) -> Result<(), String> {
    let ok = |s: readout_lens::core::Span| {
        s.start <= s.end
            && s.end <= r.text.len()
            && r.text.is_char_boundary(s.start)
            && r.text.is_char_boundary(s.end)
    };
    let person_ok = |sp: Speaker| match sp {
        Speaker::Person(i) => i < r.participants.len(),
        _ => true,
    };
    if r.id.len() != 16 || !r.id.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(format!("bad id {:?}", r.id));
    }
    if !r.paragraphs.iter().all(|&p| ok(p)) {
        return Err("paragraph span out of the text".into());
    }
    for s in &r.sentences {
        let para = r
            .paragraphs
            .get(s.paragraph)
            .ok_or("sentence in no paragraph")?;
        if !ok(s.span) || s.span.start < para.start || s.span.end > para.end {
            return Err(format!("sentence span {:?} outside {:?}", s.span, para));
        }
        if !person_ok(s.speaker) {
            return Err("speaker is not a participant".into());
        }
    }
    for p in &r.points {
        if !ok(p.span) || p.sentence >= r.sentences.len() || p.ordinal == 0 || !person_ok(p.speaker)
        {
            return Err(format!("bad point {p:?}"));
        }
    }
    serde_json::to_string(r).map_err(|e| e.to_string())?;
    Ok(())
}

fn parse_checked(input: &str) -> Result<(), String> {
    let opts = ParseOptions::default();
    match panic::catch_unwind(|| parse(input, "fuzz", &opts)) {
        Ok(r) => check(&r),
        Err(_) => Err("panicked".into()),
    }
}

#[test]
fn arbitrary_and_mutated_inputs_never_panic_and_keep_spans_valid() {
    let cases: u64 = std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20_000);
    let seed: u64 = std::env::var("FUZZ_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0x5EED_F00D);
    let mut rng = Rng(seed | 1);
    let hook = panic::take_hook();
    panic::set_hook(Box::new(|_| {}));
    let mut failures = Vec::new();
    for case in 0..cases {
        let input = if case % 3 == 0 {
            arbitrary(&mut rng)
        } else {
            mutated(&mut rng)
        };
        if let Err(why) = parse_checked(&input) {
            failures.push(format!("case {case}: {why}: {input:?}"));
            if failures.len() >= 5 {
                break;
            }
        }
    }
    panic::set_hook(hook);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    eprintln!("fuzz_parse: {cases} cases, seed {seed:#x}, no failures");
}

#[test]
fn empty_blank_and_odd_inputs_parse() {
    for input in [
        "",
        " ",
        "\n\n\n",
        "\r",
        ".",
        "..",
        ". . .",
        "\u{0}",
        "中文。",
        "(",
        "First,",
    ] {
        assert_eq!(parse_checked(input), Ok(()), "{input:?}");
    }
}
