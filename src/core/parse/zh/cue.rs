//! Speaker cues in Chinese, for the attribute stage: a sentence -> the speaker it names.
//!
//! Takes one sentence, the participants and the last person named; gives the speaker when the
//! sentence opens with a subject and a reporting verb, with no space between them: a name
//! ("田墨白表示"), its short form ("罗强调", "索尔旺说", "高野说"), a name with a title before or
//! after it ("温特斯国务卿表示"), a role alone ("大使表示"), a pronoun ("他指出"), a side
//! that has one participant ("美方介绍了", "中方认为"), or all parties ("双方同意", "两国外长",
//! "甲和乙就…交换了意见"). Adverbs may stand between ("朴敏载还介绍了"), and so may a phrase
//! opened by a preposition ("克里向王毅通报了"). A subject with a modal verb ("双方应…",
//! "美方应…") is what the speaker said, not a new speaker. The same is tried after an opening
//! clause ("会谈中，", "关于…问题，").

use super::super::lang::zh::{Prefixes, HAN};
use super::{is_han, starts_with_any, trim_start};
use crate::core::model::{Participant, Speaker};

/// How far a phrase opened by a preposition may run before its verb, in bytes.
const PREP_PHRASE_BYTES: usize = 120;
/// How far into a sentence an opening clause may end, in bytes.
const CLAUSE_BYTES: usize = 90;

pub(in crate::core::parse) fn find_cue(
    s: &str,
    people: &[Participant],
    last_person: Option<usize>,
    paragraph_start: bool,
) -> Option<Speaker> {
    let s = s.trim_start_matches(['“', '"', '「', ' ', '\u{3000}']);
    if let Some(sp) = cue_at(s, people, last_person, paragraph_start) {
        return Some(sp);
    }
    let head = super::super::scan::prefix(s, CLAUSE_BYTES);
    let after_clause = head.find(['，', ',']).and_then(|comma| {
        let rest = &s[comma + s[comma..].chars().next().map_or(1, char::len_utf8)..];
        cue_at(trim_start(rest), people, last_person, false)
    });
    after_clause.or_else(|| attended(s).then_some(Speaker::Narration))
}

/// "中共中央政治局常委、国务院副总理汪洋出席。": a line naming an official who attended, by
/// title, narrates the event ("希望日方出席" names no title and stays the speaker's).
fn attended(s: &str) -> bool {
    let body = s.trim_end_matches(['。', '.', ' ']);
    // Told by the last character first: most sentences end in none of the endings'.
    let last = body.chars().next_back();
    if !last.is_some_and(|c| HAN.attended.iter().any(|a| a.ends_with(c))) {
        return false;
    }
    HAN.attended.iter().any(|a| {
        body.strip_suffix(a)
            .is_some_and(super::people::contains_ending)
    })
}

fn cue_at(
    s: &str,
    people: &[Participant],
    last_person: Option<usize>,
    paragraph_start: bool,
) -> Option<Speaker> {
    if let Some(rest) = joint_subject(s, people) {
        if HAN.joint_not.first_in(rest).is_some() {
            return None;
        }
        let rest = skip_adverbs(rest);
        let acts = paragraph_start || joint_verb_follows(rest) || verb_follows(rest);
        return acts.then_some(Speaker::Joint);
    }
    if let Some(p) = HAN.pronouns.longest_in(s) {
        let rest = &s[p.len()..];
        if rest.starts_with('们') {
            return verb_follows(&rest['们'.len_utf8()..]).then_some(Speaker::Joint);
        }
        return last_person
            .filter(|_| verb_follows(rest))
            .map(Speaker::Person);
    }
    if let Some((who, rest)) = side(s, people) {
        return who.filter(|_| verb_follows(rest)).map(Speaker::Person);
    }
    let (who, rest) = named(s, people)?;
    // A surname of one character may open other words ("罗马尼亚"): only a longer form goes on
    // to a verb later in the clause.
    let long_form = s.len() - rest.len() > '罗'.len_utf8();
    // "甲和乙就…交换了意见": two participants together.
    if let Some(j) = starts_with_any(rest, &["和", "与", "同", "及"]) {
        if let Some((other, rest2)) = named(&rest[j.len()..], people) {
            if other != who && (verb_follows(rest2) || joint_verb_follows(rest2)) {
                return Some(Speaker::Joint);
            }
        }
    }
    (verb_follows(rest) || long_form && verb_in_clause(rest)).then_some(Speaker::Person(who))
}

