//! Traditional characters folded to simplified, for matching only.
//!
//! Takes a character or a text in traditional characters (Hong Kong, Taiwan and Macao copies,
//! pages saved as Big5: 通電話, 國務委員兼外長, 雙方); gives the simplified form the parser's
//! tables and the analysis' cues are written in (通电话, 国务委员兼外长, 双方). The text shown is
//! never changed: the parser and the tokenizer match on the folded form and point back into the
//! text as written.
//!
//! Every pair of [`PAIRS`] maps one character of the basic CJK block to another (both three
//! bytes in UTF-8), so a folded text has the same length and the same byte offsets as the text
//! as written: a span found in one is the same span in the other. The table holds the few
//! hundred characters the parser's tables, the topics, the stance cues and common readout
//! wording need (not all of Chinese: a name in traditional characters stays as written, and a
//! phrase made of characters outside it is found only as written). A character that simplified
//! text also writes for itself (著 in 著名) is not folded, so folding simplified text is a no-op.
//! The pairs were checked against OpenCC's character table.

use std::borrow::Cow;

/// The first and last character a pair can hold: the basic CJK unified ideographs.
const FIRST: u32 = 0x4E00;
const LAST: u32 = 0x9FFF;

/// (traditional, simplified), sorted by the traditional character.
// Ten pairs a line: one a line would make the table 393 lines long.
#[rustfmt::skip]
pub const PAIRS: &[(char, char)] = &[
    ('並', '并'), ('亞', '亚'), ('佈', '布'), ('併', '并'), ('來', '来'), ('侷', '局'), ('係', '系'), ('個', '个'), ('們', '们'), ('倫', '伦'),
    ('偉', '伟'), ('備', '备'), ('傢', '家'), ('傳', '传'), ('僅', '仅'), ('價', '价'), ('儲', '储'), ('內', '内'), ('兩', '两'), ('別', '别'),
    ('則', '则'), ('剋', '克'), ('剛', '刚'), ('動', '动'), ('務', '务'), ('勞', '劳'), ('勢', '势'), ('區', '区'), ('協', '协'), ('卽', '即'),
    ('參', '参'), ('員', '员'), ('問', '问'), ('單', '单'), ('噁', '恶'), ('噹', '当'), ('嚮', '向'), ('嚴', '严'), ('囌', '苏'), ('國', '国'),
    ('圖', '图'), ('團', '团'), ('堅', '坚'), ('報', '报'), ('場', '场'), ('墰', '坛'), ('墻', '墙'), ('壇', '坛'), ('壜', '坛'), ('夥', '伙'),
    ('奧', '奥'), ('學', '学'), ('實', '实'), ('寧', '宁'), ('審', '审'), ('將', '将'), ('專', '专'), ('對', '对'), ('導', '导'), ('層', '层'),
    ('岡', '冈'), ('峯', '峰'), ('島', '岛'), ('帶', '带'), ('幹', '干'), ('幾', '几'), ('庫', '库'), ('廣', '广'), ('張', '张'), ('強', '强'),
    ('彆', '别'), ('彔', '录'), ('彿', '佛'), ('後', '后'), ('從', '从'), ('復', '复'), ('惡', '恶'), ('愛', '爱'), ('態', '态'), ('慮', '虑'),
    ('憂', '忧'), ('憲', '宪'), ('應', '应'), ('懞', '蒙'), ('懾', '慑'), ('戰', '战'), ('拋', '抛'), ('掃', '扫'), ('揚', '扬'), ('換', '换'),
    ('揮', '挥'), ('搖', '摇'), ('撾', '挝'), ('擁', '拥'), ('擊', '击'), ('擔', '担'), ('據', '据'), ('擴', '扩'), ('擾', '扰'), ('敎', '教'),
    ('敘', '叙'), ('數', '数'), ('斷', '断'), ('於', '于'), ('昇', '升'), ('時', '时'), ('曏', '向'), ('書', '书'), ('會', '会'), ('朮', '术'),
    ('東', '东'), ('棄', '弃'), ('業', '业'), ('極', '极'), ('榦', '干'), ('榮', '荣'), ('構', '构'), ('樂', '乐'), ('標', '标'), ('樸', '朴'),
    ('機', '机'), ('檯', '台'), ('權', '权'), ('欽', '钦'), ('歐', '欧'), ('歡', '欢'), ('氣', '气'), ('氾', '泛'), ('汎', '泛'), ('決', '决'),
    ('沒', '没'), ('沖', '冲'), ('泝', '溯'), ('淩', '凌'), ('減', '减'), ('湯', '汤'), ('準', '准'), ('溝', '沟'), ('溫', '温'), ('濛', '蒙'),
    ('濟', '济'), ('瀋', '沈'), ('瀾', '澜'), ('灣', '湾'), ('為', '为'), ('烏', '乌'), ('無', '无'), ('營', '营'), ('爭', '争'), ('爲', '为'),
    ('爾', '尔'), ('牆', '墙'), ('獨', '独'), ('獻', '献'), ('環', '环'), ('產', '产'), ('産', '产'), ('甦', '苏'), ('當', '当'), ('療', '疗'),
    ('發', '发'), ('盧', '卢'), ('盪', '荡'), ('眾', '众'), ('矇', '蒙'), ('磚', '砖'), ('礎', '础'), ('礦', '矿'), ('祕', '秘'), ('稱', '称'),
    ('積', '积'), ('穩', '稳'), ('競', '竞'), ('箇', '个'), ('範', '范'), ('簽', '签'), ('籤', '签'), ('籲', '吁'), ('糧', '粮'), ('糰', '团'),
    ('糾', '纠'), ('約', '约'), ('紅', '红'), ('納', '纳'), ('級', '级'), ('紹', '绍'), ('組', '组'), ('絕', '绝'), ('絡', '络'), ('給', '给'),
    ('統', '统'), ('絲', '丝'), ('絶', '绝'), ('經', '经'), ('綠', '绿'), ('綢', '绸'), ('維', '维'), ('網', '网'), ('緊', '紧'), ('緑', '绿'),
    ('編', '编'), ('緬', '缅'), ('緻', '致'), ('總', '总'), ('織', '织'), ('繫', '系'), ('繼', '继'), ('續', '续'), ('罈', '坛'), ('罎', '坛'),
    ('羅', '罗'), ('羣', '群'), ('義', '义'), ('聖', '圣'), ('聞', '闻'), ('聯', '联'), ('聲', '声'), ('脅', '胁'), ('脫', '脱'), ('臘', '腊'),
    ('臺', '台'), ('與', '与'), ('興', '兴'), ('舉', '举'), ('茲', '兹'), ('華', '华'), ('萊', '莱'), ('蓆', '席'), ('蓋', '盖'), ('蓮', '莲'),
    ('蔔', '卜'), ('蔘', '参'), ('蕩', '荡'), ('薩', '萨'), ('蘇', '苏'), ('蘭', '兰'), ('處', '处'), ('號', '号'), ('衆', '众'), ('術', '术'),
    ('衕', '同'), ('衚', '胡'), ('衛', '卫'), ('衝', '冲'), ('裏', '里'), ('裡', '里'), ('製', '制'), ('複', '复'), ('覈', '核'), ('見', '见'),
    ('規', '规'), ('視', '视'), ('親', '亲'), ('訊', '讯'), ('討', '讨'), ('託', '托'), ('記', '记'), ('訪', '访'), ('設', '设'), ('許', '许'),
    ('評', '评'), ('詢', '询'), ('話', '话'), ('該', '该'), ('誌', '志'), ('認', '认'), ('誠', '诚'), ('說', '说'), ('説', '说'), ('誼', '谊'),
    ('調', '调'), ('談', '谈'), ('請', '请'), ('論', '论'), ('諾', '诺'), ('謝', '谢'), ('識', '识'), ('議', '议'), ('譴', '谴'), ('護', '护'),
    ('變', '变'), ('讚', '赞'), ('貝', '贝'), ('負', '负'), ('貢', '贡'), ('貧', '贫'), ('責', '责'), ('買', '买'), ('貿', '贸'), ('賀', '贺'),
    ('資', '资'), ('賓', '宾'), ('賞', '赏'), ('賴', '赖'), ('賽', '赛'), ('贊', '赞'), ('贏', '赢'), ('踐', '践'), ('軌', '轨'), ('軍', '军'),
    ('載', '载'), ('輯', '辑'), ('轄', '辖'), ('辦', '办'), ('農', '农'), ('迴', '回'), ('這', '这'), ('連', '连'), ('週', '周'), ('進', '进'),
    ('遊', '游'), ('運', '运'), ('過', '过'), ('達', '达'), ('遠', '远'), ('遡', '溯'), ('適', '适'), ('遺', '遗'), ('邁', '迈'), ('還', '还'),
    ('邊', '边'), ('鄧', '邓'), ('鄰', '邻'), ('醫', '医'), ('釣', '钓'), ('釦', '扣'), ('鈎', '钩'), ('鉤', '钩'), ('錄', '录'), ('錯', '错'),
    ('録', '录'), ('錶', '表'), ('鍵', '键'), ('鎖', '锁'), ('鏈', '链'), ('長', '长'), ('門', '门'), ('閉', '闭'), ('開', '开'), ('間', '间'),
    ('閣', '阁'), ('閤', '合'), ('關', '关'), ('闡', '阐'), ('陞', '升'), ('陣', '阵'), ('陳', '陈'), ('陽', '阳'), ('隊', '队'), ('階', '阶'),
    ('際', '际'), ('險', '险'), ('雙', '双'), ('雜', '杂'), ('離', '离'), ('電', '电'), ('鞏', '巩'), ('鞦', '秋'), ('韆', '千'), ('韋', '韦'),
    ('韓', '韩'), ('響', '响'), ('頁', '页'), ('須', '须'), ('頓', '顿'), ('領', '领'), ('頭', '头'), ('頻', '频'), ('題', '题'), ('願', '愿'),
    ('顛', '颠'), ('顧', '顾'), ('風', '风'), ('颱', '台'), ('餘', '余'), ('馬', '马'), ('駐', '驻'), ('體', '体'), ('髮', '发'), ('鬆', '松'),
    ('鬍', '胡'), ('鬚', '须'), ('魚', '鱼'), ('魯', '鲁'), ('鮮', '鲜'), ('麗', '丽'), ('麥', '麦'), ('麪', '面'), ('麫', '面'), ('麵', '面'),
    ('點', '点'), ('黨', '党'), ('齣', '出'),
];

