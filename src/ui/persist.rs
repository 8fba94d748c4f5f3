//! Keeps the browser's store in step with the loaded readouts. Pages only change the sources
//! (`Corpus::set_sources`); whenever the corpus changes, the imported readouts and the bundled
//! ones that carry corrections are compared with what this tab last stored, and only the
//! difference is written (one transaction per readout) or deleted. At start-up, after the bundled
//! readouts paint, the stored ones are loaded; when another tab announces a change, this tab
//! reloads from the store.
//!
//! This tab deletes only records it knows it stored, so a readout another tab just added is never
//! deleted here before this tab has heard of it.
//!
//! While a save is under way the page asks before it closes or reloads (the browser's own "Leave
//! site?" question), so a reload right after an import does not silently drop what was not yet
//! written.

use crate::core::collection::{Corrections, Source, SourceKind};
use crate::ui::state::{Corpus, Data};
use crate::ui::store::{self, BadRecord, Stored};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::sync::Arc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

thread_local! {
    /// What this tab believes the store holds: readout id -> the corrections stored with it.
    static STORED: RefCell<HashMap<String, Corrections>> = RefCell::new(HashMap::new());
    /// Saves under way.
    static PENDING: Cell<usize> = const { Cell::new(0) };
}

/// Makes the page ask before it closes or reloads while a save is under way. Browsers show the
/// question only once the user has interacted with the page, as anyone who imported has.
fn guard() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let ask = Closure::<dyn FnMut(web_sys::Event)>::new(|event: web_sys::Event| {
        if PENDING.with(Cell::get) > 0 {
            event.prevent_default();
            // Browsers before 2023 ask only when `returnValue` is set.
            let _ = js_sys::Reflect::set(&event, &"returnValue".into(), &JsValue::TRUE);
        }
    });
    let _ = window.add_event_listener_with_callback("beforeunload", ask.as_ref().unchecked_ref());
    // The listener lives as long as the page.
    ask.forget();
}

/// Storage state shown to the user, in context.
#[derive(Clone, Copy)]
pub struct Library {
    /// Problems with the store, one sentence each (a full disk, no storage at all).
    pub problems: RwSignal<Vec<String>>,
    /// Stored records that could not be read, offered for download.
    pub bad: RwSignal<Vec<BadRecord>>,
    /// True once the stored readouts have been loaded (or found unavailable).
    pub loaded: RwSignal<bool>,
    /// `(done, total)` while readouts are being written.
    pub saving: RwSignal<Option<(usize, usize)>>,
}

impl Library {
    /// Loads the stored readouts into `corpus`, then keeps the store in step with it.
    pub fn start(corpus: Corpus) -> Library {
        let library = Library {
            problems: RwSignal::new(Vec::new()),
            bad: RwSignal::new(Vec::new()),
            loaded: RwSignal::new(false),
            saving: RwSignal::new(None),
        };
        guard();
        // Let the bundled readouts paint first.
        spawn_local(async move {
            crate::ui::tick::after_paint().await;
            library.reload(corpus).await;
            library.loaded.set(true);
        });
        Effect::new(move |_| {
            let data = corpus.data.get();
            if library.loaded.get_untracked() {
                library.save(&data);
            }
        });
        store::on_change(move || spawn_local(async move { library.reload(corpus).await }));
        library
    }

    fn problem(&self, text: String) {
        self.problems.update(|p| {
            if !p.contains(&text) {
                p.push(text)
            }
        });
    }

    /// Reads the store and lays it over the loaded sources (see [`combine`]).
    async fn reload(self, corpus: Corpus) {
        // A load in progress (a collection link, an import) finishes first, so its sources
        // are in `data` and are kept.
        while corpus.loading() {
            crate::ui::tick::after_paint().await;
        }
        let loaded = match store::load().await {
            Ok(loaded) => loaded,
            Err(e) => {
                self.problem(format!(
                    "Readouts you import cannot be kept in this browser ({}: {}). They stay until \
                     the page is closed; use Export everything to keep them.",
                    e.name, e.message
                ));
                return;
            }
        };
        self.bad.set(loaded.bad);
        let data = corpus.data.get_untracked();
        let sources = STORED.with(|s| combine(&data, &loaded.records, &s.borrow()));
        STORED.with(|s| {
            *s.borrow_mut() = loaded
                .records
                .iter()
                .map(|r| (r.id.clone(), r.source.corrections.clone()))
                .collect()
        });
        if sources != data.sources {
            corpus.set_sources(sources);
        } else {
            // Nothing to rebuild, but what the tab holds may still need writing.
            self.save(&data);
        }
    }

    /// Writes what changed since the last save and deletes what was removed.
    fn save(&self, data: &Arc<Data>) {
        let mut puts: Vec<(String, Source)> = Vec::new();
        let mut deletes: Vec<String> = Vec::new();
        STORED.with(|stored| {
            let mut stored = stored.borrow_mut();
            let mut wanted = std::collections::HashSet::new();
            for (readout, source) in data.readouts.iter().zip(&data.sources) {
                let keep = match source.kind {
                    SourceKind::Imported => true,
                    SourceKind::Bundled => {
                        !source.corrections.is_empty() || stored.contains_key(&readout.id)
                    }
                    SourceKind::Linked => false,
                };
                if !keep {
                    continue;
                }
                wanted.insert(readout.id.as_str());
                if stored.get(&readout.id) != Some(&source.corrections) {
                    stored.insert(readout.id.clone(), source.corrections.clone());
                    puts.push((readout.id.clone(), source.clone()));
                }
            }
            stored.retain(|id, _| {
                let keep = wanted.contains(id.as_str());
                if !keep {
                    deletes.push(id.clone());
                }
                keep
            });
        });
        if puts.is_empty() && deletes.is_empty() {
            return;
        }
        let this = *self;
        // Counted from now, not from when the task first runs.
        PENDING.with(|p| p.set(p.get() + 1));
        spawn_local(async move { this.write(puts, deletes).await });
    }