/// True when a reporting verb stands later in the clause a participant's name opens
/// ("谢锋副部长结合两会，介绍了…" is read up to its first comma: "结合两会" has none; "罗致远在
/// 会谈中阐述了…" has one): a sentence that opens with a participant is theirs when it reports.
fn verb_in_clause(rest: &str) -> bool {
    if rest.starts_with(['的', '和', '与', '及', '、']) {
        return false;
    }
    let clause = super::super::scan::prefix(rest, PREP_PHRASE_BYTES);
    let clause = clause.split(['，', ',', '。', '；']).next().unwrap_or("");
    clause.char_indices().any(|(i, _)| {
        HAN.verbs
            .first_in(&clause[i..])
            .is_some_and(|v| v.chars().count() > 1)
    })
}

/// The rest of `s` after a joint subject ("双方", "中葡双方", "两国外长"), if it opens with one.
fn joint_subject<'a>(s: &'a str, people: &[Participant]) -> Option<&'a str> {
    if let Some(j) = HAN.joint_subjects.longest_in(s) {
        return Some(&s[j.len()..]);
    }
    // "中葡双方": the sides' short forms before the subject.
    let mut rest = s;
    for _ in 0..3 {
        if !HAN.short_firsts.may_open(rest) {
            return None;
        }
        let short = people
            .iter()
            .filter_map(|p| short_form(p.country.as_deref()?))
            .find(|f| rest.starts_with(f))?;
        rest = &rest[short.len()..];
        if let Some(j) = HAN.joint_subjects.longest_in(rest) {
            return Some(&rest[j.len()..]);
        }
    }
    None
}

/// "美方介绍了…": the participant of the side a short form names, when that side has exactly
/// one (`None` inside when it has several), and the rest after "方".
fn side<'a>(s: &'a str, people: &[Participant]) -> Option<(Option<usize>, &'a str)> {
    if !HAN.short_firsts.may_open(s) {
        return None;
    }
    for p in people {
        let Some(short) = p.country.as_deref().and_then(short_form) else {
            continue;
        };
        let Some(rest) = s.strip_prefix(short).and_then(|r| r.strip_prefix(HAN.side)) else {
            continue;
        };
        let country = p.country.as_deref();
        let mut same = people
            .iter()
            .enumerate()
            .filter(|(_, q)| q.country.as_deref() == country);
        let one = match (same.next(), same.next()) {
            (Some((i, _)), None) => Some(i),
            _ => None,
        };
        return Some((one, rest));
    }
    None
}

/// The short form of a canonical country in Chinese ("Portugal" -> "葡").
fn short_form(country: &str) -> Option<&'static str> {
    HAN.country_named(country).map(|c| c.short())
}

/// The participant `s` opens with (full name, short form, title and name), and the rest. A
/// form that two participants share names neither ("王" of 王明 and 王亮).
fn named<'a>(s: &'a str, people: &[Participant]) -> Option<(usize, &'a str)> {
    // A title may come first: "国务卿温特斯表示", "外交部长温立舟说".
    let mut starts = vec![s];
    for p in people.iter().filter(|p| !p.role.is_empty()) {
        if let Some(r) = s.strip_prefix(p.role.as_str()) {
            starts.push(r);
        }
    }
    if let Some(h) = HAN.honorifics.longest_in(s) {
        starts.push(&s[h.len()..]);
    }
    let mut best: Option<(usize, &str)> = None;
    let mut tie = false;
    for start in starts {
        let first = start.chars().next();
        for (i, p) in people.iter().enumerate() {
            // Every form is a piece of the name, so a start whose first character the name
            // lacks opens none of them (a name that may have an empty form is always tried).
            let may_have_empty_form =
                p.name.is_empty() || p.name.ends_with([' ', '·', '•', '・', '‧']);
            if first.is_some_and(|c| !may_have_empty_form && !p.name.contains(c)) {
                continue;
            }
            let Some(form) = forms(&p.name)
                .filter(|f| start.starts_with(f))
                .max_by_key(|f| f.len())
            else {
                continue;
            };
            let rest = &start[form.len()..];
            match best {
                Some((_, r)) if r.len() < rest.len() => {}
                Some((j, r)) if r.len() == rest.len() => tie |= j != i,
                _ => {
                    best = Some((i, rest));
                    tie = false;
                }
            }
        }
    }
    let (who, rest) = best.filter(|_| !tie)?;
    // "温特斯国务卿表示": a title after the name.
    let rest = HAN
        .honorifics
        .longest_in(rest)
        .map_or(rest, |h| &rest[h.len()..]);
    Some((who, rest))
}

