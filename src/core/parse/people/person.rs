//! One run of words -> the people it names: chunks cut at commas and "and", a person per
//! chunk, titles in apposition ("Kim Gunn, Deputy Foreign Minister of the ROK") given to the
//! name before them.
//!
//! A name is the run of name words at the end of a chunk ("Deputy Foreign Minister Kim
//! Gunn"); honorifics ("Mr.", "H.E. Ms.", "The Rt Hon") are dropped from the title and tell a
//! gender when they can; "Jr." after a comma belongs to the name before it, "MP" to no one;
//! a surname in capitals is written in title case, in the order the text gives ("ISHIZAKA
//! Ryota" -> "Ishizaka Ryota"); a possessive ends the person ("Holloway's Call").

use crate::core::case;
use crate::core::model::Participant;
use crate::core::parse::lang::{Gender, Lang};
use crate::core::parse::scan;

/// A participant as an opening or headline gives it.
#[derive(Debug, Clone)]
pub(in crate::core::parse) struct Person {
    pub p: Participant,
    pub gender: Option<Gender>,
    /// Named by title only ("The Foreign Secretary spoke to ...").
    pub role_only: bool,
    /// "his Indonesian counterpart": the role is the host's.
    pub counterpart: bool,
    /// "Crown Prince of Abu Dhabi", "Commander of the UAE Armed Forces": the name follows
    /// "of" (and a country) after title words alone, so it may be the title's place or body.
    pub placed: bool,
}

/// Cuts `w` into chunks at "and" and at commas, dropping parentheticals such as "(ROK)", up to
/// the first word no name or title holds; gives the chunks and the words used.
pub(super) fn chunks<'a>(w: &[&'a str], lang: &Lang) -> (Vec<Vec<&'a str>>, usize) {
    // A chunk is a person or a title of a few words: sized for them, it is not grown.
    let chunk = || Vec::with_capacity(CHUNK_WORDS);
    let mut chunks: Vec<Vec<&'a str>> = Vec::with_capacity(4);
    chunks.push(chunk());
    let mut in_paren = false;
    for (i, &t) in w.iter().enumerate() {
        if in_paren || t.starts_with('(') {
            in_paren = !t.ends_with([')', ',']) && !t.ends_with("),") && !t.ends_with(").");
            if t.ends_with(',') {
                chunks.push(chunk());
            }
            continue;
        }
        let fresh = chunks
            .last()
            .is_some_and(|c| c.is_empty() || c == &[lang.and_word]);
        if fresh && lang.lead_ins.contains(&t) {
            continue;
        }
        // "al-Abadi": a particle joined to a name is no plain word.
        if (lang.script.is_plain_word)(t)
            && !lang.lower_role_words.contains(&scan::bare(t))
            && !(lang.script.is_name_word)(scan::bare(t), lang)
        {
            let next = w.get(i + 1).copied().unwrap_or("");
            let next2 = w.get(i + 2).copied().unwrap_or("");
            // "on Friday", "on August 24": a date, not a name.
            let dated =
                lang.month(scan::bare(next)).is_some() || lang.weekdays.contains(&scan::bare(next));
            // "on the American side's initiative": a country's adjective before a lowercase
            // word is a side, not a name.
            let side = || {
                lang.articles.contains(&next)
                    && lang.country_at(&[scan::bare(next2)]).is_some_and(|c| c.2)
                    && w.get(i + 3).is_some_and(|x| {
                        let x = possessive(x, lang).unwrap_or(x);
                        scan::is_lowercase(x) && lang.is_side_word(scan::bare(x))
                    })
            };
            // "de la Torre", "van der Berg": particles in a row before a name.
            let particles = || {
                t != lang.and_word
                    && next != lang.and_word
                    && next != lang.of_word
                    && !lang.articles.contains(&next)
                    && lang.is_connector(next)
                    && scan::is_capitalised(next2)
            };
            // "... and head of the International Liaison Department X": a lowercase title;
            // "Secretary of state Rex Tillerson": a title's lowercase word after "of".
            let titled_next =
                (t == lang.and_word || t == lang.of_word) && lang.lower_role_words.contains(&next);
            let leads_on = (scan::is_capitalised(next) && !dated)
                || titled_next
                || ((lang.articles.contains(&next) || lang.lead_ins.contains(&next))
                    && scan::is_capitalised(next2)
                    && !side())
                || particles()
                || next.starts_with('(');
            // "Minister of State at the Federal Foreign Office of Germany", "the Coordinator
            // for Indo-Pacific Affairs at the US National Security Council Kurt Campbell": after
            // a title's word (never a name: "Minister Wang at the State Department"), "at the"
            // and a capital go on with the title.
            let title_link = || {
                lang.title_links.contains(&t)
                    && lang.articles.contains(&next)
                    && scan::is_capitalised(next2)
                    && chunks[chunks.len() - 1]
                        .last()
                        .is_some_and(|x| lang.is_role_word(scan::bare(x)))
            };
            if !((lang.is_connector(t) && leads_on) || title_link()) {
                return (chunks, i);
            }
            if t == lang.and_word && !joins_portfolio(&chunks[chunks.len() - 1], &w[i + 1..], lang)
            {
                chunks.push(vec![lang.and_word]);
                continue;
            }
        }
        let last = chunks.len() - 1;
        // "the CPV Central Committee's Commission for External Relations X": a possessive
        // between two words of titles is inside the title.
        // "Cambodian People's Party President X": the possessive of a people inside a
        // party's name.
        let in_title = |stem: &str| {
            let next = w.get(i + 1).copied();
            (lang.is_role_word(stem) && next.is_some_and(|n| lang.is_role_word(n)))
                || (lang.named_possessives.contains(stem) && next.is_some_and(scan::is_capitalised))
        };
        match possessive(t, lang)
            .filter(|stem| !in_title(stem) && !in_country_name(&chunks[last], t, &w[i + 1..], lang))
        {
            Some(stem) if !is_country_word(stem, chunks[last].last(), lang) => {
                chunks[last].push(stem);
                return (chunks, i + 1);
            }
            Some(stem) => chunks[last].push(stem),
            None => chunks[last].push(t),
        }
        if t.ends_with(':') {
            return (chunks, i + 1);
        }
        if t.ends_with(',') || t.ends_with(';') {
            chunks.push(chunk());
        }
    }
    (chunks, w.len())
}

