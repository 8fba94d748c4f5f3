//! What the views share through context: the analysed corpus (`Corpus`) and the view state that
//! lives in the URL fragment (`Nav`). A page takes only the handle it needs.

use crate::core::analyse::formulations::FormulationBuilder;
use crate::core::analyse::{self, find_formulations, Lexicon};
use crate::core::collection::Source;
use crate::core::explore::{Catalog, Dataset, SearchIndex, ViewState};
use crate::core::meetings::{group_meetings, Meetings};
use crate::core::pipeline::{load_all, Loaded, Loader, Progress, Reuse, Stage};
use crate::core::{bundled::BUNDLED, ParseOptions, Readout, Speaker, SpeakerSide};
use crate::ui::tick::{now, yield_now};
use leptos::prelude::*;
use std::collections::HashMap;
use std::sync::Arc;

/// Longest stretch of loading work between two yields to the browser, in milliseconds. Well
/// under the 50 ms that counts as a long task, so typing, scrolling and painting go on.
const SLICE_MS: f64 = 30.0;

/// Everything derived from the loaded readouts, built once per change of the corpus.
#[derive(Clone)]
pub struct Data {
    /// Readouts in date order, undated last.
    pub readouts: Vec<Readout>,
    /// Each readout as loaded (text as published, corrections), parallel to `readouts`.
    pub sources: Vec<Source>,
    /// `core::pipeline::source_key` of each source: a later load reuses unchanged readouts.
    pub keys: Vec<u64>,
    pub lexicon: Lexicon,
    /// Topics, positions and formulations of each readout.
    pub analysis: analyse::CorpusAnalysis,
    /// `false` while the formulations are still being found after a load (the rest is ready).
    pub formulations_ready: bool,
    pub index: SearchIndex,
    /// Per-readout ids and orders that the filters, facets, timeline and matrix read.
    pub catalog: Catalog,
    /// The meetings the readouts report (accounts and versions grouped), with the user's
    /// splits and joins.
    pub meetings: Meetings,
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

    /// Parses, corrects, orders and analyses the sources, all at once.
    pub fn build(sources: Vec<Source>, options: ParseOptions) -> Data {
        let loaded = load_all(sources, options.clone());
        let formulations = find_formulations(&loaded.readouts);
        let mut data = Data::from_loaded(loaded, options);
        data.analysis.set_formulations(formulations);
        data.formulations_ready = true;
        data
    }

    /// Parses, corrects, orders and analyses the sources, all at once, without the
    /// formulations (`formulations_ready` stays `false`).
    pub fn without_formulations(sources: Vec<Source>, options: ParseOptions) -> Data {
        Data::from_loaded(load_all(sources, options.clone()), options)
    }

    /// The loaded corpus, without formulations yet.
    fn from_loaded(loaded: Loaded, options: ParseOptions) -> Data {
        let catalog = catalog_of(&loaded);
        let meetings = meetings_of(&loaded.readouts, &loaded.sources);
        Data::with_parts(loaded, options, catalog, meetings)
    }

    /// [`Data::from_loaded`] with the catalog and meetings already made (a load makes each in
    /// a task of its own).
    fn with_parts(
        loaded: Loaded,
        options: ParseOptions,
        catalog: Catalog,
        meetings: Meetings,
    ) -> Data {
        Data {
            readouts: loaded.readouts,
            sources: loaded.sources,
            keys: loaded.keys,
            lexicon: loaded.lexicon,
            analysis: analyse::CorpusAnalysis::from_parts(loaded.analyses, Vec::new()),
            formulations_ready: false,
            index: loaded.index,
            catalog,
            meetings,
            options,
        }
    }

    /// The view of this data that the explore functions take.
    pub fn dataset(&self) -> Dataset<'_> {
        Dataset::new(&self.readouts, &self.analysis.analyses, &self.lexicon)
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
    /// What a load in progress is doing; `None` when idle.
    pub progress: RwSignal<Option<Progress>>,
    /// Notified when the formulations of a load have been found (they are set in place in
    /// `data`, without notifying it, so the views that do not show them are left alone).
    pub formulations_found: Trigger,
    /// Notified a task after a load publishes its data: views that may lag one frame (the
    /// facet counts) track this instead of `data`, which splits the first render of a large
    /// load over two tasks.
    pub settled: Trigger,
    /// A message about loading for the user (a collection link that failed, say).
    pub notice: RwSignal<Option<String>>,
    /// The sources of the load in progress, if any (the newest list asked for).
    pending: StoredValue<Option<Arc<Vec<Source>>>>,
    /// Bumped by every `set_sources`: an older load sees it and stops.
    generation: StoredValue<u64>,
}

