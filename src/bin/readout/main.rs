//! `readout`: the command line. Parses, analyses and compares readout files and prints JSON in
//! the same model the app exports.
//!
//! Each subcommand lives in its own module; this file only dispatches.

mod analyze;
mod compare;
mod input;
mod meetings;
mod options;
mod parse;
mod versions;

use std::process::ExitCode;

const USAGE: &str = "\
usage: readout <command> [options] FILE...

FILE is a readout as .txt, .md or .html, or a collection exported by the app (.json); files
over 20 MB, empty and binary files are refused with a message.

commands:
  parse FILE...     print a JSON array, one parsed readout per file, in input order
  analyze FILE...   print topics, stances and positions of each readout (JSON array)
  compare FILE FILE...
                    print the comparison of the readouts: rows by topic, a column per file;
                    the accounts of one meeting by different publishers get the accounts
                    comparison (who reports what the other side said, sentence shares...)
  meetings FILE...  print the meetings the readouts report (JSON array), each readout in one
  versions A B      align two language versions of one readout sentence by sentence
";

/// The whole help: the commands, then the options as the table in `options` has them.
fn usage() -> String {
    format!("{USAGE}\n{}", options::help())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(cmd) = args.first() else {
        eprintln!("{}", usage());
        return ExitCode::from(2);
    };
    match cmd.as_str() {
        "parse" => parse::run(&args[1..]),
        "analyze" | "analyse" => analyze::run(&args[1..]),
        "compare" => compare::run(&args[1..]),
        "meetings" => meetings::run(&args[1..]),
        "versions" => versions::run(&args[1..]),
        "-h" | "--help" | "help" => {
            println!("{}", usage());
            ExitCode::SUCCESS
        }
        other => {
            eprintln!("readout: unknown command {other:?}\n\n{}", usage());
            ExitCode::from(2)
        }
    }
}
