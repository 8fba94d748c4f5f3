//! Explore: the non-UI core of the timeline, search and filter views.
//!
//! - [`catalog`]: per-readout facts (country, speaker and topic ids, date order, lanes) made
//!   once per dataset, so that a filter change works on integers.
//! - [`search`]: a full-text index over every sentence, built once, queried per keystroke.
//! - [`filter`]: which readouts pass a [`Filter`], and facet counts for each filter value.
//! - [`matrix`]: the topic x meeting matrix of a set of readouts.
//! - [`timeline`](mod@timeline): readouts grouped by month, with gaps, counterpart lanes and top topics.
//! - [`url_state`]: the views' state as a URL fragment, both ways.
//! - [`window`]: which items of a long list are near the viewport (the views render only those).
//!
//! Everything works on readout indices into one slice, so the UI keeps the readouts where it
//! likes and passes a borrowed [`Dataset`] in.

pub mod catalog;
pub mod filter;
pub mod matrix;
mod query;
pub mod search;
pub mod timeline;
pub mod url_state;
pub mod window;

pub use catalog::Catalog;
pub use filter::{FacetCount, Facets, Filter};
pub use matrix::{
    auto_bin, bin_matrix, topic_matrix, topic_matrix_in, Bin, BinColumn, BinnedMatrix, MatrixCell,
    MatrixRow, TopicMatrix,
};
pub use search::{
    HanTerms, Query, QueryMatches, SearchHit, SearchIndex, SearchIndexBuilder, SearchResults,
};
pub use timeline::{
    gap_label, lane_countries, timeline, timeline_in, GroupKey, Timeline, TimelineEntry,
    TimelineGroup,
};
pub use url_state::{MeetingView, Route, ViewState};
pub use window::Layout;

use crate::core::analyse::{Lexicon, ReadoutAnalysis};
use crate::core::model::{Date, Readout};

/// The link to `route` with no filter (`#/readout/ID?s=3`, `#/compare?ids=A,B`, ...): the only
/// way the views make a link's target.
pub fn route_href(route: Route) -> String {
    ViewState {
        route,
        filter: Default::default(),
    }
    .to_fragment()
}

/// What the explore functions read: the readouts, their analyses (parallel, as in
/// `CorpusAnalysis::analyses`) and the lexicon the analyses were made with.
#[derive(Debug, Clone, Copy)]
pub struct Dataset<'a> {
    pub readouts: &'a [Readout],
    pub analyses: &'a [ReadoutAnalysis],
    pub lexicon: &'a Lexicon,
}

impl<'a> Dataset<'a> {
    pub fn new(
        readouts: &'a [Readout],
        analyses: &'a [ReadoutAnalysis],
        lexicon: &'a Lexicon,
    ) -> Self {
        Dataset {
            readouts,
            analyses,
            lexicon,
        }
    }

    /// All readout indices, `0..readouts.len()`.
    pub fn all(&self) -> Vec<usize> {
        (0..self.readouts.len()).collect()
    }

    /// Countries of readout `r` other than its publisher's, in participant order, no repeats.
    pub fn countries_of(&self, r: usize) -> Vec<&'a str> {
        self.readouts
            .get(r)
            .map(Readout::counterparts)
            .unwrap_or_default()
    }

    /// `(topic, number of sentences raising it)` for readout `r`, by topic index.
    pub fn topic_counts(&self, r: usize) -> Vec<(usize, usize)> {
        let mut counts = vec![0usize; self.lexicon.topics.len()];
        if let Some(a) = self.analyses.get(r) {
            for hits in &a.sentence_topics {
                for h in hits {
                    if let Some(c) = counts.get_mut(h.topic) {
                        *c += 1;
                    }
                }
            }
        }
        counts
            .into_iter()
            .enumerate()
            .filter(|&(_, n)| n > 0)
            .collect()
    }
}

/// `subset` in date order, undated readouts last, ties kept in the order given.
pub fn date_order(readouts: &[Readout], subset: &[usize]) -> Vec<usize> {
    let mut v: Vec<usize> = subset
        .iter()
        .copied()
        .filter(|&i| i < readouts.len())
        .collect();
    crate::core::sort::sort_by_key(&mut v, |&i| {
        let d = readouts[i].date;
        (d.is_none(), d)
    });
    v
}

