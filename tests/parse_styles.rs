//! Labelled accuracy of the parser over every fixture: the house-style fixtures
//! (tests/fixtures/styles/, fictional, written for the tests), the older fixtures
//! (tests/fixtures/readouts/) and the two seeds, each with a `.labels` file beside it (the seeds'
//! in tests/fixtures/seeds/; format in
//! tests/fixtures/styles/README.md). Prints the accuracy of dates, formats, participants,
//! countries, publishers and sentence speakers.
//!
//! The held-out part (tests/fixtures/styles/heldout/) was written and committed before the
//! parser was tuned on any fixture, and its results were not looked at while tuning: they are
//! printed only with `STYLES_HELDOUT=1`. `STYLES_VERBOSE=1` prints every miss of the tuning
//! part. The parser runs with no publisher setting, so every publisher comes from the text.
//!
//! `cargo test --test parse_styles -- --nocapture` prints the table. The tuning part must be
//! exact on every measure: the seeds and the fixtures are the parser's specification, and a rule
//! that breaks one fails the test (it once printed 0.997 for weeks unseen, while its floor was
//! 0.95).

#[path = "../examples/support/labels.rs"]
mod labels;

use labels::{print_table, read_labels, score, Scores};
use readout_lens::core::{parse, ParseOptions};
use std::path::{Path, PathBuf};

/// Every `.txt` of `dir` that has a `.labels` file in `labels` (its own folder when `labels`
/// is `None`), with that file, sorted.
fn labelled(dir: &Path, labels: Option<&Path>) -> Vec<(PathBuf, PathBuf)> {
    let mut v: Vec<(PathBuf, PathBuf)> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{dir:?}: {e}"))
        .filter_map(|e| Some(e.ok()?.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .filter_map(|p| {
            let l = match labels {
                Some(d) => d.join(p.file_name()?).with_extension("labels"),
                None => p.with_extension("labels"),
            };
            l.exists().then_some((p, l))
        })
        .collect();
    v.sort();
    v
}

/// (folder of readouts, folder of their labels if elsewhere)
type Dir = (&'static str, Option<&'static str>);

fn run(dirs: &[Dir], verbose: bool) -> (Scores, usize) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let opts = ParseOptions {
        publisher: None,
        ..ParseOptions::default()
    };
    let mut s = Scores::default();
    let mut n = 0;
    for (dir, labels) in dirs {
        let labels = labels.map(|l| root.join(l));
        for (path, label_path) in labelled(&root.join(dir), labels.as_deref()) {
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            let r = parse(&text, "labelled", &opts);
            let mut misses = vec![];
            score(&r, &read_labels(&label_path), &mut s, &mut misses);
            n += 1;
            if verbose && !misses.is_empty() {
                println!("{}:\n  {}", path.display(), misses.join("\n  "));
            }
        }
    }
    (s, n)
}

/// The bundled seeds are embedded whole, so their labels live in tests/fixtures/seeds/.
const TUNING: &[Dir] = &[
    ("tests/fixtures/styles/tuning", None),
    ("tests/fixtures/readouts", None),
    ("data/readouts", Some("tests/fixtures/seeds")),
];

#[test]
fn the_tuning_fixtures_are_parsed_to_their_labels() {
    let verbose = std::env::var("STYLES_VERBOSE").is_ok();
    let (s, n) = run(TUNING, verbose);
    print_table("tuning", &s, n);
    assert!(n >= 27, "{n} labelled readouts");
    for (what, sc) in s.measures() {
        assert_eq!(
            sc.right, sc.total,
            "{what}: {}/{} right (STYLES_VERBOSE=1 prints every miss)",
            sc.right, sc.total
        );
    }
}

#[test]
fn the_held_out_fixtures_are_scored_when_asked() {
    let (s, n) = run(&[("tests/fixtures/styles/heldout", None)], false);
    assert!(n >= 11, "{n} held-out readouts");
    if std::env::var("STYLES_HELDOUT").is_ok() {
        print_table("held out", &s, n);
    }
}
