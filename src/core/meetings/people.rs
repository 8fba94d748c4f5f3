//! Who is who across readouts: whether a participant of one readout is the same person as a
//! participant of another, within one script (by name) and across scripts (卡特 and Carter:
//! by country and by role, and by the pinyin of a Chinese surname).
//!
//! Takes [`Participant`]s; gives a [`Verdict`] per pair, a verdict per country for two
//! readouts ([`side_verdict`]), and a mapping of one readout's participants onto another's
//! ([`match_participants`]) that the comparisons use to put the same person on one row.

pub(crate) mod tables;

use crate::core::model::{Participant, Readout};
use std::sync::OnceLock;
pub use tables::Offices;
use tables::{OFFICE_CUES, SURNAMES};

/// Whether two participants are one person, as far as the text tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Same,
    Different,
    /// Nothing to compare on (no name, or two scripts and no known role).
    Unknown,
}

/// [`OFFICE_CUES`], longest first.
fn cues() -> &'static [(&'static str, Offices)] {
    static SORTED: OnceLock<Vec<(&str, Offices)>> = OnceLock::new();
    SORTED.get_or_init(|| {
        let mut v = Vec::new();
        for &(cues, office) in OFFICE_CUES {
            for cue in cues {
                v.push((cue, office));
            }
        }
        crate::core::sort::sort_by_key(&mut v, |c| std::cmp::Reverse(c.0.len()));
        v
    })
}

/// The offices a role names (0 when none is known). English cues match whole words.
pub fn offices(role: &str) -> Offices {
    let low: String = role
        .chars()
        .map(|c| match c {
            '-' | ',' | '.' | '、' => ' ',
            c => c.to_ascii_lowercase(),
        })
        .collect();
    let mut claimed = vec![false; low.len()];
    let mut found = 0;
    for &(cue, office) in cues() {
        let latin = cue.is_ascii();
        let mut from = 0;
        while let Some(at) = low.get(from..).and_then(|s| s.find(cue)) {
            let (start, end) = (from + at, from + at + cue.len());
            from = end;
            let bounded = !latin
                || (low[..start]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !c.is_alphanumeric())
                    && low[end..]
                        .chars()
                        .next()
                        .is_none_or(|c| !c.is_alphanumeric()));
            if bounded && !claimed[start..end].iter().any(|&c| c) {
                claimed[start..end].iter_mut().for_each(|c| *c = true);
                found |= office;
            }
        }
    }
    found
}

/// The pinyin of the surname a Chinese name in Han script starts with.
fn surname_pinyin(han: &str) -> Option<&'static str> {
    SURNAMES
        .iter()
        .filter_map(|entry| entry.split_once(' '))
        .find(|(s, _)| han.starts_with(s))
        .map(|(_, p)| p)
}

/// A Latin letter with its diacritics removed, lower case ("ễ" -> 'e'): the parser's
/// [`crate::core::case::unmarked`], so that a name folds the same way in both.
fn fold(c: char) -> char {
    crate::core::case::lower(crate::core::case::unmarked(c))
}

/// Whether a name is written in Han script.
fn is_han_name(name: &str) -> bool {
    name.chars().any(crate::core::parse::is_han)
}

/// The words of a Latin-script name, folded to lower case without diacritics; initials
/// ("J."), honorifics and words of one letter left out.
fn latin_words(name: &str) -> Vec<String> {
    const HONORIFICS: &[&str] = &["mr", "ms", "mrs", "dr", "sir", "dame", "he", "hon"];
    name.split(|c: char| !c.is_alphanumeric())
        .map(|w| w.chars().map(fold).collect::<String>())
        .filter(|w| w.chars().count() > 1 && !HONORIFICS.contains(&w.as_str()))
        .collect()
}

/// The parts of a Han-script name: foreign names separate given name and surname with a dot
/// ("安东尼娅·卡特").
fn han_parts(name: &str) -> Vec<&str> {
    name.split(['·', '•', '‧', '・', ' ', '.'])
        .filter(|p| !p.is_empty())
        .collect()
}

/// Two words of names are one: equal, or long and differing only at the end (Sergey and
/// Sergei, transliterated twice).
fn same_word(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (la, lb) = (a.chars().count(), b.chars().count());
    let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    la.min(lb) >= 4 && common >= 4.max(la.max(lb) - 2)
}

/// Every word of the shorter list has its match in the longer one.
fn words_contained(a: &[String], b: &[String]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    !short.is_empty() && short.iter().all(|w| long.iter().any(|v| same_word(w, v)))
}

