//! The corpus the views read, shared through context. Pages take the `Corpus` handle with
//! `expect_context::<Corpus>()`.

use crate::core::{bundled::BUNDLED, parse, ParseOptions, Readout, Speaker};
use leptos::prelude::*;
use std::sync::Arc;

/// All readouts the app knows, in chronological order (undated ones last).
#[derive(Clone, Copy)]
pub struct Corpus {
    pub readouts: RwSignal<Vec<Arc<Readout>>>,
    pub options: StoredValue<ParseOptions>,
}

impl Corpus {
    /// The corpus of the bundled readouts in `data/readouts/`.
    pub fn bundled() -> Corpus {
        let options = ParseOptions::default();
        Corpus {
            readouts: RwSignal::new(parse_all(BUNDLED, &options)),
            options: StoredValue::new(options),
        }
    }

    /// The readout with this id, if any.
    pub fn find(&self, id: &str) -> Option<Arc<Readout>> {
        self.readouts
            .with(|all| all.iter().find(|r| r.id == id).cloned())
    }
}

/// Parses `(name, text)` pairs and orders them by date, undated last, then by title.
pub fn parse_all(files: &[(&str, &str)], options: &ParseOptions) -> Vec<Arc<Readout>> {
    let mut readouts: Vec<Arc<Readout>> = files
        .iter()
        .map(|(name, text)| Arc::new(parse(text, name, options)))
        .collect();
    readouts.sort_by(|a, b| {
        (a.date.is_none(), a.date, &a.title).cmp(&(b.date.is_none(), b.date, &b.title))
    });
    readouts
}

/// CSS class that colours a speaker: the publishing side, then each counterpart in order
/// (`sp-a`, `sp-b`, ...), joint statements and narration. The same speaker gets the same class on
/// every view of a readout.
pub fn speaker_class(readout: &Readout, speaker: Speaker, home_country: &str) -> &'static str {
    const OTHERS: [&str; 4] = ["sp-a", "sp-b", "sp-c", "sp-d"];
    match speaker {
        Speaker::Narration => "sp-narration",
        Speaker::Joint => "sp-joint",
        Speaker::Person(i) => {
            let is_home = |p: &crate::core::Participant| p.country.as_deref() == Some(home_country);
            match readout.participants.get(i) {
                Some(p) if is_home(p) => "sp-home",
                Some(_) => {
                    let nth = readout.participants[..i]
                        .iter()
                        .filter(|p| !is_home(p))
                        .count();
                    OTHERS[nth % OTHERS.len()]
                }
                None => "sp-narration",
            }
        }
    }
}
