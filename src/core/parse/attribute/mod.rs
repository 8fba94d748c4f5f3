//! Stage 4, attribute: sentences -> a speaker for each.
//!
//! Takes the cleaned text, the sentences with their paragraph, the participants (with what the
//! text told of their gender), the publisher, the sentences that narrate the event and a
//! [`Lang`]; gives one [`Attribution`] per sentence. A cue is a subject followed by a
//! reporting verb near the start of a sentence ("Luo Zhaohui said", "The Secretary
//! emphasized", "In response, Minister Kuroda stated", "Mori, for his part, affirmed"); the
//! subject is a participant (name, surname, title: see [`subject`]), a joint subject, a
//! pronoun, a national side, or an event or a spokesperson (narration). Sentences without a
//! cue keep the speaker of the sentence before them in the same paragraph; a paragraph that
//! starts without a cue is narration. A script with its own stage hooks (Chinese) finds its
//! cues with them, and may carry a speaker into the next paragraph.

mod cue;
mod subject;

use super::lang::{Gender, Lang};
use super::scan::Word;
use crate::core::model::{Participant, Span, Speaker};

#[derive(Debug, Clone, Copy)]
pub(super) struct Attribution {
    pub speaker: Speaker,
    /// True when the sentence names its own speaker (it then ends a running point).
    pub cue: bool,
}

/// Who may be named, and what the sentences so far have told.
pub(super) struct People<'a> {
    pub participants: &'a [Participant],
    /// Each participant's gender when the text told it; sentences may tell more.
    pub genders: Vec<Option<Gender>>,
    /// The publisher: its own official is meant when a title fits two participants.
    pub publisher: Option<&'a str>,
    /// Each participant's title keys (see [`super::roles::key`]), made when a title is first
    /// read as a subject: the whole title's, then each office's when the title joins two
    /// ("Prime Minister and Defense Minister" is "the Prime Minister" as exactly as a Prime
    /// Minister's "Prime Minister").
    role_keys: Vec<Vec<Vec<String>>>,
    /// Participants who were subjects, most recent last: pronouns refer back to them.
    recent: Vec<usize>,
    /// The last subject read was a country's name alone, standing for its side ("China is
    /// willing to ..."): it names the speaker but starts no new statement of the same one.
    by_country: bool,
}

impl<'a> People<'a> {
    pub fn new(
        participants: &'a [Participant],
        genders: Vec<Option<Gender>>,
        publisher: Option<&'a str>,
    ) -> People<'a> {
        let mut genders = genders;
        genders.resize(participants.len(), None);
        People {
            participants,
            genders,
            publisher,
            role_keys: Vec::new(),
            recent: Vec::with_capacity(participants.len() + 1),
            by_country: false,
        }
    }

    /// Each participant's title key, made on first use.
    fn role_keys(&mut self, lang: &Lang) -> &[Vec<Vec<String>>] {
        if self.role_keys.len() != self.participants.len() {
            self.role_keys = self
                .participants
                .iter()
                .map(|p| super::roles::office_keys(&p.role, lang))
                .collect();
        }
        &self.role_keys
    }

    /// `i` was the subject of a clause: pronouns now refer to it first.
    fn mention(&mut self, i: usize) {
        self.recent.retain(|&r| r != i);
        self.recent.push(i);
    }
}

