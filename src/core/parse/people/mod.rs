//! Participants, used by the header stage: an opening sentence or a headline -> who met.
//!
//! Takes one bounded piece of text and a [`Lang`]; gives the hosts and the guests, each a
//! [`Person`] with the role and country as written. The forms read:
//! - "[On D Month,] Title Name held talks / spoke today / met with Title Name of Country";
//! - "Name and his Country counterpart Name held phone talks" (the first is the host);
//! - "Title Name, Title of Country, had a telephone talk with H.E. Ms. Name, Title of Country";
//! - "Title Name, when jointly meeting the press with A of X and B of Y, said" (the sentence
//!   then reports what the host said: [`Parties::reported`]);
//! - headlines "Secretary Name's Call with ...", "Readout of President Name's Meeting with
//!   ...", "Telephone Talks between Mr. A, ... and Mr. B, ...".
//!
//! A person is a run of words that ends in a name: capitalised words that are neither title
//! words nor country names (see [`person`]).

mod person;

pub(super) use person::{is_common_word, Person};

use super::lang::{Lang, Words};
use super::{lead, scan};
use crate::core::model::MeetingFormat;

/// Hosts and guests of one opening sentence or headline.
pub(super) struct Parties {
    pub hosts: Vec<Person>,
    pub guests: Vec<Person>,
    /// True when a reporting verb follows the guests ("..., said that"): the sentence reports
    /// what the host said rather than narrating the event.
    pub reported: bool,
    /// Where the words about the meeting end in the text given (the reported statement after
    /// them names no format).
    pub clause_end: usize,
    /// "A and B discussed ... over the phone on Monday": the people named as a pair before a
    /// verb of what they said, no meeting verb (as the readout's opening, it narrates the
    /// event; later, it reports both).
    pub paired: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Opening,
    Headline,
}

/// Words from the start of an opening within which "between" follows the name of the meeting
/// ("Telephone talks between", "A meeting between").
const BETWEEN_WITHIN: usize = 6;

/// Words after the meeting verb within which "with" or "from" introduces the guests.
const LINK_WINDOW: usize = 12;

/// Words after the meeting verb within which a link after a comma may stand (", with").
const FAR_LINK_WINDOW: usize = 32;

