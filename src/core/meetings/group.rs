//! Grouping: which readouts report one meeting.
//!
//! Takes the readouts and the user's meeting corrections (a label per readout: readouts with
//! one label are one meeting, whatever the rules say); gives [`Meetings`], every readout in
//! exactly one meeting. The rules, for readouts without a label:
//! - the same date, or a day apart when the publishers' time zones differ and the later date
//!   is the eastern publisher's (see `zones`); a readout without a date is never grouped;
//! - the same set of participant countries (the publisher's included), two at least;
//! - a compatible format (a call and a video call may be one event; talks and a call are not);
//! - the same counterparts: for every country, some participant of it is one person in both
//!   (by name in one script, by surname or office across scripts, see [`people`](super::people));
//!   a country whose people cannot be told apart does not separate two readouts;
//! - one readout per publisher and language: two readouts of one ministry in one language are
//!   two meetings, even on the same day with the same people.
//!
//! A readout joins a group only when it agrees with every member (complete linkage), so a chain
//! of near-matches never merges two meetings. Readouts are bucketed by country set and swept in
//! date order, so each is compared only with the few groups of its bucket dated a day around
//! it that lack its publisher and language (at most 64): the work is linear in the readouts
//! (BENCHMARKS.md, "Meetings").

use super::people::{side_verdict, Verdict};
use super::zones::{dates_agree, utc_offset};
use super::Meeting;
use crate::core::analyse::words::{fx_combine, hash_str, FxMap};
use crate::core::explore::day_number;
use crate::core::model::{Language, MeetingFormat, Readout};
use crate::core::sort::sort_by_key;
use serde::Serialize;

/// Every readout's meeting.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Meetings {
    /// In date order (earliest readout), undated last, ties by first readout index.
    pub meetings: Vec<Meeting>,
    /// The meeting of each readout.
    #[serde(skip)]
    of_readout: Vec<u32>,
}

impl Meetings {
    /// The meeting (index into `meetings`) that readout `r` belongs to.
    pub fn meeting_of(&self, r: usize) -> Option<usize> {
        self.of_readout.get(r).map(|&m| m as usize)
    }

    pub fn len(&self) -> usize {
        self.meetings.len()
    }

    pub fn is_empty(&self) -> bool {
        self.meetings.is_empty()
    }

    /// One readout for each meeting that has a readout in `passing` (readout indices): the
    /// earliest-dated of its passing readouts, then the first in meeting order. In ascending
    /// index order, as a filter gives readouts, so the timeline and the matrix can take them
    /// as they take a filter's result: one entry, one column per meeting.
    pub fn shown(&self, readouts: &[Readout], passing: &[usize]) -> Vec<usize> {
        let mut best: Vec<Option<usize>> = vec![None; self.meetings.len()];
        let mut rank = vec![0usize; readouts.len()];
        for m in &self.meetings {
            for (k, &r) in m.readouts.iter().enumerate() {
                rank[r] = k;
            }
        }
        let key = |r: usize| {
            let d = readouts[r].date;
            (d.is_none(), d, rank[r])
        };
        for &r in passing.iter().filter(|&&r| r < readouts.len()) {
            let Some(m) = self.meeting_of(r) else {
                continue;
            };
            if best[m].is_none_or(|b| key(r) < key(b)) {
                best[m] = Some(r);
            }
        }
        let mut out: Vec<usize> = best.into_iter().flatten().collect();
        crate::core::sort::sort(&mut out);
        out
    }

    /// The meeting a link names: by the id of any of its readouts.
    pub fn find(&self, readouts: &[Readout], id: &str) -> Option<usize> {
        let r = readouts.iter().position(|x| x.id == id)?;
        self.meeting_of(r)
    }
}

/// Ways a meeting can take place, as bits: two formats are compatible when they share one.
fn format_bits(format: Option<MeetingFormat>) -> u8 {
    const REMOTE: u8 = 1;
    const IN_PERSON: u8 = 2;
    const LETTER: u8 = 4;
    match format {
        None => REMOTE | IN_PERSON | LETTER,
        Some(MeetingFormat::PhoneCall)
        | Some(MeetingFormat::VideoConference)
        | Some(MeetingFormat::VideoMeeting) => REMOTE,
        Some(MeetingFormat::Talks) | Some(MeetingFormat::Meeting) => IN_PERSON,
        Some(MeetingFormat::Consultation) => REMOTE | IN_PERSON,
        Some(MeetingFormat::Letter) => LETTER,
    }
}

