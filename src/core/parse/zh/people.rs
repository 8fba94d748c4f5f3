//! Participants and format in Chinese, for the header stage: an opening sentence or headline
//! -> who met whom, and how.
//!
//! Takes one bounded piece of text ("2021年3月3日晚，国务委员兼外长田墨白应约同挪威外交大臣
//! 英格丽德·索尔旺通电话。"); gives the hosts (before the link 同/与/会见), the guests (after
//! it) and the format named right after the guests. A person is [country][title][name]: the
//! title ends in one of the table's endings and the name runs from there to a stop word
//! ("应约", "在", "举行"...) or a joiner followed by the next person ("、智利外交部长..."). The
//! country is the first country named before the title, unless it follows "驻" ("美国驻华大使"
//! is American; "中国驻美国大使" is Chinese).

use super::super::lang::zh::HAN;
use super::super::lang::{en::EN, Named};
use super::super::people::{self as latin, Kind};
use super::{digit, is_han, longest_prefix, starts_with_any, trim_start};
use crate::core::model::{MeetingFormat, Participant};

/// Longest name kept, in characters ("谢尔盖·维克托罗维奇·拉夫罗夫" is 15).
const MAX_NAME_CHARS: usize = 30;
/// Longest name of Han characters alone with no "·" ("阿卜杜拉希扬" is 6).
const MAX_BARE_HAN_NAME: usize = 8;

/// The parties hook: hosts, guests and the format an opening sentence or a headline names.
pub(in crate::core::parse) fn parties(s: &str) -> Option<Named> {
    // An opening in Latin script (an English paragraph first) is read by the English rules.
    if !super::mostly_han(s) {
        let p = latin::extract(s, Kind::Opening, &EN)?;
        let plain = |v: Vec<latin::Person>| v.into_iter().map(|x| x.p).collect();
        return Some((plain(p.hosts), plain(p.guests), None));
    }
    match extract(s) {
        Some((p, format)) => Some((p.hosts, p.guests, format.or_else(|| format_in(s)))),
        // No one named: the format alone, if any ("中韩外交部门举行副部长级磋商").
        None => format_in(s).map(|f| (vec![], vec![], Some(f))),
    }
}

/// Hosts and guests of one opening sentence or headline.
struct Parties {
    hosts: Vec<Participant>,
    guests: Vec<Participant>,
}

/// Hosts, guests and the format an opening sentence or headline names.
fn extract(s: &str) -> Option<(Parties, Option<MeetingFormat>)> {
    let s = s.trim_end_matches(['。', '.', '！', '？']);
    let s = skip_lead_clauses(s);
    for (at, link) in links(s) {
        let (hosts, _) = persons(&s[..at]);
        if hosts.is_empty() {
            continue;
        }
        let rest = &s[at + link.len()..];
        let (guests, end) = persons(rest);
        // The format verb follows the guests closely ("…举行三方会谈", "…在北京举行会谈").
        let after = super::super::scan::prefix(&rest[end..], 72);
        let format = match link {
            "会见" | "会晤" | "接见" => Some(MeetingFormat::Meeting),
            _ => format_near(after),
        };
        return Some((Parties { hosts, guests }, format.or_else(|| format_in(s))));
    }
    // "甲和乙举行会谈": no link word; the first named is the host.
    let (mut people, _) = persons(s);
    if people.is_empty() {
        return None;
    }
    let hosts = vec![people.remove(0)];
    Some((
        Parties {
            hosts,
            guests: people,
        },
        format_in(s),
    ))
}

/// The format named first in `s` (any position): for a headline or an opening whose guests
/// were not found.
pub(in crate::core::parse) fn format_in(s: &str) -> Option<MeetingFormat> {
    format_near(s)
}

