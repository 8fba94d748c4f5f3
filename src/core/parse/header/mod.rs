//! Stage 3, header: the front matter and the opening sentences -> title, date, format, people,
//! publisher.
//!
//! [`front`] takes the cleaned paragraphs and gives which of them are front matter (a headline,
//! date lines) rather than body. [`header`] takes the headline, the date line, the first body
//! sentences and the chrome clues, and gives a [`Header`]: the title (the headline, or one
//! derived from the opening and flagged so), the date (the opening's, read against the date
//! line: see [`date::event`]), the format, the participants, the publisher (told by the text, or
//! the user's setting, flagged as assumed) with its own officials given its country, and which
//! sentences narrate the event.

mod opening;
mod publisher;
mod scripted;

use super::lang::{pinyin, Gender, Lang};
use super::people::{self, Kind, Parties};
use super::scan::{self, Word};
use super::{clean, date, lead, ParseOptions};
use crate::core::case;
use crate::core::model::{Date, MeetingFormat, Participant, Span};

/// How far into the headline and each opening sentence the header looks: the facts are at the
/// start, and a bound keeps a pathological 10 MB "sentence" linear.
const OPENING_BYTES: usize = 1200;

pub(super) struct Front {
    pub headline: Option<Span>,
    pub date: Option<Date>,
    /// An agency dateline on a line of its own ("新华社北京4月24日电"): month (if given), day.
    pub dateline: Option<(Option<u8>, u8)>,
    /// `true` for each paragraph that is front matter or a stray timestamp line.
    pub skip: Vec<bool>,
}

pub(super) fn front(text: &str, paragraphs: &[Span], lang: &Lang) -> Front {
    let mut f = Front {
        headline: None,
        date: None,
        dateline: None,
        skip: vec![false; paragraphs.len()],
    };
    let mut in_front = true;
    // Whether the date was found above the headline.
    let mut site_date = false;
    // "Published 17 June 2021" after the body (a copy of a UK page keeps it at the foot): the
    // date line when the front has none. An unlabelled date there may belong to anything.
    let mut published = None;
    // The date that signs the statement under its last sentence (see below).
    let mut signed = None;
    // The paragraphs of the body read so far, and a date line right after the first of them.
    let (mut body, mut under_lede) = (0, None);
    // The last paragraph of the body read so far.
    let mut previous_body = "";
    let stages = lang.script.stages;
    // The last paragraph that ends like a sentence, found when first needed.
    let mut last_sentence = None;
    // The paragraph before, and whether it was an item of a list a sentence announced.
    let (mut previous, mut listing) = ("", false);
    // The article's block (a script without its own stages): the paragraphs after the last one
    // that ends like a sentence are the page's foot, and a line of the page's chrome read
    // above the body since the headline (a rate, a slogan, a field's label) makes the next
    // headline-like line the headline.
    let block_end = if stages.is_none() {
        last_prose(text, paragraphs)
    } else {
        paragraphs.len()
    };
    let mut after_chrome = false;
    // A line of the page's foot was read after the article's last sentence: the lines
    // under it are the foot too ("Author:", the author's name, a line of tags).
    let mut in_foot = false;
    for (i, p) in paragraphs.iter().enumerate() {
        let s = p.of(text);
        let in_list = lead::numbered(s) && (listing || lead::announces_list(previous, lang));
        (previous, listing) = (s, in_list);
        // The headline again (a page's title and its heading): no line of the readout.
        if in_front && f.headline.is_some_and(|h| h.of(text) == s) {
            f.skip[i] = true;
            continue;
        }
        let stamp = stages.and_then(|st| (st.date_line)(s));
        if let Some(d) = stamp.or_else(|| date::line(s, lang)) {
            if in_front && f.headline.is_none() && date::is_site_clock(s, lang) {
                // The site's clock above the headline: no date of the readout.
            } else if in_front {
                // A site's date above the headline (a blog's post date, a news site's or a
                // portal's date bar) gives way to the readout's own date line under it.
                if f.date.is_none() || site_date && f.headline.is_some() {
                    f.date = Some(d);
                    site_date = f.headline.is_none();
                }
            } else if date::labelled(s, lang) {
                published = published.or(Some(d));
            } else if i + 1 == paragraphs.len() {
                // "New Delhi" / "April 04, 2020", "Ottawa, Ontario - January 30, 2019": the
                // place and date that sign a statement under its last sentence. A date alone
                // there may belong to anything (a copy's own stamp): it gives none.
                let above = i
                    .checked_sub(1)
                    .filter(|&k| !f.skip[k] && is_signature_place(paragraphs[k].of(text)));
                if let Some(k) = above {
                    f.skip[k] = true;
                }
                if above.is_some() || date::placed_line(s, lang).is_some() {
                    signed = Some(d);
                }
            } else if body == 1 {
                // "VGP - Minister X held talks ... on June 8", then "June 08, 2021 10:30 PM
                // GMT+7": a portal prints its stamp under the lede.
                under_lede = under_lede.or(Some(d));
            } else if body == 2 && is_editor_line(previous_body) {
                // The portal's print page: the editor's line ("Posts Thuy Dung") between the
                // lede and the stamp is no sentence.
                f.skip[i - 1] = true;
                body = 1;
                under_lede = under_lede.or(Some(d));
            }
            f.skip[i] = true;
            continue;
        }
        // "新华社北京4月24日电" on a line of its own.
        let dateline = stages.and_then(|st| (st.dateline)(s));
        if let Some((m, d, _)) = dateline.filter(|x| in_front && x.2 == s.len()) {
            f.dateline = Some((m, d));
            f.skip[i] = true;
            continue;
        }
        // "Author:", "Kudrenok Tatyana", a line of tags: after the article's last sentence,
        // what is no date line is the page's foot. (The place that signs the statement above
        // its date is read with the date.)
        if i > block_end
            && s.len() <= FOOT_BYTES
            && !(i + 2 == paragraphs.len()
                && is_signature_place(s)
                && date::line(paragraphs[i + 1].of(text), lang).is_some())
            && (in_foot || is_foot_chrome(s))
        {
            f.skip[i] = true;
            in_foot = true;
            continue;
        }
        // "Currency rates:", "+7 701 759 90 19", "• ру қз", "Fana: At a Speed of Life!": a
        // line of the page's chrome above the article is no sentence of it, as long as a
        // sentence follows.
        if in_front
            && stages.is_none()
            && i < block_end
            && block_end < paragraphs.len()
            && is_front_chrome(s)
        {
            f.skip[i] = true;
            after_chrome = f.headline.is_some();
            continue;
        }
        // "You are subscribed to Press Releases for ... This information has recently been
        // updated, and is now available.", then the release's date line: above the date
        // line, a notice that addresses the reader (a readout never does) is the page's.
        // (Told by its stop and the next line's date before its words are read.)
        if in_front
            && stages.is_none()
            && s.ends_with('.')
            && paragraphs
                .get(i + 1)
                .is_some_and(|n| date::line(n.of(text), lang).is_some())
            && clean::addresses_reader(s, lang)
        {
            f.skip[i] = true;
            continue;
        }
        // "1. North Korea": a numbered section heading of the body is structure, not a
        // sentence.
        // An item of a list ("the following three points.", then "1. Coordination of
        // sanctions") is no heading.
        if !in_list && is_section_heading(s) {
            f.skip[i] = true;
            // Numbered lines before the headline are the page's navigation ("1. Ministry of
            // Foreign Affairs facebook"): the front goes on.
            in_front &= f.headline.is_none();
            continue;
        }
        let is_last = i + 1 == paragraphs.len();
        if in_front && !is_last && looks_like_headline(s) {
            // A second such line before the body is a photo caption or a standfirst without
            // a full stop ("Foreign Minister A shaking hands with Secretary B"): no sentence
            // of the readout, as long as a sentence follows.
            // A line of a few words before it is the page's label or a byline ("Asset
            // Publisher", "Joe Biden", "top of page"): a longer headline-like line after it
            // is the headline.
            let label = f
                .headline
                .is_some_and(|h| h.of(text).split(' ').count() <= LABEL_WORDS);
            if f.headline.is_none() || after_chrome || label && s.split(' ').count() > LABEL_WORDS {
                f.headline = Some(*p);
                f.skip[i] = true;
                after_chrome = false;
                continue;
            }
            let next = paragraphs.get(i + 1).map_or("", |n| n.of(text));
            if (is_caption(s, next) || f.headline.is_some() && opens_with_dateline(next, lang))
                && i < *last_sentence.get_or_insert_with(|| last_punctuated(text, paragraphs, i))
            {
                f.skip[i] = true;
                continue;
            }
        }
        // "Philip J. Crowley", "Assistant Secretary, Bureau of Public Affairs", "Washington,
        // DC", then "June 20, 2010": under the headline, a release's block of short lines
        // without a stop that closes with its date line is who issued it, where, and when.
        if in_front
            && f.headline.is_some()
            && stages.is_none()
            && signs_release(paragraphs, text, i, lang)
        {
            f.skip[i] = true;
            continue;
        }
        // "The telephone conversation was initiated by X, the Foreign Ministry said": a strap
        // under the headline that the body repeats word for word further down.
        if in_front && f.headline.is_some() && repeated_below(text, paragraphs, i) {
            f.skip[i] = true;
            continue;
        }
        in_front = false;
        body += 1;
        previous_body = s;
    }
    f.date = f.date.or(published).or(under_lede).or(signed);
    f
}

