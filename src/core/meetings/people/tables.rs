//! The tables `people` reads: offices a role names, Chinese surnames in pinyin.

use crate::core::packed::{joined, Joined};

/// The kinds of office a role names, as bits: the same office across languages and styles.
/// A role can name several ("State Councilor and Foreign Minister").
pub type Offices = u32;

pub(crate) const HEAD_OF_STATE: Offices = 1;
pub(crate) const HEAD_OF_GOVERNMENT: Offices = 1 << 1;
pub(crate) const VICE_PRESIDENT: Offices = 1 << 2;
pub(crate) const VICE_PREMIER: Offices = 1 << 3;
pub(crate) const FOREIGN_MINISTER: Offices = 1 << 4;
pub(crate) const VICE_FOREIGN_MINISTER: Offices = 1 << 5;
pub(crate) const ASSISTANT_FOREIGN_MINISTER: Offices = 1 << 6;
pub(crate) const FOREIGN_AFFAIRS_COMMISSION: Offices = 1 << 7;
pub(crate) const STATE_COUNCILOR: Offices = 1 << 8;
pub(crate) const DEFENCE: Offices = 1 << 9;
pub(crate) const FINANCE: Offices = 1 << 10;
pub(crate) const TRADE: Offices = 1 << 11;
pub(crate) const SECURITY_ADVISER: Offices = 1 << 12;
pub(crate) const AMBASSADOR: Offices = 1 << 13;
pub(crate) const SPOKESPERSON: Offices = 1 << 14;
pub(crate) const ENVOY: Offices = 1 << 15;

/// Words of roles, English in lower case and Chinese, with the office they name. The longest
/// cue found claims its words first, so "vice foreign minister" is not also "foreign minister".
/// Packed (`core::packed`): a (pointer, length) pair per cue was most of the table's bytes.
pub(crate) const OFFICE_CUES: &[(Joined, Offices)] = &[
    (
        joined![
            "president",
            "king",
            "queen",
            "emir",
            "sultan",
            "国家主席",
            "总统",
            "国王",
            "女王",
        ],
        HEAD_OF_STATE,
    ),
    (
        joined!["prime minister", "premier", "chancellor", "总理", "首相"],
        HEAD_OF_GOVERNMENT,
    ),
    (
        joined!["vice president", "副主席", "副总统"],
        VICE_PRESIDENT,
    ),
    (
        joined!["vice premier", "deputy prime minister", "副总理", "副首相"],
        VICE_PREMIER,
    ),
    (
        joined![
            "foreign minister",
            "minister of foreign affairs",
            "minister for foreign affairs",
            "secretary of state",
            "foreign secretary",
            "external affairs minister",
            "minister of external affairs",
            "secretary for foreign affairs",
            "外长",
            "外交部长",
            "外交部部长",
            "国务卿",
            "外交大臣",
            "外相",
            "外务大臣",
        ],
        FOREIGN_MINISTER,
    ),
    (
        joined![
            "vice foreign minister",
            "deputy foreign minister",
            "deputy secretary of state",
            "vice minister of foreign affairs",
            "deputy minister of foreign affairs",
            "first vice foreign minister",
            "副外长",
            "外交部副部长",
            "副国务卿",
        ],
        VICE_FOREIGN_MINISTER,
    ),
    (
        joined![
            "assistant foreign minister",
            "assistant secretary of state",
            "外交部部长助理",
            "助理国务卿",
        ],
        ASSISTANT_FOREIGN_MINISTER,
    ),
    (
        joined![
            "central foreign affairs commission",
            "foreign affairs commission",
            "中央外办",
            "中央外事工作委员会办公室",
        ],
        FOREIGN_AFFAIRS_COMMISSION,
    ),
    (
        joined!["state councilor", "state councillor", "国务委员"],
        STATE_COUNCILOR,
    ),
    (
        joined![
            "defense minister",
            "defence minister",
            "minister of defense",
            "minister of defence",
            "minister of national defense",
            "secretary of defense",
            "defence secretary",
            "defense secretary",
            "国防部长",
            "防长",
        ],
        DEFENCE,
    ),
    (
        joined![
            "treasury secretary",
            "secretary of the treasury",
            "finance minister",
            "minister of finance",
            "chancellor of the exchequer",
            "财政部长",
            "财长",
        ],
        FINANCE,
    ),
    (
        joined![
            "commerce secretary",
            "secretary of commerce",
            "commerce minister",
            "minister of commerce",
            "trade minister",
            "minister of trade",
            "trade representative",
            "商务部长",
            "贸易代表",
        ],
        TRADE,
    ),
    (
        joined![
            "national security advisor",
            "national security adviser",
            "国家安全事务助理",
        ],
        SECURITY_ADVISER,
    ),
    (joined!["ambassador", "大使",], AMBASSADOR),
    (
        joined!["spokesperson", "spokesman", "spokeswoman", "发言人"],
        SPOKESPERSON,
    ),
    (
        joined![
            "special envoy",
            "special representative",
            "特使",
            "特别代表",
        ],
        ENVOY,
    ),
];

