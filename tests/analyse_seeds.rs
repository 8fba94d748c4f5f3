//! The comparison of the two seed readouts (Vietnam, 27 October 2020; Republic of Korea,
//! 9 November 2020), parsed by the real parser, shows what an analyst reads in them.

use readout_lens::core::analyse::{
    compare, Comparison, CorpusAnalysis, Lexicon, Mode, Row, Stance,
};
use readout_lens::core::{parse, ParseOptions, Readout, Speaker};

fn seeds() -> Vec<Readout> {
    let vn = include_str!("../data/readouts/2020-10-27-vietnam-nguyen-quoc-dung.txt");
    let rok = include_str!("../data/readouts/2020-11-09-republic-of-korea-kim-gunn.txt");
    let o = ParseOptions::default();
    vec![parse(vn, "vietnam", &o), parse(rok, "rok", &o)]
}

fn comparison(mode: Mode) -> (Vec<Readout>, Lexicon, CorpusAnalysis, Comparison) {
    let rs = seeds();
    let lex = Lexicon::default_lexicon();
    let corpus = CorpusAnalysis::build(&rs, &lex);
    let c = compare(&rs, &corpus, &lex, &[0, 1], &mode);
    (rs, lex, corpus, c)
}

fn row<'a>(c: &'a Comparison, id: &str) -> Option<&'a Row> {
    c.rows.iter().find(|r| r.topic_id == id)
}

#[test]
fn both_meetings_raise_covid_rcep_multilateralism_unilateralism_and_the_south_china_sea() {
    let (_, _, _, c) = comparison(Mode::AllSpeakers);
    for id in [
        "public-health",
        "trade-and-rcep",
        "multilateralism",
        "unilateralism",
        "south-china-sea",
    ] {
        let r = row(&c, id).unwrap_or_else(|| panic!("no row {id}"));
        assert!(r.silent.is_empty(), "{id} silent in {:?}", r.silent);
    }
}

#[test]
fn only_the_korean_meeting_raises_the_indo_pacific_strategy_and_the_quad() {
    let (_, _, _, c) = comparison(Mode::AllSpeakers);
    let r = row(&c, "indo-pacific-strategy").expect("indo-pacific row");
    assert_eq!(r.silent, [0], "silent columns");
    assert!(r.cells[1]
        .iter()
        .any(|sp| sp.positions.iter().any(|p| p.sentence > 0)));
}

#[test]
fn only_the_vietnamese_meeting_raises_asean_centrality_and_the_code_of_conduct() {
    let (_, _, _, c) = comparison(Mode::AllSpeakers);
    for id in ["asean-centrality", "code-of-conduct"] {
        let r = row(&c, id).unwrap_or_else(|| panic!("no row {id}"));
        assert_eq!(r.silent, [1], "{id}");
    }
}

#[test]
fn shared_formulations_include_rcep_and_the_zero_sum_game() {
    let (_, _, corpus, c) = comparison(Mode::AllSpeakers);
    let shared: Vec<String> = c
        .shared_formulations
        .iter()
        .map(|f| f.text.to_lowercase())
        .collect();
    assert!(
        shared
            .iter()
            .any(|t| t.contains("regional comprehensive economic partnership")),
        "{shared:?}"
    );
    assert!(
        shared.iter().any(|t| t.contains("zero-sum game")),
        "{shared:?}"
    );
    // The row view shows them too, on their topics.
    let rcep = row(&c, "trade-and-rcep").unwrap();
    assert!(rcep.shared.iter().any(|f| f
        .text
        .contains("Regional Comprehensive Economic Partnership")));
    // Both first appear in the earlier (Vietnam) readout.
    for f in &c.shared_formulations {
        assert_eq!(corpus.formulations[f.formulation].new_in, 0, "{}", f.text);
    }
}

#[test]
fn luo_zhaohui_opposes_unilateralism_in_both_meetings() {
    let (rs, lex, _, c) = comparison(Mode::SameSpeaker {
        name: Some("Luo Zhaohui".into()),
    });
    assert!(
        c.columns.iter().all(|col| col.speaker.is_some()),
        "{:?}",
        c.columns
    );
    let uni = row(&c, "unilateralism").expect("row");
    assert!(uni.silent.is_empty());
    for (ci, cell) in uni.cells.iter().enumerate() {
        assert!(
            cell.iter().all(|sp| sp.speaker_name == "Luo Zhaohui"),
            "{cell:?}"
        );
        let stances: Vec<Stance> = cell
            .iter()
            .flat_map(|sp| sp.positions.iter().map(|p| p.stance))
            .collect();
        assert!(
            stances.contains(&Stance::Opposes),
            "column {ci}: {stances:?}"
        );
    }
    // Provenance: each position's sentence contains the words that raised the topic.
    for (ci, cell) in uni.cells.iter().enumerate() {
        let r = &rs[c.columns[ci].readout];
        for p in cell.iter().flat_map(|sp| &sp.positions) {
            let s = r.sentences[p.sentence].span;
            assert!(s.start <= p.span.start && p.span.end <= s.end);
            assert!(p.span.of(&r.text).to_lowercase().contains("unilateral"));
        }
    }
    assert_eq!(lex.topics[uni.topic].id, "unilateralism");
}

#[test]
fn the_two_seeds_have_different_counterparts_so_no_redline() {
    let (_, _, _, c) = comparison(Mode::AllSpeakers);
    assert!(c.redline.is_none());
}

#[test]
fn the_vietnamese_deputy_minister_is_a_speaker_with_positions() {
    let (rs, _, corpus, _) = comparison(Mode::AllSpeakers);
    let a = &corpus.analyses[0];
    let nguyen = rs[0]
        .participants
        .iter()
        .position(|p| p.name.contains("Nguyen"))
        .expect("Nguyen");
    assert!(a
        .positions
        .iter()
        .any(|p| p.speaker == Speaker::Person(nguyen)));
}
