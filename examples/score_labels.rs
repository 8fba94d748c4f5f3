//! Scores folders of labelled readouts as the accuracy test does (`tests/parse_styles.rs`), for
//! sets that are not in the repository: real readouts kept outside it to estimate accuracy on
//! text nobody tuned on. Each `NAME.txt` (or `.html`, `.md`) is read as the app and the command
//! line read a file (the import core), parsed with no publisher setting, and compared with
//! `NAME.labels` beside it (format: tests/fixtures/styles/README.md).
//!
//! ```sh
//! cargo run --release --example score_labels -- [-v] DIR...
//! ```
//!
//! Prints a table per folder and over all of them, with the six measures together and the five
//! issue 15 names (without publishers); `-v` prints every miss, file by file.

#[path = "support/labels.rs"]
mod labels;

use labels::{print_table, read_labels, score, Score, Scores};
use readout_lens::core::import::{import_file, Limits};
use readout_lens::core::ParseOptions;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Every readout file of `dir` with a `.labels` file beside it, sorted.
fn labelled_any(dir: &Path) -> std::io::Result<Vec<(PathBuf, PathBuf)>> {
    let mut v: Vec<(PathBuf, PathBuf)> = std::fs::read_dir(dir)?
        .filter_map(|e| Some(e.ok()?.path()))
        .filter(|p| {
            p.extension()
                .is_some_and(|e| e == "txt" || e == "html" || e == "md")
        })
        .filter_map(|p| {
            let l = p.with_extension("labels");
            l.exists().then_some((p, l))
        })
        .collect();
    v.sort();
    Ok(v)
}

fn add(total: &mut Scores, s: &Scores) {
    let pairs = [
        (&mut total.dates, s.dates),
        (&mut total.formats, s.formats),
        (&mut total.participants, s.participants),
        (&mut total.countries, s.countries),
        (&mut total.publishers, s.publishers),
        (&mut total.sentences, s.sentences),
    ];
    for (t, x) in pairs {
        t.right += x.right;
        t.total += x.total;
    }
}

fn print_sums(s: &Scores) {
    let sum = |skip_publishers: bool| {
        s.measures()
            .iter()
            .filter(|(what, _)| !(skip_publishers && *what == "publishers"))
            .fold(Score::default(), |a, (_, x)| Score {
                right: a.right + x.right,
                total: a.total + x.total,
            })
    };
    let (six, five) = (sum(false), sum(true));
    println!(
        "  six measures       {:>4}/{:<4} {:.3}\n  five (no publisher) {:>3}/{:<4} {:.3}",
        six.right,
        six.total,
        six.ratio(),
        five.right,
        five.total,
        five.ratio()
    );
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let verbose = args.iter().any(|a| a == "-v");
    let dirs: Vec<&String> = args.iter().filter(|a| *a != "-v").collect();
    if dirs.is_empty() {
        eprintln!("usage: score_labels [-v] DIR...");
        return ExitCode::from(2);
    }
    let opts = ParseOptions {
        publisher: None,
        ..ParseOptions::default()
    };
    let limits = Limits::default();
    let (mut all, mut n_all) = (Scores::default(), 0);
    for dir in dirs {
        let files = match labelled_any(Path::new(dir)) {
            Ok(f) => f,
            Err(e) => {
                eprintln!("score_labels: {dir}: {e}");
                return ExitCode::from(2);
            }
        };
        let mut s = Scores::default();
        for (path, label_path) in &files {
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("?");
            let bytes = std::fs::read(path).unwrap_or_default();
            let Some(source) = import_file(name, &bytes, &limits)
                .ok()
                .and_then(|f| f.sources.into_iter().next())
            else {
                eprintln!("score_labels: {} cannot be read", path.display());
                continue;
            };
            let r = source.readout(&opts);
            let mut misses = vec![];
            score(&r, &read_labels(label_path), &mut s, &mut misses);
            if verbose && !misses.is_empty() {
                println!("{}:\n  {}", path.display(), misses.join("\n  "));
            }
        }
        print_table(dir, &s, files.len());
        print_sums(&s);
        add(&mut all, &s);
        n_all += files.len();
    }
    if args.iter().filter(|a| *a != "-v").count() > 1 {
        print_table("all", &all, n_all);
        print_sums(&all);
    }
    ExitCode::SUCCESS
}
