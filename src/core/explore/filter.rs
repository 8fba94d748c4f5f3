//! Filters: which readouts pass, and how many would pass for each value of each field.
//!
//! Takes a [`Filter`] (the state the URL carries) and a [`Dataset`]; gives readout indices and
//! [`Facets`]. Fields are ANDed, the values within a field ORed; an empty field passes all. A
//! facet count for a value is computed with every *other* field applied, so the counts next to
//! "Vietnam" and "Japan" say what ticking each would add.

use super::search::{Query, SearchIndex};
use super::Dataset;
use crate::core::analyse::words::FxMap;
use crate::core::model::{Date, MeetingFormat};
use serde::{Deserialize, Serialize};

/// What the user filters on.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Filter {
    /// Counterpart countries (the home country is never one).
    pub countries: Vec<String>,
    /// Participant names.
    pub speakers: Vec<String>,
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
/// speakers by name, topics in lexicon order, formats in [`MeetingFormat::ALL`] order).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Facets {
    pub countries: Vec<FacetCount>,
    pub speakers: Vec<FacetCount>,
    pub topics: Vec<FacetCount>,
    pub formats: Vec<FacetCount>,
}

const FIELDS: usize = 6; // country, speaker, topic, format, date, query

/// Counts per string value, in order of first appearance.
#[derive(Default)]
struct Tally<'a> {
    at: FxMap<&'a str, usize>,
    values: Vec<FacetCount>,
}

impl<'a> Tally<'a> {
    fn bump(&mut self, value: &'a str, count: bool) {
        let values = &mut self.values;
        let i = *self.at.entry(value).or_insert_with(|| {
            values.push(FacetCount {
                value: value.to_string(),
                count: 0,
                selected: false,
            });
            values.len() - 1
        });
        values[i].count += usize::from(count);
    }
}

impl Filter {
    /// True when no field restricts anything.
    pub fn is_empty(&self) -> bool {
        *self == Filter::default()
    }

    /// Indices of the readouts that pass, ascending.
    pub fn apply(&self, data: &Dataset, index: &SearchIndex) -> Vec<usize> {
        self.passes(data, index)
            .iter()
            .enumerate()
            .filter(|(_, p)| p.iter().all(|&b| b))
            .map(|(i, _)| i)
            .collect()
    }

    /// [`Filter::apply`] as a mask over all readouts, e.g. for [`SearchIndex::search_within`].
    pub fn apply_mask(&self, data: &Dataset, index: &SearchIndex) -> Vec<bool> {
        self.passes(data, index)
            .iter()
            .map(|p| p.iter().all(|&b| b))
            .collect()
    }

    /// Facet counts: each value's count is taken over readouts passing all other fields.
    pub fn facets(&self, data: &Dataset, index: &SearchIndex) -> Facets {
        let passes = self.passes(data, index);
        let except =
            |r: usize, field: usize| passes[r].iter().enumerate().all(|(f, &b)| b || f == field);
        let mut countries = Tally::default();
        let mut speakers = Tally::default();
        let mut topics = vec![0usize; data.lexicon.topics.len()];
        let mut topic_seen = vec![false; topics.len()];
        let mut raised = vec![false; topics.len()];
        let mut formats = [(false, 0usize); MeetingFormat::ALL.len()];
        for (r, readout) in data.readouts.iter().enumerate() {
            for c in data.countries_of(r) {
                countries.bump(c, except(r, 0));
            }
            // A handful of participants: a linear check is cheaper than sorting.
            for (i, p) in readout.participants.iter().enumerate() {
                let n = p.name.as_str();
                if !readout.participants[..i].iter().any(|q| q.name == n) {
                    speakers.bump(n, except(r, 1));
                }
            }
            // Topics raised in the readout, marked in a scratch row rather than counted into a
            // new vector per readout (10,000 readouts, every facet update).
            if let Some(a) = data.analyses.get(r) {
                let pass = usize::from(except(r, 2));
                for hits in &a.sentence_topics {
                    for h in hits {
                        if let Some(seen) = raised.get_mut(h.topic) {
                            if !*seen {
                                *seen = true;
                                topic_seen[h.topic] = true;
                                topics[h.topic] += pass;
                            }
                        }
                    }
                }
                for hits in &a.sentence_topics {
                    for h in hits {
                        if let Some(seen) = raised.get_mut(h.topic) {
                            *seen = false;
                        }
                    }
                }
            }
            if let Some(f) = readout.format {
                let i = MeetingFormat::ALL.iter().position(|&x| x == f).unwrap_or(0);
                formats[i].0 = true;
                formats[i].1 += usize::from(except(r, 3));
            }
        }
        let mark = |mut v: Vec<FacetCount>, chosen: &[String]| {
            for f in &mut v {
                f.selected = chosen.contains(&f.value);
            }
            crate::core::sort::sort_by(&mut v, |a, b| {
                b.count.cmp(&a.count).then_with(|| a.value.cmp(&b.value))
            });
            v
        };
        let by_count = |mut v: Vec<FacetCount>| {
            crate::core::sort::sort_by_key(&mut v, |f| std::cmp::Reverse(f.count));
            v
        };
        Facets {
            countries: mark(countries.values, &self.countries),
            speakers: mark(speakers.values, &self.speakers),
            topics: by_count(
                (0..topics.len())
                    .filter(|&t| topic_seen[t])
                    .map(|t| {
                        let id = &data.lexicon.topics[t].id;
                        FacetCount {
                            value: id.clone(),
                            count: topics[t],
                            selected: self.topics.contains(id),
                        }
                    })
                    .collect(),
            ),
            formats: by_count(
                MeetingFormat::ALL
                    .iter()
                    .zip(formats)
                    .filter(|(_, (seen, _))| *seen)
                    .map(|(f, (_, count))| FacetCount {
                        value: f.slug().to_string(),
                        count,
                        selected: self.formats.contains(f),
                    })
                    .collect(),
            ),
        }
    }

    /// Per readout, whether each field passes.
    fn passes(&self, data: &Dataset, index: &SearchIndex) -> Vec<[bool; FIELDS]> {
        let query = Query::parse(&self.query);
        let by_query = match query.is_empty() {
            true => None,
            false => Some(index.matching_readouts(data.readouts, &query)),
        };
        let topic_ids: Vec<usize> = self
            .topics
            .iter()
            .filter_map(|id| data.lexicon.topic_index(id))
            .collect();
        let ranged = self.from.is_some() || self.to.is_some();
        data.readouts
            .iter()
            .enumerate()
            .map(|(r, readout)| {
                let country = self.countries.is_empty()
                    || data
                        .countries_of(r)
                        .iter()
                        .any(|c| self.countries.iter().any(|x| x == c));
                let speaker = self.speakers.is_empty()
                    || readout
                        .participants
                        .iter()
                        .any(|p| self.speakers.contains(&p.name));
                let topic = self.topics.is_empty()
                    || data.analyses.get(r).is_some_and(|a| {
                        a.sentence_topics
                            .iter()
                            .flatten()
                            .any(|h| topic_ids.contains(&h.topic))
                    });
                let format = self.formats.is_empty()
                    || readout.format.is_some_and(|f| self.formats.contains(&f));
                let date = match readout.date {
                    None => !ranged,
                    Some(d) => self.from.is_none_or(|f| d >= f) && self.to.is_none_or(|t| d <= t),
                };
                let query = by_query
                    .as_ref()
                    .is_none_or(|m| m.get(r).copied().unwrap_or(false));
                [country, speaker, topic, format, date, query]
            })
            .collect()
    }
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
