//! The data model every stage produces and every view reads.
//!
//! Spans are byte offsets into [`Readout::text`], the cleaned text, so the UI can always show the
//! exact words behind a sentence, a point or a position. The JSON written by the command line and
//! by the app's export is this model serialised with serde; field names are stable (README).

use serde::{Deserialize, Serialize};
use std::fmt;

/// A half-open byte range `[start, end)` into the cleaned text of a readout.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The text this span covers, or "" if it does not fit `text` (never panics).
    pub fn of<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

/// English month names, January first.
pub const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A calendar date. Serialised as `"YYYY-MM-DD"`; ordered chronologically.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// A date if it exists in the proleptic Gregorian calendar, else `None`.
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        let leap =
            (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (1..=days)
            .contains(&day)
            .then_some(Date { year, month, day })
    }

    /// "November" for month 11.
    pub fn month_name(&self) -> &'static str {
        MONTH_NAMES[usize::from(self.month.clamp(1, 12)) - 1]
    }

    /// Parses exactly `YYYY-MM-DD`.
    pub fn parse_iso(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |r: std::ops::Range<usize>| s.get(r)?.parse::<u16>().ok();
        Date::new(num(0..4)?, num(5..7)? as u8, num(8..10)? as u8)
    }
}

/// "9 November 2020".
pub fn human_date(date: Date) -> String {
    format!("{} {} {}", date.day, date.month_name(), date.year)
}

/// "9 November 2020", or "Undated" when the readout has no date.
pub fn date_label(date: Option<Date>) -> String {
    date.map_or_else(|| "Undated".to_string(), human_date)
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Date::parse_iso(&s)
            .ok_or_else(|| serde::de::Error::custom(format!("not a YYYY-MM-DD date: {s:?}")))
    }
}

/// How the meeting took place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum MeetingFormat {
    VideoConference,
    VideoMeeting,
    PhoneCall,
    Talks,
    Meeting,
    Consultation,
    Letter,
}

impl MeetingFormat {
    pub const ALL: [MeetingFormat; 7] = [
        MeetingFormat::VideoConference,
        MeetingFormat::VideoMeeting,
        MeetingFormat::PhoneCall,
        MeetingFormat::Talks,
        MeetingFormat::Meeting,
        MeetingFormat::Consultation,
        MeetingFormat::Letter,
    ];

    /// Human label, e.g. "video conference".
    pub fn label(self) -> &'static str {
        match self {
            MeetingFormat::VideoConference => "video conference",
            MeetingFormat::VideoMeeting => "video meeting",
            MeetingFormat::PhoneCall => "phone call",
            MeetingFormat::Talks => "talks",
            MeetingFormat::Meeting => "meeting",
            MeetingFormat::Consultation => "consultation",
            MeetingFormat::Letter => "letter",
        }
    }

    /// The serialised name, e.g. "video-conference" (used in URLs).
    pub fn slug(self) -> &'static str {
        match self {
            MeetingFormat::VideoConference => "video-conference",
            MeetingFormat::VideoMeeting => "video-meeting",
            MeetingFormat::PhoneCall => "phone-call",
            MeetingFormat::Talks => "talks",
            MeetingFormat::Meeting => "meeting",
            MeetingFormat::Consultation => "consultation",
            MeetingFormat::Letter => "letter",
        }
    }

    pub fn from_slug(s: &str) -> Option<MeetingFormat> {
        MeetingFormat::ALL.into_iter().find(|f| f.slug() == s)
    }
}

/// The language a readout is written in. It picks the parser's tables and the tokenizer's
/// rules; topic ids are shared, so readouts in both languages meet in one comparison.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum Language {
    #[default]
    #[serde(rename = "en")]
    English,
    #[serde(rename = "zh")]
    Chinese,
}

impl Language {
    pub const ALL: [Language; 2] = [Language::English, Language::Chinese];

    /// The serialised code, "en" or "zh" (used in URLs and JSON).
    pub fn code(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Chinese => "zh",
        }
    }

    /// The language's name in itself, as analysts label versions: "English", "中文".
    pub fn label(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::Chinese => "中文",
        }
    }

    pub fn from_code(s: &str) -> Option<Language> {
        Language::ALL.into_iter().find(|l| l.code() == s)
    }
}

/// A person taking part in the meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Participant {
    /// Full name as written, e.g. "Luo Zhaohui".
    pub name: String,
    /// Title as written, e.g. "Vice Foreign Minister"; empty when the text gives none.
    pub role: String,
    /// Country name, e.g. "Republic of Korea"; `None` when it cannot be told.
    pub country: Option<String>,
}

/// Who a sentence is attributed to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Speaker {
    /// `participants[i]` of the readout.
    Person(usize),
    /// "Both sides", "the two sides", "the three sides", "they".
    Joint,
    /// The ministry's narration (who met whom, when, how).
    Narration,
}

/// One sentence of the cleaned text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    pub span: Span,
    /// Index into [`Readout::paragraphs`].
    pub paragraph: usize,
    pub speaker: Speaker,
}