/// The most lines of a release's sign block above its date line.
const SIGN_BLOCK_LINES: usize = 3;

/// The longest line of a release's sign block.
const SIGN_LINE_BYTES: usize = 64;

/// True when the paragraph at `i` and at most two after it are short lines without a
/// sentence's end, and a date line follows them ("Philip J. Crowley", "Assistant Secretary,
/// Bureau of Public Affairs", "Washington, DC", "June 20, 2010").
fn signs_release(paragraphs: &[Span], text: &str, i: usize, lang: &Lang) -> bool {
    let short =
        |s: &str| s.len() <= SIGN_LINE_BYTES && !s.ends_with(['.', '!', '?', ':', '"', ';']);
    for (k, p) in paragraphs
        .iter()
        .enumerate()
        .skip(i)
        .take(SIGN_BLOCK_LINES + 1)
    {
        let s = p.of(text);
        if k > i && date::line(s, lang).is_some() {
            return true;
        }
        if !short(s) {
            return false;
        }
    }
    false
}

/// The most words of an editor's line.
const EDITOR_LINE_WORDS: usize = 4;

/// "Posts Thuy Dung": a few capitalised words without a stop or a digit (a portal's line that
/// credits its editor), where a body's paragraph would be a sentence.
fn is_editor_line(s: &str) -> bool {
    let words = s.split(' ').count();
    (2..=EDITOR_LINE_WORDS).contains(&words)
        && !s.ends_with(['.', '!', '?', ':', ','])
        && !s.bytes().any(|b| b.is_ascii_digit())
        && s.split(' ').all(scan::is_capitalised)
}

/// True when the paragraph at `i` stands again, word for word, further down (the strap
/// without the full stop the body's sentence closes with).
#[inline(never)]
fn repeated_below(text: &str, paragraphs: &[Span], i: usize) -> bool {
    let s = paragraphs[i].of(text).trim_end_matches('.');
    paragraphs[i + 1..].iter().any(|q| {
        let t = q.of(text);
        t.len() <= s.len() + 1 && t.trim_end_matches('.') == s
    })
}

/// "The President spoke today to Prime Minister X. ... President Obama also updated the Prime
/// Minister on ...": a participant the opening named by title alone, whose title opens a later
/// sentence (after its country's word or not: "UK Foreign Secretary Cooper said") with one
/// name (a surname, or a full name of a few words: "Acting Minister of Foreign Affairs Le Hoai
/// Trung congratulated ..."; no other participant's words, no country's, a lowercase word
/// after it), takes that name. Two such names name no one.
fn named_later(found: &mut [opening::Found], body: &str, lang: &Lang) {
    for i in 0..found.len() {
        if !found[i].person.role_only {
            continue;
        }
        let role = found[i].person.p.role.clone();
        let mut name: Option<String> = None;
        for (at, _) in body.match_indices(role.as_str()) {
            let rest = &body[at + role.len()..];
            let Some(rest) = rest
                .strip_prefix(' ')
                .filter(|_| opens_sentence(body, at, lang))
            else {
                continue;
            };
            let others = |w: &str| {
                found
                    .iter()
                    .any(|f| f.person.p.name.split(' ').any(|x| x == w))
            };
            let is_name = |w: &str| {
                scan::is_capitalised(w)
                    && w.chars().all(|c| c.is_alphabetic() || c == '-')
                    && (lang.script.is_name_word)(w, lang)
                    && lang.country_at(&[w]).is_none()
                    // ("Vice FM Holds Video Talks with ...": a headline's verb, not a name.)
                    && !lang.meeting_verbs.contains_ignore_case(w)
                    && !others(w)
            };
            let mut words = rest.splitn(LATER_NAME_WORDS + 2, ' ');
            let mut taken = Vec::with_capacity(LATER_NAME_WORDS);
            let next = loop {
                match words.next() {
                    Some(w) if taken.len() < LATER_NAME_WORDS && is_name(w) => taken.push(w),
                    other => break other,
                }
            };
            if taken.is_empty() || !next.is_some_and(scan::is_lowercase) {
                continue;
            }
            let w = taken.join(" ");
            match &name {
                Some(n) if *n != w => return,
                _ => name = Some(w),
            }
        }
        if let Some(n) = name {
            found[i].person.p.name = n;
            found[i].person.role_only = false;
        }
    }
}

/// For [`country_before`]: when the run of words before a name at `at` (`run`, nearest
/// first) follows a posted title ("Ambassador to"), the country written before that title
/// ("U.S. Ambassador to China X": United States, "Ambassador to China"), or no country
/// (`Some(None)`); `None` when no posted title stands there. Asked only of sentences that
/// hold a participant's name without a country.
#[allow(clippy::option_option)]
fn posted_before(
    s: &str,
    at: usize,
    run: &[&str],
    lang: &Lang,
) -> Option<Option<(&'static str, String)>> {
    let start = run.iter().map(|w| w.len() + 1).sum::<usize>() + 1;
    let before = s.get(..at.checked_sub(start)?)?.trim_end();
    let title = lang.posted_titles.iter().find(|t| before.ends_with(t))?;
    let head = before[..before.len() - title.len()].trim_end();
    let word = head.rsplit(char::is_whitespace).next().unwrap_or("");
    let country = lang.country_at(&[word]).filter(|c| c.1 == 1).map(|c| c.0);
    let mut role = String::from(title);
    for w in run.iter().rev() {
        role.push(' ');
        role.push_str(w);
    }
    Some(country.map(|c| (c, role)))
}

