//! `readout parse [--home-country NAME] FILE...`: a JSON array, one parsed readout per file, in
//! input order, as [`readouts_json`] exports it (the model, plus each sentence's and point's
//! text). Files are read as the app imports them (`input::read_sources`: text, Markdown, HTML,
//! collections, one object per readout). A file that cannot be read gets a message on stderr
//! and a non-zero exit status; the other files are still parsed and printed.

use crate::input::read_sources;
use readout_lens::core::parse::export::readouts_json;
use readout_lens::core::{ParseOptions, Readout};
use std::process::ExitCode;

pub fn run(args: &[String]) -> ExitCode {
    let mut opts = ParseOptions::default();
    let mut files: Vec<&str> = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--home-country" => match it.next() {
                Some(c) => opts.publisher = Some(c.clone()),
                None => {
                    eprintln!("readout parse: --home-country needs a country name");
                    return ExitCode::from(2);
                }
            },
            s if s.starts_with("--home-country=") => {
                opts.publisher = Some(s["--home-country=".len()..].to_string());
            }
            s => files.push(s),
        }
    }
    if files.is_empty() {
        eprintln!("readout parse: no files given (usage: readout parse FILE...)");
        return ExitCode::from(2);
    }
    let mut failed = false;
    let mut readouts: Vec<Readout> = Vec::with_capacity(files.len());
    for path in files {
        match read_sources("parse", path) {
            Ok(sources) => readouts.extend(sources.iter().map(|s| s.readout(&opts))),
            Err(why) => {
                eprintln!("readout parse: {why}");
                failed = true;
            }
        }
    }
    match serde_json::to_string_pretty(&readouts_json(&readouts)) {
        Ok(json) => println!("{json}"),
        Err(e) => {
            eprintln!("readout parse: cannot write JSON: {e}");
            return ExitCode::FAILURE;
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