/// Simplified characters that traditional text writes the same way too (同 of 衕, 家 of 傢,
/// 里 in the names 斯里兰卡 and 马里): [`to_traditional`] leaves them.
const SAME: &str = "佛克凌出制千升卜即合同向周回家局布席志扣教松核沈泛溯秋系胡致蒙表面里";

/// Simplified characters with several traditional forms in [`PAIRS`], and the form
/// [`to_traditional`] writes for them (说 is 說 more often than 説).
const PREFERRED: &[(char, char)] = &[
    ('个', '個'),
    ('为', '為'),
    ('产', '產'),
    ('众', '眾'),
    ('冲', '衝'),
    ('别', '別'),
    ('参', '參'),
    ('发', '發'),
    ('台', '臺'),
    ('团', '團'),
    ('坛', '壇'),
    ('墙', '牆'),
    ('复', '復'),
    ('干', '幹'),
    ('并', '並'),
    ('当', '當'),
    ('录', '錄'),
    ('恶', '惡'),
    ('术', '術'),
    ('签', '簽'),
    ('绝', '絕'),
    ('绿', '綠'),
    ('苏', '蘇'),
    ('荡', '蕩'),
    ('说', '說'),
    ('赞', '讚'),
    ('钩', '鉤'),
    ('须', '須'),
];