/// "... held phone talks with his Hungarian counterpart on Tuesday. Hungarian Minister of
/// Foreign Affairs and Trade Kovacs Gabor congratulated ...": a counterpart the opening named
/// by country alone takes the name and title of the one person a later sentence opens with,
/// after that country's adjective, when no other sentence opens with another such person.
fn named_by_country(found: &mut [opening::Found], body: &str, lang: &Lang) {
    let unnamed = |f: &opening::Found| f.person.role_only && f.person.counterpart;
    if !found
        .iter()
        .any(|f| unnamed(f) && f.person.p.country.is_some())
    {
        return;
    }
    // The body's words, split once for every such counterpart.
    let words = lang.words(body);
    let w: Vec<&str> = words.iter().map(|x| x.1).collect();
    for f in found.iter_mut() {
        let Some(country) = (f.person.p.country.clone()).filter(|_| unnamed(f)) else {
            continue;
        };
        let mut named: Option<people::Person> = None;
        for k in 0..w.len() {
            // (A paragraph's last sentence may close a quotation.)
            let opens = k == 0
                || w[k - 1]
                    .trim_end_matches(['"', '\u{201D}'])
                    .ends_with(['.', '!', '?']);
            if !opens {
                continue;
            }
            // "The European Union foreign policy chief X said": a country's name of a few
            // words, after an article, stands for its adjective before a title.
            let article = usize::from(lang.is_article(w[k]));
            let ours = lang.country_at(&w[k + article..]).is_some_and(|c| {
                c.0 == country
                    && (c.2 && c.1 == 1 && article == 0
                        || article == 1
                            && w.get(k + 1 + c.1).is_some_and(|t| {
                                lang.is_role_word(t) || lang.lower_role_words.contains(t)
                            }))
            });
            if !ours {
                continue;
            }
            let end = w.len().min(k + SUBJECT_BY_COUNTRY_WORDS);
            let Some(p) = people::named_subject(&w[k..end], lang) else {
                continue;
            };
            match &named {
                Some(n) if n.p.name != p.p.name => return,
                Some(_) => {}
                None => named = Some(p),
            }
        }
        if let Some(mut p) = named {
            p.p.country = Some(country);
            p.counterpart = true;
            f.person = p;
        }
    }
}

/// "Ethiopia's Minister of Foreign Affairs has held a phone conversation with his Estonian
/// counterpart X. ... Gedu extended his congratulations ... Gedu also briefed X ...": the one
/// participant the opening named by title alone takes the name that opens sentences as the
/// subject of a reporting verb (a single given name, as Ethiopia's and Indonesia's officials
/// are called, or a surname), when the name is no other participant's, no country's and no
/// table's word, and at least [`CUE_NAME_SENTENCES`] sentences open with it and no other such
/// name opens one.
fn named_by_cue(found: &mut [opening::Found], body: &str, lang: &Lang) {
    let mut unnamed = (0..found.len()).filter(|&k| found[k].person.role_only);
    let (Some(i), None) = (unnamed.next(), unnamed.next()) else {
        return;
    };
    let others = |w: &str| {
        found.iter().any(|f| {
            f.person
                .p
                .name
                .split(' ')
                .any(|x| case::eq_ignoring_marks(x, w))
        })
    };
    let is_name = |w: &str| {
        scan::is_capitalised(w)
            && w.chars().all(|c| c.is_alphabetic() || c == '-')
            && (lang.script.is_name_word)(w, lang)
            && !lang.is_role_word(w)
            && lang.honorific(w).is_none()
            && lang.country_at(&[w]).is_none()
            && lang.gender_of(w).is_none()
            // ("They said", "Both stressed", "This follows", "Finally agreed": a sentence's
            // common first words.)
            && !people::is_common_word(&[w], lang)
            && !lang.pronouns.contains_ignore_case(w)
            && !lang.event_determiners.contains_ignore_case(w)
            && !lang.sentence_adverbs.contains_ignore_case(w)
            && !lang.subordinators.contains_ignore_case(w)
            && !others(w)
    };
    let mut name: Option<&str> = None;
    let mut count = 0;
    // Each sentence once: the lines, then their sentences after a full stop and a space.
    for sentence in body.lines().flat_map(|l| l.split(". ")) {
        let mut words = sentence.trim_start().split(' ');
        let word = words.next().unwrap_or("");
        // A name is capitalised: most sentences are passed over by their first letter.
        if !word.starts_with(case::is_upper) {
            continue;
        }
        let v = words.next().unwrap_or("");
        // ("Gedu also briefed ...": an adverb before the verb.)
        let v = if lang.adverbs.contains(v) {
            words.next().unwrap_or("")
        } else {
            v
        };
        if !lang.is_report_word(scan::bare(v)) || !is_name(word) {
            continue;
        }
        match name {
            Some(n) if n != word => return,
            _ => {
                name = Some(word);
                count += 1;
            }
        }
    }
    if let Some(n) = name.filter(|_| count >= CUE_NAME_SENTENCES) {
        found[i].person.p.name = n.to_string();
        found[i].person.role_only = false;
    }
}

/// Sentences [`named_by_cue`] asks to open with a name before it takes it.
const CUE_NAME_SENTENCES: usize = 2;

/// The words of a country's adjective, a title and a name that [`named_by_country`] reads.
const SUBJECT_BY_COUNTRY_WORDS: usize = 16;

/// The most words of a name [`named_later`] takes after a title.
const LATER_NAME_WORDS: usize = 4;

/// True when the text at `at` opens a sentence of `body`, or follows a country's word that
/// opens one ("UK Foreign Secretary ...").
fn opens_sentence(body: &str, at: usize, lang: &Lang) -> bool {
    let before = &body[..at];
    let opens = |b: &str| b.is_empty() || b.ends_with(". ") || b.ends_with('\n');
    if opens(before) {
        return true;
    }
    // "VGP - Acting Minister ...": after an agency's credit and a dash that open the lead.
    let credited = [" - ", " – ", " — "]
        .iter()
        .find_map(|d| before.strip_suffix(d));
    if let Some(credit) = credited {
        let line_at = credit.rfind('\n').map_or(0, |i| i + 1);
        if lang.credit_of(&credit[line_at..]).is_some() {
            return true;
        }
    }
    let Some(head) = before.strip_suffix(' ') else {
        return false;
    };
    let word_at = head.rfind([' ', '\n']).map_or(0, |i| i + 1);
    let word = &head[word_at..];
    !word.is_empty() && lang.country_at(&[word]).is_some() && opens(&head[..word_at])
}

/// Words a place signing a statement may have ("New Delhi", "Ottawa, Ontario").
const SIGNATURE_PLACE_WORDS: usize = 4;

/// "New Delhi", "SINGAPORE", "Ottawa, Ontario": a few capitalised words of letters without
/// closing punctuation, on the line above the date that signs a statement.
fn is_signature_place(s: &str) -> bool {
    let letter = |c: char| c.is_alphabetic() || c == '-' || c == '.';
    !s.ends_with('.') && scan::capitalised_words(s, SIGNATURE_PLACE_WORDS, letter)
}

/// The words a page's label before the headline may have (see [`front`]).
const LABEL_WORDS: usize = 3;

/// Words a numbered section heading may take after its number.
const HEADING_WORDS: usize = 8;