pub(super) fn extract(s: &str, kind: Kind, lang: &Lang) -> Option<Parties> {
    let s = s.trim_end_matches(['.', '!', '?']);
    let words = lang.words(s);
    let mut w: Vec<&str> = words.iter().map(|x| x.1).collect();
    let mut start = lead::skip(&w, lang);
    if kind == Kind::Headline {
        start += headline_lead(&w[start..], lang);
    }
    // "Spokesperson N stated that on Monday, Foreign Minister X received ...": the opening
    // is the clause the spokesperson's words report.
    if kind == Kind::Opening {
        start = reported_lead(&w, start, lang);
    }
    // "During a call with Foreign Minister X this afternoon, Secretary Y expressed ...": the
    // occasion and its guest first, then the host's statement.
    let clause = match kind {
        Kind::Opening => occasion_clause(&w, start, lang),
        Kind::Headline => None,
    };
    start = skip_opening_clause(&w, start, lang);
    // ("Cuban Foreign Minister X Praises Dialogue with EU Counterpart": a headline's verb in
    // title case stands for the meeting's.)
    let is_verb = |t: &str| {
        lang.is_meeting_verb(scan::bare(t))
            || kind == Kind::Headline && lang.headline_verbs.contains(t)
    };
    let mut verb = (start + 1..w.len()).find(|&i| is_verb(w[i]));
    // "Lavrov discussed with Turkish Foreign Minister Fidan the situation ...": a reporting
    // verb with a guest link and a name after it stands for the meeting verb.
    if verb.is_none() && kind == Kind::Opening {
        verb = reported_with(&w, start, lang);
    }
    if verb.is_none() && kind == Kind::Opening {
        if let Some((v, place)) = visit_verb(&w, start, lang) {
            // The place is no guest: the words end before its link.
            w.truncate(place);
            verb = Some(v);
        }
    }
    // "Telephone Talks between A and B": in a headline, "between" names everyone.
    let between = |i: &usize| {
        lang.between_links
            .iter()
            .any(|l| scan::eq_ignore_case(l, w[*i]))
    };
    if kind == Kind::Headline && (start..w.len()).any(|i| between(&i)) {
        verb = None;
    }
    // "Talks between A and B by telephone took place ...": an opening that names the meeting
    // first reads like such a headline, whatever verb follows the names.
    // ("A telephone conversation was held between ...": the noun may stand a verb before.)
    let named_first = (start + 1..w.len().min(start + BETWEEN_WITHIN))
        .find(|i| between(i))
        .filter(|&b| (start..b).any(|i| lang.is_narration_noun(scan::bare(w[i]))));
    // ("meeting" is a meeting verb too: "A meeting between ...").
    if kind == Kind::Opening && named_first.is_some_and(|b| verb.is_none_or(|v| v + 1 >= b)) {
        verb = None;
    }
    // "The Prime Minister began by congratulating the President on the return of citizens who
    // had been held": a reporting verb between the hosts and the meeting verb makes the
    // sentence a report.
    let reports_first = |from: usize, v: usize| (from..v).any(|i| report_at(&w, i, lang));
    let mut said_to = false;
    // "A and B spoke about ...": a meeting verb whose link introduces what was said.
    let mut topic = false;
    // "The heads of the foreign ministries of A and B, X and Y, ... discussed": named after
    // their group, whatever meeting verb follows.
    let members = match kind {
        Kind::Opening => members_first(&w, start, lang),
        Kind::Headline => None,
    };
    // "A and B discussed ... over the phone on January 6": no meeting verb.
    let mut pair = members.is_some();
    let mut paired = false;
    // "X suggested ... during his phone conversation with Y": the statement before the meeting.
    let mut occasion = false;
    let (hosts, mut guests, after) = match verb {
        _ if clause.is_some() => {
            occasion = true;
            clause?
        }
        _ if members.is_some() => members?,
        Some(v) => 'verb: {
            // "The consultations were co-chaired by A and B": the heads after "by".
            let chaired = lang.chair_links.contains(&scan::bare(w[v]))
                && w.get(v + 1).is_some_and(|b| *b == lang.by_word);
            if let Some(found) = chaired.then(|| side_heads(&w, start, lang)).flatten() {
                break 'verb found;
            }
            let (mut hosts, used) = persons(&w[start..v], lang);
            if hosts.len() >= 2 {
                plural_title_countries(&w[start..start + used], &mut hosts, lang);
            }
            if kind == Kind::Opening && reports_first(start + used, v) {
                // "A and B have discussed ... during their recent phone talks": the meeting
                // word is the noun of a named format after their report ("phone talks", not
                // "the trilateral talks had been useful" or "meeting the press"); two named
                // people report together.
                // "A and B discussed the results of the Istanbul talks in a phone
                // conversation": a later word may be the named format's noun.
                let format_noun = |i: usize| {
                    let named = [scan::bare(w[i - 1]), scan::bare(w[i])];
                    lang.discussion_nouns.contains(&named[1])
                        && lang
                            .format_in(&named, false)
                            .is_some_and(|f| f != MeetingFormat::Talks)
                };
                let named_format = (v..w.len()).any(format_noun);
                if let Some(found) = named_format.then(|| pair_first(&w, start, lang)).flatten() {
                    pair = true;
                    paired = true;
                    break 'verb found;
                }
                // "X suggested ... during his phone talks with Y": one host, the meeting after.
                occasion = true;
                break 'verb occasion_first(&w, start, lang)?;
            }
            let mut from = guests_after(&w, v, lang).min(w.len());
            let (mut guests, mut used) = persons(&w[from..], lang);
            if guests.len() >= 2 {
                drop_reporter(&mut guests, &w, from + used, lang);
            }
            // "met with a delegation of US political scientists headed by President of ... X":
            // a group named first, its head after "headed by".
            // ("received a delegation ...": no link; the group stands right after the verb.)
            let group_from = if from < w.len() { from } else { v + 1 };
            if guests.is_empty() {
                if let Some(h) = head_after_group(&w, group_from, lang) {
                    let (head, n) = persons(&w[h..], lang);
                    // A name of one word there is a long title's word read as one
                    // ("President of the Washington-based think tank ...").
                    if !head.is_empty() && head.iter().all(|g| g.p.name.contains(' ')) {
                        // "a delegation of the US Congress led by Senator X": the group's
                        // country is its head's.
                        let group = (group_from..h - 2)
                            .find_map(|i| lang.country_at(&[scan::bare(w[i])]).map(|c| c.0));
                        (guests, used) = (head, n);
                        for g in guests.iter_mut().filter(|g| g.p.country.is_none()) {
                            g.p.country = group.map(str::to_string);
                        }
                        from = h;
                    }
                }
            }
            // "met ... with the Transatlantic Quint Foreign Ministers: French Foreign Minister
            // A, German Foreign Minister B, ...": a group named first, its members after its
            // colon.
            if guests.iter().all(|g| g.role_only) {
                // (The group's last word is a title in the plural: "Ministers:", "Leaders:";
                // not "... with Foreign Minister of Singapore: 5 October 2023".)
                let plural_title = |t: &str| is_plural_title(t.trim_end_matches(':'), lang);
                let colon = (from..w.len().min(from + GROUP_WORDS))
                    .find(|&i| w[i].ends_with(':'))
                    .filter(|&i| plural_title(w[i]));
                if let Some(c) = colon {
                    let (members, n) = persons(&w[c + 1..], lang);
                    if !members.is_empty() {
                        (guests, used, from) = (members, n, c + 1);
                    }
                }
            }
            topic = guests.is_empty()
                && hosts.len() >= 2
                && w.get(v + 1)
                    .is_some_and(|t| lang.topic_links.contains(&scan::bare(t)));
            // "Foreign Minister A on Wednesday called for ... during a phone conversation with
            // B": the meeting verb named no guest; the occasion after the statement does.
            if kind == Kind::Opening && guests.is_empty() && !topic {
                if let Some(found) = occasion_first(&w, start, lang) {
                    occasion = true;
                    break 'verb found;
                }
            }
            (hosts, guests, from + used)
        }
        None if kind == Kind::Headline || named_first.is_some() => {
            headline_parties(&w, start, lang)?
        }
        None if kind == Kind::Opening => match said_first(&w, start, lang) {
            Some(found) => {
                said_to = true;
                found
            }
            None => match pair_first(&w, start, lang) {
                Some(found) => {
                    pair = true;
                    paired = true;
                    found
                }
                None => match side_heads(&w, start, lang) {
                    Some(found) => found,
                    None => {
                        occasion = true;
                        occasion_first(&w, start, lang)?
                    }
                },
            },
        },
        None => return None,
    };
    // "A held a telephone conversation with B, the Armenian Foreign Ministry said": a source
    // set off by a comma before the report verb reports the whole sentence, no statement.
    let sourced = || {
        let from = after.saturating_sub(SOURCE_WORDS);
        let comma = (from..after).rev().find(|&i| w[i].ends_with(','));
        comma.is_some_and(|c| (c + 1..after).any(|i| lang.is_narration_noun(scan::bare(w[i]))))
    };
    let reported = said_to
        || pair
        || occasion
        || topic
        || !guests.is_empty() && lang.opens_report(w.get(after..).unwrap_or(&[])) && !sourced();
    let mut hosts = hosts;
    // "A and his counterpart B held talks", "A and B met": the first named is the host.
    if guests.is_empty() && hosts.len() >= 2 {
        guests = hosts.split_off(1);
    }
    let host_role = hosts.first().map(|h| h.p.role.clone()).unwrap_or_default();
    for g in guests.iter_mut().filter(|g| g.counterpart) {
        g.p.role.clone_from(&host_role);
    }
    // A statement given first ends before its speaker: the date after the guests is the
    // meeting's ("..., A told B on April 27").
    let clause_end = match words.get(after) {
        Some(x) if reported && !said_to && !pair && !occasion => x.0,
        _ => s.len(),
    };
    (!hosts.is_empty() || !guests.is_empty()).then_some(Parties {
        hosts,
        guests,
        reported,
        clause_end,
        paired,
    })
}

