//! `readout`: the command line. Parses, analyses and compares readout files and prints JSON in
//! the same model the app exports.
//!
//! Each subcommand lives in its own module; this file only dispatches.

mod parse;

use std::process::ExitCode;

const USAGE: &str = "\
usage: readout <command> FILE...

commands:
  parse FILE...     print a JSON array, one parsed readout per file, in input order

options:
  --home-country NAME   country of the publishing ministry (default: China)
  -h, --help            this help";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(cmd) = args.first() else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    match cmd.as_str() {
        "parse" => parse::run(&args[1..]),
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