/// What the rules compare, per readout.
struct Profile {
    day: i64,
    zone: Option<i16>,
    formats: u8,
    /// Index of its set of participant countries (the publisher's included).
    set: u32,
    /// Index of its publisher and language: a meeting has one readout of each.
    account: u32,
}

/// Country sets seen so far, each once, so a readout's set is a small id; and the accounts
/// (publisher and language) seen, a handful. The map is keyed by a hash of the set (a map type
/// the app already has: every new key type is another copy of the hash table in the bundle).
#[derive(Default)]
struct Sets<'a> {
    ids: FxMap<u64, usize>,
    lists: Vec<Vec<&'a str>>,
    accounts: Vec<(Option<&'a str>, Language)>,
}

impl<'a> Sets<'a> {
    /// The profile of `r`, or `None` when the rules cannot group it: no date, or fewer than
    /// two countries. `buffer` is scratch space (no allocation for a set seen before).
    fn profile(&mut self, r: &'a Readout, buffer: &mut Vec<&'a str>) -> Option<Profile> {
        let day = day_number(r.date?);
        buffer.clear();
        buffer.extend(r.participants.iter().filter_map(|p| p.country.as_deref()));
        buffer.extend(r.publisher.as_deref());
        crate::core::sort::sort(buffer);
        buffer.dedup();
        if buffer.len() < 2 {
            return None;
        }
        let hash = buffer.iter().fold(0u64, |h, c| fx_combine(h, hash_str(c)));
        let set = match self.ids.get(&hash) {
            Some(&id) if self.lists[id] == *buffer => id,
            // Two sets with one hash: the later is found by a scan (never seen in practice).
            Some(_) => match self.lists.iter().position(|l| l == buffer) {
                Some(id) => id,
                None => {
                    self.lists.push(buffer.clone());
                    self.lists.len() - 1
                }
            },
            None => {
                self.ids.insert(hash, self.lists.len());
                self.lists.push(buffer.clone());
                self.lists.len() - 1
            }
        } as u32;
        let key = (r.publisher.as_deref(), r.language);
        let account = match self.accounts.iter().position(|a| *a == key) {
            Some(a) => a,
            None => {
                self.accounts.push(key);
                self.accounts.len() - 1
            }
        } as u32;
        Some(Profile {
            day,
            zone: r.publisher.as_deref().and_then(utc_offset),
            formats: format_bits(r.format),
            set,
            account,
        })
    }
}

/// Whether readouts `a` and `b` (same country set, `countries`) can report one meeting.
fn agree(
    readouts: &[Readout],
    profiles: &[Option<Profile>],
    countries: &[&str],
    a: usize,
    b: usize,
) -> bool {
    let (Some(pa), Some(pb)) = (&profiles[a], &profiles[b]) else {
        return false;
    };
    let (ra, rb) = (&readouts[a], &readouts[b]);
    pa.account != pb.account
        && dates_agree(pa.day, pa.zone, pb.day, pb.zone)
        && pa.formats & pb.formats != 0
        && countries
            .iter()
            .all(|c| side_verdict(ra, rb, c) != Verdict::Different)
}

/// At most this many groups of one day and country set are compared with a readout: a flood
/// of readouts of one day between the same countries (thousands of synthetic ones) stays
/// linear. Real days have a handful.
const MAX_CANDIDATES: usize = 64;

/// The groups of the current bucket (country set) still within a day of the sweep.
struct Window {
    /// `(group, last day)`, oldest first.
    open: Vec<(usize, i64)>,
    /// Per account (publisher and language), how many open groups have a readout of it.
    holding: Vec<usize>,
}

impl Window {
    fn new(accounts: usize) -> Window {
        Window {
            open: Vec::new(),
            holding: vec![0; accounts],
        }
    }

