//! Who is who across readouts: whether a participant of one readout is the same person as a
//! participant of another, within one script (by name) and across scripts (布林肯 and Blinken:
//! by country and by role, and by the pinyin of a Chinese surname).
//!
//! Takes [`Participant`]s; gives a [`Verdict`] per pair, a verdict per country for two
//! readouts ([`side_verdict`]), and a mapping of one readout's participants onto another's
//! ([`match_participants`]) that the comparisons use to put the same person on one row.

use crate::core::model::{Participant, Readout};
use std::sync::OnceLock;

/// Whether two participants are one person, as far as the text tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Same,
    Different,
    /// Nothing to compare on (no name, or two scripts and no known role).
    Unknown,
}

/// The kinds of office a role names, as bits: the same office across languages and styles.
/// A role can name several ("State Councilor and Foreign Minister").
pub type Offices = u32;

const HEAD_OF_STATE: Offices = 1;
const HEAD_OF_GOVERNMENT: Offices = 1 << 1;
const VICE_PRESIDENT: Offices = 1 << 2;
const VICE_PREMIER: Offices = 1 << 3;
const FOREIGN_MINISTER: Offices = 1 << 4;
const VICE_FOREIGN_MINISTER: Offices = 1 << 5;
const ASSISTANT_FOREIGN_MINISTER: Offices = 1 << 6;
const FOREIGN_AFFAIRS_COMMISSION: Offices = 1 << 7;
const STATE_COUNCILOR: Offices = 1 << 8;
const DEFENCE: Offices = 1 << 9;
const FINANCE: Offices = 1 << 10;
const TRADE: Offices = 1 << 11;
const SECURITY_ADVISER: Offices = 1 << 12;
const AMBASSADOR: Offices = 1 << 13;
const SPOKESPERSON: Offices = 1 << 14;
const ENVOY: Offices = 1 << 15;

/// Words of roles, English in lower case and Chinese, with the office they name. The longest
/// cue found claims its words first, so "vice foreign minister" is not also "foreign minister".
const OFFICE_CUES: &[(&str, Offices)] = &[
    ("president", HEAD_OF_STATE),
    ("king", HEAD_OF_STATE),
    ("queen", HEAD_OF_STATE),
    ("emir", HEAD_OF_STATE),
    ("sultan", HEAD_OF_STATE),
    ("国家主席", HEAD_OF_STATE),
    ("总统", HEAD_OF_STATE),
    ("国王", HEAD_OF_STATE),
    ("女王", HEAD_OF_STATE),
    ("prime minister", HEAD_OF_GOVERNMENT),
    ("premier", HEAD_OF_GOVERNMENT),
    ("chancellor", HEAD_OF_GOVERNMENT),
    ("总理", HEAD_OF_GOVERNMENT),
    ("首相", HEAD_OF_GOVERNMENT),
    ("vice president", VICE_PRESIDENT),
    ("副主席", VICE_PRESIDENT),
    ("副总统", VICE_PRESIDENT),
    ("vice premier", VICE_PREMIER),
    ("deputy prime minister", VICE_PREMIER),
    ("副总理", VICE_PREMIER),
    ("副首相", VICE_PREMIER),
    ("foreign minister", FOREIGN_MINISTER),
    ("minister of foreign affairs", FOREIGN_MINISTER),
    ("minister for foreign affairs", FOREIGN_MINISTER),
    ("secretary of state", FOREIGN_MINISTER),
    ("foreign secretary", FOREIGN_MINISTER),
    ("external affairs minister", FOREIGN_MINISTER),
    ("minister of external affairs", FOREIGN_MINISTER),
    ("secretary for foreign affairs", FOREIGN_MINISTER),
    ("外长", FOREIGN_MINISTER),
    ("外交部长", FOREIGN_MINISTER),
    ("外交部部长", FOREIGN_MINISTER),
    ("国务卿", FOREIGN_MINISTER),
    ("外交大臣", FOREIGN_MINISTER),
    ("外相", FOREIGN_MINISTER),
    ("外务大臣", FOREIGN_MINISTER),
    ("vice foreign minister", VICE_FOREIGN_MINISTER),
    ("deputy foreign minister", VICE_FOREIGN_MINISTER),
    ("deputy secretary of state", VICE_FOREIGN_MINISTER),
    ("vice minister of foreign affairs", VICE_FOREIGN_MINISTER),
    ("deputy minister of foreign affairs", VICE_FOREIGN_MINISTER),
    ("first vice foreign minister", VICE_FOREIGN_MINISTER),
    ("副外长", VICE_FOREIGN_MINISTER),
    ("外交部副部长", VICE_FOREIGN_MINISTER),
    ("副国务卿", VICE_FOREIGN_MINISTER),
    ("assistant foreign minister", ASSISTANT_FOREIGN_MINISTER),
    ("assistant secretary of state", ASSISTANT_FOREIGN_MINISTER),
    ("外交部部长助理", ASSISTANT_FOREIGN_MINISTER),
    ("助理国务卿", ASSISTANT_FOREIGN_MINISTER),
    (
        "central foreign affairs commission",
        FOREIGN_AFFAIRS_COMMISSION,
    ),
    ("foreign affairs commission", FOREIGN_AFFAIRS_COMMISSION),
    ("中央外办", FOREIGN_AFFAIRS_COMMISSION),
    ("中央外事工作委员会办公室", FOREIGN_AFFAIRS_COMMISSION),
    ("state councilor", STATE_COUNCILOR),
    ("state councillor", STATE_COUNCILOR),
    ("国务委员", STATE_COUNCILOR),
    ("defense minister", DEFENCE),
    ("defence minister", DEFENCE),
    ("minister of defense", DEFENCE),
    ("minister of defence", DEFENCE),
    ("minister of national defense", DEFENCE),
    ("secretary of defense", DEFENCE),
    ("defence secretary", DEFENCE),
    ("defense secretary", DEFENCE),
    ("国防部长", DEFENCE),
    ("防长", DEFENCE),
    ("treasury secretary", FINANCE),
    ("secretary of the treasury", FINANCE),
    ("finance minister", FINANCE),
    ("minister of finance", FINANCE),
    ("chancellor of the exchequer", FINANCE),
    ("财政部长", FINANCE),
    ("财长", FINANCE),
    ("commerce secretary", TRADE),
    ("secretary of commerce", TRADE),
    ("commerce minister", TRADE),
    ("minister of commerce", TRADE),
    ("trade minister", TRADE),
    ("minister of trade", TRADE),
    ("trade representative", TRADE),
    ("商务部长", TRADE),
    ("贸易代表", TRADE),
    ("national security advisor", SECURITY_ADVISER),
    ("national security adviser", SECURITY_ADVISER),
    ("国家安全事务助理", SECURITY_ADVISER),
    ("ambassador", AMBASSADOR),
    ("大使", AMBASSADOR),
    ("spokesperson", SPOKESPERSON),
    ("spokesman", SPOKESPERSON),
    ("spokeswoman", SPOKESPERSON),
    ("发言人", SPOKESPERSON),
    ("special envoy", ENVOY),
    ("special representative", ENVOY),
    ("特使", ENVOY),
    ("特别代表", ENVOY),
];