/// The words before a side's noun that may name its country ("the Indian delegation", "New
/// Zealand-side").
const SIDE_COUNTRY_WORDS: usize = 3;

/// "The Indian delegation was led by A, while the Canadian delegation was led by B", "A led
/// the Indian delegation while New Zealand-side was led by B", "The consultations were
/// co-chaired by A and B": the heads of the sides, each named with its side's link (see
/// [`Lang::head_links`], [`Lang::chair_links`]), and each side's country from its noun's
/// adjective. The first is the host. Out of line: asked only of an opening no other form
/// reads.
#[inline(never)]
fn side_heads(w: &[&str], start: usize, lang: &Lang) -> Option<(Vec<Person>, Vec<Person>, usize)> {
    // The country of the side whose noun stands at `k` ("Indian delegation", "Zealand-side").
    let side_country = |k: usize| -> Option<&'static str> {
        let noun = scan::bare(w[k]);
        let (before, n) = match noun.split_once('-') {
            Some((c, side)) if lang.side_nouns.contains(&side) => (Some(c), k),
            _ if lang.side_nouns.contains(&noun) => (None, k),
            _ => return None,
        };
        let from = n.saturating_sub(SIDE_COUNTRY_WORDS).max(start);
        let mut words: Vec<&str> = w[from..n].iter().map(|t| scan::bare(t)).collect();
        words.extend(before);
        (0..words.len()).find_map(|i| {
            lang.country_at(&words[i..])
                .filter(|c| i + c.1 == words.len())
                .map(|c| c.0)
        })
    };
    let mut heads: Vec<Person> = Vec::new();
    let mut clause = start;
    let mut end = start;
    let mut i = start;
    while i < w.len() {
        let t = scan::bare(w[i]);
        let by = w.get(i + 1).is_some_and(|b| *b == lang.by_word);
        let chaired = by && lang.chair_links.contains(&t);
        let led = lang.head_links.contains(&t);
        if !(chaired || led) {
            // "... while": a clause of the other side starts.
            if lang.contrast_links.contains(&t) {
                clause = i + 1;
            }
            i += 1;
            continue;
        }
        // The side's noun before the verb ("the Indian delegation was led by") or after it
        // ("A led the Indian delegation").
        let noun_before = (clause..i)
            .rev()
            .take(3)
            .find(|&k| side_country(k).is_some() || lang.side_nouns.contains(&scan::bare(w[k])));
        if by {
            let (found, n) = persons(&w[i + 2..], lang);
            let country = noun_before.and_then(side_country);
            let named = found.into_iter().filter(|p| !p.role_only);
            for mut p in named.take(if chaired { 4 } else { 1 }) {
                if p.p.country.is_none() {
                    p.p.country = country.map(str::to_string);
                }
                heads.push(p);
            }
            i += 2 + n.max(1);
            end = i;
            clause = i;
            continue;
        }
        // "A led the Indian delegation": the object is a side.
        let object = (i + 1..w.len().min(i + 2 + SIDE_COUNTRY_WORDS))
            .find(|&k| lang.side_nouns.contains(&scan::bare(w[k])));
        if let Some(k) = object {
            let (found, _) = persons(&w[clause..i], lang);
            if let Some(mut p) = found.into_iter().find(|p| !p.role_only) {
                if p.p.country.is_none() {
                    p.p.country = side_country(k).map(str::to_string);
                }
                heads.push(p);
            }
            i = k + 1;
            end = i;
            clause = i;
            continue;
        }
        i += 1;
    }
    if heads.len() < 2 {
        return None;
    }
    let guests = heads.split_off(1);
    Some((heads, guests, end))
}

/// Words of a source set off before the report verb that closes an opening ("the Armenian
/// Foreign Ministry").
const SOURCE_WORDS: usize = 5;

/// The words a group's name may take before the colon that lists its members.
const GROUP_WORDS: usize = 8;

/// Words a group's name may take before "headed by" ("a delegation of the Center for ...").
const HEADED_GROUP_WORDS: usize = 16;

/// "a delegation of US political scientists headed by ...": where the head's words start
/// after "headed by" or "led by" within a few words of `from`, or none. Out of line: asked only
/// when no guest stands right after the meeting verb.
#[inline(never)]
fn head_after_group(w: &[&str], from: usize, lang: &Lang) -> Option<usize> {
    // The group is the verb's object, with its article ("during the visit of a delegation
    // led by X" names no guest of the meeting).
    if !w.get(from).is_some_and(|t| lang.group_articles.contains(t)) {
        return None;
    }
    (from..w.len().min(from + HEADED_GROUP_WORDS))
        .find(|&i| {
            lang.head_links.contains(&w[i]) && w.get(i + 1).is_some_and(|b| *b == lang.by_word)
        })
        .map(|i| i + 2)
}

/// Where the guests start after the meeting verb at `v`: after "with"/"from" close by, after
/// "to" right after the verb ("spoke to"), at a capitalised word right after it ("met
/// President X"), or nowhere.
/// Words between a visit verb and the link before the place ("the President of the United
/// States, Joe Biden, to").
const VISIT_WINDOW: usize = 12;

/// "Prime Minister X welcomed the President of the United States, Y, to Downing Street": a
/// visit verb (see [`Lang::visit_verbs`]) followed, within a few words, by the guests and then
/// a link word before a capitalised place. Asked only when the sentence has no meeting verb.
fn visit_verb(w: &[&str], start: usize, lang: &Lang) -> Option<(usize, usize)> {
    let v = (start + 1..w.len()).find(|&i| lang.visit_verbs.contains(&w[i]))?;
    let place = |i: &usize| {
        lang.verb_links.contains(&w[*i])
            && scan::is_capitalised(w[i - 1].trim_end_matches(','))
            && w.get(i + 1).is_some_and(|x| scan::is_capitalised(x))
    };
    let link = (v + 2..w.len().min(v + VISIT_WINDOW)).find(place)?;
    Some((v, link))
}

