//! Who a subject phrase is: a pronoun ("She": the last subject the text lets be a woman), a
//! joint subject ("The two ministers", "They", "The Secretary and the Foreign Minister"), a
//! spokesperson or event (narration), a national side ("the Chinese side", "The Japanese
//! minister"), a title ("The Secretary", "the Foreign Minister": the participant whose title it
//! fits closest, the publisher's own on a tie) or a name ("Minister Kuroda", "FM Khôi").

use super::People;
use crate::core::case;
use crate::core::model::Speaker;
use crate::core::parse::lang::Lang;
use crate::core::parse::people::is_plural_title;
use crate::core::parse::{roles, scan};

pub(super) fn resolve(subject: &[&str], people: &mut People, lang: &Lang) -> Option<Speaker> {
    // A subject takes a few words: they are bared into a buffer on the stack (the parser
    // resolves a subject for most sentences), a longer one into a vector.
    let mut buf = [""; 16];
    let long: Vec<&str>;
    let bare: &[&str] = if subject.len() <= buf.len() {
        let mut n = 0;
        for w in subject
            .iter()
            .map(|w| scan::bare(w))
            .filter(|w| !w.is_empty())
        {
            buf[n] = w;
            n += 1;
        }
        &buf[..n]
    } else {
        long = subject
            .iter()
            .map(|w| scan::bare(w))
            .filter(|w| !w.is_empty())
            .collect();
        &long
    };
    bare.first()?;
    if let [one] = bare {
        if let Some(g) = personal(one, lang) {
            return pronoun(g, people).map(Speaker::Person);
        }
    }
    if is_joint(bare, lang) {
        return Some(Speaker::Joint);
    }
    // "The official also praised", "the minister added": the last subject, by its role.
    if let [article, noun] = bare {
        let role_noun = lang.is_side_word(noun);
        if lang.is_article(article) && role_noun && scan::is_lowercase(noun) {
            // Before any participant was a subject ("The minister also reiterated" after the
            // opening and a source's sentence): the one whose title it fits.
            return people
                .recent
                .last()
                .copied()
                .or_else(|| titled(noun, people, lang, None))
                .map(Speaker::Person);
        }
    }
    // "The foreign minister underlined": a title written in lowercase, read as a title (the
    // last subject when it fits no one's).
    if let [article, a, b] = bare {
        let lowercase = scan::is_lowercase(a) && scan::is_lowercase(b) && lang.is_side_word(b);
        let title = || [*a, *b].join(" ");
        if let Some(title) = (lowercase && lang.is_article(article))
            .then(title)
            .filter(|t| lang.is_side_word(t))
        {
            let found = titled(&title, people, lang, None);
            return found.or(people.recent.last().copied()).map(Speaker::Person);
        }
    }
    let head = bare[bare.len() - 1];
    if bare.len() > 1 && lang.is_narration_noun(head) {
        return Some(Speaker::Narration);
    }
    if let Some(sp) = pair(bare, people, lang) {
        return Some(sp);
    }
    if plural_title_of_countries(bare, people, lang) {
        return Some(Speaker::Joint);
    }
    one(bare, people, lang).map(Speaker::Person)
}

/// "The Foreign Ministers of Armenia and Finland highlighted": a title in the plural, its link
/// and the countries of two participants or more, joined by "and": all of them together.
/// Asked after the pair, which reads no such subject (its first part names no one).
fn plural_title_of_countries(bare: &[&str], people: &People, lang: &Lang) -> bool {
    let article = usize::from(lang.is_article(bare[0]));
    let Some(of) = bare.iter().position(|w| *w == lang.of_word) else {
        return false;
    };
    let title = &bare[article..of];
    let plural = title.last().is_some_and(|t| is_plural_title(t, lang));
    if !plural || !title.iter().all(|w| lang.is_role_word(w)) {
        return false;
    }
    let mut countries = 0;
    for part in bare[of + 1..].split(|w| *w == lang.and_word) {
        match lang.country_alone(part) {
            Some(c) if !participants_of(c, people).is_empty() => countries += 1,
            _ => return false,
        }
    }
    countries >= 2
}

