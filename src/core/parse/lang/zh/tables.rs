//! Chinese tables: the words of Chinese-language readouts (China's foreign ministry, Xinhua).
//!
//! Takes nothing, gives [`HAN`]. Pure data; the logic that reads it is in `parse::zh`. Chinese
//! writes no spaces between a title, a name and the verb after it, so the tables are what find
//! the edges: a title ends in one of [`Han::title_ends`], a country is one of
//! [`Han::countries`], a name stops at one of [`Han::name_stops`].

use super::countries::COUNTRIES;
use crate::core::model::MeetingFormat as F;
use crate::core::packed::{Joined, Packed, Words, SEP};
use crate::core::parse::zh::{longest_prefix, opens, starts_with_any};
use std::sync::OnceLock;

/// A country as Chinese readouts name it, with the canonical English name the English tables
/// use ("葡萄牙" is "Portugal"), so readouts in both languages name one country alike.
#[derive(Debug, Clone, Copy)]
pub struct ZhCountry {
    /// Canonical name written into `Participant::country`.
    pub name: &'static str,
    /// Chinese names, the usual one first ("韩国", "大韩民国").
    pub zh: Joined,
    /// The short form in "葡方" (the Portuguese side) and "中葡" (China and Portugal): the
    /// table's, or else the first character of the usual name (found when the program is
    /// compiled, since the parser asks for it at every sentence).
    pub short: &'static str,
}

impl ZhCountry {
    /// The short form (see [`ZhCountry::short`]).
    pub fn short(&self) -> &'static str {
        self.short
    }
}

/// The first character of the first of `names`, when the program is compiled.
pub(super) const fn first_character(names: Joined) -> &'static str {
    let b = names.first().as_bytes();
    let n = match b.first() {
        None => 0,
        Some(&c) if c < 0x80 => 1,
        Some(&c) if c < 0xE0 => 2,
        Some(&c) if c < 0xF0 => 3,
        Some(_) => 4,
    };
    match std::str::from_utf8(b.split_at(if n < b.len() { n } else { b.len() }).0) {
        Ok(s) => s,
        Err(_) => "",
    }
}

/// A filter on the first characters of a table's words, made when the program is compiled.
/// The Chinese stages try a table at every character of a sentence (a title ending, a stop
/// word, a reporting verb, a country's short form), and nearly every character opens none of
/// its words: one bit tells that, where a scan of the table would compare every word.
#[derive(Debug, Clone, Copy)]
pub struct Firsts([u64; 4]);

impl Firsts {
    const NONE: Firsts = Firsts([0; 4]);

    /// Bit `c % 256` set for the first character `c` of `word`; all bits for an empty word,
    /// which opens everything.
    const fn with(mut self, word: &str) -> Self {
        match first_char(word.as_bytes()) {
            Some(c) => self.0[(c as usize % 256) / 64] |= 1 << (c % 64),
            None => self.0 = [u64::MAX; 4],
        }
        self
    }

    /// The first characters of the words packed in `text` (joined by [`SEP`]).
    const fn of_packed(text: &str) -> Self {
        let b = text.as_bytes();
        if b.is_empty() {
            return Firsts::NONE;
        }
        let mut f = Firsts::NONE;
        let mut i = 0;
        while i < b.len() {
            if i == 0 || b[i - 1] == SEP as u8 {
                if let Some(c) = first_char(b.split_at(i).1) {
                    f.0[(c as usize % 256) / 64] |= 1 << (c % 64);
                }
            }
            i += 1;
        }
        f
    }

    const fn of_ordinals(ordinals: &[(&str, u32)]) -> Self {
        let mut f = Firsts::NONE;
        let mut i = 0;
        while i < ordinals.len() {
            f = f.with(ordinals[i].0);
            i += 1;
        }
        f
    }

    /// The first characters of the countries' short forms (see [`ZhCountry::short`]).
    const fn of_short_forms(countries: &[ZhCountry]) -> Self {
        let mut f = Firsts::NONE;
        let mut i = 0;
        while i < countries.len() {
            let c = &countries[i];
            f = f.with(c.short);
            i += 1;
        }
        f
    }

    /// False when no word can open `s`: its first character opens none of them.
    #[inline]
    pub fn may_open(&self, s: &str) -> bool {
        match first_char(s.as_bytes()) {
            Some(c) => self.0[(c as usize % 256) / 64] & (1 << (c % 64)) != 0,
            None => self.0[0] == u64::MAX,
        }
    }
}

