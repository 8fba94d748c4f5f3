//! The views' state as a URL fragment, so every view can be bookmarked and shared.
//!
//! `#/?country=Vietnam&publisher=Japan&topic=south-china-sea&q=unilateralism&from=2020-01-01&to=2020-12-31`
//! is the timeline, `#/readout/ID?s=12` a readout with sentence 12 highlighted,
//! `#/compare?ids=a,b,c` the comparison, `#/formulations?phrase=...` the formulations and
//! `#/library` the readouts the user imported, `#/meeting/ID` one meeting (any of its readouts'
//! ids) with its readouts, `#/meeting/ID/accounts` its accounts compared and
//! `#/meeting/ID/versions?account=China` one publisher's language versions aligned; the filter
//! keys may follow any route. List fields repeat their key (`country=A&country=B`), as
//! values may hold commas. Values are percent-encoded as UTF-8 (everything but `A-Z a-z 0-9 -
//! . _ ~`); decoding also reads `+` as a space, keeps a malformed `%` as it is, ignores unknown
//! keys and bad values, and never panics. Empty list values are dropped both ways.

use super::filter::Filter;
use crate::core::model::{Date, MeetingFormat};
use serde::{Deserialize, Serialize};

/// Which view is shown.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Route {
    #[default]
    Timeline,
    Readout {
        id: String,
        /// The highlighted sentence.
        sentence: Option<usize>,
    },
    Compare {
        ids: Vec<String>,
    },
    Formulations {
        phrase: Option<String>,
    },
    /// The imported readouts: parse summaries, delete, export and import.
    Library,
    /// One meeting, named by the id of any of its readouts.
    Meeting {
        id: String,
        view: MeetingView,
        /// Versions: the publisher whose versions are aligned (the first that has some when
        /// `None`).
        account: Option<String>,
    },
}

/// What the meeting page shows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum MeetingView {
    /// Its readouts: accounts and versions, with links.
    #[default]
    Readouts,
    /// The accounts comparison.
    Accounts,
    /// The versions alignment.
    Versions,
}

/// Everything the URL carries.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ViewState {
    pub route: Route,
    pub filter: Filter,
}

impl ViewState {
    /// The fragment, starting with `#/`.
    pub fn to_fragment(&self) -> String {
        let mut pairs: Vec<(&str, String)> = Vec::new();
        let path = match &self.route {
            Route::Timeline => String::new(),
            Route::Readout { id, sentence } => {
                if let Some(s) = sentence {
                    pairs.push(("s", s.to_string()));
                }
                format!("readout/{}", encode(id))
            }
            Route::Compare { ids } => {
                let ids: Vec<String> = ids
                    .iter()
                    .filter(|i| !i.is_empty())
                    .map(|i| encode(i))
                    .collect();
                // Commas inside an id are encoded, so a literal comma separates ids.
                pairs.push(("ids", ids.join(",")));
                "compare".to_string()
            }
            Route::Formulations { phrase } => {
                if let Some(p) = phrase {
                    pairs.push(("phrase", encode(p)));
                }
                "formulations".to_string()
            }
            Route::Library => "library".to_string(),
            Route::Meeting { id, view, account } => {
                if let (MeetingView::Versions, Some(a)) = (view, account) {
                    pairs.push(("account", encode(a)));
                }
                let tail = match view {
                    MeetingView::Readouts => "",
                    MeetingView::Accounts => "/accounts",
                    MeetingView::Versions => "/versions",
                };
                format!("meeting/{}{tail}", encode(id))
            }
        };
        let f = &self.filter;
        let mut query: Vec<String> = pairs.into_iter().map(|(k, v)| format!("{k}={v}")).collect();
        let mut list = |key: &str, values: &mut dyn Iterator<Item = &str>| {
            for v in values.filter(|v| !v.is_empty()) {
                query.push(format!("{key}={}", encode(v)));
            }
        };
        list("country", &mut f.countries.iter().map(String::as_str));
        list("speaker", &mut f.speakers.iter().map(String::as_str));
        list("publisher", &mut f.publishers.iter().map(String::as_str));
        list("topic", &mut f.topics.iter().map(String::as_str));
        list("format", &mut f.formats.iter().map(|x| x.slug()));
        if let Some(d) = f.from {
            query.push(format!("from={d}"));
        }
        if let Some(d) = f.to {
            query.push(format!("to={d}"));
        }
        if !f.query.is_empty() {
            query.push(format!("q={}", encode(&f.query)));
        }
        match query.is_empty() {
            true => format!("#/{path}"),
            false => format!("#/{path}?{}", query.join("&")),
        }
    }

