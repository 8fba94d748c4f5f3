//! Stage 4, attribute: sentences -> a speaker for each.
//!
//! Takes the cleaned text, the sentences with their paragraph, the participants and a [`Lang`];
//! gives one [`Attribution`] per sentence. A cue is a subject followed by a reporting verb at
//! the start of a sentence ("Luo Zhaohui said", "Kim Gunn spoke highly of", "Both sides
//! exchanged", "He stressed", "Luo also expressed"); the subject is a participant (full name,
//! first or last name), a joint phrase, a pronoun (the last named speaker) or "the Chinese
//! side". Sentences without a cue keep the speaker of the sentence before them in the same
//! paragraph; a paragraph that starts without a cue is narration.

use super::lang::Lang;
use super::scan;
use crate::core::model::{Participant, Span, Speaker};

/// Words of a sentence's start that a cue may span ("the two foreign ministers also said").
const CUE_WORDS: usize = 14;

/// Bytes of a sentence's start handed to the word hook: enough for [`CUE_WORDS`] words of
/// any readout, and a bound that keeps a 10 MB "sentence" cheap.
const CUE_BYTES: usize = 600;

#[derive(Debug, Clone, Copy)]
pub(super) struct Attribution {
    pub speaker: Speaker,
    /// True when the sentence names its own speaker (it then ends a running point).
    pub cue: bool,
}

pub(super) fn attribute(
    text: &str,
    sentences: &[(Span, usize)],
    participants: &[Participant],
    opening_is_narration: bool,
    lang: &Lang,
) -> Vec<Attribution> {
    let mut out = Vec::with_capacity(sentences.len());
    let mut current = Speaker::Narration;
    let mut last_person: Option<usize> = None;
    let mut paragraph = usize::MAX;
    let mut words = Vec::new();
    for (i, &(span, para)) in sentences.iter().enumerate() {
        if para != paragraph {
            paragraph = para;
            current = Speaker::Narration;
        }
        let cue = if i == 0 && opening_is_narration {
            Some(Speaker::Narration)
        } else {
            find_cue(span.of(text), participants, last_person, lang, &mut words)
        };
        if let Some(s) = cue {
            current = s;
            if let Speaker::Person(p) = s {
                last_person = Some(p);
            }
        }
        out.push(Attribution {
            speaker: current,
            cue: cue.is_some(),
        });
    }
    out
}

/// The speaker a sentence names at its start, if any.
fn find_cue<'a>(
    s: &'a str,
    people: &[Participant],
    last_person: Option<usize>,
    lang: &Lang,
    words: &mut Vec<scan::Word<'a>>,
) -> Option<Speaker> {
    let head = scan::prefix(s, CUE_BYTES);
    (lang.script.words)(head, words);
    if head.len() < s.len() && !s[head.len()..].starts_with(char::is_whitespace) {
        words.pop(); // the prefix cut this word
    }
    let mut buf = [""; CUE_WORDS];
    let n = words.len().min(CUE_WORDS);
    for (slot, (_, word)) in buf.iter_mut().zip(words.iter()) {
        *slot = word;
    }
    let w = &buf[..n];
    // Also try after an opening clause: "During the talks, Luo said".
    let after_clause = w
        .iter()
        .take(8)
        .position(|t| t.ends_with(','))
        .map(|i| i + 1);
    for start in std::iter::once(0).chain(after_clause) {
        let end = w.len().min(start + 10);
        // The verb is the first lowercase word that opens a reporting phrase; the words
        // between the subject and it may be adverbs ("Luo Zhaohui also expressed").
        let mut verb = None;
        for j in start + 1..end {
            let word = scan::bare(w[j]);
            if !scan::is_lowercase(word) {
                continue;
            }
            let verbs = lang.verbs_from(word);
            if verbs.iter().any(|v| scan::starts_with_phrase(&w[j..], v.1)) {
                verb = Some(j);
                break;
            }
            // A lowercase word that cannot be part of a subject ("is", "should"): no cue here.
            if !lang.is_subject_word(word) {
                break;
            }
        }
        if let Some(j) = verb {
            let mut k = j;
            while k > start + 1 && lang.adverbs.contains(&scan::bare(w[k - 1])) {
                k -= 1;
            }
            if let Some(sp) = resolve(&w[start..k], people, last_person, lang) {
                return Some(sp);
            }
        }
    }
    None
}

