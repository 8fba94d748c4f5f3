//! What the app loads and keeps: a readout's text as published (`Source`) plus the user's
//! corrections, kept apart from the text so the original always stays as published. A
//! `Collection` is the JSON file that "Export everything" writes and import reads back.
//!
//! The parser never sees corrections: `apply_corrections` lays them over the parsed readout
//! (only a corrected publisher is given to the parser, so that its own officials take its
//! country). A source may also carry the "Published by" setting chosen when it was imported:
//! the publisher when the text does not tell ([`Source::options`]).

use crate::core::parse::parse_in;
use crate::core::Speaker;
use crate::core::{
    parse, CorrectedField, Date, Language, MeetingFormat, ParseOptions, Participant, Readout,
};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::collections::BTreeMap;

/// The `format` tag of a collection file.
pub const COLLECTION_FORMAT: &str = "readout-lens-collection";
/// The collection version this build writes; it reads every version up to it. Version 2 added
/// the publisher, language and meeting corrections and each source's "Published by" setting;
/// a version 1 file reads as having none of them.
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
    /// The user's meeting correction (a split or a join): readouts with the same label are one
    /// meeting, whatever the grouping rules say (`core::meetings::group`). The label is the id
    /// of one of the meeting's readouts at the time of the correction.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meeting: Option<String>,
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
    /// The "Published by" setting chosen at import: the publisher (a canonical country name)
    /// when the text does not tell, for this readout only. `None`: the app's default
    /// ([`ParseOptions::publisher`]). A corrected publisher wins over both.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    #[serde(default, skip_serializing_if = "Corrections::is_empty")]
    pub corrections: Corrections,
}

impl Source {
    /// A readout the user added, with no "Published by" setting and no corrections yet.
    pub fn imported(name: impl Into<String>, text: String) -> Source {
        Source {
            name: name.into(),
            text,
            kind: SourceKind::Imported,
            added: 0,
            publisher: None,
            corrections: Corrections::default(),
        }
    }

    /// A bundled readout, from `crate::core::bundled::BUNDLED`.
    pub fn bundled(name: &str, text: &str) -> Source {
        Source {
            name: name.to_string(),
            text: text.to_string(),
            kind: SourceKind::Bundled,
            added: 0,
            publisher: None,
            corrections: Corrections::default(),
        }
    }

    /// The parse options of this source: `base` with the source's "Published by" setting as
    /// the publisher when the text does not tell, and its corrected publisher, if any.
    pub fn options<'a>(&self, base: &'a ParseOptions) -> Cow<'a, ParseOptions> {
        let setting = non_empty(&self.publisher);
        let correction = non_empty(&self.corrections.publisher);
        if setting.is_none() && correction.is_none() {
            return Cow::Borrowed(base);
        }
        Cow::Owned(ParseOptions {
            publisher: setting
                .map(str::to_string)
                .or_else(|| base.publisher.clone()),
            publisher_correction: correction.map(str::to_string),
        })
    }

    /// Parses the text ([`Source::parsed`]) and lays the corrections over the result.
    pub fn readout(&self, options: &ParseOptions) -> Readout {
        let mut readout = self.parsed(options);
        apply_corrections(&mut readout, &self.corrections);
        readout
    }

    /// The readout as the parser gives it with [`Source::options`] (in the corrected language,
    /// if the user gave one), before the corrections are laid over it: what the corrections
    /// form records its changes against.
    pub fn parsed(&self, options: &ParseOptions) -> Readout {
        let options = self.options(options);
        match self.corrections.language {
            Some(language) => parse_in(&self.text, &self.name, &options, language),
            None => parse(&self.text, &self.name, &options),
        }
    }
}

