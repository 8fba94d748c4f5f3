//! Clearly synthetic meetings with the truth known, for the grouping's benchmark and its
//! quality figures: every readout says which meeting it reports.
//!
//! Each meeting happens at a UTC instant between two invented officials of two real countries
//! (names from syllables, or from made-up characters in Chinese); the host publishes an account,
//! in English and, for China, sometimes also in Chinese (where the guest is named by a Chinese
//! transliteration, so only the office can match them), and the guest sometimes publishes its
//! own. Each publisher dates the meeting in its capital's time, so accounts of one call can be a
//! day apart, as real ones are. To make grouping hard, an official often has a second meeting
//! the same day with another official of the same country, or meets the same counterpart again
//! the next day.

use super::zones::utc_offset;
use crate::core::analyse::testing::readout_with;
use crate::core::explore::day_number;
use crate::core::model::{Date, Language, MeetingFormat, Readout, Speaker};
use crate::core::synth::Rng;

const COUNTRIES: &[&str] = &[
    "China",
    "United States",
    "Japan",
    "Germany",
    "Brazil",
    "Kenya",
    "Vietnam",
    "Republic of Korea",
    "United Kingdom",
    "Russia",
    "France",
    "India",
];
/// Offices in English and in Chinese.
const ROLES: &[(&str, &str)] = &[
    ("Foreign Minister", "外长"),
    ("Vice Foreign Minister", "副外长"),
    ("President", "总统"),
    ("Prime Minister", "总理"),
    ("Defense Minister", "国防部长"),
    ("Finance Minister", "财政部长"),
];
const SYLLABLES: &[&str] = &[
    "Zor", "Vel", "Quin", "Tav", "Mor", "Lix", "Bren", "Sul", "Dar", "Nox",
];
const HAN: &[&str] = &["泽", "维", "昆", "塔", "莫", "利", "布", "苏", "达", "诺"];
const SURNAMES: &[(&str, &str)] = &[
    ("Wang", "王"),
    ("Li", "李"),
    ("Zhang", "张"),
    ("Chen", "陈"),
];
const FORMATS: [MeetingFormat; 4] = [
    MeetingFormat::PhoneCall,
    MeetingFormat::VideoMeeting,
    MeetingFormat::Talks,
    MeetingFormat::Meeting,
];

/// An invented official: names in Latin and Han script, country, office.
#[derive(Clone)]
struct Official {
    latin: String,
    han: String,
    country: &'static str,
    role: usize,
}

fn official(rng: &mut Rng, country: &'static str) -> Official {
    let (latin, han) = if country == "China" {
        let (s, h) = SURNAMES[rng.below(SURNAMES.len())];
        let k = rng.below(SYLLABLES.len());
        (format!("{s} {}", SYLLABLES[k]), format!("{h}{}", HAN[k]))
    } else {
        let (a, b) = (rng.below(SYLLABLES.len()), rng.below(SYLLABLES.len()));
        (
            format!("{}a {}ek", SYLLABLES[a], SYLLABLES[b]),
            format!("{}·{}", HAN[a], HAN[b]),
        )
    };
    Official {
        latin,
        han,
        country,
        role: rng.below(ROLES.len()),
    }
}

/// The date at `minutes` since the epoch (UTC) in the capital of `country`.
fn local_date(minutes: i64, country: &str) -> Option<Date> {
    let local = minutes + i64::from(utc_offset(country).unwrap_or(0));
    let day = local.div_euclid(24 * 60);
    // Days since 1970-01-01 back to a date: scan from the year's start (a few hundred steps).
    let mut year = 1970 + (day / 366) as u16;
    while day_number(Date::new(year + 1, 1, 1)?) <= day {
        year += 1;
    }
    let mut d = Date::new(year, 1, 1)?;
    for month in 1..=12u8 {
        let next = if month == 12 {
            Date::new(year + 1, 1, 1)?
        } else {
            Date::new(year, month + 1, 1)?
        };
        if day_number(next) > day {
            d = Date::new(
                year,
                month,
                (day - day_number(Date::new(year, month, 1)?) + 1) as u8,
            )?;
            break;
        }
    }
    Some(d)
}