impl Corpus {
    /// The corpus of the bundled readouts in `data/readouts/`.
    pub fn bundled() -> Corpus {
        Corpus::new(Data::from_files(BUNDLED, ParseOptions::default()))
    }

    /// A corpus showing `data`.
    pub fn new(data: Data) -> Corpus {
        Corpus {
            data: RwSignal::new(Arc::new(data)),
            progress: RwSignal::new(None),
            notice: RwSignal::new(None),
            formulations_found: Trigger::new(),
            settled: Trigger::new(),
            pending: StoredValue::new(None),
            generation: StoredValue::new(0),
        }
    }

    /// Every source loaded now, in the order of `Data::readouts`; while a load runs, the
    /// sources being loaded (so two quick additions in a row both count).
    pub fn sources(&self) -> Vec<Source> {
        match self.pending.get_value() {
            Some(pending) => pending.as_ref().clone(),
            None => self.data.with_untracked(|d| d.sources.clone()),
        }
    }

    /// `true` while a `set_sources` is still building its data (`data` then shows the previous
    /// sources, and `sources()` the new ones).
    pub fn loading(&self) -> bool {
        self.pending.with_value(Option::is_some)
    }

    /// Replaces the loaded sources and rebuilds everything derived from them, in slices of at
    /// most `SLICE_MS` between which the page stays responsive. The current data stays on
    /// screen until the new data is ready; `progress` says how far the load is; a newer call
    /// cancels this one. Formulations come last and appear when found.
    pub fn set_sources(&self, sources: Vec<Source>) {
        let generation = self.generation.get_value() + 1;
        self.generation.set_value(generation);
        let sources = Arc::new(sources);
        self.pending.set_value(Some(sources.clone()));
        let corpus = *self;
        leptos::task::spawn_local(async move { corpus.load(generation, sources).await });
    }

    /// Bumped by every `set_sources`: work that started from `sources()` can tell whether they
    /// changed since.
    pub fn generation(&self) -> u64 {
        self.generation.get_value()
    }

    /// `true` once a newer `set_sources` has started.
    fn stale(&self, generation: u64) -> bool {
        self.generation.try_get_value() != Some(generation)
    }

    async fn load(self, generation: u64, sources: Arc<Vec<Source>>) {
        let previous = self.data.get_untracked();
        let options = previous.options.clone();
        let mut loader = Loader::new(sources, options.clone(), Some(reuse_from(previous)));
        loop {
            let done = loader.step(&mut slice());
            if self.stale(generation) {
                return;
            }
            self.progress.set(Some(loader.progress()));
            if done {
                break;
            }
            yield_now().await;
            if self.stale(generation) {
                return;
            }
        }
        let Some(loaded) = loader.finish() else {
            return;
        };
        // The search index was finished in the last slice: publish in a task of its own.
        yield_now().await;
        if self.stale(generation) {
            return;
        }
        // The catalog (about 40 ms at 10,000 readouts) gets a task of its own too.
        let catalog = catalog_of(&loaded);
        yield_now().await;
        if self.stale(generation) {
            return;
        }
        // And the meetings (about 35 ms at 10,000 readouts natively).
        let meetings = meetings_of(&loaded.readouts, &loaded.sources);
        yield_now().await;
        if self.stale(generation) {
            return;
        }
        self.pending.set_value(None);
        let data = Arc::new(Data::with_parts(loaded, options, catalog, meetings));
        self.data.set(data.clone());
        // The facet counts follow a task later, so the first render of a large load is split
        // in two; then the views paint before the formulations start.
        yield_now().await;
        self.settled.notify();
        yield_now().await;
        self.find_formulations(generation, data).await;
    }

    /// The formulations of the loaded `data`, found in slices after the views have painted, then
    /// set in place.
    async fn find_formulations(self, generation: u64, data: Arc<Data>) {
        // With the sentence index, so setting the formulations below is a move, not a walk
        // over every use.
        let mut builder = FormulationBuilder::with_sentence_index();
        loop {
            if self.stale(generation) {
                return;
            }
            let done = builder.step(&data.readouts, &mut slice());
            let (done_units, total) = builder.progress(&data.readouts);
            self.progress.set(Some(Progress {
                stage: Stage::Formulations,
                done: done_units,
                total,
            }));
            if done {
                break;
            }
            yield_now().await;
        }
        if self.stale(generation) {
            return;
        }
        let formulations = builder.finish_with_index(&data.readouts);
        drop(data);
        // In place and untracked: the timeline, filters and matrix do not use formulations and
        // need not be recomputed; the views that do track `formulations_found`.
        self.data.update_untracked(|d| {
            // Copies the data only if a view still holds the old one.
            let d = Arc::make_mut(d);
            d.analysis.set_indexed_formulations(formulations);
            d.formulations_ready = true;
        });
        self.formulations_found.notify();
        self.progress.set(None);
    }
}

