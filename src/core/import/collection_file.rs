//! A collection file ("Export everything") -> its sources, after checking what it is.
//!
//! Takes the file's text; gives the [`Source`]s, every one marked `Imported` (a bundled or
//! linked readout that was exported becomes the user's own copy), with their corrections and
//! times kept. The `format` tag and `version` are checked before the readouts are taken, so a
//! newer file or some other JSON gets its own message instead of a field error from deep inside.
//!
//! [`CollectionReader`] reads in steps, one readout (one array element) per step, so the page
//! can read a 15 MB collection in slices and paint between them. It walks the top-level object
//! itself and hands serde_json one value at a time (a key, the tag, the version, a readout);
//! serde_json finds where each value ends, so strings and escapes are never scanned by hand.
//! Its answers are those of reading the whole text at once, in this order:
//! 1. not JSON: the first syntax error, with serde_json's message and position in the file
//!    (taken from serde_json over the whole text, so it is the same message);
//! 2. JSON that is not an object, with a tag that is not ours, or with `format`, `version` or
//!    `readouts` twice: not a collection; then no version, a newer one, or version 0;
//! 3. `readouts` missing or not a list; then the first readout that is not a source, with
//!    serde_json's message at its position in the file; then an empty list.
//!
//! A readout is only taken apart once the tag and version are known to be good (or not yet
//! seen: they normally come first); after the first bad readout the rest is only checked for
//! syntax, which is all that can still change the answer.

use super::decode::SNIFF;
use super::{decode, Encoding, ImportError};
use crate::core::collection::{Source, SourceKind, COLLECTION_FORMAT, COLLECTION_VERSION};
use serde::de::{DeserializeOwned, IgnoredAny};
use serde::Deserialize;
use serde_json::Value;

/// Reads a collection file's bytes (any encoding [`decode`] accepts), all at once.
pub fn parse_collection(bytes: &[u8]) -> Result<Vec<Source>, ImportError> {
    read_all(CollectionReader::from_bytes(bytes)?)
}

fn read_all(mut reader: CollectionReader) -> Result<Vec<Source>, ImportError> {
    while !reader.step(&mut || true) {}
    reader.finish()
}

/// The file's tag and version, the readouts skipped, read from the whole text: only used to
/// word a syntax error as serde_json words it for this struct (a trailing comma in an object
/// is "key must be a string" to `IgnoredAny`), and to answer a file that is not an object.
#[derive(Deserialize)]
struct Header {
    format: Option<Value>,
    version: Option<Value>,
    #[serde(default, rename = "readouts")]
    _readouts: Option<IgnoredAny>,
}

/// The whole file with its readouts: only used to word the error when `readouts` is missing
/// or is not a list.
#[derive(Deserialize)]
struct Body {
    #[serde(rename = "readouts")]
    _readouts: Vec<Source>,
}

/// Where the walk through the file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum At {
    /// Before the top-level value.
    Start,
    /// Inside the top-level object, before a key (`first`: right after `{`, where `}` may
    /// come).
    Key {
        first: bool,
    },
    /// After a top-level value, before `,` or `}`.
    AfterValue,
    /// Inside `readouts`, before an element (`first`: right after `[`).
    Element {
        first: bool,
    },
    /// After an element, before `,` or `]`.
    AfterElement,
    /// After the top-level object: only whitespace may follow.
    End,
    Done,
}

/// A problem found while walking: either the JSON is broken here (serde_json words it, for
/// the whole text) or a value does not have the shape asked for.
enum Fault {
    Syntax,
    Data(serde_json::Error),
}

/// Reads a collection file in steps (see the module's header).
pub struct CollectionReader {
    text: String,
    /// Byte offset of the walk.
    pos: usize,
    at: At,
    /// The `format` and `version` values: `Some` once their key has been seen (a JSON `null`
    /// is `Some(None)`, as serde reads an `Option`).
    format: Option<Option<Value>>,
    version: Option<Option<Value>>,
    /// Whether `readouts` was seen, and whether its value was a list.
    readouts: Option<bool>,
    sources: Vec<Source>,
    /// The first readout that is not a source, worded with its position in the file.
    bad_readout: Option<ImportError>,
    outcome: Option<Result<(), ImportError>>,
}

