//! Topics, stances, search and formulations read a readout in traditional characters as they
//! read the same readout in simplified ones: the tokenizer folds traditional characters into
//! its keys (`core::hant`), while every range points at the text as written. The readouts are
//! the traditional fixtures written for the tests (tests/fixtures/zh/traditional) and a
//! simplified text written here (fictional officials).

use readout_lens::core::analyse::{analyse_readout, find_formulations, Lexicon};
use readout_lens::core::explore::SearchIndex;
use readout_lens::core::{parse, ParseOptions, Readout};

const SIMPLIFIED: &str = "外交部长温立舟同菲律宾外长通电话\n\n2021年5月6日，外交部长温立舟同菲律宾外交部长拉蒙·阿瓜维瓦通电话。\n\n温立舟表示，中方愿同菲方妥善处理南海问题，反对单边主义和阵营对抗。\n\n双方还就乌克兰危机交换了意见。";

fn readouts() -> Vec<Readout> {
    let dir = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/zh/traditional/"
    );
    let hk = std::fs::read_to_string(format!("{dir}hk-phone-call-page-copy.txt")).unwrap();
    let o = ParseOptions::default();
    vec![parse(&hk, "hk", &o), parse(SIMPLIFIED, "cn", &o)]
}

/// (readout, highlighted words as written) of every hit of `q`.
fn hits(rs: &[Readout], q: &str) -> Vec<(usize, Vec<String>)> {
    let res = SearchIndex::build(rs).search(rs, q, 100);
    res.hits
        .iter()
        .map(|h| {
            let text = rs[h.readout].sentence_text(h.sentence);
            (
                h.readout,
                h.ranges.iter().map(|s| s.of(text).to_string()).collect(),
            )
        })
        .collect()
}

#[test]
fn searching_simplified_characters_finds_them_written_in_traditional_ones() {
    let rs = readouts();
    let found = hits(&rs, "南海");
    assert_eq!(
        found,
        [(0, vec!["南海".to_string()]), (1, vec!["南海".to_string()])]
    );
    // A quoted phrase in either script finds both, highlighted as each readout writes it.
    let want = [
        (0, vec!["烏克蘭危機".to_string()]),
        (1, vec!["乌克兰危机".to_string()]),
    ];
    assert_eq!(hits(&rs, "\"乌克兰危机\""), want);
    assert_eq!(hits(&rs, "「烏克蘭危機」"), want);
    assert_eq!(hits(&rs, "單邊主義").len(), 2);
}

#[test]
fn topics_and_stances_fire_on_traditional_text_as_on_simplified() {
    let rs = readouts();
    let lex = Lexicon::default_lexicon();
    let id = |t: usize| lex.topics[t].id.clone();
    let topics = |r: &Readout| -> Vec<String> {
        let mut v: Vec<String> = analyse_readout(r, &lex)
            .topics()
            .into_iter()
            .map(id)
            .collect();
        v.sort();
        v
    };
    let hk = topics(&rs[0]);
    for t in ["south-china-sea", "unilateralism", "ukraine"] {
        assert!(hk.contains(&t.to_string()), "{t} in {hk:?}");
        assert!(topics(&rs[1]).contains(&t.to_string()), "{t}");
    }
    // The stance on unilateralism is read from 反對 as from 反对.
    let stance = |r: &Readout| {
        let a = analyse_readout(r, &lex);
        let t = lex.topic_index("unilateralism").unwrap();
        let first = a.positions_on(t).map(|p| p.stance).next();
        first
    };
    assert_eq!(stance(&rs[0]), stance(&rs[1]));
    assert!(stance(&rs[0]).is_some());
}

#[test]
fn a_formulation_shared_by_a_traditional_and_a_simplified_readout_is_one() {
    let rs = readouts();
    let f = find_formulations(&rs);
    let shared = f
        .iter()
        .find(|f| f.key.contains("单边主义和阵营对抗"))
        .unwrap_or_else(|| panic!("{:?}", f.iter().map(|f| &f.key).collect::<Vec<_>>()));
    assert_eq!(shared.readouts, 2);
}
