//! The explore core on the two bundled seed readouts (Vietnam, 27 October 2020, video
//! meeting; Republic of Korea, 9 November 2020, video conference), parsed by the real parser.

use readout_lens::core::analyse::{CorpusAnalysis, Lexicon};
use readout_lens::core::bundled::BUNDLED;
use readout_lens::core::explore::{
    timeline, topic_matrix, Dataset, Filter, GroupKey, Route, SearchIndex, ViewState,
};
use readout_lens::core::{parse, MeetingFormat, ParseOptions, Readout};

struct Seeds {
    readouts: Vec<Readout>,
    corpus: CorpusAnalysis,
    lexicon: Lexicon,
    index: SearchIndex,
}

impl Seeds {
    fn new() -> Seeds {
        let opts = ParseOptions::default();
        let readouts: Vec<Readout> = BUNDLED.iter().map(|(f, t)| parse(t, f, &opts)).collect();
        let lexicon = Lexicon::default_lexicon();
        let corpus = CorpusAnalysis::build(&readouts, &lexicon);
        let index = SearchIndex::build(&readouts);
        Seeds {
            readouts,
            corpus,
            lexicon,
            index,
        }
    }

    fn data(&self) -> Dataset<'_> {
        Dataset::new(&self.readouts, &self.corpus.analyses, &self.lexicon)
    }

    fn by_origin(&self, needle: &str) -> usize {
        self.readouts
            .iter()
            .position(|r| r.origin.contains(needle))
            .expect("seed bundled")
    }
}

#[test]
fn searching_unilateralism_finds_it_in_both_seeds_with_the_word_highlighted() {
    let s = Seeds::new();
    let res = s.index.search(&s.readouts, "Unilateralism,", 50);
    // Two sentences of the Vietnam seed and one of the Korea seed say "unilateralism".
    let (vn, rok) = (s.by_origin("vietnam"), s.by_origin("korea"));
    let found: Vec<(usize, usize)> = res.hits.iter().map(|h| (h.readout, h.sentence)).collect();
    assert_eq!(found, [(vn, 10), (vn, 13), (rok, 14)], "{res:?}");
    assert_eq!(res.total, 3);
    for h in &res.hits {
        let text = s.readouts[h.readout].sentence_text(h.sentence);
        for r in &h.ranges {
            assert!(
                r.of(text).eq_ignore_ascii_case("unilateralism"),
                "{:?}",
                r.of(text)
            );
        }
    }
}

#[test]
fn a_quoted_phrase_and_a_hyphenated_word_find_the_zero_sum_game() {
    let s = Seeds::new();
    let quoted = s.index.search(&s.readouts, "\"zero sum game\"", 50);
    let hyphen = s.index.search(&s.readouts, "zero-sum game", 50);
    // Once in each seed, written "zero-sum game" both times.
    assert_eq!(quoted.total, 2);
    let sentences = |r: &readout_lens::core::explore::SearchResults| -> Vec<(usize, usize)> {
        r.hits.iter().map(|h| (h.readout, h.sentence)).collect()
    };
    assert_eq!(sentences(&quoted), sentences(&hyphen));
    for h in &quoted.hits {
        let text = s.readouts[h.readout].sentence_text(h.sentence);
        let marked: Vec<&str> = h.ranges.iter().map(|r| r.of(text)).collect();
        assert_eq!(marked, ["zero-sum game"]);
    }
}

#[test]
fn filtering_by_country_keeps_the_one_meeting_with_that_counterpart() {
    let s = Seeds::new();
    let vn = s.by_origin("vietnam");
    let f = Filter {
        countries: vec!["Vietnam".into()],
        ..Filter::default()
    };
    assert_eq!(f.apply(&s.data(), &s.index), [vn]);
    let facets = f.facets(&s.data(), &s.index);
    let counts: Vec<(&str, usize)> = facets
        .countries
        .iter()
        .map(|c| (c.value.as_str(), c.count))
        .collect();
    // The facet counts what each value would leave with the other filters: the country
    // filter itself is not applied to the country facet.
    assert_eq!(counts, [("Republic of Korea", 1), ("Vietnam", 1)]);
    let luo = facets.speakers.iter().find(|c| c.value == "Luo Zhaohui");
    assert_eq!(luo.map(|c| c.count), Some(1));
}

