//! The sentences that narrate the event, and the participants they and the headline name.
//!
//! Takes the body's first sentences and the headline; gives the opening sentences (the first
//! run of sentences that say who met whom: a spokesperson's line before them is skipped, a
//! UK standfirst and the opening after it are both read) and every participant once, merged
//! across sources: "Caldwell" in the headline is "Harlan J. Caldwell Jr." of the opening, and
//! "The Foreign Secretary" is the Foreign Secretary named later.

use super::super::lang::{Gender, Lang};
use super::super::people::{self, Kind, Parties, Person};
use super::super::roles;
use crate::core::case;

/// Body sentences read for the opening.
const MAX_OPENINGS: usize = 4;

/// A participant and whether it was first named as a host (before the meeting verb).
pub(super) struct Found {
    pub person: Person,
    pub host: bool,
}

/// The opening sentences (index into the sentences given, whether each narrates the event
/// rather than reporting a statement, and where its words about the meeting end) and their
/// parties.
pub(super) struct Openings {
    pub sentences: Vec<(usize, bool, usize)>,
    pub parties: Vec<Parties>,
}

impl Openings {
    /// True when the openings name at least two people and every guest's country.
    pub fn complete(&self) -> bool {
        let named = |p: &&Person| !p.role_only;
        // A summary line and the story's opening may both name one person ("The Foreign
        // Secretary spoke to Foreign Minister Lavrov today." twice): each counts once.
        // (On the stack: asked after every opening sentence; past a few names, each counts.)
        let mut names = [""; COUNTED_NAMES];
        let mut people = 0;
        for p in self
            .parties
            .iter()
            .flat_map(|p| p.hosts.iter().chain(&p.guests))
            .filter(named)
        {
            let seen = &names[..people.min(COUNTED_NAMES)];
            if !seen.contains(&p.p.name.as_str()) {
                if let Some(slot) = names.get_mut(people) {
                    *slot = &p.p.name;
                }
                people += 1;
            }
        }
        let guests_known = self
            .parties
            .iter()
            .flat_map(|p| &p.guests)
            .all(|g| g.p.country.is_some());
        people >= 2 && guests_known
    }
}

/// The names [`Openings::complete`] tells apart.
const COUNTED_NAMES: usize = 8;

/// Reads the opening among the first body sentences (`first` gives each sentence's text).
pub(super) fn openings<'a>(first: impl Iterator<Item = &'a str>, lang: &Lang) -> Openings {
    let mut o = Openings {
        sentences: Vec::new(),
        parties: Vec::new(),
    };
    for (i, s) in first.take(MAX_OPENINGS).enumerate() {
        match people::extract(s, Kind::Opening, lang) {
            Some(p) => {
                // The readout's first sentence narrates the event, a pair's too ("A and B
                // discussed ... over the phone on Monday"; see the fixtures' conventions),
                // unless it names the meeting first ("During a telephone conversation, A and
                // B discussed ...": what they discussed in it).
                let occasion_first = || {
                    s.split(' ').next().is_some_and(|w| {
                        lang.occasion_links
                            .iter()
                            .any(|l| l.eq_ignore_ascii_case(w))
                    })
                };
                let narrates = !p.reported || p.paired && i == 0 && !occasion_first();
                o.sentences.push((i, narrates, p.clause_end));
                o.parties.push(p);
                if o.complete() {
                    break;
                }
            }
            // A spokesperson's line may stand before the opening, nothing after it.
            None if o.parties.is_empty() && i < 2 => {}
            None => break,
        }
    }
    o
}

/// Every participant once: the openings' in order, then the headline's. The headline adds
/// people only when the openings leave someone or a country out, or when `also` (the opening
/// has two guest links and may have named the wrong guest).
pub(super) fn merge(
    openings: Openings,
    headline: Option<Parties>,
    also: bool,
    lang: &Lang,
) -> Vec<Found> {
    let complete = openings.complete() && !also;
    let mut all: Vec<Found> = Vec::new();
    for parties in openings.parties {
        add(&mut all, parties, true, lang);
    }
    if let Some(h) = headline {
        // "interrupted his talks with A and spoke on the phone with B" under "... with B": the
        // headline names the meeting's guest, and the opening's other guest had no part in it.
        if also && !h.guests.is_empty() {
            all.retain(|f| f.host || h.guests.iter().any(|g| same(&f.person, g, lang)));
        }
        add(&mut all, h, !complete, lang);
    }
    if !all.iter().any(|f| f.person.role_only) {
        return all;
    }
    // A title alone that no named person took stays only if it is someone's only mention; a
    // host's title is not a guest's ("The President spoke with French President X"), unless
    // the guest is the host's counterpart ("with his Hungarian counterpart": no one named is
    // from that country; a host without a title leaves it none, and it names no one).
    let named_roles: Vec<(Vec<String>, bool)> = all
        .iter()
        .filter(|f| !f.person.role_only)
        .map(|f| (roles::key(&f.person.p.role, lang), f.host))
        .collect();
    let named_countries: Vec<Option<String>> = all
        .iter()
        .filter(|f| !f.person.role_only)
        .map(|f| f.person.p.country.clone())
        .collect();
    all.retain(|f| {
        if f.person.role_only && f.person.counterpart {
            return !f.person.p.role.is_empty() && !named_countries.contains(&f.person.p.country);
        }
        let key = roles::key(&f.person.p.role, lang);
        !f.person.role_only
            || !named_roles
                .iter()
                .any(|(k, host)| *k == key && (*host || !f.host))
    });
    untitled_pairs(&mut all);
    for f in all.iter_mut().filter(|f| f.person.role_only) {
        f.person.p.name = f.person.p.role.clone();
    }
    all
}