/// "1. North Korea", "(2) Regional situations": a paragraph number and a few words without
/// closing punctuation.
fn is_section_heading(s: &str) -> bool {
    // Most paragraphs open with no digit or are long: told before splitting into words.
    let digit = s
        .trim_start_matches('(')
        .starts_with(|c: char| c.is_ascii_digit());
    if !digit || s.len() > 120 || !looks_like_headline(s) {
        return false;
    }
    let mut words = s.split_whitespace();
    words.next().is_some_and(lead::is_marker) && (1..=HEADING_WORDS).contains(&words.count())
}

/// The fewest words of a paragraph that opens the article's block (see [`is_front_chrome`]).
const PROSE_WORDS: usize = 6;

/// "Currency rates:", "usd/kzt 445.99", "+7 701 759 90 19", "• ру қз qz", "At a Speed of
/// Life!", "Information for the Press N°:": a line above the body that is no headline and no
/// sentence of the readout. Either a line without closing punctuation that is no text (it
/// opens with no capital, digit or quote, or most of its words hold no letter run), or a
/// short label or slogan (closed by a colon, an exclamation or a question mark).
fn is_front_chrome(s: &str) -> bool {
    if looks_like_headline(s) {
        let opens = s
            .chars()
            .next()
            .is_some_and(|c| crate::core::case::is_upper(c) || c.is_ascii_digit() || c == '"');
        if !opens {
            return true;
        }
        let (mut words, mut text) = (0, 0);
        for w in s.split(' ') {
            words += 1;
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            text += usize::from(
                !w.is_empty()
                    && w.chars()
                        .all(|c| c.is_alphabetic() || c == '-' || c == '\''),
            );
        }
        return 2 * text < words;
    }
    // (Most first paragraphs are long: told by their length before their words.)
    if s.len() >= PROSE_WORDS * 12 {
        return false;
    }
    let words = s.split(' ').count();
    match s.strip_suffix(':') {
        // "Currency rates:", "Information for the Press N°:": a label of two words, or one
        // whose last word is no word ("N°"); "A Downing Street spokesperson said:" opens the
        // statement.
        Some(label) => {
            let last = label.rsplit(' ').next().unwrap_or("");
            words <= CHROME_LABEL_WORDS || !last.chars().all(char::is_alphabetic)
        }
        // "Fana: At a Speed of Life!", "What did they agree on?": a slogan, a heading; no
        // readout opens with an exclamation or a question. (A short sentence closed by a full
        // stop may open the body: "They met.")
        None => s.ends_with(['!', '?']),
    }
}

/// "Author:", "Kudrenok Tatyana", "President of Kazakhstan Kyrgyzstan Tajikistan Akorda
/// presidential residence Kyrgyz-Tajik border conflict": after the article's last sentence, a
/// label, a name (a few capitalised words), or a list of terms (more capitalised words than
/// others: a line of tags) opens the page's foot. A clause that lost its stop ("They
/// agreed") does not.
fn is_foot_chrome(s: &str) -> bool {
    if s.ends_with(':') {
        return true;
    }
    let (mut capitals, mut others) = (0, 0);
    for w in s.split(' ') {
        if scan::is_capitalised(w) {
            capitals += 1;
        } else {
            others += 1;
        }
    }
    if others == 0 {
        return capitals <= FOOT_NAME_WORDS;
    }
    capitals + others >= PROSE_WORDS && capitals > others
}

/// The words of a name alone on a line of the page's foot.
const FOOT_NAME_WORDS: usize = 4;

/// The words of a label above the article that is chrome whatever its words.
const CHROME_LABEL_WORDS: usize = 2;

/// The longest paragraph after the article's last sentence that is read as the page's foot
/// (a line of tags, an author's name); a longer one is a sentence the copy cut short.
const FOOT_BYTES: usize = 160;

/// Where the article's block ends: the last paragraph that ends like a sentence (a full
/// stop, a question or exclamation mark, a closing quote); none (the number of paragraphs)
/// when no paragraph does, or when more lines end inside a sentence (a lowercase word, a
/// comma) than close one: a text wrapped at a fixed width.
fn last_prose(text: &str, paragraphs: &[Span]) -> usize {
    let (mut closed, mut open, mut last) = (0, 0, None);
    for (k, p) in paragraphs.iter().enumerate() {
        let s = p.of(text);
        match s.chars().next_back() {
            Some('.' | '!' | '?' | '"' | '\u{201D}') => (closed, last) = (closed + 1, Some(k)),
            _ if credited(s) => (closed, last) = (closed + 1, Some(k)),
            Some(',' | ';') => open += 1,
            _ if scan::is_lowercase(s.rsplit(' ').next().unwrap_or("")) => open += 1,
            _ => {}
        }
    }
    match last {
        Some(k) if closed >= open => k,
        _ => paragraphs.len(),
    }
}

/// Bytes at a paragraph's end read for a credit after its last sentence.
const CREDIT_TAIL_BYTES: usize = 24;

/// "... enhancing its stability. – KUNA", "... for 2020-2021./.VNA": a paragraph whose last
/// sentence is followed by a few words without a stop (an agency's credit the tables do not
/// know).
fn credited(s: &str) -> bool {
    let b = s.as_bytes();
    let tail = &b[b.len().saturating_sub(CREDIT_TAIL_BYTES)..];
    tail.windows(2)
        .any(|w| w[0] == b'.' && matches!(w[1], b' ' | b'/'))
}

/// Where the last paragraph that ends in closing punctuation stands, or 0 when none does or
/// when most lines from `from` on do not: a text wrapped at a fixed width (a copy of a PDF or an email) has
/// a line per paragraph, and a line without a full stop there is half a sentence.
fn last_punctuated(text: &str, paragraphs: &[Span], from: usize) -> usize {
    let rest = &paragraphs[from.min(paragraphs.len())..];
    let open = rest
        .iter()
        .filter(|p| looks_like_headline(p.of(text)))
        .count();
    if 2 * open > rest.len() {
        return 0;
    }
    paragraphs
        .iter()
        .rposition(|p| !looks_like_headline(p.of(text)))
        .unwrap_or(0)
}

/// A line before the body that closes on a name or a credit ("... with Secretary of State
/// Rubio", "— VNA/VNS Photo", "(Photo: VNA)"), followed by a line that opens a sentence: a
/// wrapped line of prose mostly ends in a lowercase word or a comma, or runs on.
fn is_caption(s: &str, next: &str) -> bool {
    let last = s.rsplit(' ').next().unwrap_or("");
    let opens = scan::is_capitalised(next) || next.starts_with(|c: char| c.is_ascii_digit());
    opens && !last.ends_with([',', ';']) && !scan::is_lowercase(last)
}

/// Words of a paragraph read for the place line it may open with.
const DATELINE_WORDS: usize = 16;

/// "MOSCOW, August 16. /TASS/. Russian Foreign Minister ...": a paragraph that opens with an
/// agency's place line whose place is in capitals and closed by a comma; the line without a
/// full stop above it, under the headline, is the story's strap. Out of line: asked of such
/// lines only.
#[inline(never)]
fn opens_with_dateline(next: &str, lang: &Lang) -> bool {
    let w: Vec<&str> = next.split(' ').take(DATELINE_WORDS).collect();
    // (The line runs past the place: its date and agency.)
    w.iter()
        .take(PLACE_WORDS)
        .position(|t| t.ends_with(','))
        .is_some_and(|p| lead::in_capitals(&w[..=p]) && lead::skip(&w, lang) > p + 1)
}

/// Words of a dateline's place in capitals ("ABU DHABI,").
const PLACE_WORDS: usize = 3;