#[test]
fn filtering_by_format_topic_and_date_narrows_as_expected() {
    let s = Seeds::new();
    let rok = s.by_origin("korea");
    let mut f = Filter {
        formats: vec![MeetingFormat::VideoConference, MeetingFormat::VideoMeeting],
        topics: vec!["south-china-sea".into(), "unilateralism".into()],
        ..Filter::default()
    };
    let vn = s.by_origin("vietnam");
    assert_eq!(f.apply(&s.data(), &s.index), [vn, rok]);
    f.from = readout_lens::core::Date::new(2020, 11, 1);
    assert_eq!(f.apply(&s.data(), &s.index), [rok]);
}

#[test]
fn the_matrix_of_the_seeds_has_both_meetings_in_date_order_and_shared_topics() {
    let s = Seeds::new();
    let m = topic_matrix(&s.data(), &s.data().all());
    assert_eq!(m.columns, [s.by_origin("vietnam"), s.by_origin("korea")]);
    let totals: Vec<usize> = m.rows.iter().map(|r| r.total).collect();
    assert!(totals.windows(2).all(|w| w[0] >= w[1]), "{totals:?}");
    // The rows most said, with their statements per meeting (Vietnam, Korea).
    let top: Vec<(&str, Vec<usize>)> = m.rows[..4]
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let counts = (0..2).map(|c| m.cell(i, c).map_or(0, |x| x.count));
            (r.topic_id.as_str(), counts.collect())
        })
        .collect();
    assert_eq!(
        top,
        [
            ("east-asia-cooperation", vec![7, 8]),
            ("public-health", vec![2, 8]),
            ("economic-recovery", vec![2, 5]),
            ("handling-differences", vec![3, 4]),
        ]
    );
    let uni = m
        .rows
        .iter()
        .position(|r| r.topic_id == "unilateralism")
        .unwrap();
    for col in 0..2 {
        let cell = m.cell(uni, col).expect("both seeds raise unilateralism");
        let a = &s.corpus.analyses[m.columns[col]];
        assert_eq!(cell.count, cell.sentences.len());
        for &i in &cell.sentences {
            assert!(a.sentence_topics[i]
                .iter()
                .any(|h| h.topic == m.rows[uni].topic));
        }
    }
}

#[test]
fn the_timeline_of_the_seeds_has_two_months_thirteen_days_apart() {
    let s = Seeds::new();
    let t = timeline(&s.data(), &s.data().all(), 3);
    let keys: Vec<GroupKey> = t.groups.iter().map(|g| g.key).collect();
    assert_eq!(
        keys,
        [
            GroupKey::Month {
                year: 2020,
                month: 10
            },
            GroupKey::Month {
                year: 2020,
                month: 11
            }
        ]
    );
    assert_eq!(t.groups[1].entries[0].gap_days, Some(13));
    assert_eq!(t.lanes, ["Vietnam", "Republic of Korea"]);
    let top = |g: usize| -> Vec<(&str, usize)> {
        t.groups[g].entries[0]
            .top_topics
            .iter()
            .map(|&(topic, n)| (s.lexicon.topics[topic].id.as_str(), n))
            .collect()
    };
    assert_eq!(
        top(0),
        [
            ("east-asia-cooperation", 7),
            ("bilateral-relations", 3),
            ("handling-differences", 3)
        ]
    );
    assert_eq!(
        top(1),
        [
            ("public-health", 8),
            ("east-asia-cooperation", 8),
            ("economic-recovery", 5)
        ]
    );
}

#[test]
fn a_shared_link_restores_the_same_filtered_results() {
    let s = Seeds::new();
    let state = ViewState {
        route: Route::Readout {
            id: s.readouts[0].id.clone(),
            sentence: Some(3),
        },
        filter: Filter {
            countries: vec!["Republic of Korea".into()],
            query: "\"zero-sum\" gam".into(),
            ..Filter::default()
        },
    };
    let back = ViewState::from_fragment(&state.to_fragment());
    assert_eq!(back, state);
    assert_eq!(
        back.filter.apply(&s.data(), &s.index),
        state.filter.apply(&s.data(), &s.index)
    );
}
