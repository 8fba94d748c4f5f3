//! Input files read through the import core (`readout_lens::core::import`), as the app reads
//! them: .txt, .md, .html and exported collections (.json); empty, binary and oversize files are
//! refused with the app's messages, and an oversize file before it is read.

use readout_lens::core::collection::Source;
use readout_lens::core::import::{import_file, FileProblem, ImportError, Limits};

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