/// Words a chunk is sized for.
const CHUNK_WORDS: usize = 8;

/// Capitalised words after "and" within which a portfolio's last word closes it.
const PORTFOLIO_WORDS: usize = 3;

/// "Representative for ... Peace and Security Affairs", "Secretary for East Asian and Pacific
/// Affairs": in a title that names its portfolio after a connector ("for", "of": `chunk`), the
/// capitalised words after "and" (`after`) reach a portfolio's last word
/// ([`Lang::portfolio_words`]) within a few words, none of them a country's ("Minister Daniel
/// Price and Indian External Affairs Minister X", "and Minister of Foreign Affairs" name a
/// second person or title).
fn joins_portfolio(chunk: &[&str], after: &[&str], lang: &Lang) -> bool {
    let titled = chunk
        .iter()
        .any(|t| *t != lang.and_word && scan::is_lowercase(t) && lang.is_connector(t));
    if !titled {
        return false;
    }
    for t in after.iter().take(PORTFOLIO_WORDS) {
        let bare = scan::bare(t);
        // "... and Security Policy/Vice-President of the Commission": the portfolio closes
        // before the slash that joins a second office.
        let office = bare.split_once('/').map_or(bare, |(a, _)| a);
        if lang.portfolio_words.contains(&office) {
            return true;
        }
        if !scan::is_capitalised(bare) || lang.country_at(&[bare]).is_some() {
            return false;
        }
    }
    false
}

/// "Holloway's" -> "Holloway".
fn possessive<'a>(t: &'a str, lang: &Lang) -> Option<&'a str> {
    let t = t.trim_end_matches([',', ':']);
    // Most words end in no possessive's last byte: told before any suffix is compared.
    let last = t.as_bytes().last()?;
    let ends = |p: &&str| p.as_bytes().last() == Some(last);
    lang.possessives
        .iter()
        .filter(ends)
        .find_map(|p| t.strip_suffix(p))
}

/// "the Democratic People's Republic of Korea": the apostrophe belongs to a country's name.
fn in_country_name(before: &[&str], t: &str, after: &[&str], lang: &Lang) -> bool {
    (0..=before.len().min(2)).any(|back| {
        let mut words: Vec<&str> = before[before.len() - back..].to_vec();
        words.push(t);
        words.extend(after.iter().take(3).map(|w| scan::bare(w)));
        lang.country_at(&words).is_some_and(|c| c.1 > back + 1)
    })
}

/// "Singapore's Foreign Minister": a possessive country does not end the person.
fn is_country_word(stem: &str, before: Option<&&str>, lang: &Lang) -> bool {
    lang.country_at(&[stem]).is_some()
        || before.is_some_and(|b| lang.country_at(&[b, stem]).is_some_and(|c| c.1 == 2))
}