/// "him", "her" (after "According to"): the participant a pronoun of any case stands for.
pub(super) fn any_pronoun(w: &str, people: &People, lang: &Lang) -> Option<usize> {
    pronoun(lang.gender_of(w)?, people)
}

/// The gender of a personal pronoun that may stand as a subject ("He", "She").
#[inline(always)]
fn personal(w: &str, lang: &Lang) -> Option<crate::core::parse::lang::Gender> {
    lang.gender_of(w)
        .filter(|_| lang.pronouns.iter().any(|p| scan::eq_ignore_case(p, w)))
}

/// "He", "She": the most recent subject the text lets have that gender (the last subject
/// when the text tells no one's). Before any one participant was a subject (the opening and
/// "Both sides ..." only), the first participant it fits: a readout tells its host first and
/// follows the host ("A and B expressed their delight ... Both sides vowed ... On the occasion
/// of ..., he believed that").
fn pronoun(g: crate::core::parse::lang::Gender, people: &People) -> Option<usize> {
    let fits = |&&i: &&usize| {
        people
            .genders
            .get(i)
            .copied()
            .flatten()
            .is_none_or(|x| x == g)
    };
    let known = |&&i: &&usize| people.genders.get(i).copied().flatten() == Some(g);
    let recent = people.recent.iter().rev();
    let last = people.recent.last();
    if last.is_none() {
        let mut all = 0..people.participants.len();
        return all
            .clone()
            .find(|i| known(&i))
            .or_else(|| all.find(|i| fits(&i)));
    }
    match last {
        Some(l) if fits(&l) => Some(*l),
        _ => recent
            .clone()
            .find(known)
            .or_else(|| recent.clone().find(fits))
            .copied()
            .or(last.copied()),
    }
}

/// "Both sides", "They", "The two foreign ministers", "the leaders", "The pair".
fn is_joint(bare: &[&str], lang: &Lang) -> bool {
    // "Foreign Ministers welcomed ...": a title in the plural without its article.
    // (Told by the last word's bytes, a capital first and a plural's ending, before any
    // look-up.)
    if let [words @ .., last] = bare {
        if (1..=2).contains(&words.len())
            && last.starts_with(|c: char| c.is_ascii_uppercase())
            && lang.plural_endings.iter().any(|e| last.ends_with(e))
            && crate::core::parse::people::is_plural_title(last, lang)
            && words.iter().all(|w| lang.is_role_word(w))
        {
            return true;
        }
    }
    let first = bare[0].as_bytes();
    let determiner = |d: &str| d.as_bytes().eq_ignore_ascii_case(first);
    if bare.len() == 1
        && !lang
            .joint_subjects
            .iter()
            .any(|j| j.as_bytes().eq_ignore_ascii_case(first))
    {
        return false; // "They", "Both": a one-word joint subject is listed whole
    }
    if bare.len() > 1 && !lang.joint_determiners.iter().any(determiner) && !lang.is_article(bare[0])
    {
        // Every joint phrase of two words or more opens with a determiner ("the two sides").
        return false;
    }
    let listed = lang.joint_subjects.iter().any(|j| {
        // The phrase's first word is the subject's, before splitting the phrase.
        let jb = j.as_bytes();
        let head = jb.len() >= first.len()
            && jb[..first.len()].eq_ignore_ascii_case(first)
            && jb.get(first.len()).is_none_or(|&b| b == b' ');
        head && j.bytes().filter(|&b| b == b' ').count() + 1 == bare.len()
            && scan::starts_with_phrase(bare, j)
    });
    let head = bare[bare.len() - 1];
    let patterned = bare.len() >= 2
        && lang
            .joint_determiners
            .iter()
            .any(|d| scan::eq_ignore_case(d, bare[0]))
        && lang
            .joint_heads
            .iter()
            .any(|h| scan::eq_ignore_case(h, head));
    listed || patterned
}