    async fn write(self, puts: Vec<(String, Source)>, deletes: Vec<String>) {
        let total = puts.len() + deletes.len();
        if total > 20 {
            self.saving.set(Some((0, total)));
        }
        // All the changes in one transaction first: the shortest window in which closing the
        // page can cut the save short (the page asks before it closes meanwhile, see `guard`).
        let changes: Vec<store::Change> = deletes
            .iter()
            .map(|id| store::Change::Delete(id))
            .chain(puts.iter().map(|(id, source)| change(id, source)))
            .collect();
        let failed = match store::write_all(&changes).await {
            Ok(()) => None,
            // None of it was stored: one change at a time, so that what fits is kept.
            Err(_) => self.write_each(&puts, &deletes).await,
        };
        PENDING.with(|p| p.set(p.get() - 1));
        self.saving.set(None);
        store::announce();
        if let Some((e, n)) = failed {
            self.report(e, n);
        }
    }

    /// Writes each change in a transaction of its own; returns the first error and how many
    /// changes failed.
    async fn write_each(
        self,
        puts: &[(String, Source)],
        deletes: &[String],
    ) -> Option<(store::IdbError, usize)> {
        let total = puts.len() + deletes.len();
        let mut done = 0;
        let mut failed: Option<(store::IdbError, usize)> = None;
        for id in deletes {
            if let Err(e) = store::delete(id).await {
                failed.get_or_insert((e, 0)).1 += 1;
            }
            done += 1;
        }
        for (i, (id, source)) in puts.iter().enumerate() {
            if total > 20 {
                self.saving.set(Some((done, total)));
            }
            let result = match change(id, source) {
                store::Change::Put(id, source) => store::put(id, source).await,
                store::Change::Delete(id) => store::delete(id).await,
            };
            done += 1;
            if let Err(e) = result {
                let quota = e.is_quota();
                failed.get_or_insert((e, 0)).1 += 1;
                STORED.with(|s| s.borrow_mut().remove(id));
                if quota {
                    // The rest would fail too: stop, and forget them so a later save retries.
                    let rest = &puts[i + 1..];
                    STORED.with(|s| {
                        let mut s = s.borrow_mut();
                        for (id, _) in rest {
                            s.remove(id);
                        }
                    });
                    if let Some(f) = failed.as_mut() {
                        f.1 += rest.len();
                    }
                    break;
                }
            }
        }
        failed
    }

    fn report(&self, e: store::IdbError, n: usize) {
        let what = if n == 1 {
            "1 change".to_string()
        } else {
            format!("{n} changes")
        };
        self.problem(if e.is_quota() {
            format!(
                "The browser's storage for this site is full: {what} could not be saved and \
                     will be gone after a reload. Everything saved before is kept. Delete readouts \
                     you no longer need, or use Export everything, then import again."
            )
        } else {
            format!(
                "{what} could not be saved in this browser ({}: {}). Everything saved before \
                     is kept.",
                e.name, e.message
            )
        });
    }
}

/// What saving `source` under `id` does to the store: a bundled readout whose corrections were
/// all undone needs no record.
fn change<'a>(id: &'a str, source: &'a Source) -> store::Change<'a> {
    if source.kind == SourceKind::Bundled && source.corrections.is_empty() {
        store::Change::Delete(id)
    } else {
        store::Change::Put(id, source)
    }
}

/// The sources to show after reading the store: the store wins for every readout it holds; a
/// loaded readout the store lacks is kept if this tab never stored it (it is new here and about
/// to be written) and dropped if it did (another tab deleted it); bundled readouts always stay,
/// with the stored corrections if any. Linked readouts are never stored and stay as they are.
fn combine(data: &Data, records: &[Stored], stored: &HashMap<String, Corrections>) -> Vec<Source> {
    let by_id: HashMap<&str, &Source> =
        records.iter().map(|r| (r.id.as_str(), &r.source)).collect();
    let mut seen = std::collections::HashSet::new();
    let mut sources = Vec::with_capacity(data.sources.len() + records.len());
    for (readout, source) in data.readouts.iter().zip(&data.sources) {
        let id = readout.id.as_str();
        let record = by_id.get(id);
        seen.insert(id);
        match source.kind {
            SourceKind::Linked => sources.push(source.clone()),
            SourceKind::Bundled => {
                let mut source = source.clone();
                if let Some(r) = record {
                    source.corrections = r.corrections.clone();
                } else if stored.contains_key(id) {
                    source.corrections = Corrections::default();
                }
                sources.push(source);
            }
            SourceKind::Imported => match record {
                Some(r) => sources.push((*r).clone()),
                None if !stored.contains_key(id) => sources.push(source.clone()),
                None => {}
            },
        }
    }
    // Records of bundled readouts this build does not ship are kept in the store, not shown.
    sources.extend(
        records
            .iter()
            .filter(|r| !seen.contains(r.id.as_str()) && r.source.kind != SourceKind::Bundled)
            .map(|r| r.source.clone()),
    );
    sources
}
