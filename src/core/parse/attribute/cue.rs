//! The cue of one sentence: where its subject and reporting verb stand.
//!
//! Tries the sentence's start (after a paragraph number, a bullet or a place line, and an
//! opening adverb: "Finally the leaders agreed"), then the words after a leading clause ("In
//! response, Minister Kuroda stated"), then a subject set off by commas ("Mori, for his part,
//! affirmed"; "Minister Ivan Dorn, when jointly meeting the press with ..., said"). A sentence
//! whose subject is an event ("The conversation also touched upon") or that ends "... were
//! discussed" is narration. Clauses after the cue ("..., and Prime Minister Rolt shared ...")
//! make their subject the one a later "She" refers to.

use super::subject::resolve;
use super::People;
use crate::core::model::Speaker;
use crate::core::parse::lang::{Lang, Words};
use crate::core::parse::{lead, scan};

/// Words of a sentence's start read for a cue (a subject set off by commas may be long).
const CUE_WORDS: usize = 48;

/// Bytes of a sentence's start handed to the word hook: enough for [`CUE_WORDS`] words of any
/// readout, and a bound that keeps a 10 MB "sentence" cheap.
const CUE_BYTES: usize = 900;

/// Bytes (and at most words) of a sentence's end read for a closing "..., Wang said."
const SAID_BYTES: usize = 160;
const SAID_WORDS: usize = 40;

/// Words a leading clause may take before its comma ("Noting that the meeting between the
/// two heads of state in San Francisco holds landmark significance, Wang urged"; "As Viet Nam
/// is assuming the role of ASEAN Chair and Germany is holding the rotating Presidency of the
/// EU in the second half of this year, both sides promised": the agencies of Viet Nam write
/// long ones).
const CLAUSE_WORDS: usize = 32;

/// Words a leading clause without its comma may take before the subject (a capital after a
/// lowercase word is looked for in them).
const BARE_CLAUSE_WORDS: usize = 20;

/// Words a second leading clause may take ("based on this,").
const SECOND_CLAUSE_WORDS: usize = 6;

/// Words a subject and its adverbs may take before the verb.
const SUBJECT_WORDS: usize = 10;

/// Words a subject that names a counterpart may take beyond [`SUBJECT_WORDS`] ("Foreign
/// Minister A B and her Japanese counterpart C D shared").
const COUNTERPART_SUBJECT_WORDS: usize = 3;

/// Word buffers the cue reuses from sentence to sentence.
#[derive(Default)]
pub(super) struct Scratch<'a> {
    head: Vec<scan::Word<'a>>,
    tail: Vec<scan::Word<'a>>,
}

/// The speaker a sentence names, if any. `known` holds the words of all of `s` when the caller
/// has split them already (the text is split once for the header and every cue).
pub(super) fn find<'a>(
    s: &'a str,
    known: Option<&[scan::Word<'a>]>,
    people: &mut People,
    lang: &Lang,
    scratch: &mut Scratch<'a>,
) -> Option<Speaker> {
    let whole = s.len() <= CUE_BYTES;
    let words: &[scan::Word<'a>] = match known {
        Some(k) if whole => k,
        _ => {
            let head = scan::prefix(s, CUE_BYTES);
            (lang.script.words)(head, &mut scratch.head);
            if head.len() < s.len() && !s[head.len()..].starts_with(char::is_whitespace) {
                scratch.head.pop(); // the prefix cut this word
            }
            &scratch.head
        }
    };
    let mut buf = [""; CUE_WORDS];
    let n = words.len().min(CUE_WORDS);
    for (slot, (_, word)) in buf.iter_mut().zip(words.iter()) {
        *slot = word;
    }
    let w = &buf[..n];
    let start = at_start(w, people, lang);
    if matches!(start, Some(Speaker::Person(_))) {
        return start;
    }
    // "The two sides exchanged views ..., Guo said.": a closing cue says who reports it.
    let all = whole.then_some(words);
    if let Some(sp) = said_after(s, all, people, lang, &mut scratch.tail) {
        // ("During the conversation they discussed ...," the ministry informed.": a source
        // closing the sentence leaves the participants' joint act theirs.)
        if !(sp == Speaker::Narration && start == Some(Speaker::Joint)) {
            return Some(sp);
        }
    }
    if start.is_some() {
        return start;
    }
    let end = s.trim_end_matches(['.', '"', '\'', ')']);
    (narrated(end, lang) || narrated_before_occasion(end, lang)).then_some(Speaker::Narration)
}

/// True when `end` ends with one of [`Lang::narration_endings`] ("... were discussed").
fn narrated(end: &str, lang: &Lang) -> bool {
    // Told by their last bytes first (most sentences end in none of the endings' last bytes).
    let last = end.as_bytes().last().map(u8::to_ascii_lowercase);
    lang.narration_endings.iter().any(|e| {
        end.len() >= e.len()
            && (e.is_empty() || e.as_bytes().last().map(u8::to_ascii_lowercase) == last)
            && end.is_char_boundary(end.len() - e.len())
            && end[end.len() - e.len()..].eq_ignore_ascii_case(e)
    })
}

/// Bytes of a sentence's end searched for an occasion after its narration ending.
const OCCASION_BYTES: usize = 80;

