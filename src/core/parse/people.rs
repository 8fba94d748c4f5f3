//! Participants, used by the header stage: the opening sentence or the headline -> who met.
//!
//! Takes one bounded piece of text ("On October 27, 2020, Vice Foreign Minister Luo Zhaohui
//! held a video meeting with Deputy Minister ... of Vietnam Nguyen Quoc Dung.") and a [`Lang`];
//! gives the hosts (before the meeting verb) and the guests (after "with", "from" or the verb),
//! each a [`Participant`] with the role and country as written. A person is a run of words
//! that ends in a name: capitalised words that are neither title words nor country names.

use super::lang::Lang;
use super::scan::{self, Word};
use crate::core::model::Participant;

/// Hosts and guests of one opening sentence or headline.
pub(super) struct Parties {
    pub hosts: Vec<Participant>,
    pub guests: Vec<Participant>,
}

pub(super) fn extract(s: &str, lang: &Lang) -> Option<Parties> {
    let s = s.trim_end_matches(['.', '!', '?']);
    let w: Vec<Word> = lang.words(s);
    let start = skip_opening_clause(&w, lang);
    let verb = (start + 1..w.len()).find(|&i| {
        let t = scan::bare(w[i].1);
        lang.meeting_verbs.iter().any(|v| v.eq_ignore_ascii_case(t))
    })?;
    let hosts = persons(&w[start..verb], lang);
    // "held a video meeting with X", "received a phone call from X", "met X".
    let link = (verb + 1..w.len().min(verb + 12)).find(|&i| {
        let t = scan::bare(w[i].1);
        lang.guest_links.iter().any(|l| l.eq_ignore_ascii_case(t))
    });
    let guests_from = match link {
        Some(i) => i + 1,
        None if w.get(verb + 1).is_some_and(|x| scan::is_capitalised(x.1)) => verb + 1,
        None => w.len(),
    };
    let guests = persons(&w[guests_from.min(w.len())..], lang);
    (!hosts.is_empty() || !guests.is_empty()).then_some(Parties { hosts, guests })
}

/// Skips "On October 27, 2020," or "On the evening of Monday, March 1, 2021," at the start.
fn skip_opening_clause(w: &[Word], lang: &Lang) -> usize {
    let Some(first) = w.first() else { return 0 };
    if !lang.opening_clause_words.contains(&first.1) {
        return 0;
    }
    for i in 0..w.len().min(16) {
        if !w[i].1.ends_with(',') {
            continue;
        }
        let next = w.get(i + 1).map(|x| scan::bare(x.1)).unwrap_or("");
        let date_goes_on = next.starts_with(|c: char| c.is_ascii_digit())
            || lang.month(next).is_some()
            || lang.weekdays.contains(&next);
        if !date_goes_on {
            return i + 1;
        }
    }
    0
}

