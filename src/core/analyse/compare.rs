//! The comparison engine: 2 to N readouts side by side, one row per topic any of them raises,
//! one column per readout; each cell holds the positions of each speaker, and each row the
//! formulations shared by every column that speaks, those unique to one column, and the
//! columns that are silent.
//!
//! Two modes: all speakers, or one speaker across meetings (what one official told different
//! counterparts). For exactly two readouts with the same counterpart the comparison also
//! carries a word-level redline of what changed.

use super::corpus::CorpusAnalysis;
use super::lexicon::Lexicon;
use super::positions::Position;
use super::redline::{redline, redline_words, Op};
use crate::core::model::{Date, Readout, Speaker};
use serde::{Deserialize, Serialize};

/// Which speakers the cells show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Mode {
    AllSpeakers,
    /// One participant, matched by name (case-insensitive); with no name, the first person who
    /// takes part in every compared readout.
    SameSpeaker {
        name: Option<String>,
    },
}

/// One compared readout.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Column {
    /// Index of the readout in the corpus.
    pub readout: usize,
    pub title: String,
    pub date: Option<Date>,
    /// The government that issued the readout ([`Readout::publisher`]).
    pub publisher: Option<String>,
    /// In same-speaker mode, the speaker shown (`None` if absent from this readout).
    pub speaker: Option<Speaker>,
}

/// What one speaker said on the row's topic in one column.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SpeakerPositions {
    pub speaker: Speaker,
    pub speaker_name: String,
    pub positions: Vec<Position>,
}

/// A formulation by index into [`CorpusAnalysis::formulations`], with its text for readability.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FormulationRef {
    pub formulation: usize,
    pub text: String,
}

/// One topic across the columns.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Row {
    /// Index into [`Lexicon::topics`].
    pub topic: usize,
    pub topic_id: String,
    pub label: String,
    /// One per column: the speakers who raise the topic there, with their positions.
    pub cells: Vec<Vec<SpeakerPositions>>,
    /// Formulations used on this topic in every column that raises it (at least two).
    pub shared: Vec<FormulationRef>,
    /// Per column, formulations used on this topic in that column only.
    pub unique: Vec<Vec<FormulationRef>>,
    /// Columns (indices into `columns`) that do not raise the topic.
    pub silent: Vec<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Comparison {
    pub mode: Mode,
    pub columns: Vec<Column>,
    /// Topics raised by most columns first, then in lexicon order.
    pub rows: Vec<Row>,
    /// Formulations used (on any topic) in every column.
    pub shared_formulations: Vec<FormulationRef>,
    /// Word-level redline from the first to the second readout, when exactly two readouts
    /// with the same participants' countries are compared.
    pub redline: Option<Vec<Op>>,
}

fn same_speaker(readouts: &[&Readout], name: Option<&str>) -> Vec<Option<Speaker>> {
    let find = |r: &Readout, n: &str| {
        r.participants
            .iter()
            .position(|p| p.name.eq_ignore_ascii_case(n))
            .map(Speaker::Person)
    };
    let name = name.map(str::to_string).or_else(|| {
        let first = readouts.first()?;
        first
            .participants
            .iter()
            .find(|p| readouts.iter().all(|r| find(r, &p.name).is_some()))
            .map(|p| p.name.clone())
    });
    readouts
        .iter()
        .map(|r| name.as_deref().and_then(|n| find(r, n)))
        .collect()
}

/// The readouts being compared, with what each column shows.
struct Columns<'a> {
    /// Indices into the readouts (and the corpus analyses), in column order.
    indices: Vec<usize>,
    readouts: Vec<&'a Readout>,
    /// Per column, the one speaker shown in same-speaker mode (`None`: absent there, or all
    /// speakers in all-speakers mode).
    speakers: Vec<Option<Speaker>>,
    mode: &'a Mode,
}