impl CollectionReader {
    /// A reader of the file's bytes, once they decode as text.
    pub fn from_bytes(bytes: &[u8]) -> Result<CollectionReader, ImportError> {
        Ok(CollectionReader::new(decode(bytes)?.text))
    }

    /// A reader of a file already read as UTF-8 text (a page's fetch), answering as
    /// [`from_bytes`](Self::from_bytes) does for its bytes without checking and copying all of
    /// them again (at 15 MB that was a task of its own): whether a file is empty, binary or
    /// UTF-16 laid out as text is decided by its first bytes, so only those are decoded.
    pub fn from_text(text: String) -> Result<CollectionReader, ImportError> {
        // The bytes `decode` looks at, ending on a whole character.
        let mut head = text.len().min(SNIFF);
        while !text.is_char_boundary(head) {
            head += 1;
        }
        match decode(&text.as_bytes()[..head])?.encoding {
            Encoding::Utf8 => Ok(CollectionReader::new(text)),
            _ => CollectionReader::from_bytes(text.as_bytes()),
        }
    }

    /// A reader of the file's text.
    pub fn new(text: String) -> CollectionReader {
        CollectionReader {
            text,
            pos: 0,
            at: At::Start,
            format: None,
            version: None,
            readouts: None,
            sources: Vec::new(),
            bad_readout: None,
            outcome: None,
        }
    }

    /// `(bytes read, bytes in all)`, for a progress bar.
    pub fn progress(&self) -> (usize, usize) {
        (self.pos, self.text.len())
    }

    /// Works until `more()` says stop (it is asked after every readout and every top-level
    /// value) or the file is read; returns `true` when it is.
    pub fn step(&mut self, more: &mut dyn FnMut() -> bool) -> bool {
        while self.at != At::Done {
            if let Err(e) = self.advance() {
                self.outcome = Some(Err(e));
                self.at = At::Done;
            }
            if self.at == At::Done || !more() {
                break;
            }
        }
        self.at == At::Done
    }

    /// The sources, or why the file is not a collection; call once `step` has returned `true`.
    pub fn finish(self) -> Result<Vec<Source>, ImportError> {
        match self.outcome {
            Some(Ok(())) => Ok(self.sources),
            Some(Err(e)) => Err(e),
            None => Err(ImportError::InvalidCollection(
                "it was not read to the end".into(),
            )),
        }
    }

    /// One unit of the walk: a piece of punctuation with the value after it.
    fn advance(&mut self) -> Result<(), ImportError> {
        let Some(b) = self.peek() else {
            return match self.at {
                At::End => self.conclude(),
                _ => Err(self.syntax_error()),
            };
        };
        match (self.at, b) {
            (At::Start, b'{') => self.punct(At::Key { first: true }),
            (At::Start, _) => Err(self.not_an_object()),
            (At::Key { first: true }, b'}') => self.punct(At::End),
            (At::Key { .. }, b'"') => self.entry(),
            (At::AfterValue, b',') => self.punct(At::Key { first: false }),
            (At::AfterValue, b'}') => self.punct(At::End),
            (At::Element { first: true }, b']') => self.punct(At::AfterValue),
            (At::Element { .. }, b) if b != b']' => self.element(),
            (At::AfterElement, b',') => self.punct(At::Element { first: false }),
            (At::AfterElement, b']') => self.punct(At::AfterValue),
            _ => Err(self.syntax_error()),
        }
    }

    /// Steps over one byte of punctuation.
    fn punct(&mut self, next: At) -> Result<(), ImportError> {
        self.pos += 1;
        self.at = next;
        Ok(())
    }

    /// A key of the top-level object, its `:` and its value (`readouts` only opens its list).
    fn entry(&mut self) -> Result<(), ImportError> {
        let key: String = self.value().map_err(|_| self.syntax_error())?;
        // A second `format`, `version` or `readouts` is refused as soon as its key is read.
        let seen = match key.as_str() {
            "format" => self.format.is_some(),
            "version" => self.version.is_some(),
            "readouts" => self.readouts.is_some(),
            _ => false,
        };
        if seen {
            return Err(ImportError::NotACollection);
        }
        if self.peek() != Some(b':') {
            return Err(self.syntax_error());
        }
        self.pos += 1;
        self.at = At::AfterValue;
        match key.as_str() {
            "format" => self.format = Some(self.value().map_err(|_| self.syntax_error())?),
            "version" => self.version = Some(self.value().map_err(|_| self.syntax_error())?),
            "readouts" => {
                let list = self.peek() == Some(b'[');
                self.readouts = Some(list);
                if list {
                    return self.punct(At::Element { first: true });
                }
                self.skip_value()?;
            }
            _ => self.skip_value()?,
        }
        Ok(())
    }