/// Words of a person or a title held on the stack: a chunk takes a few (the parser reads
/// several for every opening), a longer one goes to a vector.
const WORDS_ON_STACK: usize = 16;

/// `tokens` without the punctuation that closes a clause (",", ";", ":"), in `buf` when they
/// fit, else in `long`.
fn unpunctuated<'a, 'b>(
    tokens: &[&'a str],
    buf: &'b mut [&'a str; WORDS_ON_STACK],
    long: &'b mut Vec<&'a str>,
) -> &'b [&'a str] {
    let bare = |x: &&'a str| scan::trim_end_marks(x, b",;:");
    if tokens.len() > buf.len() {
        long.extend(tokens.iter().map(bare));
        return long;
    }
    for (slot, t) in buf.iter_mut().zip(tokens) {
        *slot = bare(t);
    }
    &buf[..tokens.len()]
}

/// The people of the chunks, in order.
pub(super) fn people(chunks: Vec<Vec<&str>>, lang: &Lang) -> Vec<Person> {
    let mut people: Vec<Person> = Vec::new();
    let mut pending: Vec<&str> = Vec::with_capacity(2 * CHUNK_WORDS);
    let mut last_was_bare_name = false;
    let mut in_apposition = false;
    let mut chunks = chunks.into_iter().peekable();
    while let Some(chunk) = chunks.next() {
        // "The President and Prime Minister Brown": a title with its article, then "and", is
        // one person named by title; "Deputy Prime Minister and Foreign Minister X" is one.
        let before_and = chunks
            .peek()
            .is_some_and(|c| c.first() == Some(&lang.and_word));
        let fresh = pending.is_empty();
        let after_comma = fresh && chunk.first() != Some(&lang.and_word);
        pending.extend(chunk);
        if fresh && pending.first() == Some(&lang.and_word) {
            pending.remove(0);
        }
        if pending.is_empty() {
            continue;
        }
        let (mut buf, mut long) = ([""; WORDS_ON_STACK], Vec::new());
        let bare = unpunctuated(&pending, &mut buf, &mut long);
        if let (Some(prev), [suffix]) = (people.last_mut(), bare) {
            if lang.name_suffixes.contains(suffix) && after_comma {
                prev.p.name = [prev.p.name.as_str(), suffix].join(lang.script.joiner);
                pending.clear();
                continue;
            }
        }
        if bare.iter().all(|t| lang.post_nominals.contains(t)) {
            pending.clear();
            continue;
        }
        // "At Dome Thong Room, Thai Khu Fah Building, Government House, Prime Minister X had
        // ...": where the event took place, no person.
        if bare.len() > 1 && bare.last().is_some_and(|t| lang.place_heads.contains(t)) {
            pending.clear();
            continue;
        }
        // "The Prime Minister and the Taoiseach spoke": a second title with its article after
        // a first one.
        let titled_whole = before_and && fresh && lang.is_article(pending[0])
            || fresh && !after_comma && people.last().is_some_and(|p| p.role_only);
        // "H.E. Dr. X, Federal Minister for Foreign Affairs, Germany,": a country alone after a
        // title in apposition is that title's.
        let alone = (in_apposition && after_comma)
            .then(|| lang.country_alone(bare))
            .flatten();
        // "Emmanuel Bonne, diplomatic counselor to French President Emmanuel Macron": the title
        // of an aide named just before, with the principal's name in it.
        let aide = last_was_bare_name
            && after_comma
            && bare.iter().any(|t| lang.principal_links.contains(t));
        // "X, Crown Prince of Abu Dhabi and Deputy Supreme Commander of the UAE Armed Forces,":
        // in a title in apposition, what follows "of" is the title's place or body, no one.
        let titling = last_was_bare_name && after_comma || in_apposition && !after_comma;
        match person(&pending, lang)
            .filter(|p| !p.role_only || titled_whole)
            .filter(|p| !(titling && p.placed))
        {
            Some(p) if aide => {
                if let Some(prev) = people.last_mut() {
                    // The principal's country, as the title gives it ("French President").
                    let principal = pending
                        .iter()
                        .position(|t| lang.principal_links.contains(t))
                        .map_or(&pending[..], |i| &pending[i + 1..]);
                    let country = p.p.country.or_else(|| title(principal, lang).1);
                    prev.p.role = bare.join(lang.script.joiner);
                    prev.p.country = prev.p.country.take().or(country);
                }
                last_was_bare_name = false;
                in_apposition = true;
                pending.clear();
            }
            // "Badr Abdelatty, Egypt's Minister of Foreign Affairs, Emigration and Egyptian
            // Expatriates": in apposition, a word (a people's adjective before it or none)
            // after a title that names its portfolio goes on with the portfolio.
            Some(p) if in_apposition && continues_portfolio(&people, &p, lang) => {
                if let Some(prev) = people.last_mut() {
                    let link = if after_comma { ", " } else { " and " };
                    prev.p.role.push_str(link);
                    prev.p.role.push_str(&bare.join(lang.script.joiner));
                }
                pending.clear();
            }
            // "H.E. Mr. Lavrov, Sergey Viktorovich, Minister of Foreign Affairs": a surname
            // alone, then the given names after its comma, then the title: one name, in the
            // order the text gives it.
            Some(p)
                if last_was_bare_name
                    && after_comma
                    && inverted(&people, &p, chunks.peek(), lang) =>
            {
                if let Some(prev) = people.last_mut() {
                    prev.p.name = [prev.p.name.as_str(), &p.p.name].join(lang.script.joiner);
                }
                pending.clear();
            }
            // "Minister of Foreign Affairs Kang, Kyung-wha had a meeting": Korea's ministry
            // writes the surname, a comma, then the given name (hyphenated), and the run ends.
            Some(p) if after_comma && hyphenated_given(&people, &p, chunks.peek()) => {
                if let Some(prev) = people.last_mut() {
                    prev.p.name = [prev.p.name.as_str(), &p.p.name].join(lang.script.joiner);
                }
                pending.clear();
            }
            Some(p) => {
                // "Prince X, the Saudi Minister of Foreign Affairs,": a rank alone is no office,
                // and the title in apposition after it is the person's.
                last_was_bare_name = p.p.role.is_empty() || lang.ranks.contains(&p.p.role);
                in_apposition = false;
                people.push(p);
                pending.clear();
            }
            _ if last_was_bare_name && after_comma => {
                // "Kim Gunn, Deputy Foreign Minister of the ROK": a title after a bare name.
                if let Some(prev) = people.last_mut() {
                    let (role, country) = title(&pending, lang);
                    prev.p.role = role;
                    prev.p.country = prev.p.country.take().or(country);
                }
                last_was_bare_name = false;
                in_apposition = true;
                pending.clear();
            }
            _ if alone.is_some() => {
                if let (Some(prev), Some(c)) = (people.last_mut(), alone) {
                    prev.p.country = prev.p.country.take().or(Some(c.to_string()));
                }
                pending.clear();
            }
            // "X, Member of the Political Bureau ... and Director of the Office ...,": a
            // second title in the same apposition.
            _ if in_apposition && !after_comma => {
                if let Some(prev) = people.last_mut() {
                    let (role, country) = title(&pending, lang);
                    let joined = [prev.p.role.as_str(), lang.and_word, &role];
                    prev.p.role = joined.join(lang.script.joiner);
                    prev.p.country = prev.p.country.take().or(country);
                }
                pending.clear();
            }
            // A title that goes on in the next chunk: "Deputy Minister of Foreign Affairs and".
            _ => {}
        }
    }
    // "The Foreign Secretary spoke to ...": a title alone, when the run names no one.
    if people.is_empty() && !pending.is_empty() {
        people.extend(person(&pending, lang));
    }
    shared_counterparts(&mut people, lang);
    people
}

