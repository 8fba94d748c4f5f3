//! The meetings fixtures (`tests/fixtures/meetings/`, written for the tests): one call told by
//! China in Chinese and in English and by the United States, the same minister's talks with
//! Brazil that afternoon (in both languages) and his call with another US official that
//! evening. Grouping, the accounts comparison's rows and silences, and the versions alignment's
//! pairs and unmatched sentences are checked exactly.
//!
//! A fixture the parser cannot read yet (Chinese before the Chinese parser, the State
//! Department's style before the house styles) is stood in for by the readout the parser is
//! meant to give, built by hand from the same text; each test says which it used.

mod pairs;

use pairs::{load_pairs, Pair};
use readout_lens::core::analyse::testing::readout_with;
use readout_lens::core::analyse::{CorpusAnalysis, Lexicon};
use readout_lens::core::meetings::{accounts_comparison, compare_versions, group_meetings};
use readout_lens::core::model::{Language, MeetingFormat, Readout, Speaker};
use readout_lens::core::{parse, Date, ParseOptions};

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/meetings");

/// The fixture files in the order the tests use them.
const FILES: [&str; 6] = [
    "2021-03-04-china-zh-wang-ming-john-carter.txt",
    "2021-03-04-china-en-wang-ming-john-carter.txt",
    "2021-03-03-united-states-john-carter-wang-ming.txt",
    "2021-03-04-china-zh-wang-ming-carlos-mendes.txt",
    "2021-03-04-china-en-wang-ming-carlos-mendes.txt",
    "2021-03-04-china-zh-wang-ming-ruth-hale.txt",
];

fn read(name: &str) -> String {
    std::fs::read_to_string(format!("{DIR}/{name}")).expect("fixture")
}

fn pair(name: &str) -> Pair {
    load_pairs()
        .into_iter()
        .find(|p| p.name == name)
        .expect("pair")
}

/// The US account as the State Department style reads: the Secretary's sentences are his.
fn us_account_by_hand() -> Readout {
    use Speaker::*;
    let text = read(FILES[2]);
    let body = text.lines().last().expect("the body");
    let sentences: Vec<&str> = pairs::split_sentences(body, Language::English);
    let speakers = [Narration, Person(0), Person(0), Person(0), Person(0), Joint];
    let pairs: Vec<(Speaker, &str)> = speakers.iter().copied().zip(sentences).collect();
    let mut r = readout_with(
        "us",
        Date::new(2021, 3, 3),
        &[("John Carter", "United States"), ("Wang Ming", "China")],
        &pairs,
    );
    r.participants[0].role = "Secretary of State".into();
    r.participants[1].role = "State Councilor and Foreign Minister".into();
    r.publisher = Some("United States".into());
    r.format = Some(MeetingFormat::PhoneCall);
    r.origin = FILES[2].into();
    r
}

/// The Chinese call with the US Secretary of Commerce, as the Chinese parser is meant to read it.
fn hale_by_hand() -> Readout {
    let mut r = readout_with(
        "hale",
        Date::new(2021, 3, 4),
        &[("王明", "China"), ("露丝·黑尔", "United States")],
        &[(
            Speaker::Narration,
            "2021年3月4日晚，国务委员兼外长王明应约同美国商务部长露丝·黑尔通电话。",
        )],
    );
    r.participants[0].role = "国务委员兼外长".into();
    r.participants[1].role = "商务部长".into();
    r.language = Language::Chinese;
    r.format = Some(MeetingFormat::PhoneCall);
    r.origin = FILES[5].into();
    r
}

/// A parsed fixture when the parser reads it (a date and two participants), else the stand-in.
fn readable(parsed: Readout, stand_in: impl FnOnce() -> Readout) -> (Readout, bool) {
    if parsed.date.is_some() && parsed.participants.len() >= 2 {
        (parsed, true)
    } else {
        (stand_in(), false)
    }
}

/// The six fixtures, parsed or stood in for, with which were parsed.
fn fixtures() -> (Vec<Readout>, Vec<bool>) {
    let opts = ParseOptions::default();
    let parsed: Vec<Readout> = FILES.iter().map(|f| parse(&read(f), f, &opts)).collect();
    let mut it = parsed.into_iter();
    let mut next = || it.next().expect("six files");
    let call = pair("01-call-united-states");
    let talks = pair("08-talks-brazil");
    let all = [
        readable(next(), || call.hand_readout(Language::Chinese)),
        readable(next(), || call.hand_readout(Language::English)),
        readable(next(), us_account_by_hand),
        readable(next(), || talks.hand_readout(Language::Chinese)),
        readable(next(), || talks.hand_readout(Language::English)),
        readable(next(), hale_by_hand),
    ];
    let parsed = all.iter().map(|(_, p)| *p).collect();
    (all.into_iter().map(|(r, _)| r).collect(), parsed)
}

#[test]
fn the_fixture_texts_are_the_written_pairs() {
    for (file, pair_name, lang) in [
        (FILES[0], "01-call-united-states", Language::Chinese),
        (FILES[1], "01-call-united-states", Language::English),
        (FILES[3], "08-talks-brazil", Language::Chinese),
        (FILES[4], "08-talks-brazil", Language::English),
    ] {
        assert_eq!(read(file), pair(pair_name).text(lang), "{file}");
    }
}