/// Whether `a` and `b` (participants of two readouts, both of `country`) are one person.
///
/// Within one script the names decide ("Carter" is "Antonia J. Carter"; "Wang Ming" is not
/// "Wang Tao"). Across scripts a Chinese official's surname decides when both names give
/// one (王 and "Wang"), otherwise the offices their roles name; with neither, it is unknown.
pub fn same_person(a: &Participant, b: &Participant, country: &str) -> Verdict {
    // "The Prime Minister spoke to ...": a participant the text names by title only (the
    // parser gives the title as the name) is told by office, in any script.
    if a.name == a.role || b.name == b.role {
        return office_verdict(a, b);
    }
    let (han_a, han_b) = (is_han_name(&a.name), is_han_name(&b.name));
    if han_a == han_b {
        let same = if han_a {
            let (pa, pb) = (han_parts(&a.name), han_parts(&b.name));
            let (short, long) = if pa.len() <= pb.len() {
                (pa, pb)
            } else {
                (pb, pa)
            };
            !short.is_empty() && short.iter().all(|p| long.contains(p))
        } else {
            let (wa, wb) = (latin_words(&a.name), latin_words(&b.name));
            if wa.is_empty() || wb.is_empty() {
                return Verdict::Unknown;
            }
            words_contained(&wa, &wb)
        };
        return if same {
            Verdict::Same
        } else {
            Verdict::Different
        };
    }
    let (han, latin) = if han_a { (a, b) } else { (b, a) };
    let by_office = office_verdict(a, b);
    let words = latin_words(&latin.name);
    let surname = (country == "China")
        .then(|| surname_pinyin(han.name.trim()))
        .flatten()
        .filter(|_| han_parts(&han.name).len() == 1 && !words.is_empty());
    match surname {
        Some(p) => {
            let at_an_end = |w: Option<&String>| w.is_some_and(|w| w == p);
            if !(at_an_end(words.first()) || at_an_end(words.last())) {
                Verdict::Different
            } else if by_office == Verdict::Different {
                // "王" is one surname in fourteen: a different office means another Wang.
                Verdict::Different
            } else {
                Verdict::Same
            }
        }
        None => by_office,
    }
}

/// Whether the participants of `country` in `a` and in `b` include one person: `Same` when
/// some pair is, `Unknown` when no pair can be told (or a side has nobody of that country),
/// else `Different`.
pub fn side_verdict(a: &Readout, b: &Readout, country: &str) -> Verdict {
    let of = |r: &'_ Readout| -> Vec<usize> {
        (0..r.participants.len())
            .filter(|&i| r.participants[i].country.as_deref() == Some(country))
            .collect()
    };
    let (pa, pb) = (of(a), of(b));
    let mut verdict = Verdict::Unknown;
    let mut told = false;
    for &i in &pa {
        for &j in &pb {
            match same_person(&a.participants[i], &b.participants[j], country) {
                Verdict::Same => return Verdict::Same,
                Verdict::Different => {
                    told = true;
                    verdict = Verdict::Different;
                }
                Verdict::Unknown => {}
            }
        }
    }
    if told {
        verdict
    } else {
        Verdict::Unknown
    }
}

/// Whether the offices the roles of `a` and `b` name are one: unknown when a role names none.
fn office_verdict(a: &Participant, b: &Participant) -> Verdict {
    match (offices(&a.role), offices(&b.role)) {
        (0, _) | (_, 0) => Verdict::Unknown,
        (x, y) if x & y != 0 => Verdict::Same,
        _ => Verdict::Different,
    }
}

/// For each participant of `a`, the participant of `b` who is the same person: by name or
/// surname or office (see [`same_person`]), and, when a country has one participant on each
/// side whom nothing tells apart, that one. Each participant of `b` is taken once.
pub fn match_participants(a: &Readout, b: &Readout) -> Vec<Option<usize>> {
    let mut out = vec![None; a.participants.len()];
    let mut taken = vec![false; b.participants.len()];
    for (i, p) in a.participants.iter().enumerate() {
        let Some(country) = p.country.as_deref() else {
            continue;
        };
        let found = b.participants.iter().enumerate().position(|(j, q)| {
            !taken[j]
                && q.country.as_deref() == Some(country)
                && same_person(p, q, country) == Verdict::Same
        });
        if let Some(j) = found {
            out[i] = Some(j);
            taken[j] = true;
        }
    }
    // One unmatched participant of a country on each side, not told apart: the same person.
    for (i, p) in a.participants.iter().enumerate() {
        let Some(country) = p.country.as_deref() else {
            continue;
        };
        if out[i].is_some() {
            continue;
        }
        let alone = |ps: &[Participant], used: &dyn Fn(usize) -> bool| -> Vec<usize> {
            (0..ps.len())
                .filter(|&k| !used(k) && ps[k].country.as_deref() == Some(country))
                .collect()
        };
        let left_a = alone(&a.participants, &|k| out[k].is_some());
        let left_b = alone(&b.participants, &|k| taken[k]);
        if let ([_], [j]) = (left_a.as_slice(), left_b.as_slice()) {
            if same_person(p, &b.participants[*j], country) == Verdict::Unknown {
                out[i] = Some(*j);
                taken[*j] = true;
            }
        }
    }
    out
}

