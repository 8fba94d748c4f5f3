//! Filters: which readouts pass, and how many would pass for each value of each field.
//!
//! Takes a [`Filter`] (the state the URL carries) and a [`Dataset`]; gives readout indices and
//! [`Facets`]. Fields are ANDed, the values within a field ORed; an empty field passes all. A
//! facet count for a value is computed with every *other* field applied, so the counts next to
//! "Vietnam" and "Japan" say what ticking each would add.

use super::search::{Query, QueryMatches, SearchIndex};
use super::{Catalog, Dataset};
use crate::core::meetings::Meetings;
use crate::core::model::{Date, MeetingFormat};
use crate::core::sort::sort_by_key;
use serde::{Deserialize, Serialize};

/// What the user filters on.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Filter {
    /// Counterpart countries (a readout's own publisher is never one of its counterparts).
    pub countries: Vec<String>,
    /// Participant names.
    pub speakers: Vec<String>,
    /// Publishers: the governments that issued the readouts (country names).
    pub publishers: Vec<String>,
    /// Topic ids of the lexicon, e.g. "south-china-sea".
    pub topics: Vec<String>,
    pub formats: Vec<MeetingFormat>,
    /// Inclusive range; an undated readout passes only when neither bound is set.
    pub from: Option<Date>,
    pub to: Option<Date>,
    /// Search text (see [`Query::parse`]); a readout passes if any sentence matches.
    pub query: String,
}

/// One value of a facet and how many readouts have it, given the other fields.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FacetCount {
    /// The value as the filter holds it: a country, a name, a topic id or a format slug.
    pub value: String,
    pub count: usize,
    /// Whether the current filter has this value ticked.
    pub selected: bool,
}

/// Every value present in the dataset for each facet, most frequent first (ties: countries and
/// speakers and publishers by name, topics in lexicon order, formats in [`MeetingFormat::ALL`]
/// order).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Facets {
    pub countries: Vec<FacetCount>,
    pub speakers: Vec<FacetCount>,
    pub publishers: Vec<FacetCount>,
    pub topics: Vec<FacetCount>,
    pub formats: Vec<FacetCount>,
}

// The fields, as bits of a readout's "fails" mask.
const COUNTRY: u8 = 1;
const SPEAKER: u8 = 1 << 1;
const TOPIC: u8 = 1 << 2;
const FORMAT: u8 = 1 << 3;
const DATE: u8 = 1 << 4;
const QUERY: u8 = 1 << 5;
const PUBLISHER: u8 = 1 << 6;

/// Per value of a facet: how many groups have it (a group counts once, when one of its
/// readouts passes), and whether any readout has it at all.
struct Counts {
    n: Vec<usize>,
    seen: Vec<bool>,
    /// The last group counted for each value: a group's readouts come one after another.
    last: Vec<u32>,
}

impl Counts {
    fn new(len: usize) -> Counts {
        Counts {
            n: vec![0; len],
            seen: vec![false; len],
            last: vec![u32::MAX; len],
        }
    }

    fn add(&mut self, value: usize, group: u32, pass: usize) {
        let Some(seen) = self.seen.get_mut(value) else {
            return;
        };
        *seen = true;
        if pass == 1 && self.last[value] != group {
            self.last[value] = group;
            self.n[value] += 1;
        }
    }
}

/// `counts` sorted most first; ties keep their order.
fn most_first(mut counts: Vec<FacetCount>) -> Vec<FacetCount> {
    sort_by_key(&mut counts, |f| std::cmp::Reverse(f.count));
    counts
}

impl Filter {
    /// True when no field restricts anything.
    pub fn is_empty(&self) -> bool {
        *self == Filter::default()
    }

    /// Indices of the readouts that pass, ascending.
    pub fn apply(&self, data: &Dataset, index: &SearchIndex) -> Vec<usize> {
        let matches = self.query_matches(index);
        self.apply_in(&Catalog::new(data), data, matches.as_ref())
    }

    /// The sentences matching the filter's query (`None` when it is empty), for the `_in`
    /// functions: one search per query, whatever else changes.
    pub fn query_matches(&self, index: &SearchIndex) -> Option<QueryMatches> {
        let query = Query::parse(&self.query);
        (!query.is_empty()).then(|| index.matches(&query))
    }

