//! Who published the readout, told by the text (see PUBLISHERS.md, "The publisher").
//!
//! Takes the chrome clues the cleaning stage found, the headline, the participants and the
//! start of the body; gives the publisher's country when the text tells it. Clues vote:
//! - strong: a ministry's own lines and navigation ("Office of the Spokesperson", "The White
//!   House", Hangul menus), an agency's credit, a host titled as only that government titles
//!   its own ("Secretary of State", "Foreign Secretary", "State Councilor");
//! - medium: a host whose country the text gives while a guest's differs ("Minister for
//!   Foreign Affairs of Japan"), a host titled as that government and others title their own
//!   ("Minister for Foreign Affairs": Japan, Singapore), a headline in the publisher's form
//!   ("Readout of President", "PM call with", "Japan-Kenya ..."), words only its own texts
//!   write ("Việt Nam");
//! - weak: the other country of bilateral pairs with a counterpart's ("China-Austria
//!   relations", "the United States and Poland"), a country not theirs that opens a sentence
//!   as its subject ("China is ready to ..."), whose stance a sentence states ("reiterated
//!   Canada's support", [`Lang::stance_nouns`]), or that a guest is invited to visit ("to
//!   visit India", [`Lang::visit_words`]).
//!
//! The country with the most votes wins; a tie tells nothing (the caller then uses the
//! user's setting, and says so).

use super::opening::Found;
use crate::core::parse::lang::{Lang, Publisher, MAX_PUBLISHERS};
use crate::core::parse::scan::{self, Word};

/// Bytes of the body read for words and pairs: a readout says who it is early.
const BODY_BYTES: usize = 1200;

/// At most this many pairs and this many sentence subjects vote.
const MAX_PAIRS: u32 = 3;
const MAX_SUBJECTS: u32 = 2;

const STRONG: u32 = 4;
const MEDIUM: u32 = 2;
const WEAK: u32 = 1;

