//! Writes a synthetic corpus for benchmarks and tests, deterministic from a seed:
//!
//! ```sh
//! cargo run --release --example synth -- --count 10000 --seed 42 --out synthetic.json
//! cargo run --release --example synth -- --count 200 --out synthetic/   # one .txt per readout
//! cargo run --release --example synth -- --lang zh --count 10000 --out chinese.json
//! ```
//!
//! `--lang` picks the language: `en` (the default), `zh` (Chinese) or `mixed` (both in turn).
//!
//! A path ending in `.json` gets a Readout Lens collection (the file "Export everything"
//! writes, loadable with `?collection=`); any other path is a folder of text files. The texts
//! come from `core::synth`: invented officials, and every text says it was generated.

use readout_lens::core::collection::{Collection, Source};
use readout_lens::core::synth::corpus_of;
use std::path::PathBuf;
use std::process::ExitCode;

struct Args {
    count: usize,
    seed: u64,
    lang: String,
    out: PathBuf,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        count: 1000,
        seed: 42,
        lang: "en".into(),
        out: PathBuf::new(),
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut value = || it.next().ok_or(format!("{flag} needs a value"));
        match flag.as_str() {
            "--count" => args.count = value()?.parse().map_err(|_| "--count takes a number")?,
            "--seed" => args.seed = value()?.parse().map_err(|_| "--seed takes a number")?,
            "--out" => args.out = PathBuf::from(value()?),
            "--lang" => args.lang = value()?,
            other => return Err(format!("unknown argument {other}")),
        }
    }
    if corpus_of(&args.lang, 0, 0).is_none() {
        return Err("--lang takes en, zh or mixed".into());
    }
    if args.out.as_os_str().is_empty() {
        return Err("--out FILE.json|DIR is required".into());
    }
    Ok(args)
}

fn name(i: usize) -> String {
    format!("synthetic-{i:05}.txt")
}

fn run(args: &Args) -> std::io::Result<()> {
    let texts = corpus_of(&args.lang, args.count, args.seed).unwrap_or_default();
    let bytes: usize = texts.iter().map(String::len).sum();
    if args.out.extension().is_some_and(|e| e == "json") {
        let readouts = texts
            .into_iter()
            .enumerate()
            // `added` is 0: the same seed always writes the same file.
            .map(|(i, text)| Source::imported(name(i), text))
            .collect();
        let json = serde_json::to_string(&Collection::new(readouts))?;
        if let Some(dir) = args.out.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)?;
        }
        std::fs::write(&args.out, json)?;
    } else {
        std::fs::create_dir_all(&args.out)?;
        for (i, text) in texts.iter().enumerate() {
            std::fs::write(args.out.join(name(i)), text)?;
        }
    }
    eprintln!(
        "wrote {} synthetic readouts ({:.2} MB of text, seed {}) to {}",
        args.count,
        bytes as f64 / 1e6,
        args.seed,
        args.out.display()
    );
    Ok(())
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("synth: {e}\nusage: synth --count N [--seed S] --out FILE.json|DIR");
            return ExitCode::from(2);
        }
    };
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("synth: {}: {e}", args.out.display());
            ExitCode::FAILURE
        }
    }
}