/// [`OFFICE_CUES`], longest first.
fn cues() -> &'static [(&'static str, Offices)] {
    static SORTED: OnceLock<Vec<(&str, Offices)>> = OnceLock::new();
    SORTED.get_or_init(|| {
        let mut v = OFFICE_CUES.to_vec();
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

/// Chinese surnames and their pinyin (two-character surnames first): a Chinese official's
/// name in Han script is matched to the same name in pinyin by its surname.
const SURNAMES: &[(&str, &str)] = &[
    ("欧阳", "ouyang"),
    ("司马", "sima"),
    ("上官", "shangguan"),
    ("诸葛", "zhuge"),
    ("司徒", "situ"),
    ("夏侯", "xiahou"),
    ("王", "wang"),
    ("李", "li"),
    ("张", "zhang"),
    ("刘", "liu"),
    ("陈", "chen"),
    ("杨", "yang"),
    ("黄", "huang"),
    ("赵", "zhao"),
    ("吴", "wu"),
    ("周", "zhou"),
    ("徐", "xu"),
    ("孙", "sun"),
    ("马", "ma"),
    ("朱", "zhu"),
    ("胡", "hu"),
    ("郭", "guo"),
    ("何", "he"),
    ("林", "lin"),
    ("罗", "luo"),
    ("高", "gao"),
    ("郑", "zheng"),
    ("梁", "liang"),
    ("谢", "xie"),
    ("宋", "song"),
    ("唐", "tang"),
    ("许", "xu"),
    ("邓", "deng"),
    ("冯", "feng"),
    ("韩", "han"),
    ("曹", "cao"),
    ("曾", "zeng"),
    ("彭", "peng"),
    ("萧", "xiao"),
    ("肖", "xiao"),
    ("蔡", "cai"),
    ("潘", "pan"),
    ("田", "tian"),
    ("董", "dong"),
    ("袁", "yuan"),
    ("于", "yu"),
    ("余", "yu"),
    ("叶", "ye"),
    ("蒋", "jiang"),
    ("杜", "du"),
    ("苏", "su"),
    ("魏", "wei"),
    ("程", "cheng"),
    ("吕", "lyu"),
    ("丁", "ding"),
    ("沈", "shen"),
    ("任", "ren"),
    ("姚", "yao"),
    ("卢", "lu"),
    ("傅", "fu"),
    ("钟", "zhong"),
    ("姜", "jiang"),
    ("崔", "cui"),
    ("谭", "tan"),
    ("廖", "liao"),
    ("范", "fan"),
    ("汪", "wang"),
    ("陆", "lu"),
    ("金", "jin"),
    ("石", "shi"),
    ("戴", "dai"),
    ("贾", "jia"),
    ("韦", "wei"),
    ("夏", "xia"),
    ("邱", "qiu"),
    ("方", "fang"),
    ("侯", "hou"),
    ("邹", "zou"),
    ("熊", "xiong"),
    ("孟", "meng"),
    ("秦", "qin"),
    ("白", "bai"),
    ("江", "jiang"),
    ("阎", "yan"),
    ("闫", "yan"),
    ("薛", "xue"),
    ("尹", "yin"),
    ("段", "duan"),
    ("雷", "lei"),
    ("黎", "li"),
    ("史", "shi"),
    ("龙", "long"),
    ("陶", "tao"),
    ("贺", "he"),
    ("顾", "gu"),
    ("毛", "mao"),
    ("郝", "hao"),
    ("龚", "gong"),
    ("邵", "shao"),
    ("万", "wan"),
    ("钱", "qian"),
    ("严", "yan"),
    ("赖", "lai"),
    ("洪", "hong"),
    ("武", "wu"),
    ("莫", "mo"),
    ("孔", "kong"),
    ("易", "yi"),
    ("温", "wen"),
    ("习", "xi"),
    ("齐", "qi"),
    ("柯", "ke"),
    ("常", "chang"),
    ("左", "zuo"),
    ("骆", "luo"),
    ("耿", "geng"),
    ("栗", "li"),
    ("乐", "yue"),
    ("解", "xie"),
    ("谷", "gu"),
];

/// The pinyin of the surname a Chinese name in Han script starts with.
fn surname_pinyin(han: &str) -> Option<&'static str> {
    SURNAMES
        .iter()
        .find(|(s, _)| han.starts_with(s))
        .map(|&(_, p)| p)
}

/// A Latin letter with its diacritics removed, lower case ("ễ" -> 'e').
fn fold(c: char) -> char {
    const GROUPS: &[(char, &str)] = &[
        ('a', "àáâãäåāăąạảấầẩẫậắằẳẵặ"),
        ('c', "çćčĉċ"),
        ('d', "đďð"),
        ('e', "èéêëēĕėęěẹẻẽếềểễệ"),
        ('g', "ğĝġģ"),
        ('i', "ìíîïĩīĭįıịỉ"),
        ('l', "łĺľļ"),
        ('n', "ñńňņ"),
        ('o', "òóôõöøōŏőơọỏốồổỗộớờởỡợ"),
        ('r', "řŕ"),
        ('s', "śšşŝș"),
        ('t', "ťţț"),
        ('u', "ùúûüũūŭůűųưụủứừửữự"),
        ('y', "ýÿŷỳỵỷỹ"),
        ('z', "źžż"),
    ];
    let low = c.to_lowercase().next().unwrap_or(c);
    if low.is_ascii() {
        return low;
    }
    GROUPS
        .iter()
        .find(|(_, g)| g.contains(low))
        .map_or(low, |&(base, _)| base)
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
/// ("安东尼·布林肯").
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
/// Within one script the names decide ("Blinken" is "Antony J. Blinken"; "Wang Yi" is not
/// "Wang Wenbin"). Across scripts a Chinese official's surname decides when both names give
/// one (王 and "Wang"), otherwise the offices their roles name; with neither, it is unknown.
pub fn same_person(a: &Participant, b: &Participant, country: &str) -> Verdict {
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
    let by_office = match (offices(&a.role), offices(&b.role)) {
        (0, _) | (_, 0) => Verdict::Unknown,
        (x, y) if x & y != 0 => Verdict::Same,
        _ => Verdict::Different,
    };
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

#[cfg(test)]
mod tests {
    use super::*;

    fn person(name: &str, role: &str, country: &str) -> Participant {
        Participant {
            name: name.into(),
            role: role.into(),
            country: Some(country.into()),
        }
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
        let blinken = person("Antony J. Blinken", "Secretary of State", us);
        assert_eq!(
            same_person(&blinken, &person("Blinken", "", us), us),
            Verdict::Same
        );
        assert_eq!(
            same_person(&blinken, &person("Gina Raimondo", "", us), us),
            Verdict::Different
        );
        let cn = "China";
        assert_eq!(
            same_person(
                &person("Wang Yi", "", cn),
                &person("Wang Wenbin", "", cn),
                cn
            ),
            Verdict::Different
        );
        assert_eq!(
            same_person(
                &person("Sergey Lavrov", "", "Russia"),
                &person("Sergei Lavrov", "", "Russia"),
                "Russia"
            ),
            Verdict::Same
        );
        assert_eq!(
            same_person(
                &person("Nguyễn Quốc Dũng", "", "Vietnam"),
                &person("Nguyen Quoc Dung", "", "Vietnam"),
                "Vietnam"
            ),
            Verdict::Same
        );
        assert_eq!(
            same_person(
                &person("安东尼·布林肯", "", us),
                &person("布林肯", "国务卿", us),
                us
            ),
            Verdict::Same
        );
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
                &person("马克龙", "总统", fr),
                &person("Emmanuel Macron", "President", fr),
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