/// "Other issues of mutual interest were discussed during the telephone conversation.": a
/// narration ending followed by the occasion (one of [`Lang::occasion_links`] and what
/// follows it, in the sentence's last bytes).
#[inline(never)]
fn narrated_before_occasion(end: &str, lang: &Lang) -> bool {
    let tail = scan::prefix_end(end, OCCASION_BYTES);
    let off = end.len() - tail.len();
    // One pass over the tail's bytes: each word with a space on both sides is asked whether it
    // is a link (a byte comparison, told by its length), and only then the words before it.
    let b = tail.as_bytes();
    let mut word = None;
    for (i, &c) in b.iter().enumerate() {
        if c != b' ' {
            continue;
        }
        if let Some(from) = word {
            let w = &b[from..i];
            if lang.occasion_links.iter().any(|l| l.as_bytes() == w)
                && narrated(&end[..off + from - 1], lang)
            {
                return true;
            }
        }
        word = Some(i + 1);
    }
    false
}

/// "It is clarified that the ministers ...": the words of an impersonal opening, a lowercase
/// word and its link, before the clause it reports; or 0.
#[inline(never)]
fn impersonal(w: &[&str], lang: &Lang) -> usize {
    let Some(n) = lang
        .impersonal_openings
        .iter()
        .find(|o| scan::starts_with_phrase(w, o))
        .map(|o| o.split(' ').count())
    else {
        return 0;
    };
    let linked =
        w.len() > n + 2 && scan::is_lowercase(w[n]) && lang.impersonal_links.contains(&w[n + 1]);
    if linked {
        n + 2
    } else {
        0
    }
}

/// The cue near the start of a sentence's words: an event, a subject at the start (after an
/// adverb), after a leading clause, or set off by commas.
fn at_start(w: &[&str], people: &mut People, lang: &Lang) -> Option<Speaker> {
    let mut base = lead::skip(w, lang);
    if is_event(&w[base..], lang) {
        return Some(framed(w, base, people, lang).unwrap_or(Speaker::Narration));
    }
    // (Told by its first byte: "Among".)
    if w.get(base).is_some_and(|t| t.starts_with(['A', 'a'])) && inverted_event(&w[base..], lang) {
        return Some(Speaker::Narration);
    }
    while w.get(base).is_some_and(|t| is_sentence_adverb(t, lang)) && base + 1 < w.len() {
        base += 1;
    }
    // "According to him, ...": a participant's account (told by its first byte: "A").
    if w.get(base).is_some_and(|t| t.starts_with('A')) {
        if let Some(sp) = account(w, base, people, lang) {
            return Some(sp);
        }
    }
    // (An impersonal opening is told by its first byte first: "It".)
    if w.get(base).is_some_and(|t| t.starts_with('I')) {
        base += impersonal(&w[base..], lang);
    }
    // Also try after an opening clause: "During the talks, Luo said".
    let after_clause = w
        .iter()
        .take(base + CLAUSE_WORDS)
        .skip(base)
        .position(|t| t.ends_with(','))
        .map(|i| past_and(w, base + i + 1, lang));
    // Else after an opening clause without its comma, looked for only then; a subject there
    // must be a participant or the participants together.
    let bare = std::iter::once_with(|| bare_clause_ends(w, base, after_clause, lang)).flatten();
    // "In addition, based on this, the two ministers agreed": a second short clause after the
    // first, looked for only when the first gave no cue.
    let second = std::iter::once_with(|| {
        // Only when the first clause is followed by another that opens in lowercase.
        let from = after_clause.filter(|&i| w.get(i).is_some_and(|t| scan::is_lowercase(t)))?;
        let i = w
            .iter()
            .skip(from)
            .take(SECOND_CLAUSE_WORDS)
            .position(|t| t.ends_with(','))?;
        Some((from + i + 1, false))
    })
    .flatten();
    // "As X reported on his account, they also talked ...": a subordinate clause's subject is
    // not the sentence's; its start is not tried when a comma closes the clause (told by the
    // first byte of "As", "Although", ... before the table).
    let subordinate = after_clause.is_some()
        && w.get(base).is_some_and(|t| {
            t.starts_with(['A', 'T', 'W', 'B', 'S', 'I'])
                && lang.subordinators.contains_ignore_case(t)
        });
    let starts = std::iter::once((base, false))
        .filter(|_| !subordinate)
        .chain(after_clause.map(|s| (s, false)))
        .chain(second)
        .chain(bare.map(|s| (s, true)));
    for (start, person_only) in starts {
        // "Regarding AUKUS, the statement said Saifuddin shared ...": a source framing the cue
        // after a leading clause, as at the sentence's start.
        if start > base && is_event(&w[start..], lang) {
            if let Some(sp) = framed(w, start, people, lang) {
                return Some(sp);
            }
        }
        // ("..., and the leaders of the two countries have maintained close communication":
        // a perfect after ", and" tells what was done, not what was said.)
        let perfect = start == base || start > 0 && w[start - 1] != lang.and_word;
        let mut found = at(w, start, perfect, people, lang);
        // A passive report is looked for at the sentence's start only.
        if found.is_none() && start == base {
            found = passive(w, start, people, lang);
        }
        match found {
            Some(sp @ Speaker::Person(_)) => return Some(sp),
            // (After a clause without its comma, the participants together too: "... on the
            // outbreak the Prime Minister and the President agreed".)
            Some(sp) if !person_only || sp == Speaker::Joint => return Some(sp),
            _ => {}
        }
    }
    if let Some(sp) = set_off(w, base, people, lang) {
        return Some(sp);
    }
    let first = after_clause?;
    // "In response, Deputy Secretary Blinken, commending ..., presented": set off after a
    // leading clause (such a subject opens with a capital).
    if scan::is_capitalised(w.get(first).copied().unwrap_or("")) {
        if let Some(sp) = set_off(w, first, people, lang) {
            return Some(sp);
        }
    }
    // After a longer leading clause of several commas ("Further, recognizing the challenge of
    // the region, as the islands face ..., the Ministers confirmed": any comma of the words
    // read), or after a first clause that is no cue ("The UK and Germany were partners, and
    // the Prime Minister said").
    // A subject opens with a capital, an article or a pronoun ("the Ministers", "they").
    let opens_subject =
        |t: &str| scan::is_capitalised(t) || lang.is_article(t) || lang.gender_of(t).is_some();
    (first..w.len().saturating_sub(1))
        .filter(|&i| w[i].ends_with(','))
        .map(|i| past_and(w, i + 1, lang))
        .filter(|&i| opens_subject(w[i]))
        .find_map(|i| at(w, i, false, people, lang))
}

