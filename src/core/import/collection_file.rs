//! A collection file ("Export everything") -> its sources, after checking what it is.
//!
//! Takes the file's text; gives the [`Source`]s, every one marked `Imported` (a bundled or
//! linked readout that was exported becomes the user's own copy), with their corrections and
//! times kept. The `format` tag and `version` are read first, on their own, so a newer file or
//! some other JSON gets its own message instead of a field error from deep inside.

use super::{decode, ImportError};
use crate::core::collection::{Source, SourceKind, COLLECTION_FORMAT, COLLECTION_VERSION};
use serde::de::IgnoredAny;
use serde::Deserialize;

/// The collection's tag and version; the readouts are skipped unread.
#[derive(Deserialize)]
struct Header {
    format: Option<serde_json::Value>,
    version: Option<serde_json::Value>,
    #[serde(default, rename = "readouts")]
    _readouts: Option<IgnoredAny>,
}

#[derive(Deserialize)]
struct Body {
    readouts: Vec<Source>,
}

/// Reads a collection file's bytes (any encoding [`decode`] accepts).
pub fn parse_collection(bytes: &[u8]) -> Result<Vec<Source>, ImportError> {
    let decoded = decode(bytes)?;
    sources(&decoded.text)
}

pub(super) fn sources(text: &str) -> Result<Vec<Source>, ImportError> {
    let header: Header = match serde_json::from_str(text) {
        Ok(h) => h,
        // Valid JSON of another shape (an array, a string) is not a collection.
        Err(e) if e.is_data() => return Err(ImportError::NotACollection),
        Err(e) => return Err(ImportError::InvalidJson(e.to_string())),
    };
    if header.format.as_ref().and_then(|f| f.as_str()) != Some(COLLECTION_FORMAT) {
        return Err(ImportError::NotACollection);
    }
    let version = header
        .version
        .as_ref()
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
    let body: Body =
        serde_json::from_str(text).map_err(|e| ImportError::InvalidCollection(e.to_string()))?;
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::collection::Collection;

    fn bytes(json: &str) -> Vec<u8> {
        json.as_bytes().to_vec()
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
}
