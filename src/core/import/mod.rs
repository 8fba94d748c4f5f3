//! Import: files and pasted text -> [`Source`]s, with a clear message for everything refused.
//!
//! ```text
//!  bytes -> size check -> decode (encoding, binary) -> by extension or content:
//!     .txt            the text as is
//!     .md             markdown::markdown_to_text
//!     .html / .htm    html::html_to_text (scripts, styles, head dropped; <main> preferred)
//!     .json           a collection exported by the app (format and version checked)
//!  -> Vec<Source> (kind Imported) -> merge (duplicates by readout id) -> warnings per readout
//! ```
//! Plain Rust: the UI reads the file's bytes and hands them over; the command line does the same
//! with files on disk. Every error names the file ([`FileProblem`]) and says why in a sentence.

mod cjk;
mod collection_file;
mod decode;
mod entities;
mod html;
mod markdown;
mod merge;
mod tags;
mod url;
mod warnings;

pub use collection_file::{parse_collection, CollectionReader};
#[cfg(not(target_arch = "wasm32"))]
pub use decode::NativeDecoder;
pub use decode::{decode, decode_with, Decoded, Encoding, LegacyDecoder, NoLegacyDecoder};
pub use html::{html_to_text, HtmlText};
pub use markdown::markdown_to_text;
pub use merge::{known, merge, merge_parsed, Duplicate, MergeReport, Merger};
pub use url::safe_http_url;
pub use warnings::{summary, warnings, ParseWarning};

use crate::core::collection::Source;
use std::fmt;

/// Size limits of an import (a setting of the app).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Largest file read, in bytes. Default 20 MiB: a readout is a few KB and a collection of
    /// 10,000 about 15 MB, so a bigger file is almost surely not what the user meant.
    pub max_bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_bytes: 20 * MIB,
        }
    }
}

const MIB: u64 = 1024 * 1024;

impl Limits {
    /// Checks a file's size before it is read (the browser knows it from `File.size`).
    pub fn check_size(&self, bytes: u64) -> Result<(), ImportError> {
        if bytes > self.max_bytes {
            return Err(ImportError::TooLarge {
                bytes,
                limit: self.max_bytes,
            });
        }
        Ok(())
    }
}

/// Why a file or a text was not imported. `Display` completes a sentence that starts with the
/// file name ("report.pdf is a binary file (PDF), not text").
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    Empty,
    TooLarge {
        bytes: u64,
        limit: u64,
    },
    /// Not text; what it is when the first bytes tell.
    Binary(Option<&'static str>),
    /// Markup with no readable text in it.
    NoText,
    InvalidJson(String),
    /// Valid JSON, but not a collection written by Readout Lens.
    NotACollection,
    /// A collection from a newer version of the app.
    NewerVersion(u32),
    /// A collection file whose content does not have the expected shape.
    InvalidCollection(String),
    EmptyCollection,
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::Empty => write!(f, "is empty"),
            ImportError::TooLarge { bytes, limit } => write!(
                f,
                "is {}; the limit is {}",
                megabytes(*bytes),
                megabytes(*limit)
            ),
            ImportError::Binary(Some(kind)) => write!(f, "is a binary file ({kind}), not text"),
            ImportError::Binary(None) => write!(f, "is a binary file, not text"),
            ImportError::NoText => write!(f, "has no readable text"),
            ImportError::InvalidJson(e) => write!(f, "is not valid JSON: {e}"),
            ImportError::NotACollection => write!(
                f,
                "is JSON but not a Readout Lens collection (use a file made by \u{201C}Export \
                 everything\u{201D})"
            ),
            ImportError::NewerVersion(v) => write!(
                f,
                "was made by a newer version of Readout Lens (collection version {v}); this \
                 version reads versions 1 to {}",
                crate::core::collection::COLLECTION_VERSION
            ),
            ImportError::InvalidCollection(e) => write!(f, "is not a valid collection: {e}"),
            ImportError::EmptyCollection => write!(f, "is a collection with no readouts"),
        }
    }
}

impl std::error::Error for ImportError {}

/// "31.2 MB", "20 MB" (1 MB = 1,048,576 bytes, as file managers count).
/// In integers: float formatting would add its code to the browser module for this alone.
fn megabytes(bytes: u64) -> String {
    // Tenths of a megabyte, rounded as `{:.1}` would: half to even.
    let (whole, rest) = (
        u128::from(bytes) * 10 / u128::from(MIB),
        u128::from(bytes) * 10 % u128::from(MIB),
    );
    let up = rest * 2 > u128::from(MIB) || rest * 2 == u128::from(MIB) && whole % 2 == 1;
    let tenths = whole + u128::from(up);
    if bytes.is_multiple_of(MIB) {
        format!("{} MB", bytes / MIB)
    } else if u128::from(bytes) * 10 < u128::from(MIB) {
        format!("{bytes} bytes")
    } else {
        format!("{}.{} MB", tenths / 10, tenths % 10)
    }
}