/// A title in the style of the ministry's headlines, for a readout without one:
/// "韩松年同韩国外交部第一次官朴敏载通电话", "沈秋月会见新加坡驻华大使陈伟良". Without
/// people, the opening's first 40 characters.
pub(in crate::core::parse) fn derive_title(
    hosts: &[Participant],
    guests: &[Participant],
    format: Option<MeetingFormat>,
    opening: &str,
) -> String {
    // "甲和乙举行会谈": the first named is the host, the others the guests.
    let (hosts, guests) = match (hosts, guests) {
        ([first, rest @ ..], []) if !rest.is_empty() => (std::slice::from_ref(first), rest),
        pair => pair,
    };
    if hosts.is_empty() || guests.is_empty() {
        let mut t: String = opening.chars().take(40).collect();
        if opening.chars().nth(40).is_some() {
            t.push('…');
        }
        return t.trim_end_matches(['。', '，']).to_string();
    }
    let hosts: Vec<&str> = hosts.iter().map(|p| p.name.as_str()).collect();
    let guests: Vec<String> = guests
        .iter()
        .map(|p| {
            let country = p.country.as_deref().and_then(|c| HAN.country_named(c));
            format!(
                "{}{}{}",
                country.map_or("", |c| c.zh.first()),
                p.role,
                p.name
            )
        })
        .collect();
    let (hosts, guests) = (hosts.join("、"), guests.join("、"));
    match format {
        None | Some(MeetingFormat::Meeting) => format!("{hosts}会见{guests}"),
        Some(f) => {
            let phrase = HAN
                .title_phrases
                .iter()
                .find(|p| p.0 == f)
                .map_or("会晤", |p| p.1);
            format!("{hosts}同{guests}{phrase}")
        }
    }
}

/// The format phrase that occurs first in `s`, the longest at that position.
fn format_near(s: &str) -> Option<MeetingFormat> {
    let phrases: Vec<&str> = HAN.formats.iter().map(|f| f.0).collect();
    s.char_indices().find_map(|(i, _)| {
        let p = longest_prefix(&s[i..], &phrases)?;
        HAN.formats.iter().find(|f| f.0 == p).map(|f| f.1)
    })
}

/// Skips "2021年3月3日晚，", "当地时间1日，", "应葡萄牙外长邀请，" at the start.
fn skip_lead_clauses(mut s: &str) -> &str {
    for _ in 0..3 {
        let Some(comma) = s.find(['，', ',']) else {
            break;
        };
        let clause = &s[..comma];
        let invited = clause.starts_with('应') && clause.contains("邀请");
        if !(is_date_clause(clause) || invited || clause.starts_with("据")) {
            break;
        }
        s = trim_start(&s[comma + s[comma..].chars().next().map_or(1, char::len_utf8)..]);
    }
    s
}

/// "2021年3月3日晚", "当地时间4月11日下午": a date and a time of day, nothing else.
fn is_date_clause(clause: &str) -> bool {
    let mut rest = trim_start(clause);
    for label in ["当地时间", "北京时间"] {
        rest = rest.strip_prefix(label).unwrap_or(rest);
    }
    let words = ["上午", "下午", "晚上", "中午", "凌晨", "傍晚", "晚", "早"];
    rest.starts_with(|c: char| digit(c).is_some())
        && rest.chars().count() <= 24
        && rest.char_indices().all(|(i, c)| {
            digit(c).is_some()
                || matches!(c, '年' | '月' | '日' | '时' | '分' | ' ' | ':' | '：')
                || words
                    .iter()
                    .any(|w| rest[i..].starts_with(w) || w.contains(c))
        })
}

