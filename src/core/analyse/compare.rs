//! The comparison engine: 2 to N readouts side by side, one row per topic any of them raises,
//! one column per readout; each cell holds the positions of each speaker, and each row the
//! formulations shared by every column that speaks, those unique to one column, and the
//! columns that are silent.
//!
//! Two modes: all speakers, or one speaker across meetings (what one official told different
//! counterparts). For exactly two readouts with the same counterpart the comparison also
//! carries a word-level redline of what changed.

use super::corpus::Corpus;
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

/// A formulation by index into [`Corpus::formulations`], with its text for readability.
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

/// Compares readouts `columns` (indices into `readouts`, which `corpus` was built from).
/// Out-of-range indices are skipped.
pub fn compare(
    readouts: &[Readout],
    corpus: &Corpus,
    lexicon: &Lexicon,
    columns: &[usize],
    mode: &Mode,
) -> Comparison {
    let cols: Vec<usize> = columns
        .iter()
        .copied()
        .filter(|&c| c < readouts.len() && c < corpus.analyses.len())
        .collect();
    let rs: Vec<&Readout> = cols.iter().map(|&c| &readouts[c]).collect();
    let speakers: Vec<Option<Speaker>> = match mode {
        Mode::AllSpeakers => vec![None; cols.len()],
        Mode::SameSpeaker { name } => same_speaker(&rs, name.as_deref()),
    };
    // The positions each column shows.
    let shown: Vec<Vec<&Position>> = cols
        .iter()
        .zip(&speakers)
        .map(|(&c, sp)| {
            corpus.analyses[c]
                .positions
                .iter()
                .filter(|p| match (mode, sp) {
                    (Mode::AllSpeakers, _) => true,
                    (Mode::SameSpeaker { .. }, Some(s)) => p.speaker == *s,
                    (Mode::SameSpeaker { .. }, None) => false,
                })
                .collect()
        })
        .collect();
    let fref = |f: usize| FormulationRef {
        formulation: f,
        text: corpus.formulations[f].text.clone(),
    };
    // Formulations of one column restricted to sentences passing `keep`.
    let formulations_of = |ci: usize, positions: &mut dyn Iterator<Item = &&Position>| {
        let mut fs: Vec<usize> = positions
            .flat_map(|p| corpus.formulations_in(cols[ci], p.sentence))
            .collect();
        crate::core::sort::sort(&mut fs);
        fs.dedup();
        fs
    };
    let mut topics: Vec<usize> = shown.iter().flatten().map(|p| p.topic).collect();
    crate::core::sort::sort(&mut topics);
    topics.dedup();
    let mut rows: Vec<Row> = topics
        .into_iter()
        .map(|topic| {
            let mut cells = vec![];
            let mut per_col: Vec<Vec<usize>> = vec![];
            let mut silent = vec![];
            for (ci, col_positions) in shown.iter().enumerate() {
                let on: Vec<&&Position> =
                    col_positions.iter().filter(|p| p.topic == topic).collect();
                if on.is_empty() {
                    silent.push(ci);
                }
                let mut cell: Vec<SpeakerPositions> = vec![];
                for p in &on {
                    match cell.last_mut() {
                        Some(sp) if sp.speaker == p.speaker => sp.positions.push(***p),
                        _ => cell.push(SpeakerPositions {
                            speaker: p.speaker,
                            speaker_name: rs[ci].speaker_name(p.speaker).to_string(),
                            positions: vec![***p],
                        }),
                    }
                }
                cells.push(cell);
                per_col.push(formulations_of(ci, &mut on.into_iter()));
            }
            let speaking: Vec<&Vec<usize>> = per_col
                .iter()
                .enumerate()
                .filter(|(ci, _)| !silent.contains(ci))
                .map(|(_, f)| f)
                .collect();
            let shared = if speaking.len() >= 2 {
                speaking[0]
                    .iter()
                    .copied()
                    .filter(|f| speaking.iter().all(|o| o.binary_search(f).is_ok()))
                    .map(fref)
                    .collect()
            } else {
                vec![]
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
            Row {
                topic,
                topic_id: lexicon
                    .topics
                    .get(topic)
                    .map(|t| t.id.clone())
                    .unwrap_or_default(),
                label: lexicon
                    .topics
                    .get(topic)
                    .map(|t| t.label.clone())
                    .unwrap_or_default(),
                cells,
                shared,
                unique,
                silent,
            }
        })
        .collect();
    crate::core::sort::sort_by_key(&mut rows, |r| (r.silent.len(), r.topic));

    // Formulations in every column, on any topic (restricted to the speaker in that mode).
    let all_fs: Vec<Vec<usize>> = cols
        .iter()
        .zip(&speakers)
        .map(|(&c, sp)| {
            let mut fs: Vec<usize> = corpus.sentence_formulations[c]
                .iter()
                .filter(|(s, _)| match (mode, sp) {
                    (Mode::AllSpeakers, _) => true,
                    (_, Some(sp)) => readouts[c]
                        .sentences
                        .get(*s)
                        .is_some_and(|x| x.speaker == *sp),
                    (_, None) => false,
                })
                .map(|&(_, f)| f)
                .collect();
            crate::core::sort::sort(&mut fs);
            fs.dedup();
            fs
        })
        .collect();
    let shared_formulations = match all_fs.split_first() {
        Some((first, rest)) if !rest.is_empty() => first
            .iter()
            .copied()
            .filter(|f| rest.iter().all(|o| o.binary_search(f).is_ok()))
            .map(fref)
            .collect(),
        _ => vec![],
    };

    let redline = match rs.as_slice() {
        [a, b] if !countries(a).is_empty() && countries(a) == countries(b) => {
            let text = |r: &Readout, sp: Option<Speaker>| {
                r.sentences
                    .iter()
                    .enumerate()
                    .filter(|(_, s)| sp.is_none_or(|sp| s.speaker == sp))
                    .map(|(i, _)| r.sentence_text(i))
                    .collect::<Vec<_>>()
                    .join(" ")
            };
            let (ta, tb) = (text(a, speakers[0]), text(b, speakers[1]));
            Some(redline(&redline_words(&ta), &redline_words(&tb)))
        }
        _ => None,
    };

    Comparison {
        mode: mode.clone(),
        columns: cols
            .iter()
            .zip(&speakers)
            .map(|(&c, sp)| Column {
                readout: c,
                title: readouts[c].title.clone(),
                date: readouts[c].date,
                speaker: *sp,
            })
            .collect(),
        rows,
        shared_formulations,
        redline,
    }
}