/// Days since 1970-01-01 (negative before), for gaps between meetings.
pub fn day_number(d: Date) -> i64 {
    // Howard Hinnant's days_from_civil.
    let (m, dd) = (d.month as i64, d.day as i64);
    let y = d.year as i64 - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + dd - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Three small readouts for the unit tests: Vietnam (2020-10-27, video meeting), Republic of
/// Korea (2020-11-09, talks), and an undated meeting with Japan and Vietnam.
#[cfg(test)]
pub(crate) struct Fixture {
    pub readouts: Vec<Readout>,
    pub analyses: Vec<ReadoutAnalysis>,
    pub lexicon: Lexicon,
}

#[cfg(test)]
impl Fixture {
    pub fn new() -> Fixture {
        use crate::core::analyse::{analyse_readout, testing::readout_with};
        use crate::core::model::{MeetingFormat, Speaker::*};
        let mut vn = readout_with(
            "vn",
            Date::new(2020, 10, 27),
            &[("Luo Zhaohui", "China"), ("Nguyen Quoc Dung", "Vietnam")],
            &[
                (
                    Narration,
                    "Luo Zhaohui held a video meeting with Nguyen Quoc Dung.",
                ),
                (Person(0), "China opposes unilateralism and bullying."),
                (
                    Person(1),
                    "Vietnam is ready to keep peace in the South China Sea.",
                ),
                (Joint, "Both sides oppose unilateralism."),
            ],
        );
        vn.format = Some(MeetingFormat::VideoMeeting);
        let mut rok = readout_with(
            "rok",
            Date::new(2020, 11, 9),
            &[("Luo Zhaohui", "China"), ("Kim Gunn", "Republic of Korea")],
            &[(Person(1), "Korea supports multilateralism.")],
        );
        rok.format = Some(MeetingFormat::Talks);
        let undated = readout_with(
            "jp",
            None,
            &[
                ("Wang Yi", "China"),
                ("Taro Sato", "Japan"),
                ("Nguyen Quoc Dung", "Vietnam"),
            ],
            &[(Joint, "They discussed the South China Sea and trade.")],
        );
        let readouts = vec![vn, rok, undated];
        let lexicon = Lexicon::default_lexicon();
        let analyses = readouts
            .iter()
            .map(|r| analyse_readout(r, &lexicon))
            .collect();
        Fixture {
            readouts,
            analyses,
            lexicon,
        }
    }

    /// The three readouts of [`Fixture::new`] and a fourth published by the United States:
    /// a phone call (2020-11-20) of its Secretary of State with China's Wang Yi.
    pub fn mixed() -> Fixture {
        use crate::core::analyse::{analyse_readout, testing::readout_with};
        use crate::core::model::{MeetingFormat, Speaker::*};
        let mut f = Fixture::new();
        let mut us = readout_with(
            "us",
            Date::new(2020, 11, 20),
            &[("Dana Whitfield", "United States"), ("Wang Yi", "China")],
            &[
                (Narration, "Secretary Whitfield spoke today with Wang Yi."),
                (Person(0), "The Secretary raised the South China Sea."),
                (Person(1), "Wang Yi opposed unilateralism."),
            ],
        );
        us.publisher = Some("United States".into());
        us.format = Some(MeetingFormat::PhoneCall);
        f.analyses.push(analyse_readout(&us, &f.lexicon));
        f.readouts.push(us);
        f
    }

    pub fn data(&self) -> Dataset<'_> {
        Dataset::new(&self.readouts, &self.analyses, &self.lexicon)
    }

    pub fn topic(&self, id: &str) -> usize {
        self.lexicon.topic_index(id).expect("topic in the lexicon")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_numbers_count_days_across_months_and_leap_years() {
        let d = |y, m, dd| day_number(Date::new(y, m, dd).unwrap());
        assert_eq!(d(1970, 1, 1), 0);
        assert_eq!(d(2020, 3, 1) - d(2020, 2, 28), 2);
        assert_eq!(d(2021, 3, 1) - d(2021, 2, 28), 1);
        assert_eq!(d(2020, 11, 9) - d(2020, 10, 27), 13);
        assert_eq!(d(2021, 1, 1) - d(2020, 1, 1), 366);
    }

    #[test]
    fn a_readouts_countries_leave_out_its_publishers_country() {
        let f = Fixture::new();
        assert_eq!(f.data().countries_of(2), ["Japan", "Vietnam"]);
        assert!(f.data().countries_of(9).is_empty());
        // China is the counterpart in the readout the United States published.
        let f = Fixture::mixed();
        assert_eq!(f.data().countries_of(0), ["Vietnam"]);
        assert_eq!(f.data().countries_of(3), ["China"]);
    }

    #[test]
    fn topic_counts_count_sentences_per_topic() {
        let f = Fixture::new();
        let uni = f.topic("unilateralism");
        assert!(f.data().topic_counts(0).contains(&(uni, 2)));
    }

    #[test]
    fn date_order_puts_undated_readouts_last_and_keeps_ties_stable() {
        use crate::core::analyse::testing::readout_from;
        let mut rs = vec![readout_from(&[]), readout_from(&[]), readout_from(&[])];
        rs[0].date = None;
        rs[1].date = Date::new(2021, 1, 1);
        rs[2].date = Date::new(2020, 1, 1);
        assert_eq!(date_order(&rs, &[0, 1, 2, 7]), [2, 1, 0]);
    }
}
