//! The explore core on the synthetic corpus (`core::synth`): the search index agrees with a
//! plain scan, facet counts agree with filtering, and the timeline and matrix cover every
//! readout.

use readout_lens::core::analyse::{CorpusAnalysis, Lexicon};
use readout_lens::core::explore::{
    timeline, topic_matrix, Dataset, Filter, GroupKey, Query, SearchIndex,
};
use readout_lens::core::synth::synthetic_readouts;
use readout_lens::core::Readout;

fn corpus(n: usize) -> (Vec<Readout>, CorpusAnalysis, Lexicon) {
    let readouts = synthetic_readouts(n, 7);
    let lexicon = Lexicon::default_lexicon();
    let corpus = CorpusAnalysis::build(&readouts, &lexicon);
    (readouts, corpus, lexicon)
}

/// Words of a sentence the slow way: lowercase, split on anything not a letter or digit.
fn words(s: &str) -> Vec<String> {
    s.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// Whether `groups` (each: adjacent words; the very last word of the query a prefix) all occur.
fn scan_matches(sentence: &str, groups: &[&[&str]], prefix_last: bool) -> bool {
    let w = words(sentence);
    groups.iter().enumerate().all(|(gi, g)| {
        let last_group = gi + 1 == groups.len();
        (0..w.len()).any(|i| {
            g.iter().enumerate().all(|(k, t)| {
                let Some(word) = w.get(i + k) else {
                    return false;
                };
                match prefix_last && last_group && k + 1 == g.len() {
                    true => word.starts_with(t),
                    false => word == t,
                }
            })
        })
    })
}

#[test]
fn the_index_finds_exactly_what_a_plain_scan_finds() {
    let (readouts, _, _) = corpus(300);
    let index = SearchIndex::build(&readouts);
    let cases: &[(&str, &[&[&str]], bool)] = &[
        ("cooperation", &[&["cooperation"]], true),
        (
            "Dialogue differences ",
            &[&["dialogue"], &["differences"]],
            false,
        ),
        (
            "\"the two countries should\"",
            &[&["the", "two", "countries", "should"]],
            false,
        ),
        (
            "people-to-people exch",
            &[&["people", "to", "people"], &["exch"]],
            true,
        ),
        ("food secu", &[&["food"], &["secu"]], true),
        ("\"security food\"", &[&["security", "food"]], false),
        ("u.s.", &[&["u", "s"]], false),
        ("z", &[&["z"]], true),
    ];
    for &(q, groups, prefix) in cases {
        let res = index.search(&readouts, q, 20);
        let mut expected = Vec::new();
        for (r, ro) in readouts.iter().enumerate() {
            for s in 0..ro.sentences.len() {
                if scan_matches(ro.sentence_text(s), groups, prefix) {
                    expected.push((r, s));
                }
            }
        }
        assert_eq!(res.total, expected.len(), "{q}");
        let got: Vec<(usize, usize)> = res.hits.iter().map(|h| (h.readout, h.sentence)).collect();
        assert_eq!(got, expected[..expected.len().min(20)], "{q}");
        assert!(res.hits.iter().all(|h| !h.ranges.is_empty()), "{q}");
        // Matches found once and listed from: the same hits, and the same readouts as the
        // filter's mask, within any mask.
        let query = Query::parse(q);
        let matches = index.matches(&query);
        assert_eq!(matches.len(), expected.len(), "{q}");
        assert_eq!(
            index.hits(&readouts, &query, &matches, None, 20),
            res,
            "{q}"
        );
        let odd: Vec<bool> = (0..readouts.len()).map(|r| r % 2 == 1).collect();
        let within = index.hits(&readouts, &query, &matches, Some(&odd), 7);
        let expected_odd: Vec<(usize, usize)> = expected
            .iter()
            .copied()
            .filter(|&(r, _)| r % 2 == 1)
            .collect();
        assert_eq!(within.total, expected_odd.len(), "{q}");
        let got: Vec<(usize, usize)> = within
            .hits
            .iter()
            .map(|h| (h.readout, h.sentence))
            .collect();
        assert_eq!(got, expected_odd[..expected_odd.len().min(7)], "{q}");
        let with_a_match: Vec<bool> = (0..readouts.len())
            .map(|r| expected.iter().any(|&(x, _)| x == r))
            .collect();
        assert_eq!(matches.readouts, with_a_match, "{q}");
        assert_eq!(index.matching_readouts(&query), with_a_match, "{q}");
    }
}

#[test]
fn each_country_facet_count_equals_the_readouts_that_filter_keeps() {
    let (readouts, corpus, lexicon) = corpus(300);
    let data = Dataset::new(&readouts, &corpus.analyses, &lexicon);
    let index = SearchIndex::build(&readouts);
    let base = Filter {
        query: "dialogue".into(),
        formats: vec![readout_lens::core::MeetingFormat::PhoneCall],
        ..Filter::default()
    };
    let facets = base.facets(&data, &index);
    assert!(facets.countries.len() >= 5);
    for c in &facets.countries {
        let f = Filter {
            countries: vec![c.value.clone()],
            ..base.clone()
        };
        assert_eq!(f.apply(&data, &index).len(), c.count, "{}", c.value);
    }
    for t in &facets.topics {
        let f = Filter {
            topics: vec![t.value.clone()],
            ..base.clone()
        };
        assert_eq!(f.apply(&data, &index).len(), t.count, "{}", t.value);
    }
    assert!(facets.speakers.len() >= 5);
    for s in &facets.speakers {
        let f = Filter {
            speakers: vec![s.value.clone()],
            ..base.clone()
        };
        assert_eq!(f.apply(&data, &index).len(), s.count, "{}", s.value);
    }
    // Most frequent first, ties by name.
    assert!(facets
        .speakers
        .windows(2)
        .all(|w| (std::cmp::Reverse(w[0].count), &w[0].value)
            < (std::cmp::Reverse(w[1].count), &w[1].value)));
}

#[test]
fn the_timeline_and_the_matrix_cover_every_readout_in_date_order() {
    let (readouts, corpus, lexicon) = corpus(300);
    let data = Dataset::new(&readouts, &corpus.analyses, &lexicon);
    let t = timeline(&data, &data.all(), 3);
    assert_eq!(t.len(), readouts.len());
    let keys: Vec<GroupKey> = t.groups.iter().map(|g| g.key).collect();
    assert!(keys.windows(2).all(|w| w[0] < w[1]), "{keys:?}");
    let gaps = t
        .groups
        .iter()
        .flat_map(|g| g.entries.iter().filter_map(|e| e.gap_days));
    assert!(gaps.into_iter().all(|g| g >= 0));
    assert!(t.lanes.len() <= 10);

    let m = topic_matrix(&data, &data.all());
    assert_eq!(m.columns.len(), readouts.len());
    let statements: usize = (0..readouts.len())
        .flat_map(|r| data.topic_counts(r))
        .map(|(_, n)| n)
        .sum();
    assert_eq!(m.rows.iter().map(|r| r.total).sum::<usize>(), statements);
}