fn guests_after(w: &[&str], v: usize, lang: &Lang) -> usize {
    let is = |t: &str, table: Words| table.contains_ignore_case(scan::bare(t));
    if w.get(v + 1).is_some_and(|t| is(t, lang.verb_links)) {
        return v + 2;
    }
    // "spoke today to British Prime Minister X": the day between the verb and its link.
    let day = |t: &&str| {
        lang.relative_days
            .iter()
            .any(|d| t.eq_ignore_ascii_case(d.0))
    };
    if w.get(v + 1).is_some_and(day) && w.get(v + 2).is_some_and(|t| is(t, lang.verb_links)) {
        return v + 3;
    }
    // "gave a telephone call to X": "to" after the name of a call.
    let call_to =
        |i: usize| is(w[i], lang.verb_links) && lang.is_narration_noun(scan::bare(w[i - 1]));
    // "hosted a reception in Hanoi on August 13 for X": "for" after the name of a reception.
    let hosting = |i: usize| {
        is(w[i], lang.hosting_links)
            && w[v + 1..i]
                .iter()
                .any(|x| lang.hosting_nouns.contains(&scan::bare(x)))
    };
    let link = (v + 1..w.len().min(v + LINK_WINDOW))
        .find(|&i| is(w[i], lang.guest_links) || call_to(i) || hosting(i));
    // "A and B Hold Telephone Discussion on ...": a headline's capitals after the verb that
    // name the event, not a guest.
    let event = |x: &str| {
        let b = scan::bare(x);
        lang.is_narration_noun(b)
            || lang.formats.iter().any(|(f, _)| {
                f.split(' ')
                    .next()
                    .is_some_and(|h| h.eq_ignore_ascii_case(b))
            })
    };
    match link {
        Some(i) => i + 1,
        // "received outgoing Cambodian Ambassador X": a lead-in before the capitals (not an
        // article: "attended the G7 Foreign Ministers' Meeting" names no one).
        // "met the President of the United States, X,": an article before a title.
        None if w.get(v + 1).is_some_and(|x| {
            scan::is_capitalised(x) && !event(x)
                || lang.lead_ins.contains(x)
                    && !lang.is_article(x)
                    && w.get(v + 2).is_some_and(|y| scan::is_capitalised(y))
                || lang.is_article(x) && w.get(v + 2).is_some_and(|y| lang.is_role_word(y))
        }) =>
        {
            v + 1
        }
        // "held a telephone talk for approximately 30 minutes commencing at 1:30 p.m. on
        // Thursday April 23, 2020, with Senator ...": after a long clause of time, the link
        // stands after its comma.
        None => (v + LINK_WINDOW..w.len().min(v + FAR_LINK_WINDOW))
            .find(|&i| is(w[i], lang.guest_links) && w[i - 1].ends_with(','))
            .map_or(w.len(), |i| i + 1),
    }
}

/// "Vietnam attaches importance to ..., Foreign Minister A told his Russian counterpart B on
/// April 27": an opening that gives the statement first, then after its last comma the
/// speaker, a reporting verb and the person spoken to. Hosts, guests and the words they took.
fn said_first(w: &[&str], start: usize, lang: &Lang) -> Option<(Vec<Person>, Vec<Person>, usize)> {
    let verb = (start + 1..w.len()).find(|&i| {
        w[i - 1].ends_with(|c: char| c.is_alphanumeric() || c == '.') && report_at(w, i, lang)
    })?;
    // The speaker stands alone between the last comma and the verb.
    let comma = (start..verb).rev().find(|&i| w[i].ends_with(','))?;
    let (hosts, used) = persons(&w[comma + 1..verb], lang);
    if hosts.is_empty() || comma + 1 + used != verb {
        return None;
    }
    let (guests, used) = persons(&w[verb + 1..], lang);
    (!guests.is_empty()).then_some((hosts, guests, verb + 1 + used))
}

/// True when a report opens at word `i` ("stressed", "agreed that"): a lowercase word there
/// that opens one of [`Lang::opens_report`]'s phrases.
fn report_at(w: &[&str], i: usize, lang: &Lang) -> bool {
    w.get(i).is_some_and(|t| scan::is_lowercase(t)) && lang.opens_report(&w[i..])
}

/// Words between the hosts and their report: a day may stand there ("X on Thursday said").
const REPORT_AFTER_HOSTS: usize = 3;

/// Words from the possessive to the meeting's noun ("his phone conversation", "her first
/// telephone talks").
const OCCASION_NOUN_WORDS: usize = 3;

/// "Prime Minister A suggested ... during his phone conversation with Chinese Premier B on
/// September 19": an opening that gives the host's statement first and the meeting after it,
/// set by one of [`Lang::occasion_links`], a possessive, the meeting's noun and a guest link.
/// Hosts, guests and the words they took. Out of line: asked only when no other form reads
/// the sentence.
#[inline(never)]
fn occasion_first(
    w: &[&str],
    start: usize,
    lang: &Lang,
) -> Option<(Vec<Person>, Vec<Person>, usize)> {
    // The occasion first (a few word comparisons): most sentences asked have none.
    let meeting_noun = |t: &str| {
        let t = scan::bare(t);
        lang.discussion_nouns.contains(&t) || lang.is_narration_noun(t)
    };
    let link = (start + 2..w.len().saturating_sub(2))
        .filter(|&i| {
            lang.occasion_links.contains(&w[i]) && lang.meeting_possessives.contains(&w[i + 1])
        })
        .find_map(|i| {
            (i + 2..w.len().min(i + 2 + OCCASION_NOUN_WORDS))
                .find(|&k| {
                    meeting_noun(w[k]) && w.get(k + 1).is_some_and(|l| lang.guest_links.contains(l))
                })
                .map(|k| (i, k + 1))
        });
    let (occasion, link) = link?;
    let (hosts, used) = persons(&w[start..occasion], lang);
    let after = start + used;
    let reports = (after..occasion.min(after + REPORT_AFTER_HOSTS)).any(|i| report_at(w, i, lang));
    if hosts.is_empty() || !reports {
        return None;
    }
    let (guests, used) = persons(&w[link + 1..], lang);
    (!guests.is_empty()).then_some((hosts, guests, link + 1 + used))
}