/// The ways a readout names a participant after the opening: the full name, the part after the
/// last "·" ("索尔旺"), and the surname of a name in Han characters ("罗" of 罗致远, "欧阳" of
/// 欧阳明远, "高野" of 高野美咲). Pieces of the name, not copies: the cue of every sentence
/// asks for the forms of every participant.
fn forms(name: &str) -> impl Iterator<Item = &str> {
    std::iter::once(name).chain(short_name(name))
}

/// The short form of [`forms`], if the name has one.
fn short_name(name: &str) -> Option<&str> {
    if let Some((_, last)) = name.rsplit_once(['·', '•', '・', '‧']) {
        return (!last.is_empty()).then_some(last);
    }
    if let Some((_, last)) = name.rsplit_once(' ') {
        return Some(last);
    }
    let n = name.chars().count();
    if !name.chars().all(is_han) || n < 2 {
        return None;
    }
    // Where the first `k` characters end.
    let end = |k: usize| name.char_indices().nth(k).map_or(name.len(), |(i, _)| i);
    let compound = HAN.compound_surnames.iter().find(|c| name.starts_with(**c));
    match (compound, n) {
        (Some(c), n) if n > 2 => Some(&name[..c.len()]),
        (None, 2 | 3) => Some(&name[..end(1)]),
        (None, _) => Some(&name[..end(2)]),
        _ => None,
    }
}

/// `s` after up to three adverbs ("还", "进一步").
fn skip_adverbs(mut s: &str) -> &str {
    for _ in 0..3 {
        match HAN.adverbs.longest_in(s) {
            Some(a) => s = &s[a.len()..],
            None => break,
        }
    }
    s
}

/// True when a verb that only the parties together do follows ("就…交换了意见", "同意").
fn joint_verb_follows(rest: &str) -> bool {
    follows(rest, &HAN.joint_verbs)
}

/// True when a reporting verb follows (after adverbs, or after a phrase that a preposition
/// opens: "就乌克兰问题阐述了…", "向王毅通报了…").
fn verb_follows(rest: &str) -> bool {
    follows(rest, &HAN.verbs)
}