#[derive(Default)]
struct Votes(Vec<(&'static str, u32)>);

impl Votes {
    fn add(&mut self, country: &'static str, n: u32) {
        match self.0.iter_mut().find(|v| v.0 == country) {
            Some(v) => v.1 += n,
            None => self.0.push((country, n)),
        }
    }

    /// How far the leader is ahead of the next.
    fn margin(&self) -> u32 {
        let (mut first, mut second) = (0, 0);
        for &(_, n) in &self.0 {
            if n > first {
                second = first;
                first = n;
            } else if n > second {
                second = n;
            }
        }
        first - second
    }

    /// The single country with the most votes.
    fn winner(&self) -> Option<&'static str> {
        let best = self.0.iter().map(|v| v.1).max()?;
        let mut top = self.0.iter().filter(|v| v.1 == best);
        match (top.next(), top.next()) {
            (Some(v), None) if best > 0 => Some(v.0),
            _ => None,
        }
    }
}

pub(super) fn infer(
    clues: &[&'static str],
    headline: Option<&str>,
    found: &[Found],
    body: &str,
    body_words: Option<(&[Word], usize)>,
    lang: &Lang,
) -> Option<&'static str> {
    let body = scan::prefix(body, BODY_BYTES);
    let mut v = Votes::default();
    for &c in clues.iter().take(4) {
        v.add(c, STRONG);
    }
    for f in found.iter().filter(|f| f.host) {
        let role = f.person.p.role.as_str();
        match &f.person.p.country {
            None => {
                let by = lang.home_titles(role);
                for (k, p) in lang.publishers.iter().enumerate().take(MAX_PUBLISHERS) {
                    if by.own & 1 << k != 0 {
                        v.add(p.country, STRONG);
                    } else if by.shared & 1 << k != 0 && names_country(body, headline, p.country) {
                        // A title others give their own too ("Minister for Foreign Affairs":
                        // Japan's, Finland's) tells only a text that names the country.
                        v.add(p.country, MEDIUM);
                    }
                }
            }
            Some(c) => {
                // The host's country as the text gives it tells when no guest's is the same:
                // it differs, or the readout names no guest's country or no guest ("Minister
                // ... of Japan, attended the G7").
                let guests = found.iter().filter(|g| !g.host);
                let differs = guests
                    .map(|g| g.person.p.country.as_ref())
                    .all(|x| x.is_none_or(|x| x != c));
                if let (true, Some(name)) = (differs, lang.country(c)) {
                    v.add(name, MEDIUM);
                }
            }
        }
    }
    // "ISLAMABAD - Foreign Minister ...", "KUWAIT: ...": a story filed at a publisher's seat.
    // A place that is no publisher's ("UNITED NATIONS, ...") tells nothing, and an agency's
    // credit (strong) outweighs the place it filed from ("WASHINGTON, May 3 (Yonhap) --").
    if let Some(place) = dateline_place(body) {
        let home = |p: &&Publisher| p.home_places.iter().any(|h| h.eq_ignore_ascii_case(place));
        if let Some(p) = lang.publishers.iter().find(home) {
            v.add(p.country, MEDIUM);
        }
    }
    if let Some(h) = headline {
        for p in lang.publishers {
            if p.headline_openings
                .iter()
                .any(|o| scan::starts_with_ignore_case(h, o))
            {
                v.add(p.country, MEDIUM);
            }
        }
    }
    // Words and pairs tell only when nothing strong does: a strong clue ahead by a strong
    // vote's worth is not overturned by them (and the body is not searched for them).
    if v.margin() < STRONG {
        cited_ministry(body, body_words, lang, &mut v);
    }
    if v.margin() < STRONG {
        own_words(body, headline, lang, &mut v);
    }
    // Pairs and subjects tell only when nothing stronger does.
    if v.margin() < STRONG {
        pairs(body, body_words, found, lang, &mut v);
    }
    v.winner()
}

/// The most bytes of a dateline's place ("KUWAIT CITY", "ABU DHABI").
const PLACE_BYTES: usize = 16;

/// The place a dateline opens the body with: "ISLAMABAD - ...", "KUWAIT: ...", "Tehran: ...",
/// "MOSCOW, May 2 ..." (a word or two, capitalised, closed by a comma, a colon, a dash or an
/// agency's bracket).
pub(super) fn dateline_place(body: &str) -> Option<&str> {
    // Told by the first byte: most bodies open with a capital, few places run past a few bytes.
    if !body.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    let head = scan::prefix(body, PLACE_BYTES + 2);
    let end = head.find([',', ':', '(', '-', '–', '—'])?;
    let place = head[..end].trim_end();
    let words = || place.split(' ');
    (!place.is_empty() && words().count() <= 2 && words().all(scan::is_capitalised))
        .then_some(place)
}

/// Votes, strongly, for each country whose ministry or office the start of the body cites as
/// its source ([`Lang::ministry_names`] after the country's adjective or possessive, with one
/// of [`Lang::source_after`] right after it or [`Lang::source_before`] right before the
/// country): "..., the Russian Foreign Ministry said", "This information was relayed by the
/// Russian Ministry of Foreign Affairs", "according to Turkey's Communications Directorate". A
/// copy that says whose readout it reports tells its publisher as a credit does; a ministry
/// named otherwise ("Director of ... of the Chinese Foreign Ministry") tells nothing.
fn cited_ministry(body: &str, words: Option<(&[Word], usize)>, lang: &Lang, v: &mut Votes) {
    // A ministry's name must follow the country: a body that holds none is passed over (a
    // search for each of the few names instead of a look-up of every capitalised word).
    if !lang.ministry_names.iter().any(|m| body.contains(m)) {
        return;
    }
    // The body's words: the text's, split by the caller (no split here), else split now.
    let owned;
    let words: &[Word] = match words {
        Some((all, at)) => &all[scan::words_between(all, 0, at, at + body.len()).0],
        None => {
            owned = lang.words(body);
            &owned
        }
    };
    let base = body.as_ptr() as usize;
    let offset = |w: &str| (w.as_ptr() as usize).wrapping_sub(base);
    let mut voted: Option<&'static str> = None;
    for (i, &(_, w)) in words.iter().enumerate() {
        // Told by the first byte, then one look-up: most words open no country.
        if !w.starts_with(|c: char| c.is_ascii_uppercase()) {
            continue;
        }
        let stem = possessive_stem(w, lang);
        if !lang.opens_country(stem) {
            continue;
        }
        let next = words.get(i + 1).map_or("", |x| x.1);
        let (country, last) = match lang.country_at(&[stem, possessive_stem(next, lang)]) {
            Some((c, 2, _)) => (c, next),
            Some((c, 1, _)) => (c, w),
            _ => continue,
        };
        let (at, end) = (offset(w), offset(last) + last.len());
        if voted != Some(country) && end <= body.len() && cited(body, at, end, lang) {
            v.add(country, STRONG);
            voted = Some(country);
        }
    }
}

/// A word bare of punctuation and of a possessive ("Turkey's" -> "Turkey").
fn possessive_stem<'a>(w: &'a str, lang: &Lang) -> &'a str {
    let b = scan::bare(w);
    lang.possessives
        .iter()
        .find_map(|p| scan::strip_suffix(b, p))
        .unwrap_or(b)
}