/// Positions of link words ("同", "会见"...), in text order.
fn links(s: &str) -> impl Iterator<Item = (usize, &'static str)> + '_ {
    s.char_indices()
        .filter_map(move |(i, _)| HAN.links.longest_in(&s[i..]).map(|l| (i, l)))
        .filter(|&(_, l)| l != "和")
}

/// The people named from the start of `s`, one after another, and where the last name ends.
fn persons(s: &str) -> (Vec<Participant>, usize) {
    let mut out = Vec::new();
    let mut pos = 0;
    let mut end = 0;
    while let Some((p, name_end)) = person(&s[pos..]) {
        out.push(p);
        end = pos + name_end;
        let rest = &s[end..];
        match HAN.joiners.first_in(rest) {
            Some(j) if !matches!(j, "同" | "与") && person(&rest[j.len()..]).is_some() => {
                pos = end + j.len();
            }
            _ => break,
        }
        if out.len() >= 16 {
            break;
        }
    }
    (out, end)
}

/// One person at the start of `s`: the participant and where the name ends.
fn person(s: &str) -> Option<(Participant, usize)> {
    let s_trim = trim_start(s);
    let lead = s.len() - s_trim.len();
    let s = s_trim;
    // The title ends at the last ending that a name follows; a bare name has no title.
    let mut title_end = None;
    let mut name = None;
    for (i, _) in s.char_indices().take(80) {
        let Some(ending) = HAN.title_ends.longest_in(&s[i..]) else {
            continue;
        };
        let e = i + ending.len();
        match name_at(&s[e..]) {
            Some(n) if !contains_ending(&s[e..e + n]) => {
                title_end = Some(e);
                name = Some((e, e + n));
                break;
            }
            _ => {}
        }
        if stops_here(&s[e..]) && !s[e..].starts_with(['、', '兼']) {
            break;
        }
    }
    let (name_start, name_end) = match name {
        Some(n) => n,
        None => (0, name_at(s).filter(|&n| bare_name_ok(&s[..n]))?),
    };
    let title = &s[..title_end.unwrap_or(0)];
    let (role, country) = role_and_country(title);
    Some((
        Participant {
            name: s[name_start..name_end].trim().to_string(),
            role,
            country,
        },
        lead + name_end,
    ))
}

/// True when a name candidate holds a title ending ("兼外长田墨白" after "委员").
pub(super) fn contains_ending(name: &str) -> bool {
    name.char_indices()
        .any(|(i, _)| HAN.title_ends.first_in(&name[i..]).is_some())
}

/// A bare name with no title must look like one: 2 to 4 Han characters, or a foreign name.
fn bare_name_ok(name: &str) -> bool {
    let n = name.chars().count();
    let han = name.chars().filter(|&c| is_han(c)).count();
    // A Latin name: one to four capitalised words ("Kara Winters").
    let latin = name.is_ascii()
        && (1..=4).contains(&name.split(' ').count())
        && name
            .split(' ')
            .all(|w| w.starts_with(|c: char| c.is_ascii_uppercase()));
    (name.contains('·') || (han == n && (2..=4).contains(&n)) || latin)
        && HAN.country_at(name).is_none()
        && n >= 2
}

/// The length in bytes of the name at the start of `s`: up to a stop word, punctuation, or a
/// joiner that the next person follows.
fn name_at(s: &str) -> Option<usize> {
    let mut end = 0;
    let mut chars = 0;
    let mut han_run = 0;
    for (i, c) in s.char_indices() {
        let rest = &s[i..];
        // A name may start with a character that is also a stop word: 于, 和, 应 are surnames.
        if stops_here(rest) && (i > 0 || !surname_like(rest)) {
            break;
        }
        let latin = c.is_ascii_alphabetic() || matches!(c, 'À'..='ɏ');
        let space_in_latin = c == ' '
            && i > 0
            && s[..i].ends_with(|p: char| p.is_alphabetic() && !is_han(p))
            && rest[1..].starts_with(|n: char| n.is_ascii_alphabetic());
        let dot = matches!(c, '·' | '•' | '‧' | '・' | '.' | '-') && i > 0;
        if !(is_han(c) || latin || space_in_latin || dot) {
            break;
        }
        han_run = if is_han(c) { han_run + 1 } else { 0 };
        chars += 1;
        if chars > MAX_NAME_CHARS || (han_run > MAX_BARE_HAN_NAME && !s[..i].contains('·')) {
            return None;
        }
        end = i + c.len_utf8();
    }
    let name = s[..end].trim_end_matches(['·', '.', '-', ' ']);
    (!name.is_empty()).then_some(name.len())
}

/// True when `rest` starts with a one-character stop word that is also a surname.
fn surname_like(rest: &str) -> bool {
    rest.starts_with(['于', '和', '应', '同', '及', '晚', '以', '并', '在'])
        && !rest.starts_with("应约")
        && !rest.starts_with("应邀")
        && !rest.starts_with("在北京")
}

/// True when a name ends before `rest`: a stop word, a digit, or a joiner with a person after.
fn stops_here(rest: &str) -> bool {
    if rest.starts_with(|c: char| digit(c).is_some()) {
        return true;
    }
    if HAN.name_stops.first_in(rest).is_some() {
        return true;
    }
    match starts_with_any(rest, &["和", "及", "与", "同"]) {
        Some(j) => person_starts(&rest[j.len()..]),
        None => false,
    }
}

/// True when a person's title or country starts `s` ("智利外交部长", "新任驻华大使").
fn person_starts(s: &str) -> bool {
    HAN.country_at(s).is_some()
        || HAN.role_lead_ins.first_in(s).is_some()
        || starts_with_any(
            s,
            &["来华", "来访", "外交部", "中共", "国务委员", "驻", "中央"],
        )
        .is_some()
}

/// The role as written and the country a title names: "挪威外交大臣" is ("外交大臣", Norway);
/// "来华进行正式访问的葡萄牙外交部长" is ("外交部长", Portugal).
fn role_and_country(title: &str) -> (String, Option<String>) {
    let mut start = title.rfind('的').map_or(0, |i| i + '的'.len_utf8());
    let mut country = None;
    let mut i = start;
    while i < title.len() {
        if let Some((c, n)) = HAN.country_at(&title[i..]) {
            if !title[..i].ends_with('驻') {
                country = Some(c.name.to_string());
                start = i + n;
                break;
            }
            i += n;
            continue;
        }
        i += title[i..].chars().next().map_or(1, char::len_utf8);
    }
    let mut role = trim_start(&title[start..]);
    while let Some(l) = HAN.role_lead_ins.first_in(role) {
        // "新" alone is a lead-in only before "任" forms; keep "新闻司司长".
        if l == "新" && !role.starts_with("新任") {
            break;
        }
        role = &role[l.len()..];
    }
    let role = role.trim_start_matches(['、', '，', ',', ' ']);
    (role.to_string(), country)
}

#[cfg(test)]
mod tests {
    use super::*;

    type Who = (String, String, Option<String>);

    fn who(s: &str) -> (Vec<Who>, Vec<Who>, Option<MeetingFormat>) {
        let (p, f) = extract(s).expect("parties");
        let list =
            |v: Vec<Participant>| v.into_iter().map(|p| (p.name, p.role, p.country)).collect();
        (list(p.hosts), list(p.guests), f)
    }

    fn p(name: &str, role: &str, country: Option<&str>) -> Who {
        (name.into(), role.into(), country.map(Into::into))
    }

    #[test]
    fn an_opening_with_a_date_clause_gives_host_guest_and_format() {
        let (h, g, f) =
            who("2021年3月3日晚，国务委员兼外长田墨白应约同挪威外交大臣英格丽德·索尔旺通电话。");
        assert_eq!(h, vec![p("田墨白", "国务委员兼外长", None)]);
        assert_eq!(g, vec![p("英格丽德·索尔旺", "外交大臣", Some("Norway"))]);
        assert_eq!(f, Some(MeetingFormat::PhoneCall));
    }

    #[test]
    fn titles_joined_by_a_pause_mark_belong_to_one_person() {
        let (h, _, _) = who("中共中央政治局委员、外交部长王明在北京会见英国驻华大使霍恩。");
        assert_eq!(h, vec![p("王明", "中共中央政治局委员、外交部长", None)]);
    }

    #[test]
    fn guests_are_split_at_pause_marks_before_the_next_country() {
        let (_, g, f) =
            who("外交部长温立舟同肯尼亚外交部长阿玛拉·奎尔、智利外交部长巴勃罗·本达举行三方会谈");
        assert_eq!(
            g,
            vec![
                p("阿玛拉·奎尔", "外交部长", Some("Kenya")),
                p("巴勃罗·本达", "外交部长", Some("Chile"))
            ]
        );
        assert_eq!(f, Some(MeetingFormat::Talks));
    }

    #[test]
    fn a_name_ending_in_a_joiner_character_is_kept_whole() {
        let (_, g, f) = who("外交部副部长罗致远同越南外交部副部长阮文和举行视频会议。");
        assert_eq!(g, vec![p("阮文和", "外交部副部长", Some("Vietnam"))]);
        assert_eq!(f, Some(MeetingFormat::VideoConference));
    }

    #[test]
    fn an_ambassador_takes_the_country_before_zhu_and_drops_lead_ins() {
        let (h, g, f) = who("外交部副部长沈秋月应约会见英国新任驻华大使玛格丽特·霍恩。");
        assert_eq!(h, vec![p("沈秋月", "外交部副部长", None)]);
        assert_eq!(
            g,
            vec![p("玛格丽特·霍恩", "驻华大使", Some("United Kingdom"))]
        );
        assert_eq!(f, Some(MeetingFormat::Meeting));
        let (h, _, _) = who("中国驻美国大使林海同美国副国务卿卡拉·温特斯通电话。");
        assert_eq!(h, vec![p("林海", "驻美国大使", Some("China"))]);
    }

    #[test]
    fn a_visiting_guest_and_a_place_are_read_past() {
        let (h, g, _) = who(
            "2023年4月12日，国务委员兼外长田墨白在北京会见来华访问的巴西外交部长若昂·阿尔维斯。",
        );
        assert_eq!(h[0].0, "田墨白");
        assert_eq!(g, vec![p("若昂·阿尔维斯", "外交部长", Some("Brazil"))]);
    }

    #[test]
    fn a_title_holding_and_or_with_is_not_cut() {
        let (_, g, _) =
            who("外交部副部长沈秋月在北京同南非国际关系与合作部副部长塔博·恩科西举行会谈");
        assert_eq!(
            g,
            vec![p(
                "塔博·恩科西",
                "国际关系与合作部副部长",
                Some("South Africa")
            )]
        );
        let (_, g, f) =
            who("田墨白2日同法国欧洲和外交部长埃莱娜·马蒂厄（Hélène Mathieu）视频通话。");
        assert_eq!(
            g,
            vec![p("埃莱娜·马蒂厄", "欧洲和外交部长", Some("France"))]
        );
        assert_eq!(f, Some(MeetingFormat::VideoMeeting));
    }

    #[test]
    fn a_headline_with_bare_names_gives_them() {
        let (h, g, f) = who("温立舟同美国国务卿温特斯通电话");
        assert_eq!(h, vec![p("温立舟", "", None)]);
        assert_eq!(g, vec![p("温特斯", "国务卿", Some("United States"))]);
        assert_eq!(f, Some(MeetingFormat::PhoneCall));
    }

    #[test]
    fn latin_names_in_a_chinese_sentence_are_read() {
        let (_, g, _) = who("外交部长温立舟同美国国务卿Kara Winters通电话。");
        assert_eq!(g, vec![p("Kara Winters", "国务卿", Some("United States"))]);
    }

    #[test]
    fn the_consultation_after_the_guests_is_the_format() {
        let (_, g, f) = who("2023年5月16日，外交部副部长欧阳明远在首尔同韩国外交部第一次官朴敏载举行中韩外交部门副部长级磋商。");
        assert_eq!(
            g,
            vec![p("朴敏载", "外交部第一次官", Some("Republic of Korea"))]
        );
        assert_eq!(f, Some(MeetingFormat::Consultation));
    }
}
