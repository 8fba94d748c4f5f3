//! The timeline: readouts in date order, grouped by month, with the counterpart of each.
//!
//! Takes a [`Dataset`] and the readouts to show; gives month groups (undated last), each entry
//! with the days since the previous dated meeting shown, its lane (first counterpart country),
//! a colour index for that lane and its top topics. Colours come from [`lane_countries`] over
//! the whole dataset, not the filtered set, so a country keeps its colour as filters change.

use super::{day_number, Catalog, Dataset};
use crate::core::model::MONTH_NAMES;
use serde::Serialize;

/// A month, or the group of readouts without a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum GroupKey {
    Month { year: u16, month: u8 },
    Undated,
}

impl GroupKey {
    /// The group's heading: "October 2020", or what the undated group holds.
    pub fn heading(self) -> String {
        match self {
            GroupKey::Month { year, month } => {
                let name = MONTH_NAMES
                    .get(usize::from(month).saturating_sub(1))
                    .unwrap_or(&"");
                format!("{name} {year}")
            }
            GroupKey::Undated => "Undated: no date in the text".to_string(),
        }
    }
}

/// The gap between two meetings as the timeline writes it: "13 days later", "4 months later".
pub fn gap_label(days: i64) -> String {
    match days {
        0 => "same day".to_string(),
        1 => "1 day later".to_string(),
        2..=60 => format!("{days} days later"),
        61..=730 => format!("{} months later", days / 30),
        _ => format!("{} years later", days / 365),
    }
}

/// One readout on the timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TimelineEntry {
    /// Index into the readouts.
    pub readout: usize,
    /// Days since the previous dated entry of the timeline; `None` for the first and the
    /// undated ones.
    pub gap_days: Option<i64>,
    /// The first counterpart country (not the readout's own publisher's), if any.
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
    Catalog::new(data).lanes
}

/// The timeline of `readouts` (indices into `data.readouts`), with up to `top_n` topics each.
pub fn timeline(data: &Dataset, readouts: &[usize], top_n: usize) -> Timeline {
    timeline_in(&Catalog::new(data), data, readouts, top_n)
}

/// [`timeline`] with the dataset's [`Catalog`] already made (the views keep one per load).
pub fn timeline_in(
    catalog: &Catalog,
    data: &Dataset,
    readouts: &[usize],
    top_n: usize,
) -> Timeline {
    let mut groups: Vec<TimelineGroup> = Vec::new();
    let mut previous: Option<i64> = None;
    for r in catalog.date_order(readouts) {
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
        let colour = catalog.lane_of(r);
        let entry = TimelineEntry {
            readout: r,
            gap_days,
            lane: colour.map(|l| catalog.lanes[l].clone()),
            colour,
            top_topics: catalog.topics_of(r)[..catalog.topics_of(r).len().min(top_n)]
                .iter()
                .map(|&(t, n)| (t as usize, n as usize))
                .collect(),
        };
        match groups.last_mut() {
            Some(g) if g.key == key => g.entries.push(entry),
            _ => groups.push(TimelineGroup {
                key,
                entries: vec![entry],
            }),
        }
    }
    Timeline {
        groups,
        lanes: catalog.lanes.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::explore::Fixture;

    #[test]
    fn gaps_read_in_days_then_months_then_years() {
        let labels: Vec<String> = [0, 1, 2, 13, 60, 61, 90, 730, 731, 800]
            .into_iter()
            .map(gap_label)
            .collect();
        assert_eq!(
            labels,
            [
                "same day",
                "1 day later",
                "2 days later",
                "13 days later",
                "60 days later",
                "2 months later",
                "3 months later",
                "24 months later",
                "2 years later",
                "2 years later",
            ]
        );
    }

    #[test]
    fn groups_are_headed_by_month_and_year_or_as_undated() {
        let oct = GroupKey::Month {
            year: 2020,
            month: 10,
        };
        assert_eq!(oct.heading(), "October 2020");
        assert_eq!(GroupKey::Undated.heading(), "Undated: no date in the text");
        // A month out of range (never made by `timeline`) gives no name, not a panic.
        let bad = GroupKey::Month {
            year: 2020,
            month: 13,
        };
        assert_eq!(bad.heading(), " 2020");
    }

    #[test]
    fn readouts_are_grouped_by_month_with_the_undated_last() {
        let fx = Fixture::new();
        let t = timeline(&fx.data(), &[2, 1, 0], 3);
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
                },
                GroupKey::Undated
            ]
        );
        assert_eq!(t.len(), 3);
    }

    #[test]
    fn gaps_count_days_since_the_previous_dated_meeting() {
        let fx = Fixture::new();
        let t = timeline(&fx.data(), &[0, 1, 2], 3);
        let gaps: Vec<Option<i64>> = t
            .groups
            .iter()
            .flat_map(|g| g.entries.iter().map(|e| e.gap_days))
            .collect();
        assert_eq!(gaps, [None, Some(13), None]);
    }

    #[test]
    fn lanes_and_colours_stay_the_same_whatever_is_filtered() {
        let fx = Fixture::new();
        let data = fx.data();
        assert_eq!(
            lane_countries(&data),
            ["Vietnam", "Republic of Korea", "Japan"]
        );
        let only_rok = timeline(&data, &[1], 3);
        let e = &only_rok.groups[0].entries[0];
        assert_eq!(
            (e.lane.as_deref(), e.colour),
            (Some("Republic of Korea"), Some(1))
        );
    }

    #[test]
    fn top_topics_are_by_statement_count_then_lexicon_order() {
        let fx = Fixture::new();
        let t = timeline(&fx.data(), &[0], 1);
        let uni = fx.topic("unilateralism");
        assert_eq!(t.groups[0].entries[0].top_topics, [(uni, 2)]);
        let t = timeline(&fx.data(), &[2], 5);
        let topics: Vec<usize> = t.groups[0].entries[0]
            .top_topics
            .iter()
            .map(|x| x.0)
            .collect();
        let mut sorted = topics.clone();
        crate::core::sort::sort(&mut sorted);
        assert_eq!(topics, sorted);
    }

    #[test]
    fn an_empty_selection_gives_an_empty_timeline() {
        let fx = Fixture::new();
        assert!(timeline(&fx.data(), &[], 3).is_empty());
    }
}