/// True when `p`, read in apposition after the last person's title, is a word of that title's
/// portfolio: the title names one ("of Foreign Affairs"), and `p` is one word with no title
/// but a people's adjective ("Emigration", "Egyptian Expatriates").
fn continues_portfolio(people: &[Person], p: &Person, lang: &Lang) -> bool {
    let Some(prev) = people.last() else {
        return false;
    };
    let portfolio = prev
        .p
        .role
        .split(' ')
        .any(|w| scan::is_lowercase(w) && lang.is_connector(w));
    let one_word = !p.p.name.is_empty() && !p.p.name.contains(' ');
    let bare_role = p.p.role.is_empty()
        || lang
            .country_at(&[p.p.role.as_str()])
            .is_some_and(|c| c.2 && c.1 == 1);
    portfolio && one_word && bare_role && !p.role_only
}

/// "with Malaysian and Lao counterparts A and B": one plural counterpart's title for several
/// people named after it. The first took the first country as its title gave it; the people
/// after it (named bare) take the other countries, in order, and all are counterparts.
fn shared_counterparts(people: &mut [Person], lang: &Lang) {
    for k in 0..people.len().saturating_sub(1) {
        let role = &people[k].p.role;
        // ("and Lao counterparts Seri Utama": honorifics may follow the title.)
        let plural = |w: &str| w.ends_with('s') && is_counterpart(w, lang);
        let Some(at) = role.split(' ').position(plural).filter(|&i| i > 0) else {
            continue;
        };
        let others = role.split(' ').take(at).collect::<Vec<_>>().join(" ");
        // "and Lao": the countries after the first, each after "and" or a comma.
        let countries: Vec<&'static str> = others
            .split(' ')
            .map(|w| w.trim_end_matches(','))
            .filter(|w| *w != lang.and_word && !w.is_empty())
            .map_while(|w| lang.country_at(&[w]).map(|c| c.0))
            .collect();
        let bare = |p: &Person| p.p.role.is_empty() && p.p.country.is_none();
        let named = people[k + 1..].iter().take_while(|p| bare(p)).count();
        if countries.is_empty() || named < countries.len() {
            continue;
        }
        people[k].p.role = lang.counterpart_word.to_string();
        people[k].counterpart = true;
        for (p, c) in people[k + 1..].iter_mut().zip(countries) {
            p.p.country = Some(c.to_string());
            p.p.role = lang.counterpart_word.to_string();
            p.counterpart = true;
        }
    }
}

