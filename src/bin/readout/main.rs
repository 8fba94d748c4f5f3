//! `readout`: the command line. Parses, analyses and compares readout files and prints JSON in
//! the same model the app exports.
//!
//! Each subcommand lives in its own module; this file only dispatches.

mod analyze;
mod compare;
mod input;
mod parse;

use std::process::ExitCode;

const USAGE: &str = "\
usage: readout <command> FILE...

FILE is a readout as .txt, .md or .html, or a collection exported by the app (.json); files
over 20 MB, empty and binary files are refused with a message.

commands:
  parse FILE...     print a JSON array, one parsed readout per file, in input order
  analyze FILE...   print topics, stances and positions of each readout (JSON array)
  compare FILE FILE...
                    print the comparison of the readouts: rows by topic, a column per file

options:
  --home-country NAME   country of the publishing ministry (default: China)
  --lexicon FILE        topic lexicon for analyze/compare (default: the built-in data/topics.txt)
  --speaker NAME        compare: show one participant's positions across the meetings
  --same-speaker        compare: the same, for the first person present in every file
  --format FORMAT       compare: json (default), markdown (a table to paste) or csv
  -h, --help            this help";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(cmd) = args.first() else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    match cmd.as_str() {
        "parse" => parse::run(&args[1..]),
        "analyze" | "analyse" => analyze::run(&args[1..]),
        "compare" => compare::run(&args[1..]),
        "-h" | "--help" | "help" => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        other => {
            eprintln!("readout: unknown command {other:?}\n\n{USAGE}");
            ExitCode::from(2)
        }
    }
}