/// Who a subject phrase is.
fn resolve(
    subject: &[&str],
    people: &[Participant],
    last_person: Option<usize>,
    lang: &Lang,
) -> Option<Speaker> {
    let bare: Vec<&str> = subject.iter().map(|w| scan::bare(w)).collect();
    if let [one] = bare.as_slice() {
        if lang.pronouns.iter().any(|p| p.eq_ignore_ascii_case(one)) {
            return last_person.map(Speaker::Person);
        }
    }
    let joint = |j: &&str| {
        let head = j.split(' ').next().unwrap_or("");
        head.eq_ignore_ascii_case(bare[0])
            && j.split(' ').count() == bare.len()
            && scan::starts_with_phrase(&bare, j)
    };
    if lang.joint_subjects.iter().any(joint) {
        return Some(Speaker::Joint);
    }
    // "The Chinese side", "the ROK side".
    let nation = usize::from(lang.is_article(bare[0]));
    if bare.len() > nation + 1
        && lang
            .side_words
            .iter()
            .any(|s| bare[bare.len() - 1].eq_ignore_ascii_case(s))
    {
        if let Some((c, _, _)) = lang.country_at(&bare[nation..bare.len() - 1]) {
            let hit = people.iter().position(|p| p.country.as_deref() == Some(c));
            return hit.map(Speaker::Person);
        }
    }
    // A name, full or in part, at the end of the subject: "Foreign Minister Brell".
    for take in (1..=bare.len().min(4)).rev() {
        let tail = &bare[bare.len() - take..];
        if !tail.iter().all(|w| scan::is_capitalised(w)) {
            continue;
        }
        let joiner = lang.script.joiner;
        let mut hits = (0..people.len()).filter(|&i| names_match(&people[i].name, tail, joiner));
        if let (Some(one), None) = (hits.next(), hits.next()) {
            return Some(Speaker::Person(one));
        }
    }
    None
}

/// The whole name, or its first or last word alone ("Luo", "Brell"). The words of a name
/// stand between `joiner`s (a script without one compares whole names only).
fn names_match(name: &str, said: &[&str], joiner: &str) -> bool {
    match said {
        [one] if joiner.is_empty() => name == *one,
        [one] => name.split(joiner).next() == Some(one) || name.rsplit(joiner).next() == Some(one),
        _ => name.split(joiner).eq(said.iter().copied()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::parse::lang::en::EN;

    fn people() -> Vec<Participant> {
        let p = |n: &str, c: &str| Participant {
            name: n.into(),
            role: String::new(),
            country: Some(c.into()),
        };
        vec![p("Luo Zhaohui", "China"), p("Tomas Brell", "Norway")]
    }

    fn cue(s: &str, last: Option<usize>) -> Option<Speaker> {
        find_cue(s, &people(), last, &EN, &mut Vec::new())
    }

    #[test]
    fn full_names_surnames_and_last_names_are_cues() {
        assert_eq!(
            cue("Luo Zhaohui said that all is well.", None),
            Some(Speaker::Person(0))
        );
        assert_eq!(
            cue("Luo stressed, all is well.", None),
            Some(Speaker::Person(0))
        );
        assert_eq!(
            cue("Foreign Minister Brell also expressed thanks.", None),
            Some(Speaker::Person(1))
        );
    }

    #[test]
    fn pronouns_refer_to_the_last_named_speaker() {
        assert_eq!(
            cue("She added that it was fine.", Some(1)),
            Some(Speaker::Person(1))
        );
        assert_eq!(cue("He said so.", None), None);
    }

    #[test]
    fn joint_phrases_and_national_sides_are_cues() {
        assert_eq!(
            cue("The three sides agreed to meet.", None),
            Some(Speaker::Joint)
        );
        assert_eq!(cue("They exchanged views.", None), Some(Speaker::Joint));
        assert_eq!(
            cue("The Norwegian side welcomed this.", None),
            Some(Speaker::Person(1))
        );
    }

    #[test]
    fn a_sentence_without_a_reporting_verb_is_no_cue() {
        assert_eq!(cue("China is ready to work with Norway.", None), None);
        assert_eq!(cue("Countries in the region should cooperate.", None), None);
    }
}
