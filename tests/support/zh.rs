//! Clearly synthetic Chinese readouts for the search and analysis benchmarks, built straight
//! into the model (no Chinese parser needed): sentences from templates in the style of the
//! Chinese ministry's readouts, officials whose names are drawn from syllables, real countries,
//! and a last sentence saying the text is synthetic. Until `core::synth` makes Chinese texts
//! for the parser, this is what the benchmarks time.

use readout_lens::core::analyse::testing::readout_with;
use readout_lens::core::synth::Rng;
use readout_lens::core::{Date, Language, Readout, Speaker};

const SURNAMES: &[&str] = &["甘", "祁", "苗", "卓", "欧阳", "司马", "靳", "郜"];
const GIVEN: &[&str] = &[
    "书远", "明川", "思远", "若林", "清岚", "亦舟", "致和", "望舒",
];
/// (country, its side)
const COUNTRIES: &[(&str, &str)] = &[
    ("越南", "越方"),
    ("葡萄牙", "葡方"),
    ("挪威", "挪方"),
    ("肯尼亚", "肯方"),
    ("智利", "智方"),
    ("德国", "德方"),
    ("日本", "日方"),
    ("韩国", "韩方"),
    ("巴西", "巴方"),
    ("菲律宾", "菲方"),
];
const TITLES: &[&str] = &[
    "外长",
    "外交部副部长",
    "外交部部长助理",
    "国务秘书",
    "副外长",
];
const FORMATS: &[&str] = &["通电话", "举行视频会议", "举行会谈", "会见", "举行磋商"];
const TOPICS: &[&str] = &[
    "南海问题",
    "多边主义",
    "单边主义和保护主义",
    "“一带一路”合作",
    "人类命运共同体",
    "区域全面经济伙伴关系协定",
    "新冠肺炎疫情",
    "疫苗合作",
    "气候变化",
    "乌克兰局势",
    "朝鲜半岛问题",
    "东盟中心地位",
    "冷战思维和零和博弈",
    "产业链供应链稳定",
    "数字经济",
    "粮食安全",
    "人文交流",
    "地区和平稳定",
    "全球发展倡议",
    "中东局势",
];
const STANCES: &[&str] = &[
    "支持",
    "坚持",
    "维护",
    "反对",
    "欢迎",
    "赞赏",
    "关切",
    "愿同各方推动",
    "同意加强",
    "希望深化",
];
const FIELDS: &[&str] = &[
    "经贸",
    "投资",
    "能源",
    "农业",
    "科技",
    "教育",
    "卫生",
    "海洋",
    "交通",
    "金融",
    "旅游",
    "文化",
    "环保",
    "减贫",
    "基础设施",
    "电子商务",
    "航天",
    "新能源",
    "青年",
    "媒体",
    "地方",
    "司法",
];
const VERBS: &[&str] = &[
    "深化", "拓展", "加强", "推进", "扩大", "提升", "巩固", "落实", "促进", "完善", "开展", "对接",
];
const NOUNS: &[&str] = &[
    "务实合作",
    "交流互鉴",
    "战略沟通",
    "政治互信",
    "互利共赢",
    "协调配合",
    "机制建设",
    "人员往来",
    "项目合作",
    "对话协商",
    "联合研究",
    "能力建设",
];
const ADVERBS: &[&str] = &[
    "进一步",
    "持续",
    "积极",
    "切实",
    "稳步",
    "全面",
    "共同",
    "不断",
];

/// A synthetic official: a surname and a given name from the lists above.
fn name(rng: &mut Rng) -> String {
    format!("{}{}", rng.pick(SURNAMES), rng.pick(GIVEN))
}

/// One sentence of a body: a speaker's statement on a topic or a field of cooperation.
fn sentence(rng: &mut Rng, speaker: &str, side: &str) -> String {
    let who = match rng.below(3) {
        0 => format!("{speaker}表示，"),
        1 => format!("{speaker}强调，"),
        _ => String::new(),
    };
    let subject = if rng.below(2) == 0 { "中方" } else { side };
    match rng.below(5) {
        0 => format!("{who}{subject}{}{}。", rng.pick(STANCES), rng.pick(TOPICS)),
        1 => format!(
            "{who}双方应{}{}{}领域{}，{}{}。",
            rng.pick(ADVERBS),
            rng.pick(VERBS),
            rng.pick(FIELDS),
            rng.pick(NOUNS),
            rng.pick(VERBS),
            rng.pick(NOUNS)
        ),
        2 => format!(
            "{who}{subject}愿同各方一道，{}{}，推动构建人类命运共同体。",
            rng.pick(VERBS),
            rng.pick(NOUNS)
        ),
        3 => format!(
            "双方就{}和{}交换了意见，同意在{}、{}等领域{}{}。",
            rng.pick(TOPICS),
            rng.pick(TOPICS),
            rng.pick(FIELDS),
            rng.pick(FIELDS),
            rng.pick(VERBS),
            rng.pick(NOUNS)
        ),
        _ => format!(
            "{who}今年是两国建交{}周年，两国关系{}发展，{}{}成果丰硕。",
            10 + rng.below(60),
            rng.pick(ADVERBS),
            rng.pick(FIELDS),
            rng.pick(NOUNS)
        ),
    }
}

/// `n` synthetic Chinese readouts from `seed`; the same arguments give the same readouts.
pub fn chinese_readouts(n: usize, seed: u64) -> Vec<Readout> {
    let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    (0..n)
        .map(|i| {
            let (country, side) = COUNTRIES[rng.below(COUNTRIES.len())];
            let (ours, theirs) = (name(&mut rng), name(&mut rng));
            let date = Date::new(
                2019 + rng.below(6) as u16,
                1 + rng.below(12) as u8,
                1 + rng.below(28) as u8,
            );
            let (y, m, d) = date.map_or((0, 0, 0), |d| (d.year, d.month, d.day));
            let opening = format!(
                "{y}年{m}月{d}日，{}{ours}同{country}{}{theirs}{}。",
                rng.pick(TITLES),
                rng.pick(TITLES),
                rng.pick(FORMATS)
            );
            let mut body: Vec<(Speaker, String)> = vec![(Speaker::Narration, opening)];
            for k in 0..12 + rng.below(8) {
                let (speaker, who) = match k % 3 {
                    0 => (Speaker::Person(0), ours.as_str()),
                    1 => (Speaker::Person(1), theirs.as_str()),
                    _ => (Speaker::Joint, "双方"),
                };
                body.push((speaker, sentence(&mut rng, who, side)));
            }
            body.push((
                Speaker::Narration,
                "（本文为合成文本，仅供测试。）".to_string(),
            ));
            let pairs: Vec<(Speaker, &str)> = body.iter().map(|(s, t)| (*s, t.as_str())).collect();
            let mut r = readout_with(
                &format!("zh-synthetic-{i}"),
                date,
                &[(ours.as_str(), "China"), (theirs.as_str(), country)],
                &pairs,
            );
            r.language = Language::Chinese;
            r
        })
        .collect()
}