/// One bit per character of the basic CJK block: set when the character is folded. Most
/// characters of any text are not, and this tells it without a search.
static FOLDED: [u64; ((LAST - FIRST + 1) / 64) as usize] = folded_bits();

const fn folded_bits() -> [u64; ((LAST - FIRST + 1) / 64) as usize] {
    let mut bits = [0u64; ((LAST - FIRST + 1) / 64) as usize];
    let mut i = 0;
    while i < PAIRS.len() {
        let n = PAIRS[i].0 as u32 - FIRST;
        bits[(n / 64) as usize] |= 1 << (n % 64);
        i += 1;
    }
    bits
}

/// True when `c` is a traditional character of the table.
#[inline]
fn is_folded(c: char) -> bool {
    let n = c as u32;
    (FIRST..=LAST).contains(&n)
        && FOLDED[((n - FIRST) / 64) as usize] & (1 << ((n - FIRST) % 64)) != 0
}

/// The simplified form of `c` when the table has one, else `c`.
#[inline]
pub fn fold(c: char) -> char {
    if !is_folded(c) {
        return c;
    }
    PAIRS
        .binary_search_by_key(&c, |p| p.0)
        .map_or(c, |i| PAIRS[i].1)
}

/// True when `s` holds a character that [`fold`] changes.
pub fn has_traditional(s: &str) -> bool {
    first_folded(s).is_some()
}