/// "The Secretary and the Foreign Minister", "Mr. Coleman and Mr. Rao": every part a
/// different participant.
fn pair(bare: &[&str], people: &mut People, lang: &Lang) -> Option<Speaker> {
    if !bare.contains(&lang.and_word) {
        return None;
    }
    let mut seen: Vec<usize> = Vec::new();
    for part in bare.split(|w| *w == lang.and_word) {
        // "Secretary Blinken and the Foreign Ministers discussed": the host and the others of
        // a trilateral, all of them.
        if part.len() > 1 && is_joint(part, lang) {
            return Some(Speaker::Joint);
        }
        // "He and Foreign Minister Wong agreed": a pronoun is the one it stands for.
        let i = match part {
            [w] => match personal(w, lang) {
                Some(g) => pronoun(g, people)?,
                None => one(part, people, lang)?,
            },
            // "The Minister and her counterpart agreed": the counterpart is a participant the
            // subject has not named yet.
            [_, c]
                if !lang.counterpart_word.is_empty()
                    && c.eq_ignore_ascii_case(lang.counterpart_word) =>
            {
                (0..people.participants.len()).find(|i| !seen.contains(i))?
            }
            // "Foreign Minister A and her Japanese counterpart B shared": the name after the
            // counterpart's word.
            _ => match counterpart_named(part, lang) {
                Some(name) => one(name, people, lang)?,
                None => one(part, people, lang)?,
            },
        };
        if !seen.contains(&i) {
            seen.push(i);
        }
    }
    (seen.len() >= 2).then_some(Speaker::Joint)
}

/// "her Japanese counterpart Taro Kono": a lead-in ("his", "her", "the"), a country's word or
/// none, the counterpart's word, then the words that name them.
fn counterpart_named<'a, 'b>(part: &'b [&'a str], lang: &Lang) -> Option<&'b [&'a str]> {
    let (first, _) = part.split_first()?;
    if lang.counterpart_word.is_empty() || !lang.lead_ins.contains(first) {
        return None;
    }
    let c = part
        .iter()
        .take(COUNTERPART_AT)
        .position(|w| w.eq_ignore_ascii_case(lang.counterpart_word))?;
    // ("his new Japanese counterpart": lead-ins, then a country's word.)
    let lead = part[1..c]
        .iter()
        .take_while(|w| lang.lead_ins.contains(w))
        .count();
    let between = &part[1 + lead..c];
    let plain = between.is_empty()
        || lang
            .country_at(between)
            .is_some_and(|x| x.1 == between.len());
    let name = &part[c + 1..];
    (plain && !name.is_empty()).then_some(name)
}

/// The words a part of a joint subject may take up to the counterpart's word ("his new
/// Japanese counterpart").
const COUNTERPART_AT: usize = 4;

/// One participant named by the subject: a national side, a title, or a name.
fn one(bare: &[&str], people: &mut People, lang: &Lang) -> Option<usize> {
    if bare.is_empty() {
        return None;
    }
    let article = usize::from(lang.is_article(bare[0]));
    let rest = &bare[article..];
    if let Some(i) = side(rest, people, lang).or_else(|| title_of_country(rest, people, lang)) {
        return Some(i);
    }
    // "President Mnangagwa of Zimbabwe": a name, then the country it is of.
    if let Some(k) = rest
        .iter()
        .position(|w| *w == lang.of_word)
        .filter(|&k| k > 0)
    {
        if lang.country_alone(&rest[k + 1..]).is_some() {
            if let Some(i) = named(&rest[..k], people, lang) {
                return Some(i);
            }
        }
    }
    if is_title(rest, lang) {
        return titled(&rest.join(" "), people, lang, None);
    }
    // "The Secretary and UN Secretary-General discussed": a participant's whole title as the
    // opening gave it, with words no title table holds ("UN").
    if rest.len() >= 2 {
        let said = rest.join(lang.script.joiner);
        let mut by_role = people
            .participants
            .iter()
            .enumerate()
            .filter(|(_, p)| p.role.eq_ignore_ascii_case(&said));
        if let (Some((i, _)), None) = (by_role.next(), by_role.next()) {
            return Some(i);
        }
    }
    // "The Taoiseach and the prime minister reiterated": a news copy's title in lowercase.
    let lowercase = |w: &&str| scan::is_lowercase(w) && lang.lower_role_words.contains(w);
    if article == 1 && rest.len() >= 2 && rest.iter().all(lowercase) {
        return titled(&rest.join(" "), people, lang, None);
    }
    named(bare, people, lang)
}

