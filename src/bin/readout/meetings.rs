//! `readout meetings FILE...`: the meetings the readouts report, as a JSON array. Each meeting
//! has its date, accounts (publishers), languages and readouts (`origin`, `publisher`,
//! `language`, `id`, with title and date); every readout read is in exactly one meeting. A
//! collection's meeting corrections (the app's split and join) are applied.

use crate::input::{print_json, read_sources, status};
use crate::options::{self, Options};
use readout_lens::core::meetings::group_meetings;
use readout_lens::core::{Date, Language, Readout};
use serde::Serialize;
use std::process::ExitCode;

/// One readout of a meeting.
#[derive(Serialize)]
struct ReadoutOut<'a> {
    origin: &'a str,
    publisher: Option<&'a str>,
    language: Language,
    id: &'a str,
    title: &'a str,
    date: Option<Date>,
}

#[derive(Serialize)]
struct MeetingOut<'a> {
    /// The id links use: its first readout's.
    id: &'a str,
    date: Option<Date>,
    /// The publishers of its accounts, in order.
    accounts: Vec<Option<&'a str>>,
    languages: Vec<Language>,
    /// True when the user split or joined it.
    corrected: bool,
    readouts: Vec<ReadoutOut<'a>>,
}

/// Parses every readable file of `options`, with each readout's meeting label (a collection's
/// `corrections.meeting`); unreadable files are reported on stderr and flagged (`true`).
pub fn load_labelled(cmd: &str, options: &Options) -> (Vec<Readout>, Vec<Option<String>>, bool) {
    let (mut readouts, mut labels, mut failed) = (Vec::new(), Vec::new(), false);
    for path in &options.files {
        match read_sources(cmd, path) {
            Ok(sources) => {
                for s in &sources {
                    readouts.push(s.readout(&options.parse));
                    labels.push(s.corrections.meeting.clone());
                }
            }
            Err(why) => {
                eprintln!("readout {cmd}: {why}");
                failed = true;
            }
        }
    }
    (readouts, labels, failed)
}

pub fn run(args: &[String]) -> ExitCode {
    let options = match options::read("meetings", args) {
        Ok(o) => o,
        Err(code) => return code,
    };
    if options.files.is_empty() {
        eprintln!("readout meetings: no files given (usage: readout meetings FILE...)");
        return ExitCode::from(2);
    }
    let (readouts, labels, failed) = load_labelled("meetings", &options);
    let labels: Vec<Option<&str>> = labels.iter().map(Option::as_deref).collect();
    let meetings = group_meetings(&readouts, &labels);
    let out: Vec<MeetingOut> = meetings
        .meetings
        .iter()
        .map(|m| MeetingOut {
            id: m.id(&readouts),
            date: m.date(&readouts),
            accounts: m.accounts(&readouts).iter().map(|a| a.publisher).collect(),
            languages: m.languages(&readouts),
            corrected: m.corrected,
            readouts: m
                .readouts
                .iter()
                .map(|&r| {
                    let x = &readouts[r];
                    ReadoutOut {
                        origin: &x.origin,
                        publisher: x.publisher.as_deref(),
                        language: x.language,
                        id: &x.id,
                        title: &x.title,
                        date: x.date,
                    }
                })
                .collect(),
        })
        .collect();
    status(print_json("meetings", &out), failed)
}
