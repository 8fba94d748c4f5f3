//! What the app loads and keeps: a readout's text as published (`Source`) plus the user's
//! corrections, kept apart from the text so the original always stays as published. A
//! `Collection` is the JSON file that "Export everything" writes and import reads back.
//!
//! The parser never sees corrections: `apply_corrections` lays them over the parsed readout.

use crate::core::Speaker;
use crate::core::{
    parse, CorrectedField, Date, Language, MeetingFormat, ParseOptions, Participant, Readout,
};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The `format` tag of a collection file.
pub const COLLECTION_FORMAT: &str = "readout-lens-collection";
/// The collection version this build writes; it reads every version up to it. Version 2 added
/// the publisher and language corrections; a version 1 file reads as having none.
pub const COLLECTION_VERSION: u32 = 2;

/// Where a readout came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum SourceKind {
    /// Built into the app from `data/readouts/`; cannot be deleted.
    Bundled,
    /// Added by the user (pasted, opened, dropped, or read from a collection file); stored in
    /// the browser.
    #[default]
    Imported,
    /// Loaded from a collection URL given in the page's query string: shown, not stored (the
    /// link loads it again on every visit).
    Linked,
}

/// Hand corrections of one readout. Every field is optional: `None` (or an empty map) keeps
/// what the parser found.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Corrections {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// The readout has no date, whatever the parser found (then `date` is unset).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub no_date: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub format: Option<MeetingFormat>,
    /// Replaces the whole participant list (names, roles, countries). Sentence speakers keep
    /// their indices into it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub participants: Option<Vec<Participant>>,
    /// Speaker of a sentence, by index into `Readout::sentences` of the parsed readout.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub speakers: BTreeMap<usize, Speaker>,
    /// The government that issued the readout (a canonical country name).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    /// The language of the text, when detection got it wrong.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<Language>,
}

impl Corrections {
    pub fn is_empty(&self) -> bool {
        *self == Corrections::default()
    }
}

/// One readout as loaded: the text as published and what the user changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    /// Where it came from, shown to the user: a file name, "pasted", a URL.
    pub name: String,
    /// The text as published (for HTML files: the text extracted from the page).
    pub text: String,
    #[serde(default)]
    pub kind: SourceKind,
    /// When it was added, milliseconds since the Unix epoch (0 for bundled readouts).
    #[serde(default)]
    pub added: u64,
    #[serde(default, skip_serializing_if = "Corrections::is_empty")]
    pub corrections: Corrections,
}

impl Source {
    /// A bundled readout, from `crate::core::bundled::BUNDLED`.
    pub fn bundled(name: &str, text: &str) -> Source {
        Source {
            name: name.to_string(),
            text: text.to_string(),
            kind: SourceKind::Bundled,
            added: 0,
            corrections: Corrections::default(),
        }
    }

    /// Parses the text and lays the corrections over the result. A corrected publisher is
    /// given to the parser, so that its own officials take its country.
    pub fn readout(&self, options: &ParseOptions) -> Readout {
        let mut readout = match &self.corrections.publisher {
            Some(p) if !p.trim().is_empty() => {
                let options = ParseOptions {
                    publisher_correction: Some(p.trim().to_string()),
                    ..options.clone()
                };
                parse(&self.text, &self.name, &options)
            }
            _ => parse(&self.text, &self.name, options),
        };
        apply_corrections(&mut readout, &self.corrections);
        readout
    }
}

/// The file "Export everything" writes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Collection {
    /// Always [`COLLECTION_FORMAT`].
    pub format: String,
    /// [`COLLECTION_VERSION`] when written by this build.
    pub version: u32,
    pub readouts: Vec<Source>,
}

impl Collection {
    pub fn new(readouts: Vec<Source>) -> Collection {
        Collection {
            format: COLLECTION_FORMAT.to_string(),
            version: COLLECTION_VERSION,
            readouts,
        }
    }
}

