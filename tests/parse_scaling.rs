//! Time grows linearly with input size, on inputs built to hit each stage's worst case
//! (in the manner of pulldown-cmark's DoS tests): for every pattern, parsing 16 times more
//! text may take at most 16 x 4 times longer. A quadratic stage would take ~256 times longer.
//! No absolute wall-clock limit is asserted. `ten_megabytes_take_linear_time` asserts the same
//! growth from 640 KB to 10 MB and prints the 10 MB figures; it is ignored in `cargo test`
//! (10 MB per pattern takes minutes in a debug build): run it with `--release -- --ignored
//! --nocapture` (BENCHMARKS.md).

use readout_lens::core::{parse, ParseOptions};
use std::time::{Duration, Instant};

const KIM: &str = include_str!("../data/readouts/2020-11-09-republic-of-korea-kim-gunn.txt");

/// Patterns that, repeated, stress one stage each.
const PATTERNS: &[(&str, &str)] = &[
    ("a real readout", KIM),
    (
        "one sentence without periods",
        "Luo said that the two sides of the Republic of Korea ",
    ),
    (
        "ordinals inside one sentence",
        "first, a; second, b; third, c: ",
    ),
    ("ordinal runs in one paragraph", "First, x. Second, y. "),
    ("many short cue sentences", "He said. "),
    ("dotted abbreviations", "U.S. "),
    ("a word without spaces", "x"),
    ("blank lines", "\n"),
    ("spaces", " "),
    ("breadcrumb separators", "Home > "),
    ("date openings", "On October 27, 2020, "),
    ("language bar words", "Español Русский "),
    ("quotes and periods", ". \""),
    ("connectors", "of the and "),
    ("non-ASCII text", "\u{201C}é中文 "),
    ("colons", ": "),
    (
        "a Chinese readout",
        include_str!("fixtures/zh/tuning/talks-points-yishi.txt"),
    ),
    (
        "one Chinese sentence without stops",
        "田墨白表示，中方愿同挪方",
    ),
    ("many short Chinese cue sentences", "他表示。"),
    (
        "Chinese point markers in one sentence",
        "一是甲；二是乙，三是丙：",
    ),
    ("Chinese point paragraphs", "第一，加强沟通。\n"),
    ("Han titles and names", "外交部长田墨白同挪威外交大臣索尔旺"),
    ("link words", "同会见与"),
    ("Chinese dates", "2021年3月3日15日晚"),
    ("agency datelines", "新华社北京4月16日电 "),
    ("Chinese chrome lines", "打印本页\n相关新闻\n"),
    ("stops and straight quotes", "好。\""),
    ("full-width commas", "，"),
    ("Han characters without punctuation", "中"),
];

#[path = "support/cpu_time.rs"]
mod cpu_time;
use cpu_time::thread_cpu_time;

/// The best of three parses of `text`. In CPU time where the system gives it: on a loaded
/// machine a long parse waits for a core more often than a short one, and wall time would make
/// a linear stage look super-linear.
fn time_to_parse(text: &str) -> Duration {
    let opts = ParseOptions::default();
    (0..3)
        .map(|_| {
            let (cpu, wall) = (thread_cpu_time(), Instant::now());
            std::hint::black_box(parse(text, "dos", &opts));
            match (cpu, thread_cpu_time()) {
                (Some(a), Some(b)) => b.saturating_sub(a),
                _ => wall.elapsed(),
            }
        })
        .min()
        .unwrap_or_default()
}

fn repeated(pattern: &str, bytes: usize) -> String {
    pattern.repeat(bytes / pattern.len() + 1)
}

/// The patterns whose parse time grows more than 64 times when their size grows 16 times,
/// from `small` bytes, each with what it took; `print` shows every large timing.
fn super_linear(small: usize, print: bool) -> Vec<String> {
    let mut slow = Vec::new();
    for (name, pattern) in PATTERNS {
        let t_small = time_to_parse(&repeated(pattern, small)).max(Duration::from_micros(200));
        let t_large = time_to_parse(&repeated(pattern, small * 16));
        if print {
            let mb = (small * 16) as f64 / (1024.0 * 1024.0);
            eprintln!(
                "{mb:.0} MB of {name:32}: {:>7.1} ms",
                t_large.as_secs_f64() * 1e3
            );
        }
        let ratio = t_large.as_secs_f64() / t_small.as_secs_f64();
        if ratio > 64.0 {
            slow.push(format!("{name}: x16 input took x{ratio:.0} time"));
        }
    }
    slow
}

#[test]
fn parse_time_grows_linearly_with_input_size_for_every_pattern() {
    let slow = super_linear(32 * 1024, false);
    assert!(slow.is_empty(), "super-linear: {slow:?}");
}

#[test]
#[ignore = "10 MB per pattern takes minutes in a debug build; run with --release -- --ignored"]
fn ten_megabytes_take_linear_time() {
    let slow = super_linear(640 * 1024, true);
    assert!(slow.is_empty(), "super-linear up to 10 MB: {slow:?}");
}

#[test]
fn output_sizes_are_bounded_by_the_input() {
    for (name, pattern) in PATTERNS {
        let text = repeated(pattern, 64 * 1024);
        let r = parse(&text, "dos", &ParseOptions::default());
        // A single newline becomes a paragraph break ("\n\n"): at most twice the input.
        assert!(r.text.len() <= 2 * text.len(), "{name}");
        assert!(r.sentences.len() <= text.len() / 2 + 1, "{name}");
        assert!(r.points.len() <= text.len() / 4 + 1, "{name}");
        // Points never overlap: their texts together are no longer than the text.
        let point_bytes: usize = r.points.iter().map(|p| p.span.end - p.span.start).sum();
        assert!(
            point_bytes <= r.text.len(),
            "{name}: points of {point_bytes} bytes"
        );
        assert!(r.participants.len() <= 64, "{name}");
    }
}
