//! Synthetic readouts in Chinese, in the shapes of Chinese MFA and Xinhua readouts: headline
//! or not, a time stamp line, a Xinhua dateline with the day alone ("15日晚"), page chrome of a
//! Chinese site, five formats, two or three parties, surnames and foreign short names,
//! pronouns, sides ("中方", "葡方"), joint sentences, points ("一是…二是…", "第一，…").
//!
//! Every text is obviously synthetic: officials are invented from a fixed stock of characters
//! (given names are cyclic stem-branch pairs such as 甲子, foreign names syllables joined by
//! "·"), and each text ends with a line saying it was generated.

use super::Rng;

/// (Chinese name, short form for "X方") of real countries, so the country table is exercised.
const COUNTRIES: &[(&str, &str)] = &[
    ("越南", "越"),
    ("葡萄牙", "葡"),
    ("菲律宾", "菲"),
    ("挪威", "挪"),
    ("肯尼亚", "肯"),
    ("智利", "智"),
    ("德国", "德"),
    ("日本", "日"),
    ("韩国", "韩"),
    ("巴西", "巴"),
];
const SURNAMES: &[&str] = &["甄", "贾", "卜", "伍", "柏", "桑", "戚", "宓"];
const GIVEN: &[&str] = &[
    "甲子", "乙丑", "丙寅", "丁卯", "戊辰", "己巳", "庚午", "辛未", "壬申", "癸酉",
];
const SYLLABLES: &[&str] = &[
    "佐尔",
    "维尔",
    "奎因",
    "塔夫",
    "莫尔",
    "利克斯",
    "布伦",
    "苏尔",
    "达尔",
    "诺克斯",
    "佩尔",
    "林",
];
const HOST_ROLES: &[&str] = &[
    "外交部长",
    "国务委员兼外长",
    "外交部副部长",
    "外交部部长助理",
];
const GUEST_ROLES: &[&str] = &["外交部长", "外长", "外交部副部长", "外交国务秘书"];
/// (phrase after the guests in the opening, phrase in a headline)
const FORMATS: &[(&str, &str)] = &[
    ("举行视频会议", "举行视频会议"),
    ("举行视频通话", "视频通话"),
    ("通电话", "通电话"),
    ("举行会谈", "会谈"),
];
const TOPICS: &[&str] = &[
    "经贸合作",
    "气候变化",
    "公共卫生",
    "地区安全",
    "人文交流",
    "数字经济",
    "海上合作",
    "粮食安全",
    "南海和平稳定",
    "多边主义",
];
const VERBS: &[&str] = &["表示", "强调", "指出", "认为"];

fn chinese_name(rng: &mut Rng) -> String {
    format!("{}{}", rng.pick(SURNAMES), rng.pick(GIVEN))
}

fn foreign_name(rng: &mut Rng) -> (String, String) {
    let first = rng.pick(SYLLABLES);
    let last = format!("{}{}", rng.pick(SYLLABLES), rng.pick(SYLLABLES));
    (format!("{first}·{last}"), last)
}

struct Guest {
    name: String,
    short: String,
    role: &'static str,
    country: (&'static str, &'static str),
}