/// For [`cited_ministry`]: true when a country's words at `at..end` of `body` are followed by a
/// ministry's name, and the words around make it the source.
fn cited(body: &str, at: usize, end: usize, lang: &Lang) -> bool {
    let Some(rest) = body.get(end..).and_then(|r| r.strip_prefix(' ')) else {
        return false;
    };
    let Some(m) = lang.ministry_names.iter().find(|m| rest.starts_with(*m)) else {
        return false;
    };
    let after = &rest[m.len()..];
    // A name inside a word ("MFAs") is none.
    if after.starts_with(|c: char| c.is_alphanumeric()) {
        return false;
    }
    let cued_after = lang.source_after.iter().any(|w| {
        let r = if w.starts_with('\'') {
            Some(after)
        } else {
            after.strip_prefix(' ')
        };
        r.is_some_and(|r| {
            r.starts_with(w) && !r[w.len()..].starts_with(|c: char| c.is_alphanumeric())
        })
    });
    if cued_after {
        return true;
    }
    let lead = body[..at].trim_end();
    lang.source_before.iter().any(|w| {
        lead.len() >= w.len()
            && lead.is_char_boundary(lead.len() - w.len())
            && lead[lead.len() - w.len()..].eq_ignore_ascii_case(w)
            && lead[..lead.len() - w.len()]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric())
    })
}

/// True when `body` (its start) or the headline names `country` (or its adjective: "Japan"
/// in "Japanese").
fn names_country(body: &str, headline: Option<&str>, country: &str) -> bool {
    body.contains(country) || headline.is_some_and(|h| h.contains(country))
}

/// Votes for each publisher one of whose own words (`Publisher::own_words`) the start of the
/// body or the headline holds.
fn own_words(body: &str, headline: Option<&str>, lang: &Lang, v: &mut Votes) {
    // One pass over each text (see `Lang::own_words_in`), whatever the number of words.
    let mut seen = [false; MAX_PUBLISHERS];
    let n = lang.publishers.len().min(MAX_PUBLISHERS);
    lang.own_words_in(body, &mut seen[..n]);
    if let Some(h) = headline {
        lang.own_words_in(h, &mut seen[..n]);
    }
    for (p, _) in lang.publishers.iter().zip(seen).filter(|x| x.1) {
        v.add(p.country, MEDIUM);
    }
}

