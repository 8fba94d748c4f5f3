//! `readout compare [--speaker NAME | --same-speaker] [--lexicon FILE] [--format FORMAT]
//! FILE FILE...`: the comparison of two or more readouts (rows by topic, a column per
//! readout), as JSON (default), a Markdown table or CSV.

use crate::analyze::{common_args, load};
use readout_lens::core::analyse::export::{comparison_csv, comparison_json, comparison_markdown};
use readout_lens::core::analyse::{compare, CorpusAnalysis, Mode};
use std::io::Write;
use std::process::ExitCode;

/// What `--format` asks for.
#[derive(Clone, Copy)]
enum Format {
    Json,
    Markdown,
    Csv,
}

/// Takes `--format FORMAT` (or `--format=FORMAT`) out of `args`; the rest is shared with
/// `analyze`, which has no such option.
fn take_format(args: &[String]) -> Result<(Format, Vec<String>), ExitCode> {
    let mut format = Format::Json;
    let mut rest = vec![];
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let value = match a.strip_prefix("--format") {
            Some("") => it.next().map(String::as_str),
            Some(v) if v.starts_with('=') => Some(&v[1..]),
            _ => {
                rest.push(a.clone());
                continue;
            }
        };
        format = match value {
            Some("json") => Format::Json,
            Some("markdown" | "md") => Format::Markdown,
            Some("csv") => Format::Csv,
            Some(other) => {
                eprintln!("readout compare: unknown format {other:?} (use markdown, csv or json)");
                return Err(ExitCode::from(2));
            }
            None => {
                eprintln!("readout compare: --format needs a value (markdown, csv or json)");
                return Err(ExitCode::from(2));
            }
        };
    }
    Ok((format, rest))
}

pub fn run(args: &[String]) -> ExitCode {
    let (format, args) = match take_format(args) {
        Ok(f) => f,
        Err(code) => return code,
    };
    let c = match common_args("compare", &args, true) {
        Ok(c) => c,
        Err(code) => return code,
    };
    if c.files.len() < 2 {
        eprintln!("readout compare: give at least two files (usage: readout compare FILE FILE...)");
        return ExitCode::from(2);
    }
    let (readouts, failed) = load("compare", &c);
    if readouts.len() < 2 {
        eprintln!("readout compare: fewer than two readable files");
        return ExitCode::FAILURE;
    }
    let mode = match (&c.speaker, c.same_speaker) {
        (Some(name), _) => Mode::SameSpeaker {
            name: Some(name.clone()),
        },
        (None, true) => Mode::SameSpeaker { name: None },
        (None, false) => Mode::AllSpeakers,
    };
    let corpus = CorpusAnalysis::build(&readouts, &c.lexicon);
    let columns: Vec<usize> = (0..readouts.len()).collect();
    let cmp = compare(&readouts, &corpus, &c.lexicon, &columns, &mode);
    let out = match format {
        Format::Json => comparison_json(&cmp, &readouts) + "\n",
        Format::Markdown => comparison_markdown(&cmp, &readouts),
        Format::Csv => comparison_csv(&cmp, &readouts),
    };
    let mut stdout = std::io::stdout().lock();
    if let Err(e) = stdout
        .write_all(out.as_bytes())
        .and_then(|()| stdout.flush())
    {
        eprintln!("readout compare: cannot write the output: {e}");
        return ExitCode::FAILURE;
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
