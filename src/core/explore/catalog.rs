//! The per-readout facts that the filters, facet counts, timeline and matrix read on every
//! change, computed once per dataset.
//!
//! Takes a [`Dataset`]; gives countries, speakers and publishers interned to ids (in name order,
//! so an id order is also the alphabetical order), each readout's country, speaker, publisher
//! and topic ids, every readout in date order, and the timeline's lanes. With 10,000 readouts, a filter change then
//! works on small integers: no string comparison, hashing or sorting of readouts per change
//! (BENCHMARKS.md, "Filter and search").

use super::{date_order, Dataset};
use crate::core::analyse::words::FxMap;
use crate::core::analyse::ReadoutAnalysis;
use crate::core::sort::sort_by_key;

/// Small lists of one readout each, stored one after another.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Lists<T> {
    /// `items[start[r]..start[r + 1]]` belongs to readout `r`.
    start: Vec<u32>,
    items: Vec<T>,
}

impl<T> Lists<T> {
    fn new() -> Self {
        Lists {
            start: vec![0],
            items: Vec::new(),
        }
    }

    /// Ends the current readout's list.
    fn close(&mut self) {
        self.start.push(self.items.len() as u32);
    }

    /// Adds the next readout's list: `items` in order, repeats dropped.
    fn push_distinct(&mut self, items: impl Iterator<Item = T>)
    where
        T: PartialEq,
    {
        let first = self.items.len();
        for item in items {
            if !self.items[first..].contains(&item) {
                self.items.push(item);
            }
        }
        self.close();
    }

    fn get(&self, r: usize) -> &[T] {
        match (self.start.get(r), self.start.get(r + 1)) {
            (Some(&a), Some(&b)) => &self.items[a as usize..b as usize],
            _ => &[],
        }
    }
}

/// See the module documentation.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Catalog {
    /// Counterpart countries (never a readout's own publisher), in name order: a country id
    /// indexes this.
    pub countries: Vec<String>,
    /// Participant names, in name order: a speaker id indexes this.
    pub speakers: Vec<String>,
    /// Publishers, in name order: a publisher id indexes this.
    pub publishers: Vec<String>,
    /// Lane countries in order of first appearance by date (as [`super::lane_countries`]).
    pub lanes: Vec<String>,
    country_ids: Lists<u32>,
    speaker_ids: Lists<u32>,
    /// Each readout's publisher id: a list of one, or empty when it has none.
    publisher_ids: Lists<u32>,
    /// `(topic, sentences on it)`, most first, ties in lexicon order.
    topics: Lists<(u32, u32)>,
    /// Lane index of each country id, if it is the first counterpart of some readout.
    lane_of_country: Vec<Option<u32>>,
    /// Every readout, in date order, undated last, ties in index order.
    by_date: Vec<u32>,
    /// Per readout, the position of its date among the distinct dates (undated last).
    date_rank: Vec<u32>,
}

/// Distinct names in order of first sight, then renumbered in name order.
#[derive(Default)]
struct Interner<'a> {
    ids: FxMap<&'a str, u32>,
    names: Vec<&'a str>,
}

impl<'a> Interner<'a> {
    fn id(&mut self, name: &'a str) -> u32 {
        let names = &mut self.names;
        *self.ids.entry(name).or_insert_with(|| {
            names.push(name);
            names.len() as u32 - 1
        })
    }

    /// The names sorted, and for each id of first sight its id in that order.
    fn sorted(self) -> (Vec<String>, Vec<u32>) {
        let mut order: Vec<u32> = (0..self.names.len() as u32).collect();
        let names = &self.names;
        crate::core::sort::sort_by(&mut order, |&a, &b| {
            names[a as usize].cmp(names[b as usize])
        });
        let mut renumber = vec![0u32; order.len()];
        for (new, &old) in order.iter().enumerate() {
            renumber[old as usize] = new as u32;
        }
        let sorted = order
            .iter()
            .map(|&i| names[i as usize].to_string())
            .collect();
        (sorted, renumber)
    }
}

impl Interner<'_> {
    /// The names sorted, with the ids in `lists` renumbered to that order.
    fn sorted_into(self, lists: &mut Lists<u32>) -> Vec<String> {
        let (names, renumber) = self.sorted();
        for id in &mut lists.items {
            *id = renumber[*id as usize];
        }
        names
    }
}