/// Lays `corrections` over a parsed readout and records which fields changed. A speaker
/// correction for a sentence that does not exist is ignored; a speaker index past the end of the
/// participant list reads as "Unknown" (see `Readout::speaker_name`).
pub fn apply_corrections(readout: &mut Readout, corrections: &Corrections) {
    let mut corrected = Vec::new();
    if let Some(title) = corrections.title.as_ref().filter(|t| !t.trim().is_empty()) {
        readout.title = title.trim().to_string();
        readout.title_derived = false;
        corrected.push(CorrectedField::Title);
    }
    if corrections.no_date {
        readout.date = None;
        corrected.push(CorrectedField::Date);
    } else if let Some(date) = corrections.date {
        readout.date = Some(date);
        corrected.push(CorrectedField::Date);
    }
    if let Some(format) = corrections.format {
        readout.format = Some(format);
        corrected.push(CorrectedField::Format);
    }
    if let Some(participants) = &corrections.participants {
        readout.participants = participants.clone();
        corrected.push(CorrectedField::Participants);
    }
    if let Some(publisher) = corrections
        .publisher
        .as_ref()
        .filter(|p| !p.trim().is_empty())
    {
        readout.publisher = Some(publisher.trim().to_string());
        readout.publisher_assumed = false;
        corrected.push(CorrectedField::Publisher);
    }
    if let Some(language) = corrections.language {
        readout.language = language;
        corrected.push(CorrectedField::Language);
    }
    let mut speakers_changed = false;
    for (&i, &speaker) in &corrections.speakers {
        let Some(sentence) = readout.sentences.get_mut(i) else {
            continue;
        };
        sentence.speaker = speaker;
        speakers_changed = true;
        for point in readout.points.iter_mut().filter(|p| p.sentence == i) {
            point.speaker = speaker;
        }
    }
    if speakers_changed {
        corrected.push(CorrectedField::Speakers);
    }
    readout.corrected = corrected;
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "Minister Ana Example of Examplia met Minister Bo Sample of Samplestan on \
                        3 March 2021.\n\nMinister Example said trade matters. Both sides agreed \
                        to meet again.\n";

    #[test]
    fn a_readout_without_corrections_is_exactly_as_parsed() {
        let source = Source::bundled("fixture.txt", TEXT);
        let readout = source.readout(&ParseOptions::default());
        assert_eq!(
            readout,
            parse(TEXT, "fixture.txt", &ParseOptions::default())
        );
        assert!(readout.corrected.is_empty());
    }

    #[test]
    fn corrections_replace_fields_and_are_recorded() {
        let mut source = Source::bundled("fixture.txt", TEXT);
        source.corrections.title = Some("  Corrected title ".into());
        source.corrections.date = Date::new(2022, 1, 2);
        source.corrections.speakers.insert(1, Speaker::Joint);
        source.corrections.speakers.insert(999, Speaker::Joint);
        let readout = source.readout(&ParseOptions::default());
        assert_eq!(readout.title, "Corrected title");
        assert_eq!(readout.date, Date::new(2022, 1, 2));
        assert_eq!(readout.sentences[1].speaker, Speaker::Joint);
        assert_eq!(
            readout.corrected,
            vec![
                CorrectedField::Title,
                CorrectedField::Date,
                CorrectedField::Speakers
            ]
        );
        // The text as published is untouched.
        assert_eq!(source.text, TEXT);
    }

    #[test]
    fn a_date_the_parser_found_can_be_corrected_away() {
        let mut source = Source::bundled("fixture.txt", TEXT);
        assert!(source.readout(&ParseOptions::default()).date.is_some());
        source.corrections.no_date = true;
        let readout = source.readout(&ParseOptions::default());
        assert_eq!(readout.date, None);
        assert_eq!(readout.corrected, vec![CorrectedField::Date]);
        // Written only when set, and read back; older files without it read as unset.
        let json = serde_json::to_string(&source.corrections).unwrap();
        assert_eq!(json, r#"{"no_date":true}"#);
        let back: Corrections = serde_json::from_str(&json).unwrap();
        assert_eq!(back, source.corrections);
        let old: Corrections = serde_json::from_str(r#"{"date":"2020-01-02"}"#).unwrap();
        assert!(!old.no_date && old.date == Date::new(2020, 1, 2));
        assert_eq!(
            serde_json::to_string(&Corrections::default()).unwrap(),
            "{}"
        );
    }

    #[test]
    fn publisher_and_language_corrections_are_applied_and_recorded() {
        let mut source = Source::bundled("fixture.txt", TEXT);
        source.corrections.publisher = Some(" Examplia ".into());
        source.corrections.language = Some(Language::Chinese);
        let readout = source.readout(&ParseOptions::default());
        assert_eq!(readout.publisher.as_deref(), Some("Examplia"));
        assert!(!readout.publisher_assumed);
        assert_eq!(readout.language, Language::Chinese);
        assert_eq!(
            readout.corrected,
            vec![CorrectedField::Publisher, CorrectedField::Language]
        );
        let json = serde_json::to_string(&source.corrections).unwrap();
        assert_eq!(json, r#"{"publisher":" Examplia ","language":"zh"}"#);
        // The publisher's own officials follow it when the text does not give their country.
        let mut source = Source::bundled(
            "host.txt",
            "Minister Ana Example met Minister Bo Sample of Norway.",
        );
        source.corrections.publisher = Some("Examplia".into());
        let readout = source.readout(&ParseOptions::default());
        let countries: Vec<_> = readout
            .participants
            .iter()
            .map(|p| p.country.as_deref())
            .collect();
        assert_eq!(countries, [Some("Examplia"), Some("Norway")]);
    }

    #[test]
    fn a_collection_round_trips_through_json() {
        let mut source = Source::bundled("fixture.txt", TEXT);
        source.kind = SourceKind::Imported;
        source.added = 1_700_000_000_000;
        source.corrections.format = Some(MeetingFormat::PhoneCall);
        source.corrections.speakers.insert(0, Speaker::Narration);
        let collection = Collection::new(vec![source]);
        let json = serde_json::to_string(&collection).unwrap();
        assert!(json.contains("\"format\":\"readout-lens-collection\""));
        let back: Collection = serde_json::from_str(&json).unwrap();
        assert_eq!(back, collection);
    }
}
