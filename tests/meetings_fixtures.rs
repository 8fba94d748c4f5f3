//! The meetings fixtures (`tests/fixtures/meetings/`, written for the tests): one call told by
//! China in Chinese and in English and by the United States, the same minister's talks with
//! Brazil that afternoon (in both languages) and his call with another US official that
//! evening. Grouping, the accounts comparison's rows and silences, and the versions alignment's
//! pairs and unmatched sentences are checked exactly.
//!
//! Every fixture goes through the parser, as an import reads it: these are end-to-end checks of
//! the parsers (English house styles, Chinese) and of the meetings work together.

mod pairs;

use pairs::{load_pairs, Pair};
use readout_lens::core::analyse::{CorpusAnalysis, Lexicon};
use readout_lens::core::meetings::{accounts_comparison, compare_versions, group_meetings};
use readout_lens::core::model::{Language, Readout};
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

/// The six fixtures, parsed.
fn fixtures() -> Vec<Readout> {
    let opts = ParseOptions::default();
    let readouts: Vec<Readout> = FILES.iter().map(|f| parse(&read(f), f, &opts)).collect();
    for r in &readouts {
        assert!(
            r.date.is_some() && r.participants.len() >= 2,
            "{} is read",
            r.origin
        );
    }
    readouts
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
    let readouts = fixtures();
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
    let readouts = fixtures();
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
    let readouts = fixtures();
    let lexicon = Lexicon::default_lexicon();
    let corpus = CorpusAnalysis::build(&readouts, &lexicon);
    let v = compare_versions(&readouts, &corpus.analyses, &lexicon, 0, 1);
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

#[test]
fn accounts_in_two_languages_meet_through_topic_ids_and_matched_people() {
    let readouts = fixtures();
    let lexicon = Lexicon::default_lexicon();
    let corpus = CorpusAnalysis::build(&readouts, &lexicon);
    // China's Chinese version against the US account.
    let cmp = accounts_comparison(&readouts, &corpus, &lexicon, &[0, 2]);
    let people: Vec<(&str, Vec<Option<usize>>)> = cmp
        .people
        .iter()
        .map(|p| (p.name.as_str(), p.participant.clone()))
        .collect();
    // 王明 is Wang Ming by his surname's pinyin, 约翰·卡特 John Carter by his office.
    assert_eq!(
        people,
        [
            ("Wang Ming", vec![Some(0), Some(1)]),
            ("John Carter", vec![Some(1), Some(0)])
        ]
    );
    let rows: Vec<(&str, Vec<usize>)> = cmp
        .comparison
        .rows
        .iter()
        .map(|r| (r.topic_id.as_str(), r.silent.clone()))
        .collect();
    // The same rows and silences as the English version gives: the topic ids are shared.
    let english = accounts_comparison(&readouts, &corpus, &lexicon, &[1, 2]);
    let english_rows: Vec<(&str, Vec<usize>)> = english
        .comparison
        .rows
        .iter()
        .map(|r| (r.topic_id.as_str(), r.silent.clone()))
        .collect();
    assert_eq!(rows, english_rows);
    let unreported: Vec<(&str, usize, &str)> = cmp
        .unreported
        .iter()
        .map(|u| {
            (
                u.topic_id.as_str(),
                u.column,
                cmp.people[u.person].name.as_str(),
            )
        })
        .collect();
    assert_eq!(unreported, [("taiwan", 0, "John Carter")]);
    let quoted = readouts[0].sentence_text(cmp.unreported[0].positions[0].sentence);
    assert_eq!(quoted, "卡特表示，美方坚持一个中国政策，不支持“台独”。");
}