/// One readout of meeting `id` by `publisher` in `language`.
fn account(
    id: usize,
    n: usize,
    at: i64,
    people: [&Official; 2],
    publisher: &'static str,
    language: Language,
    format: MeetingFormat,
) -> Readout {
    let chinese = language == Language::Chinese;
    let names: Vec<(&str, &str)> = people
        .iter()
        .map(|o| {
            (
                if chinese {
                    o.han.as_str()
                } else {
                    o.latin.as_str()
                },
                o.country,
            )
        })
        .collect();
    let mut r = readout_with(
        &format!("m{id}-r{n}"),
        local_date(at, publisher),
        &names,
        &[(
            Speaker::Narration,
            "A synthetic meeting, generated for the benchmarks.",
        )],
    );
    for (p, o) in r.participants.iter_mut().zip(people) {
        let (en, zh) = ROLES[o.role];
        p.role = (if chinese { zh } else { en }).to_string();
    }
    r.publisher = Some(publisher.to_string());
    r.language = language;
    r.format = Some(format);
    r
}

/// About `n` synthetic readouts from `seed`, and for each the meeting it reports (truth).
pub fn synthetic_meetings(n: usize, seed: u64) -> (Vec<Readout>, Vec<usize>) {
    let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let (mut readouts, mut truth) = (Vec::new(), Vec::new());
    let mut meeting = 0;
    let start = day_number(Date {
        year: 2015,
        month: 1,
        day: 1,
    });
    while readouts.len() < n {
        let host_country = COUNTRIES[rng.below(COUNTRIES.len())];
        let mut guest_country = COUNTRIES[rng.below(COUNTRIES.len())];
        while guest_country == host_country {
            guest_country = COUNTRIES[rng.below(COUNTRIES.len())];
        }
        let host = official(&mut rng, host_country);
        let guest = official(&mut rng, guest_country);
        let day = start + rng.below(3650) as i64;
        let at = day * 24 * 60 + rng.below(24 * 60) as i64;
        // The meeting, then perhaps another the same day with another official of the guest's
        // country, and perhaps the same two again the next day.
        let mut events = vec![(guest.clone(), at)];
        if rng.below(4) == 0 {
            let mut other = official(&mut rng, guest_country);
            while other.role == guest.role || other.latin == guest.latin {
                other = official(&mut rng, guest_country);
            }
            events.push((other, at + 60 + rng.below(180) as i64));
        }
        if rng.below(6) == 0 {
            events.push((guest.clone(), at + 24 * 60));
        }
        for (guest, at) in events {
            let format = FORMATS[rng.below(FORMATS.len())];
            let people = [&host, &guest];
            let mut add = |r: Readout| {
                readouts.push(r);
                truth.push(meeting);
            };
            add(account(
                meeting,
                0,
                at,
                people,
                host_country,
                Language::English,
                format,
            ));
            if host_country == "China" && rng.below(2) == 0 {
                add(account(
                    meeting,
                    1,
                    at,
                    people,
                    host_country,
                    Language::Chinese,
                    format,
                ));
            }
            if rng.below(5) < 2 {
                add(account(
                    meeting,
                    2,
                    at,
                    [&guest, &host],
                    guest_country,
                    Language::English,
                    format,
                ));
            }
            meeting += 1;
        }
    }
    readouts.truncate(n);
    truth.truncate(n);
    (readouts, truth)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn local_dates_follow_the_capitals_time() {
        // 2021-03-04 01:00 UTC: the evening before in Washington, morning in Beijing.
        let at = day_number(Date::new(2021, 3, 4).unwrap()) * 24 * 60 + 60;
        assert_eq!(local_date(at, "China"), Date::new(2021, 3, 4));
        assert_eq!(local_date(at, "United States"), Date::new(2021, 3, 3));
        assert_eq!(local_date(at + 23 * 60, "China"), Date::new(2021, 3, 5));
        let end = day_number(Date::new(2020, 12, 31).unwrap()) * 24 * 60 + 600;
        assert_eq!(local_date(end, "United Kingdom"), Date::new(2020, 12, 31));
    }

    #[test]
    fn the_synthetic_corpus_is_deterministic_and_says_its_meetings() {
        let (a, ta) = synthetic_meetings(500, 3);
        let (b, tb) = synthetic_meetings(500, 3);
        assert_eq!(a, b);
        assert_eq!(ta, tb);
        assert_eq!(a.len(), 500);
        assert!(ta.windows(2).all(|w| w[1] >= w[0]));
        assert!(a.iter().any(|r| r.language == Language::Chinese));
    }
}