/// `words` holds the words of `text` (offsets in it) when the caller split them: each
/// sentence's cue reads its own from them.
pub(super) fn attribute<'a>(
    text: &'a str,
    sentences: &[(Span, usize)],
    words: Option<&[Word<'a>]>,
    people: &mut People,
    narration: &[usize],
    lang: &Lang,
) -> Vec<Attribution> {
    let mut out: Vec<Attribution> = Vec::with_capacity(sentences.len());
    let mut current = Speaker::Narration;
    let mut paragraph = usize::MAX;
    let mut scratch = cue::Scratch::default();
    let mut at = 0;
    let stages = lang.script.stages;
    let mut previous = "";
    // The last paragraph was an item of a list that took its speaker from the sentence before.
    let mut listing = false;
    // Where a quotation that no sentence has closed yet opened (in `out`), in this paragraph.
    let mut quote: Option<usize> = None;
    for (i, &(span, para)) in sentences.iter().enumerate() {
        let s = span.of(text);
        let opens_paragraph = para != paragraph;
        let mut item = false;
        if opens_paragraph {
            quote = None;
            paragraph = para;
            // A script may carry the speaker into the next paragraph ("…：" then "二是…").
            let goes_on = match stages {
                Some(st) => (st.goes_on)(previous, s),
                None => {
                    item = list_item(previous, s, listing, lang);
                    item
                }
            };
            if !goes_on {
                current = Speaker::Narration;
            }
            listing = false;
        }
        previous = s;
        let cue = if narration.contains(&i) {
            Some(Speaker::Narration)
        } else if let Some(st) = stages {
            let last = people.recent.last().copied();
            let found = (st.cue)(s, people.participants, last, opens_paragraph);
            if let Some(Speaker::Person(p)) = found {
                people.mention(p);
            }
            found
        } else {
            let known = words.and_then(|w| words_in(w, &mut at, span));
            people.by_country = false;
            cue::find(s, known, people, lang, &mut scratch)
        };
        // "Third, ... . China is willing to ...": the speaker's own country goes on with what
        // the speaker said (a running point goes on too).
        let goes_on = people.by_country && cue == Some(current);
        if let Some(s) = cue {
            current = s;
        }
        listing |= item && cue.is_none();
        // '"Finland and Estonia share ... . We agreed ... . Our cooperation ...," Foreign
        // Minister X said.', `"Reiterated our support. Confirmed our commitment," he wrote.`:
        // the sentences of a quotation that a closing cue attributes are that speaker's, those
        // before it that named no one or narrate ("The visit of ... marked") too. (Told by a
        // sentence's first byte while no quotation is open; quotes are straight after
        // cleaning.)
        match quote {
            None if s.starts_with('"')
                && odd_quotes(s)
                && matches!(cue, None | Some(Speaker::Narration))
                && !narration.contains(&i) =>
            {
                quote = Some(out.len());
            }
            Some(from) if odd_quotes(s) => {
                if let Some(sp @ Speaker::Person(_)) = cue {
                    for a in out[from..]
                        .iter_mut()
                        .filter(|a| !a.cue || a.speaker == Speaker::Narration)
                    {
                        a.speaker = sp;
                    }
                }
                quote = None;
            }
            _ => {}
        }
        out.push(Attribution {
            speaker: current,
            cue: cue.is_some() && !goes_on,
        });
    }
    out
}

/// True when `s` holds an odd number of straight double quotes: it opens a quotation it does
/// not close, or closes one an earlier sentence opened.
fn odd_quotes(s: &str) -> bool {
    s.bytes().filter(|&b| b == b'"').count() % 2 == 1
}

/// "Minister A highlighted the following five points." then "1. Sharing of lessons learned":
/// a numbered item that opens a paragraph after a sentence that announces a list (see
/// [`super::lead::announces_list`]), or after another such item, is the same speaker's.
fn list_item(previous: &str, s: &str, listing: bool, lang: &Lang) -> bool {
    super::lead::numbered(s) && (listing || super::lead::announces_list(previous, lang))
}

/// The words of the text that make up the sentence at `span`, when none runs over its start
/// or its end (else the sentence's own words differ: `None`). Sentences come in text order:
/// the words are read on from `*at`, where the last sentence's ended.
fn words_in<'w, 'a>(words: &'w [Word<'a>], at: &mut usize, span: Span) -> Option<&'w [Word<'a>]> {
    // A sentence before the last one's end (not in text order): look from the start.
    if *at > 0 && words.get(*at - 1).is_none_or(|w| w.0 >= span.start) {
        *at = 0;
    }
    let (range, over_start, over_end) =
        super::scan::words_between(words, *at, span.start, span.end);
    *at = range.end;
    (!over_start && !over_end).then(|| &words[range])
}

#[cfg(test)]
mod tests;