/// Where the first character that [`fold`] changes starts in `s`. A byte scan: those
/// characters take 3 bytes in UTF-8 with a lead byte in E4..=E9, and no other byte of UTF-8
/// text falls in that range (continuation bytes are 80..=BF), so each such byte starts one.
fn first_folded(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let mut i = 0;
    while i + 2 < b.len() {
        if !(0xE4..=0xE9).contains(&b[i]) {
            i += 1;
            continue;
        }
        let c = (u32::from(b[i] & 0x0F) << 12)
            | (u32::from(b[i + 1] & 0x3F) << 6)
            | u32::from(b[i + 2] & 0x3F);
        if char::from_u32(c).is_some_and(is_folded) {
            return Some(i);
        }
        i += 3;
    }
    None
}

/// `s` with every character folded: borrowed when nothing changes, else a copy of the same
/// length whose byte offsets are those of `s`.
pub fn fold_str(s: &str) -> Cow<'_, str> {
    // An ASCII text (most English readouts) is told at memory speed, any other by a byte
    // scan (see `first_folded`).
    if s.is_ascii() {
        return Cow::Borrowed(s);
    }
    let Some(first) = first_folded(s) else {
        return Cow::Borrowed(s);
    };
    let mut out = String::with_capacity(s.len());
    out.push_str(&s[..first]);
    out.extend(s[first..].chars().map(fold));
    debug_assert_eq!(out.len(), s.len());
    Cow::Owned(out)
}

/// The traditional form of a simplified character the table knows (its only one, or the
/// preferred one of several), else `c`: for words the parser writes itself into a readout in
/// traditional characters (a derived title's 舉行會談).
pub fn to_traditional(c: char) -> char {
    if SAME.contains(c) {
        return c;
    }
    if let Some(&(_, t)) = PREFERRED.iter().find(|p| p.0 == c) {
        return t;
    }
    let mut forms = PAIRS.iter().filter(|p| p.1 == c);
    match (forms.next(), forms.next()) {
        (Some(&(t, _)), None) => t,
        _ => c,
    }
}