/// A headline is one short line without closing punctuation (it may hold "U.S. Deputy").
fn looks_like_headline(s: &str) -> bool {
    // "... with Spirit of "Accumulating Droplets to Form a Pool"": a headline may close with a
    // quoted slogan; a sentence closes its quotation after its stop.
    let unquoted = s.strip_suffix('"').unwrap_or(s);
    s.len() <= 300 && !unquoted.ends_with(['.', '!', '?', ':', ',', '"', '。'])
}

pub(super) struct Header {
    pub title: String,
    pub title_derived: bool,
    pub date: Option<Date>,
    pub format: Option<MeetingFormat>,
    pub participants: Vec<Participant>,
    /// What the text tells of each participant's gender.
    pub genders: Vec<Option<Gender>>,
    pub publisher: Option<String>,
    /// True when the text did not tell the publisher and it came from the options.
    pub publisher_assumed: bool,
    /// Sentences (indexes into the body's) that narrate the event: the opening.
    pub narration: Vec<usize>,
}

/// What the header reads: the headline, the date line, the body's first sentences, the
/// start of the body and the chrome clues.
pub(super) struct Input<'a> {
    pub headline: Option<&'a str>,
    pub date_line: Option<Date>,
    /// The dateline of [`Front::dateline`].
    pub dateline: Option<(Option<u8>, u8)>,
    pub first: Vec<&'a str>,
    pub body: &'a str,
    /// The text's words (offsets in the text) and where the body starts in it, when split.
    pub body_words: Option<(&'a [Word<'a>], usize)>,
    pub clues: &'a [&'static str],
}