/// Votes for the other country of every pair with a counterpart's country: "China-Austria",
/// "Russian-Mongolian", "China and Austria", "the United States and Poland". Over 80 lines: the
/// word helpers (`stem`, `country_from`) are closures over this body's words, shared by the two
/// passes below (subjects, then pairs).
fn pairs(body: &str, words: Option<(&[Word], usize)>, found: &[Found], lang: &Lang, v: &mut Votes) {
    let theirs: Vec<&str> = found
        .iter()
        .filter(|f| !f.host)
        .filter_map(|f| f.person.p.country.as_deref())
        .collect();
    if theirs.is_empty() {
        return;
    }
    let raw = body_words(body, words, lang);
    // A word bare of punctuation and of a possessive ("China's" -> "China").
    let stem = |i: usize| {
        let b = scan::bare(raw[i]);
        lang.possessives
            .iter()
            .find_map(|p| scan::strip_suffix(b, p))
            .unwrap_or(b)
    };
    // The country that the words from `i` start with: only capitalised words are looked up.
    let country_from = |i: usize| {
        if !raw.get(i).is_some_and(|w| scan::is_capitalised(w)) {
            return None;
        }
        // Most capitalised words (names, titles) open no country: one look-up rejects them
        // before the words after them are stemmed.
        if !lang.opens_country(stem(i)) {
            return None;
        }
        let mut words = [""; 6];
        let n = (raw.len() - i).min(words.len());
        for (k, slot) in words.iter_mut().take(n).enumerate() {
            *slot = stem(i + k);
        }
        lang.country_at(&words[..n])
    };
    // "China is ready to ...": a country that opens a sentence as its subject, not theirs.
    let mut subjects = 0;
    for i in 0..raw.len() {
        let opens = i == 0 || matches!(raw[i - 1].as_bytes().last(), Some(b'.' | b'!' | b'?'));
        if !opens || subjects >= MAX_SUBJECTS || raw[i].ends_with("'s") {
            continue;
        }
        if let Some((c, n, false)) = country_from(i) {
            if !theirs.contains(&c) && raw.get(i + n).is_some_and(|w| scan::is_lowercase(w)) {
                v.add(c, WEAK);
                subjects += 1;
            }
        }
    }
    // "Prime Minister Marsh reiterated Canada's support": a country's possessive before a
    // noun of its side's stance, not theirs. Found from the body's apostrophes (a byte search:
    // few words have one), each the word it stands in (the words lie in order in the text).
    let base = body.as_ptr() as usize;
    let offset = |w: &str| (w.as_ptr() as usize).wrapping_sub(base);
    let (mut stances, mut from) = (0, 0);
    while stances < MAX_SUBJECTS {
        let Some(p) = body.get(from..).and_then(|rest| rest.find('\'')) else {
            break;
        };
        let p = from + p;
        from = p + 1;
        let i = raw.partition_point(|w| offset(w) <= p); // the word after the apostrophe's
        if i == 0 || i >= raw.len() {
            continue;
        }
        let owner = raw[i - 1];
        let possessive = lang.possessives.iter().any(|p| owner.ends_with(p));
        if !possessive || !lang.stance_nouns.contains(&scan::bare(raw[i])) {
            continue;
        }
        // The country's words end at the possessive: "Canada's", "the United States'".
        let Some((c, k)) = (1..=i.min(3)).find_map(|k| {
            let c = country_from(i - k)?;
            (c.1 == k && !c.2).then_some((c.0, k))
        }) else {
            continue;
        };
        // "thanked the minister for Indonesia's support", "for the United States' support":
        // the other side's stance.
        let mut before = i - k;
        if before > 0 && lang.is_article(scan::bare(raw[before - 1])) {
            before -= 1;
        }
        let thanked = before > 0 && lang.thanks_links.contains(&scan::bare(raw[before - 1]));
        // "the UK, Italy and Sweden's cooperation": the last of a list owns with the others.
        let listed = before > 0
            && (scan::same(raw[before - 1], lang.and_word) || raw[before - 1].ends_with(','));
        if !thanked && !listed && !theirs.contains(&c) {
            v.add(c, WEAK);
            stances += 1;
        }
    }
    // "invited President X to visit India": a visit to a country not theirs is to the host's.
    // (Told by the verb's first byte: few words open with a "v".)
    if let Some(c) = (0..raw.len().saturating_sub(1))
        .filter(|&i| raw[i].starts_with('v') && lang.visit_words.contains(&raw[i]))
        .find_map(|i| country_from(i + 1).filter(|c| !c.2 && !theirs.contains(&c.0)))
    {
        v.add(c.0, WEAK);
    }
    let mut seen = 0;
    let mut vote = |a: &'static str, b: &'static str| {
        if seen < MAX_PAIRS && a != b {
            if theirs.contains(&a) && !theirs.contains(&b) {
                v.add(b, WEAK);
                seen += 1;
            } else if theirs.contains(&b) && !theirs.contains(&a) {
                v.add(a, WEAK);
                seen += 1;
            }
        }
    };
    for i in 0..raw.len() {
        let w = raw[i];
        if scan::is_capitalised(w) && w.as_bytes().contains(&b'-') {
            let one = |x: &str| lang.country_at(&[x]).map(|c| c.0);
            if let Some((l, r)) = stem(i).split_once('-') {
                if let (Some(a), Some(b)) = (one(l), one(r)) {
                    vote(a, b);
                }
            }
        }
        if i == 0 || !scan::same(w, lang.and_word) {
            continue;
        }
        // ("the UK, Italy and Sweden": the last two of a list are no pair.)
        let left = (1..=i.min(3)).find_map(|k| {
            let c = country_from(i - k)?;
            let listed = i > k && raw[i - k - 1].ends_with(',');
            (c.1 == k && !listed).then_some(c.0)
        });
        let article = raw
            .get(i + 1)
            .is_some_and(|a| lang.is_article(scan::bare(a)));
        let right = country_from(i + 1).or_else(|| country_from(i + 2).filter(|_| article));
        if let (Some(a), Some(b)) = (left, right.map(|c| c.0)) {
            vote(a, b);
        }
    }
}

/// The words of `body` (a start of the body): taken from the text's words when the caller
/// split them (`words`: the text's, offsets in it, and where the body starts), the one that
/// `body` cuts cut the same; else split here.
fn body_words<'a>(body: &'a str, words: Option<(&[Word<'a>], usize)>, lang: &Lang) -> Vec<&'a str> {
    let mut out = Vec::with_capacity(body.len() / 4 + 1);
    let Some((all, at)) = words else {
        out.extend(lang.words(body).iter().map(|w| w.1));
        return out;
    };
    let end = at + body.len();
    let (range, over_start, _) = scan::words_between(all, 0, at, end);
    // A word that runs over the body's start is not one of the body's (none does: paragraphs
    // are cut at line ends).
    if over_start {
        out.extend(lang.words(body).iter().map(|w| w.1));
        return out;
    }
    let last_start = range.end.checked_sub(1).map(|i| all[i].0);
    out.extend(all[range].iter().map(|w| w.1));
    if let (Some(last), Some(from)) = (out.last_mut(), last_start) {
        *last = last.get(..end - from).unwrap_or(last); // the cut word, cut
    }
    out
}