/// Words of the one whose account an opening clause names ("the Foreign Minister,").
const ACCOUNT_WORDS: usize = 4;

/// "According to him, despite ...", "According to the minister, the sides also exchanged
/// views": a leading clause that gives the sentence as a participant's account makes it
/// theirs, whatever its subject. (A source that is no participant, "According to the
/// ministry", tells nothing here.)
#[inline(never)]
fn account(w: &[&str], base: usize, people: &mut People, lang: &Lang) -> Option<Speaker> {
    let link = lang
        .account_links
        .iter()
        .find(|l| scan::starts_with_phrase(&w[base..], l))?;
    let from = base + link.split(' ').count();
    let c = (from..w.len().min(from + ACCOUNT_WORDS)).find(|&i| w[i].ends_with(','))?;
    let him = (c == from)
        .then(|| super::subject::any_pronoun(scan::bare(w[c]), people, lang))
        .flatten();
    let sp = match him {
        Some(p) => Speaker::Person(p),
        None => resolve(&w[from..=c], people, lang)?,
    };
    match sp {
        Speaker::Person(p) => {
            people.mention(p);
            Some(Speaker::Person(p))
        }
        _ => None,
    }
}

/// Where a clause starting at `i` has its subject: after its conjunction ("..., and the Prime
/// Minister said"; one comparison: every clause of every sentence is asked).
fn past_and(w: &[&str], i: usize, lang: &Lang) -> usize {
    if i + 1 < w.len() && w[i] == lang.and_word {
        i + 1
    } else {
        i
    }
}

/// "At the onset of the discussion Minister Carr offered", "Ahead of a call with G7 leaders on
/// the outbreak the Prime Minister and the President agreed": where the subject may start after
/// an opening clause that has no comma (`after_clause` is where one with a comma ended): at a
/// capital, or an article and a capital (or a joint subject's head: "the interlocutors"), after
/// a lowercase word; the first few such places, in order (a capital inside the clause, "G7",
/// comes first).
fn bare_clause_ends(
    w: &[&str],
    base: usize,
    after_clause: Option<usize>,
    lang: &Lang,
) -> Vec<usize> {
    // Or a second clause after the first's comma ("According to CCTV, during the phone call
    // Wang Yi said"), the opening word then in lowercase.
    let opening = |i: usize| {
        w.get(i).is_some_and(|t| {
            // (The bare word is asked only when it differs: most words have no punctuation.)
            let b = scan::bare(t);
            lang.opening_clause_words.contains_ignore_case(t)
                || b.len() < t.len() && lang.opening_clause_words.contains_ignore_case(b)
        })
    };
    let (base, end) = match after_clause {
        None => (base, w.len()),
        Some(i) if w.get(i).is_some_and(|t| scan::is_lowercase(t)) && opening(i) => (i, w.len()),
        // "During the conversation they discussed issues of ..., including ...": the comma
        // closes no leading clause; the subject stands before it.
        Some(i) => (base, i),
    };
    if !opening(base) {
        return Vec::new();
    }
    let end = end.min(base + BARE_CLAUSE_WORDS);
    let after_word = |i: usize| scan::is_lowercase(w[i - 1]) && !lang.is_connector(w[i - 1]);
    // "During the phone conversation the interlocutors touched upon": an article and the head
    // of a joint subject opens one too; so does a pronoun's subject ("During the conversation
    // they discussed").
    let joint_head = |t: &str| lang.joint_heads.iter().any(|h| scan::eq_ignore_case(h, t));
    let opens = |i: usize| {
        scan::is_capitalised(w[i])
            || lang.is_article(w[i])
                && w.get(i + 1)
                    .is_some_and(|t| scan::is_capitalised(t) || joint_head(scan::bare(t)))
            || lang.pronouns.contains(&w[i])
            || lang.joint_subjects.contains(&w[i])
    };
    (base + 2..end)
        .filter(|&i| opens(i) && after_word(i))
        .take(BARE_CLAUSE_SUBJECTS)
        .collect()
}

/// The places after a comma-less clause where a subject is looked for.
const BARE_CLAUSE_SUBJECTS: usize = 3;