pub(super) fn header<'a>(input: Input<'a>, opts: &ParseOptions, lang: &Lang) -> Header {
    if let Some(st) = lang.script.stages {
        return scripted::header(st, &input, opts);
    }
    let cut = |s: &'a str| scan::prefix(s, OPENING_BYTES);
    let first: Vec<&str> = input.first.iter().map(|s| cut(s)).collect();
    let headline = input.headline.map(cut);
    let openings = opening::openings(first.iter().copied(), lang);
    // The first sentence that names the meeting.
    let upto = openings.sentences.first().map_or(0, |s| s.0);
    let mut narration: Vec<usize> = openings
        .sentences
        .iter()
        .filter(|s| s.1)
        .map(|s| s.0)
        .collect();
    let opening_texts: Vec<&str> = openings
        .sentences
        .iter()
        .map(|s| first[s.0].get(..s.2).unwrap_or(first[s.0]))
        .collect();
    // "Following the meeting of EU ministers this week, A spoke to B": a clause of an earlier
    // event names not this one's format.
    let mut format_texts: Vec<&str> = opening_texts
        .iter()
        .map(|o| after_earlier_event(o, lang))
        .collect();
    // "India and Canada held Foreign Office Consultations in Delhi": an opening that names
    // no person still names the format.
    // (Its meeting verb, no noun, tells it narrates the event: "held", "met".)
    if format_texts.is_empty() {
        let narrates = |o: &&&str| {
            o.split(' ').any(|w| {
                let b = scan::bare(w);
                lang.is_meeting_verb(b) && !lang.is_narration_noun(b) && scan::is_lowercase(b)
            })
        };
        format_texts.extend(
            first
                .first()
                .filter(narrates)
                .map(|o| after_earlier_event(o, lang)),
        );
    }
    let opening = opening_texts
        .first()
        .copied()
        .or(first.first().copied())
        .unwrap_or("");
    let reference = input
        .date_line
        .or_else(|| headline.and_then(|h| date::find(h, lang)).map(|d| d.0));
    // A date in the headline is the event's own ("PM meeting with President X: 10 July 2024",
    // over "met ... yesterday evening" in a text published the day after): only a full date in
    // the opening overrides it. A date line dates the text, and "yesterday" counts back from it.
    let headline_dated = input.date_line.is_none() && reference.is_some();
    let mut date = if headline_dated {
        date::event(opening, None, lang).or(reference)
    } else {
        date::event(opening, reference, lang)
    };
    // "X met Y in Beijing on Thursday, on the sidelines of ...": the day may stand after the
    // words that name the meeting, or in a sentence before the opening ("Wang Yi on Friday
    // said he hoped ... . Wang made his remarks during a meeting with ..."): the whole
    // sentences up to the opening are read when the opening's words gave only the reference
    // (for a day only: a full date there may be another event's).
    if !headline_dated && date.is_some() && date == reference {
        let to = openings.sentences.first().map_or(0, |s| s.0);
        // ("The two ministries started their first political consultations in a video
        // conference format on February 23, 2021": a sentence before the opening that names
        // the meeting's format dates it, a full date too.)
        // (Asked only of the sentences before the opening, and only of those with a year.)
        let names_format = |s: &&str| find_format(&[*s], None, lang).is_some();
        date = first
            .iter()
            .take(to + 1)
            .enumerate()
            .filter(|(k, s)| !date::may_hold_year(s) || *k < to && names_format(s))
            .filter_map(|(_, s)| date::event(s, reference, lang))
            .find(|&d| Some(d) != reference)
            .or(date);
        // "Foreign Secretary's meeting with X, 1 February 2023" over a page's date line of 2
        // February, and an opening that names no day: the headline's date is the event's (a
        // date line dates the text; never one after it).
        // (A full date holds a year, told before the words are read.)
        if date == reference {
            let dated = headline
                .filter(|h| date::may_hold_year(h))
                .and_then(|h| date::find(h, lang))
                .map(|d| d.0);
            date = dated.filter(|&d| Some(d) <= reference).or(date);
        }
    }
    let format = find_format(&format_texts, headline, lang).or_else(|| {
        // "During his phone talks with the Russian minister, Son affirmed": a leading clause of
        // the sentence after the opening names the format the opening left out.
        let next = openings.sentences.last().map_or(0, |s| s.0 + 1);
        // "A and B on Sunday discussed ways to ... They spoke on the phone for about 20
        // minutes": an agency's lead names no format; the next sentence, whose subject is all
        // of them and whose verb is a meeting verb, does, and narrates the event.
        if let Some(f) = first
            .get(next)
            .filter(|s| joint_meeting(s, lang))
            .and_then(|s| find_format(&[s], None, lang))
        {
            narration.push(next);
            return Some(f);
        }
        let clause = first
            .get(next)
            .and_then(|s| s.split_once(','))
            .map(|c| c.0)
            .filter(|c| {
                c.split(' ')
                    .next()
                    .is_some_and(|w| lang.opening_clause_words.contains(&w))
            });
        if let Some(f) = clause.and_then(|c| find_format(&[c], None, lang)) {
            return Some(f);
        }
        // "The top diplomats of South Korea and the United States had a phone conversation
        // Friday ...": an agency's lead that names no one, before the opening that does.
        let lead = openings.sentences.first().map_or(0, |s| s.0);
        first[..lead]
            .iter()
            .find_map(|s| find_format(&[s], None, lang))
    });

    // The headline adds or completes people only when the openings leave someone out.
    // "interrupted his talks with A and spoke on the phone with B", under a headline ending
    // "… with US President B": an opening with two guest links may name the wrong guest
    // first. The headline's people are added too when its last word names no one the
    // opening named.
    let unnamed = |h: &&str| {
        let last = scan::bare(h.rsplit(' ').next().unwrap_or(""));
        let named = |p: &people::Person| p.p.name.split(' ').any(|w| w == last);
        scan::is_capitalised(last)
            && lang.country_at(&[last]).is_none()
            && !openings
                .parties
                .iter()
                .any(|p| p.hosts.iter().chain(&p.guests).any(named))
    };
    let two_links = headline.as_ref().is_some_and(unnamed)
        && opening_texts
            .first()
            .is_some_and(|o| lang.guest_links.iter().any(|l| links(o, l) >= 2));
    let from_headline = headline
        .filter(|_| two_links || !openings.complete())
        .and_then(|h| people::extract(h, Kind::Headline, lang));
    let mut found = opening::merge(openings, from_headline, two_links, lang);
    // "Chancellor X of Germany then joined the call": a guest who joined later.
    let joins = lang.join_verbs.iter().any(|v| input.body.contains(v));
    for s in first.iter().filter(|_| joins) {
        let guests = people::joined(s, lang);
        if !guests.is_empty() {
            let parties = Parties {
                hosts: Vec::new(),
                guests,
                reported: false,
                clause_end: 0,
                paired: false,
            };
            opening::add(&mut found, parties, true, lang);
        }
    }
    if found.iter().any(|f| f.person.role_only) {
        named_later(&mut found, input.body, lang);
        named_by_country(&mut found, input.body, lang);
        named_by_cue(&mut found, input.body, lang);
    }
    // "Chung made the pledge during his phone talks with ...", after "Foreign Minister Chung
    // Eui-yong on Thursday pledged ...": a participant the opening names by one word takes
    // the whole name the body's first sentences give.
    for k in 0..found.len() {
        let p = &found[k].person;
        if p.role_only || p.p.name.contains(lang.script.joiner) {
            continue;
        }
        let whole = first.iter().find_map(|s| full_name(&p.p.name, s, lang));
        // Not a name another participant has: "Khoa" would be the same person twice.
        if let Some(whole) = whole.filter(|w| found.iter().all(|f| &f.person.p.name != w)) {
            found[k].person.p.name = whole;
        }
    }
    let inferred = publisher::infer(
        input.clues,
        headline,
        &found,
        input.body,
        input.body_words,
        lang,
    );
    // "received Chinese Ambassador to Vietnam Ha Vi", and nothing else tells who published:
    // an ambassador is received where he is posted, so the hosts are from there, and so is
    // the readout.
    let inferred = inferred.or_else(|| {
        let posted = found
            .iter()
            .filter(|f| !f.host)
            .find_map(|f| posted_to(&f.person.p.role, lang))?;
        // A host the text gives another country keeps it, and the rule does not apply.
        let elsewhere =
            |f: &opening::Found| f.person.p.country.as_deref().is_some_and(|c| c != posted);
        if found.iter().any(|f| f.host && elsewhere(f)) {
            return None;
        }
        let mut hosts = found.iter_mut().filter(|f| f.host).peekable();
        hosts.peek()?;
        for f in hosts.filter(|f| f.person.p.country.is_none()) {
            f.person.p.country = Some(posted.to_string());
        }
        Some(posted)
    });
    // "Vladimir Putin had a telephone conversation with ...", and nothing else tells who
    // published: a host the leaders table knows is the publisher's own official.
    let year = date.map(|d| d.year);
    let inferred = inferred.or_else(|| {
        let hosts = found
            .iter()
            .filter(|f| f.host && f.person.p.country.is_none());
        hosts
            .map(|f| &f.person.p)
            .find_map(|p| lang.leader_country(&p.name, &p.role, year))
    });
    // "Director-General Fan Yunshu held consultations with ... of the DPRK", and nothing else
    // tells: a host whose name is Chinese in pinyin is China's official.
    let inferred = inferred.or_else(|| {
        found
            .iter()
            .filter(|f| f.host && !f.person.role_only && f.person.p.country.is_none())
            .any(|f| pinyin::is_pinyin_name(&f.person.p.name))
            .then_some(lang.pinyin_country)
            .flatten()
    });
    // "Turkish President Recep Tayyip Erdoğan held a telephone conversation with ...", and
    // nothing else tells: the country the opening (or a sentence before it) writes before the
    // hosts' names is theirs, and the publisher's, when no guest is given it. (A country a
    // later sentence gives a host the opening left untitled tells no publisher.)
    let inferred =
        inferred.or_else(|| host_country(&found, &first[..first.len().min(upto + 1)], lang));
    let publisher = opts
        .publisher_correction
        .clone()
        .or(inferred.map(str::to_string))
        .or_else(|| opts.publisher.clone());
    let publisher_assumed =
        opts.publisher_correction.is_none() && inferred.is_none() && publisher.is_some();
    // A participant the opening left without a country: the one written before their name
    // in the body's first sentences ("Czech Prime Minister Mirek Topolánek"). A host takes
    // the publisher's country below instead, unless the text tells no publisher and the
    // opening gave the host no title either ("Mirek Topolánek spoke on the phone with").
    let missing = |f: &&mut opening::Found| {
        let p = &f.person.p;
        let host_unknown = inferred.is_none() && p.role.is_empty();
        !f.person.role_only && p.country.is_none() && (!f.host || host_unknown)
    };
    for f in found.iter_mut().filter(missing) {
        let p = &mut f.person.p;
        let said = first.iter().find_map(|s| country_before(&p.name, s, lang));
        if let Some((country, title)) = said {
            p.country = Some(country.to_string());
            if p.role.is_empty() {
                p.role = title;
            }
        } else if let Some(c) = lang.leader_country(&p.name, &p.role, year) {
            // "The Prime Minister spoke to President Macron": who he is tells the country.
            p.country = Some(c.to_string());
        }
    }
    // "Secretary of State for Foreign and Commonwealth Affairs Boris Johnson", "Laura X,
    // senior director ... of the White House National Security Council": a title only one
    // government gives, or an institution of one in the title, tells whose official (a guest,
    // or a host when the publisher is not known).
    for f in found.iter_mut().filter(|f| f.person.p.country.is_none()) {
        let p = &mut f.person.p;
        if f.host && inferred.is_some() {
            continue;
        }
        let after = || first.iter().find_map(|s| country_after(&p.name, s, lang));
        p.country = lang
            .titled_country(&p.role)
            .or_else(after)
            .map(str::to_string);
    }
    if let Some(home) = &publisher {
        for f in found.iter_mut().filter(|f| f.host) {
            f.person.p.country.get_or_insert_with(|| home.clone());
        }
    }
    the_one_other_country(&mut found, &first[..first.len().min(upto + 1)], lang);
    let genders = opening::genders(&found);
    let (title, title_derived) = match &headline {
        Some(h) => (h.to_string(), false),
        None => {
            let side = |host: bool| -> Vec<Participant> {
                let of_side = found.iter().filter(|f| f.host == host);
                of_side.map(|f| f.person.p.clone()).collect()
            };
            let (hosts, guests) = (side(true), side(false));
            (derive_title(&hosts, &guests, format, opening, lang), true)
        }
    };
    Header {
        title,
        title_derived,
        date,
        format,
        participants: found.into_iter().map(|f| f.person.p).collect(),
        genders,
        publisher_assumed,
        publisher,
        narration,
    }
}

/// Words of an appositive after a name that [`country_after`] reads.
const APPOSITIVE_WORDS: usize = 16;