/// The most given names after an inverted surname ("Sergey Viktorovich").
const GIVEN_NAMES: usize = 3;

/// `p` is the given names of the surname alone before it ("Lavrov, Sergey Viktorovich,"): a
/// bare name of a few words after a bare surname of one word, and a title next.
fn inverted(people: &[Person], p: &Person, next: Option<&Vec<&str>>, lang: &Lang) -> bool {
    let surname = people
        .last()
        .is_some_and(|prev| prev.p.role.is_empty() && !prev.p.name.contains(' '));
    let given =
        p.p.role.is_empty() && p.p.country.is_none() && p.p.name.split(' ').count() <= GIVEN_NAMES;
    let titled = next
        .and_then(|c| c.first())
        .is_some_and(|w| lang.is_role_word(w.trim_end_matches(',')));
    surname && given && titled
}

/// `p` is the hyphenated given name of the one-word surname before it ("Kang, Kyung-wha"),
/// with nothing after it in the run.
fn hyphenated_given(people: &[Person], p: &Person, next: Option<&Vec<&str>>) -> bool {
    let surname = people.last().is_some_and(|prev| !prev.p.name.contains(' '));
    let name = p.p.name.as_str();
    let given = p.p.role.is_empty()
        && p.p.country.is_none()
        && !name.contains(' ')
        && name.trim_matches('-').contains('-');
    surname && given && next.is_none()
}