/// The name another account gives participant `p` of `r` when `r` names them by title only
/// ("The Prime Minister spoke to ...", in the UK's readouts): the first personal name in Latin
/// script that one of `others` gives the same person ([`match_participants`]), or `None`.
pub fn named_elsewhere<'a>(
    r: &Readout,
    p: usize,
    others: impl IntoIterator<Item = &'a Readout>,
) -> Option<&'a str> {
    let own = r.participants.get(p)?;
    if own.name != own.role {
        return None;
    }
    others.into_iter().find_map(|o| {
        let q = &o.participants[match_participants(r, o)[p]?];
        (q.name != q.role && !q.name.chars().any(crate::core::parse::is_han))
            .then_some(q.name.as_str())
    })
}

#[cfg(test)]
mod tests {
    use super::tables::*;
    use super::*;

    fn person(name: &str, role: &str, country: &str) -> Participant {
        Participant {
            name: name.into(),
            role: role.into(),
            country: Some(country.into()),
        }
    }

    #[test]
    fn the_packed_tables_read_as_written() {
        assert_eq!(cues().len(), 95);
        assert_eq!(
            cues()[0],
            ("中央外事工作委员会办公室", FOREIGN_AFFAIRS_COMMISSION)
        );
        assert_eq!(
            cues()[1],
            ("deputy minister of foreign affairs", VICE_FOREIGN_MINISTER)
        );
        assert_eq!(surname_pinyin("欧阳明"), Some("ouyang"));
        assert_eq!(surname_pinyin("谷川"), Some("gu"));
        assert_eq!(surname_pinyin("甄"), None);
        assert_eq!(fold('ợ'), 'o');
        assert_eq!(fold('Ž'), 'z');
        assert_eq!(fold('ß'), 'ß');
    }

    #[test]
    fn a_role_names_its_offices_and_the_longest_cue_wins() {
        assert_eq!(offices("Vice Foreign Minister"), VICE_FOREIGN_MINISTER);
        assert_eq!(offices("Deputy Secretary of State"), VICE_FOREIGN_MINISTER);
        assert_eq!(offices("Secretary of State"), FOREIGN_MINISTER);
        assert_eq!(
            offices("State Councilor and Foreign Minister"),
            STATE_COUNCILOR | FOREIGN_MINISTER
        );
        assert_eq!(
            offices("国务委员兼外长"),
            STATE_COUNCILOR | FOREIGN_MINISTER
        );
        assert_eq!(offices("外交部副部长"), VICE_FOREIGN_MINISTER);
        assert_eq!(offices("副总理"), VICE_PREMIER);
        assert_eq!(offices("Chancellor of the Exchequer"), FINANCE);
        assert_eq!(offices("President"), HEAD_OF_STATE);
        assert_eq!(offices("Vice-President"), VICE_PRESIDENT);
        assert_eq!(offices("Presidential envoy"), 0, "whole words only");
        assert_eq!(offices(""), 0);
    }

    #[test]
    fn names_in_one_script_match_by_their_words() {
        let us = "United States";
        let carter = person("Antonia J. Carter", "Secretary of State", us);
        assert_eq!(
            same_person(&carter, &person("Carter", "", us), us),
            Verdict::Same
        );
        assert_eq!(
            same_person(&carter, &person("Ruth Hale", "", us), us),
            Verdict::Different
        );
        let cn = "China";
        assert_eq!(
            same_person(
                &person("Wang Ming", "", cn),
                &person("Wang Tao", "", cn),
                cn
            ),
            Verdict::Different
        );
        assert_eq!(
            same_person(
                &person("Sergey Orlov", "", "Russia"),
                &person("Sergei Orlov", "", "Russia"),
                "Russia"
            ),
            Verdict::Same
        );
        assert_eq!(
            same_person(
                &person("Nguyễn Văn Sơn", "", "Vietnam"),
                &person("Nguyen Van Son", "", "Vietnam"),
                "Vietnam"
            ),
            Verdict::Same
        );
        assert_eq!(
            same_person(
                &person("安东尼娅·卡特", "", us),
                &person("卡特", "国务卿", us),
                us
            ),
            Verdict::Same
        );
    }