/// The trimmed text of a setting, unless it is empty.
fn non_empty(setting: &Option<String>) -> Option<&str> {
    setting.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

/// The canonical name of the country a user typed as a publisher ("japan", "USA", "the UK",
/// "American"), or the text as typed (trimmed) when no country of the tables has that name.
/// `None` for an empty entry.
pub fn publisher_named(input: &str) -> Option<String> {
    let typed = input.trim();
    let bare = typed
        .strip_prefix("the ")
        .or_else(|| typed.strip_prefix("The "))
        .unwrap_or(typed);
    if bare.is_empty() {
        return None;
    }
    let known = crate::core::parse::lang::en::EN.countries.iter().find(|c| {
        std::iter::once(c.name)
            .chain(c.aliases)
            .chain(c.adjectives)
            .any(|n| n.eq_ignore_ascii_case(bare))
    });
    Some(known.map_or(typed, |c| c.name).to_string())
}

/// The canonical names of the countries the parser knows, alphabetically: what a "Published
/// by" entry offers.
pub fn known_publishers() -> Vec<&'static str> {
    let mut names: Vec<&'static str> = crate::core::parse::lang::en::EN
        .countries
        .iter()
        .map(|c| c.name)
        .collect();
    crate::core::sort::sort(&mut names);
    names
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
    fn a_language_correction_reads_the_text_with_that_languages_tables() {
        // Detected as English (mostly Latin letters), but the user says it is Chinese.
        let text = "2021年3月3日，外交部长田墨白同挪威外交大臣索尔旺通电话。\n\n\
                    Working notes on the call, kept with the original Chinese text above; a draft \
                    English translation of the readout will follow in a later version.";
        let mut source = Source::bundled("note.txt", text);
        let as_parsed = source.readout(&ParseOptions::default());
        assert_eq!(as_parsed.language, Language::English);
        assert!(as_parsed.participants.is_empty());
        source.corrections.language = Some(Language::Chinese);
        let corrected = source.readout(&ParseOptions::default());
        assert_eq!(corrected.id, as_parsed.id);
        let names: Vec<&str> = corrected
            .participants
            .iter()
            .map(|p| p.name.as_str())
            .collect();
        assert_eq!(names, vec!["田墨白", "索尔旺"]);
        assert_eq!(
            corrected.date.map(|d| d.to_string()).as_deref(),
            Some("2021-03-03")
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

    /// An opening that names no country for the host: only the publisher can give it one.
    const HOST: &str = "Minister Ana Example met Minister Bo Sample of Norway.";

    fn countries(readout: &Readout) -> Vec<Option<&str>> {
        readout
            .participants
            .iter()
            .map(|p| p.country.as_deref())
            .collect()
    }

    #[test]
    fn the_setting_chosen_at_import_is_the_publisher_when_the_text_does_not_tell() {
        let mut source = Source::bundled("host.txt", HOST);
        source.publisher = Some("Japan".into());
        let readout = source.readout(&ParseOptions::default());
        assert_eq!(readout.publisher.as_deref(), Some("Japan"));
        assert!(readout.publisher_assumed);
        assert_eq!(countries(&readout), [Some("Japan"), Some("Norway")]);
        assert!(readout.corrected.is_empty());
        // A corrected publisher wins over the setting.
        source.corrections.publisher = Some("United States".into());
        let readout = source.readout(&ParseOptions::default());
        assert_eq!(readout.publisher.as_deref(), Some("United States"));
        assert!(!readout.publisher_assumed);
        assert_eq!(countries(&readout), [Some("United States"), Some("Norway")]);
        // Without a setting, the app's default; an empty setting is no setting.
        let mut source = Source::bundled("host.txt", HOST);
        source.publisher = Some("  ".into());
        assert!(matches!(
            source.options(&ParseOptions::default()),
            Cow::Borrowed(_)
        ));
        let readout = source.readout(&ParseOptions::default());
        assert_eq!(readout.publisher.as_deref(), Some("China"));
        let unknown = ParseOptions {
            publisher: None,
            ..ParseOptions::default()
        };
        let readout = source.readout(&unknown);
        assert_eq!(readout.publisher, None);
        assert!(!readout.publisher_assumed);
        assert_eq!(countries(&readout), [None, Some("Norway")]);
    }

    #[test]
    fn a_typed_publisher_takes_the_canonical_name_of_a_known_country() {
        assert_eq!(publisher_named(" japan ").as_deref(), Some("Japan"));
        assert_eq!(publisher_named("USA").as_deref(), Some("United States"));
        assert_eq!(publisher_named("the UK").as_deref(), Some("United Kingdom"));
        assert_eq!(
            publisher_named("American").as_deref(),
            Some("United States")
        );
        assert_eq!(publisher_named("viet nam").as_deref(), Some("Vietnam"));
        assert_eq!(publisher_named("Estonia ").as_deref(), Some("Estonia"));
        assert_eq!(publisher_named("  "), None);
        let known = known_publishers();
        assert!(known.windows(2).all(|w| w[0] < w[1]));
        assert!(known.contains(&"Japan") && known.contains(&"United States"));
    }

    #[test]
    fn a_collection_round_trips_through_json() {
        let mut source = Source::bundled("fixture.txt", TEXT);
        source.kind = SourceKind::Imported;
        source.added = 1_700_000_000_000;
        source.publisher = Some("Japan".into());
        source.corrections.format = Some(MeetingFormat::PhoneCall);
        source.corrections.speakers.insert(0, Speaker::Narration);
        source.corrections.publisher = Some("United States".into());
        let collection = Collection::new(vec![source]);
        let json = serde_json::to_string(&collection).unwrap();
        assert!(json.contains("\"format\":\"readout-lens-collection\""));
        assert!(json.contains("\"version\":2"));
        assert!(
            json.contains("\"publisher\":\"Japan\",\"corrections\":{"),
            "{json}"
        );
        let back: Collection = serde_json::from_str(&json).unwrap();
        assert_eq!(back, collection);
        // Without a setting the field is left out, and a version 1 source reads as having none.
        let plain = serde_json::to_string(&Source::bundled("a", "b")).unwrap();
        assert!(!plain.contains("publisher"), "{plain}");
        let old: Source = serde_json::from_str(r#"{"name":"a","text":"b"}"#).unwrap();
        assert_eq!(old.publisher, None);
    }
}
