//! Input files read through the import core (`readout_lens::core::import`), as the app reads
//! them: .txt, .md, .html and exported collections (.json); empty, binary and oversize files are
//! refused with the app's messages, and an oversize file before it is read.

use crate::options::Options;
use readout_lens::core::analyse::Lexicon;
use readout_lens::core::collection::Source;
use readout_lens::core::import::{decode, import_file, FileProblem, ImportError, Limits};
use readout_lens::core::Readout;
use serde::Serialize;
use std::process::ExitCode;

/// The sources in the file at `path` (one, or every readout of a collection), or the message
/// saying why not, naming the path. A note about a guessed encoding goes to stderr.
pub fn read_sources(cmd: &str, path: &str) -> Result<Vec<Source>, String> {
    let limits = Limits::default();
    let problem = |error: ImportError| {
        FileProblem {
            file: path.to_string(),
            error,
        }
        .to_string()
    };
    let size = std::fs::metadata(path)
        .map_err(|e| format!("{path}: {e}"))?
        .len();
    limits.check_size(size).map_err(problem)?;
    let bytes = std::fs::read(path).map_err(|e| format!("{path}: {e}"))?;
    let file = import_file(file_name(path), &bytes, &limits).map_err(|p| problem(p.error))?;
    if let Some(note) = file.note {
        eprintln!("readout {cmd}: note: {path} {note}");
    }
    Ok(file.sources)
}

/// The file name without its folders: the readout's origin.
pub fn file_name(path: &str) -> &str {
    std::path::Path::new(path)
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or(path)
}

/// Parses every readable file of `options` (every readout of a collection), in order;
/// unreadable ones are reported on stderr and flagged (`true`).
pub fn load(cmd: &str, options: &Options) -> (Vec<Readout>, bool) {
    let mut failed = false;
    let mut out = vec![];
    for path in &options.files {
        match read_sources(cmd, path) {
            Ok(sources) => out.extend(sources.iter().map(|s| s.readout(&options.parse))),
            Err(why) => {
                eprintln!("readout {cmd}: {why}");
                failed = true;
            }
        }
    }
    (out, failed)
}

/// The lexicon `--lexicon` names, or the built-in one; `Err` (exit code 2) after a message.
pub fn lexicon(cmd: &str, options: &Options) -> Result<Lexicon, ExitCode> {
    let Some(path) = &options.lexicon else {
        return Ok(Lexicon::default_lexicon());
    };
    let fail = |why: String| {
        eprintln!("readout {cmd}: {path}: {why}");
        ExitCode::from(2)
    };
    let bytes = std::fs::read(path).map_err(|e| fail(e.to_string()))?;
    let text = decode(&bytes).map_err(|e| fail(e.to_string()))?.text;
    Lexicon::parse(&text).map_err(|e| fail(e.to_string()))
}

/// Prints `value` as pretty JSON on stdout; `false` (after a message) if it cannot.
pub fn print_json<T: Serialize>(cmd: &str, value: &T) -> bool {
    match serde_json::to_string_pretty(value) {
        Ok(mut json) => {
            json.push('\n');
            print_text(cmd, &json)
        }
        Err(e) => {
            eprintln!("readout {cmd}: cannot write JSON: {e}");
            false
        }
    }
}

/// Writes `out` to stdout as it is; `false` (after a message) if it cannot. A reader that
/// stopped reading (`readout parse ... | head`) gets no message: it has what it wanted.
pub fn print_text(cmd: &str, out: &str) -> bool {
    use std::io::{ErrorKind, Write};
    let mut stdout = std::io::stdout().lock();
    stdout
        .write_all(out.as_bytes())
        .and_then(|()| stdout.flush())
        .map_err(|e| {
            if e.kind() != ErrorKind::BrokenPipe {
                eprintln!("readout {cmd}: cannot write the output: {e}");
            }
        })
        .is_ok()
}

/// The exit status: failure when the output could not be written or a file not read.
pub fn status(written: bool, failed: bool) -> ExitCode {
    if written && !failed {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