/// One synthetic Chinese readout, number `i`.
// Long on purpose: the order of the random draws fixes every synthetic corpus that tests and
// benchmarks rely on, and one function keeps that order in one place, top to bottom.
pub(super) fn readout(i: usize, rng: &mut Rng) -> String {
    let (year, month, day) = (2015 + rng.below(10), 1 + rng.below(12), 1 + rng.below(28));
    let host = chinese_name(rng);
    let host_role = rng.pick(HOST_ROLES);
    let first_country = rng.below(COUNTRIES.len());
    let guests: Vec<Guest> = (0..1 + rng.below(2))
        .map(|k| {
            let (name, mut short) = foreign_name(rng);
            // Two guests never share a country or a short name (neither would be a cue).
            if k == 1 {
                short.push('娜');
            }
            let name = if k == 1 { format!("{name}娜") } else { name };
            let country = COUNTRIES[(first_country + k) % COUNTRIES.len()];
            Guest {
                name,
                short,
                role: rng.pick(GUEST_ROLES),
                country,
            }
        })
        .collect();
    let meeting = rng.below(5) == 0;
    let (phrase, headline_phrase) = FORMATS[rng.below(FORMATS.len())];
    let shape = rng.below(4);
    let guest_list = |short: bool| {
        guests
            .iter()
            .map(|g| {
                let name = if short { &g.short } else { &g.name };
                format!("{}{}{}", g.country.0, g.role, name)
            })
            .collect::<Vec<_>>()
            .join("、")
    };
    let link = |guests: &str, phrase: &str| match meeting {
        true => format!("会见{guests}"),
        false => format!("同{guests}{phrase}"),
    };
    let mut t = String::with_capacity(2048);
    if shape == 0 {
        t.push_str("首页 > 外交部长活动\n【字体：大 中 小】 打印本页 关闭窗口\n\n");
    }
    if shape != 2 {
        t.push_str(&format!(
            "{host}{}\n\n{year}-{month:02}-{day:02} 21:30\n\n",
            link(&guest_list(true), headline_phrase)
        ));
    }
    let opening = link(&guest_list(false), phrase);
    if shape == 1 {
        // Xinhua: the dateline gives month and day; the opening gives the day alone.
        t.push_str(&format!(
            "新华社北京{month}月{day}日电 {host_role}{host}{day}日晚{}{opening}。",
            if rng.below(2) == 0 { "应约" } else { "" }
        ));
    } else {
        t.push_str(&format!(
            "{year}年{month}月{day}日，{host_role}{host}{opening}。"
        ));
    }
    t.push_str(&format!("双方就{}交换了意见。\n\n", rng.pick(TOPICS)));
    let surname: String = host.chars().take(1).collect();
    let side = guests[0].country.1;
    for p in 0..2 + rng.below(3) {
        let who = if p == 0 {
            host.as_str()
        } else {
            surname.as_str()
        };
        t.push_str(&format!(
            "{who}{}，两国应深化{}领域合作。他强调，对话是处理分歧的正确途径。",
            rng.pick(VERBS),
            rng.pick(TOPICS)
        ));
        match p {
            1 => t.push_str(&format!(
                "中方愿同{side}方重点做好以下工作：一是加强{}；二是拓展{}；三是支持{}。",
                rng.pick(TOPICS),
                rng.pick(TOPICS),
                rng.pick(TOPICS)
            )),
            2 => t.push_str(&format!(
                "第一，维护{}。第二，推进{}。",
                rng.pick(TOPICS),
                rng.pick(TOPICS)
            )),
            _ => t.push_str("中方愿同各方一道，维护多边主义，反对单边主义和零和博弈。"),
        }
        t.push_str("\n\n");
    }
    for g in &guests {
        t.push_str(&format!(
            "{}高度评价双方在{}领域的合作。她说，{}方愿同中方保持密切沟通。\n\n",
            g.short,
            rng.pick(TOPICS),
            g.country.1
        ));
    }
    t.push_str("双方同意保持沟通。\n\n");
    t.push_str(&format!("合成文本第{i}号，为基准测试和测试生成。\n"));
    if shape == 0 {
        t.push_str("\n打印本页 关闭窗口\n相关新闻\n甄甲子会见合成国外长\n");
    }
    t
}

#[cfg(test)]
mod tests {
    use super::super::*;
    use crate::core::{parse, Language, ParseOptions, Speaker};

    #[test]
    fn every_synthetic_chinese_readout_says_so_and_parses_fully() {
        let opts = ParseOptions::default();
        for (i, t) in chinese_corpus(300, 3).iter().enumerate() {
            assert!(t.contains("合成文本第"), "{i}");
            let r = parse(t, "synth", &opts);
            assert_eq!(r.language, Language::Chinese, "{i}");
            assert!(r.participants.len() >= 2, "{i}: {t}\n{:?}", r.participants);
            assert!(r.format.is_some() && r.date.is_some(), "{i}: {t}");
            assert!(r.points.len() >= 3, "{i}: {t}\n{:?}", r.points);
            let speakers: Vec<Speaker> = r.sentences.iter().map(|s| s.speaker).collect();
            assert!(speakers.contains(&Speaker::Person(0)), "{i}");
            assert!(
                speakers.contains(&Speaker::Person(1)),
                "{i}: {t}\n{speakers:?}"
            );
            assert!(speakers.contains(&Speaker::Joint), "{i}");
            assert!(!r.text.contains("打印本页"), "{i}");
        }
    }

    #[test]
    fn a_mixed_corpus_alternates_the_languages() {
        let texts = mixed_corpus(10, 5);
        let opts = ParseOptions::default();
        let langs: Vec<Language> = texts
            .iter()
            .map(|t| parse(t, "m", &opts).language)
            .collect();
        assert_eq!(langs[0], Language::English);
        assert_eq!(langs[1], Language::Chinese);
        assert_eq!(langs.iter().filter(|l| **l == Language::Chinese).count(), 5);
    }
}