/// A cue whose subject starts at `start`: the verb is the first lowercase word that opens a
/// reporting phrase; the words between the subject and it may be adverbs.
fn at(
    w: &[&str],
    start: usize,
    perfect: bool,
    people: &mut People,
    lang: &Lang,
) -> Option<Speaker> {
    let (mut future, mut past) = (false, false);
    let j = verb_at(w, start, perfect, lang)
        .or_else(|| counterpart_verb(w, start, perfect, lang))
        .or_else(|| {
            future = true;
            future_cue(w, start, lang)
        })
        .or_else(|| {
            past = true;
            past_cue(w, start, lang)
        })?;
    let mut k = j;
    while k > start + 1 && lang.is_adverb(scan::bare(w[k - 1])) {
        k -= 1;
    }
    // "Lavrov for his part welcomed": an aside without its commas is no part of the subject
    // (told by its last word's first byte: "part", "turn").
    if k > start + 2 && w[k - 1].starts_with(['p', 't']) {
        k -= aside_before(&w[start + 1..k], lang);
    }
    // "Belov has stressed": the auxiliary is no part of the subject.
    if k > start + 1 && lang.auxiliaries.contains(&w[k - 1]) {
        k -= 1;
    }
    // "X on Thursday pledged": the day is no part of the subject.
    if k > start + 2
        && lang.weekday_links.contains(&w[k - 2])
        && lang.weekdays.contains(&scan::bare(w[k - 1]))
    {
        k -= 2;
    }
    let sp = resolve(&w[start..k], people, lang)?;
    // A future without a reporting verb is a cue of the joint subject or of a participant
    // ("The President will continue to consult ..."), never narration.
    if future && sp == Speaker::Narration {
        return None;
    }
    // A verb the tables do not list tells what both sides did, not what one said.
    if past && sp != Speaker::Joint {
        return None;
    }
    learn(w, j, sp, people, lang);
    Some(if is_event_verb(w, j, lang) {
        Speaker::Narration
    } else {
        sp
    })
}

/// Words of the longest aside ([`Lang::subject_asides`]).
const ASIDE_WORDS: usize = 3;

/// How many of the last words of `w` are one of [`Lang::subject_asides`] ("for his part"),
/// or 0.
fn aside_before(w: &[&str], lang: &Lang) -> usize {
    (2..=ASIDE_WORDS.min(w.len()))
        .find(|&n| aside_at(&w[w.len() - n..], lang) == n)
        .unwrap_or(0)
}

/// The words of the aside ([`Lang::subject_asides`]) that opens `w`, or 0.
fn aside_at(w: &[&str], lang: &Lang) -> usize {
    lang.subject_asides
        .iter()
        .find(|a| scan::starts_with_phrase(w, a))
        .map_or(0, |a| a.split(' ').count())
}

/// Words from a passive's verb to the word before its agent ("briefed in detail by").
const AGENT_WORDS: usize = 4;

/// "Foreign Minister Kono was briefed in detail by Secretary of State Pompeo on ...": a
/// passive report (an auxiliary, then a reporting verb) reports what its agent said; the
/// agent after "by" is the speaker when it is a participant. Asked only where no cue was
/// found.
fn passive(w: &[&str], start: usize, people: &mut People, lang: &Lang) -> Option<Speaker> {
    let end = w.len().min(start + SUBJECT_WORDS);
    let aux = (start + 1..end).find(|&j| scan::is_lowercase(w[j]))?;
    if !lang.passive_auxiliaries.contains(&w[aux]) {
        return None;
    }
    let verb = aux + 1;
    if !w
        .get(verb)
        .is_some_and(|v| opens_verb(w, verb, scan::bare(v), lang))
    {
        return None;
    }
    let by = (verb + 1..w.len().min(verb + 1 + AGENT_WORDS))
        .find(|&k| lang.agent_links.contains(&w[k]))?;
    // The agent: its capitalised words and the lowercase ones inside a title ("of").
    let mut stop = by + 1;
    while stop < w.len()
        && (scan::is_capitalised(w[stop]) || w[stop] == lang.of_word)
        && stop < by + 1 + SUBJECT_WORDS
    {
        stop += 1;
        if w[stop - 1].ends_with([',', '.']) {
            break;
        }
    }
    match resolve(&w[by + 1..stop], people, lang)? {
        sp @ Speaker::Person(_) => Some(sp),
        _ => None,
    }
}

/// "The Prime Minister spoke to President Ferraz": a meeting verb with its link narrates the
/// event; it reports no statement.
fn is_event_verb(w: &[&str], j: usize, lang: &Lang) -> bool {
    let is = |t: &str, table: Words| table.contains_ignore_case(scan::bare(t));
    if !lang.is_meeting_verb(scan::bare(w[j])) {
        return false;
    }
    let linked = |t: &&str| is(t, lang.verb_links) || is(t, lang.guest_links);
    if w.get(j + 1).is_some_and(linked) {
        return true;
    }
    // "Chung and Blinken held a trilateral meeting with Foreign Minister Hayashi": a meeting
    // (after its article and adjectives, in lowercase) with someone.
    let end = w.len().min(j + 1 + EVENT_NOUN_WORDS);
    (j + 1..end)
        .take_while(|&k| scan::is_lowercase(w[k]) && !w[k].ends_with(','))
        .any(|k| is(w[k], lang.join_objects) && w.get(k + 1).is_some_and(linked))
}