/// "PM call with President Obama", then "David Cameron spoke to President Obama": on one side
/// (hosts or guests), a title alone and a name without a title are one person when each is the
/// only one of its kind there and their countries agree. The name takes the title and country.
fn untitled_pairs(all: &mut Vec<Found>) {
    for host in [true, false] {
        let side = |f: &&Found| f.host == host;
        let mut titles = all
            .iter()
            .enumerate()
            .filter(|(_, f)| side(f) && f.person.role_only);
        let mut names = all
            .iter()
            .enumerate()
            .filter(|(_, f)| side(f) && !f.person.role_only && f.person.p.role.is_empty());
        let (Some((t, _)), None, Some((n, _)), None) =
            (titles.next(), titles.next(), names.next(), names.next())
        else {
            continue;
        };
        if countries_agree(&all[t].person, &all[n].person) {
            let title = all.remove(t).person;
            let n = if t < n { n - 1 } else { n };
            absorb(&mut all[n].person, title);
        }
    }
}

/// Adds the people of `parties` to `all`, or merges each into the same person found before.
pub(super) fn add(all: &mut Vec<Found>, parties: Parties, may_add: bool, lang: &Lang) {
    let hosts = parties.hosts.into_iter().map(|p| (p, true));
    // Who this sentence's hosts are: its guests are other people.
    let mut hosts_at: Vec<usize> = Vec::new();
    for (p, host) in hosts.chain(parties.guests.into_iter().map(|p| (p, false))) {
        if p.role_only && !may_add {
            continue;
        }
        let found = all
            .iter()
            .enumerate()
            .position(|(i, f)| (host || !hosts_at.contains(&i)) && same(&f.person, &p, lang));
        match found {
            Some(i) => {
                absorb(&mut all[i].person, p);
                if host {
                    hosts_at.push(i);
                }
            }
            None if may_add => {
                if host {
                    hosts_at.push(all.len());
                }
                all.push(Found { person: p, host });
            }
            None => {}
        }
    }
}

/// One person named twice: one name's words within the other's ("Caldwell", "Harlan J.
/// Caldwell Jr."), or a title alone that fits the other's title, countries not at odds.
fn same(a: &Person, b: &Person, lang: &Lang) -> bool {
    if !countries_agree(a, b) {
        return false;
    }
    if a.role_only || b.role_only {
        let (ka, kb) = (roles::key(&a.p.role, lang), roles::key(&b.p.role, lang));
        return !ka.is_empty()
            && (roles::fit(&ka, &kb).is_some() || roles::fit(&kb, &ka).is_some());
    }
    let same_word = case::eq_ignoring_case;
    let (na, nb) = (a.p.name.as_str(), b.p.name.as_str());
    let (short, long) = if na.split(' ').count() <= nb.split(' ').count() {
        (na, nb)
    } else {
        (nb, na)
    };
    short
        .split(' ')
        .all(|w| long.split(' ').any(|x| same_word(w, x)))
}

/// Two mentions' countries are not at odds: equal, or one of them not known.
fn countries_agree(a: &Person, b: &Person) -> bool {
    match (&a.p.country, &b.p.country) {
        (Some(x), Some(y)) => x == y,
        _ => true,
    }
}

/// Takes what `b` knows that `a` lacks: the longer name, a title, a country, a gender.
fn absorb(a: &mut Person, b: Person) {
    if a.role_only || (!b.role_only && b.p.name.len() > a.p.name.len()) {
        a.p.name = b.p.name;
        a.role_only = b.role_only;
    }
    if a.p.role.is_empty() || (a.counterpart && !b.p.role.is_empty()) {
        a.p.role = b.p.role;
    }
    a.p.country = a.p.country.take().or(b.p.country);
    a.gender = a.gender.or(b.gender);
}

/// The gender of each participant, as the text told it.
pub(super) fn genders(all: &[Found]) -> Vec<Option<Gender>> {
    all.iter().map(|f| f.person.gender).collect()
}