    /// Reads a fragment (with or without the leading `#` and `/`). Anything it does not
    /// understand falls back to the timeline and an empty filter; it never panics.
    pub fn from_fragment(fragment: &str) -> ViewState {
        let f = fragment.strip_prefix('#').unwrap_or(fragment);
        let f = f.strip_prefix('/').unwrap_or(f);
        let (path, query) = f.split_once('?').unwrap_or((f, ""));
        let mut filter = Filter::default();
        let (mut sentence, mut ids, mut phrase, mut account) = (None, Vec::new(), None, None);
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (k, raw) = pair.split_once('=').unwrap_or((pair, ""));
            let v = decode(raw);
            let k = decode(k);
            match k.as_str() {
                "country" if !v.is_empty() => filter.countries.push(v),
                "speaker" if !v.is_empty() => filter.speakers.push(v),
                "publisher" if !v.is_empty() => filter.publishers.push(v),
                "topic" if !v.is_empty() => filter.topics.push(v),
                "format" => filter.formats.extend(MeetingFormat::from_slug(&v)),
                "from" => filter.from = Date::parse_iso(&v).or(filter.from),
                "to" => filter.to = Date::parse_iso(&v).or(filter.to),
                "q" => filter.query = v,
                "s" => sentence = v.parse().ok().or(sentence),
                "ids" => {
                    ids = raw
                        .split(',')
                        .map(decode)
                        .filter(|i| !i.is_empty())
                        .collect()
                }
                "phrase" => phrase = Some(v),
                "account" if !v.is_empty() => account = Some(v),
                _ => {}
            }
        }
        let path = path.trim_end_matches('/');
        let route = if let Some(id) = path.strip_prefix("readout/") {
            match decode(id) {
                id if id.is_empty() => Route::Timeline,
                id => Route::Readout { id, sentence },
            }
        } else if let Some(rest) = path.strip_prefix("meeting/") {
            let (id, view) = match rest.rsplit_once('/') {
                Some((id, "accounts")) => (id, MeetingView::Accounts),
                Some((id, "versions")) => (id, MeetingView::Versions),
                _ => (rest, MeetingView::Readouts),
            };
            match decode(id) {
                _ if id.contains('/') => Route::Timeline,
                id if id.is_empty() => Route::Timeline,
                id => Route::Meeting {
                    id,
                    account: account.filter(|_| view == MeetingView::Versions),
                    view,
                },
            }
        } else {
            match path {
                "compare" => Route::Compare { ids },
                "formulations" => Route::Formulations { phrase },
                "library" => Route::Library,
                _ => Route::Timeline,
            }
        };
        ViewState { route, filter }
    }
}