impl Columns<'_> {
    /// Whether column `ci` shows what `speaker` said.
    fn shows(&self, ci: usize, speaker: Speaker) -> bool {
        match self.mode {
            Mode::AllSpeakers => true,
            Mode::SameSpeaker { .. } => self.speakers[ci] == Some(speaker),
        }
    }
}

/// Compares readouts `columns` (indices into `readouts`, which `corpus` was built from).
/// Out-of-range indices are skipped.
pub fn compare(
    readouts: &[Readout],
    corpus: &CorpusAnalysis,
    lexicon: &Lexicon,
    columns: &[usize],
    mode: &Mode,
) -> Comparison {
    let indices: Vec<usize> = columns
        .iter()
        .copied()
        .filter(|&c| c < readouts.len() && c < corpus.analyses.len())
        .collect();
    let rs: Vec<&Readout> = indices.iter().map(|&c| &readouts[c]).collect();
    let speakers = match mode {
        Mode::AllSpeakers => vec![None; indices.len()],
        Mode::SameSpeaker { name } => same_speaker(&rs, name.as_deref()),
    };
    let cols = Columns {
        indices,
        readouts: rs,
        speakers,
        mode,
    };
    Comparison {
        mode: mode.clone(),
        columns: cols
            .indices
            .iter()
            .zip(&cols.readouts)
            .zip(&cols.speakers)
            .map(|((&c, r), sp)| Column {
                readout: c,
                title: r.title.clone(),
                date: r.date,
                publisher: r.publisher.clone(),
                speaker: *sp,
            })
            .collect(),
        rows: rows(&cols, corpus, lexicon),
        shared_formulations: shared_formulations(&cols, corpus),
        redline: redline_of(&cols),
    }
}

/// One row per topic that a column raises, the topics raised by most columns first.
fn rows(cols: &Columns, corpus: &CorpusAnalysis, lexicon: &Lexicon) -> Vec<Row> {
    // The positions each column shows.
    let shown: Vec<Vec<&Position>> = cols
        .indices
        .iter()
        .enumerate()
        .map(|(ci, &c)| {
            corpus.analyses[c]
                .positions
                .iter()
                .filter(|p| cols.shows(ci, p.speaker))
                .collect()
        })
        .collect();
    let mut topics: Vec<usize> = shown.iter().flatten().map(|p| p.topic).collect();
    crate::core::sort::sort(&mut topics);
    topics.dedup();
    let mut rows: Vec<Row> = topics
        .into_iter()
        .map(|topic| row(topic, &shown, cols, corpus, lexicon))
        .collect();
    crate::core::sort::sort_by_key(&mut rows, |r| (r.silent.len(), r.topic));
    rows
}

/// The row of `topic`, from the positions each column shows.
fn row(
    topic: usize,
    shown: &[Vec<&Position>],
    cols: &Columns,
    corpus: &CorpusAnalysis,
    lexicon: &Lexicon,
) -> Row {
    let mut cells = vec![];
    let mut per_col: Vec<Vec<usize>> = vec![];
    let mut silent = vec![];
    for (ci, col_positions) in shown.iter().enumerate() {
        let on: Vec<&Position> = col_positions
            .iter()
            .copied()
            .filter(|p| p.topic == topic)
            .collect();
        if on.is_empty() {
            silent.push(ci);
        }
        cells.push(cell(cols.readouts[ci], &on));
        per_col.push(distinct(
            on.iter()
                .flat_map(|p| corpus.formulations_in(cols.indices[ci], p.sentence))
                .collect(),
        ));
    }
    let fref = |f: usize| formulation_ref(corpus, f);
    // Formulations every speaking column uses; none when fewer than two speak.
    let speaking: Vec<&Vec<usize>> = per_col
        .iter()
        .enumerate()
        .filter(|(ci, _)| !silent.contains(ci))
        .map(|(_, f)| f)
        .collect();
    let shared = match speaking.split_first() {
        Some((first, rest)) if !rest.is_empty() => in_all(first, rest).map(fref).collect(),
        _ => vec![],
    };
    let unique = per_col
        .iter()
        .enumerate()
        .map(|(ci, fs)| {
            fs.iter()
                .copied()
                .filter(|f| {
                    per_col
                        .iter()
                        .enumerate()
                        .all(|(cj, o)| cj == ci || o.binary_search(f).is_err())
                })
                .map(fref)
                .collect()
        })
        .collect();
    let topic_entry = lexicon.topics.get(topic);
    Row {
        topic,
        topic_id: topic_entry.map(|t| t.id.clone()).unwrap_or_default(),
        label: topic_entry.map(|t| t.label.clone()).unwrap_or_default(),
        cells,
        shared,
        unique,
        silent,
    }
}