/// "The two sides had open and productive discussions": a discussion held (a verb of
/// [`Lang::discussion_verbs`], then a noun of [`Lang::discussion_nouns`] after lowercase
/// articles and adjectives) reports what the subject did.
fn discussed(w: &[&str], j: usize, word: &str, lang: &Lang) -> bool {
    lang.discussion_verbs.contains(&word)
        && (j + 1..w.len().min(j + 1 + EVENT_NOUN_WORDS))
            .take_while(|&k| scan::is_lowercase(w[k]))
            .any(|k| lang.discussion_nouns.contains(&scan::bare(w[k])))
}

/// The words of the person spoken to after a closing "Wang told" ("Secretary Antony Blinken").
const TOLD_WORDS: usize = 3;

/// Words from the verb to a meeting noun ("a trilateral meeting", "a brief telephone call").
const EVENT_NOUN_WORDS: usize = 4;

/// Where the reporting verb of a subject starting at `start` stands; after an auxiliary
/// ("has stressed") when `perfect`.
fn verb_at(w: &[&str], start: usize, perfect: bool, lang: &Lang) -> Option<usize> {
    verb_within(w, start, SUBJECT_WORDS, perfect, lang)
}

/// "Foreign Minister A B and her Japanese counterpart C D shared", "Foreign Minister A B and
/// Russian Foreign Minister C D agreed": a subject that names a counterpart, or two people,
/// and runs on to the end of the usual bound (its last word capitalised) may take a few words
/// more. Out of line: asked only where no verb was found.
#[inline(never)]
fn counterpart_verb(w: &[&str], start: usize, perfect: bool, lang: &Lang) -> Option<usize> {
    let last = start + SUBJECT_WORDS - 1;
    let runs_on = w.len() > last + 1 && scan::is_capitalised(w[last]);
    // ("Foreign Minister A B and Russian Foreign Minister C D agreed": two titled names.)
    let counterpart = || {
        w[start..last]
            .iter()
            .any(|t| t.eq_ignore_ascii_case(lang.counterpart_word) || *t == lang.and_word)
    };
    if !runs_on || !counterpart() {
        return None;
    }
    verb_within(
        w,
        start,
        SUBJECT_WORDS + COUNTERPART_SUBJECT_WORDS,
        perfect,
        lang,
    )
}

/// Words of a day between a subject and its verb ("on Friday").
const DAY_WORDS: usize = 2;

/// [`verb_at`] for a subject of at most `words` words (a day between it and its verb aside).
fn verb_within(
    w: &[&str],
    start: usize,
    words: usize,
    perfect: bool,
    lang: &Lang,
) -> Option<usize> {
    let mut end = w.len().min(start + words);
    // (A day between the subject and its verb is no word of the subject's: "Chinese State
    // Councilor and Foreign Minister Wang Yi on Friday said".)
    let reach = w.len().min(start + words + DAY_WORDS);
    // The end of an aside the loop passes over ("Lavrov for his part welcomed").
    let mut past = 0;
    for j in start + 1..reach {
        if j >= end {
            break;
        }
        if j < past {
            continue;
        }
        if w[j - 1].ends_with([',', ';', ':']) {
            // The subject ended at the comma: "On Syria, the Prime Minister and the President
            // welcomed" has its subject after the leading clause, where the caller looks next.
            return None;
        }
        let word = scan::bare(w[j]);
        if !scan::is_lowercase(word) {
            continue;
        }
        if opens_verb(w, j, word, lang) {
            return Some(j);
        }
        // "Foreign Minister X on Thursday pledged": the day between the subject and its verb.
        let dated = || {
            lang.weekday_links.contains(&word)
                && w.get(j + 1)
                    .is_some_and(|d| lang.weekdays.contains(&scan::bare(d)))
        };
        if dated() {
            end = reach.min(end + DAY_WORDS);
            continue;
        }
        // (Told by its first byte: "for", "in", "on".)
        if word.starts_with(['f', 'i', 'o']) {
            let n = aside_at(&w[j..end], lang);
            if n > 0 {
                past = j + n;
                continue;
            }
        }
        // A lowercase word that cannot be part of a subject ("is", "should"): no cue here,
        // unless it is a verb with a prefix ("re-highlighted"), or a meeting verb that narrates
        // an event ("A and B held a trilateral meeting with C": a cue of narration).
        if !lang.is_subject_word(word) {
            // "The leaders strongly agreed": an adverb of manner before the verb.
            if lang.is_adverb_by_ending(word) {
                continue;
            }
            // "Belov has stressed", "The two have also agreed": the verb after its auxiliary
            // (and an adverb).
            if perfect && lang.auxiliaries.contains(&word) {
                let mut v = j + 1;
                if w.get(v).is_some_and(|t| lang.is_adverb(scan::bare(t))) {
                    v += 1;
                }
                let next = w.get(v).map_or("", |t| scan::bare(t));
                if scan::is_lowercase(next) && opens_verb(w, v, next, lang) {
                    return Some(v);
                }
            }
            let b = word.as_bytes();
            let hyphen = b.get(2) == Some(&b'-') || b.get(3) == Some(&b'-');
            let event = || is_event_verb(w, j, lang);
            return (hyphen && prefixed_verb(word, lang) || event() || discussed(w, j, word, lang))
                .then_some(j);
        }
    }
    None
}

