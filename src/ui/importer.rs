//! Bringing readouts in: pasted text and files (opened or dropped), read one after the other with
//! the browser given a turn between files, so thousands of files never freeze the page. Sizes are
//! checked from `File.size` before a byte is read; what was read is merged into the loaded
//! readouts in slices too (finding duplicates cleans every text: 10,000 readouts would be one
//! 350 ms task). Decoding, text extraction, collections and duplicates are `core::import`; this
//! module only reads the bytes, drives the steps and reports.

use crate::core::collection::{publisher_named, Source};
use crate::core::import::{self, ImportError, Limits, Merger};
use crate::ui::state::{slice, Corpus};
use crate::ui::tick;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen_futures::JsFuture;

/// A file (or the pasted text) that was not added, and why, in words for the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    pub reason: String,
}

/// What one import did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Outcome {
    /// Ids of the readouts added, in the order they were read.
    pub added: Vec<String>,
    /// Files that were refused (empty, too large, binary, not a collection...).
    pub problems: Vec<Problem>,
    /// Readouts already loaded, so not added again.
    pub duplicates: Vec<Problem>,
    /// Things to check about files that were read (an unusual encoding, say).
    pub notes: Vec<Problem>,
    /// Files read in all.
    pub files: usize,
}

/// The import handle in context: starts imports and shows their progress and outcome.
#[derive(Clone, Copy)]
pub struct Importer {
    corpus: Corpus,
    /// `(files read, files in all)` while files are read.
    pub progress: RwSignal<Option<(usize, usize)>>,
    /// What the last import did.
    pub outcome: RwSignal<Option<Outcome>>,
    /// Whether the import dialog is open (a drop on any page opens it to show the outcome).
    pub dialog: RwSignal<bool>,
    pub limits: StoredValue<Limits>,
    /// The "Published by" setting, as typed: the publisher of what is imported next when its
    /// text does not tell (stored with each source, see `Source::publisher`).
    pub publisher: RwSignal<String>,
    /// True while what an import read is merged into the loaded readouts.
    merging: RwSignal<bool>,
    /// Imports made while a merge runs, merged after it in the order they were made.
    queued: StoredValue<Vec<(Vec<Source>, Outcome)>>,
}

impl Importer {
    pub fn new(corpus: Corpus) -> Importer {
        // The app's own default until the user chooses another.
        let publisher = corpus
            .data
            .with_untracked(|d| d.options.publisher.clone())
            .unwrap_or_default();
        Importer {
            corpus,
            progress: RwSignal::new(None),
            outcome: RwSignal::new(None),
            dialog: RwSignal::new(false),
            limits: StoredValue::new(Limits::default()),
            publisher: RwSignal::new(publisher),
            merging: RwSignal::new(false),
            queued: StoredValue::new(Vec::new()),
        }
    }

    /// True while files are being read or what they hold is being added.
    pub fn busy(&self) -> bool {
        self.progress.with(Option::is_some) || self.merging.get()
    }

    /// The "Published by" setting now, as a canonical name (`None` when left empty).
    fn chosen_publisher(&self) -> Option<String> {
        publisher_named(&self.publisher.get_untracked())
    }

    /// Adds pasted text as one readout.
    pub fn paste(&self, text: &str) {
        let mut outcome = Outcome {
            files: 1,
            ..Outcome::default()
        };
        let incoming = match import::import_text("pasted", text) {
            Ok(source) => with_publisher(vec![source], self.chosen_publisher()),
            Err(e) => {
                outcome.problems.push(problem("The pasted text", &e));
                Vec::new()
            }
        };
        self.add(incoming, outcome);
    }

    /// Reads `files` one by one and adds what they hold.
    pub fn files(&self, files: Vec<web_sys::File>) {
        if files.is_empty() || self.busy() {
            return;
        }
        let this = *self;
        this.outcome.set(None);
        this.progress.set(Some((0, files.len())));
        // The setting when the files were chosen holds for all of them.
        let publisher = this.chosen_publisher();
        spawn_local(async move {
            let limits = this.limits.get_value();
            let mut outcome = Outcome {
                files: files.len(),
                ..Outcome::default()
            };
            let mut incoming: Vec<Source> = Vec::new();
            let mut last_yield = tick::now();
            for (i, file) in files.iter().enumerate() {
                let name = file.name();
                match read(file, &limits).await {
                    Ok(bytes) => match import_in_slices(&name, &bytes, &limits).await {
                        Ok(read) => {
                            if let Some(note) = read.note {
                                outcome.notes.push(Problem {
                                    file: name.clone(),
                                    reason: note,
                                });
                            }
                            // A collection's readouts keep their own settings, as exported.
                            incoming.extend(match read.format {
                                import::FileFormat::Collection => read.sources,
                                _ => with_publisher(read.sources, publisher.clone()),
                            });
                        }
                        Err(p) => outcome.problems.push(problem(&name, &p.error)),
                    },
                    Err(reason) => outcome.problems.push(Problem {
                        file: name.clone(),
                        reason,
                    }),
                }
                // Reading a file already awaits the browser; small files can still come back
                // faster than a frame, so give the page a turn at least every 30 ms.
                if tick::now() - last_yield > 30.0 {
                    this.progress.set(Some((i + 1, files.len())));
                    tick::yield_now().await;
                    last_yield = tick::now();
                }
            }
            // The merge's first slice gets a task of its own, not the end of the last file's.
            tick::yield_now().await;
            this.progress.set(None);
            this.add(incoming, outcome);
        });
    }

