//! The comparison engine on hand-built readouts (fictional, written for these tests), so it is
//! tested apart from the parser.

use readout_lens::core::analyse::testing::readout_with;
use readout_lens::core::analyse::{compare, CorpusAnalysis, Lexicon, Mode, OpKind, Stance};
use readout_lens::core::{Date, Readout, Speaker};

const WANG: Speaker = Speaker::Person(0);
const OTHER: Speaker = Speaker::Person(1);

fn corpus() -> Vec<Readout> {
    let d = |m, day| Date::new(2023, m, day);
    vec![
        readout_with(
            "thailand-1",
            d(3, 1),
            &[("Wang Lin", "China"), ("Somchai Rak", "Thailand")],
            &[
                (WANG, "Wang Lin said China firmly upholds multilateralism and opposes unilateralism."),
                (WANG, "China is ready to build the Belt and Road with high quality together with Thailand."),
                (OTHER, "Somchai Rak thanked China for providing vaccines to Thailand."),
            ],
        ),
        readout_with(
            "laos",
            d(4, 2),
            &[("Wang Lin", "China"), ("Khamphou Vong", "Laos")],
            &[
                (WANG, "Wang Lin said China firmly upholds multilateralism and opposes unilateralism."),
                (WANG, "China is concerned about the situation on the Korean Peninsula."),
            ],
        ),
        readout_with(
            "thailand-2",
            d(5, 3),
            &[("Wang Lin", "China"), ("Somchai Rak", "Thailand")],
            &[
                (WANG, "Wang Lin said China firmly upholds multilateralism and opposes hegemonism."),
                (WANG, "China is ready to build the Belt and Road with high quality together with Thailand."),
            ],
        ),
    ]
}

fn setup() -> (Vec<Readout>, Lexicon, CorpusAnalysis) {
    let rs = corpus();
    let lex = Lexicon::default_lexicon();
    let c = CorpusAnalysis::build(&rs, &lex);
    (rs, lex, c)
}

#[test]
fn rows_are_the_union_of_topics_with_silent_columns_marked() {
    let (rs, lex, c) = setup();
    let cmp = compare(&rs, &c, &lex, &[0, 1], &Mode::AllSpeakers);
    let ids: Vec<&str> = cmp.rows.iter().map(|r| r.topic_id.as_str()).collect();
    for id in [
        "multilateralism",
        "unilateralism",
        "belt-and-road",
        "public-health",
        "korean-peninsula",
    ] {
        assert!(ids.contains(&id), "{id} in {ids:?}");
    }
    let multi = cmp
        .rows
        .iter()
        .find(|r| r.topic_id == "multilateralism")
        .unwrap();
    assert!(multi.silent.is_empty());
    assert_eq!(multi.cells[0][0].positions[0].stance, Stance::Supports);
    let kp = cmp
        .rows
        .iter()
        .find(|r| r.topic_id == "korean-peninsula")
        .unwrap();
    assert_eq!(kp.silent, [0]);
    assert_eq!(kp.cells[1][0].positions[0].stance, Stance::Concerned);
    // Topics both columns raise come first.
    assert!(cmp.rows[0].silent.is_empty());
}

#[test]
fn shared_and_unique_formulations_are_split_per_row() {
    let (rs, lex, c) = setup();
    let cmp = compare(&rs, &c, &lex, &[0, 1, 2], &Mode::AllSpeakers);
    let multi = cmp
        .rows
        .iter()
        .find(|r| r.topic_id == "multilateralism")
        .unwrap();
    assert!(
        multi.shared.iter().any(|f| f
            .text
            .to_lowercase()
            .contains("firmly upholds multilateralism")),
        "{:?}",
        multi.shared
    );
    // "... and opposes unilateralism" recurs in the first two only: not shared by all three.
    let bri = cmp
        .rows
        .iter()
        .find(|r| r.topic_id == "belt-and-road")
        .unwrap();
    assert_eq!(bri.silent, [1]);
    assert!(
        bri.shared.iter().any(|f| f.text.contains("Belt and Road")),
        "{:?}",
        bri.shared
    );
}