/// The people named in a run of words, up to the first word that cannot be part of a name
/// or title ("at", "in", "on the phone", a lowercase verb).
fn persons(w: &[Word], lang: &Lang) -> Vec<Participant> {
    // "met with visiting Foreign Minister ...": words before the first title or name.
    let lead = w
        .iter()
        .take_while(|x| lang.lead_ins.contains(&x.1))
        .count();
    let w = &w[lead..];
    // Cut into chunks at "and" and at commas, dropping parentheticals such as "(ROK)".
    let mut chunks: Vec<Vec<&str>> = vec![vec![]];
    let mut in_paren = false;
    for (i, &(_, t)) in w.iter().enumerate() {
        if in_paren || t.starts_with('(') {
            in_paren = !t.ends_with(')') && !t.ends_with("),");
            if t.ends_with(',') {
                chunks.push(vec![]);
            }
            continue;
        }
        if (lang.script.is_plain_word)(t) {
            let next = w.get(i + 1).map(|x| x.1).unwrap_or("");
            let next2 = w.get(i + 2).map(|x| x.1).unwrap_or("");
            let leads_on = scan::is_capitalised(next)
                || (lang.articles.contains(&next) && scan::is_capitalised(next2))
                || next.starts_with('(');
            if !(lang.is_connector(t) && leads_on) {
                break;
            }
            if t == lang.and_word {
                chunks.push(vec![lang.and_word]);
                continue;
            }
        }
        let last = chunks.len() - 1;
        chunks[last].push(t);
        if t.ends_with(',') || t.ends_with(';') {
            chunks.push(vec![]);
        }
    }
    let mut people: Vec<Participant> = Vec::new();
    let mut pending: Vec<&str> = Vec::new();
    let mut last_was_bare_name = false;
    let mut in_apposition = false;
    for chunk in chunks {
        let fresh = pending.is_empty();
        let after_comma = fresh && chunk.first() != Some(&lang.and_word);
        pending.extend(chunk);
        if fresh && pending.first() == Some(&lang.and_word) {
            pending.remove(0);
        }
        if pending.is_empty() {
            continue;
        }
        match person(&pending, lang) {
            Some(p) => {
                last_was_bare_name = p.role.is_empty();
                in_apposition = false;
                people.push(p);
                pending.clear();
            }
            None if last_was_bare_name && after_comma => {
                // "Kim Gunn, Deputy Foreign Minister of the ROK": a title after a bare name.
                if let Some(prev) = people.last_mut() {
                    let (role, country) = title(&pending, lang);
                    prev.role = role;
                    prev.country = prev.country.take().or(country);
                }
                last_was_bare_name = false;
                in_apposition = true;
                pending.clear();
            }
            // "X, Member of the Political Bureau ... and Director of the Office ...,": a second
            // title in the same apposition.
            None if in_apposition && !after_comma => {
                if let Some(prev) = people.last_mut() {
                    let (role, country) = title(&pending, lang);
                    prev.role = [prev.role.as_str(), lang.and_word, &role].join(lang.script.joiner);
                    prev.country = prev.country.take().or(country);
                }
                pending.clear();
            }
            // A title that goes on in the next chunk: "Deputy Minister of Foreign Affairs and".
            None => {}
        }
    }
    people
}

/// One person: "Deputy Foreign Minister Kim Gunn of the Republic of Korea".
fn person(tokens: &[&str], lang: &Lang) -> Option<Participant> {
    let t: Vec<&str> = tokens
        .iter()
        .map(|x| x.trim_end_matches([',', ';']))
        .collect();
    let mut end = t.len();
    let mut country = None;
    if let Some((c, from)) = trailing_country(&t[..end], lang) {
        country = Some(c.to_string());
        end = from;
    }
    let mut name_start = end;
    while name_start > 0 && end - name_start < 5 {
        let w = t[name_start - 1];
        let particle = lang.is_connector(w) && name_start >= 2 && name_start < end;
        let plain = (lang.script.is_name_word)(w, lang)
            && lang.country_at(&t[name_start - 1..end]).is_none();
        let joins = w == lang.of_word || w == lang.and_word || lang.articles.contains(&w);
        if !(plain || particle && !joins) {
            break;
        }
        name_start -= 1;
    }
    if name_start == end || t[name_start..end].iter().all(|w| lang.is_connector(w)) {
        return None;
    }
    let (role, role_country) = title(&tokens[..name_start], lang);
    Some(Participant {
        name: t[name_start..end].join(lang.script.joiner),
        role,
        country: country.or(role_country),
    })
}

