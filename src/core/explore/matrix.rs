//! The topic x meeting matrix: which topics each meeting raised, and how much.
//!
//! Takes a [`Dataset`] and the readouts to show (usually the filtered set); gives rows of
//! topics raised there, most statements first (ties in lexicon order), and columns of readouts
//! in date order with undated ones last. A cell counts the sentences on the topic and keeps
//! their indices, so clicking it can open exactly those statements. Cells are stored sparsely:
//! 10,000 columns by 34 topics would otherwise be mostly empty.

use super::{date_order, Dataset};
use serde::Serialize;

/// The sentences of one readout on one topic.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct MatrixCell {
    /// Index into [`TopicMatrix::columns`].
    pub column: usize,
    /// Number of sentences (= `sentences.len()`).
    pub count: usize,
    /// Indices into the readout's `sentences`, ascending.
    pub sentences: Vec<usize>,
}

/// One topic's row.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct MatrixRow {
    /// Index into the lexicon's topics.
    pub topic: usize,
    /// The topic's id, e.g. "south-china-sea".
    pub topic_id: String,
    /// Sentences on the topic across all columns.
    pub total: usize,
    /// Non-empty cells only, by column.
    pub cells: Vec<MatrixCell>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct TopicMatrix {
    /// Readout indices, in date order (undated last).
    pub columns: Vec<usize>,
    pub rows: Vec<MatrixRow>,
}

impl TopicMatrix {
    /// The cell at (`row`, `column`), or `None` when that meeting did not raise the topic.
    pub fn cell(&self, row: usize, column: usize) -> Option<&MatrixCell> {
        let cells = &self.rows.get(row)?.cells;
        cells
            .binary_search_by_key(&column, |c| c.column)
            .ok()
            .map(|i| &cells[i])
    }

    /// The largest cell count, for scaling a colour ramp.
    pub fn max_count(&self) -> usize {
        self.rows
            .iter()
            .flat_map(|r| r.cells.iter().map(|c| c.count))
            .max()
            .unwrap_or(0)
    }
}

/// The matrix over `readouts` (indices into `data.readouts`; out-of-range ones are ignored).
pub fn topic_matrix(data: &Dataset, readouts: &[usize]) -> TopicMatrix {
    let columns = date_order(data.readouts, readouts);
    let mut rows: Vec<MatrixRow> = data
        .lexicon
        .topics
        .iter()
        .enumerate()
        .map(|(topic, t)| MatrixRow {
            topic,
            topic_id: t.id.clone(),
            ..MatrixRow::default()
        })
        .collect();
    for (column, &r) in columns.iter().enumerate() {
        let Some(a) = data.analyses.get(r) else {
            continue;
        };
        for (s, hits) in a.sentence_topics.iter().enumerate() {
            for h in hits {
                let Some(row) = rows.get_mut(h.topic) else {
                    continue;
                };
                row.total += 1;
                match row.cells.last_mut() {
                    Some(c) if c.column == column => {
                        // A topic is hit at most once per sentence, so no repeats here.
                        c.count += 1;
                        c.sentences.push(s);
                    }
                    _ => row.cells.push(MatrixCell {
                        column,
                        count: 1,
                        sentences: vec![s],
                    }),
                }
            }
        }
    }
    rows.retain(|r| r.total > 0);
    // Stable sort: ties stay in lexicon order.
    crate::core::sort::sort_by_key(&mut rows, |r| std::cmp::Reverse(r.total));
    TopicMatrix { columns, rows }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::explore::Fixture;

    #[test]
    fn rows_are_topics_by_total_statements_and_columns_readouts_by_date() {
        let fx = Fixture::new();
        let m = topic_matrix(&fx.data(), &[2, 1, 0]);
        assert_eq!(m.columns, [0, 1, 2]);
        let ids: Vec<&str> = m.rows.iter().map(|r| r.topic_id.as_str()).collect();
        assert_eq!(ids[0], "unilateralism");
        assert_eq!(m.rows[0].total, 2);
        assert!(ids.contains(&"south-china-sea") && ids.contains(&"multilateralism"));
    }

    #[test]
    fn a_cell_keeps_the_sentences_behind_its_count() {
        let fx = Fixture::new();
        let m = topic_matrix(&fx.data(), &[0, 1, 2]);
        let row = m
            .rows
            .iter()
            .position(|r| r.topic_id == "unilateralism")
            .unwrap();
        let cell = m.cell(row, 0).unwrap();
        assert_eq!((cell.count, cell.sentences.clone()), (2, vec![1, 3]));
        assert_eq!(m.cell(row, 1), None);
        assert_eq!(m.cell(99, 0), None);
        assert_eq!(m.max_count(), 2);
    }

    #[test]
    fn only_topics_raised_in_the_chosen_readouts_get_rows() {
        let fx = Fixture::new();
        let m = topic_matrix(&fx.data(), &[1, 42]);
        assert_eq!(m.columns, [1]);
        let ids: Vec<&str> = m.rows.iter().map(|r| r.topic_id.as_str()).collect();
        assert_eq!(ids, ["multilateralism"]);
        assert_eq!(topic_matrix(&fx.data(), &[]), TopicMatrix::default());
    }
}