/// Words from the opening's start to a reporting verb that takes its guest with a link.
const REPORTED_WITH_WORDS: usize = 10;

/// "Russian Foreign Minister A discussed with Turkish Foreign Minister B ...": where a
/// reporting verb stands right after the hosts' capitalised words (a name among them),
/// followed by a guest link and a capitalised word. Out of line: asked only of openings without a meeting verb.
#[inline(never)]
fn reported_with(w: &[&str], start: usize, lang: &Lang) -> Option<usize> {
    let v = (start + 1..w.len().min(start + REPORTED_WITH_WORDS))
        .find(|&i| !scan::is_capitalised(w[i]) && !lang.is_connector(w[i]))?;
    let verb = scan::bare(w[v]);
    let reports = lang.is_report_word(verb);
    let linked = w.get(v + 1).is_some_and(|t| lang.guest_links.contains(t))
        && w.get(v + 2).is_some_and(|t| scan::is_capitalised(t));
    // The opening names its host ("The Secretary discussed with Minister X ..." is a later
    // sentence's report, by a title alone).
    let named = || persons(&w[start..v], lang).0.iter().any(|p| !p.role_only);
    (reports && linked && named()).then_some(v)
}

/// Words of a spokesperson's or a ministry's words before the clause they report.
const REPORTED_LEAD_WORDS: usize = 12;

/// Words of a lowercase leading clause after the link ("that on the evening of Monday April
/// 16,").
const REPORTED_CLAUSE_WORDS: usize = 12;

/// "Official MFA Spokesperson Counselor N stated that on the evening of Monday April 16,
/// Foreign Minister X received a phone call from ...", "The Foreign Ministry said that
/// Minister X held talks with ...": a subject whose words hold an event's or a spokesperson's
/// noun ([`Lang::narration_nouns`]: spokesperson, ministry, statement) and no meeting verb,
/// a reporting verb and its link ("that"): where the reported clause starts, past a lowercase
/// leading clause closed by a comma before a capital; or `start`. Out of line: an opening's
/// words only, and only when a link stands within its first words.
#[inline(never)]
fn reported_lead(w: &[&str], start: usize, lang: &Lang) -> usize {
    let reach = w.len().min(start + REPORTED_LEAD_WORDS);
    let Some(link) = (start + 2..reach).find(|&i| lang.impersonal_links.contains(&w[i])) else {
        return start;
    };
    // The verb stands right before the link, or two words before it ("pointed out that").
    let Some(verb) = [link - 1, link.saturating_sub(2)]
        .into_iter()
        .find(|&k| k > start && report_at(w, k, lang))
    else {
        return start;
    };
    let mut subject = &w[start..verb];
    // "The Ministry ... has confirmed that": the auxiliary is the verb's, no meeting's ("has
    // talks").
    if let [rest @ .., aux] = subject {
        if lang.auxiliaries.contains(aux) {
            subject = rest;
        }
    }
    let reporter = subject.iter().any(|t| {
        let b = scan::bare(t);
        lang.narration_nouns
            .iter()
            .any(|n| scan::eq_ignore_case(n, b))
    });
    if !reporter || subject.iter().any(|t| lang.is_meeting_verb(scan::bare(t))) {
        return start;
    }
    let after = link + 1;
    if !w.get(after).is_some_and(|t| scan::is_lowercase(t)) {
        return after.min(w.len());
    }
    // "that on the evening of Monday April 16, Foreign Minister X ...".
    (after..w.len().min(after + REPORTED_CLAUSE_WORDS))
        .find(|&i| w[i].ends_with(',') && w.get(i + 1).is_some_and(|t| scan::is_capitalised(t)))
        .map_or(start, |i| i + 1)
}

/// "During a call with Foreign Minister X this afternoon, Secretary Y expressed ...": an
/// opening clause of an occasion link, a possessive or article, the meeting's noun and a guest
/// link, then the guests; after its comma the hosts and their report (the State Department's
/// order; [`occasion_first`] reads the statement first). Hosts, guests and the words they took.
#[inline(never)]
fn occasion_clause(
    w: &[&str],
    start: usize,
    lang: &Lang,
) -> Option<(Vec<Person>, Vec<Person>, usize)> {
    let opens = w.get(start..start + 2).is_some_and(|t| {
        lang.occasion_links.contains_ignore_case(t[0]) && lang.meeting_possessives.contains(&t[1])
    });
    if !opens {
        return None;
    }
    let link = (start + 2..w.len().min(start + 2 + OCCASION_NOUN_WORDS)).find(|&k| {
        let t = scan::bare(w[k]);
        (lang.discussion_nouns.contains(&t) || lang.is_narration_noun(t))
            && w.get(k + 1).is_some_and(|l| lang.guest_links.contains(l))
    })? + 1;
    let comma =
        (link + 1..w.len().min(link + 1 + CLAUSE_GUEST_WORDS)).find(|&i| w[i].ends_with(','))?;
    let (guests, _) = persons(&w[link + 1..=comma], lang);
    let (hosts, used) = persons(&w[comma + 1..], lang);
    let after = comma + 1 + used;
    let reports = (after..w.len().min(after + REPORT_AFTER_HOSTS)).any(|i| report_at(w, i, lang));
    (!guests.is_empty() && !hosts.is_empty() && reports).then_some((hosts, guests, after))
}