    /// Merges `incoming` into the loaded sources, skipping duplicates, and reports. The first
    /// slice runs now, so a small import (a paste) is done when this returns; a large one goes
    /// on in slices with the page given a turn between them, and an import made meanwhile is
    /// queued and merged after it, into the sources it adds.
    fn add(&self, mut incoming: Vec<Source>, outcome: Outcome) {
        let now = js_sys::Date::now() as u64;
        for source in &mut incoming {
            if source.added == 0 {
                source.added = now;
            }
        }
        if self.merging.get_untracked() {
            self.queued.update_value(|q| q.push((incoming, outcome)));
            return;
        }
        let this = *self;
        let mut generation = self.corpus.generation();
        let mut merger = self.merger(incoming);
        if merger.step(&mut slice()) {
            self.report(merger, outcome);
            return;
        }
        self.merging.set(true);
        spawn_local(async move {
            let mut done = false;
            // A turn for the browser after every slice, the last one too: the report and the
            // load it starts begin in a task of their own.
            loop {
                tick::yield_now().await;
                if this.corpus.generation() != generation {
                    // The loaded sources changed meanwhile (a deletion, a correction, a load):
                    // merge into them instead, or applying the report would undo that change.
                    generation = this.corpus.generation();
                    merger = this.merger(merger.into_incoming());
                    done = false;
                }
                if done {
                    break;
                }
                done = merger.step(&mut slice());
            }
            this.merging.set(false);
            this.report(merger, outcome);
            this.next_queued();
        });
    }

    /// Merges the imports queued behind a merge, oldest first, until one needs a merge of its
    /// own (which goes on with the rest when it ends) or none are left.
    fn next_queued(&self) {
        while !self.merging.get_untracked() {
            let next = self
                .queued
                .try_update_value(|q| (!q.is_empty()).then(|| q.remove(0)))
                .flatten();
            let Some((incoming, outcome)) = next else {
                return;
            };
            self.add(incoming, outcome);
        }
    }

    /// A merge of `incoming` into the sources loaded now. The parsed readouts give the ids of
    /// those present for free, unless a load is still building them.
    fn merger(&self, incoming: Vec<Source>) -> Merger<'static> {
        if self.corpus.loading() {
            let sources = self.corpus.sources();
            let options = self.corpus.data.with_untracked(|d| d.options.clone());
            Merger::new(sources, incoming, &options)
        } else {
            self.corpus.data.with_untracked(|d| {
                let known = import::known(&d.readouts);
                Merger::with_known(d.sources.clone(), known, incoming, &d.options)
            })
        }
    }

    /// Applies a finished merge to the loaded sources and reports what the import did.
    fn report(&self, merger: Merger<'static>, mut outcome: Outcome) {
        let (mut report, mut sources) = merger.finish_with_present();
        outcome.added = std::mem::take(&mut report.ids);
        outcome.duplicates = report
            .duplicates
            .iter()
            .map(|d| Problem {
                file: d.file.clone(),
                reason: d
                    .message()
                    .strip_prefix(d.file.as_str())
                    .map(|m| m.trim_start().to_string())
                    .unwrap_or_else(|| d.message()),
            })
            .collect();
        outcome
            .problems
            .extend(report.empty.iter().map(|name| Problem {
                file: name.clone(),
                reason: "has no text left once page navigation and blank lines are removed".into(),
            }));
        if !report.added.is_empty() || !report.corrections.is_empty() {
            report.apply(&mut sources);
            self.corpus.set_sources(sources);
        }
        self.outcome.set(Some(outcome));
    }
}

/// `sources` with `publisher` as the "Published by" setting of those that have none.
fn with_publisher(mut sources: Vec<Source>, publisher: Option<String>) -> Vec<Source> {
    for source in sources.iter_mut().filter(|s| s.publisher.is_none()) {
        source.publisher = publisher.clone();
    }
    sources
}

fn problem(file: &str, error: &ImportError) -> Problem {
    Problem {
        file: file.to_string(),
        reason: error.to_string(),
    }
}

/// Reads one file as `import::import_file` does, a collection's readouts in slices with the
/// browser given a turn between them (a 15 MB collection would otherwise freeze the page).
async fn import_in_slices(
    name: &str,
    bytes: &[u8],
    limits: &Limits,
) -> Result<import::ImportedFile, import::FileProblem> {
    let legacy = super::text_decoder::BrowserDecoder;
    let mut file = import::FileImport::start_with(name, bytes, limits, &legacy)?;
    while !file.step(&mut slice()) {
        tick::yield_now().await;
    }
    file.finish()
}

/// The bytes of `file`, refused before reading when it is over the size limit; the error is
/// the reason, in words.
async fn read(file: &web_sys::File, limits: &Limits) -> Result<Vec<u8>, String> {
    limits
        .check_size(file.size() as u64)
        .map_err(|e| e.to_string())?;
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| "could not be read (was it moved or deleted?)".to_string())?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}