/// "Wang and Fukuda, former Japanese Prime Minister, ...", "and Laura X, senior director
/// for China affairs of the White House National Security Council, ...": the country an
/// appositive after a participant's name in `s` gives, by an institution of one
/// ([`Lang::institutions`]) or a country's adjective before a title. Asked only of participants
/// the text gave no country before their names.
fn country_after(name: &str, s: &str, lang: &Lang) -> Option<&'static str> {
    if name.is_empty() {
        return None;
    }
    // The whole name, or its last word ("Fukuda, former Japanese Prime Minister"), before a
    // comma.
    let last = name.rsplit(' ').next().unwrap_or(name);
    let rest = [name, last].iter().find_map(|n| {
        s.match_indices(n)
            .filter(|(at, _)| *at == 0 || s[..*at].ends_with(' '))
            .find_map(|(at, _)| s[at + n.len()..].strip_prefix(", "))
    })?;
    let mut words = [""; APPOSITIVE_WORDS];
    let mut n = 0;
    for w in rest.split(' ').take(APPOSITIVE_WORDS) {
        words[n] = scan::bare(w);
        n += 1;
        // The appositive ends at its comma or the sentence's stop.
        if w.ends_with([',', '.', ';', ':']) {
            break;
        }
    }
    let words = &words[..n];
    (0..n)
        .filter(|&i| scan::is_capitalised(words[i]))
        .find_map(|i| {
            lang.institution_at(&words[i..]).or_else(|| {
                let (c, k, adjective) = lang.country_at(&words[i..])?;
                let titled = words.get(i + k).is_some_and(|w| lang.is_role_word(w));
                (adjective && titled).then_some(c)
            })
        })
}

/// The country of the hosts as the text gives it, in the opening or before their names in the
/// body's first sentences, when the hosts agree on one and no guest is given it.
fn host_country(found: &[opening::Found], first: &[&str], lang: &Lang) -> Option<&'static str> {
    let mut country = None;
    for f in found.iter().filter(|f| f.host) {
        let p = &f.person.p;
        let c = match &p.country {
            Some(c) => lang.country(c)?,
            None if f.person.role_only => continue,
            None => match first.iter().find_map(|s| country_before(&p.name, s, lang)) {
                Some((c, _)) => c,
                None => continue,
            },
        };
        if country.is_some_and(|x| x != c) {
            return None;
        }
        country = Some(c);
    }
    let country = country?;
    let guest_shares = found
        .iter()
        .filter(|f| !f.host)
        .any(|f| f.person.p.country.as_deref() == Some(country));
    (!guest_shares).then_some(country)
}

/// "Czech Prime Minister Mirek Topolánek", "the French President Emmanuel Macron": the country
/// written before a participant's name (and its titles and other name words) in `s`, one of
/// the body's first sentences, for a participant the opening left without one; and the title
/// written there.
fn country_before(name: &str, s: &str, lang: &Lang) -> Option<(&'static str, String)> {
    if name.is_empty() || s.len() <= name.len() {
        return None;
    }
    // A byte scan for the name's first byte (a searcher's set-up costs more than a sentence).
    let (hay, needle) = (s.as_bytes(), name.as_bytes());
    let starts = (0..=hay.len() - needle.len())
        .filter(|&i| hay[i] == needle[0] && hay[i..].starts_with(needle) && s.is_char_boundary(i));
    for at in starts {
        // The words just before the name, back to the first that is neither a title nor a
        // capitalised name word; a sentence's end stops them.
        let mut run = [""; 6];
        let mut n = 0;
        for w in s[..at].rsplit(char::is_whitespace).skip(1).take(run.len()) {
            let word = !w.is_empty()
                && !w.ends_with(['.', ',', ';', ':'])
                && (scan::is_capitalised(w) || lang.is_role_word(w));
            if !word {
                break;
            }
            run[n] = w;
            n += 1;
        }
        // "U.S. Ambassador to China Nicholas Burns": the country after a posted title is
        // where the participant serves; theirs is the one before the title, if any.
        if let Some(c) = posted_before(s, at, &run[..n], lang) {
            return c;
        }
        // Every word of the run is a title or a name word: the first country in it is the
        // participant's, and the titles right after it are their title.
        let run = &mut run[..n];
        run.reverse();
        let found = (0..run.len()).find_map(|i| lang.country_at(&run[i..]).map(|c| (c, i)));
        if let Some(((country, k, _), i)) = found {
            let titled = run[i + k..].iter().take_while(|w| lang.is_role_word(w));
            return Some((country, titled.copied().collect::<Vec<_>>().join(" ")));
        }
    }
    None
}

/// The name words a sentence writes around `name`, a name of one word, when it writes more
/// ("Chung Eui-yong" around "Chung" in "Foreign Minister Chung Eui-yong on Thursday
/// pledged"): at most two before it and two after it, none a title, a country or a weekday.
/// "Presidents Obama and Calderon spoke ... about close U.S.-Mexican cooperation": the one
/// named participant the text gives no country, when every other has one and the opening's
/// sentences pair one of theirs with one other country ("U.S.-Mexican", "UK-Italy"), and
/// with no more than one, is from it. (A country named alone may be the topic: "the situation
/// in Libya".)
fn the_one_other_country(found: &mut [opening::Found], first: &[&str], lang: &Lang) {
    let mut without = found
        .iter()
        .enumerate()
        .filter(|(_, f)| f.person.p.country.is_none());
    let (Some((k, f)), None) = (without.next(), without.next()) else {
        return;
    };
    if f.person.role_only || found.len() < 2 {
        return;
    }
    let known: Vec<&str> = found
        .iter()
        .filter_map(|f| f.person.p.country.as_deref())
        .collect();
    let mut other: Option<&'static str> = None;
    // (Told by a hyphen or a dash in the word: most words have none.)
    let pairs = first
        .iter()
        .flat_map(|s| s.split(' '))
        .filter(|w| w.contains(['-', '–']));
    for w in pairs {
        let b = scan::bare(w);
        let b = lang
            .possessives
            .iter()
            .find_map(|p| scan::strip_suffix(b, p))
            .unwrap_or(b);
        let Some((l, r)) = b.split_once(['-', '–']) else {
            continue;
        };
        let one = |x: &str| lang.country_at(&[x]).filter(|c| c.1 == 1).map(|c| c.0);
        let (Some(a), Some(c)) = (one(l), one(r)) else {
            continue;
        };
        let new = match (known.contains(&a), known.contains(&c)) {
            (true, false) => c,
            (false, true) => a,
            _ => continue,
        };
        match other {
            Some(o) if o != new => return,
            _ => other = Some(new),
        }
    }
    if let Some(c) = other {
        found[k].person.p.country = Some(c.to_string());
    }
}