/// A title as written and the country it names: "ROK Ambassador to China" is ("Ambassador to
/// China", Republic of Korea); "Head of ASEAN SOM of Vietnam" is ("Head of ASEAN SOM", Vietnam).
fn title(tokens: &[&str], lang: &Lang) -> (String, Option<String>) {
    let t: Vec<&str> = tokens
        .iter()
        .map(|x| x.trim_end_matches([',', ';']))
        .collect();
    let mut start = 0;
    let mut end = t.len();
    while end > 0 && lang.title_trailing.contains(&t[end - 1]) {
        end -= 1;
    }
    let mut country = None;
    if let Some((c, from)) = trailing_country(&t[..end], lang) {
        country = Some(c);
        end = from;
    }
    if let Some((c, n, _)) = lang.country_at(&t[..end]) {
        if n < end {
            country = country.or(Some(c));
            start = n;
        }
    }
    if country.is_none() {
        // "Vice Foreign Minister and Chinese Senior Official ...": a nationality inside.
        country = (start..end)
            .filter(|&i| i == 0 || !lang.place_prepositions.contains(&t[i - 1]))
            .find_map(|i| lang.country_at(&t[i..end]).filter(|x| x.2).map(|x| x.0));
    }
    let role = tokens[start..end].join(lang.script.joiner);
    (
        role.trim_end_matches([',', ';']).to_string(),
        country.map(str::to_string),
    )
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::parse::lang::en::EN;

    fn who(s: &str) -> Vec<(String, String, Option<String>)> {
        let p = extract(s, &EN).expect("parties");
        p.hosts
            .into_iter()
            .chain(p.guests)
            .map(|p| (p.name, p.role, p.country))
            .collect()
    }

    fn p(name: &str, role: &str, country: Option<&str>) -> (String, String, Option<String>) {
        (name.into(), role.into(), country.map(Into::into))
    }

    #[test]
    fn a_country_after_the_name_and_its_abbreviation_are_read() {
        let s = "On November 9, 2020, Vice Foreign Minister Luo Zhaohui held a video conference with Deputy Foreign Minister Kim Gunn of the Republic of Korea (ROK).";
        assert_eq!(
            who(s),
            vec![
                p("Luo Zhaohui", "Vice Foreign Minister", None),
                p(
                    "Kim Gunn",
                    "Deputy Foreign Minister",
                    Some("Republic of Korea")
                )
            ]
        );
    }

    #[test]
    fn a_country_between_title_and_name_is_read() {
        let s = "Minister Ada Quill met with Deputy Minister of Foreign Affairs and Head of ASEAN SOM of Vietnam Tran Van Ba in Hanoi.";
        assert_eq!(
            who(s)[1],
            p(
                "Tran Van Ba",
                "Deputy Minister of Foreign Affairs and Head of ASEAN SOM",
                Some("Vietnam")
            )
        );
    }

    #[test]
    fn adjectives_and_short_forms_before_the_title_give_the_country() {
        let s = "Minister Ada Quill met ROK Ambassador to China Park Minjae and Portuguese Foreign Minister Rui Falcao.";
        let got = who(s);
        assert_eq!(
            got[1],
            p(
                "Park Minjae",
                "Ambassador to China",
                Some("Republic of Korea")
            )
        );
        assert_eq!(
            got[2],
            p("Rui Falcao", "Foreign Minister", Some("Portugal"))
        );
    }

    #[test]
    fn a_title_after_a_bare_name_belongs_to_it() {
        let s = "Ada Quill had a phone call with Tomas Brell, Foreign Minister of Norway, at the request of the latter.";
        assert_eq!(
            who(s)[1],
            p("Tomas Brell", "Foreign Minister", Some("Norway"))
        );
    }

    #[test]
    fn a_visiting_guest_is_still_a_guest() {
        let s = "Ada Vale met with visiting Portuguese Foreign Minister Rui Falcao in Beijing.";
        assert_eq!(
            who(s)[1],
            p("Rui Falcao", "Foreign Minister", Some("Portugal"))
        );
    }

    #[test]
    fn two_titles_in_one_apposition_are_both_kept() {
        let s = "Ada Vale, Member of the Political Bureau and Director of the Office, met with Tom Orr of Chile.";
        assert_eq!(
            who(s)[0],
            p(
                "Ada Vale",
                "Member of the Political Bureau and Director of the Office",
                None
            )
        );
    }
}