    /// One element of `readouts`: a source, or once the answer can no longer be a list of
    /// sources, only checked for syntax.
    fn element(&mut self) -> Result<(), ImportError> {
        self.at = At::AfterElement;
        if self.bad_readout.is_some() || self.header().is_some_and(|h| h.is_err()) {
            return self.skip_value();
        }
        let start = self.pos;
        match self.value::<Source>() {
            Ok(mut source) => {
                source.kind = SourceKind::Imported;
                self.sources.push(source);
                Ok(())
            }
            Err(Fault::Data(e)) => {
                self.bad_readout = Some(ImportError::InvalidCollection(self.in_file(start, &e)));
                // The element may still hold a syntax error, which would come first.
                self.pos = start;
                self.skip_value()
            }
            Err(Fault::Syntax) => Err(self.syntax_error()),
        }
    }

    /// Steps over a value, checking only its syntax.
    fn skip_value(&mut self) -> Result<(), ImportError> {
        self.value::<IgnoredAny>()
            .map(|_| ())
            .map_err(|_| self.syntax_error())
    }

    /// The whole file has been walked and is valid JSON: the answer.
    fn conclude(&mut self) -> Result<(), ImportError> {
        if let Some(verdict) = self.header() {
            verdict?;
        }
        if self.readouts != Some(true) {
            let error = serde_json::from_str::<Body>(&self.text)
                .err()
                .map_or_else(|| "it has no list of readouts".into(), |e| e.to_string());
            return Err(ImportError::InvalidCollection(error));
        }
        if let Some(e) = self.bad_readout.take() {
            return Err(e);
        }
        if self.sources.is_empty() {
            return Err(ImportError::EmptyCollection);
        }
        self.at = At::Done;
        self.outcome = Some(Ok(()));
        Ok(())
    }

    /// The tag and version's verdict, once it cannot change: the tag is known and wrong, or
    /// both are known. At the end of the file, keys never seen count as missing.
    fn header(&self) -> Option<Result<(), ImportError>> {
        let end = self.at == At::End;
        let format = match &self.format {
            Some(f) => f.as_ref(),
            None if end => None,
            None => return None,
        };
        if format.and_then(|f| f.as_str()) != Some(COLLECTION_FORMAT) {
            return Some(Err(ImportError::NotACollection));
        }
        match &self.version {
            Some(v) => Some(check_version(v.as_ref())),
            None if end => Some(check_version(None)),
            None => None,
        }
    }

    /// Whitespace skipped; the next byte.
    fn peek(&mut self) -> Option<u8> {
        let bytes = self.text.as_bytes();
        while let Some(b' ' | b'\n' | b'\t' | b'\r') = bytes.get(self.pos) {
            self.pos += 1;
        }
        bytes.get(self.pos).copied()
    }

    /// The JSON value that starts here (after whitespace), read by serde_json, which says
    /// where it ends.
    fn value<T: DeserializeOwned>(&mut self) -> Result<T, Fault> {
        self.peek();
        let mut values = serde_json::Deserializer::from_str(&self.text[self.pos..]).into_iter();
        match values.next() {
            Some(Ok(v)) => {
                self.pos += values.byte_offset();
                Ok(v)
            }
            Some(Err(e)) if e.is_data() => Err(Fault::Data(e)),
            _ => Err(Fault::Syntax),
        }
    }

    /// The answer for a file whose top level is not an object, from the whole text read as
    /// a [`Header`]: valid JSON of another shape (a string, a number) is not a collection.
    /// serde reads a struct from a list too, so a list is answered item by item as before.
    fn not_an_object(&self) -> ImportError {
        match serde_json::from_str::<Header>(&self.text) {
            Err(e) if e.is_data() => ImportError::NotACollection,
            Err(e) => ImportError::InvalidJson(e.to_string()),
            Ok(h) if h.format.as_ref().and_then(|f| f.as_str()) != Some(COLLECTION_FORMAT) => {
                ImportError::NotACollection
            }
            Ok(h) => match check_version(h.version.as_ref()) {
                Err(e) => e,
                Ok(()) => serde_json::from_str::<Body>(&self.text)
                    .err()
                    .map_or(ImportError::NotACollection, |e| {
                        ImportError::InvalidCollection(e.to_string())
                    }),
            },
        }
    }

