//! `readout versions [--format json|markdown|csv] A B`: two language versions of one readout
//! aligned sentence to sentence (`core::meetings::versions`). JSON (default) gives the aligned
//! pairs and, per readout, the sentences with no counterpart in the other, the topics only it
//! raises and the lists of points whose count differs; Markdown a table to paste; CSV a record
//! per aligned row.

use crate::input::{lexicon, load, print_text, status};
use crate::options::{self, Format};
use readout_lens::core::analyse::analyse_readout;
use readout_lens::core::meetings::compare_versions;
use readout_lens::core::meetings::export::{versions_csv, versions_json, versions_markdown};
use std::process::ExitCode;

pub fn run(args: &[String]) -> ExitCode {
    let options = match options::read("versions", args) {
        Ok(o) => o,
        Err(code) => return code,
    };
    let lexicon = match lexicon("versions", &options) {
        Ok(l) => l,
        Err(code) => return code,
    };
    let (readouts, failed) = load("versions", &options);
    if readouts.len() != 2 {
        eprintln!(
            "readout versions: give exactly two readouts, the two versions (usage: readout versions A B); read {}",
            readouts.len()
        );
        return ExitCode::from(2);
    }
    let (a, b) = (&readouts[0], &readouts[1]);
    if a.language == b.language {
        eprintln!("readout versions: note: both readouts are in the same language");
    }
    if a.publisher != b.publisher {
        eprintln!("readout versions: note: the two readouts have different publishers (they are two accounts, not two versions)");
    }
    let analyses: Vec<_> = readouts
        .iter()
        .map(|r| analyse_readout(r, &lexicon))
        .collect();
    let v = compare_versions(&readouts, &analyses, &lexicon, 0, 1);
    let out = match options.format {
        Format::Json => versions_json(&v, &readouts) + "\n",
        Format::Markdown => versions_markdown(&v, &readouts, &lexicon),
        Format::Csv => versions_csv(&v, &readouts),
    };
    status(print_text("versions", &out), failed)
}
