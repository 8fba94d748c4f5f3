//! How an imported readout parsed: what is missing, in words a user understands.
//!
//! Takes a parsed [`Readout`]; gives its [`ParseWarning`]s (essential ones first) and a one-line
//! summary, so the UI can show right after an import that, say, a text has no date and will sit
//! with the undated meetings.

use crate::core::{Readout, Speaker};
use std::fmt;

/// Something the parser could not find in a readout.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ParseWarning {
    /// No sentence at all: the text is empty after cleaning (page chrome only, say).
    NoText,
    /// No meeting date: the readout goes with the undated ones and out of date filters.
    NoDate,
    /// No participant named: nothing can be attributed to anyone.
    NoParticipants,
    /// Participants found, but no sentence attributed to any of them.
    NoSpeakers,
    /// Neither the text nor the user says who published it: its own officials have no
    /// country, and it is out of every publisher filter.
    NoPublisher,
    /// The text does not say who published it: the "Published by" setting chosen at import
    /// (or the app's default) is taken.
    PublisherAssumed,
    /// No headline: the title was made from the first sentence.
    TitleDerived,
}

impl ParseWarning {
    /// Essential warnings mean the readout will be of little use until corrected.
    pub fn is_essential(self) -> bool {
        !matches!(
            self,
            ParseWarning::TitleDerived | ParseWarning::PublisherAssumed
        )
    }

    pub fn message(self) -> &'static str {
        match self {
            ParseWarning::NoText => "No text was found in it.",
            ParseWarning::NoDate => {
                "No date was found: it is listed with the undated meetings. Add the date by hand."
            }
            ParseWarning::NoParticipants => {
                "No participants were found: no sentence can be attributed. Add them by hand."
            }
            ParseWarning::NoSpeakers => {
                "No sentence was attributed to a participant: check the speakers."
            }
            ParseWarning::NoPublisher => {
                "The text does not say who published it, and no publisher was chosen at import: \
                 its own officials have no country. Set \u{201C}Published by\u{201D} by hand."
            }
            ParseWarning::PublisherAssumed => {
                "The text does not say who published it: the \u{201C}Published by\u{201D} \
                 setting chosen at import is used. Correct it if it is wrong."
            }
            ParseWarning::TitleDerived => {
                "It has no headline: the title was taken from the first sentence."
            }
        }
    }
}

impl fmt::Display for ParseWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message())
    }
}

/// What is missing from `readout`, essential warnings first.
pub fn warnings(readout: &Readout) -> Vec<ParseWarning> {
    if readout.sentences.is_empty() {
        return vec![ParseWarning::NoText];
    }
    let mut out = Vec::new();
    if readout.date.is_none() {
        out.push(ParseWarning::NoDate);
    }
    if readout.participants.is_empty() {
        out.push(ParseWarning::NoParticipants);
    } else if !readout
        .sentences
        .iter()
        .any(|s| matches!(s.speaker, Speaker::Person(_)))
    {
        out.push(ParseWarning::NoSpeakers);
    }
    if readout.publisher.is_none() {
        out.push(ParseWarning::NoPublisher);
    }
    if readout.publisher_assumed {
        out.push(ParseWarning::PublisherAssumed);
    }
    if readout.title_derived {
        out.push(ParseWarning::TitleDerived);
    }
    out
}

/// One line on how a readout parsed, e.g. "2020-11-09 · published by China · 2 participants ·
/// 9 sentences, 7 attributed to a speaker · 4 numbered points".
pub fn summary(readout: &Readout) -> String {
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let attributed = readout
        .sentences
        .iter()
        .filter(|s| !matches!(s.speaker, Speaker::Narration))
        .count();
    let mut parts = vec![
        readout
            .date
            .map_or_else(|| "no date".to_string(), |d| d.to_string()),
        readout.publisher.as_deref().map_or_else(
            || "publisher not known".to_string(),
            |p| format!("published by {p}"),
        ),
        plural(readout.participants.len(), "participant", "participants"),
        format!(
            "{}, {attributed} attributed to a speaker",
            plural(readout.sentences.len(), "sentence", "sentences")
        ),
    ];
    if !readout.points.is_empty() {
        parts.push(plural(
            readout.points.len(),
            "numbered point",
            "numbered points",
        ));
    }
    parts.join(" · ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::{parse, ParseOptions};

    fn parsed(text: &str) -> Readout {
        parse(text, "test.txt", &ParseOptions::default())
    }

    #[test]
    fn a_complete_readout_has_no_warning() {
        let mut r = parsed(COMPLETE);
        // As when the text tells its publisher.
        r.publisher_assumed = false;
        assert_eq!(warnings(&r), vec![]);
        assert_eq!(
            summary(&r),
            "2021-03-03 · published by China · 2 participants · 2 sentences, 1 attributed to a \
             speaker"
        );
    }

    const COMPLETE: &str = "Minister Ana Example Meets Minister Bo Sample\n\nOn 3 March 2021, \
        Minister Ana Example met Minister Bo Sample of Samplestan.\n\nAna Example said trade \
        matters.";

    #[test]
    fn a_publisher_the_text_does_not_tell_is_reported_with_the_setting_used() {
        let mut source = crate::core::collection::Source::bundled("jp.txt", COMPLETE);
        source.publisher = Some("Japan".into());
        let r = source.readout(&ParseOptions::default());
        assert!(
            r.publisher_assumed,
            "the parser does not infer it from this text"
        );
        assert_eq!(warnings(&r), vec![ParseWarning::PublisherAssumed]);
        assert!(!ParseWarning::PublisherAssumed.is_essential());
        assert!(ParseWarning::PublisherAssumed
            .message()
            .contains("\u{201C}Published by\u{201D} setting chosen at import"));
        assert!(summary(&r).starts_with("2021-03-03 · published by Japan · "));
        // A corrected publisher is not assumed.
        source.corrections.publisher = Some("Japan".into());
        assert_eq!(warnings(&source.readout(&ParseOptions::default())), vec![]);
        // Nobody says: its own officials have no country.
        let none = ParseOptions {
            publisher: None,
            ..ParseOptions::default()
        };
        let r = parse(COMPLETE, "x.txt", &none);
        assert_eq!(r.publisher, None);
        assert_eq!(warnings(&r), vec![ParseWarning::NoPublisher]);
        assert!(ParseWarning::NoPublisher.is_essential());
        assert!(summary(&r).starts_with("2021-03-03 · publisher not known · "));
    }

    #[test]
    fn missing_date_participants_and_headline_are_reported_essential_first() {
        let mut r = parsed("The weather was discussed at length.");
        r.publisher_assumed = false;
        let w = warnings(&r);
        assert_eq!(
            w,
            vec![
                ParseWarning::NoDate,
                ParseWarning::NoParticipants,
                ParseWarning::TitleDerived
            ]
        );
        assert!(w[0].is_essential() && !w[2].is_essential());
        assert!(w[0].to_string().contains("No date"));
        assert!(
            summary(&r).starts_with("no date · published by China · 0 participants · 1 sentence,")
        );
    }

    #[test]
    fn an_empty_text_has_only_the_no_text_warning() {
        assert_eq!(warnings(&parsed("Print\n")), vec![ParseWarning::NoText]);
    }
}