    /// Closes the groups whose last day is before `day` (all of them for `i64::MAX`).
    fn retire(&mut self, groups: &[(Vec<usize>, bool)], profiles: &[Option<Profile>], day: i64) {
        let holding = &mut self.holding;
        self.open.retain(|&(g, last)| {
            let keep = day != i64::MAX && last >= day;
            if !keep {
                for p in groups[g].0.iter().filter_map(|&m| profiles[m].as_ref()) {
                    holding[p.account as usize] -= 1;
                }
            }
            keep
        });
    }

    /// The open groups with no readout of `account`, the newest first, at most
    /// [`MAX_CANDIDATES`]; none at once when every open group has one (a flood of one
    /// publisher's readouts of one day).
    fn without(
        &self,
        account: u32,
        groups: &[(Vec<usize>, bool)],
        profiles: &[Option<Profile>],
    ) -> Vec<usize> {
        if self.holding[account as usize] >= self.open.len() {
            return Vec::new();
        }
        self.open
            .iter()
            .rev()
            .map(|&(g, _)| g)
            .filter(|&g| {
                groups[g]
                    .0
                    .iter()
                    .all(|&m| profiles[m].as_ref().is_none_or(|p| p.account != account))
            })
            .take(MAX_CANDIDATES)
            .collect()
    }

    /// Group `g` (new, or open) took a readout of `account` dated `day`.
    fn joined(&mut self, g: usize, day: i64, account: u32) {
        self.holding[account as usize] += 1;
        match self.open.iter_mut().find(|o| o.0 == g) {
            Some(o) => o.1 = o.1.max(day),
            None => self.open.push((g, day)),
        }
    }
}

/// Groups `readouts` into meetings. `labels[r]` is the user's meeting label of readout `r`
/// (`Corrections::meeting`); missing entries read as none.
pub fn group_meetings(readouts: &[Readout], labels: &[Option<&str>]) -> Meetings {
    let n = readouts.len();
    let label = |r: usize| labels.get(r).copied().flatten().filter(|l| !l.is_empty());
    let mut groups: Vec<(Vec<usize>, bool)> = Vec::new();
    let mut by_label: FxMap<&str, u32> = FxMap::default();
    let mut sets = Sets::default();
    let mut buffer = Vec::new();
    let profiles: Vec<Option<Profile>> = (0..n)
        .map(|r| match label(r) {
            Some(_) => None,
            None => sets.profile(&readouts[r], &mut buffer),
        })
        .collect();
    let mut swept: Vec<usize> = Vec::new();
    for (r, profile) in profiles.iter().enumerate() {
        if let Some(l) = label(r) {
            let next = groups.len() as u32;
            let g = *by_label.entry(l).or_insert(next);
            if g == next {
                groups.push((Vec::new(), true));
            }
            groups[g as usize].0.push(r);
        } else if profile.is_some() {
            swept.push(r);
        } else {
            groups.push((vec![r], false));
        }
    }
    // One sort puts each bucket's readouts together, in date order.
    let key = |r: usize| profiles[r].as_ref().map_or((0, 0), |p| (p.set, p.day));
    sort_by_key(&mut swept, |&r| key(r));
    let mut window = Window::new(sets.accounts.len());
    let mut bucket = u32::MAX;
    for &r in &swept {
        let (set, day) = key(r);
        let Some(account) = profiles[r].as_ref().map(|p| p.account) else {
            continue;
        };
        if set != bucket {
            bucket = set;
            window.retire(&groups, &profiles, i64::MAX);
        }
        window.retire(&groups, &profiles, day - 1);
        let countries = &sets.lists[set as usize];
        let candidates = window.without(account, &groups, &profiles);
        let same_day = |g: usize| {
            groups[g]
                .0
                .iter()
                .any(|&m| profiles[m].as_ref().is_some_and(|p| p.day == day))
        };
        let joins = candidates
            .into_iter()
            .filter(|&g| {
                groups[g]
                    .0
                    .iter()
                    .all(|&m| agree(readouts, &profiles, countries, r, m))
            })
            .max_by_key(|&g| (same_day(g), std::cmp::Reverse(g)));
        match joins {
            Some(g) => {
                groups[g].0.push(r);
                window.joined(g, day, account);
            }
            None => {
                window.joined(groups.len(), day, account);
                groups.push((vec![r], false));
            }
        }
    }
    finish(readouts, groups)
}