    /// [`Filter::apply`] with the dataset's [`Catalog`] made and the query searched
    /// ([`Filter::query_matches`]).
    pub fn apply_in(
        &self,
        catalog: &Catalog,
        data: &Dataset,
        matches: Option<&QueryMatches>,
    ) -> Vec<usize> {
        self.fails(catalog, data, matches)
            .iter()
            .enumerate()
            .filter(|(_, &f)| f == 0)
            .map(|(i, _)| i)
            .collect()
    }

    /// [`Filter::apply`] as a mask over all readouts, e.g. for [`SearchIndex::search_within`].
    pub fn apply_mask(&self, data: &Dataset, index: &SearchIndex) -> Vec<bool> {
        let matches = self.query_matches(index);
        self.fails(&Catalog::new(data), data, matches.as_ref())
            .iter()
            .map(|&f| f == 0)
            .collect()
    }

    /// Facet counts: each value's count is taken over readouts passing all other fields.
    pub fn facets(&self, data: &Dataset, index: &SearchIndex) -> Facets {
        let matches = self.query_matches(index);
        self.facets_in(&Catalog::new(data), data, matches.as_ref())
    }

    /// [`Filter::facets`] with the dataset's [`Catalog`] made and the query searched
    /// ([`Filter::query_matches`]).
    pub fn facets_in(
        &self,
        catalog: &Catalog,
        data: &Dataset,
        matches: Option<&QueryMatches>,
    ) -> Facets {
        self.facets_grouped(catalog, data, matches, None)
    }

    /// [`Filter::facets_in`] counting meetings rather than readouts: a meeting counts once for
    /// a value when one of its readouts has the value and passes every other field (the
    /// timeline shows a meeting when one of its readouts passes).
    pub fn facets_grouped(
        &self,
        catalog: &Catalog,
        data: &Dataset,
        matches: Option<&QueryMatches>,
        meetings: Option<&Meetings>,
    ) -> Facets {
        let fails = self.fails(catalog, data, matches);
        // 1 when the readout passes every field except (perhaps) `field`.
        let except = |f: u8, field: u8| usize::from(f & !field == 0);
        let mut countries = Counts::new(catalog.countries.len());
        let mut speakers = Counts::new(catalog.speakers.len());
        let mut publishers = Counts::new(catalog.publishers.len());
        let mut topics = Counts::new(data.lexicon.topics.len());
        let mut formats = Counts::new(MeetingFormat::ALL.len());
        // Readouts with the group each counts in: its meeting, or itself.
        let order: Box<dyn Iterator<Item = (usize, u32)>> = match meetings {
            Some(m) => Box::new(
                m.meetings
                    .iter()
                    .enumerate()
                    .flat_map(|(g, m)| m.readouts.iter().map(move |&r| (r, g as u32))),
            ),
            None => Box::new((0..fails.len()).map(|r| (r, r as u32))),
        };
        for (r, group) in order {
            let Some(&f) = fails.get(r) else { continue };
            for &c in catalog.countries_of(r) {
                countries.add(c as usize, group, except(f, COUNTRY));
            }
            for &p in catalog.speakers_of(r) {
                speakers.add(p as usize, group, except(f, SPEAKER));
            }
            if let Some(p) = catalog.publisher_of(r) {
                publishers.add(p as usize, group, except(f, PUBLISHER));
            }
            for &(t, _) in catalog.topics_of(r) {
                topics.add(t as usize, group, except(f, TOPIC));
            }
            if let Some(format) = data.readouts.get(r).and_then(|x| x.format) {
                let i = MeetingFormat::ALL
                    .iter()
                    .position(|&x| x == format)
                    .unwrap_or(0);
                formats.add(i, group, except(f, FORMAT));
            }
        }
        let (countries, speakers, publishers) = (countries.n, speakers.n, publishers.n);
        let (topic_seen, topics) = (topics.seen, topics.n);
        let formats: Vec<(bool, usize)> = formats.seen.into_iter().zip(formats.n).collect();
        // Topics in lexicon order and formats in `MeetingFormat::ALL` order before the sort.
        let topic_counts: Vec<FacetCount> = (0..topics.len())
            .filter(|&t| topic_seen[t])
            .map(|t| {
                let id = &data.lexicon.topics[t].id;
                FacetCount {
                    value: id.clone(),
                    count: topics[t],
                    selected: self.topics.contains(id),
                }
            })
            .collect();
        let format_counts: Vec<FacetCount> = MeetingFormat::ALL
            .iter()
            .zip(formats)
            .filter(|(_, (seen, _))| *seen)
            .map(|(f, (_, count))| FacetCount {
                value: f.slug().to_string(),
                count,
                selected: self.formats.contains(f),
            })
            .collect();
        Facets {
            countries: by_count(&countries, &catalog.countries, &self.countries),
            speakers: by_count(&speakers, &catalog.speakers, &self.speakers),
            publishers: by_count(&publishers, &catalog.publishers, &self.publishers),
            topics: most_first(topic_counts),
            formats: most_first(format_counts),
        }
    }

