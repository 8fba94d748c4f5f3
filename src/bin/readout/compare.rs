//! `readout compare [--speaker NAME | --same-speaker] [--lexicon FILE] [--format FORMAT]
//! FILE FILE...`: the comparison of two or more readouts (rows by topic, a column per
//! readout), as JSON (default), a Markdown table or CSV.
//!
//! When the readouts are the accounts of one meeting by two publishers or more (as `readout
//! meetings` groups them) and every speaker is shown, the comparison is the accounts
//! comparison (`core::meetings::accounts`): the same rows and silences, plus the people matched
//! across the accounts, the topics one account alone reports, what an account says the other
//! side said that the other side's own account does not, sentence shares and each side's
//! formulations.

use crate::input::{lexicon, print_text, status};
use crate::meetings::load_labelled;
use crate::options::{self, Format};
use readout_lens::core::analyse::export::{comparison_csv, comparison_json, comparison_markdown};
use readout_lens::core::analyse::{compare, CorpusAnalysis, Mode};
use readout_lens::core::meetings::export::{accounts_csv, accounts_json, accounts_markdown};
use readout_lens::core::meetings::{accounts_comparison, group_meetings};
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
    let (readouts, labels, failed) = load_labelled("compare", &options);
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
    let labels: Vec<Option<&str>> = labels.iter().map(Option::as_deref).collect();
    let meetings = group_meetings(&readouts, &labels);
    let accounts = match meetings.meetings.as_slice() {
        [one] => one.accounts(&readouts).len() >= 2 && mode == Mode::AllSpeakers,
        _ => false,
    };
    let out = if accounts {
        let cmp = accounts_comparison(&readouts, &corpus, &lexicon, &columns);
        match options.format {
            Format::Json => accounts_json(&cmp, &readouts) + "\n",
            Format::Markdown => accounts_markdown(&cmp, &readouts),
            Format::Csv => accounts_csv(&cmp, &readouts),
        }
    } else {
        let cmp = compare(&readouts, &corpus, &lexicon, &columns, &mode);
        match options.format {
            Format::Json => comparison_json(&cmp, &readouts) + "\n",
            Format::Markdown => comparison_markdown(&cmp, &readouts),
            Format::Csv => comparison_csv(&cmp, &readouts),
        }
    };
    status(print_text("compare", &out), failed)
}