    #[test]
    fn a_participant_named_by_title_only_is_told_by_office() {
        // "The Prime Minister spoke to ..." (a UK readout) and "... with Prime Minister Oswin
        // Fairley of the United Kingdom" (the other side's): one person.
        let uk = "United Kingdom";
        let pm = person("Prime Minister", "Prime Minister", uk);
        let named = person("Oswin Fairley", "Prime Minister", uk);
        assert_eq!(same_person(&pm, &named, uk), Verdict::Same);
        assert_eq!(same_person(&named, &pm, uk), Verdict::Same);
        let fs = person("Foreign Secretary", "Foreign Secretary", uk);
        assert_eq!(same_person(&fs, &named, uk), Verdict::Different);
        assert_eq!(
            same_person(&pm, &person("Oswin Fairley", "", uk), uk),
            Verdict::Unknown
        );
    }

    #[test]
    fn a_title_only_participant_takes_the_name_another_account_gives() {
        use crate::core::meetings::testing::account;
        use crate::core::model::Language;
        let uk = "United Kingdom";
        let no10 = account(
            "uk",
            uk,
            Language::English,
            "2024-03-01",
            &[
                ("Prime Minister", "Prime Minister", uk),
                ("Dara Quill", "President", "United States"),
            ],
        );
        let zh = account(
            "zh",
            "United States",
            Language::Chinese,
            "2024-03-01",
            &[("奎尔", "总统", "United States"), ("费尔利", "首相", uk)],
        );
        let wh = account(
            "wh",
            "United States",
            Language::English,
            "2024-03-01",
            &[
                ("Dara Quill", "President", "United States"),
                ("Oswin Fairley", "Prime Minister", uk),
            ],
        );
        // The Chinese version's name is passed over for the Latin one.
        assert_eq!(named_elsewhere(&no10, 0, [&zh, &wh]), Some("Oswin Fairley"));
        assert_eq!(named_elsewhere(&no10, 0, [&zh]), None);
        // A named participant keeps their own name.
        assert_eq!(named_elsewhere(&no10, 1, [&wh]), None);
        assert_eq!(named_elsewhere(&no10, 7, [&wh]), None);
    }

    #[test]
    fn across_scripts_a_chinese_surname_or_the_office_decides() {
        let cn = "China";
        let wang_zh = person("王明", "外长", cn);
        assert_eq!(
            same_person(&wang_zh, &person("Wang Ming", "Foreign Minister", cn), cn),
            Verdict::Same
        );
        assert_eq!(
            same_person(&wang_zh, &person("Li Ming", "Foreign Minister", cn), cn),
            Verdict::Different
        );
        assert_eq!(
            same_person(&wang_zh, &person("Wang Tao", "Spokesperson", cn), cn),
            Verdict::Different
        );
        let us = "United States";
        let carter = person("约翰·卡特", "国务卿", us);
        assert_eq!(
            same_person(
                &carter,
                &person("John Carter", "Secretary of State", us),
                us
            ),
            Verdict::Same
        );
        assert_eq!(
            same_person(
                &carter,
                &person("Ruth Hale", "Secretary of Commerce", us),
                us
            ),
            Verdict::Different
        );
        assert_eq!(
            same_person(&carter, &person("John Carter", "", us), us),
            Verdict::Unknown
        );
        // A foreign name in Han script that starts like a Chinese surname is not read as one.
        let fr = "France";
        assert_eq!(
            same_person(
                &person("马尔丹", "总统", fr),
                &person("Lucien Martin", "President", fr),
                fr
            ),
            Verdict::Same
        );
    }

    #[test]
    fn participants_are_matched_across_scripts_one_to_one() {
        use crate::core::analyse::testing::readout_with;
        let mut zh = readout_with(
            "zh",
            None,
            &[("王明", "China"), ("约翰·卡特", "United States")],
            &[],
        );
        zh.participants[0].role = "国务委员兼外长".into();
        zh.participants[1].role = "国务卿".into();
        let mut en = readout_with(
            "en",
            None,
            &[
                ("John Carter", "United States"),
                ("Ann Lee", "United States"),
                ("Wang Ming", "China"),
            ],
            &[],
        );
        en.participants[0].role = "Secretary of State".into();
        en.participants[1].role = "Deputy Secretary of State".into();
        assert_eq!(match_participants(&zh, &en), [Some(2), Some(0)]);
        assert_eq!(match_participants(&en, &zh), [Some(1), None, Some(0)]);
        assert_eq!(side_verdict(&zh, &en, "United States"), Verdict::Same);
        assert_eq!(side_verdict(&zh, &en, "Japan"), Verdict::Unknown);
    }
}