/// Each readout's topics with the number of sentences on each, most first.
struct TopicCounter {
    lists: Lists<(u32, u32)>,
    /// Sentences per topic of the readout being counted (all zero between readouts).
    counts: Vec<u32>,
}

impl TopicCounter {
    fn new(topics: usize) -> TopicCounter {
        TopicCounter {
            lists: Lists::new(),
            counts: vec![0; topics],
        }
    }

    /// Adds the next readout's topics (none without an analysis).
    fn push(&mut self, analysis: Option<&ReadoutAnalysis>) {
        let first = self.lists.items.len();
        for h in analysis
            .into_iter()
            .flat_map(|a| a.sentence_topics.iter().flatten())
        {
            if let Some(c) = self.counts.get_mut(h.topic) {
                if *c == 0 {
                    self.lists.items.push((h.topic as u32, 0));
                }
                *c += 1;
            }
        }
        let own = &mut self.lists.items[first..];
        for t in own.iter_mut() {
            t.1 = std::mem::take(&mut self.counts[t.0 as usize]);
        }
        // Most sentences first, ties in lexicon order: an insertion sort, as a readout raises a
        // handful of topics.
        for i in 1..own.len() {
            let mut j = i;
            while j > 0
                && (own[j].1 > own[j - 1].1 || own[j].1 == own[j - 1].1 && own[j].0 < own[j - 1].0)
            {
                own.swap(j, j - 1);
                j -= 1;
            }
        }
        self.lists.close();
    }
}

/// Per readout, the position of its date among the distinct dates of `by_date` (undated last).
fn date_ranks(data: &Dataset, by_date: &[u32]) -> Vec<u32> {
    let mut date_rank = vec![0u32; data.readouts.len()];
    let mut rank = 0;
    for (k, &r) in by_date.iter().enumerate() {
        if k > 0 && data.readouts[by_date[k - 1] as usize].date != data.readouts[r as usize].date {
            rank += 1;
        }
        date_rank[r as usize] = rank;
    }
    date_rank
}

/// The timeline's lanes: each readout's first counterpart country, in order of first
/// appearance by date; and the lane of each country id, if it has one.
fn lanes(
    by_date: &[u32],
    country_ids: &Lists<u32>,
    countries: &[String],
) -> (Vec<String>, Vec<Option<u32>>) {
    let mut lanes = Vec::new();
    let mut lane_of_country = vec![None; countries.len()];
    for &r in by_date {
        if let Some(&c) = country_ids.get(r as usize).first() {
            if lane_of_country[c as usize].is_none() {
                lane_of_country[c as usize] = Some(lanes.len() as u32);
                lanes.push(countries[c as usize].clone());
            }
        }
    }
    (lanes, lane_of_country)
}

/// Id of `name` in a sorted list of names.
fn id_in(list: &[String], name: &str) -> Option<u32> {
    list.binary_search_by(|x| x.as_str().cmp(name))
        .ok()
        .map(|i| i as u32)
}

impl Catalog {
    /// One pass over the readouts (no allocation per readout), then one sort of the distinct
    /// names: about 4 µs a readout natively, so 10,000 readouts stay within a load's slice.
    pub fn new(data: &Dataset) -> Catalog {
        let mut countries = Interner::default();
        let mut speakers = Interner::default();
        let mut publishers = Interner::default();
        let mut country_ids = Lists::new();
        let mut speaker_ids = Lists::new();
        let mut publisher_ids = Lists::new();
        let mut topics = TopicCounter::new(data.lexicon.topics.len());
        for (r, readout) in data.readouts.iter().enumerate() {
            country_ids.push_distinct(readout.counterpart_countries().map(|c| countries.id(c)));
            speaker_ids.push_distinct(readout.participants.iter().map(|p| speakers.id(&p.name)));
            publisher_ids.push_distinct(readout.publisher.iter().map(|p| publishers.id(p)));
            topics.push(data.analyses.get(r));
        }
        let countries = countries.sorted_into(&mut country_ids);
        let speakers = speakers.sorted_into(&mut speaker_ids);
        let publishers = publishers.sorted_into(&mut publisher_ids);
        let by_date: Vec<u32> = date_order(data.readouts, &data.all())
            .into_iter()
            .map(|r| r as u32)
            .collect();
        let date_rank = date_ranks(data, &by_date);
        let (lanes, lane_of_country) = lanes(&by_date, &country_ids, &countries);
        Catalog {
            countries,
            speakers,
            publishers,
            lanes,
            country_ids,
            speaker_ids,
            publisher_ids,
            topics: topics.lists,
            lane_of_country,
            by_date,
            date_rank,
        }
    }