/// True when one of `verbs` follows, after adverbs or inside a phrase a preposition opens.
fn follows(rest: &str, verbs: &Prefixes) -> bool {
    let rest = skip_adverbs(rest);
    if verbs.first_in(rest).is_some() {
        return true;
    }
    let Some(prep) = HAN.preps.first_in(rest) else {
        return false;
    };
    let phrase = super::super::scan::prefix(&rest[prep.len()..], PREP_PHRASE_BYTES);
    // The verb comes after the phrase's object, before the sentence goes on past a comma.
    let phrase = phrase.split(['，', ',', '。']).next().unwrap_or("");
    phrase
        .char_indices()
        .any(|(i, _)| verbs.first_in(&phrase[i..]).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn people() -> Vec<Participant> {
        let p = |n: &str, r: &str, c: &str| Participant {
            name: n.into(),
            role: r.into(),
            country: Some(c.into()),
        };
        vec![
            p("罗致远", "外交部副部长", "China"),
            p("卡拉·温特斯", "国务卿", "United States"),
        ]
    }

    fn cue(s: &str) -> Option<Speaker> {
        find_cue(s, &people(), Some(1), false)
    }

    #[test]
    fn a_line_naming_who_attended_is_narration() {
        assert_eq!(
            cue("中共中央政治局常委、国务院副总理程远山出席。"),
            Some(Speaker::Narration)
        );
        assert_eq!(
            cue("外交部部长助理何青等参加会见。"),
            Some(Speaker::Narration)
        );
        // No title: what the speaker hopes for, not who attended.
        assert_eq!(cue("希望日方派团出席。"), None);
    }

    #[test]
    fn names_short_forms_and_titles_are_cues() {
        assert_eq!(cue("罗致远表示，中方愿意。"), Some(Speaker::Person(0)));
        assert_eq!(cue("罗强调，双方要落实。"), Some(Speaker::Person(0)));
        assert_eq!(
            cue("温特斯国务卿表示，美方重视。"),
            Some(Speaker::Person(1))
        );
        assert_eq!(cue("国务卿温特斯说，好。"), Some(Speaker::Person(1)));
        assert_eq!(cue("温特斯还介绍了美方看法。"), Some(Speaker::Person(1)));
        assert_eq!(cue("温特斯向罗致远通报了局势。"), Some(Speaker::Person(1)));
        assert_eq!(
            cue("温特斯转交了美方学者的报告，介绍了报告背景。"),
            Some(Speaker::Person(1))
        );
    }

    #[test]
    fn pronouns_sides_and_joint_subjects_are_cues() {
        assert_eq!(cue("她强调，美方重视。"), Some(Speaker::Person(1)));
        assert_eq!(cue("中方认为，问题应当解决。"), Some(Speaker::Person(0)));
        assert_eq!(cue("美方介绍了看法。"), Some(Speaker::Person(1)));
        assert_eq!(cue("双方同意保持沟通。"), Some(Speaker::Joint));
        assert_eq!(cue("中美双方一致认为，会谈有益。"), Some(Speaker::Joint));
        assert_eq!(
            cue("罗致远和温特斯就局势交换了意见。"),
            Some(Speaker::Joint)
        );
        assert_eq!(
            cue("会谈中，双方还就乌克兰问题交换了意见。"),
            Some(Speaker::Joint)
        );
    }

    #[test]
    fn a_participant_whose_clause_goes_on_to_a_reporting_verb_is_a_cue() {
        assert_eq!(
            cue("罗致远在会谈中阐述了中方立场。"),
            Some(Speaker::Person(0))
        );
        assert_eq!(
            cue("罗致远副部长结合两会介绍了中国的内外政策。"),
            Some(Speaker::Person(0))
        );
        assert_eq!(cue("罗致远的讲话引起关注。"), None);
        assert_eq!(cue("罗致远此行是首次访美，介绍了情况。"), None);
    }

    #[test]
    fn a_subject_with_a_modal_or_as_a_noun_is_no_cue() {
        assert_eq!(cue("美方应同中方相向而行。"), None);
        assert_eq!(cue("双方应加强战略沟通。"), None);
        assert_eq!(cue("三方合作具有广阔前景。"), None);
        assert_eq!(cue("两国关系保持健康发展。"), None);
        assert_eq!(cue("台湾问题是中国的内政。"), None);
        assert_eq!(cue("罗马尼亚愿意合作。"), None);
    }

    #[test]
    fn a_joint_subject_opening_a_paragraph_is_joint_whatever_follows() {
        assert_eq!(
            find_cue("双方将继续保持沟通。", &people(), None, true),
            Some(Speaker::Joint)
        );
        assert_eq!(
            find_cue("双方将继续保持沟通。", &people(), None, false),
            None
        );
    }

    #[test]
    fn surnames_follow_the_shape_of_the_name() {
        assert_eq!(
            forms("欧阳明远").collect::<Vec<_>>(),
            vec!["欧阳明远", "欧阳"]
        );
        assert_eq!(
            forms("高野美咲").collect::<Vec<_>>(),
            vec!["高野美咲", "高野"]
        );
        assert_eq!(forms("陈伟良").collect::<Vec<_>>(), vec!["陈伟良", "陈"]);
        assert_eq!(
            forms("英格丽德·索尔旺").collect::<Vec<_>>(),
            vec!["英格丽德·索尔旺", "索尔旺"]
        );
        assert_eq!(
            forms("Kara Winters").collect::<Vec<_>>(),
            vec!["Kara Winters", "Winters"]
        );
    }
}