/// The groups as [`Meetings`]: each group's readouts in meeting order, the meetings in date
/// order.
fn finish(readouts: &[Readout], groups: Vec<(Vec<usize>, bool)>) -> Meetings {
    let meetings: Vec<Meeting> = groups
        .into_iter()
        .map(|(mut rs, corrected)| {
            sort_by_key(&mut rs, |&r| {
                let x = &readouts[r];
                (x.publisher.is_none(), x.publisher.as_deref(), x.language, r)
            });
            Meeting {
                readouts: rs,
                corrected,
            }
        })
        .collect();
    // Keys made once: a key read in every comparison would visit the readouts again and again.
    type Key = (bool, Option<crate::core::model::Date>, usize);
    let mut keyed: Vec<(Key, Meeting)> = meetings
        .into_iter()
        .map(|m| {
            let date = m.date(readouts);
            let first = m.readouts.iter().copied().min().unwrap_or(usize::MAX);
            ((date.is_none(), date, first), m)
        })
        .collect();
    sort_by_key(&mut keyed, |k| k.0);
    let meetings: Vec<Meeting> = keyed.into_iter().map(|(_, m)| m).collect();
    let mut of_readout = vec![0u32; readouts.len()];
    for (i, m) in meetings.iter().enumerate() {
        for &r in &m.readouts {
            of_readout[r] = i as u32;
        }
    }
    Meetings {
        meetings,
        of_readout,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::meetings::testing::account;
    use crate::core::model::Language::{Chinese, English};

    const CARTER: (&str, &str, &str) = ("John Carter", "Secretary of State", "United States");
    const WANG: (&str, &str, &str) = ("Wang Ming", "State Councilor and Foreign Minister", "China");
    const WANG_ZH: (&str, &str, &str) = ("王明", "国务委员兼外长", "China");
    const CARTER_ZH: (&str, &str, &str) = ("约翰·卡特", "国务卿", "United States");
    const HALE_ZH: (&str, &str, &str) = ("露丝·黑尔", "商务部长", "United States");

    fn groups(m: &Meetings) -> Vec<Vec<usize>> {
        m.meetings.iter().map(|m| m.readouts.clone()).collect()
    }

    /// The call of the fixtures: China in Chinese and English (4 March), the US (3 March,
    /// Washington time), and the same minister's call with another US official that day.
    fn one_day() -> Vec<Readout> {
        vec![
            account("zh", "China", Chinese, "2021-03-04", &[WANG_ZH, CARTER_ZH]),
            account("en", "China", English, "2021-03-04", &[WANG, CARTER]),
            account(
                "us",
                "United States",
                English,
                "2021-03-03",
                &[CARTER, WANG],
            ),
            account("hale", "China", Chinese, "2021-03-04", &[WANG_ZH, HALE_ZH]),
        ]
    }

    #[test]
    fn three_accounts_of_one_call_are_one_meeting_and_another_call_that_day_is_not() {
        let rs = one_day();
        let m = group_meetings(&rs, &[]);
        assert_eq!(groups(&m), [vec![1, 0, 2], vec![3]]);
        assert_eq!(m.meeting_of(2), Some(0));
        assert_eq!(m.meeting_of(3), Some(1));
        assert_eq!(m.find(&rs, "us"), Some(0));
        assert!(!m.meetings[0].corrected);
    }

    #[test]
    fn each_meeting_with_a_passing_readout_is_shown_by_its_earliest() {
        let rs = one_day();
        let m = group_meetings(&rs, &[]);
        assert_eq!(m.shown(&rs, &[0, 1, 2, 3]), [2, 3]);
        assert_eq!(
            m.shown(&rs, &[0, 1]),
            [1],
            "English before Chinese on one date"
        );
        assert_eq!(m.shown(&rs, &[0, 9]), [0]);
        assert!(m.shown(&rs, &[]).is_empty());
    }

    #[test]
    fn a_day_apart_is_one_meeting_only_when_the_eastern_publisher_dates_it_later() {
        let mut rs = one_day();
        rs[2].date = crate::core::model::Date::new(2021, 3, 5);
        assert_eq!(
            groups(&group_meetings(&rs, &[])),
            [vec![1, 0], vec![3], vec![2]]
        );
    }

    #[test]
    fn a_readout_without_a_date_is_never_grouped_by_guess() {
        let mut rs = one_day();
        rs[1].date = None;
        assert_eq!(
            groups(&group_meetings(&rs, &[])),
            [vec![0, 2], vec![3], vec![1]]
        );
    }

    #[test]
    fn talks_and_a_call_on_one_day_are_two_meetings() {
        let mut rs = one_day();
        rs[2].format = Some(MeetingFormat::Talks);
        assert_eq!(
            groups(&group_meetings(&rs, &[])),
            [vec![2], vec![1, 0], vec![3]]
        );
    }

    #[test]
    fn different_country_sets_are_different_meetings() {
        let mut rs = one_day();
        rs[2].participants[0].country = Some("Japan".into());
        rs[2].participants[0].name = "Taro Sato".into();
        assert_eq!(
            groups(&group_meetings(&rs, &[])),
            [vec![2], vec![1, 0], vec![3]]
        );
    }

    #[test]
    fn one_publisher_in_one_language_reports_a_meeting_once() {
        let rs = vec![
            account("a", "China", English, "2021-03-04", &[WANG, CARTER]),
            account("b", "China", English, "2021-03-04", &[WANG, CARTER]),
        ];
        assert_eq!(groups(&group_meetings(&rs, &[])), [vec![0], vec![1]]);
    }

    #[test]
    fn the_users_labels_split_and_join_whatever_the_rules_say() {
        let rs = one_day();
        // Split the US account off, keep the Chinese versions together.
        let labels = [Some("zh"), Some("zh"), Some("us"), None];
        let m = group_meetings(&rs, &labels);
        assert_eq!(groups(&m), [vec![2], vec![1, 0], vec![3]]);
        assert!(m.meetings[0].corrected && m.meetings[1].corrected);
        assert!(!m.meetings[2].corrected);
        // Join the other call to the meeting.
        let labels = [Some("en"), Some("en"), Some("en"), Some("en")];
        assert_eq!(groups(&group_meetings(&rs, &labels)), [vec![1, 0, 3, 2]]);
    }

    #[test]
    fn a_flood_of_one_days_readouts_between_the_same_countries_stays_apart_and_fast() {
        // Two thousand readouts of one day by one publisher, each with its own people: none
        // can join another, and none is compared with the others' people.
        let rs: Vec<Readout> = (0..2_000)
            .map(|i| {
                let a = format!("Test{i} Minister");
                let b = format!("Probe{i} Minister");
                account(
                    &format!("r{i}"),
                    "China",
                    English,
                    "2021-03-01",
                    &[
                        (a.as_str(), "Minister", "China"),
                        (b.as_str(), "Minister", "Chile"),
                    ],
                )
            })
            .collect();
        assert_eq!(group_meetings(&rs, &[]).len(), 2_000);
        // Half of them by Chile: each Chilean readout is compared with 64 groups at most.
        let mut mixed = rs;
        for r in mixed.iter_mut().skip(1_000) {
            r.publisher = Some("Chile".into());
        }
        assert_eq!(group_meetings(&mixed, &[]).len(), 2_000);
    }

    #[test]
    fn every_readout_is_in_exactly_one_meeting_of_a_synthetic_corpus() {
        let rs = crate::core::synth::synthetic_readouts(300, 5);
        let labels: Vec<Option<&str>> = (0..rs.len())
            .map(|i| [None, None, Some("x"), Some("y")][i % 4].filter(|_| i % 7 == 0))
            .collect();
        let m = group_meetings(&rs, &labels);
        let mut seen = vec![0; rs.len()];
        for (i, meeting) in m.meetings.iter().enumerate() {
            for &r in &meeting.readouts {
                seen[r] += 1;
                assert_eq!(m.meeting_of(r), Some(i));
            }
        }
        assert!(seen.iter().all(|&s| s == 1));
    }
}