/// Percent-encodes every byte of `s` outside `A-Z a-z 0-9 - . _ ~`.
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for &b in s.as_bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Decodes `%XX` escapes and `+` (a space); a malformed escape is kept as written, and bytes
/// that are not UTF-8 become U+FFFD.
pub fn decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = |j: usize| b.get(j).and_then(|&c| (c as char).to_digit(16));
        match b[i] {
            b'%' => match (hex(i + 1), hex(i + 2)) {
                (Some(h), Some(l)) => {
                    out.push((h * 16 + l) as u8);
                    i += 3;
                    continue;
                }
                _ => out.push(b'%'),
            },
            b'+' => out.push(b' '),
            c => out.push(c),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state(fragment: &str) -> ViewState {
        ViewState::from_fragment(fragment)
    }

    #[test]
    fn a_timeline_fragment_carries_every_filter_field() {
        let s = state("#/?country=Vietnam&topic=south-china-sea&q=unilateralism&from=2020-01-01&to=2020-12-31&format=video-meeting&speaker=Kim%20Gunn&publisher=United%20States&publisher=Japan");
        assert_eq!(s.route, Route::Timeline);
        let f = &s.filter;
        assert_eq!(f.countries, ["Vietnam"]);
        assert_eq!(f.publishers, ["United States", "Japan"]);
        assert_eq!(f.topics, ["south-china-sea"]);
        assert_eq!(f.speakers, ["Kim Gunn"]);
        assert_eq!(f.query, "unilateralism");
        assert_eq!(f.formats, [MeetingFormat::VideoMeeting]);
        assert_eq!(
            (f.from, f.to),
            (Date::new(2020, 1, 1), Date::new(2020, 12, 31))
        );
    }

    #[test]
    fn readout_compare_and_formulations_routes_are_read() {
        assert_eq!(
            state("#/readout/abc123?s=12").route,
            Route::Readout {
                id: "abc123".into(),
                sentence: Some(12)
            }
        );
        assert_eq!(
            state("#/compare?ids=a,b,c").route,
            Route::Compare {
                ids: vec!["a".into(), "b".into(), "c".into()]
            }
        );
        assert_eq!(
            state("#/formulations?phrase=win-win%20cooperation").route,
            Route::Formulations {
                phrase: Some("win-win cooperation".into())
            }
        );
    }

    #[test]
    fn meeting_routes_name_the_meeting_its_view_and_whose_versions() {
        let meeting = |view, account: Option<&str>| Route::Meeting {
            id: "d35a724e9bf19436".into(),
            view,
            account: account.map(String::from),
        };
        assert_eq!(
            state("#/meeting/d35a724e9bf19436").route,
            meeting(MeetingView::Readouts, None)
        );
        assert_eq!(
            state("#/meeting/d35a724e9bf19436/accounts?account=China").route,
            meeting(MeetingView::Accounts, None)
        );
        let versions = meeting(MeetingView::Versions, Some("United States"));
        let s = ViewState {
            route: versions.clone(),
            filter: Filter::default(),
        };
        assert_eq!(
            s.to_fragment(),
            "#/meeting/d35a724e9bf19436/versions?account=United%20States"
        );
        assert_eq!(state(&s.to_fragment()).route, versions);
        assert_eq!(state("#/meeting/").route, Route::Timeline);
        assert_eq!(state("#/meeting/a/b/versions").route, Route::Timeline);
    }

    #[test]
    fn the_library_route_round_trips_and_ignores_view_keys_of_other_routes() {
        assert_eq!(state("#/library").route, Route::Library);
        assert_eq!(state("#/library/?s=4&ids=a").route, Route::Library);
        let s = ViewState {
            route: Route::Library,
            filter: Filter::default(),
        };
        assert_eq!(s.to_fragment(), "#/library");
        assert_eq!(state(&s.to_fragment()), s);
    }

    #[test]
    fn a_publisher_filter_is_written_after_the_speakers_and_read_back() {
        let s = ViewState {
            route: Route::Timeline,
            filter: Filter {
                speakers: vec!["Kim Gunn".into()],
                publishers: vec!["United States".into(), String::new()],
                ..Filter::default()
            },
        };
        let f = s.to_fragment();
        assert_eq!(f, "#/?speaker=Kim%20Gunn&publisher=United%20States");
        assert_eq!(state(&f).filter.publishers, ["United States"]);
        assert!(state("#/?publisher=").filter.is_empty());
    }

    #[test]
    fn special_characters_are_percent_encoded() {
        let s = ViewState {
            route: Route::Timeline,
            filter: Filter {
                countries: vec!["Côte d'Ivoire".into()],
                query: "a&b=c #d+e 100%".into(),
                ..Filter::default()
            },
        };
        let f = s.to_fragment();
        assert_eq!(
            f,
            "#/?country=C%C3%B4te%20d%27Ivoire&q=a%26b%3Dc%20%23d%2Be%20100%25"
        );
        assert_eq!(state(&f), s);
        assert_eq!(ViewState::default().to_fragment(), "#/");
    }

    #[test]
    fn unknown_keys_and_bad_values_are_ignored() {
        let s =
            state("#/?colour=red&format=carrier-pigeon&from=2020-13-01&s=x&topic=&country=Chile");
        assert_eq!(
            s,
            ViewState {
                route: Route::Timeline,
                filter: Filter {
                    countries: vec!["Chile".into()],
                    ..Filter::default()
                }
            }
        );
        assert_eq!(state("#/nowhere/at/all").route, Route::Timeline);
        assert_eq!(state("#/readout/?s=3").route, Route::Timeline);
        assert_eq!(
            state("readout/x?s=-1").route,
            Route::Readout {
                id: "x".into(),
                sentence: None
            }
        );
    }

    #[test]
    fn plus_signs_read_as_spaces_and_malformed_escapes_are_kept() {
        assert_eq!(decode("a+b%2"), "a b%2");
        assert_eq!(decode("%zz%4"), "%zz%4");
        assert_eq!(decode("%E2%82"), "\u{FFFD}");
    }

    /// xorshift: deterministic cases without a crate.
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
        fn below(&mut self, n: usize) -> usize {
            (self.next() % n as u64) as usize
        }
        fn text(&mut self, min: usize) -> String {
            const PIECES: &[&str] = &[
                "a", "Z", "0", " ", "&", "=", "#", "?", "/", ",", "%", "+", "%20", "é", "中", "😀",
                "'", "\"", "-", "~", ".",
            ];
            let n = min + self.below(6);
            (0..n).map(|_| PIECES[self.below(PIECES.len())]).collect()
        }
        fn list(&mut self) -> Vec<String> {
            (0..self.below(3)).map(|_| self.text(1)).collect()
        }
        fn date(&mut self) -> Option<Date> {
            let d = Date::new(
                1990 + self.below(40) as u16,
                1 + self.below(12) as u8,
                1 + self.below(28) as u8,
            );
            d.filter(|_| self.below(2) == 0)
        }
    }

    fn generated(rng: &mut Rng) -> ViewState {
        let route = match rng.below(6) {
            0 => Route::Timeline,
            1 => Route::Readout {
                id: rng.text(1),
                sentence: (rng.below(2) == 0).then(|| rng.below(500)),
            },
            2 => Route::Compare { ids: rng.list() },
            3 => Route::Library,
            4 => {
                let view = [
                    MeetingView::Readouts,
                    MeetingView::Accounts,
                    MeetingView::Versions,
                ][rng.below(3)];
                Route::Meeting {
                    id: rng.text(1),
                    account: (view == MeetingView::Versions && rng.below(2) == 0)
                        .then(|| rng.text(1)),
                    view,
                }
            }
            _ => Route::Formulations {
                phrase: (rng.below(2) == 0).then(|| rng.text(0)),
            },
        };
        let formats = (0..rng.below(3))
            .map(|_| MeetingFormat::ALL[rng.below(MeetingFormat::ALL.len())])
            .collect();
        ViewState {
            route,
            filter: Filter {
                countries: rng.list(),
                speakers: rng.list(),
                publishers: rng.list(),
                topics: rng.list(),
                formats,
                from: rng.date(),
                to: rng.date(),
                query: rng.text(0),
            },
        }
    }

    #[test]
    fn generated_states_round_trip_through_the_fragment() {
        let mut rng = Rng(0x5eed);
        for i in 0..5_000 {
            let s = generated(&mut rng);
            let f = s.to_fragment();
            assert_eq!(ViewState::from_fragment(&f), s, "case {i}: {f}");
        }
    }

    #[test]
    fn junk_fragments_never_panic_and_reencode_stably() {
        let mut rng = Rng(0xbad);
        for _ in 0..5_000 {
            let junk = rng.text(0) + &rng.text(0);
            let s = ViewState::from_fragment(&junk);
            let again = ViewState::from_fragment(&s.to_fragment());
            assert_eq!(again, s, "{junk:?}");
        }
    }
}
