//! What the views share through context: the analysed corpus (`Corpus`) and the view state that
//! lives in the URL fragment (`Nav`). A page takes only the handle it needs.

use crate::core::analyse::{self, Lexicon};
use crate::core::collection::Source;
use crate::core::explore::{Dataset, SearchIndex, ViewState};
use crate::core::{bundled::BUNDLED, ParseOptions, Readout, Speaker};
use leptos::prelude::*;
use std::sync::Arc;

/// Everything derived from the loaded readouts, built once per change of the corpus.
pub struct Data {
    /// Readouts in date order, undated last.
    pub readouts: Vec<Readout>,
    /// Each readout as loaded (text as published, corrections), parallel to `readouts`.
    pub sources: Vec<Source>,
    pub lexicon: Lexicon,
    /// Topics, positions and formulations of each readout.
    pub analysis: analyse::Corpus,
    pub index: SearchIndex,
    pub options: ParseOptions,
}

impl Data {
    /// Parses `(name, text)` pairs as bundled readouts (tests, and the first paint).
    pub fn from_files(files: &[(&str, &str)], options: ParseOptions) -> Data {
        let sources = files
            .iter()
            .map(|(name, text)| Source::bundled(name, text))
            .collect();
        Data::build(sources, options)
    }

    /// Parses, corrects, orders and analyses the sources.
    pub fn build(sources: Vec<Source>, options: ParseOptions) -> Data {
        let mut parsed: Vec<(Readout, Source)> = sources
            .into_iter()
            .map(|source| (source.readout(&options), source))
            .collect();
        crate::core::sort::sort_by(&mut parsed, |(a, _), (b, _)| {
            (a.date.is_none(), a.date, &a.title).cmp(&(b.date.is_none(), b.date, &b.title))
        });
        let (readouts, sources): (Vec<_>, Vec<_>) = parsed.into_iter().unzip();
        let lexicon = Lexicon::default_lexicon();
        let analysis = analyse::Corpus::build(&readouts, &lexicon);
        let index = SearchIndex::build(&readouts);
        Data {
            readouts,
            sources,
            lexicon,
            analysis,
            index,
            options,
        }
    }

    /// The view of this data that the explore functions take.
    pub fn dataset(&self) -> Dataset<'_> {
        Dataset::new(
            &self.readouts,
            &self.analysis.analyses,
            &self.lexicon,
            &self.options.home_country,
        )
    }

    /// Position of the readout with this id.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.readouts.iter().position(|r| r.id == id)
    }
}

/// The corpus handle in context.
#[derive(Clone, Copy)]
pub struct Corpus {
    pub data: RwSignal<Arc<Data>>,
}

impl Corpus {
    /// The corpus of the bundled readouts in `data/readouts/`.
    pub fn bundled() -> Corpus {
        Corpus {
            data: RwSignal::new(Arc::new(Data::from_files(BUNDLED, ParseOptions::default()))),
        }
    }
}

impl Corpus {
    /// Every source loaded now, in the order of `Data::readouts`.
    pub fn sources(&self) -> Vec<Source> {
        self.data.with_untracked(|d| d.sources.clone())
    }

    /// Replaces the loaded sources and rebuilds everything derived from them.
    pub fn set_sources(&self, sources: Vec<Source>) {
        let options = self.data.with_untracked(|d| d.options.clone());
        self.data.set(Arc::new(Data::build(sources, options)));
    }
}

/// The view state, kept in step with the URL fragment.
#[derive(Clone, Copy)]
pub struct Nav {
    pub state: RwSignal<ViewState>,
}

impl Nav {
    /// Follows the current fragment and every `hashchange` (links, back, forward).
    pub fn from_location() -> Nav {
        let current = || ViewState::from_fragment(&window().location().hash().unwrap_or_default());
        let state = RwSignal::new(current());
        let handle = window_event_listener(leptos::ev::hashchange, move |_| state.set(current()));
        on_cleanup(move || handle.remove());
        Nav { state }
    }

    /// Goes to `next` as a new history entry (back returns here).
    pub fn go(&self, next: ViewState) {
        let _ = window().location().set_hash(&next.to_fragment());
        self.state.set(next);
    }

    /// Changes the current history entry to `next` (typing in a search box, for example).
    pub fn replace(&self, next: ViewState) {
        if let Ok(history) = window().history() {
            let _ = history.replace_state_with_url(
                &wasm_bindgen::JsValue::NULL,
                "",
                Some(&next.to_fragment()),
            );
        }
        self.state.set(next);
    }
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