/// The text a piece of a folded text was in the text as written: `piece` is looked for in
/// `folded` (the folded form of `shown`) and the same bytes of `shown` are given. A piece not
/// found there (words the parser wrote itself) is given as is.
pub fn shown_form(piece: &str, shown: &str, folded: &str) -> String {
    if piece.is_empty() || shown.len() != folded.len() {
        return piece.to_string();
    }
    folded
        .find(piece)
        .and_then(|at| shown.get(at..at + piece.len()))
        .map_or_else(|| piece.to_string(), str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_pair_keeps_the_length_in_utf8_so_offsets_stay_valid() {
        for &(t, s) in PAIRS {
            assert_eq!(t.len_utf8(), 3, "{t}");
            assert_eq!(s.len_utf8(), 3, "{s}");
            assert!((FIRST..=LAST).contains(&(t as u32)), "{t}");
            assert_ne!(t, s);
        }
        for &(s, t) in PREFERRED {
            assert_eq!((s.len_utf8(), t.len_utf8()), (3, 3));
        }
    }

    #[test]
    fn the_byte_scan_finds_the_first_folded_character_as_a_character_scan_does() {
        let mut s = String::from("aé—中文\u{4000}\u{4DFF}\u{9FFF}\u{A000}\u{20000}");
        for &(t, simple) in PAIRS.iter() {
            s.push(simple);
            s.push(t);
        }
        for start in (0..s.len()).filter(|&i| s.is_char_boundary(i)) {
            let piece = &s[start..];
            let by_char = piece.char_indices().find(|&(_, c)| is_folded(c));
            assert_eq!(first_folded(piece), by_char.map(|(i, _)| i));
        }
    }

    #[test]
    fn the_table_is_sorted_and_folds_to_a_fixed_point() {
        assert!(
            PAIRS.windows(2).all(|w| w[0].0 < w[1].0),
            "sorted, no repeats"
        );
        // A simplified character is never itself folded: folding twice changes nothing.
        for &(_, s) in PAIRS {
            assert_eq!(fold(s), s, "{s}");
        }
        for &(t, _) in PAIRS {
            assert_eq!(
                fold(t),
                PAIRS[PAIRS.binary_search_by_key(&t, |p| p.0).unwrap()].1
            );
        }
    }

    #[test]
    fn a_traditional_readout_folds_to_the_simplified_wording_at_the_same_offsets() {
        let shown = "國務委員兼外長晏思遠同愛爾蘭外長通電話。雙方會談，強調「合作」。";
        let folded = fold_str(shown);
        assert_eq!(
            folded,
            "国务委员兼外长晏思远同爱尔兰外长通电话。双方会谈，强调「合作」。"
        );
        assert_eq!(folded.len(), shown.len());
        for (a, b) in shown.char_indices().zip(folded.char_indices()) {
            assert_eq!(a.0, b.0, "offsets agree");
        }
    }

    #[test]
    fn simplified_and_latin_text_is_borrowed_unchanged() {
        for s in [
            "国务委员兼外长同外长通电话。",
            "Luo met Kim.",
            "",
            "著名的乾隆",
        ] {
            assert!(matches!(fold_str(s), Cow::Borrowed(_)), "{s}");
            assert!(!has_traditional(s));
        }
    }

    #[test]
    fn words_the_parser_writes_take_the_usual_traditional_form() {
        let t: String = "田墨白同举行视频会议通电话会见说苏丹斯里兰卡"
            .chars()
            .map(to_traditional)
            .collect();
        assert_eq!(t, "田墨白同舉行視頻會議通電話會見說蘇丹斯里蘭卡");
        // Each preferred form is one of the table's forms of that character.
        for &(s, t) in PREFERRED {
            assert_eq!(fold(t), s, "{t}");
        }
        for s in SAME.chars() {
            assert!(PAIRS.iter().any(|p| p.1 == s), "{s} is in the table");
        }
    }

    #[test]
    fn a_piece_of_the_folded_text_is_given_back_as_written() {
        let shown = "外交部長鄧嘉禾表示";
        let folded = fold_str(shown);
        assert_eq!(shown_form("邓嘉禾", shown, &folded), "鄧嘉禾");
        assert_eq!(shown_form("外交部长", shown, &folded), "外交部長");
        assert_eq!(shown_form("会见", shown, &folded), "会见");
    }
}