fn full_name(name: &str, s: &str, lang: &Lang) -> Option<String> {
    if name.is_empty() || !s.contains(name) {
        return None;
    }
    let words: Vec<&str> = s.split(' ').collect();
    let name_word = |w: &str| {
        let b = scan::bare(w);
        // A headline's capitalised verb or noun ("Meets", "Talks") and a possessive ("Hale's")
        // are no name words either.
        let headline_word = || {
            let lower = b.to_ascii_lowercase();
            lang.is_meeting_verb(&lower) || lang.is_narration_noun(&lower)
        };
        !b.is_empty()
            && (lang.script.is_name_word)(b, lang)
            && lang.country_at(&[b]).is_none()
            && !lang.weekdays.contains(&b)
            && lang.honorific(b).is_none()
            && !lang.is_article(b)
            && !lang.post_nominals.contains(&b)
            && !w.contains('\'')
            && !headline_word()
            // ("Presidents Obama and Calderon": a plural title, no given name.)
            && !people::is_plural_title(b, lang)
    };
    for (i, w) in words.iter().enumerate() {
        if scan::bare(w) != name {
            continue;
        }
        // A sentence's first word is capitalised whatever it is: a common one is no name.
        let common = |k: usize| {
            let b = scan::bare(words[k]);
            k == 0
                && (lang.gender_of(b).is_some()
                    || lang.is_article(b)
                    || lang.opening_clause_words.contains(&words[k])
                    || lang.sentence_adverbs.contains_ignore_case(b))
        };
        let mut start = i;
        while start > 0
            && i - start < FULL_NAME_SIDE
            && name_word(words[start - 1])
            && !common(start - 1)
        {
            // A word closed by a comma or a full stop ends the phrase before the name.
            if words[start - 1].ends_with([',', '.', ';', ':']) {
                break;
            }
            start -= 1;
        }
        let mut end = i + 1;
        if !w.ends_with([',', '.', ';', ':']) {
            while end < words.len() && end - i <= FULL_NAME_SIDE && name_word(words[end]) {
                end += 1;
                if words[end - 1].ends_with([',', '.', ';', ':']) {
                    break;
                }
            }
        }
        let run: Vec<&str> = words[start..end].iter().map(|w| scan::bare(w)).collect();
        // "States" in "the United States" is no one's name.
        if run.len() > 1 && lang.country_at(&run).is_none() {
            return Some(run.join(lang.script.joiner));
        }
    }
    None
}

/// Name words [`full_name`] takes on either side of a one-word name.
const FULL_NAME_SIDE: usize = 2;

/// How many times `link` stands as a word in `s` (ASCII case as written).
fn links(s: &str, link: &str) -> usize {
    s.split(' ').filter(|w| *w == link).count()
}

/// Words a joint subject may take before its meeting verb ("The two ministers spoke").
const JOINT_MEETING_WORDS: usize = 4;

/// "They spoke on the phone ...", "The two ministers held phone talks ...": a sentence whose
/// subject is one of [`Lang::joint_subjects`] and whose verb is a meeting verb.
fn joint_meeting(s: &str, lang: &Lang) -> bool {
    let words: Vec<&str> = s.split(' ').take(JOINT_MEETING_WORDS + 1).collect();
    let Some(v) = (1..words.len()).find(|&i| lang.is_meeting_verb(scan::bare(words[i]))) else {
        return false;
    };
    let subject = &words[..v];
    lang.joint_subjects.iter().any(|j| {
        j.split(' ').count() == subject.len()
            && j.split(' ')
                .zip(subject)
                .all(|(a, b)| scan::eq_ignore_case(a, b))
    })
}

/// `opening` after its leading clause when the clause tells of an earlier event (one of
/// [`Lang::earlier_event_words`] first: "Following the meeting of ..., A spoke to B"), else
/// all of it.
fn after_earlier_event<'a>(opening: &'a str, lang: &Lang) -> &'a str {
    let first = opening.split(' ').next().unwrap_or("");
    if !lang.earlier_event_words.contains(&first) {
        return opening;
    }
    opening.split_once(", ").map_or(opening, |(_, rest)| rest)
}

/// The format the openings name, else the headline, else a weak hint of the openings
/// ("spoke with": a call): the first phrase of each table (most specific first) found.
fn find_format(openings: &[&str], headline: Option<&str>, lang: &Lang) -> Option<MeetingFormat> {
    let in_table = |s: &str, weak: bool| {
        // The format is named near the start; a bound keeps the look-up cheap. The phrases are
        // compared ignoring ASCII case: no lowercase copy of the opening.
        let head = scan::prefix(s, 600);
        let edge = |c: char| !c.is_alphanumeric() && c != '-';
        // An ASCII word is trimmed byte by byte, another by its characters (the same edges).
        let mut words: Vec<&str> = Vec::with_capacity(head.len() / 4 + 1);
        words.extend(head.split_ascii_whitespace().map(|w| {
            if w.is_ascii() {
                let b = w.as_bytes();
                let keep = |x: &u8| x.is_ascii_alphanumeric() || *x == b'-';
                let start = b.iter().position(keep).unwrap_or(b.len());
                let end = b.iter().rposition(keep).map_or(start, |e| e + 1);
                &w[start..end]
            } else {
                w.trim_matches(edge)
            }
        }));
        lang.format_in(&words, weak)
    };
    let said = openings.iter().find_map(|o| in_table(o, false));
    let titled = || in_table(headline?, false);
    // "Readout of the President's Call with ...", then "spoke today, continuing their close
    // consultations": a headline that names the medium (a call, a video meeting) outweighs an
    // opening's general noun for what they held.
    let general = |f: MeetingFormat| {
        matches!(
            f,
            MeetingFormat::Consultation | MeetingFormat::Meeting | MeetingFormat::Talks
        )
    };
    let medium = |f: &MeetingFormat| {
        matches!(
            f,
            MeetingFormat::PhoneCall | MeetingFormat::VideoMeeting | MeetingFormat::VideoConference
        )
    };
    match said {
        Some(f) if general(f) => titled().filter(medium).or(said),
        Some(f) => Some(f),
        None => titled(),
    }
    .or_else(|| openings.iter().find_map(|o| in_table(o, true)))
}

/// "Luo Zhaohui Holds a Video Meeting with Nguyen Quoc Dung of Vietnam".
fn derive_title(
    hosts: &[Participant],
    guests: &[Participant],
    format: Option<MeetingFormat>,
    opening: &str,
    lang: &Lang,
) -> String {
    // "A and B held talks": the first named is the host, the others the guests.
    let (hosts, guests) = match (hosts, guests) {
        ([first, rest @ ..], []) if !rest.is_empty() => (std::slice::from_ref(first), rest),
        pair => pair,
    };
    if hosts.is_empty() || guests.is_empty() {
        let words: Vec<&str> = lang.words(opening).iter().map(|w| w.1).take(16).collect();
        let mut t = words.join(lang.script.joiner);
        if words.len() == 16 {
            t.push_str(" ...");
        }
        return t.trim_end_matches('.').to_string();
    }
    let template = format
        .and_then(|f| lang.phrasing.titles.iter().find(|p| p.0 == f))
        .map_or(lang.phrasing.title_default, |p| p.1);
    let host_names: Vec<String> = hosts.iter().map(|p| p.name.clone()).collect();
    let guest_names: Vec<String> = guests
        .iter()
        .map(|p| match &p.country {
            Some(c) => {
                let with_article = lang.countries_with_article.contains(&c.as_str());
                let t = if with_article {
                    lang.phrasing.of_country_article
                } else {
                    lang.phrasing.of_country
                };
                scan::replace(&scan::replace(t, "{name}", &p.name), "{country}", c)
            }
            None => p.name.clone(),
        })
        .collect();
    let hosts = scan::replace(template, "{hosts}", &lang.list(&host_names));
    scan::replace(&hosts, "{guests}", &lang.list(&guest_names))
}

/// The country an envoy's title says he is posted to: "Ambassador to Vietnam" is Vietnam.
fn posted_to(role: &str, lang: &Lang) -> Option<&'static str> {
    // At each space, whether a title ends there ("Ambassador to"): no substring search.
    role.char_indices()
        .filter(|&(_, c)| c == ' ')
        .find_map(|(i, _)| {
            let head = &role[..i];
            lang.posted_titles.iter().find(|t| head.ends_with(*t))?;
            lang.country(&role[i + 1..])
        })
}

#[cfg(test)]
mod tests;