/// Words from the guest link to the comma that closes an occasion clause ("with Foreign
/// Minister Sergey Lavrov of Russia this afternoon,").
const CLAUSE_GUEST_WORDS: usize = 12;

/// "Vietnamese Foreign Minister A and US Secretary of State B discussed ... over the phone":
/// an opening without a meeting verb whose subject names two people or more, each by name,
/// followed by a reporting verb. The sentence reports what they did together.
fn pair_first(w: &[&str], start: usize, lang: &Lang) -> Option<(Vec<Person>, Vec<Person>, usize)> {
    pair_at(w, start, lang).or_else(|| members_first(w, start, lang))
}

/// "A and B discussed", "A and B, during a telephone conversation, discussed", "A and B have
/// discussed" (an agency's lead): two named people or more, then a report (after a clause set
/// off by commas, or an auxiliary).
fn pair_at(w: &[&str], start: usize, lang: &Lang) -> Option<(Vec<Person>, Vec<Person>, usize)> {
    let (people, used) = persons(&w[start..], lang);
    let named = people.len() >= 2 && people.iter().all(|p| !p.role_only);
    if !named {
        return None;
    }
    let reports = |at: usize| report_at(w, at, lang);
    let mut after = start + used;
    if !reports(after) && w[after - 1].ends_with(',') {
        after = 1 + (after..w.len().min(after + SET_OFF_WORDS)).find(|&i| w[i].ends_with(','))?;
    }
    if !reports(after) && w.get(after).is_some_and(|t| lang.auxiliaries.contains(t)) {
        after += 1;
    }
    // "A and B on Sunday discussed" (an agency's lead): the day between them and their report.
    if !reports(after) {
        after += day_at(w, after, lang);
    }
    reports(after).then_some((people, Vec::new(), after))
}

/// The words a day takes at `at`: "on Sunday", "on May 3", "today"; 0 when none stands there.
fn day_at(w: &[&str], at: usize, lang: &Lang) -> usize {
    let bare = |i: usize| w.get(i).map_or("", |x| scan::bare(x));
    let first = bare(at);
    if lang.relative_days.iter().any(|d| d.0 == first) {
        return 1;
    }
    if !lang.weekday_links.contains(&first) {
        return 0;
    }
    if lang.weekdays.contains(&bare(at + 1)) {
        return 2;
    }
    let digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
    if lang.month(bare(at + 1)).is_some() && digits(bare(at + 2)) {
        return 3;
    }
    0
}

/// Words a clause set off by commas may take between the people and their report.
const SET_OFF_WORDS: usize = 8;

/// Words a group's name may take before the comma that opens its members' names.
const GROUP_NAME_WORDS: usize = 16;

/// "The heads of the foreign ministries of Russia and the United States, Sergey Lavrov and
/// Mike Pompeo, during a telephone conversation, discussed": a group of plural title with its
/// countries, then its members in apposition, who take the countries in the order named.
fn members_first(
    w: &[&str],
    start: usize,
    lang: &Lang,
) -> Option<(Vec<Person>, Vec<Person>, usize)> {
    if !w.get(start).is_some_and(|t| lang.is_article(t)) {
        return None;
    }
    let comma =
        (start + 1..w.len().min(start + GROUP_NAME_WORDS)).find(|&i| w[i].ends_with(','))?;
    let group = &w[start + 1..=comma];
    if !group
        .iter()
        .any(|t| lang.joint_heads.contains_ignore_case(scan::bare(t)))
    {
        return None;
    }
    let (mut people, _, after) = pair_at(w, comma + 1, lang)?;
    // The group's words bare of punctuation, once; its countries in the order named.
    let bare: Vec<&str> = group.iter().map(|t| scan::bare(t)).collect();
    let mut countries = Vec::with_capacity(people.len());
    let mut i = 0;
    while i < bare.len() {
        match lang.country_at(&bare[i..]) {
            Some((c, n, _)) => {
                countries.push(c);
                i += n;
            }
            None => i += 1,
        }
    }
    if countries.len() == people.len() {
        for (p, c) in people.iter_mut().zip(countries) {
            p.p.country.get_or_insert_with(|| c.to_string());
        }
    }
    Some((people, Vec::new(), after))
}

/// "Ministers", "Leaders": a title's word in the plural (a capitalised title word and one of
/// [`Lang::plural_endings`]).
pub(super) fn is_plural_title(t: &str, lang: &Lang) -> bool {
    lang.plural_endings.iter().any(|e| {
        t.strip_suffix(e)
            .is_some_and(|one| scan::is_capitalised(one) && lang.is_role_word(one))
    })
}

/// Words from a plural title to the countries after its link ("Foreign Ministers of").
const PLURAL_TITLE_WORDS: usize = 4;

/// "Foreign Ministers of Russia and Kazakhstan Pavel Sorokin and Aidos Temirov held talks": a
/// title in the plural, its link and the countries, then the people who hold it, who take the
/// countries in the order named (the title gave the first country to the first name only).
#[inline(never)]
fn plural_title_countries(w: &[&str], people: &mut [Person], lang: &Lang) {
    let Some(title) = w
        .iter()
        .take(PLURAL_TITLE_WORDS)
        .position(|t| is_plural_title(t, lang))
    else {
        return;
    };
    if !w
        .get(title + 1)
        .is_some_and(|t| lang.office_links.contains(t))
    {
        return;
    }
    let mut countries = Vec::with_capacity(people.len());
    let mut i = title + 2;
    while i < w.len() {
        let t = scan::bare(w[i]);
        if let Some((c, n, _)) = lang.country_at(&[t]).or_else(|| lang.country_at(&w[i..])) {
            countries.push(c);
            i += n.max(1);
        } else if t == lang.and_word || lang.is_article(t) {
            i += 1;
        } else {
            break;
        }
    }
    if countries.len() == people.len() {
        for (p, c) in people.iter_mut().zip(countries) {
            p.p.country = Some(c.to_string());
        }
    }
}