/// "They will also direct relevant agencies to ...", "The President will continue to consult
/// ...": where a future's modal stands after a subject (and an adverb), a verb in lowercase
/// after it; what the participants together, or one of them, undertook (the caller keeps it
/// only when the subject names them). Out of line: asked only where no reporting verb was
/// found.
#[inline(never)]
fn future_cue(w: &[&str], start: usize, lang: &Lang) -> Option<usize> {
    // A subject is a few words ("the heads of state and government"), and a modal a short
    // one: most words are told by their length.
    let end = w.len().min(start + FUTURE_SUBJECT_WORDS);
    let modal = |t: &str| MODAL_BYTES.contains(&t.len()) && lang.future_modals.contains(&t);
    let j = (start + 1..end).find(|&j| modal(w[j]))?;
    let mut k = j;
    while k > start + 1 && lang.is_adverb(scan::bare(w[k - 1])) {
        k -= 1;
    }
    let mut v = j + 1;
    if w.get(v).is_some_and(|t| lang.is_adverb(scan::bare(t))) {
        v += 1;
    }
    let verb = w.get(v).is_some_and(|t| scan::is_lowercase(t));
    (verb && k > start).then_some(j)
}

/// Words from a subject's start to its future's modal (the subject's words, an adverb).
const FUTURE_SUBJECT_WORDS: usize = 8;

/// "The two Ministers decided to continue ...", "They explored opportunities ...": the first
/// lowercase word after a subject of capitalised words or a joint subject's words, when it
/// is a verb in the past (one of [`Lang::past_endings`], after an adverb); the caller keeps
/// it only for both sides together. Out of line: asked only where no other verb was found.
#[inline(never)]
fn past_cue(w: &[&str], start: usize, lang: &Lang) -> Option<usize> {
    let end = w.len().min(start + FUTURE_SUBJECT_WORDS);
    // The verb first, told by its ending (most sentences that get here have none in reach),
    // then the words before it.
    let is_past = |t: &str| {
        // Told by the word as written first: a bare form is no longer than it, and opens with
        // its first letter (a capital is no verb's).
        // (Bytes, not chars: nothing is decoded for the most words, which fail.)
        let tb = t.as_bytes();
        if tb.len() <= PAST_STEM_BYTES || tb[0].is_ascii_uppercase() {
            return false;
        }
        // And by its ending before any closing punctuation, before it is bared.
        let mut end = tb.len();
        while end > 0 && tb[end - 1].is_ascii_punctuation() {
            end -= 1;
        }
        if !lang
            .past_endings
            .iter()
            .any(|e| tb[..end].ends_with(e.as_bytes()))
        {
            return false;
        }
        let b = scan::bare(t);
        b.len() > PAST_STEM_BYTES
            && lang.past_endings.iter().any(|e| b.ends_with(e))
            && b.bytes().all(|c| c.is_ascii_lowercase())
    };
    let v = (start + 1..end).find(|&j| is_past(w[j]))?;
    // The subject's words: capitalised, or the lowercase words of a joint phrase ("two",
    // "sides", "leaders"); an adverb before the verb; no comma among them.
    let subject = (start + 1..v).all(|k| {
        let t = scan::bare(w[k]);
        !w[k - 1].ends_with(',')
            && (scan::is_capitalised(t) || lang.joint_words(t) || k + 1 == v && lang.is_adverb(t))
    });
    (subject && !w[v - 1].ends_with(',')).then_some(v)
}

/// Bytes of a past's stem before its ending ("ended" has three; "red", "need" are no verbs in
/// the past).
const PAST_STEM_BYTES: usize = 4;

/// The lengths of [`Lang::future_modals`] ("will", "would", "shall"; a test checks them).
pub(super) const MODAL_BYTES: std::ops::RangeInclusive<usize> = 4..=5;

/// "re-highlighted", "re-emphasized": a reporting verb after one of [`Lang::verb_prefixes`]
/// (a prefix is two or three letters and a hyphen: the caller looks for the hyphen first).
fn prefixed_verb(word: &str, lang: &Lang) -> bool {
    lang.verb_prefixes
        .iter()
        .filter_map(|p| word.strip_prefix(p))
        .any(|v| !lang.verbs_from(v).is_empty())
}

/// True when a reporting phrase opens at `w[j]`, whose bare form is `word`.
fn opens_verb(w: &[&str], j: usize, word: &str, lang: &Lang) -> bool {
    // The phrases were found by their first word (`v.0`, which is `word`): only the words
    // after it are compared; a phrase of one word is found.
    let phrases = lang.verbs_from(word);
    if phrases.is_empty() {
        return false;
    }
    // The next word's first letter tells most phrases apart ("was clear", "was pleased"):
    // bared once, compared before the whole phrase is.
    let next = w.get(j + 1).map_or(0, |t| {
        let b = scan::bare(t).as_bytes();
        b.first().map_or(0, u8::to_ascii_lowercase)
    });
    phrases.iter().any(|v| match v.1.get(v.0.len() + 1..) {
        Some(rest) => rest.as_bytes()[0] == next && scan::starts_with_phrase(&w[j + 1..], rest),
        None => true,
    })
}

