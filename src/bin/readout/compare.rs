//! `readout compare [--speaker NAME | --same-speaker] [--lexicon FILE] [--format FORMAT]
//! FILE FILE...`: the comparison of two or more readouts (rows by topic, a column per
//! readout), as JSON (default), a Markdown table or CSV.

use crate::input::{lexicon, load, status};
use crate::options::{self, Format};
use readout_lens::core::analyse::export::{comparison_csv, comparison_json, comparison_markdown};
use readout_lens::core::analyse::{compare, CorpusAnalysis, Mode};
use std::io::Write;
use std::process::ExitCode;

pub fn run(args: &[String]) -> ExitCode {
    let options = match options::read("compare", args) {
        Ok(o) => o,
        Err(code) => return code,
    };
    let lexicon = match lexicon("compare", &options) {
        Ok(l) => l,
        Err(code) => return code,
    };
    if options.files.len() < 2 {
        eprintln!("readout compare: give at least two files (usage: readout compare FILE FILE...)");
        return ExitCode::from(2);
    }
    let (readouts, failed) = load("compare", &options);
    if readouts.len() < 2 {
        eprintln!("readout compare: fewer than two readable files");
        return ExitCode::FAILURE;
    }
    let mode = match (&options.speaker, options.same_speaker) {
        (Some(name), _) => Mode::SameSpeaker {
            name: Some(name.clone()),
        },
        (None, true) => Mode::SameSpeaker { name: None },
        (None, false) => Mode::AllSpeakers,
    };
    let corpus = CorpusAnalysis::build(&readouts, &lexicon);
    let columns: Vec<usize> = (0..readouts.len()).collect();
    let cmp = compare(&readouts, &corpus, &lexicon, &columns, &mode);
    let out = match options.format {
        Format::Json => comparison_json(&cmp, &readouts) + "\n",
        Format::Markdown => comparison_markdown(&cmp, &readouts),
        Format::Csv => comparison_csv(&cmp, &readouts),
    };
    let mut stdout = std::io::stdout().lock();
    let written = stdout
        .write_all(out.as_bytes())
        .and_then(|()| stdout.flush())
        .map_err(|e| eprintln!("readout compare: cannot write the output: {e}"))
        .is_ok();
    status(written, failed)
}