/// "... took place between A and B, Kazinform has learnt from ...", "... with his Russian
/// counterpart B, Azernews reports": one word after the list's comma and before a verb (an
/// auxiliary, a reporting word, or the sentence's last word) is the subject of the clause that
/// reports the call, not a participant: it is taken off `people` (whose words end at `end`).
fn drop_reporter(people: &mut Vec<Person>, w: &[&str], end: usize, lang: &Lang) {
    let verb_next = w.get(end).is_some_and(|v| {
        let v = scan::bare(v);
        lang.auxiliaries.contains(&v)
            || lang.is_report_word(v)
            || end + 1 == w.len() && scan::is_lowercase(v)
    });
    if verb_next
        && end >= 2
        && w[end - 2].ends_with(',')
        && people
            .last()
            .is_some_and(|p| p.p.name == scan::bare(w[end - 1]))
    {
        people.pop();
    }
}

/// A headline without a meeting verb: "Talks between A and B" (the first is the host) or
/// "A's Call with B": hosts, guests and the words they took.
fn headline_parties(
    w: &[&str],
    start: usize,
    lang: &Lang,
) -> Option<(Vec<Person>, Vec<Person>, usize)> {
    let find =
        |table: Words| (start..w.len()).find(|&i| table.contains_ignore_case(scan::bare(w[i])));
    if let Some(b) = find(lang.between_links) {
        let (mut hosts, used) = persons(&w[b + 1..], lang);
        if hosts.len() > 2 {
            drop_reporter(&mut hosts, w, b + 1 + used, lang);
        }
        let guests = hosts.split_off(hosts.len().min(1));
        return Some((hosts, guests, b + 1 + used));
    }
    // "Readout of President X's call to Greek Prime Minister Y": "to" after the name of a
    // call links its guest too, before a capital.
    let call_to = |i: usize| {
        i > start
            && lang.verb_links.contains_ignore_case(w[i])
            && lang.is_narration_noun(scan::bare(w[i - 1]))
            && w.get(i + 1).is_some_and(|t| scan::is_capitalised(t))
    };
    let with = (start..w.len())
        .find(|&i| lang.guest_links.contains_ignore_case(scan::bare(w[i])) || call_to(i))?;
    let (mut hosts, _) = persons(&w[start..with], lang);
    // "Telephone conversation with US President X": the name of the meeting, not a host.
    let before: Vec<&str> = w[start..with].iter().map(|t| scan::bare(t)).collect();
    let lowercase_after_first = before.iter().skip(1).all(|t| scan::is_lowercase(t));
    if before.len() <= 3 && lowercase_after_first && lang.format_in(&before, false).is_some() {
        hosts.clear();
    }
    let (guests, used) = persons(&w[with + 1..], lang);
    Some((hosts, guests, with + 1 + used))
}

/// Words opening a headline before its subject: "Readout of", "Statement by NSC Spokesperson
/// N on".
fn headline_lead(w: &[&str], lang: &Lang) -> usize {
    for &(open, close) in lang.headline_spans {
        if scan::starts_with_phrase(w, open) {
            let n = open.split(' ').count();
            if let Some(k) = (n..w.len()).find(|&i| w[i] == close) {
                return k + 1;
            }
        }
    }
    let lead = lang
        .headline_lead_ins
        .iter()
        .find(|p| scan::starts_with_phrase(w, p))
        .map_or(0, |p| p.split(' ').count());
    // "Europe and Eurasia: Secretary X's Call with ...": a section before a colon.
    let section = w[lead..]
        .iter()
        .take(HEADLINE_SECTION_WORDS)
        .position(|t| t.ends_with(':'));
    lead + section.map_or(0, |i| i + 1)
}

/// Words a section name may take at the start of a headline.
const HEADLINE_SECTION_WORDS: usize = 4;

/// Words of a title in lowercase after a leading clause ("first vice foreign minister").
const LOWER_TITLE_WORDS: usize = 5;

/// Words a date after "On" may take ("On Friday, June 28, 2018,").
const DATE_CLAUSE_WORDS: usize = 6;

/// Skips "On October 27, 2020," or "On July 3, commencing at 4:10 p.m. for approximately 25
/// minutes," at `start`: the clause ends at a comma followed by a capitalised word (or an
/// article and one) that does not carry the date on.
fn skip_opening_clause(w: &[&str], start: usize, lang: &Lang) -> usize {
    let Some(first) = w.get(start) else {
        return start;
    };
    if !lang.opening_clause_words.contains(first) {
        return start;
    }
    // "Today, a telephone conversation was held between ...": a clause of one word.
    if first.ends_with(',') {
        return start + 1;
    }
    // "This evening President X spoke ...": a part of the day without its comma, then a
    // capital.
    if w.get(start + 1).is_some_and(|d| lang.day_parts.contains(d))
        && w.get(start + 2).is_some_and(|x| scan::is_capitalised(x))
    {
        return start + 2;
    }
    // "On Friday Vladimir Putin had ...", "On May 3 Minister X met ...": a date without its
    // comma, then a capital.
    let mut at = start + 1;
    let bare = |i: usize| w.get(i).map_or("", |x| scan::bare(x));
    if lang.weekdays.contains(&bare(at)) {
        at += 1;
    } else if lang.month(bare(at)).is_some() {
        at += 1;
        while at < start + 4 && bare(at).starts_with(|c: char| c.is_ascii_digit()) {
            at += 1;
        }
    }
    // "On June 28, 2018, a telephone conversation took place between ...", "On Monday, the
    // ministers ...": a clause of a date alone ends at its comma before an article, whatever
    // follows it (not "On July 3, commencing at 4 p.m. ...,": the clause goes on).
    // ("On Friday, June 28, 2018, ...": the date's words run on after a comma.)
    let date_word = |i: usize| {
        let t = bare(i);
        lang.weekdays.contains(&t)
            || lang.month(t).is_some()
            || !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit())
    };
    let mut end = start + 1;
    while end < w.len().min(start + DATE_CLAUSE_WORDS) && date_word(end) {
        end += 1;
    }
    if end > start + 1 && w[end - 1].ends_with(',') && lang.group_articles.contains(&bare(end)) {
        return end;
    }
    let dated = at > start + 1 && !w[at - 1].ends_with(',');
    if dated
        && w.get(at).is_some_and(|x| scan::is_capitalised(x))
        && !lang.is_meeting_verb(bare(at))
    {
        return at;
    }
    for i in start..w.len().min(start + 24) {
        if !w[i].ends_with(',') {
            continue;
        }
        let next = w.get(i + 1).map(|x| scan::bare(x)).unwrap_or("");
        let date_goes_on = next.starts_with(|c: char| c.is_ascii_digit())
            || lang.month(next).is_some()
            || lang.weekdays.contains(&next);
        let article =
            lang.articles.contains(&next) && w.get(i + 2).is_some_and(|x| scan::is_capitalised(x));
        // "According to Seoul's foreign ministry, first vice foreign minister Cho Hyun-dong
        // sat down ...": a title in lowercase, then the name.
        // ("..., newly appointed foreign minister Cho Tae-yul held ...": lead-ins before it.)
        let lower_title = || {
            let mut k = i + 1;
            while k < w.len().min(i + 1 + LOWER_TITLE_WORDS)
                && lang.lead_ins.contains(&scan::bare(w[k]))
            {
                k += 1;
            }
            let next = w.get(k).map_or("", |x| scan::bare(x));
            lang.lower_role_words.contains(&next)
                && w[k + 1..w.len().min(k + 1 + LOWER_TITLE_WORDS)]
                    .iter()
                    .find(|x| !lang.lower_role_words.contains(&scan::bare(x)))
                    .is_some_and(|x| scan::is_capitalised(x))
        };
        if !date_goes_on && (scan::is_capitalised(next) || article || lower_title()) {
            return i + 1;
        }
    }
    start
}