/// "Ceasefire is the top priority, Wang said.": a subject and a reporting verb after the last
/// comma, closing the sentence (or before a further clause: ", Wang said, noting that"); the
/// comma may close a quotation (`"...," he said.`), and the subject may be both sides
/// (", they added.").
/// `all` holds the words of all of `s` when the cue read them; `scratch` takes the tail's.
fn said_after<'a>(
    s: &'a str,
    all: Option<&[scan::Word<'a>]>,
    people: &mut People,
    lang: &Lang,
    scratch: &mut Vec<scan::Word<'a>>,
) -> Option<Speaker> {
    let tail = scan::prefix_end(s, SAID_BYTES);
    // A subject follows a comma: a capitalised word or a pronoun ("..., he said"). The commas
    // are found eight bytes at a time (a search for ", " sets up a substring searcher each
    // time; a test of every byte reads the whole tail of every sentence).
    let b = tail.as_bytes();
    // The comma may close a quotation (`... for many times," he said.`).
    let gap = |at: usize| 1 + usize::from(b.get(at + 1) == Some(&b'"'));
    let subject_after = |at: usize| {
        let next = scan::first_piece(&tail[at + gap(at) + 1..], b' ');
        // ("..., they added.": a joint subject of one word.)
        scan::is_capitalised(next)
            || lang.gender_of(next).is_some()
            || next.len() <= JOINT_WORD_BYTES && lang.joint_subjects.contains(&next)
            || lang.inverted_verbs.contains(&next)
    };
    // (The comma is given twice: the scan of two marks is the one the parser has already.)
    let comma = |from: usize| scan::next_of(b, from, [b',', b',']);
    let mut at = comma(0);
    while at < b.len() && !(b.get(at + gap(at)) == Some(&b' ') && subject_after(at)) {
        at = comma(at + 1);
    }
    if at == b.len() {
        return None;
    }
    let mut buf = [""; SAID_WORDS];
    let mut n = 0;
    // A short sentence is its own tail: its words are those the cue read.
    let words = match all {
        Some(all) if tail.len() == s.len() => all,
        _ => {
            (lang.script.words)(tail, scratch);
            scratch
        }
    };
    for (slot, (_, word)) in buf
        .iter_mut()
        .zip(words.iter().rev().take(SAID_WORDS).rev())
    {
        *slot = word;
        n += 1;
    }
    let w = &buf[..n];
    for c in (0..w.len().saturating_sub(2)).rev() {
        if !w[c].ends_with(',') && !w[c].ends_with(",\"") {
            continue;
        }
        if let Some(sp) = inverted(&w[c + 1..], people, lang) {
            return Some(sp);
        }
        let Some(j) = (c + 2..w.len().min(c + 6)).find(|&j| scan::is_lowercase(w[j])) else {
            continue;
        };
        // "..., Wang told Biden.": the person spoken to (a few capitalised words) may close the
        // sentence after the verb.
        let told = || {
            let rest = &w[j + 1..];
            rest.len() <= TOLD_WORDS
                && rest.iter().all(|t| scan::is_capitalised(t))
                && rest.last().is_some_and(|t| t.ends_with('.'))
        };
        // "..., Saidov wrote in his Telegram channel.": where it was said may close it.
        let where_said = || {
            let rest = &w[j + 1..];
            rest.len() <= WHERE_SAID_WORDS
                && rest.first().is_some_and(|t| lang.prepositions.contains(t))
                && rest.last().is_some_and(|t| t.ends_with('.'))
                && !rest.iter().any(|t| t.ends_with(','))
        };
        let closes = j + 1 == w.len() || w[j].ends_with([',', '.']) || told() || where_said();
        let said = lang.is_report_word(scan::bare(w[j]));
        if closes && said {
            match resolve(&w[c + 1..j], people, lang) {
                Some(sp @ Speaker::Person(p)) => {
                    people.mention(p);
                    return Some(sp);
                }
                // "..., they added.": both sides said it.
                Some(Speaker::Joint) => return Some(Speaker::Joint),
                _ => {}
            }
        }
    }
    None
}

/// Words of the place a closing cue names after its verb ("in his Telegram channel").
const WHERE_SAID_WORDS: usize = 5;

/// Words an inverted closing cue's subject may take ("said Foreign Minister Wang Yi").
const INVERTED_SUBJECT_WORDS: usize = 5;

/// "said Wang." or "said Wang, calling for ...": the words after a comma that close a
/// sentence with a reporting verb, then its subject of capitalised words up to a comma or the
/// sentence's end (Xinhua's order); the participant it names.
fn inverted(w: &[&str], people: &mut People, lang: &Lang) -> Option<Speaker> {
    let (verb, rest) = w.split_first()?;
    if !lang.inverted_verbs.contains(verb) {
        return None;
    }
    let end = rest
        .iter()
        .take(INVERTED_SUBJECT_WORDS)
        .position(|t| t.ends_with([',', '.']))?;
    let subject = &rest[..=end];
    if !subject.iter().all(|t| scan::is_capitalised(t)) {
        return None;
    }
    match resolve(subject, people, lang)? {
        Speaker::Person(p) => {
            people.mention(p);
            Some(Speaker::Person(p))
        }
        _ => None,
    }
}

/// The longest joint subject of one word ("they", "both").
const JOINT_WORD_BYTES: usize = 4;

/// "Mori, for his part, affirmed": a subject that ends at a comma, a clause, then the verb
/// right after a later comma.
fn set_off(w: &[&str], base: usize, people: &mut People, lang: &Lang) -> Option<Speaker> {
    let c = (base..w.len().min(base + 8)).find(|&i| w[i].ends_with(','))?;
    let verb = (c + 1..w.len().saturating_sub(1))
        .filter(|&i| w[i].ends_with(','))
        .map(|i| i + 1)
        .find(|&j| scan::is_lowercase(w[j]) && opens_verb(w, j, scan::bare(w[j]), lang))?;
    let sp = resolve(&w[base..=c], people, lang)?;
    if let Speaker::Person(p) = sp {
        // "for his part": the clause tells the subject's gender.
        if let Some(g) = w[c + 1..verb]
            .iter()
            .find_map(|t| lang.gender_of(scan::bare(t)))
        {
            people.genders[p].get_or_insert(g);
        }
    }
    learn(w, verb, sp, people, lang);
    Some(sp)
}

