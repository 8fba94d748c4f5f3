//! The texts the digest examples read besides the synthetic corpora: every file under
//! `tests/fixtures` and `data/readouts`, in path order, read as UTF-8 with invalid bytes
//! replaced (traditional characters, full-width forms, real house styles).

use std::path::{Path, PathBuf};

/// Every fixture and bundled readout: (path, text).
pub fn fixture_texts() -> Vec<(String, String)> {
    let mut paths = Vec::new();
    files_under(Path::new("tests/fixtures"), &mut paths);
    files_under(Path::new("data/readouts"), &mut paths);
    paths
        .iter()
        .filter_map(|p| {
            let bytes = std::fs::read(p).ok()?;
            Some((
                p.display().to_string(),
                String::from_utf8_lossy(&bytes).into_owned(),
            ))
        })
        .collect()
}

fn files_under(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            files_under(&p, out);
        } else {
            out.push(p);
        }
    }
}