/// The explore catalog of a finished load.
fn catalog_of(loaded: &Loaded) -> Catalog {
    Catalog::new(&Dataset::new(
        &loaded.readouts,
        &loaded.analyses,
        &loaded.lexicon,
    ))
}

/// The meetings of the readouts, with the meeting labels of their sources (parallel).
pub fn meetings_of(readouts: &[Readout], sources: &[Source]) -> Meetings {
    let labels: Vec<Option<&str>> = sources
        .iter()
        .map(|s| s.corrections.meeting.as_deref())
        .collect();
    group_meetings(readouts, &labels)
}

/// Readouts of `previous` by source key, for a load to take instead of parsing again.
fn reuse_from(previous: Arc<Data>) -> Reuse {
    let by_key: HashMap<u64, usize> = previous
        .keys
        .iter()
        .enumerate()
        .map(|(i, &k)| (k, i))
        .collect();
    Box::new(move |key| {
        by_key
            .get(&key)
            .and_then(|&i| previous.readouts.get(i).cloned())
    })
}

/// A `more()` for the pipeline's steps: `true` until `SLICE_MS` have passed.
pub(crate) fn slice() -> impl FnMut() -> bool {
    let deadline = now() + SLICE_MS;
    move || now() < deadline
}

/// The view state, kept in step with the URL fragment.
#[derive(Clone, Copy)]
pub struct Nav {
    pub state: RwSignal<ViewState>,
    /// A `replace` whose address is not written yet (see [`Nav::replace`]).
    url_pending: StoredValue<bool>,
}

impl Nav {
    /// Follows the current fragment and every `hashchange` (links, back, forward).
    pub fn from_location() -> Nav {
        let current = || ViewState::from_fragment(&window().location().hash().unwrap_or_default());
        let state = RwSignal::new(current());
        // `go` has already set the state it navigates to: only a different fragment (a link,
        // back, forward) is news, so the views do not recompute everything twice.
        let handle = window_event_listener(leptos::ev::hashchange, move |_| {
            let next = current();
            if state.with_untracked(|s| *s != next) {
                state.set(next);
            }
        });
        on_cleanup(move || handle.remove());
        Nav {
            state,
            url_pending: StoredValue::new(false),
        }
    }

    /// Goes to `next` as a new history entry (back returns here).
    pub fn go(&self, next: ViewState) {
        // The entry being left keeps what was typed into it.
        self.write_pending_url();
        let _ = window().location().set_hash(&next.to_fragment());
        self.state.set(next);
    }

    /// Changes the current history entry to `next` (typing in a search box, for example). The
    /// views update at once; the address follows after the next paint (`replaceState` takes
    /// several milliseconds), written once for several quick changes, with the latest state.
    pub fn replace(&self, next: ViewState) {
        self.state.set(next);
        if !self.url_pending.get_value() {
            self.url_pending.set_value(true);
            let nav = *self;
            leptos::task::spawn_local(async move {
                crate::ui::tick::after_paint().await;
                nav.write_pending_url();
            });
        }
    }

    /// Writes the current state into the current history entry, if a `replace` has not yet.
    fn write_pending_url(&self) {
        if self.url_pending.try_get_value() != Some(true) {
            return;
        }
        self.url_pending.set_value(false);
        if let (Ok(history), Some(state)) = (window().history(), self.state.try_get_untracked()) {
            let _ = history.replace_state_with_url(
                &wasm_bindgen::JsValue::NULL,
                "",
                Some(&state.to_fragment()),
            );
        }
    }
}

/// CSS class that colours a speaker: the publishing side, then each counterpart in order
/// (`sp-a`, `sp-b`, ...), joint statements and narration. The same speaker gets the same class on
/// every view of a readout.
pub fn speaker_class(readout: &Readout, speaker: Speaker) -> &'static str {
    const OTHERS: [&str; 4] = ["sp-a", "sp-b", "sp-c", "sp-d"];
    match readout.speaker_side(speaker) {
        SpeakerSide::Narration => "sp-narration",
        SpeakerSide::Joint => "sp-joint",
        SpeakerSide::Publisher => "sp-home",
        SpeakerSide::Counterpart(nth) => OTHERS[nth % OTHERS.len()],
    }
}