/// One person: "Deputy Foreign Minister Kim Gunn of the Republic of Korea", "H.E. Ms. Ana
/// Rolt", or a title alone ("Foreign Secretary").
fn person(tokens: &[&str], lang: &Lang) -> Option<Person> {
    let (mut buf, mut long) = ([""; WORDS_ON_STACK], Vec::new());
    let t = unpunctuated(tokens, &mut buf, &mut long);
    let mut end = t.len();
    while end > 0 && lang.post_nominals.contains(&t[end - 1]) {
        end -= 1;
    }
    // "... Deputy Minister Le Hoai Trung Wednesday in Beijing": a weekday after the name (an
    // agency's "on" left out) is no word of it.
    if end > 1 && lang.weekdays.contains(&t[end - 1]) {
        end -= 1;
    }
    // "Secretary Clinton Phone Call with ...": a headline's meeting noun after the name (and
    // the words of its format before it) is no word of the name.
    let meeting_named = end > 1 && lang.is_narration_noun(t[end - 1]);
    if meeting_named {
        end -= 1;
        let noun = t[end];
        let opens_format = |w: &str| {
            lang.formats.iter().any(|(f, _)| {
                f.split(' ')
                    .next()
                    .is_some_and(|x| x != noun && x.eq_ignore_ascii_case(w))
            })
        };
        while end > 1 && opens_format(t[end - 1]) {
            end -= 1;
        }
    }
    let mut country = None;
    if let Some((c, from)) = trailing_country(&t[..end], lang) {
        country = Some(c.to_string());
        end = from;
    }
    let (mut name_start, stop) = name_run(t, end, lang);
    // "between India and New Zealand": the run stopped inside a country that reaches the end,
    // with nothing before it but links and countries: places, no person.
    if stop.is_some_and(|n| name_start > 0 && name_start - 1 + n == end) {
        let k = name_start - 1;
        let mut i = 0;
        while i < k {
            let w = t[i];
            if lang.is_connector(w) || lang.is_article(w) || lang.lead_ins.contains(&w) {
                i += 1;
            } else if let Some(c) = lang.country_at(&t[i..k]).filter(|c| !c.2) {
                i += c.1.max(1);
            } else {
                break;
            }
        }
        if i >= k {
            return None;
        }
    }
    // "the President of the United States, Joe Biden": the run stopped at "United", where a
    // country starts; the rest of that country ("States") is no name word.
    if let Some(n) = stop.filter(|&n| name_start - 1 + n < end) {
        name_start += n - 1;
    }
    // "visiting the United States": a country alone is a place, not a person (the run of names
    // stopped at "United", the country's first word, right after the lead-in).
    if name_start > 0 && name_start < end {
        let lead = t[..end]
            .iter()
            .take_while(|w| lang.is_article(w) || lang.lead_ins.contains(w))
            .count();
        if name_start - 1 == lead
            && lang
                .country_at(&t[lead..end])
                .is_some_and(|c| lead + c.1 == end)
        {
            return None;
        }
    }
    // "Bo Sample of Samplestan": a place the tables do not know follows the name.
    if name_start >= 2 && name_start < end && t[name_start - 1] == lang.of_word {
        let (before, _) = name_run(t, name_start - 1, lang);
        if before < name_start - 1 {
            end = name_start - 1;
            name_start = before;
        }
    }
    // "National Security Advisor Daniel Hart of the White House NSC": the run of capitals after
    // "of the" is a body the tables do not know, when a titled name stands before "of"; the
    // name ends there, and a body of [`Lang::institutions`] gives its country.
    if name_start >= 3
        && name_start < end
        && lang.is_article(t[name_start - 1])
        && t[name_start - 2] == lang.of_word
    {
        let of = name_start - 2;
        let (before, _) = name_run(t, of, lang);
        if before < of && t[..before].iter().any(|w| lang.is_role_word(w)) {
            country =
                country.or_else(|| lang.institution_at(&t[name_start..end]).map(str::to_string));
            (name_start, end) = (before, of);
        }
    }
    // "Minister Choi Hyun of the Ministry of Foreign Affairs": no name at the end, a name
    // before "of" and only title words after it (the body the person serves): the name ends
    // at "of".
    if name_start == end {
        if let Some((k, from)) = served_body(&t[..end], lang) {
            (name_start, end) = (from, k);
        }
    }
    // "Minister for Foreign Affairs and Minister for Women": a run that opens with a title's
    // link word ("for", "of": no particle of a name) is the title's portfolio, no name.
    if t[name_start..end]
        .first()
        .is_some_and(|w| lang.title_trailing.contains(w))
    {
        name_start = end;
    }
    let placed = {
        // Back over a country of a word or two, and an article, to "of".
        let mut k = name_start;
        if let Some(j) = (1..=k.min(2)).find(|&j| {
            lang.country_at(&t[k - j..name_start])
                .is_some_and(|c| c.1 == j)
        }) {
            k -= j;
        }
        if k > 0 && lang.is_article(t[k - 1]) {
            k -= 1;
        }
        k > 0 && t[k - 1] == lang.of_word && name_start < end && {
            let (before, _) = name_run(t, k - 1, lang);
            before == k - 1
        }
    };
    let gender = tokens[..name_start]
        .iter()
        .find_map(|w| lang.honorific(w).flatten());
    let (role, role_country) = title(&tokens[..name_start], lang);
    let country = country.or(role_country);
    // ("with European Union Counterpart": a headline's title case.) (A script without the
    // word, as before: every title ends with the empty word.)
    let cw = lang.counterpart_word;
    let counterpart = cw.is_empty()
        || role
            .len()
            .checked_sub(cw.len())
            .and_then(|at| role.get(at..))
            .is_some_and(|end| end.eq_ignore_ascii_case(cw));
    let name_words = &t[name_start..end];
    if name_words.is_empty() || name_words.iter().all(|w| lang.is_connector(w)) {
        // "held Foreign Office Consultations": titles before a meeting's noun name the
        // meeting, no one.
        if meeting_named {
            return None;
        }
        // A title alone names a person only when it holds a title word, and one person only
        // when no word of it is plural ("Foreign Ministers of Japan and China" are two).
        let titled = t[..end]
            .iter()
            .any(|w| lang.is_role_word(w) && lang.honorific(w).is_none());
        let group = t[..end]
            .iter()
            .any(|w| lang.joint_heads.iter().any(|h| scan::eq_ignore_case(h, w)));
        // "his Hungarian counterpart": a counterpart of a country is one person too.
        let titled = titled || counterpart && country.is_some();
        return (titled && !group && !role.is_empty()).then(|| Person {
            p: Participant {
                name: String::new(),
                role,
                country,
            },
            gender,
            role_only: true,
            counterpart,
            placed: false,
        });
    }
    // "Chinese, Egyptian FMs held phone talks": a title in the plural names a group.
    if is_common_word(name_words, lang)
        || matches!(name_words, [w] if super::is_plural_title(w, lang))
    {
        return None;
    }
    // Sized once: the words and their joiners (a String's growth copies it).
    let mut name = String::with_capacity(name_words.iter().map(|w| w.len() + 1).sum());
    for (k, w) in name_words.iter().enumerate() {
        if k > 0 {
            name.push_str(lang.script.joiner);
        }
        push_display(&mut name, w);
    }
    Some(Person {
        p: Participant {
            name,
            role,
            country,
        },
        gender,
        role_only: false,
        counterpart,
        placed,
    })
}