/// After a cue: the speaker was a subject; "expressed her appreciation" tells a gender; a
/// later clause's subject (", and Prime Minister Rolt shared") is mentioned after it.
fn learn(w: &[&str], verb: usize, sp: Speaker, people: &mut People, lang: &Lang) {
    let Speaker::Person(p) = sp else { return };
    people.mention(p);
    // "expressed her appreciation" tells; "briefed her on" does not (her is the object).
    let told = (verb + 1..w.len().min(verb + 3)).find_map(|i| {
        let g = lang.gender_of(scan::bare(w[i]))?;
        let next = w.get(i + 1).map_or("", |t| scan::bare(t));
        let possessive = scan::is_lowercase(next) && !lang.prepositions.contains(&next);
        possessive.then_some(g)
    });
    if let Some(g) = told {
        people.genders[p].get_or_insert(g);
    }
    for i in verb + 1..w.len().saturating_sub(2) {
        if !(w[i].ends_with(',') && scan::bare(w[i + 1]) == lang.and_word) {
            continue;
        }
        if let Some(j) = verb_at(w, i + 2, false, lang) {
            if let Some(Speaker::Person(q)) = resolve(&w[i + 2..j], people, lang) {
                people.mention(q);
            }
        }
    }
}

/// Words of an event's or a source's subject before its verb ("The foreign ministry said").
const FRAME_WORDS: usize = 4;

/// "The ministry said Chung proposed that ...": a news copy's source frames the cue of a
/// participant or of both sides ("The statement said the two sides agreed"); the speaker is
/// theirs, not the source's.
#[inline(never)] // asked only of a sentence whose subject is an event or a source
fn framed(w: &[&str], base: usize, people: &mut People, lang: &Lang) -> Option<Speaker> {
    let says = |t: &str| {
        let word = scan::bare(t);
        !t.ends_with(',') && scan::is_lowercase(word) && lang.is_report_word(word)
    };
    let j = (base + 2..w.len().min(base + FRAME_WORDS + 1)).find(|&j| says(w[j]))?;
    // The cue right after the verb, or after one lowercase word ("said that Chung").
    let cue = |k: usize, people: &mut People| match at(w, k, false, people, lang) {
        Some(Speaker::Narration) | None => None,
        sp => sp,
    };
    cue(j + 1, people).or_else(|| {
        let that = w.get(j + 1).is_some_and(|t| scan::is_lowercase(t));
        that.then(|| cue(j + 2, people)).flatten()
    })
}

/// "The conversation also touched upon", "The overview of the talk is as follows", "A number
/// of issues were discussed", "This meeting comes after ...": a subject whose head is an event
/// or a spokesperson.
fn is_event(w: &[&str], lang: &Lang) -> bool {
    // Told by the first letter first: a determiner's ("the", "a", "this"); most words fail.
    let Some(&c) = w.first().and_then(|t| t.as_bytes().first()) else {
        return false;
    };
    if c.is_ascii_alphabetic() {
        let c = c.to_ascii_lowercase();
        let opens = |d: &str| d.as_bytes().first() == Some(&c);
        if !lang.articles.iter().any(opens) && !lang.event_determiners.iter().any(opens) {
            return false;
        }
    }
    let first = scan::bare(w[0]);
    let determiner = lang.is_article(first)
        || lang
            .event_determiners
            .iter()
            .any(|d| scan::eq_ignore_case(d, first));
    if !determiner {
        return false;
    }
    // The head stands within three words, after modifiers that are no verb ("The video
    // consultation", "A Downing Street spokesperson"), and a lowercase word follows it ("The
    // talks were", "The conversation also", "The overview of"): not "The two sides held talks".
    (1..w.len().min(4)).any(|at| {
        let head = scan::bare(w[at]);
        lang.is_narration_noun(head)
            && w.get(at + 1).is_some_and(|t| scan::is_lowercase(t))
            && w[1..at].iter().all(|t| {
                let t = scan::bare(t);
                lang.verbs_from(t).is_empty() && !lang.joint_heads.contains(&t)
            })
    })
}

/// "Among the topics discussed was ...", "Among the issues raised were ...": a preposition,
/// an article and an event's noun, a participle, then the passive's auxiliary: the report
/// of the event, inverted (narration).
#[inline(never)]
fn inverted_event(w: &[&str], lang: &Lang) -> bool {
    let [link, article, noun, participle, aux, ..] = w else {
        return false;
    };
    lang.inverted_event_links.contains_ignore_case(link)
        && lang.is_article(article)
        && lang.is_narration_noun(noun)
        && scan::is_lowercase(participle)
        && lang.passive_auxiliaries.contains(aux)
}

fn is_sentence_adverb(t: &str, lang: &Lang) -> bool {
    let b = scan::bare(t);
    !t.ends_with(',')
        && lang
            .sentence_adverbs
            .iter()
            .any(|a| scan::eq_ignore_case(a, b))
}
