//! Stage 3, header: the front matter and the opening sentence -> title, date, format, people.
//!
//! [`front`] takes the cleaned paragraphs and gives which of them are front matter (a headline,
//! date lines) rather than body. [`header`] takes the headline, the date line and the first body
//! sentence and gives a [`Header`]: the title (the headline, or one derived from the opening
//! sentence and flagged so), the date (from a date line, else the opening sentence, else none),
//! the format and the participants, the publisher's own officials given the home country.

use super::lang::Lang;
use super::{date, people, scan, ParseOptions};
use crate::core::model::{Date, MeetingFormat, Participant, Span};

/// How far into the opening sentence the header looks: the facts are at its start, and a
/// bound keeps a pathological 10 MB "sentence" linear.
const OPENING_BYTES: usize = 1200;

pub(super) struct Front {
    pub headline: Option<Span>,
    pub date: Option<Date>,
    /// `true` for each paragraph that is front matter or a stray timestamp line.
    pub skip: Vec<bool>,
}

pub(super) fn front(text: &str, paragraphs: &[Span], lang: &Lang) -> Front {
    let mut f = Front {
        headline: None,
        date: None,
        skip: vec![false; paragraphs.len()],
    };
    let mut in_front = true;
    for (i, p) in paragraphs.iter().enumerate() {
        let s = p.of(text);
        if let Some(d) = date::line(s, lang) {
            if in_front {
                f.date = f.date.or(Some(d));
            }
            f.skip[i] = true;
            continue;
        }
        let is_last = i + 1 == paragraphs.len();
        if in_front && f.headline.is_none() && !is_last && looks_like_headline(s) {
            f.headline = Some(*p);
            f.skip[i] = true;
            continue;
        }
        in_front = false;
    }
    f
}

/// A headline is one short line without closing punctuation (it may hold "U.S. Deputy").
fn looks_like_headline(s: &str) -> bool {
    s.len() <= 300 && !s.ends_with(['.', '!', '?', ':', '"', '。'])
}

pub(super) struct Header {
    pub title: String,
    pub title_derived: bool,
    pub date: Option<Date>,
    pub format: Option<MeetingFormat>,
    pub participants: Vec<Participant>,
    pub publisher: Option<String>,
    /// True when the text did not tell the publisher and it came from the options.
    pub publisher_assumed: bool,
    /// True when the opening sentence names who met whom: it is narration.
    pub opening_is_narration: bool,
}

pub(super) fn header(
    headline: Option<&str>,
    date_line: Option<Date>,
    opening: Option<&str>,
    opts: &ParseOptions,
    lang: &Lang,
) -> Header {
    let opening = opening
        .map(|s| scan::prefix(s, OPENING_BYTES))
        .unwrap_or("");
    let headline = headline.map(|s| scan::prefix(s, OPENING_BYTES));
    let date = date_line.or_else(|| date::find(opening, lang).map(|d| d.0));
    let format = find_format(opening, lang).or_else(|| find_format(headline?, lang));

    let from_opening = people::extract(opening, lang);
    // The headline is read only when the opening sentence leaves someone or a country out.
    let complete = from_opening.as_ref().is_some_and(|p| {
        p.hosts.len() + p.guests.len() >= 2 && p.guests.iter().all(|g| g.country.is_some())
    });
    let from_headline = headline
        .filter(|_| !complete)
        .and_then(|h| people::extract(h, lang));
    let count =
        |p: &Option<people::Parties>| p.as_ref().map_or(0, |p| p.hosts.len() + p.guests.len());
    let opening_is_narration = from_opening.is_some();
    let (best, other) = if count(&from_headline) > count(&from_opening) {
        (from_headline, from_opening)
    } else {
        (from_opening, from_headline)
    };
    let (mut hosts, guests) = best.map_or((vec![], vec![]), |p| (p.hosts, p.guests));
    let publisher = opts
        .publisher_correction
        .clone()
        .or_else(|| opts.publisher.clone());
    if let Some(home) = &publisher {
        for h in &mut hosts {
            h.country.get_or_insert_with(|| home.clone());
        }
    }
    let mut participants: Vec<Participant> = Vec::new();
    for p in hosts.iter().chain(&guests) {
        if !participants.iter().any(|q| q.name == p.name) {
            participants.push(p.clone());
        }
    }
    // The other source may know a country this one lacks.
    if let Some(o) = other {
        for p in participants.iter_mut().filter(|p| p.country.is_none()) {
            let same = o.hosts.iter().chain(&o.guests).find(|q| q.name == p.name);
            p.country = same.and_then(|q| q.country.clone());
        }
    }
    let (title, title_derived) = match headline {
        Some(h) => (h.to_string(), false),
        None => (derive_title(&hosts, &guests, format, opening, lang), true),
    };
    Header {
        title,
        title_derived,
        date,
        format,
        participants,
        publisher_assumed: opts.publisher_correction.is_none() && publisher.is_some(),
        publisher,
        opening_is_narration,
    }
}

/// The first format phrase of the table (most specific first) that the text contains.
fn find_format(s: &str, lang: &Lang) -> Option<MeetingFormat> {
    // The format is named near the start; a bound keeps the table scan cheap.
    let s = scan::prefix(s, 600);
    lang.formats
        .iter()
        .find(|(phrase, _)| scan::find_ci(s, phrase).is_some())
        .map(|&(_, f)| f)
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
                t.replace("{name}", &p.name).replace("{country}", c)
            }
            None => p.name.clone(),
        })
        .collect();
    template
        .replace("{hosts}", &lang.list(&host_names))
        .replace("{guests}", &lang.list(&guest_names))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::parse::lang::en::EN;

    #[test]
    fn a_headline_and_a_date_line_are_front_matter() {
        let text = "Minister Vale Meets with Ambassador Orr\n\n2020/11/09\n\nOn that day they met.";
        let paras = [Span::new(0, 39), Span::new(41, 51), Span::new(53, 73)];
        let f = front(text, &paras, &EN);
        assert_eq!(f.headline, Some(paras[0]));
        assert_eq!(f.date.map(|d| d.to_string()).as_deref(), Some("2020-11-09"));
        assert_eq!(f.skip, vec![true, true, false]);
    }

    #[test]
    fn a_title_is_derived_from_the_opening_sentence_when_there_is_no_headline() {
        let opening = "On March 3, 2021, Foreign Minister Ada Vale held talks with Foreign Minister Tomas Brell of Norway.";
        let h = header(None, None, Some(opening), &ParseOptions::default(), &EN);
        assert!(h.title_derived);
        assert_eq!(h.title, "Ada Vale Holds Talks with Tomas Brell of Norway");
        assert_eq!(h.participants[0].country.as_deref(), Some("China"));
    }

    #[test]
    fn no_date_is_given_when_the_text_has_none() {
        let h = header(
            None,
            None,
            Some("Ada Vale met Tomas Brell."),
            &ParseOptions::default(),
            &EN,
        );
        assert_eq!(h.date, None);
        assert_eq!(h.format, Some(MeetingFormat::Meeting));
    }

    #[test]
    fn two_hosts_and_no_guests_give_a_title_with_the_second_as_guest() {
        let opening = "Foreign Minister Ada Vale and Foreign Minister Tom Orr of Chile held talks in Santiago.";
        let h = header(None, None, Some(opening), &ParseOptions::default(), &EN);
        assert_eq!(h.title, "Ada Vale Holds Talks with Tom Orr of Chile");
    }
}