/// An [`ImportError`] with the name of the file it is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileProblem {
    pub file: String,
    pub error: ImportError,
}

impl fmt::Display for FileProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.file, self.error)
    }
}

impl std::error::Error for FileProblem {}

/// How a file was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileFormat {
    Text,
    Markdown,
    Html,
    Collection,
}

/// The readouts of one file and how it was read.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportedFile {
    /// One source for a text, Markdown or HTML file; every readout of a collection.
    pub sources: Vec<Source>,
    pub format: FileFormat,
    pub encoding: Encoding,
    /// Something the user should check, e.g. "was not valid UTF-8; read as Windows-1252 ...":
    /// completes a sentence that starts with the file name.
    pub note: Option<String>,
}

/// Reads one file. The format comes from the extension, or from the content when the extension
/// is unknown. Sources get `kind: Imported` and `added: 0` (the caller stamps the time: the core
/// has no clock in the browser).
pub fn import_file(name: &str, bytes: &[u8], limits: &Limits) -> Result<ImportedFile, FileProblem> {
    import_file_with(name, bytes, limits, decode::default_decoder())
}

/// [`import_file`], reading Chinese legacy encodings (GBK, Big5) with `legacy` (the page passes
/// one backed by the browser's `TextDecoder`).
pub fn import_file_with(
    name: &str,
    bytes: &[u8],
    limits: &Limits,
    legacy: &dyn LegacyDecoder,
) -> Result<ImportedFile, FileProblem> {
    let mut file = FileImport::start_with(name, bytes, limits, legacy)?;
    while !file.step(&mut || true) {}
    file.finish()
}

/// [`import_file`] in steps: a collection's readouts are read one a step
/// ([`CollectionReader`]), so a caller with a time budget can stop between any two; any other
/// file is read when it starts.
pub struct FileImport {
    name: String,
    file: ImportedFile,
    /// The collection still being read, if the file is one.
    reader: Option<CollectionReader>,
}

impl FileImport {
    /// Checks the size, decodes, and reads the file unless it is a collection.
    pub fn start(name: &str, bytes: &[u8], limits: &Limits) -> Result<FileImport, FileProblem> {
        FileImport::start_with(name, bytes, limits, decode::default_decoder())
    }

    /// [`FileImport::start`], reading Chinese legacy encodings with `legacy`.
    pub fn start_with(
        name: &str,
        bytes: &[u8],
        limits: &Limits,
        legacy: &dyn LegacyDecoder,
    ) -> Result<FileImport, FileProblem> {
        start_file(name, bytes, limits, legacy).map_err(|error| FileProblem {
            file: name.to_string(),
            error,
        })
    }

    /// Works until `more()` says stop or the file is read; returns `true` when it is.
    pub fn step(&mut self, more: &mut dyn FnMut() -> bool) -> bool {
        self.reader.as_mut().is_none_or(|r| r.step(more))
    }

    /// What the file holds; call once `step` has returned `true`.
    pub fn finish(self) -> Result<ImportedFile, FileProblem> {
        let mut file = self.file;
        if let Some(reader) = self.reader {
            file.sources = reader.finish().map_err(|error| FileProblem {
                file: self.name,
                error,
            })?;
        }
        Ok(file)
    }
}

fn start_file(
    name: &str,
    bytes: &[u8],
    limits: &Limits,
    legacy: &dyn LegacyDecoder,
) -> Result<FileImport, ImportError> {
    limits.check_size(bytes.len() as u64)?;
    let decoded = decode_with(bytes, legacy)?;
    if decoded.text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let format = format_of(name).unwrap_or_else(|| sniff(&decoded.text));
    let (sources, reader) = match format {
        FileFormat::Collection => (vec![], Some(CollectionReader::new(decoded.text))),
        FileFormat::Text => (vec![Source::imported(name, decoded.text.clone())], None),
        FileFormat::Markdown => (
            vec![Source::imported(name, markdown_to_text(&decoded.text))],
            None,
        ),
        FileFormat::Html => (
            vec![Source::imported(name, html_source_text(&decoded.text)?)],
            None,
        ),
    };
    Ok(FileImport {
        name: name.to_string(),
        file: ImportedFile {
            sources,
            format,
            encoding: decoded.encoding,
            note: decoded.note,
        },
        reader,
    })
}

/// A pasted text as a source. Only emptiness is an error: any text can be parsed.
pub fn import_text(name: &str, text: &str) -> Result<Source, ImportError> {
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    Ok(Source::imported(name, text.to_string()))
}