/// A table of words found at the start of a text, with the filter on their first characters.
#[derive(Debug, Clone, Copy)]
pub struct Prefixes {
    /// The words, in the table's order (the first match in this order is the one found).
    pub words: Words,
    firsts: Firsts,
    /// The length of the longest word (bytes): a longer text is none of them.
    pub longest: usize,
}

/// A [`Prefixes`] of the string literals given, packed as `words!` packs them.
macro_rules! prefixes {
    ($first:literal $(, $rest:literal)* $(,)?) => {{
        const TEXT: &str = concat!($first $(, '\u{1f}', $rest)*);
        static P: Packed = Packed::checked(TEXT, [$first $(, $rest)*].len());
        Prefixes::new(TEXT, Words::of(&P))
    }};
}

impl Prefixes {
    /// The table `words`, whose packed text is `text` (read here when the program is compiled).
    pub const fn new(text: &'static str, words: Words) -> Self {
        let b = text.as_bytes();
        let (mut longest, mut start, mut i) = (0, 0, 0);
        while i <= b.len() {
            if i == b.len() || b[i] == SEP as u8 {
                if i - start > longest {
                    longest = i - start;
                }
                start = i + 1;
            }
            i += 1;
        }
        Prefixes {
            words,
            firsts: Firsts::of_packed(text),
            longest,
        }
    }

    /// The first word, in the table's order, that `s` starts with.
    #[inline(always)]
    pub fn first_in(&self, s: &str) -> Option<&'static str> {
        self.firsts
            .may_open(s)
            .then(|| starts_with_any(s, self.words.list()))
            .flatten()
    }

    /// The longest word that `s` starts with.
    #[inline]
    pub fn longest_in(&self, s: &str) -> Option<&'static str> {
        self.firsts
            .may_open(s)
            .then(|| longest_prefix(s, self.words.list()))
            .flatten()
    }
}

impl std::ops::Deref for Prefixes {
    type Target = [&'static str];

    fn deref(&self) -> &Self::Target {
        self.words.list()
    }
}

/// The code point of the first character of UTF-8 bytes `b` (at compile time too).
const fn first_char(b: &[u8]) -> Option<u32> {
    if b.is_empty() {
        return None;
    }
    let b0 = b[0] as u32;
    Some(if b0 < 0x80 {
        b0
    } else if b0 < 0xE0 {
        ((b0 & 0x1F) << 6) | cont(b, 1)
    } else if b0 < 0xF0 {
        ((b0 & 0x0F) << 12) | (cont(b, 1) << 6) | cont(b, 2)
    } else {
        ((b0 & 0x07) << 18) | (cont(b, 1) << 12) | (cont(b, 2) << 6) | cont(b, 3)
    })
}

/// The six bits continuation byte `i` of `b` adds (none past the end).
const fn cont(b: &[u8], i: usize) -> u32 {
    if i < b.len() {
        b[i] as u32 & 0x3F
    } else {
        0
    }
}

/// All the Chinese tables.
#[derive(Debug)]
pub struct Han {
    /// Countries (and the unions that sit at the table like one), longest names found first.
    pub countries: &'static [ZhCountry],
    /// (country, name) indexes of [`Han::countries`] by the first character of the name
    /// (`c % 256`), in the table's order, built on first use: the header tries a country at
    /// every character of a title.
    by_first: OnceLock<Vec<Vec<(u16, &'static str)>>>,
    /// The first characters of their short forms ("葡" of 葡方, 中葡双方).
    pub short_firsts: Firsts,
    /// Endings of titles: a name follows the last one ("外交部副部长罗致远").
    pub title_ends: Prefixes,
    /// Prefixes before a title that are not part of it ("新任驻华大使" is a 驻华大使).
    pub role_lead_ins: Prefixes,
    /// What may follow a name in an opening sentence ("应约", "在北京", "举行").
    pub name_stops: Prefixes,
    /// Prefixes that join the hosts to the guests ("同", "会见").
    pub links: Prefixes,
    /// Prefixes that end the guests in an opening sentence ("举行", "通电话").
    pub guest_ends: &'static [&'static str],
    /// Prefixes that join two guests ("、", "和").
    pub joiners: Prefixes,
    /// How a line that names who attended ends ("国务院副总理汪洋出席。", "…等参加会见。").
    pub attended: &'static [&'static str],
    /// Format phrases, most specific first.
    pub formats: &'static [(&'static str, F)],
    /// How a derived title says each format ("通电话"); a meeting reads "X会见Y".
    pub title_phrases: &'static [(F, &'static str)],
    /// Reporting verbs: after a speaker at the start of a sentence, they make it a cue.
    pub verbs: Prefixes,
    /// What only the parties together do ("同意", "商定", "交换").
    pub joint_verbs: Prefixes,
    /// Adverbs between a subject and its verb ("还", "进一步").
    pub adverbs: Prefixes,
    /// Prepositions that may open a phrase between subject and verb ("就", "向").
    pub preps: Prefixes,
    /// Subjects that mean all parties ("双方", "两国外长").
    pub joint_subjects: Prefixes,
    /// Prefixes after a joint subject that make it a noun, not a subject ("双方关系").
    pub joint_not: Prefixes,
    pub pronouns: Prefixes,
    /// The word after a country's short form that makes it that side ("美方").
    pub side: &'static str,
    /// Forms of address after or before a name ("温特斯国务卿", "大使女士").
    pub honorifics: Prefixes,
    /// Two-character surnames ("欧阳强调").
    pub compound_surnames: &'static [&'static str],
    /// Point markers that count: "一是", "第二", "其次" with their value.
    pub ordinals: &'static [(&'static str, u32)],
    /// The first characters of the ordinals (tried after every comma of every sentence).
    ordinal_firsts: Firsts,
    /// The marker of the last point ("最后"): one more than the point before it.
    pub last_ordinal: &'static str,
    /// Whole lines of page chrome.
    pub chrome_lines: Prefixes,
    /// Line openings of page chrome ("来源：", "责任编辑").
    pub chrome_prefixes: Prefixes,
    /// Lines after which the article is over on a web page ("相关新闻", "打印本页").
    pub end_markers: Prefixes,
    /// Labels a date line may start with ("发布时间").
    pub date_labels: Prefixes,
    /// Labels that may follow the date on a date line ("来源", "作者").
    pub meta_labels: Prefixes,
}