    /// Per readout, a bit for each field it fails (0: it passes). `matches`: of the query.
    fn fails(&self, catalog: &Catalog, data: &Dataset, matches: Option<&QueryMatches>) -> Vec<u8> {
        let by_query = matches.map(|m| &m.readouts);
        let countries = chosen(
            &self.countries,
            &|n| catalog.country_id(n),
            catalog.countries.len(),
        );
        let speakers = chosen(
            &self.speakers,
            &|n| catalog.speaker_id(n),
            catalog.speakers.len(),
        );
        let publishers = chosen(
            &self.publishers,
            &|n| catalog.publisher_id(n),
            catalog.publishers.len(),
        );
        let topics = chosen(
            &self.topics,
            &|n| data.lexicon.topic_index(n).map(|t| t as u32),
            data.lexicon.topics.len(),
        );
        let ranged = self.from.is_some() || self.to.is_some();
        data.readouts
            .iter()
            .enumerate()
            .map(|(r, readout)| {
                let mut fails = 0;
                if !self.countries.is_empty()
                    && !catalog
                        .countries_of(r)
                        .iter()
                        .any(|&c| countries[c as usize])
                {
                    fails |= COUNTRY;
                }
                if !self.speakers.is_empty()
                    && !catalog.speakers_of(r).iter().any(|&p| speakers[p as usize])
                {
                    fails |= SPEAKER;
                }
                if !self.publishers.is_empty()
                    && !catalog
                        .publisher_of(r)
                        .is_some_and(|p| publishers[p as usize])
                {
                    fails |= PUBLISHER;
                }
                if !self.topics.is_empty()
                    && !catalog
                        .topics_of(r)
                        .iter()
                        .any(|&(t, _)| topics.get(t as usize).copied().unwrap_or(false))
                {
                    fails |= TOPIC;
                }
                if !self.formats.is_empty()
                    && !readout.format.is_some_and(|f| self.formats.contains(&f))
                {
                    fails |= FORMAT;
                }
                let date = match readout.date {
                    None => !ranged,
                    Some(d) => self.from.is_none_or(|f| d >= f) && self.to.is_none_or(|t| d <= t),
                };
                if !date {
                    fails |= DATE;
                }
                if by_query
                    .as_ref()
                    .is_some_and(|m| !m.get(r).copied().unwrap_or(false))
                {
                    fails |= QUERY;
                }
                fails
            })
            .collect()
    }
}

/// Facet values with their counts, most first; ids are in name order, so a stable sort by
/// count leaves ties by name.
fn by_count(counts: &[usize], names: &[String], chosen: &[String]) -> Vec<FacetCount> {
    let mut ids: Vec<u32> = (0..counts.len() as u32).collect();
    sort_by_key(&mut ids, |&i| std::cmp::Reverse(counts[i as usize]));
    ids.into_iter()
        .map(|i| {
            let value = &names[i as usize];
            FacetCount {
                value: value.clone(),
                count: counts[i as usize],
                selected: chosen.contains(value),
            }
        })
        .collect()
}