/// "Chancellor Otto Brenner of Germany then joined the call": the people a sentence says joined
/// the meeting under way (a few adverbs may stand before the verb), or none.
pub(super) fn joined(s: &str, lang: &Lang) -> Vec<Person> {
    let s = s.trim_end_matches(['.', '!', '?']);
    let words = lang.words(s);
    let w: Vec<&str> = words.iter().map(|x| x.1).collect();
    let Some(v) = w
        .iter()
        .position(|t| lang.join_verbs.contains(&scan::bare(t)))
    else {
        return Vec::new();
    };
    let object = w.get(v + 1..v + 3).is_some_and(|o| {
        lang.articles.contains(&o[0]) && lang.join_objects.contains(&scan::bare(o[1]))
    });
    if !object {
        return Vec::new();
    }
    let mut start = lead::skip(&w[..v], lang);
    // "Later, Prime Minister X joined": one word set off before the names.
    if w.get(start).is_some_and(|t| t.ends_with(',')) {
        start += 1;
    }
    if start >= v {
        return Vec::new();
    }
    let (people, used) = persons(&w[start..v], lang);
    // Between the names and the verb, lowercase adverbs only ("then", "later", "also").
    let adverbs = w[start + used..v].iter().all(|t| scan::is_lowercase(t));
    if adverbs && used > 0 {
        people.into_iter().filter(|p| !p.role_only).collect()
    } else {
        Vec::new()
    }
}

/// The people named in a run of words, up to the first word that cannot be part of a name
/// or title ("at", "in", "on the phone", a lowercase verb), and how many words they took.
/// "Hungarian Minister of Foreign Affairs and Trade Kovacs Gabor congratulated ...": the one
/// named person that opens `w`, when a lowercase word follows their words.
pub(super) fn named_subject(w: &[&str], lang: &Lang) -> Option<Person> {
    let (mut people, used) = persons(w, lang);
    let one = people.len() == 1 && !people[0].role_only;
    (one && w.get(used).is_some_and(|t| scan::is_lowercase(t))).then(|| people.remove(0))
}

fn persons(w: &[&str], lang: &Lang) -> (Vec<Person>, usize) {
    let (chunks, used) = person::chunks(w, lang);
    let mut people = person::people(chunks, lang);
    plural_title_names(&mut people, lang);
    (people, used)
}

/// "Presidents Obama and Calderon spoke ...", "Foreign Ministers Wang and Lavrov": a title in
/// the plural before the first name is the title of each name after it that has none (the
/// first was read with the plural word as a name's).
fn plural_title_names(people: &mut [Person], lang: &Lang) {
    // A plural names two or more.
    if people.len() < 2 {
        return;
    }
    let first = &mut people[0];
    let joiner = lang.script.joiner;
    // ("Affairs" is a portfolio's word, no title's plural.)
    let singular = |word: &str| {
        lang.plural_endings
            .iter()
            .find_map(|e| word.strip_suffix(e).filter(|o| lang.is_role_word(o)))
            .filter(|_| is_plural_title(word, lang) && !lang.portfolio_words.contains(&word))
            .map(str::to_string)
    };
    let named = first
        .p
        .name
        .split_once(joiner)
        .and_then(|(word, rest)| Some((singular(word)?, rest.to_string())));
    let role = if let Some((one, rest)) = named {
        // The plural word read as the name's first ("Presidents Obama").
        let role = if first.p.role.is_empty() {
            one
        } else {
            [first.p.role.as_str(), &one].join(joiner)
        };
        first.p.name = rest;
        role
    } else {
        // The plural word read as the title's last ("Foreign Ministers").
        let (head, last) = first
            .p
            .role
            .rsplit_once(joiner)
            .unwrap_or(("", first.p.role.as_str()));
        let Some(one) = singular(last) else {
            return;
        };
        if head.is_empty() {
            one
        } else {
            [head, &one].join(joiner)
        }
    };
    first.p.role.clone_from(&role);
    for p in people[1..]
        .iter_mut()
        .filter(|p| p.p.role.is_empty() && !p.role_only)
    {
        p.p.role.clone_from(&role);
    }
}

#[cfg(test)]
mod tests;