#[test]
fn same_speaker_mode_shows_only_that_official() {
    let (rs, lex, c) = setup();
    let cmp = compare(&rs, &c, &lex, &[0, 1], &Mode::SameSpeaker { name: None });
    assert!(cmp.columns.iter().all(|col| col.speaker == Some(WANG)));
    assert!(
        !cmp.rows.iter().any(|r| r.topic_id == "public-health"),
        "Somchai's thanks are not Wang's"
    );
    let named = compare(
        &rs,
        &c,
        &lex,
        &[0, 1],
        &Mode::SameSpeaker {
            name: Some("somchai rak".into()),
        },
    );
    assert_eq!(named.columns[0].speaker, Some(OTHER));
    assert_eq!(named.columns[1].speaker, None);
    let ph = named
        .rows
        .iter()
        .find(|r| r.topic_id == "public-health")
        .unwrap();
    assert_eq!(
        (ph.silent.as_slice(), ph.cells[0][0].positions[0].stance),
        ([1usize].as_slice(), Stance::Appreciates)
    );
}

#[test]
fn two_meetings_with_the_same_counterpart_get_a_redline() {
    let (rs, lex, c) = setup();
    let cmp = compare(&rs, &c, &lex, &[0, 2], &Mode::AllSpeakers);
    let ops = cmp.redline.expect("same counterpart");
    let deleted: Vec<&str> = ops
        .iter()
        .filter(|o| o.kind == OpKind::Delete)
        .map(|o| o.text.as_str())
        .collect();
    let inserted: Vec<&str> = ops
        .iter()
        .filter(|o| o.kind == OpKind::Insert)
        .map(|o| o.text.as_str())
        .collect();
    assert!(
        deleted.iter().any(|t| t.contains("unilateralism.")),
        "{deleted:?}"
    );
    assert!(
        inserted.iter().any(|t| t.contains("hegemonism.")),
        "{inserted:?}"
    );
    assert!(compare(&rs, &c, &lex, &[0, 1], &Mode::AllSpeakers)
        .redline
        .is_none());
}

#[test]
fn formulations_are_new_in_their_earliest_readout() {
    let (rs, _, c) = setup();
    let f = c
        .formulations
        .iter()
        .find(|f| f.text.contains("Belt and Road"))
        .expect("belt and road formulation");
    assert_eq!(f.new_in, 0);
    assert_eq!((f.first_date, f.last_date), (rs[0].date, rs[2].date));
    assert_eq!(
        c.new_in(0)
            .filter(|&i| i == c.formulations.iter().position(|x| x == f).unwrap())
            .count(),
        1
    );
}

#[test]
fn out_of_range_columns_are_skipped_and_json_field_names_are_snake_case() {
    let (rs, lex, c) = setup();
    let cmp = compare(&rs, &c, &lex, &[0, 99], &Mode::AllSpeakers);
    assert_eq!(cmp.columns.len(), 1);
    let json = serde_json::to_value(&cmp).unwrap();
    assert!(json.get("shared_formulations").is_some());
    assert_eq!(json["mode"]["kind"], "all_speakers");
    let row = &json["rows"][0];
    for key in [
        "topic", "topic_id", "label", "cells", "shared", "unique", "silent",
    ] {
        assert!(row.get(key).is_some(), "{key}");
    }
}

#[test]
fn odd_spans_and_scripts_never_panic_the_analysis() {
    let mut r = readout_with(
        "odd",
        None,
        &[("Wang Lin", "China")],
        &[
            (
                WANG,
                "中国 supports multilateralism — 多边主义; and opposes unilateralism.",
            ),
            (
                Speaker::Person(7),
                "Unknown speaker supports the Belt and Road.",
            ),
            (Speaker::Joint, ""),
        ],
    );
    // A span past the end and one inside a multi-byte character.
    r.sentences[2].span = readout_lens::core::Span::new(5, 999);
    r.sentences.push(readout_lens::core::Sentence {
        span: readout_lens::core::Span::new(1, 2),
        paragraph: 0,
        speaker: WANG,
    });
    let rs = vec![r.clone(), r];
    let lex = Lexicon::default_lexicon();
    let c = CorpusAnalysis::build(&rs, &lex);
    let cmp = compare(
        &rs,
        &c,
        &lex,
        &[0, 1, 1],
        &Mode::SameSpeaker {
            name: Some("nobody".into()),
        },
    );
    assert_eq!(cmp.columns.len(), 3);
    let all = compare(&rs, &c, &lex, &[0, 1], &Mode::AllSpeakers);
    assert!(all.rows.iter().any(|row| row.topic_id == "multilateralism"));
    assert!(all.redline.is_some(), "same countries on both sides");
}
