//! `readout parse [--publisher NAME] FILE...`: a JSON array, one parsed readout per file, in
//! input order, as [`readouts_json`] exports it (the model, plus each sentence's and point's
//! text). Files are read as the app imports them (`input::read_sources`: text, Markdown, HTML,
//! collections, one object per readout). A file that cannot be read gets a message on stderr
//! and a non-zero exit status; the other files are still parsed and printed.

use crate::input::{load, print_json, status};
use crate::options;
use readout_lens::core::parse::export::readouts_json;
use std::process::ExitCode;

pub fn run(args: &[String]) -> ExitCode {
    let options = match options::read("parse", args) {
        Ok(o) => o,
        Err(code) => return code,
    };
    if options.files.is_empty() {
        eprintln!("readout parse: no files given (usage: readout parse FILE...)");
        return ExitCode::from(2);
    }
    let (readouts, failed) = load("parse", &options);
    status(print_json("parse", &readouts_json(&readouts)), failed)
}