/// The page's text. A headline the kept text lacks goes first, so the parser finds it: the
/// `<h1>` left outside `<main>`, or else, when the text has no heading at all, the `<title>`.
/// Either is skipped when the text already contains it (pages often repeat the headline in a
/// plain paragraph, and a second copy would read as a sentence).
fn html_source_text(html: &str) -> Result<String, ImportError> {
    let page = html_to_text(html);
    if page.text.is_empty() {
        return Err(ImportError::NoText);
    }
    let head = page
        .headline
        .or(page.title.filter(|_| !page.has_heading))
        .filter(|h| !page.text.contains(h.as_str()));
    Ok(match head {
        Some(head) => format!("{head}\n\n{}", page.text),
        None => page.text,
    })
}

/// The format a file name's extension says, if it is one we know.
pub fn format_of(name: &str) -> Option<FileFormat> {
    let ext = name.rsplit_once('.')?.1.to_ascii_lowercase();
    match ext.as_str() {
        "txt" | "text" => Some(FileFormat::Text),
        "md" | "markdown" | "mdown" | "mkd" => Some(FileFormat::Markdown),
        "html" | "htm" | "xhtml" | "shtml" => Some(FileFormat::Html),
        "json" => Some(FileFormat::Collection),
        _ => None,
    }
}

/// The format of a text with no known extension: a JSON object, an HTML page, or plain text.
fn sniff(text: &str) -> FileFormat {
    let start = text.trim_start();
    if start.starts_with('{') {
        return FileFormat::Collection;
    }
    let head: String = start
        .chars()
        .take(1024)
        .collect::<String>()
        .to_ascii_lowercase();
    let html = [
        "<!doctype html",
        "<html",
        "<head",
        "<body",
        "<p>",
        "<div",
        "<article",
        "<main",
    ];
    if start.starts_with('<') && html.iter().any(|tag| head.contains(tag)) {
        FileFormat::Html
    } else {
        FileFormat::Text
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::collection::SourceKind;

    #[test]
    fn sizes_read_as_a_person_would_say_them() {
        let limits = Limits::default();
        assert_eq!(limits.max_bytes, 20 * 1024 * 1024);
        let err = limits.check_size(32_715_571).unwrap_err();
        assert_eq!(err.to_string(), "is 31.2 MB; the limit is 20 MB");
        // The integer arithmetic says what float formatting would.
        for bytes in (0..40 * MIB).step_by(52_361).chain([
            MIB,
            262_144,
            3 * MIB / 20,
            MIB / 10 - 1,
            u64::MAX,
        ]) {
            let mb = bytes as f64 / MIB as f64;
            let float = if bytes.is_multiple_of(MIB) {
                format!("{mb:.0} MB")
            } else if mb < 0.1 {
                format!("{bytes} bytes")
            } else {
                format!("{mb:.1} MB")
            };
            assert_eq!(megabytes(bytes), float, "{bytes}");
        }
        assert!(limits.check_size(20 * 1024 * 1024).is_ok());
    }

    #[test]
    fn problems_name_the_file() {
        let p = import_file("scan.pdf", b"%PDF-1.4\n", &Limits::default()).unwrap_err();
        assert_eq!(p.to_string(), "scan.pdf is a binary file (PDF), not text");
        let p = import_file("blank.txt", b" \n\t\n", &Limits::default()).unwrap_err();
        assert_eq!(p.to_string(), "blank.txt is empty");
    }

    #[test]
    fn the_extension_decides_and_content_decides_without_one() {
        assert_eq!(format_of("A.HTM"), Some(FileFormat::Html));
        assert_eq!(format_of("notes.Markdown"), Some(FileFormat::Markdown));
        assert_eq!(format_of("readout"), None);
        assert_eq!(sniff("  <!DOCTYPE html><p>x"), FileFormat::Html);
        assert_eq!(sniff("{\"format\": 1}"), FileFormat::Collection);
        assert_eq!(sniff("<b>Not a page</b> really"), FileFormat::Text);
        let f = import_file(
            "page",
            b"<html><p>Hello there.</p></html>",
            &Limits::default(),
        )
        .unwrap();
        assert_eq!(
            (f.format, f.sources[0].text.as_str()),
            (FileFormat::Html, "Hello there.")
        );
    }

    #[test]
    fn a_page_without_a_heading_gets_its_title_as_headline() {
        let page = b"<title>Minister A Meets Minister B</title><p>They met.</p>";
        let f = import_file("p.html", page, &Limits::default()).unwrap();
        assert_eq!(
            f.sources[0].text,
            "Minister A Meets Minister B\n\nThey met."
        );
        let p = import_file("s.html", b"<script>x()</script>", &Limits::default()).unwrap_err();
        assert_eq!(p.error, ImportError::NoText);
    }

    #[test]
    fn pasted_text_is_kept_as_typed() {
        let s = import_text("pasted", " Text \n").unwrap();
        assert_eq!(
            (s.text.as_str(), s.kind),
            (" Text \n", SourceKind::Imported)
        );
        assert_eq!(import_text("pasted", "  "), Err(ImportError::Empty));
    }
}