/// "Minister Choi Hyun of the Ministry of Foreign Affairs": where "of" stands after a title
/// and a run of name words, and where that run starts, when an article follows "of" (a body, not a portfolio:
/// "Councilor/Minister of Foreign Affairs") and every word after it is a title's (title
/// words, articles, connectors).
fn served_body(t: &[&str], lang: &Lang) -> Option<(usize, usize)> {
    let k = t.iter().position(|w| *w == lang.of_word)?;
    let body = &t[k + 1..];
    let titles = body.first().is_some_and(|w| lang.is_article(w))
        && body
            .iter()
            .all(|w| lang.is_role_word(w) || lang.is_article(w) || lang.is_connector(w));
    let (from, _) = name_run(t, k, lang);
    // A titled name: "Readout of the President" is none.
    let titled = t[..from].iter().any(|w| lang.is_role_word(w));
    (titles && from < k && titled).then_some((k, from))
}

/// Where the run of name words that ends at `end` starts (at most five words).
/// Also gives the words of the country the run stopped at, when it stopped at one.
fn name_run(t: &[&str], end: usize, lang: &Lang) -> (usize, Option<usize>) {
    let mut name_start = end;
    // At most five words of a name, particles not counted ("Espinosa-Garcés de la Torre y
    // Villanueva").
    let mut words = 0;
    while name_start > 0 && words < 5 {
        let w = t[name_start - 1];
        let particle = lang.is_connector(w) && name_start >= 2 && name_start < end;
        words += usize::from(!particle);
        // ("Meets with New Japanese Counterpart": a headline's capitalised title is no name.)
        // An honorific after "bin" is the father's, in the name ("bin Haji Mohd Yassin").
        let honorific = lang.is_honorific_at(t, name_start - 1)
            && !(name_start >= 2 && lang.patronymics.contains(t[name_start - 2]));
        // "Director-General of the International Atomic Energy Agency Rafael Grossi": the body's
        // last word ends the name.
        let body = name_start < end && lang.body_heads.contains(w);
        // ("... and International Co-operation": a portfolio's last word is no name's.)
        let name_word = (lang.script.is_name_word)(w, lang)
            && !honorific
            && !body
            && !is_counterpart(w, lang)
            && !lang.portfolio_words.contains(&w);
        let country = if name_word {
            lang.country_at(&t[name_start - 1..end]).map(|c| c.1)
        } else {
            None
        };
        let joins = w == lang.of_word || w == lang.and_word || lang.articles.contains(&w);
        if !(name_word && country.is_none() || particle && !joins) {
            return (name_start, country);
        }
        name_start -= 1;
    }
    (name_start, None)
}

/// "Counterpart", "counterparts": the word for the other side's holder of a title.
fn is_counterpart(w: &str, lang: &Lang) -> bool {
    let c = lang.counterpart_word;
    !c.is_empty()
        && scan::starts_with_ignore_case(w, c)
        && (w.len() == c.len() || w.len() == c.len() + 1 && w.ends_with('s'))
}

/// "He", "Both", "The": words that open sentences, never a name; nor is a weekday ("his U.S.
/// counterpart Monday").
pub(in crate::core::parse) fn is_common_word(words: &[&str], lang: &Lang) -> bool {
    let common = |w: &&str| {
        lang.gender_of(w).is_some()
            || lang.is_article(w)
            || lang.weekdays.contains(&scan::bare(w))
            || lang
                .joint_determiners
                .iter()
                .any(|d| scan::eq_ignore_case(d, w))
            || lang
                .joint_subjects
                .iter()
                .any(|d| scan::eq_ignore_case(d, w))
            // "At the meeting with X, both sides ...": a clause's first word.
            || lang.opening_clause_words.contains(w)
    };
    words.len() == 1 && words.iter().all(common)
}