    /// Number of readouts described.
    pub fn len(&self) -> usize {
        self.by_date.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_date.is_empty()
    }

    /// Id of a counterpart country.
    pub fn country_id(&self, name: &str) -> Option<u32> {
        id_in(&self.countries, name)
    }

    /// Id of a participant name.
    pub fn speaker_id(&self, name: &str) -> Option<u32> {
        id_in(&self.speakers, name)
    }

    /// Id of a publisher.
    pub fn publisher_id(&self, name: &str) -> Option<u32> {
        id_in(&self.publishers, name)
    }

    /// Publisher id of readout `r`, if it has a publisher.
    pub fn publisher_of(&self, r: usize) -> Option<u32> {
        self.publisher_ids.get(r).first().copied()
    }

    /// Country ids of readout `r` (as [`Dataset::countries_of`]: participant order, no repeats).
    pub fn countries_of(&self, r: usize) -> &[u32] {
        self.country_ids.get(r)
    }

    /// Speaker ids of readout `r`, participant order, no repeats.
    pub fn speakers_of(&self, r: usize) -> &[u32] {
        self.speaker_ids.get(r)
    }

    /// `(topic index, sentences on it)` of readout `r`, most first, ties in lexicon order.
    pub fn topics_of(&self, r: usize) -> &[(u32, u32)] {
        self.topics.get(r)
    }

    /// Lane (index into [`Catalog::lanes`]) of readout `r`: its first counterpart country.
    pub fn lane_of(&self, r: usize) -> Option<usize> {
        let c = *self.countries_of(r).first()?;
        self.lane_of_country[c as usize].map(|l| l as usize)
    }

