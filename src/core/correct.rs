//! What the corrections form says, turned into [`Corrections`]: takes the readout as parsed
//! (`Source::parsed`), the readout as shown (corrections laid over it) and the readout's
//! corrections so far; gives the form's starting values ([`CorrectionsDraft::of`]) and, from
//! the values the user leaves, the corrections to keep ([`corrections_from`]).
//!
//! Only what differs from the parser's result is recorded, so undoing a change by hand removes
//! the correction. Lives in the core (not in the form component) so it is tested natively.

use crate::core::collection::{publisher_named, Corrections};
use crate::core::parse::detect_language;
use crate::core::{Date, Language, MeetingFormat, Participant, Readout, Speaker};
use std::collections::BTreeMap;

/// One participant row of the form, as typed: name, role, country.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ParticipantRow {
    pub name: String,
    pub role: String,
    pub country: String,
}

impl ParticipantRow {
    pub fn of(p: &Participant) -> ParticipantRow {
        ParticipantRow {
            name: p.name.clone(),
            role: p.role.clone(),
            country: p.country.clone().unwrap_or_default(),
        }
    }

    /// The participant this row describes; none for a row without a name.
    pub fn participant(&self) -> Option<Participant> {
        let name = self.name.trim();
        (!name.is_empty()).then(|| Participant {
            name: name.to_string(),
            role: self.role.trim().to_string(),
            country: Some(self.country.trim().to_string()).filter(|c| !c.is_empty()),
        })
    }
}

/// The values of the corrections form.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CorrectionsDraft {
    pub title: String,
    /// As typed: `YYYY-MM-DD`, or empty for "the readout has no date".
    pub date: String,
    /// A [`MeetingFormat::slug`], or empty for "not stated".
    pub format: String,
    pub participants: Vec<ParticipantRow>,
    /// The speaker of every sentence, by sentence index.
    pub speakers: BTreeMap<usize, Speaker>,
    /// "Published by", as typed; emptied, the text (or the setting at import) says again.
    pub publisher: String,
    /// The language of the text, as a [`Language::code`] ("en", "zh").
    pub language: String,
}

impl CorrectionsDraft {
    /// The form's starting values: the readout as shown (`current`, corrections applied).
    pub fn of(current: &Readout) -> CorrectionsDraft {
        CorrectionsDraft {
            title: current.title.clone(),
            date: current.date.map(|d| d.to_string()).unwrap_or_default(),
            format: current
                .format
                .map(|f| f.slug().to_string())
                .unwrap_or_default(),
            participants: current
                .participants
                .iter()
                .map(ParticipantRow::of)
                .collect(),
            speakers: speaker_map(current.sentences.iter().map(|s| s.speaker).enumerate()),
            publisher: current.publisher.clone().unwrap_or_default(),
            language: current.language.code().to_string(),
        }
    }
}

/// Corrections that turn `base` (as parsed) into what the form says, or a message for the
/// user when a value cannot be read (a date that is not `YYYY-MM-DD`). The fields the form
/// does not show (meeting, and any added later) are kept from `existing`, the
/// readout's corrections so far: saving the form never drops them.
///
/// The publisher is recorded as typed (the canonical name of a known country) when it differs
/// from the one `base` has, which is already the corrected one (`Source::parsed`): unchanged, the
/// correction so far stays; emptied, it goes, and the text or the setting at import says again.
pub fn corrections_from(
    base: &Readout,
    form: &CorrectionsDraft,
    existing: &Corrections,
) -> Result<Corrections, String> {
    let title = form.title.trim();
    let date = match form.date.trim() {
        "" => None,
        d => Some(Date::parse_iso(d).ok_or_else(|| format!("“{d}” is not a date (YYYY-MM-DD)."))?),
    };
    let participants: Vec<Participant> = form
        .participants
        .iter()
        .filter_map(ParticipantRow::participant)
        .collect();
    Ok(Corrections {
        title: (!title.is_empty() && title != base.title).then(|| title.to_string()),
        // An emptied date field says the readout has none.
        no_date: date.is_none() && base.date.is_some(),
        date: date.filter(|d| Some(*d) != base.date),
        format: MeetingFormat::from_slug(&form.format).filter(|f| Some(*f) != base.format),
        participants: (participants != base.participants).then_some(participants),
        speakers: speaker_map(
            form.speakers
                .iter()
                .filter(|(&i, &s)| base.sentences.get(i).is_some_and(|b| b.speaker != s))
                .map(|(&i, &s)| (i, s)),
        ),
        publisher: match publisher_named(&form.publisher) {
            typed if typed == base.publisher => existing.publisher.clone(),
            typed => typed,
        },
        // The language is a correction when it is not the one the text tells.
        language: Language::from_code(&form.language).filter(|l| *l != detect_language(&base.text)),
        ..existing.clone()
    })
}