/// Appends a word of a name as displayed: a surname in capitals ("ISHIZAKA") in title case.
fn push_display(out: &mut String, w: &str) {
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    if letters < 2 || w.chars().any(case::is_lower) || w.contains('.') {
        out.push_str(w);
        return;
    }
    let mut first = true;
    for c in w.chars() {
        if first && c.is_alphabetic() {
            out.push(c);
            first = false;
        } else if c == '-' || c == '\'' {
            out.push(c);
            first = true;
        } else {
            out.push(case::lower(c));
        }
    }
}

/// A title as written and the country it names: "ROK Ambassador to China" is ("Ambassador to
/// China", Republic of Korea); "Head of ASEAN SOM of Vietnam" is ("Head of ASEAN SOM",
/// Vietnam). Honorifics and a leading article are dropped ("H.E. Ms.", "The Rt Hon").
pub(super) fn title(tokens: &[&str], lang: &Lang) -> (String, Option<String>) {
    let (mut buf, mut long) = ([""; WORDS_ON_STACK], Vec::new());
    let t = unpunctuated(tokens, &mut buf, &mut long);
    let mut start = 0;
    let mut end = t.len();
    // "His Excellency Mr.": a possessive before an honorific is part of it.
    let honorific = |i: usize| {
        lang.is_honorific_at(t, i)
            || lang.gender_of(t[i]).is_some()
                && t.get(i + 1).is_some_and(|w| lang.honorific(w).is_some())
    };
    while start < end && (honorific(start) || lang.is_article(t[start])) {
        start += 1;
    }
    // "Senator the Hon. Bob Carr": a style, one title word then "the Hon.", names no office
    // (the office follows in apposition: ", Minister for Foreign Affairs of Australia").
    if end == start + 3 && lang.is_article(t[start + 1]) && lang.honorific(t[start + 2]).is_some() {
        return (String::new(), None);
    }
    // "the Foreign Minister of Japan Mr. Taro Sample": the honorific before the name closes the
    // title, so "of Japan" still ends it.
    while end > start
        && (lang.title_trailing.contains(&t[end - 1]) || lang.is_honorific_at(t, end - 1))
    {
        end -= 1;
    }
    let mut country = None;
    if let Some((c, from)) = trailing_country(&t[start..end], lang) {
        country = Some(c);
        end = start + from;
    }
    // "acting US Secretary of State": a lowercase word of the office before the country (the
    // role keeps the office after it).
    let modified = usize::from(
        end > start + 2
            && scan::is_lowercase(t[start])
            && lang.lower_role_words.contains(&t[start]),
    );
    if let Some((c, n, _)) = lang.country_at(&t[start + modified..end]) {
        if start + modified + n < end {
            country = country.or(Some(c));
            start += modified + n;
        }
    }
    if country.is_none() {
        // "Vice Foreign Minister and Chinese Senior Official ...": a nationality inside.
        country = (start..end)
            .filter(|&i| i == 0 || !lang.place_prepositions.contains(&t[i - 1]))
            .find_map(|i| lang.country_at(&t[i..end]).filter(|x| x.2).map(|x| x.0));
    }
    if country.is_none() {
        // "member of the Political Bureau of the Communist Party of China Central Committee",
        // "Ambassador of Chile to Japan": "of [the] Country" inside the title.
        country = (start..end)
            .filter(|&i| t[i] == lang.of_word)
            .find_map(|of| {
                let from = of + 1 + usize::from(t.get(of + 1).is_some_and(|w| lang.is_article(w)));
                lang.country_at(t.get(from..end)?).map(|x| x.0)
            });
    }
    let mut role = String::with_capacity(t[start..end].iter().map(|w| w.len() + 1).sum());
    let kept = (start..end)
        .filter(|&i| !lang.is_honorific_at(t, i))
        .map(|i| t[i]);
    for (k, w) in kept.enumerate() {
        if k > 0 {
            role.push_str(lang.script.joiner);
        }
        role.push_str(w);
    }
    (role, country.map(str::to_string))
}

/// "of [the] Country" at the end of `t`: the canonical country and where "of" stands.
fn trailing_country(t: &[&str], lang: &Lang) -> Option<(&'static str, usize)> {
    // The leftmost "of" wins: "of the Republic of Korea" holds another "of".
    (0..t.len())
        .filter(|&i| t[i] == lang.of_word)
        .find_map(|of| {
            let mut from = of + 1;
            let whole = |c: (&str, usize, bool)| c.1 == t.len() - from;
            let article = t.get(from).is_some_and(|w| lang.articles.contains(w));
            if article && !lang.country_at(&t[from..]).is_some_and(whole) {
                from += 1;
            }
            match lang.country_at(&t[from..]) {
                Some((c, n, false)) if from + n == t.len() => Some((c, of)),
                _ => None,
            }
        })
}