/// One column's cell: the positions grouped by speaker, a new group where the speaker changes.
fn cell(readout: &Readout, on: &[&Position]) -> Vec<SpeakerPositions> {
    let mut cell: Vec<SpeakerPositions> = vec![];
    for &p in on {
        match cell.last_mut() {
            Some(sp) if sp.speaker == p.speaker => sp.positions.push(*p),
            _ => cell.push(SpeakerPositions {
                speaker: p.speaker,
                speaker_name: readout.speaker_name(p.speaker).to_string(),
                positions: vec![*p],
            }),
        }
    }
    cell
}

/// Formulations used (on any topic) in every column, by the speaker shown in that mode.
fn shared_formulations(cols: &Columns, corpus: &CorpusAnalysis) -> Vec<FormulationRef> {
    let per_col: Vec<Vec<usize>> = cols
        .indices
        .iter()
        .enumerate()
        .map(|(ci, &c)| {
            distinct(
                corpus.sentence_formulations[c]
                    .iter()
                    .filter(|(s, _)| {
                        cols.readouts[ci]
                            .sentences
                            .get(*s)
                            .is_some_and(|x| cols.shows(ci, x.speaker))
                    })
                    .map(|&(_, f)| f)
                    .collect(),
            )
        })
        .collect();
    match per_col.split_first() {
        Some((first, rest)) if !rest.is_empty() => in_all(first, rest)
            .map(|f| formulation_ref(corpus, f))
            .collect(),
        _ => vec![],
    }
}

/// The items of `first` found in every list of `others` (each sorted).
fn in_all<'a, L: AsRef<[usize]>>(
    first: &'a [usize],
    others: &'a [L],
) -> impl Iterator<Item = usize> + 'a {
    first
        .iter()
        .copied()
        .filter(|f| others.iter().all(|o| o.as_ref().binary_search(f).is_ok()))
}

/// `items` sorted, without repeats.
fn distinct(mut items: Vec<usize>) -> Vec<usize> {
    crate::core::sort::sort(&mut items);
    items.dedup();
    items
}

fn formulation_ref(corpus: &CorpusAnalysis, f: usize) -> FormulationRef {
    FormulationRef {
        formulation: f,
        text: corpus.formulations[f].text.clone(),
    }
}

/// The participants' countries of a readout, sorted, no repeats.
fn countries(r: &Readout) -> Vec<&str> {
    let mut c: Vec<&str> = r
        .participants
        .iter()
        .filter_map(|p| p.country.as_deref())
        .collect();
    crate::core::sort::sort(&mut c);
    c.dedup();
    c
}

/// The word-level redline from the first column to the second, when there are exactly two
/// with the same participants' countries (what the shown speaker said in same-speaker mode).
fn redline_of(cols: &Columns) -> Option<Vec<Op>> {
    let [a, b] = cols.readouts.as_slice() else {
        return None;
    };
    if countries(a).is_empty() || countries(a) != countries(b) {
        return None;
    }
    let text = |ci: usize| {
        let r = cols.readouts[ci];
        r.sentences
            .iter()
            .enumerate()
            .filter(|(_, s)| cols.speakers[ci].is_none_or(|sp| s.speaker == sp))
            .map(|(i, _)| r.sentence_text(i))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let (ta, tb) = (text(0), text(1));
    Some(redline(&redline_words(&ta), &redline_words(&tb)))
}