#[rustfmt::skip]
const ORDINALS: &[(&str, u32)] = &[
    ("一是", 1), ("二是", 2), ("三是", 3), ("四是", 4), ("五是", 5), ("六是", 6),
    ("七是", 7), ("八是", 8), ("九是", 9), ("十是", 10), ("第一", 1), ("第二", 2),
    ("第三", 3), ("第四", 4), ("第五", 5), ("第六", 6), ("第七", 7), ("第八", 8),
    ("第九", 9), ("第十", 10), ("首先", 1), ("其次", 2), ("再次", 3), ("一要", 1),
    ("二要", 2), ("三要", 3), ("四要", 4), ("五要", 5),
];

// One item per line would make the tables unreadably long.
#[rustfmt::skip]
pub static HAN: Han = Han {
    countries: COUNTRIES,
    by_first: OnceLock::new(),
    short_firsts: Firsts::of_short_forms(COUNTRIES),
    title_ends: prefixes![
        "外长", "部长", "大臣", "外相", "国务卿", "大使", "主任", "次官", "长官", "代表", "特使",
        "秘书长", "国务秘书", "秘书", "总统", "总理", "首相", "主席", "助理", "议长", "司长",
        "参赞", "委员", "书记", "领事", "公使", "顾问", "局长", "署长", "专员", "总干事",
        "干事", "外务审议官", "审议官", "负责人", "发言人", "团长", "州长", "省长", "市长",
        "国王", "王储", "亲王", "埃米尔", "帮办",
    ],
    role_lead_ins: prefixes!["新任", "候任", "即将离任的", "离任", "到任", "来访的", "新"],
    name_stops: prefixes![
        "应约", "应邀", "分别", "在", "于", "共同", "举行", "进行", "通电话", "通话", "会见",
        "会谈", "会晤", "磋商", "视频", "视像", "视讯", "今天", "昨天", "当天", "当晚", "今晚", "当日", "近日",
        "日前", "同日", "上午", "下午", "晚上", "、", "，", ",", "。", "（", "(", "；", "：",
        "”", "“", "\"", "就", "并",
        "互致", "致函", "致信", "出席", "主持", "见面", "会面", "接见", "以", "先生", "女士",
        "阁下",
    ],
    links: prefixes!["分别同", "分别与", "同", "与", "会见", "会晤", "接见", "和"],
    guest_ends: &[
        "举行", "进行", "通电话", "通了电话", "通话", "视频", "视像", "视讯", "会谈", "会晤", "磋商", "会面",
        "见面", "共同", "，", ",", "。", "就", "并", "互致", "在",
    ],
    joiners: prefixes!["、", "和", "及", "以及", "与", "同"],
    attended: &["出席", "在座", "参加会见", "参加会谈", "参加会晤", "陪同会见", "参加"],
    formats: &[
        ("视频会议", F::VideoConference), ("视频会晤", F::VideoMeeting),
        ("视频通话", F::VideoMeeting), ("视频连线", F::VideoMeeting), ("视频会谈", F::VideoMeeting),
        ("视频方式", F::VideoMeeting),
        // Hong Kong's 視像 and Taiwan's 視訊 for 视频.
        ("视像会议", F::VideoConference), ("视讯会议", F::VideoConference),
        ("视像通话", F::VideoMeeting), ("视讯通话", F::VideoMeeting), ("视像会晤", F::VideoMeeting),
        ("视讯会晤", F::VideoMeeting), ("通电话", F::PhoneCall), ("通了电话", F::PhoneCall),
        ("电话", F::PhoneCall), ("通话", F::PhoneCall), ("会谈", F::Talks),
        ("磋商", F::Consultation), ("战略对话", F::Consultation), ("对话", F::Consultation),
        ("会晤", F::Meeting), ("会见", F::Meeting), ("接见", F::Meeting), ("会面", F::Meeting),
        ("见面", F::Meeting), ("致函", F::Letter), ("致信", F::Letter), ("信函", F::Letter),
        ("贺电", F::Letter), ("贺信", F::Letter),
    ],
    title_phrases: &[
        (F::VideoConference, "举行视频会议"), (F::VideoMeeting, "举行视频会晤"),
        (F::PhoneCall, "通电话"), (F::Talks, "举行会谈"), (F::Consultation, "举行磋商"),
        (F::Letter, "互致信函"), (F::Meeting, "会晤"),
    ],
    verbs: prefixes![
        "表示", "指出", "强调", "说", "称", "介绍", "感谢", "赞赏", "欢迎", "认为", "希望",
        "通报", "阐述", "阐明", "重申", "祝贺", "表达", "提出", "回顾", "期待", "期望", "愿意",
        "愿", "主张", "呼吁", "建议", "谈及", "谈到", "提到", "同意", "赞同", "高度评价",
        "积极评价", "评价", "转达", "致以", "询问", "回应", "答", "坦言", "坚持", "支持",
        "反对", "谴责", "关切", "宣布", "承诺", "邀请", "表态", "相信", "注意到", "补充",
        "说明", "明确", "谈", "讲", "重视", "高度重视", "尊重", "坚定", "肯定", "祝愿",
        "致意", "问候", "赞扬", "称赞", "高度赞赏", "敦促", "要求", "重视", "关注",
        "告知", "通告", "答复", "解释", "披露", "透露", "分享", "忆及", "致谢", "介绍了",
        "转交", "递交", "提交",
    ],
    joint_verbs: prefixes![
        "同意", "一致", "商定", "签署", "交换", "讨论", "探讨", "达成", "决定", "宣布",
        "见证", "互致", "共同", "发表", "回顾", "认为", "表示", "重申", "强调", "积极评价",
        "高度评价", "就", "围绕", "充分", "深入",
    ],
    adverbs: prefixes![
        "还", "也", "再次", "进一步", "并", "则", "同时", "随后", "此外", "另外", "特别",
        "亦", "都", "均", "一再", "多次", "当即", "对此", "又", "再", "首先", "最后", "充分",
        "全面", "详细", "坦率", "积极", "着重", "专门", "重点", "明确", "郑重", "严正",
    ],
    preps: prefixes!["就", "对", "向", "同", "与", "在", "围绕", "针对", "从", "通过", "为", "给"],
    joint_subjects: prefixes![
        "两国外长", "三国外长", "三方外长", "两国元首", "两国领导人", "两国部长", "两位外长",
        "两位部长", "双方外长", "两国副外长", "双方", "三方", "四方", "各方", "二人", "两人",
        "两国", "三国",
    ],
    joint_not: prefixes!["的", "关系", "之间", "人民", "政府", "合作", "应", "要", "需", "必须", "可以"],
    pronouns: prefixes!["他", "她"],
    side: "方",
    honorifics: prefixes![
        "国务委员兼外长", "外长", "外交部长", "部长", "副部长", "国务卿", "副国务卿", "大使",
        "外相", "大臣", "外交大臣", "次官", "主任", "总统", "总理", "首相", "主席", "先生",
        "女士", "阁下", "博士", "部长助理", "助理", "秘书长", "代表", "特使",
    ],
    compound_surnames: &[
        "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "令狐", "公孙", "慕容", "长孙",
        "宇文", "司徒", "夏侯", "尉迟", "端木", "独孤", "南宫", "西门", "万俟", "轩辕",
    ],
    ordinals: ORDINALS,
    ordinal_firsts: Firsts::of_ordinals(ORDINALS),
    last_ordinal: "最后",
    chrome_lines: prefixes![
        "打印本页", "关闭窗口", "打印", "关闭", "【打印】", "【关闭】", "【打印本页】", "【关闭窗口】",
        // Hong Kong and Taiwan pages (folded from 列印本頁, 關閉視窗).
        "列印本页", "列印", "友善列印", "关闭视窗", "【列印】", "【关闭视窗】", "回首页", "回上页",
        "分享到", "分享到：", "分享", "收藏", "返回顶部", "回到顶部", "顶部", "字号", "字体",
        "大", "中", "小", "【大】", "【中】", "【小】", "大中小", "【大 中 小】", "相关新闻",
        "相关阅读", "相关链接", "推荐阅读", "延伸阅读", "热点新闻", "更多", "更多>>", "扫一扫",
        "微信", "微博", "微信扫一扫", "正文", "首页", "加载中", "加载中...", "我要纠错",
        "||", "|", "中文", "English", "简体", "繁体", "【字体：大 中 小】", "【字号：大 中 小】",
        "打印本页 || 关闭窗口", "外交部长活动", "外交部新闻", "外事动态", "新闻", "要闻",
    ],
    chrome_prefixes: prefixes![
        "来源：", "来源:", "责任编辑", "【责任编辑", "编辑：", "编辑:", "作者：", "作者:",
        "当前位置", "您的位置", "您所在的位置", "您现在的位置", "所在位置", "版权所有",
        "京ICP", "ICP备", "京公网安备", "网站地图", "上一篇", "下一篇", "【字体", "字体：",
        "【字号", "字号：", "字号:", "字体:", "【我要纠错】", "我要纠错", "扫一扫", "郑重声明", "浏览次数", "阅读次数", "阅读：", "点击：", "点击数", "主办单位",
        "联系我们", "地址：", "电话：", "邮编：", "【纠错】", "(责任编辑", "（责任编辑",
        "分享到：", "分享到:", "原标题", "文章来源", "稿件来源", "中华人民共和国外交部 版权",
    ],
    end_markers: prefixes![
        "打印本页", "关闭窗口", "【打印】", "【关闭】", "相关新闻", "相关阅读", "相关链接",
        "列印本页", "关闭视窗", "【列印】", "友善列印", "相关报道", "相关报导",
        "推荐阅读", "延伸阅读", "热点新闻", "上一篇", "下一篇", "责任编辑", "【责任编辑",
        "（责任编辑", "(责任编辑",
    ],
    date_labels: prefixes![
        "发布时间：", "发布时间:", "发布日期：", "发布日期:", "更新时间：", "更新时间:",
        "时间：", "时间:", "日期：", "日期:", "发布于", "发表于", "来源：", "来源:",
    ],
    meta_labels: prefixes![
        "来源", "作者", "编辑", "责任编辑", "浏览", "阅读", "点击", "字号", "字体", "【", "[",
        "分享", "打印", "发布", "(", "（", "星期", "周",
    ],
};