    /// `subset` in date order, undated last, as [`date_order`]. An ascending subset (what a
    /// filter gives) is picked out of the precomputed order in one pass, with no sort.
    pub fn date_order(&self, subset: &[usize]) -> Vec<usize> {
        let n = self.len();
        if !subset.windows(2).all(|w| w[0] < w[1]) {
            // Any other order: a stable sort by date rank keeps ties in the order given.
            let mut out: Vec<usize> = subset.iter().copied().filter(|&r| r < n).collect();
            sort_by_key(&mut out, |&r| self.date_rank[r]);
            return out;
        }
        let mut mask = vec![false; n];
        for &r in subset.iter().filter(|&&r| r < n) {
            mask[r] = true;
        }
        self.by_date
            .iter()
            .map(|&r| r as usize)
            .filter(|&r| mask[r])
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::analyse::{analyse_readout, Lexicon};
    use crate::core::explore::Fixture;
    use crate::core::model::Date;
    use crate::core::synth::synthetic_readouts;

    /// Every fact the catalog holds, checked against the plain definitions on `data`.
    fn agrees_with_the_dataset(data: &Dataset) {
        let c = Catalog::new(data);
        assert_eq!(c.len(), data.readouts.len());
        assert!(c.countries.windows(2).all(|w| w[0] < w[1]));
        assert!(c.speakers.windows(2).all(|w| w[0] < w[1]));
        assert!(c.publishers.windows(2).all(|w| w[0] < w[1]));
        let mut lanes: Vec<String> = Vec::new();
        for r in date_order(data.readouts, &data.all()) {
            if let Some(first) = data.countries_of(r).first() {
                if !lanes.iter().any(|l| l == first) {
                    lanes.push(first.to_string());
                }
            }
        }
        assert_eq!(c.lanes, lanes);
        for (r, readout) in data.readouts.iter().enumerate() {
            let names: Vec<&str> = c
                .countries_of(r)
                .iter()
                .map(|&i| c.countries[i as usize].as_str())
                .collect();
            assert_eq!(names, data.countries_of(r), "readout {r}");
            let mut speakers: Vec<&str> = Vec::new();
            for p in &readout.participants {
                if !speakers.contains(&p.name.as_str()) {
                    speakers.push(&p.name);
                }
            }
            let got: Vec<&str> = c
                .speakers_of(r)
                .iter()
                .map(|&i| c.speakers[i as usize].as_str())
                .collect();
            assert_eq!(got, speakers, "readout {r}");
            let publisher = c.publisher_of(r).map(|i| c.publishers[i as usize].as_str());
            assert_eq!(publisher, readout.publisher.as_deref(), "readout {r}");
            let mut topics = data.topic_counts(r);
            crate::core::sort::sort_by_key(&mut topics, |t| std::cmp::Reverse(t.1));
            let got: Vec<(usize, usize)> = c
                .topics_of(r)
                .iter()
                .map(|&(t, n)| (t as usize, n as usize))
                .collect();
            assert_eq!(got, topics, "readout {r}");
            let lane = c.lane_of(r).map(|l| c.lanes[l].as_str());
            assert_eq!(lane, data.countries_of(r).first().copied(), "readout {r}");
        }
    }

    #[test]
    fn the_catalog_of_the_fixture_agrees_with_the_dataset() {
        let fx = Fixture::new();
        agrees_with_the_dataset(&fx.data());
        let c = Catalog::new(&fx.data());
        assert_eq!(c.countries_of(2).len(), 2);
        assert_eq!(
            c.country_id("China"),
            None,
            "a readout's own publisher is never its counterpart"
        );
        assert!(c.countries_of(9).is_empty() && c.topics_of(9).is_empty());
        assert_eq!(c.publishers, ["China"]);
        assert_eq!(c.publisher_of(9), None);
    }

    #[test]
    fn in_a_mixed_collection_each_readout_has_its_publisher_and_its_own_counterparts() {
        let fx = Fixture::mixed();
        agrees_with_the_dataset(&fx.data());
        let c = Catalog::new(&fx.data());
        assert_eq!(c.publishers, ["China", "United States"]);
        let publisher = |r| c.publisher_of(r).map(|i| c.publishers[i as usize].as_str());
        assert_eq!(publisher(0), Some("China"));
        assert_eq!(publisher(3), Some("United States"));
        assert_eq!(c.publisher_id("United States"), Some(1));
        assert_eq!(c.publisher_id("Japan"), None);
        // The United States' readout has China as its counterpart and its lane.
        assert_eq!(c.lanes, ["Vietnam", "Republic of Korea", "China", "Japan"]);
        assert_eq!(c.lane_of(3).map(|l| c.lanes[l].as_str()), Some("China"));
        assert_eq!(c.country_id("United States"), None);
    }

    #[test]
    fn the_catalog_of_a_synthetic_corpus_agrees_with_the_dataset() {
        let readouts = synthetic_readouts(200, 11);
        let lexicon = Lexicon::default_lexicon();
        let analyses: Vec<_> = readouts
            .iter()
            .map(|r| analyse_readout(r, &lexicon))
            .collect();
        let data = Dataset::new(&readouts, &analyses, &lexicon);
        agrees_with_the_dataset(&data);
        let c = Catalog::new(&data);
        // Ascending subsets take the one-pass path, others the sort: both as `date_order`.
        let every_third: Vec<usize> = (0..readouts.len()).step_by(3).collect();
        assert_eq!(
            c.date_order(&every_third),
            date_order(&readouts, &every_third)
        );
        let mut shuffled: Vec<usize> = (0..readouts.len()).rev().collect();
        shuffled.swap(3, 70);
        shuffled.push(500);
        assert_eq!(c.date_order(&shuffled), date_order(&readouts, &shuffled));
    }

    #[test]
    fn date_order_keeps_ties_in_the_order_given_and_undated_last() {
        use crate::core::analyse::testing::readout_from;
        let mut rs = vec![readout_from(&[]); 4];
        rs[0].date = None;
        rs[1].date = Date::new(2021, 1, 1);
        rs[2].date = Date::new(2020, 1, 1);
        rs[3].date = Date::new(2021, 1, 1);
        let lexicon = Lexicon::default_lexicon();
        let data = Dataset::new(&rs, &[], &lexicon);
        let c = Catalog::new(&data);
        assert_eq!(c.date_order(&[0, 1, 2, 3]), [2, 1, 3, 0]);
        assert_eq!(c.date_order(&[3, 1, 0, 2]), [2, 3, 1, 0]);
        assert_eq!(c.date_order(&[3, 1, 0, 2]), date_order(&rs, &[3, 1, 0, 2]));
        assert_eq!(c.date_order(&[1, 7]), [1]);
    }
}