/// An enumerated point: "First, ...", "The second priority is ...", "...; third, ...".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Point {
    pub speaker: Speaker,
    /// 1 for "first", 2 for "second", ...
    pub ordinal: u32,
    pub span: Span,
    /// Index into [`Readout::sentences`] of the sentence the point starts in.
    pub sentence: usize,
}

/// One parsed readout.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Readout {
    /// Stable identifier derived from the cleaned text (same text, same id).
    pub id: String,
    /// The language of the text: detected (share of Han characters), or corrected.
    #[serde(default)]
    pub language: Language,
    /// The government whose ministry or office issued the readout, as a canonical country name
    /// (the same names as [`Participant::country`]). Its own officials take this country.
    /// `None` when neither the text nor the user says.
    #[serde(default)]
    pub publisher: Option<String>,
    /// True when the text did not tell the publisher and `publisher` is the setting the user
    /// chose (at import, or `--publisher`): the import warns about it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub publisher_assumed: bool,
    pub title: String,
    /// True when the text had no headline and `title` was derived from the first sentence.
    pub title_derived: bool,
    pub date: Option<Date>,
    pub format: Option<MeetingFormat>,
    pub participants: Vec<Participant>,
    /// The cleaned text that all spans point into.
    pub text: String,
    pub paragraphs: Vec<Span>,
    pub sentences: Vec<Sentence>,
    pub points: Vec<Point>,
    /// Where the text came from: a bundled file name, an imported file name, "pasted", ...
    pub origin: String,
    /// Fields a user corrected by hand (see [`crate::core::collection::Corrections`]); empty for
    /// a readout exactly as parsed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub corrected: Vec<CorrectedField>,
}

/// Which side of a readout a speaker is on (see [`Readout::speaker_side`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SpeakerSide {
    /// An official of the readout's publisher.
    Publisher,
    /// The n-th counterpart, counting from 0 in participant order.
    Counterpart(usize),
    Joint,
    Narration,
}

/// A field of a readout that a user can correct.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CorrectedField {
    Title,
    Date,
    Format,
    Participants,
    /// The speaker of one or more sentences.
    Speakers,
    Publisher,
    Language,
}

impl Readout {
    pub fn sentence_text(&self, i: usize) -> &str {
        self.sentences
            .get(i)
            .map(|s| s.span.of(&self.text))
            .unwrap_or("")
    }

    /// Countries of the participants who are not the publisher's own officials, in participant
    /// order (repeats kept): the counterparts' side of the meeting.
    pub fn counterpart_countries(&self) -> impl Iterator<Item = &str> {
        let home = self.publisher.as_deref();
        self.participants
            .iter()
            .filter_map(|p| p.country.as_deref())
            .filter(move |c| Some(*c) != home)
    }

    /// [`Self::counterpart_countries`] without repeats, in participant order: the countries a
    /// card, a column heading or the filters name for the meeting.
    pub fn counterparts(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for c in self.counterpart_countries() {
            if !out.contains(&c) {
                out.push(c);
            }
        }
        out
    }

    /// The side a speaker is on, for colouring: the publisher's own officials, the n-th
    /// counterpart (0, 1, ... in participant order, the publisher's officials not counted),
    /// joint statements or narration.
    pub fn speaker_side(&self, speaker: Speaker) -> SpeakerSide {
        match speaker {
            Speaker::Narration => SpeakerSide::Narration,
            Speaker::Joint => SpeakerSide::Joint,
            Speaker::Person(i) => {
                let home = self.publisher.as_deref();
                let is_home = |p: &Participant| home.is_some() && p.country.as_deref() == home;
                match self.participants.get(i) {
                    Some(p) if is_home(p) => SpeakerSide::Publisher,
                    Some(_) => SpeakerSide::Counterpart(
                        self.participants[..i]
                            .iter()
                            .filter(|p| !is_home(p))
                            .count(),
                    ),
                    None => SpeakerSide::Narration,
                }
            }
        }
    }

    /// Display name of a speaker: the participant's name, "Both sides" or "Narration".
    pub fn speaker_name(&self, speaker: Speaker) -> &str {
        match speaker {
            Speaker::Person(i) => self
                .participants
                .get(i)
                .map(|p| p.name.as_str())
                .unwrap_or("Unknown"),
            Speaker::Joint => "Both sides",
            Speaker::Narration => "Narration",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_round_trip_through_json_as_iso_strings() {
        let d = Date::new(2020, 11, 9).unwrap();
        let json = serde_json::to_string(&d).unwrap();
        assert_eq!(json, "\"2020-11-09\"");
        assert_eq!(serde_json::from_str::<Date>(&json).unwrap(), d);
    }

    #[test]
    fn impossible_dates_are_rejected() {
        assert!(Date::new(2021, 2, 29).is_none());
        assert!(Date::new(2020, 2, 29).is_some());
        assert!(Date::new(2020, 13, 1).is_none());
        assert!(Date::parse_iso("2020-1-09").is_none());
    }

    #[test]
    fn a_span_outside_the_text_reads_as_empty() {
        assert_eq!(Span::new(3, 99).of("short"), "");
        assert_eq!(Span::new(0, 5).of("short"), "short");
    }
}