impl Han {
    /// The country whose Chinese name `s` starts with (the longest name wins): its table entry
    /// and the byte length of the name.
    pub fn country_at(&self, s: &str) -> Option<(&'static ZhCountry, usize)> {
        let first = first_char(s.as_bytes())? as usize % 256;
        let countries = self.countries;
        let buckets = self.by_first.get_or_init(|| {
            let mut buckets = vec![Vec::new(); 256];
            for (i, c) in countries.iter().enumerate() {
                for n in c.zh.iter() {
                    if let Some(f) = first_char(n.as_bytes()) {
                        buckets[f as usize % 256].push((i as u16, n));
                    }
                }
            }
            buckets
        });
        let mut best: Option<(&'static ZhCountry, usize)> = None;
        for &(i, n) in &buckets[first] {
            let c = &countries[usize::from(i)];
            if opens(s, n) && best.is_none_or(|b| b.1 < n.len()) {
                best = Some((c, n.len()));
            }
        }
        best
    }

    /// The country named `canonical` (the English name).
    pub fn country_named(&self, canonical: &str) -> Option<&'static ZhCountry> {
        self.countries.iter().find(|c| c.name == canonical)
    }

    /// The value of the point marker `s` starts with, and its byte length.
    pub fn ordinal_at(&self, s: &str) -> Option<(u32, usize)> {
        if !self.ordinal_firsts.may_open(s) {
            return None;
        }
        self.ordinals
            .iter()
            .find(|(o, _)| opens(s, o))
            .map(|&(o, n)| (n, o.len()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::parse::lang::en::EN;

    #[test]
    fn every_country_is_named_as_the_english_table_names_it() {
        // The countries both tables know must carry one canonical name, so that an English and
        // a Chinese readout of one meeting name the same country.
        let mut shared = 0;
        for c in HAN.countries {
            if let Some(en) = EN.country(c.name) {
                assert_eq!(en, c.name);
                shared += 1;
            }
        }
        assert!(
            shared >= 190,
            "only {shared} countries shared with the English table"
        );
        assert_eq!(
            HAN.country_at("葡萄牙外长").map(|c| c.0.name),
            Some("Portugal")
        );
    }

    #[test]
    fn the_longest_country_name_wins() {
        assert_eq!(
            HAN.country_at("南苏丹外长").map(|c| c.0.name),
            Some("South Sudan")
        );
        assert_eq!(
            HAN.country_at("南非外长").map(|c| c.0.name),
            Some("South Africa")
        );
        assert_eq!(
            HAN.country_at("印度尼西亚").map(|c| (c.0.name, c.1)),
            Some(("Indonesia", 15))
        );
    }

    #[test]
    fn every_chinese_country_name_has_a_first_character_to_be_found_by() {
        // `country_at` finds a name by its first character: an empty one could not be found.
        for c in HAN.countries {
            assert!(c.zh.iter().all(|n| !n.is_empty()), "{}", c.name);
        }
    }

    #[test]
    fn every_table_word_is_written_as_the_folded_text_reads_it() {
        // The parser matches the tables against the text folded to simplified characters: a
        // word the fold would change could never match.
        let h = &HAN;
        let lists: [&[&str]; 17] = [
            &h.title_ends,
            &h.role_lead_ins,
            &h.name_stops,
            &h.links,
            h.guest_ends,
            &h.joiners,
            &h.verbs,
            &h.joint_verbs,
            &h.adverbs,
            &h.preps,
            &h.joint_subjects,
            &h.joint_not,
            &h.honorifics,
            h.compound_surnames,
            &h.chrome_lines,
            &h.chrome_prefixes,
            &h.end_markers,
        ];
        let words = lists.iter().flat_map(|l| l.iter().copied());
        let words = words
            .chain(h.date_labels.iter().copied())
            .chain(h.meta_labels.iter().copied())
            .chain(h.formats.iter().map(|f| f.0))
            .chain(h.title_phrases.iter().map(|f| f.1))
            .chain(h.ordinals.iter().map(|o| o.0))
            .chain(h.countries.iter().flat_map(|c| c.zh.iter()))
            .chain([h.side, h.last_ordinal]);
        let mut n = 0;
        for w in words {
            assert_eq!(crate::core::hant::fold_str(w), w, "{w}");
            n += 1;
        }
        assert!(n > 600, "{n} words");
    }

    #[test]
    fn short_forms_are_the_first_character_unless_the_table_says() {
        assert_eq!(
            HAN.country_named("Portugal").map(ZhCountry::short),
            Some("葡")
        );
        assert_eq!(
            HAN.country_named("Indonesia").map(ZhCountry::short),
            Some("印尼")
        );
        assert_eq!(
            HAN.country_named("South Africa").map(ZhCountry::short),
            Some("南")
        );
    }
}