    /// The first syntax error of the file, as serde_json words it. Everything before the walk's
    /// position is valid, so this is the problem the walk ran into.
    fn syntax_error(&self) -> ImportError {
        match serde_json::from_str::<Header>(&self.text) {
            Err(e) if !e.is_data() => ImportError::InvalidJson(e.to_string()),
            // Cannot happen: the walk only stops where serde_json does.
            _ => ImportError::InvalidJson(format!("unexpected byte at {}", self.pos)),
        }
    }

    /// serde_json's message for an error in the value that starts at byte `start`, with the
    /// line and column in the whole file rather than in the value.
    fn in_file(&self, start: usize, e: &serde_json::Error) -> String {
        let message = e.to_string();
        let suffix = format!(" at line {} column {}", e.line(), e.column());
        let Some(what) = message.strip_suffix(&suffix).filter(|_| e.line() > 0) else {
            return message;
        };
        // Byte offset of the error, undoing serde_json's line and column count in the value.
        let value = &self.text.as_bytes()[start..];
        let line_start = match e.line() {
            1 => 0,
            n => value
                .iter()
                .enumerate()
                .filter(|(_, &b)| b == b'\n')
                .nth(n - 2)
                .map_or(value.len(), |(i, _)| i + 1),
        };
        let index = (start + line_start + e.column()).min(self.text.len());
        let (line, column) = line_and_column(&self.text, index);
        format!("{what} at line {line} column {column}")
    }
}

/// serde_json's position of byte `index`: 1-based line, bytes since the line's start.
fn line_and_column(text: &str, index: usize) -> (usize, usize) {
    let before = &text.as_bytes()[..index];
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let line = 1 + before[..line_start].iter().filter(|&&b| b == b'\n').count();
    (line, index - line_start)
}

