//! Never panics: the parser over arbitrary strings (Latin and Han script, full-width
//! punctuation) and over mutated readouts in English and Chinese.
//!
//! A hand-rolled xorshift mutation fuzzer (cargo-fuzz needs nightly). `FUZZ_CASES` sets the
//! number of cases (default 20,000 so `cargo test` stays quick); the million-case run is
//! `FUZZ_CASES=1000000 cargo test --release --test fuzz_parse` (see BENCHMARKS.md).
//! A failing case prints its seed and input; every crash found is kept below as a named test.

use readout_lens::core::synth::Rng;
use readout_lens::core::{parse, ParseOptions, Readout, Speaker};
use std::panic;

const SEEDS: [&str; 8] = [
    include_str!("../data/readouts/2020-11-09-republic-of-korea-kim-gunn.txt"),
    include_str!("../data/readouts/2020-10-27-vietnam-nguyen-quoc-dung.txt"),
    include_str!("fixtures/readouts/three-party-talks.txt"),
    include_str!("fixtures/readouts/web-page-copy.txt"),
    include_str!("fixtures/zh/tuning/web-page-copy.txt"),
    include_str!("fixtures/zh/tuning/xinhua-dateline.txt"),
    include_str!("fixtures/zh/tuning/talks-points-yishi.txt"),
    include_str!("fixtures/zh/tuning/mixed-english-names.txt"),
];

/// Pieces the parser reacts to, so mutations reach its branches.
const TOKENS: &[&str] = &[
    "First, ",
    "; second, ",
    ": third, ",
    "The first priority is ",
    "The second priority is ",
    "On ",
    "October 27, 2020, ",
    "2020/11/09",
    "2023-06-15 14:30",
    "27 October 2020",
    " of the ",
    "Republic of Korea",
    " (ROK)",
    "(",
    ")",
    " with ",
    " held a video conference with ",
    " met with ",
    " said ",
    " said, ",
    "He said ",
    "She ",
    "Both sides ",
    "They ",
    "The ROK side ",
    "Luo ",
    "Kim Gunn ",
    "U.S. ",
    "Mr. ",
    "No. 1 ",
    "2.5 ",
    "F. ",
    ". ",
    ".",
    "\n",
    "\n\n",
    "\r",
    "\t",
    "  ",
    ",",
    ", and ",
    " and ",
    "Share\n",
    "Print\n",
    "Home > News\n",
    "عربي Español\n",
    "\u{201C}",
    "\u{2019}",
    "é",
    "中文",
    "。",
    "\u{0}",
    "\u{200B}",
    "\u{FEFF}",
    "Updated: ",
    "Vice Foreign Minister ",
    "Portuguese ",
    "of ",
    "the ",
    "Copyright ©",
    "firstly, ",
    // Chinese: what the Han hooks react to, full-width punctuation and digits.
    "一是",
    "；二是",
    "第三，",
    "首先，",
    "最后，",
    "。",
    "！",
    "？",
    "，",
    "：",
    "、",
    "“",
    "”",
    "（",
    "）",
    "·",
    "2021年3月3日",
    "３月１５日",
    "15日晚",
    "新华社北京4月16日电 ",
    "2021-04-16 07:25　来源：新华网\n",
    "外交部长",
    "国务委员兼外长",
    "驻华大使",
    "田墨白",
    "索尔旺",
    "应约同",
    "会见",
    "通电话",
    "举行视频会议",
    "表示，",
    "强调",
    "双方",
    "中方",
    "美方应",
    "他",
    "挪威",
    "南非国际关系与合作部",
    "打印本页\n",
    "相关新闻\n",
    "【字体：大 中 小】\n",
    "首页 > 新闻\n",
    "（完）",
    "\u{3000}",
];

/// A random string of Han characters, full-width punctuation and Chinese tokens.
fn arbitrary_cjk(rng: &mut Rng) -> String {
    const PUNCT: &[char] = &[
        '。', '，', '；', '：', '、', '“', '”', '（', '）', '！', '？', '１', '日',
    ];
    let mut s = String::new();
    for _ in 0..rng.below(300) {
        match rng.below(5) {
            0 => s.push(char::from_u32(0x4E00 + rng.below(0x5200) as u32).unwrap_or('中')),
            1 => s.push(PUNCT[rng.below(PUNCT.len())]),
            2 => s.push(char::from_u32(rng.below(0x3000) as u32).unwrap_or(' ')),
            _ => s.push_str(TOKENS[rng.below(TOKENS.len())]),
        }
    }
    s
}