/// A speaker as a form value: "p3", "joint", "narration".
pub fn speaker_value(s: Speaker) -> String {
    match s {
        Speaker::Person(i) => format!("p{i}"),
        Speaker::Joint => "joint".into(),
        Speaker::Narration => "narration".into(),
    }
}

/// The speaker of a form value written by [`speaker_value`].
pub fn speaker_from(value: &str) -> Option<Speaker> {
    match value {
        "joint" => Some(Speaker::Joint),
        "narration" => Some(Speaker::Narration),
        v => v.strip_prefix('p')?.parse().ok().map(Speaker::Person),
    }
}

/// A map of sentence speakers built by inserting, in key order: `collect` would build it in
/// bulk through the standard stable sort, one more copy of its code in the wasm per caller.
fn speaker_map(pairs: impl Iterator<Item = (usize, Speaker)>) -> BTreeMap<usize, Speaker> {
    let mut map = BTreeMap::new();
    for (i, s) in pairs {
        map.insert(i, s);
    }
    map
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::collection::Source;
    use crate::core::{Language, ParseOptions};

    /// Written for this test: Ana Example (no country in the text) is the publisher's official.
    const TEXT: &str =
        "Minister Ana Example met Minister Bo Sample of Vietnam on 3 March 2021.\n\n\
                        Minister Example said trade matters. Both sides agreed to meet again.\n";

    /// The readout as parsed with `corrections`, and the form's starting values.
    fn form_of(corrections: &Corrections) -> (Readout, CorrectionsDraft) {
        let source = Source {
            corrections: corrections.clone(),
            ..Source::bundled("t.txt", TEXT)
        };
        let options = ParseOptions::default();
        let current = source.readout(&options);
        (source.parsed(&options), CorrectionsDraft::of(&current))
    }

    /// What saving the form gives, for a readout with `existing` corrections.
    fn saved(
        existing: &Corrections,
        edit: impl FnOnce(&Readout, &mut CorrectionsDraft),
    ) -> Corrections {
        let (base, mut form) = form_of(existing);
        edit(&base, &mut form);
        corrections_from(&base, &form, existing).unwrap()
    }

    #[test]
    fn an_untouched_form_records_no_correction() {
        assert_eq!(
            saved(&Corrections::default(), |_, _| {}),
            Corrections::default()
        );
    }

    #[test]
    fn saving_keeps_the_corrections_the_form_does_not_show() {
        let existing = Corrections {
            publisher: Some("Laos".into()),
            language: Some(Language::Chinese),
            meeting: Some("0123456789abcdef".into()),
            ..Corrections::default()
        };
        let after = saved(&existing, |_, form| form.title = "Talks on trade".into());
        assert_eq!(
            after,
            Corrections {
                title: Some("Talks on trade".into()),
                ..existing
            }
        );
    }

    #[test]
    fn a_language_chosen_in_the_form_is_recorded_and_set_back_it_goes() {
        let none = Corrections::default();
        let (_, form) = form_of(&none);
        assert_eq!(form.language, "en");
        let c = saved(&none, |_, form| form.language = "zh".into());
        assert_eq!(c.language, Some(Language::Chinese));
        assert_eq!(saved(&c, |_, _| {}).language, Some(Language::Chinese));
        assert_eq!(saved(&c, |_, form| form.language = "en".into()), none);
    }

    #[test]
    fn a_publisher_correction_alone_records_no_participant_change() {
        // The publisher's own official takes its country in the parse the form starts from, so
        // the rows, unchanged, equal the base's participants (against a parse without the
        // correction, Ana Example's country would differ and be recorded).
        let existing = Corrections {
            publisher: Some("Laos".into()),
            ..Corrections::default()
        };
        let after = saved(&existing, |_, form| {
            assert_eq!(form.participants[0].country, "Laos");
        });
        assert_eq!(after, existing);
    }

    #[test]
    fn a_publisher_typed_is_recorded_by_its_canonical_name_and_emptied_it_goes() {
        let none = Corrections::default();
        let (base, form) = form_of(&none);
        assert_eq!(form.publisher, base.publisher.clone().unwrap());
        let c = saved(&none, |_, form| form.publisher = " japan ".into());
        assert_eq!(c.publisher.as_deref(), Some("Japan"));
        assert_eq!(c.participants, None, "the rows were not touched");
        // Saved, the host takes the new publisher's country.
        let source = Source {
            corrections: c.clone(),
            ..Source::bundled("t.txt", TEXT)
        };
        let readout = source.readout(&ParseOptions::default());
        assert_eq!(readout.participants[0].country.as_deref(), Some("Japan"));
        assert_eq!(readout.participants[1].country.as_deref(), Some("Vietnam"));
        // Unchanged, the correction stays; emptied, it goes.
        assert_eq!(saved(&c, |_, _| {}), c);
        assert_eq!(saved(&c, |_, form| form.publisher = "  ".into()), none);
    }

    #[test]
    fn a_field_set_back_to_the_parsed_value_drops_its_correction() {
        let existing = Corrections {
            title: Some("Another title".into()),
            format: Some(MeetingFormat::PhoneCall),
            ..Corrections::default()
        };
        let after = saved(&existing, |base, form| {
            assert_eq!(form.title, "Another title");
            form.title = base.title.clone();
            form.format = base
                .format
                .map(|f| f.slug().to_string())
                .unwrap_or_default();
        });
        assert_eq!(after, Corrections::default());
    }

    #[test]
    fn every_field_the_form_changes_is_recorded_and_only_where_it_differs() {
        let mut base_speaker = None;
        let c = saved(&Corrections::default(), |base, form| {
            assert_eq!(base.date, Date::parse_iso("2021-03-03"));
            form.date = "2021-03-04".into();
            form.format = "phone-call".into();
            form.participants[1].country = " Laos ".into();
            form.participants.push(ParticipantRow {
                name: "  ".into(),
                ..ParticipantRow::default()
            });
            form.speakers.insert(1, Speaker::Joint);
            // Unchanged and out-of-range sentences record nothing.
            form.speakers.insert(0, base.sentences[0].speaker);
            form.speakers.insert(99, Speaker::Joint);
            base_speaker = Some(base.participants[0].clone());
        });
        assert_eq!(c.date, Date::parse_iso("2021-03-04"));
        assert!(!c.no_date);
        assert_eq!(c.format, Some(MeetingFormat::PhoneCall));
        let people = c.participants.expect("participants corrected");
        assert_eq!(people.len(), 2, "the row without a name is dropped");
        assert_eq!(people[1].country.as_deref(), Some("Laos"));
        assert_eq!(Some(&people[0]), base_speaker.as_ref());
        assert_eq!(c.speakers, BTreeMap::from([(1, Speaker::Joint)]));
    }

    #[test]
    fn an_emptied_date_says_there_is_none_and_a_bad_one_is_refused() {
        let none = Corrections::default();
        let c = saved(&none, |_, form| form.date = " ".into());
        assert!(c.no_date && c.date.is_none());
        let (base, mut form) = form_of(&none);
        form.date = "3 March".into();
        assert_eq!(
            corrections_from(&base, &form, &none),
            Err("“3 March” is not a date (YYYY-MM-DD).".to_string())
        );
    }

    #[test]
    fn speaker_form_values_round_trip() {
        for s in [
            Speaker::Person(0),
            Speaker::Person(12),
            Speaker::Joint,
            Speaker::Narration,
        ] {
            assert_eq!(speaker_from(&speaker_value(s)), Some(s));
        }
        assert_eq!(speaker_from("px"), None);
        assert_eq!(speaker_from(""), None);
    }
}
