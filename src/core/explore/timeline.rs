//! The timeline: readouts in date order, grouped by month, with the counterpart of each.
//!
//! Takes a [`Dataset`] and the readouts to show; gives month groups (undated last), each entry
//! with the days since the previous dated meeting shown, its lane (first counterpart country),
//! a colour index for that lane and its top topics. Colours come from [`lane_countries`] over
//! the whole dataset, not the filtered set, so a country keeps its colour as filters change.

use super::{date_order, day_number, Dataset};
use serde::Serialize;

/// A month, or the group of readouts without a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum GroupKey {
    Month { year: u16, month: u8 },
    Undated,
}

/// One readout on the timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TimelineEntry {
    /// Index into the readouts.
    pub readout: usize,
    /// Days since the previous dated entry of the timeline; `None` for the first and the
    /// undated ones.
    pub gap_days: Option<i64>,
    /// The first counterpart country (not the home country), if any.
    pub lane: Option<String>,
    /// Index of `lane` in [`Timeline::lanes`]: a stable colour index.
    pub colour: Option<usize>,
    /// `(topic index, sentences on it)`, most first, ties in lexicon order.
    pub top_topics: Vec<(usize, usize)>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TimelineGroup {
    pub key: GroupKey,
    pub entries: Vec<TimelineEntry>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Timeline {
    /// Month groups in date order, then the undated group if any.
    pub groups: Vec<TimelineGroup>,
    /// Every lane country of the dataset in order of first appearance (by date); an entry's
    /// `colour` indexes this.
    pub lanes: Vec<String>,
}

impl Timeline {
    /// Number of entries across all groups.
    pub fn len(&self) -> usize {
        self.groups.iter().map(|g| g.entries.len()).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Lane countries of every readout of `data`, in order of first appearance by date.
pub fn lane_countries(data: &Dataset) -> Vec<String> {
    let mut lanes: Vec<String> = Vec::new();
    for r in date_order(data.readouts, &data.all()) {
        if let Some(c) = data.countries_of(r).first() {
            if !lanes.iter().any(|l| l == c) {
                lanes.push(c.to_string());
            }
        }
    }
    lanes
}

/// The timeline of `readouts` (indices into `data.readouts`), with up to `top_n` topics each.
pub fn timeline(data: &Dataset, readouts: &[usize], top_n: usize) -> Timeline {
    let lanes = lane_countries(data);
    let mut groups: Vec<TimelineGroup> = Vec::new();
    let mut previous: Option<i64> = None;
    for r in date_order(data.readouts, readouts) {
        let date = data.readouts[r].date;
        let key = match date {
            Some(d) => GroupKey::Month {
                year: d.year,
                month: d.month,
            },
            None => GroupKey::Undated,
        };
        let day = date.map(day_number);
        let gap_days = day.zip(previous).map(|(d, p)| d - p);
        if day.is_some() {
            previous = day;
        }
        let lane = data.countries_of(r).first().map(|c| c.to_string());
        let colour = lane
            .as_ref()
            .and_then(|l| lanes.iter().position(|x| x == l));
        let mut top_topics = data.topic_counts(r);
        // Stable: equal counts stay in lexicon order.
        top_topics.sort_by(|a, b| b.1.cmp(&a.1));
        top_topics.truncate(top_n);
        let entry = TimelineEntry {
            readout: r,
            gap_days,
            lane,
            colour,
            top_topics,
        };
        match groups.last_mut() {
            Some(g) if g.key == key => g.entries.push(entry),
            _ => groups.push(TimelineGroup {
                key,
                entries: vec![entry],
            }),
        }
    }
    Timeline { groups, lanes }
}
