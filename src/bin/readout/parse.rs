//! `readout parse [--home-country NAME] FILE...`: a JSON array, one parsed readout per file, in
//! input order, as [`readouts_json`] exports it (the model, plus each sentence's and point's
//! text). A file that cannot be read as text gets a message on stderr and a non-zero exit
//! status; the other files are still parsed and printed.

use readout_lens::core::parse::export::readouts_json;
use readout_lens::core::{parse, ParseOptions, Readout};
use std::process::ExitCode;

pub fn run(args: &[String]) -> ExitCode {
    let mut opts = ParseOptions::default();
    let mut files: Vec<&str> = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--home-country" => match it.next() {
                Some(c) => opts.home_country = c.clone(),
                None => {
                    eprintln!("readout parse: --home-country needs a country name");
                    return ExitCode::from(2);
                }
            },
            s if s.starts_with("--home-country=") => {
                opts.home_country = s["--home-country=".len()..].to_string();
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
        match read_text(path) {
            Ok(text) => readouts.push(parse(&text, origin(path), &opts)),
            Err(why) => {
                eprintln!("readout parse: {path}: {why}");
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

/// The file's text, or why it is not a readout we can read.
fn read_text(path: &str) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    // NUL bytes never occur in text files and always in binaries (images, PDFs, archives).
    if bytes.contains(&0) {
        return Err("not a text file (binary content)".to_string());
    }
    String::from_utf8(bytes).map_err(|_| "not a text file (not valid UTF-8)".to_string())
}

/// The file name without its folders, as the readout's origin.
fn origin(path: &str) -> &str {
    std::path::Path::new(path)
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or(path)
}