/// "Foreign Minister", "Mr. President", "Secretary of State", "Minister of Foreign Affairs":
/// title words and honorifics, with a lowercase connector ("of", "for") between two of them.
fn is_title(words: &[&str], lang: &Lang) -> bool {
    let titled = |w: &str| lang.is_role_word(w) || lang.honorific(w).is_some();
    // One look-up a word: a connector stands between two title words, never at an end.
    let inner = 1..words.len().saturating_sub(1);
    !words.is_empty()
        && words.iter().enumerate().all(|(i, w)| {
            titled(w) || inner.contains(&i) && scan::is_lowercase(w) && lang.is_connector(w)
        })
}

/// "the Chinese side", "The Japanese minister", "the ROK Foreign Minister": a country, then
/// side or title words; or the country's name alone ("The United States noted"), which
/// stands for its side.
fn side(rest: &[&str], people: &mut People, lang: &Lang) -> Option<usize> {
    // "The top Vietnamese diplomat": adjectives before the country.
    let modifiers = rest
        .iter()
        .take_while(|w| scan::is_lowercase(w) && lang.subject_modifiers.contains(w))
        .count();
    let rest = &rest[modifiers..];
    // A one-word subject is mostly a name: one look-up rejects it before the country's.
    if rest.is_empty() || rest.len() == 1 && !lang.opens_country(rest[0]) {
        return None;
    }
    let (country, n, adjective) = lang
        .country_at(rest)
        .or_else(|| possessive_country(rest[0], lang))?;
    let after = &rest[n..];
    let named_alone = after.is_empty() && !adjective && modifiers == 0;
    // ("The Iranian foreign minister": a news copy writes the title in lowercase.)
    let sided = named_alone
        || !after.is_empty()
            && after.iter().all(|w| {
                lang.is_role_word(w)
                    || lang.is_side_word(w)
                    || scan::is_lowercase(w) && lang.lower_role_words.contains(w)
            })
        || is_title(after, lang);
    if !sided {
        return None;
    }
    let of_country = participants_of(country, people);
    match of_country.as_slice() {
        [one] => {
            people.by_country = named_alone;
            Some(*one)
        }
        [] => None,
        _ => titled(&after.join(" "), people, lang, Some(&of_country)),
    }
}

/// "Kazakhstan's Foreign Minister thanked ...": a country's name in the possessive stands for
/// its adjective (one word; told by its last byte before the possessives are compared).
fn possessive_country(word: &str, lang: &Lang) -> Option<(&'static str, usize, bool)> {
    let last = *word.as_bytes().last()?;
    lang.possessives
        .iter()
        .filter(|p| p.as_bytes().last() == Some(&last))
        .find_map(|p| word.strip_suffix(p))
        .and_then(|stem| lang.country_at(&[stem]))
        .filter(|c| c.1 == 1 && !c.2)
        .map(|c| (c.0, 1, true))
}

/// The participants of `country`, in order.
fn participants_of(country: &str, people: &People) -> Vec<usize> {
    (0..people.participants.len())
        .filter(|&i| people.participants[i].country.as_deref() == Some(country))
        .collect()
}

/// "The President of Russia": a title, "of" and a country; the participant of that country
/// whose title fits, or the only one of them the text gave no title.
fn title_of_country(rest: &[&str], people: &mut People, lang: &Lang) -> Option<usize> {
    let of = rest
        .iter()
        .position(|w| *w == lang.of_word)
        .filter(|&k| k > 0)?;
    if !rest[..of].iter().all(|w| lang.is_role_word(w)) {
        return None;
    }
    let country = lang.country_alone(&rest[of + 1..])?;
    let of_country = participants_of(country, people);
    if of_country.is_empty() {
        return None;
    }
    // The Kremlin names its President without a title: "Vladimir Putin had a telephone
    // conversation with ...", then "The President of Russia stressed ...".
    let untitled = || {
        let mut none = of_country
            .iter()
            .filter(|&&i| people.participants[i].role.is_empty());
        match (none.next(), none.next()) {
            (Some(&i), None) => Some(i),
            _ => None,
        }
    };
    titled(&rest[..of].join(" "), people, lang, Some(&of_country)).or_else(untitled)
}