/// The chosen values as a mask over ids (`id` names them, `len` ids in all); an unknown value
/// matches no readout.
fn chosen(names: &[String], id: &dyn Fn(&str) -> Option<u32>, len: usize) -> Vec<bool> {
    let mut wanted = vec![false; len];
    for n in names {
        if let Some(i) = id(n) {
            wanted[i as usize] = true;
        }
    }
    wanted
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::explore::Fixture;

    fn passing(f: &Filter) -> Vec<usize> {
        let fx = Fixture::new();
        f.apply(&fx.data(), &SearchIndex::build(&fx.readouts))
    }

    fn strings(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    fn count(v: &[FacetCount], value: &str) -> Option<usize> {
        v.iter().find(|f| f.value == value).map(|f| f.count)
    }

    #[test]
    fn an_empty_filter_passes_every_readout() {
        assert!(Filter::default().is_empty());
        assert_eq!(passing(&Filter::default()), [0, 1, 2]);
    }

    #[test]
    fn values_within_a_field_are_ored_and_fields_are_anded() {
        let mut f = Filter {
            countries: strings(&["Vietnam", "Republic of Korea"]),
            ..Filter::default()
        };
        assert_eq!(passing(&f), [0, 1, 2]);
        f.topics = strings(&["south-china-sea"]);
        assert_eq!(passing(&f), [0, 2]);
        f.formats = vec![MeetingFormat::VideoMeeting];
        assert_eq!(passing(&f), [0]);
        let fx = Fixture::new();
        let mask = f.apply_mask(&fx.data(), &SearchIndex::build(&fx.readouts));
        assert_eq!(mask, [true, false, false]);
        f.speakers = strings(&["Kim Gunn"]);
        assert_eq!(passing(&f), Vec::<usize>::new());
    }

    #[test]
    fn undated_readouts_pass_only_when_no_date_range_is_set() {
        let mut f = Filter {
            from: Date::new(2020, 11, 1),
            ..Filter::default()
        };
        assert_eq!(passing(&f), [1]);
        f.from = None;
        f.to = Date::new(2020, 10, 27);
        assert_eq!(passing(&f), [0]);
    }

    #[test]
    fn the_query_keeps_readouts_with_a_matching_sentence() {
        let f = Filter {
            query: "\"south china".into(),
            ..Filter::default()
        };
        assert_eq!(passing(&f), [0, 2]);
    }

    #[test]
    fn an_unknown_topic_id_matches_nothing() {
        let f = Filter {
            topics: strings(&["no-such-topic"]),
            ..Filter::default()
        };
        assert_eq!(passing(&f), Vec::<usize>::new());
    }

    #[test]
    fn facet_counts_apply_every_other_field_but_their_own() {
        let fx = Fixture::new();
        let f = Filter {
            countries: strings(&["Vietnam"]),
            ..Filter::default()
        };
        let facets = f.facets(&fx.data(), &SearchIndex::build(&fx.readouts));
        assert_eq!(count(&facets.countries, "Vietnam"), Some(2));
        assert_eq!(count(&facets.countries, "Republic of Korea"), Some(1));
        assert_eq!(count(&facets.countries, "China"), None);
        assert!(facets.countries[0].selected && facets.countries[0].value == "Vietnam");
        assert_eq!(count(&facets.speakers, "Kim Gunn"), Some(0));
        assert_eq!(count(&facets.speakers, "Luo Zhaohui"), Some(1));
        assert_eq!(count(&facets.topics, "south-china-sea"), Some(2));
        assert_eq!(count(&facets.formats, "talks"), Some(0));
        assert_eq!(count(&facets.formats, "video-meeting"), Some(1));
    }

    #[test]
    fn a_publisher_filter_keeps_the_readouts_that_government_issued() {
        let fx = Fixture::mixed();
        let index = SearchIndex::build(&fx.readouts);
        let mut f = Filter {
            publishers: strings(&["United States"]),
            ..Filter::default()
        };
        assert_eq!(f.apply(&fx.data(), &index), [3]);
        f.publishers = strings(&["China", "United States"]);
        assert_eq!(f.apply(&fx.data(), &index), [0, 1, 2, 3]);
        f.publishers = strings(&["Japan"]);
        assert_eq!(f.apply(&fx.data(), &index), Vec::<usize>::new());
        // ANDed with the other fields: China as the counterpart is only in the US readout.
        f.publishers = strings(&["China"]);
        f.countries = strings(&["China"]);
        assert_eq!(f.apply(&fx.data(), &index), Vec::<usize>::new());
        f.publishers.clear();
        assert_eq!(f.apply(&fx.data(), &index), [3]);
    }

    #[test]
    fn publisher_facets_count_with_every_other_field_applied() {
        let fx = Fixture::mixed();
        let index = SearchIndex::build(&fx.readouts);
        let f = Filter {
            publishers: strings(&["United States"]),
            ..Filter::default()
        };
        let facets = f.facets(&fx.data(), &index);
        let values: Vec<(&str, usize, bool)> = facets
            .publishers
            .iter()
            .map(|p| (p.value.as_str(), p.count, p.selected))
            .collect();
        assert_eq!(values, [("China", 3, false), ("United States", 1, true)]);
        assert_eq!(count(&facets.countries, "China"), Some(1));
        assert_eq!(count(&facets.countries, "Vietnam"), Some(0));
        let f = Filter {
            formats: vec![MeetingFormat::PhoneCall],
            ..Filter::default()
        };
        let facets = f.facets(&fx.data(), &index);
        assert_eq!(count(&facets.publishers, "China"), Some(0));
        assert_eq!(count(&facets.publishers, "United States"), Some(1));
    }

    #[test]
    fn grouped_facets_count_a_meeting_once_however_many_accounts_report_it() {
        use crate::core::analyse::{analyse_readout, Lexicon};
        use crate::core::meetings::{group_meetings, testing::account};
        use crate::core::model::Language::English;
        let wang = ("Wang Ming", "Foreign Minister", "China");
        let carter = ("John Carter", "Secretary of State", "United States");
        let sato = ("Taro Sato", "Foreign Minister", "Japan");
        let rs = vec![
            account("cn", "China", English, "2021-03-04", &[wang, carter]),
            account(
                "us",
                "United States",
                English,
                "2021-03-03",
                &[carter, wang],
            ),
            account("jp", "China", English, "2021-05-01", &[wang, sato]),
        ];
        let lexicon = Lexicon::default_lexicon();
        let analyses: Vec<_> = rs.iter().map(|r| analyse_readout(r, &lexicon)).collect();
        let data = Dataset::new(&rs, &analyses, &lexicon);
        let catalog = Catalog::new(&data);
        let meetings = group_meetings(&rs, &[]);
        assert_eq!(meetings.len(), 2);
        let f = Filter::default();
        let by_readout = f.facets_in(&catalog, &data, None);
        let by_meeting = f.facets_grouped(&catalog, &data, None, Some(&meetings));
        assert_eq!(count(&by_readout.speakers, "Wang Ming"), Some(3));
        assert_eq!(count(&by_meeting.speakers, "Wang Ming"), Some(2));
        assert_eq!(count(&by_meeting.speakers, "John Carter"), Some(1));
        assert_eq!(count(&by_meeting.publishers, "China"), Some(2));
        assert_eq!(count(&by_meeting.publishers, "United States"), Some(1));
        // With one account filtered out, its meeting still counts through the other.
        let f = Filter {
            publishers: strings(&["United States"]),
            ..Filter::default()
        };
        let by_meeting = f.facets_grouped(&catalog, &data, None, Some(&meetings));
        assert_eq!(count(&by_meeting.speakers, "Wang Ming"), Some(1));
        assert_eq!(count(&by_meeting.publishers, "China"), Some(2));
    }

    #[test]
    fn facets_list_the_most_frequent_values_first() {
        let fx = Fixture::new();
        let facets = Filter::default().facets(&fx.data(), &SearchIndex::build(&fx.readouts));
        let names: Vec<&str> = facets.speakers.iter().map(|f| f.value.as_str()).collect();
        assert_eq!(
            names,
            [
                "Luo Zhaohui",
                "Nguyen Quoc Dung",
                "Kim Gunn",
                "Taro Sato",
                "Wang Yi"
            ]
        );
    }
}