/// Chinese surnames and their pinyin, "欧阳 ouyang" (two-character surnames first): a Chinese
/// official's name in Han script is matched to the same name in pinyin by its surname.
pub(crate) const SURNAMES: Joined = joined![
    "欧阳 ouyang",
    "司马 sima",
    "上官 shangguan",
    "诸葛 zhuge",
    "司徒 situ",
    "夏侯 xiahou",
    "王 wang",
    "李 li",
    "张 zhang",
    "刘 liu",
    "陈 chen",
    "杨 yang",
    "黄 huang",
    "赵 zhao",
    "吴 wu",
    "周 zhou",
    "徐 xu",
    "孙 sun",
    "马 ma",
    "朱 zhu",
    "胡 hu",
    "郭 guo",
    "何 he",
    "林 lin",
    "罗 luo",
    "高 gao",
    "郑 zheng",
    "梁 liang",
    "谢 xie",
    "宋 song",
    "唐 tang",
    "许 xu",
    "邓 deng",
    "冯 feng",
    "韩 han",
    "曹 cao",
    "曾 zeng",
    "彭 peng",
    "萧 xiao",
    "肖 xiao",
    "蔡 cai",
    "潘 pan",
    "田 tian",
    "董 dong",
    "袁 yuan",
    "于 yu",
    "余 yu",
    "叶 ye",
    "蒋 jiang",
    "杜 du",
    "苏 su",
    "魏 wei",
    "程 cheng",
    "吕 lyu",
    "丁 ding",
    "沈 shen",
    "任 ren",
    "姚 yao",
    "卢 lu",
    "傅 fu",
    "钟 zhong",
    "姜 jiang",
    "崔 cui",
    "谭 tan",
    "廖 liao",
    "范 fan",
    "汪 wang",
    "陆 lu",
    "金 jin",
    "石 shi",
    "戴 dai",
    "贾 jia",
    "韦 wei",
    "夏 xia",
    "邱 qiu",
    "方 fang",
    "侯 hou",
    "邹 zou",
    "熊 xiong",
    "孟 meng",
    "秦 qin",
    "白 bai",
    "江 jiang",
    "阎 yan",
    "闫 yan",
    "薛 xue",
    "尹 yin",
    "段 duan",
    "雷 lei",
    "黎 li",
    "史 shi",
    "龙 long",
    "陶 tao",
    "贺 he",
    "顾 gu",
    "毛 mao",
    "郝 hao",
    "龚 gong",
    "邵 shao",
    "万 wan",
    "钱 qian",
    "严 yan",
    "赖 lai",
    "洪 hong",
    "武 wu",
    "莫 mo",
    "孔 kong",
    "易 yi",
    "温 wen",
    "习 xi",
    "齐 qi",
    "柯 ke",
    "常 chang",
    "左 zuo",
    "骆 luo",
    "耿 geng",
    "栗 li",
    "乐 yue",
    "解 xie",
    "谷 gu",
];