/// The version's verdict (the tag is ours).
fn check_version(version: Option<&Value>) -> Result<(), ImportError> {
    let version = version
        .and_then(|v| v.as_u64())
        .ok_or_else(|| ImportError::InvalidCollection("it has no version number".into()))?;
    if version > u64::from(COLLECTION_VERSION) {
        return Err(ImportError::NewerVersion(
            u32::try_from(version).unwrap_or(u32::MAX),
        ));
    }
    if version == 0 {
        return Err(ImportError::InvalidCollection(
            "version 0 does not exist".into(),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::collection::Collection;
    use crate::core::synth::Rng;

    fn bytes(json: &str) -> Vec<u8> {
        json.as_bytes().to_vec()
    }

    #[test]
    fn a_collection_read_as_text_answers_as_its_bytes_do() {
        let one = Source::bundled("seed.txt", &"南海问题。".repeat(3000));
        let good = serde_json::to_string(&Collection::new(vec![one])).unwrap();
        assert!(
            good.len() > SNIFF,
            "the text goes past the bytes the checks look at"
        );
        let utf16ish = "{\0\"\0f\0o\0r\0m\0a\0t\0\"\0:\0 \x001\0}\0";
        for text in [
            good.as_str(),
            "",
            "   ",
            "\u{FEFF}{\"format\":\"readout-lens-collection\",\"version\":1,\"readouts\":[]}",
            "%PDF-1.7 {}",
            "{\"format\":\0}",
            utf16ish,
            "not json at all",
        ] {
            let from_text = CollectionReader::from_text(text.to_string()).and_then(read_all);
            assert_eq!(from_text, parse_collection(text.as_bytes()), "{text:.40}");
        }
        assert_eq!(
            CollectionReader::from_text(good.clone())
                .and_then(read_all)
                .map(|s| s[0].text.len()),
            Ok("南海问题。".len() * 3000)
        );
    }

    #[test]
    fn an_exported_collection_reads_back_as_imported_sources() {
        let mut s = Source::bundled("seed.txt", "Some text.");
        s.added = 5;
        s.corrections.title = Some("Fixed".into());
        let json = serde_json::to_string(&Collection::new(vec![s.clone()])).unwrap();
        let back = parse_collection(json.as_bytes()).unwrap();
        assert_eq!(back.len(), 1);
        assert_eq!(back[0].kind, SourceKind::Imported);
        assert_eq!((back[0].added, &back[0].corrections), (5, &s.corrections));
    }

    #[test]
    fn the_tag_and_version_are_checked_before_the_readouts() {
        let newer = r#"{"format":"readout-lens-collection","version":3,"readouts":[{"new":1}]}"#;
        assert_eq!(
            parse_collection(&bytes(newer)),
            Err(ImportError::NewerVersion(3))
        );
        let other = r#"{"name":"package","version":"1.0.0"}"#;
        assert_eq!(
            parse_collection(&bytes(other)),
            Err(ImportError::NotACollection)
        );
        assert_eq!(parse_collection(b"[1,2]"), Err(ImportError::NotACollection));
        let empty = r#"{"format":"readout-lens-collection","version":1,"readouts":[]}"#;
        assert_eq!(
            parse_collection(&bytes(empty)),
            Err(ImportError::EmptyCollection)
        );
    }

    #[test]
    fn broken_json_and_broken_readouts_say_where() {
        let err = parse_collection(b"{\"format\": ").unwrap_err();
        assert!(err.to_string().starts_with("is not valid JSON: "), "{err}");
        let bad = r#"{"format":"readout-lens-collection","version":1,"readouts":[{"name":"a"}]}"#;
        let err = parse_collection(&bytes(bad)).unwrap_err().to_string();
        assert!(err.contains("missing field `text`"), "{err}");
    }

    fn collection(n: usize) -> String {
        let sources = (0..n)
            .map(|i| {
                let mut s = Source::bundled(&format!("r{i}.txt"), &format!("Text \"{i}\"\\ é\n"));
                s.added = i as u64;
                if i % 2 == 1 {
                    s.corrections.title = Some(format!("Title {i}"));
                }
                s
            })
            .collect();
        serde_json::to_string_pretty(&Collection::new(sources)).unwrap()
    }

    #[test]
    fn reading_one_readout_a_step_gives_what_reading_at_once_gives() {
        let json = collection(40);
        let mut reader = CollectionReader::new(json.clone());
        let mut steps = 0;
        let mut last = 0;
        while !reader.step(&mut || false) {
            steps += 1;
            let (done, total) = reader.progress();
            assert!(done >= last && done <= total);
            last = done;
        }
        assert!(steps >= 40, "a readout a step at most: {steps}");
        let stepped = reader.finish().unwrap();
        assert_eq!(stepped, parse_collection(json.as_bytes()).unwrap());
        assert_eq!(stepped.len(), 40);
        assert_eq!(stepped[7].text, "Text \"7\"\\ é\n");
        assert!(stepped.iter().all(|s| s.kind == SourceKind::Imported));
    }

    #[test]
    fn a_broken_readout_is_named_by_its_line_in_the_whole_file() {
        let json = collection(5).replacen("\"text\": \"Text \\\"3\\\"", "\"txet\": \"x", 1);
        let err = parse_collection(json.as_bytes()).unwrap_err().to_string();
        // serde_json reports a missing field after the readout's closing brace.
        let brace = json.match_indices("\n    }").nth(3).unwrap().0 + 6;
        let line = 1 + json[..brace].matches('\n').count();
        assert_eq!(
            err,
            format!("is not a valid collection: missing field `text` at line {line} column 5")
        );
    }

    /// Reading the whole text at once, as the app did before the reader: the oracle.
    fn at_once(text: &str) -> Result<Vec<Source>, ImportError> {
        #[derive(Deserialize)]
        struct Whole {
            readouts: Vec<Source>,
        }
        let header: Header = match serde_json::from_str(text) {
            Ok(h) => h,
            Err(e) if e.is_data() => return Err(ImportError::NotACollection),
            Err(e) => return Err(ImportError::InvalidJson(e.to_string())),
        };
        if header.format.as_ref().and_then(|f| f.as_str()) != Some(COLLECTION_FORMAT) {
            return Err(ImportError::NotACollection);
        }
        check_version(header.version.as_ref())?;
        let body: Whole = serde_json::from_str(text)
            .map_err(|e| ImportError::InvalidCollection(e.to_string()))?;
        if body.readouts.is_empty() {
            return Err(ImportError::EmptyCollection);
        }
        Ok(body
            .readouts
            .into_iter()
            .map(|mut s| {
                s.kind = SourceKind::Imported;
                s
            })
            .collect())
    }

    fn same_as_at_once(text: &str) {
        let mut reader = CollectionReader::new(text.to_string());
        while !reader.step(&mut || false) {}
        assert_eq!(reader.finish(), at_once(text), "{text}");
    }

    #[test]
    fn odd_files_get_the_answer_reading_at_once_gives() {
        let tag = r#""format": "readout-lens-collection""#;
        let one = r#"{"name": "a", "text": "b"}"#;
        for text in [
            format!(r#"{{"readouts": [{one}], "version": 1, {tag}}}"#),
            format!(r#"{{"readouts": [{one}], "version": 2, {tag}}}"#),
            format!(r#"{{"readouts": [{{"name": 1}}], "version": 2, {tag}}}"#),
            format!(r#"{{{tag}, "version": 2, "readouts": [{{"name": 1}}, {{]}}"#),
            format!(r#"{{{tag}, "version": 1, "readouts": [{{"name": 1}}, {{]}}"#),
            format!(r#"{{{tag}, "version": 1, "readouts": [{{"name": 1}}, {one}]}} x"#),
            format!(r#"{{{tag}, "version": 1, "readouts": [{{"name": 1}}, {one}]}}"#),
            format!(r#"{{{tag}, "version": 1, "readouts": [{one}, {{"text": "x"}}]}}"#),
            format!(
                r#"{{{tag}, "version": 1, "readouts": [{{"name": "a", "kind": 5, "text": }}]}}"#
            ),
            format!(r#"{{{tag}, "version": 1, "readouts": null}}"#),
            format!(r#"{{{tag}, "version": 1, "readouts": {{}}}}"#),
            format!(r#"{{{tag}, "version": 1}}"#),
            format!(r#"{{{tag}, "version": 1, "other": [1, {{"a": [true]}}], "readouts": []}}"#),
            format!(r#"{{{tag}, {tag}, "version": 1}}"#),
            format!(r#"{{{tag}, "version": 1, "readouts": [], "readouts" "#),
            format!(r#"{{"version": null, {tag}, "readouts": [{one}]}}"#),
            format!(r#"{{"version": 0, {tag}, "readouts": [{one}]}}"#),
            format!(r#"{{"version": 1, "format": null, "readouts": [{one}]}}"#),
            format!(r#"{{"version": 1, "readouts": [{one}]}}"#),
            format!(r#"{{"version": 1, {tag}, "readouts": [{one},]}}"#),
            format!(r#"{{"version": 1, {tag}, "readouts": [{one}],}}"#),
            format!(r#"{{"version": 1, {tag}, "readouts": [{one}] "#),
            format!(r#"{{"version": 1, {tag}, "readouts": ["#),
            format!(
                r#"{{"version": 1, "form\u0061t": "readout-lens-collection", "readouts": [{one}]}}"#
            ),
            "{}".into(),
            "  ".into(),
            "\"text\"".into(),
            "{\"a\" 1}".into(),
            "{1: 2}".into(),
            "[1, 2, 3, 4]".into(),
            "[\"readout-lens-collection\", 1, []]".into(),
            "[\"readout-lens-collection\", 1".into(),
        ] {
            same_as_at_once(&text);
        }
    }

    #[test]
    fn damaged_collections_get_the_answer_reading_at_once_gives() {
        // Random cuts, insertions and replacements of one or a few bytes in a small collection.
        let base = collection(3);
        let alphabet: Vec<char> = "{}[],:\"\\ 0a-ntu\n".chars().collect();
        let mut rng = Rng(11);
        for _ in 0..3000 {
            let mut text: Vec<char> = base.chars().collect();
            for _ in 0..1 + rng.below(3) {
                let at = rng.below(text.len());
                match rng.below(3) {
                    0 => {
                        text.remove(at);
                    }
                    1 => text.insert(at, alphabet[rng.below(alphabet.len())]),
                    _ => text[at] = alphabet[rng.below(alphabet.len())],
                }
            }
            same_as_at_once(&text.into_iter().collect::<String>());
        }
    }
}
