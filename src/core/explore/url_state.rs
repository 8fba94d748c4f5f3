//! The views' state as a URL fragment, so every view can be bookmarked and shared.
//!
//! `#/?country=Vietnam&topic=south-china-sea&q=unilateralism&from=2020-01-01&to=2020-12-31`
//! is the timeline, `#/readout/ID?s=12` a readout with sentence 12 highlighted,
//! `#/compare?ids=a,b,c` the comparison and `#/formulations?phrase=...` the formulations; the
//! filter keys may follow any route. List fields repeat their key (`country=A&country=B`), as
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
        let (mut sentence, mut ids, mut phrase) = (None, Vec::new(), None);
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (k, raw) = pair.split_once('=').unwrap_or((pair, ""));
            let v = decode(raw);
            let k = decode(k);
            match k.as_str() {
                "country" if !v.is_empty() => filter.countries.push(v),
                "speaker" if !v.is_empty() => filter.speakers.push(v),
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
                _ => {}
            }
        }
        let path = path.trim_end_matches('/');
        let route = if let Some(id) = path.strip_prefix("readout/") {
            match decode(id) {
                id if id.is_empty() => Route::Timeline,
                id => Route::Readout { id, sentence },
            }
        } else {
            match path {
                "compare" => Route::Compare { ids },
                "formulations" => Route::Formulations { phrase },
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