/// A random string: bytes, characters and parser tokens mixed.
fn arbitrary(rng: &mut Rng) -> String {
    let len = rng.below(300);
    let mut bytes = Vec::with_capacity(len * 2);
    for _ in 0..len {
        match rng.below(4) {
            0 => bytes.push(rng.next_u64() as u8),
            1 => bytes.push(b" .,;:\n\"'()ASaeF1"[rng.below(16)]),
            _ => bytes.extend_from_slice(TOKENS[rng.below(TOKENS.len())].as_bytes()),
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// A real readout with 1 to 8 mutations: cut, duplicate, insert a token, swap, flip a byte.
fn mutated(rng: &mut Rng) -> String {
    let mut b = SEEDS[rng.below(SEEDS.len())].as_bytes().to_vec();
    for _ in 0..1 + rng.below(8) {
        let at = rng.below(b.len() + 1);
        let len = rng.below(64).min(b.len() - at);
        match rng.below(6) {
            0 => {
                b.drain(at..at + len);
            }
            1 => {
                let piece = b[at..at + len].to_vec();
                b.splice(at..at, piece);
            }
            2 | 3 => {
                let t = TOKENS[rng.below(TOKENS.len())].as_bytes();
                b.splice(at..at, t.iter().copied());
            }
            4 => b.truncate(at),
            _ => {
                if at < b.len() {
                    b[at] ^= 1 << rng.below(8);
                }
            }
        }
    }
    String::from_utf8_lossy(&b).into_owned()
}

/// Every span fits the text on char boundaries, every index points at something.
fn check(r: &Readout) -> Result<(), String> {
    let ok = |s: readout_lens::core::Span| {
        s.start <= s.end
            && s.end <= r.text.len()
            && r.text.is_char_boundary(s.start)
            && r.text.is_char_boundary(s.end)
    };
    let person_ok = |sp: Speaker| match sp {
        Speaker::Person(i) => i < r.participants.len(),
        _ => true,
    };
    if r.id.len() != 16 || !r.id.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(format!("bad id {:?}", r.id));
    }
    if !r.paragraphs.iter().all(|&p| ok(p)) {
        return Err("paragraph span out of the text".into());
    }
    for s in &r.sentences {
        let para = r
            .paragraphs
            .get(s.paragraph)
            .ok_or("sentence in no paragraph")?;
        if !ok(s.span) || s.span.start < para.start || s.span.end > para.end {
            return Err(format!("sentence span {:?} outside {:?}", s.span, para));
        }
        if !person_ok(s.speaker) {
            return Err("speaker is not a participant".into());
        }
    }
    for p in &r.points {
        if !ok(p.span) || p.sentence >= r.sentences.len() || p.ordinal == 0 || !person_ok(p.speaker)
        {
            return Err(format!("bad point {p:?}"));
        }
    }
    serde_json::to_string(r).map_err(|e| e.to_string())?;
    Ok(())
}

fn parse_checked(input: &str) -> Result<(), String> {
    let opts = ParseOptions::default();
    match panic::catch_unwind(|| parse(input, "fuzz", &opts)) {
        Ok(r) => check(&r),
        Err(_) => Err("panicked".into()),
    }
}

#[test]
fn arbitrary_and_mutated_inputs_never_panic_and_keep_spans_valid() {
    let cases: u64 = std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20_000);
    let seed: u64 = std::env::var("FUZZ_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0x5EED_F00D);
    let mut rng = Rng(seed | 1);
    let hook = panic::take_hook();
    panic::set_hook(Box::new(|_| {}));
    let mut failures = Vec::new();
    for case in 0..cases {
        let input = match case % 6 {
            0 => arbitrary(&mut rng),
            3 => arbitrary_cjk(&mut rng),
            _ => mutated(&mut rng),
        };
        if let Err(why) = parse_checked(&input) {
            failures.push(format!("case {case}: {why}: {input:?}"));
            if failures.len() >= 5 {
                break;
            }
        }
    }
    panic::set_hook(hook);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    eprintln!("fuzz_parse: {cases} cases, seed {seed:#x}, no failures");
}

#[test]
fn empty_blank_and_odd_inputs_parse() {
    for input in [
        "",
        " ",
        "\n\n\n",
        "\r",
        ".",
        "..",
        ". . .",
        "\u{0}",
        "中文。",
        "(",
        "First,",
        "新华社北京4月16日电",
        "同",
        "；二是",
        "一是。二是。",
        "最后，",
        "2021年",
        "会见·",
    ] {
        assert_eq!(parse_checked(input), Ok(()), "{input:?}");
    }
}

#[test]
fn a_time_stamp_with_a_full_width_colon_does_not_panic() {
    // Fuzz cases 278707 and 737476 (seed 0x5eedf00d, 1,000,000 cases): "0：7:25:31" after a
    // date once made the Chinese date line slice inside the three bytes of "："
    for input in [
        "温立舟同美国国务卿温特斯通电话\n\n2021-04-16 0：7:25:31\u{3000}来源：新华网\n\n新华社北京4月16日电 外交部长温立舟15日晚应约同美国国务卿卡拉·温特斯通电话。",
        "沈秋月同菲律宾外交部副部长阿瓜维瓦会谈\n2019-07-22 1：8:30\n2019年7月22日，外交部副部长沈秋月在北京同菲律宾外交部副部长拉蒙·阿瓜维瓦举行会谈。",
    ] {
        assert_eq!(parse_checked(input), Ok(()), "{input:?}");
    }
}
