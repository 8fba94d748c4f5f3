//! `readout compare [--speaker NAME | --same-speaker] [--lexicon FILE] FILE FILE...`: the
//! comparison of two or more readouts, as JSON (rows by topic, a column per readout).

use crate::analyze::{common_args, load, print_json};
use readout_lens::core::analyse::{compare, Corpus, Mode};
use std::process::ExitCode;

pub fn run(args: &[String]) -> ExitCode {
    let c = match common_args("compare", args, true) {
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
    let corpus = Corpus::build(&readouts, &c.lexicon);
    let columns: Vec<usize> = (0..readouts.len()).collect();
    let cmp = compare(&readouts, &corpus, &c.lexicon, &columns, &mode);
    if !print_json("compare", &cmp) || failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