/// The participant whose title the subject's title fits closest; a tie goes to the
/// publisher's own official, else to no one.
fn titled(title: &str, people: &mut People, lang: &Lang, among: Option<&[usize]>) -> Option<usize> {
    let key = roles::key(title, lang);
    let mut best: Vec<(usize, usize)> = Vec::new();
    for i in 0..people.participants.len() {
        if among.is_some_and(|a| !a.contains(&i)) {
            continue;
        }
        let fits = people.role_keys(lang)[i]
            .iter()
            .filter_map(|k| roles::fit(&key, k));
        if let Some(extra) = fits.min() {
            best.push((extra, i));
        }
    }
    let least = best.iter().map(|b| b.0).min()?;
    let top: Vec<usize> = best.iter().filter(|b| b.0 == least).map(|b| b.1).collect();
    match top.as_slice() {
        [one] => Some(*one),
        // "The Prime Minister congratulated Prime Minister Draghi": the one the text names by
        // the title alone (whose name is the title) is meant, not the one it names by name.
        many if many
            .iter()
            .filter(|&&i| people.participants[i].name == people.participants[i].role)
            .count()
            == 1 =>
        {
            many.iter()
                .copied()
                .find(|&i| people.participants[i].name == people.participants[i].role)
        }
        many => {
            let home = |&&i: &&usize| {
                people.publisher.is_some()
                    && people.participants[i].country.as_deref() == people.publisher
            };
            let mut own = many.iter().filter(home);
            match (own.next(), own.next()) {
                (Some(i), None) => Some(*i),
                _ => None,
            }
        }
    }
}

/// A name, full or in part, at the end of the subject: "Foreign Minister Brell", "FM Khôi",
/// "Mr. Nakasone", "Minister ISHIZAKA".
fn named(bare: &[&str], people: &People, lang: &Lang) -> Option<usize> {
    let joiner = lang.script.joiner;
    for take in (1..=bare.len().min(4)).rev() {
        let tail = &bare[bare.len() - take..];
        // ("Abdullah bin Zayed": a name's particle inside it stays lowercase.)
        let name_words = tail
            .iter()
            .enumerate()
            .all(|(k, w)| scan::is_capitalised(w) || k > 0 && lang.is_connector(w));
        if !name_words || !scan::is_capitalised(tail[tail.len() - 1]) {
            continue;
        }
        let mut hits = (0..people.participants.len()).filter(|&i| {
            names_match(
                &people.participants[i].name,
                tail,
                joiner,
                &lang.name_suffixes,
            )
        });
        if let (Some(one), None) = (hits.next(), hits.next()) {
            return Some(one);
        }
    }
    misspelt(bare, people, lang)
}

/// Letters a word needs before [`misspelt`] reads it as a surname typed with one letter
/// wrong: a short word one letter from a surname is often another word.
const MISSPELT_LETTERS: usize = 5;

/// "Johson said ...": a subject of one word that is no participant's name, one letter
/// dropped, added, changed or swapped from the surname of exactly one participant (the same
/// first letter, both long enough), and no word of the tables (a country, a title).
fn misspelt(bare: &[&str], people: &People, lang: &Lang) -> Option<usize> {
    let [word] = bare else {
        return None;
    };
    if word.len() < MISSPELT_LETTERS || !word.is_ascii() || !scan::is_capitalised(word) {
        return None;
    }
    let mut hits = (0..people.participants.len()).filter(|&i| {
        let name = &people.participants[i].name;
        let last = name.rsplit(lang.script.joiner).next().unwrap_or(name);
        last.len() >= MISSPELT_LETTERS
            && last.as_bytes()[0] == word.as_bytes()[0]
            && one_letter_apart(last.as_bytes(), word.as_bytes())
    });
    let (Some(one), None) = (hits.next(), hits.next()) else {
        return None;
    };
    let known = lang.is_role_word(word) || lang.country_at(&[word]).is_some();
    (!known).then_some(one)
}

