//! Never panics: file import over arbitrary bytes and over mutated HTML and Markdown.
//!
//! The same xorshift mutation fuzzing as `fuzz_parse.rs`: a third random byte strings mixing
//! markup tokens, two thirds a page written for this test (fictional names) with 1-8 mutations,
//! each read as .html, .md, .txt, .json and with no extension. `FUZZ_CASES` sets the number of
//! cases (default 1,000 so `cargo test` stays quick; `FUZZ_CASES=500000 cargo test --profile bench
//! --test import_fuzz` ran 500,000 in 50 s with no panic). A failing case prints its seed.

use readout_lens::core::import::{import_file, merge, safe_http_url, FileProblem, Limits};
use readout_lens::core::synth::Rng;
use readout_lens::core::ParseOptions;
use std::panic;

const PAGE: &str = "<!DOCTYPE html><html><head><title>Minister Ana Example &amp; Bo Sample\
    </title><style>p{}</style><script>if (a < b) x('</p>');</script></head><body>\
    <nav>Home &gt; News</nav><main><h1>Minister Ana Example Meets Minister Bo Sample</h1>\
    <p>On 3 March 2021, Minister <b>Ana Example</b> met <a href='/x'>Bo Sample</a>.</p>\
    <!-- note --><p>First, trade&nbsp;&#8220;matters&#x201D;.<br>Second, both sides agreed.</p>\
    <pre>kept\n lines</pre><svg><text>drawn</text></svg><article>A</article></main>\
    <footer>&copy; 2021</footer></body></html>\n# Heading\n> quote *em* _em_ [link](u) `c`\n";

/// Pieces the scanners react to, so mutations reach their branches.
const TOKENS: &[&str] = &[
    "<",
    ">",
    "</",
    "/>",
    "<!--",
    "-->",
    "<!",
    "<?",
    "&",
    ";",
    "&#",
    "&#x",
    "&amp",
    "&nbsp;",
    "\"",
    "'",
    "=",
    "<p>",
    "</p>",
    "<br>",
    "<script>",
    "</script>",
    "<style>",
    "</style",
    "<title>",
    "</title>",
    "<head>",
    "</head>",
    "<body>",
    "<main>",
    "</main>",
    "<article>",
    "<h1>",
    "</h1>",
    "<svg>",
    "</svg>",
    "<math>",
    "<pre>",
    "</pre>",
    "<td>",
    "\n",
    "\r\n",
    " ",
    "\t",
    "#",
    "##### ",
    "> ",
    "- ",
    "* ",
    "**",
    "__",
    "_",
    "~~",
    "`",
    "```",
    "[",
    "]",
    "](",
    "(",
    ")",
    "][",
    "![",
    "\\",
    "<https://",
    "{",
    "}",
    "\"format\":",
    "\"readout-lens-collection\"",
    "\"version\":",
    "1",
    "é",
    "\u{201C}",
    "\u{FEFF}",
    "\0",
    "\u{FFFD}",
];

fn case(seed: u64) -> Vec<u8> {
    let mut rng = Rng(seed | 1);
    if rng.below(3) == 0 {
        let len = rng.below(300);
        let mut out = Vec::new();
        for _ in 0..len {
            if rng.below(2) == 0 {
                out.extend_from_slice(TOKENS[rng.below(TOKENS.len())].as_bytes());
            } else {
                out.push(rng.next_u64() as u8);
            }
        }
        return out;
    }
    let mut bytes = PAGE.as_bytes().to_vec();
    for _ in 0..1 + rng.below(8) {
        let at = rng.below(bytes.len() + 1);
        match rng.below(4) {
            0 => {
                let t = TOKENS[rng.below(TOKENS.len())].as_bytes();
                bytes.splice(at..at, t.iter().copied());
            }
            1 => {
                let end = (at + rng.below(40)).min(bytes.len());
                bytes.drain(at..end);
            }
            2 => {
                if at < bytes.len() {
                    bytes[at] = rng.next_u64() as u8;
                }
            }
            _ => {
                let from = rng.below(bytes.len());
                let end = (from + rng.below(60)).min(bytes.len());
                let copy = bytes[from..end].to_vec();
                bytes.splice(at..at, copy);
            }
        }
    }
    bytes
}

fn check(bytes: &[u8]) {
    let limits = Limits::default();
    let opts = ParseOptions::default();
    for name in ["f.html", "f.md", "f.txt", "f.json", "f"] {
        match import_file(name, bytes, &limits) {
            Ok(file) => {
                assert!(!file.sources.is_empty(), "{name}: no source and no error");
                let report = merge(&[], file.sources, &opts);
                for s in &report.added {
                    s.readout(&opts);
                }
            }
            Err(FileProblem { file, error }) => {
                assert_eq!(file, name);
                assert!(!error.to_string().is_empty());
            }
        }
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        if let Some(url) = safe_http_url(text) {
            assert!(
                url.starts_with("http://") || url.starts_with("https://"),
                "{url}"
            );
        }
    }
}

#[test]
fn import_never_panics_on_arbitrary_or_mutated_files() {
    let cases: u64 = std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000);
    let base: u64 = 0x1e7_0f1e;
    for i in 0..cases {
        let seed = base.wrapping_add(i.wrapping_mul(0x9E37_79B9_7F4A_7C15));
        let bytes = case(seed);
        if panic::catch_unwind(|| check(&bytes)).is_err() {
            panic!(
                "case {i} (seed {seed:#x}) panicked on {:?}",
                String::from_utf8_lossy(&bytes)
            );
        }
    }
}