#[test]
fn the_call_is_one_meeting_and_the_same_days_other_meetings_are_not() {
    let (readouts, parsed) = fixtures();
    println!("parsed by the parser (else built by hand): {parsed:?}");
    let m = group_meetings(&readouts, &[]);
    let groups: Vec<Vec<usize>> = m.meetings.iter().map(|m| m.readouts.clone()).collect();
    // China's English, China's Chinese, the US account; the talks; the other call.
    assert_eq!(groups, [vec![1, 0, 2], vec![4, 3], vec![5]]);
    assert_eq!(m.meetings[0].date(&readouts), Date::new(2021, 3, 3));
    let accounts: Vec<Option<&str>> = m.meetings[0]
        .accounts(&readouts)
        .iter()
        .map(|a| a.publisher)
        .collect();
    assert_eq!(accounts, [Some("China"), Some("United States")]);
    assert_eq!(m.meetings[0].account_columns(&readouts), [1, 2]);
    assert_eq!(m.meetings[1].versions(&readouts).len(), 1);
}

#[test]
fn the_accounts_show_what_each_side_reports_and_leaves_out() {
    let (readouts, _) = fixtures();
    let lexicon = Lexicon::default_lexicon();
    let corpus = CorpusAnalysis::build(&readouts, &lexicon);
    let cmp = accounts_comparison(&readouts, &corpus, &lexicon, &[1, 2]);
    let rows: Vec<(&str, Vec<usize>)> = cmp
        .comparison
        .rows
        .iter()
        .map(|r| (r.topic_id.as_str(), r.silent.clone()))
        .collect();
    // Silent columns: 0 is China's account, 1 the United States'.
    assert_eq!(
        rows,
        [
            ("ukraine", vec![]),
            ("climate-change", vec![]),
            ("bilateral-relations", vec![1]),
            ("high-level-exchanges", vec![1]),
            ("trade-and-rcep", vec![0]),
            ("taiwan", vec![1]),
            ("hong-kong", vec![0]),
            ("xinjiang", vec![0]),
            ("human-rights", vec![0]),
            ("handling-differences", vec![1]),
        ]
    );
    let only: Vec<(&str, usize)> = cmp
        .only_one
        .iter()
        .map(|o| (o.topic_id.as_str(), o.column))
        .collect();
    assert_eq!(
        only,
        [
            ("bilateral-relations", 0),
            ("high-level-exchanges", 0),
            ("trade-and-rcep", 1),
            ("taiwan", 0),
            ("hong-kong", 1),
            ("xinjiang", 1),
            ("human-rights", 1),
            ("handling-differences", 0),
        ]
    );
    // China's account quotes the US Secretary on Taiwan; the US account is silent on it.
    let people: Vec<(&str, Vec<Option<usize>>)> = cmp
        .people
        .iter()
        .map(|p| (p.name.as_str(), p.participant.clone()))
        .collect();
    assert_eq!(
        people,
        [
            ("Wang Ming", vec![Some(0), Some(1)]),
            ("John Carter", vec![Some(1), Some(0)])
        ]
    );
    assert_eq!(cmp.unreported.len(), 1);
    let u = &cmp.unreported[0];
    assert_eq!(
        (
            u.topic_id.as_str(),
            u.column,
            cmp.people[u.person].name.as_str(),
            u.own_column,
            u.own_silent
        ),
        ("taiwan", 0, "John Carter", 1, true)
    );
    let quoted: Vec<&str> = u
        .positions
        .iter()
        .map(|p| readouts[1].sentence_text(p.sentence))
        .collect();
    assert_eq!(
        quoted,
        ["Carter said that the U.S. side adheres to the one-China policy and does not support \"Taiwan independence\"."]
    );
}

#[test]
fn the_versions_of_the_call_align_with_the_left_out_and_merged_sentences_marked() {
    let (readouts, parsed) = fixtures();
    let lexicon = Lexicon::default_lexicon();
    let corpus = CorpusAnalysis::build(&readouts, &lexicon);
    let v = compare_versions(&readouts, &corpus.analyses, &lexicon, 0, 1);
    println!(
        "parsed by the parser (else built by hand): {:?}",
        &parsed[..2]
    );
    let pairs: Vec<(Vec<usize>, Vec<usize>)> = v
        .pairs()
        .map(|b| (b.a.clone().collect(), b.b.clone().collect()))
        .collect();
    let one = |a: usize, b: usize| (vec![a], vec![b]);
    assert_eq!(
        pairs,
        [
            one(0, 0),
            one(1, 1),
            (vec![2, 3], vec![2]),
            one(4, 3),
            one(5, 4),
            one(6, 5),
            one(8, 6),
            one(9, 7),
            one(10, 8),
            one(11, 9)
        ]
    );
    let only_zh: Vec<&str> = v
        .only_in_a()
        .iter()
        .map(|&s| readouts[0].sentence_text(s))
        .collect();
    assert_eq!(only_zh, ["任何以台制华的图谋都注定失败。"]);
    assert!(v.only_in_b().is_empty());
    // The English merges these two Chinese sentences into one.
    assert_eq!(
        readouts[0].sentence_text(2),
        "两国元首去年通话为双边关系指明了方向。"
    );
    assert_eq!(readouts[1].sentence_text(2).split(", and").count(), 2);
}