/// True when `a` and `b` differ by one letter dropped, added, changed, or two neighbours
/// swapped.
fn one_letter_apart(a: &[u8], b: &[u8]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if long.len() - short.len() > 1 || a == b {
        return false;
    }
    let head = short.iter().zip(long).take_while(|(x, y)| x == y).count();
    if short.len() < long.len() {
        // One letter added: the rest after it is the same.
        return short[head..] == long[head + 1..];
    }
    // One letter changed, or two neighbours swapped.
    short[head + 1..] == long[head + 1..]
        || (head + 1 < short.len()
            && short[head] == long[head + 1]
            && short[head + 1] == long[head]
            && short[head + 2..] == long[head + 2..])
}

/// The whole name, or its first or last word alone ("Luo", "Brell"), ignoring case ("KURODA")
/// and the marks of Latin letters ("Son" for "Bùi Thanh Sơn").
/// The words of a name stand between `joiner`s (a script without one compares whole names).
/// A name's suffix is read past: "Minister Soto" is "Diego R. Soto Jr.".
pub(super) fn names_match(name: &str, said: &[&str], joiner: &str, suffixes: &[&str]) -> bool {
    // "Son" is "Sơn": an agency writes a name with its marks, then without them.
    // Most words differ in their first letter, both ASCII: told before any character is read.
    let may_be_marked = |a: &str, b: &str| match (a.as_bytes().first(), b.as_bytes().first()) {
        (Some(x), Some(y)) if x.is_ascii() && y.is_ascii() => {
            x.eq_ignore_ascii_case(y) && (!a.is_ascii() || !b.is_ascii())
        }
        (Some(_), Some(_)) => true,
        _ => false,
    };
    let same = |a: &str, b: &str| {
        case::eq_ignoring_case(a, b) || may_be_marked(a, b) && case::eq_ignoring_marks(a, b)
    };
    let Some(sep) = joiner.chars().next() else {
        return said.len() == 1 && same(name, said[0]);
    };
    match said {
        [one] => {
            // The first and the last word, found by a byte scan when the joiner is ASCII
            // (a split sets up a searcher; names are short).
            let (first, last) = match u8::try_from(sep).ok().filter(u8::is_ascii) {
                Some(b) => {
                    let at = name.bytes().position(|x| x == b).unwrap_or(name.len());
                    let mut from = name.bytes().rposition(|x| x == b).map_or(0, |i| i + 1);
                    if from > 0 && suffixes.contains(&&name[from..]) {
                        let rest = name[..from - 1].trim_end_matches(',');
                        from = rest.bytes().rposition(|x| x == b).map_or(0, |i| i + 1);
                        (&name[..at], &rest[from..])
                    } else {
                        (&name[..at], &name[from..])
                    }
                }
                None => (
                    name.split(sep).next().unwrap_or(name),
                    name.rsplit(sep).next().unwrap_or(name),
                ),
            };
            // "Abadi" is "al-Abadi": a last name may carry a particle before a hyphen.
            // The hyphen is found by a byte scan too (most names have none).
            let unprefixed = || {
                let at = last.bytes().position(|x| x == b'-');
                at.is_some_and(|i| scan::is_lowercase(&last[..i]) && same(&last[i + 1..], one))
            };
            same(first, one) || same(last, one) || unprefixed()
        }
        _ => match u8::try_from(sep).ok().filter(u8::is_ascii) {
            Some(b) => {
                let words = name.bytes().filter(|&x| x == b).count() + 1;
                if words == said.len() {
                    return scan::pieces(name, b).zip(said).all(|(a, b)| same(a, b));
                }
                // "Sheikh Abdullah bin Zayed" for "Abdullah bin Zayed Al Nahyan", "Peña Nieto"
                // for "Enrique Peña Nieto": the first or the last words of the name, two or
                // more.
                words > said.len()
                    && (scan::pieces(name, b).zip(said).all(|(a, b)| same(a, b))
                        || scan::pieces(name, b)
                            .skip(words - said.len())
                            .zip(said)
                            .all(|(a, b)| same(a, b)))
            }
            None => {
                name.split(sep).count() == said.len()
                    && name.split(sep).zip(said).all(|(a, b)| same(a, b))
            }
        },
    }
}
