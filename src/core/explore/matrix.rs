//! The topic x meeting matrix: which topics each meeting raised, and how much.
//!
//! Takes a [`Dataset`] and the readouts to show (usually the filtered set); gives rows of
//! topics raised there, most statements first (ties in lexicon order), and columns of readouts
//! in date order with undated ones last. A cell counts the sentences on the topic and keeps
//! their indices, so clicking it can open exactly those statements. Cells are stored sparsely:
//! 10,000 columns by 34 topics would otherwise be mostly empty.

use super::{Catalog, Dataset};
use crate::core::model::{Date, Readout};
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
    topic_matrix_in(&Catalog::new(data), data, readouts)
}

/// [`topic_matrix`] with the dataset's [`Catalog`] already made (the views keep one per load).
pub fn topic_matrix_in(catalog: &Catalog, data: &Dataset, readouts: &[usize]) -> TopicMatrix {
    let columns = catalog.date_order(readouts);
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

/// How many meetings a column of the matrix stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Bin {
    Meeting,
    Month,
    Quarter,
    Year,
}

impl Bin {
    /// Finest first.
    pub const ALL: [Bin; 4] = [Bin::Meeting, Bin::Month, Bin::Quarter, Bin::Year];

    pub fn label(self) -> &'static str {
        match self {
            Bin::Meeting => "each meeting",
            Bin::Month => "month",
            Bin::Quarter => "quarter",
            Bin::Year => "year",
        }
    }

    /// The period holding `date` (`None` for an undated meeting), and that period's first and
    /// last day. Meetings are not periods: they are never asked.
    fn period(self, date: Option<Date>) -> Option<(u32, Date, Date)> {
        let d = date?;
        let (from_m, to_m) = match self {
            Bin::Meeting | Bin::Month => (d.month, d.month),
            Bin::Quarter => {
                let q = (d.month - 1) / 3;
                (q * 3 + 1, q * 3 + 3)
            }
            Bin::Year => (1, 12),
        };
        let last = (28..=31)
            .rev()
            .find_map(|day| Date::new(d.year, to_m, day))?;
        let from = Date::new(d.year, from_m, 1)?;
        Some((u32::from(d.year) * 16 + u32::from(from_m), from, last))
    }
}

/// One column of a binned matrix: a period (or one meeting) and the matrix columns in it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BinColumn {
    /// Columns of the unbinned [`TopicMatrix`] in this bin: a range, since they are in date
    /// order.
    pub first: usize,
    pub end: usize,
    /// The period's first and last day; `None` for a single meeting and for the undated bin.
    pub from: Option<Date>,
    pub to: Option<Date>,
}

impl BinColumn {
    /// Number of meetings in the bin.
    pub fn meetings(&self) -> usize {
        self.end - self.first
    }
}

/// A matrix with its meetings gathered into periods; a cell sums the statements of the
/// meetings in its period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BinnedMatrix {
    pub bin: Bin,
    pub columns: Vec<BinColumn>,
    /// Same rows and order as the matrix; `cells[c]` is the count in column `c`.
    pub cells: Vec<Vec<usize>>,
}

impl BinnedMatrix {
    pub fn max_count(&self) -> usize {
        self.cells.iter().flatten().copied().max().unwrap_or(0)
    }
}

/// The finest bin that gives at most `max_columns` columns (years when none does).
pub fn auto_bin(m: &TopicMatrix, readouts: &[Readout], max_columns: usize) -> Bin {
    Bin::ALL
        .into_iter()
        .find(|&b| bin_columns(m, readouts, b).len() <= max_columns)
        .unwrap_or(Bin::Year)
}

fn bin_columns(m: &TopicMatrix, readouts: &[Readout], bin: Bin) -> Vec<BinColumn> {
    let mut out: Vec<(Option<u32>, BinColumn)> = Vec::new();
    for (c, &r) in m.columns.iter().enumerate() {
        let date = readouts.get(r).and_then(|x| x.date);
        let (key, from, to) = match bin {
            Bin::Meeting => (None, None, None),
            _ => match bin.period(date) {
                Some((k, f, t)) => (Some(k), Some(f), Some(t)),
                None => (Some(u32::MAX), None, None),
            },
        };
        match out.last_mut() {
            Some((k, col)) if bin != Bin::Meeting && *k == key => col.end = c + 1,
            _ => out.push((
                key,
                BinColumn {
                    first: c,
                    end: c + 1,
                    from,
                    to,
                },
            )),
        }
    }
    out.into_iter().map(|(_, c)| c).collect()
}

/// `m` with its columns gathered by `bin` (readouts as given to [`topic_matrix`]).
pub fn bin_matrix(m: &TopicMatrix, readouts: &[Readout], bin: Bin) -> BinnedMatrix {
    let columns = bin_columns(m, readouts, bin);
    let mut which = vec![0usize; m.columns.len()];
    for (b, col) in columns.iter().enumerate() {
        which[col.first..col.end].fill(b);
    }
    let cells = m
        .rows
        .iter()
        .map(|row| {
            let mut counts = vec![0usize; columns.len()];
            for cell in &row.cells {
                if let Some(&b) = which.get(cell.column) {
                    counts[b] += cell.count;
                }
            }
            counts
        })
        .collect();
    BinnedMatrix {
        bin,
        columns,
        cells,
    }
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

    #[test]
    fn binned_cells_sum_the_meetings_of_their_period() {
        let fx = Fixture::new();
        let m = topic_matrix(&fx.data(), &[0, 1, 2]);
        let by_month = bin_matrix(&m, &fx.readouts, Bin::Month);
        // October 2020, November 2020, undated.
        assert_eq!(by_month.columns.len(), 3);
        assert_eq!(by_month.columns[0].from, Date::new(2020, 10, 1));
        assert_eq!(by_month.columns[0].to, Date::new(2020, 10, 31));
        assert_eq!(by_month.columns[2].from, None);
        let by_year = bin_matrix(&m, &fx.readouts, Bin::Year);
        assert_eq!(by_year.columns.len(), 2);
        assert_eq!(by_year.columns[0].meetings(), 2);
        assert_eq!(by_year.columns[0].to, Date::new(2020, 12, 31));
        for (row, cells) in m.rows.iter().zip(&by_year.cells) {
            assert_eq!(cells.iter().sum::<usize>(), row.total, "{}", row.topic_id);
        }
        let per_meeting = bin_matrix(&m, &fx.readouts, Bin::Meeting);
        assert_eq!(per_meeting.columns.len(), 3);
        assert_eq!(per_meeting.cells[0][0], m.cell(0, 0).map_or(0, |c| c.count));
    }

    #[test]
    fn quarters_run_from_the_first_to_the_last_day_of_three_months() {
        let (_, from, to) = Bin::Quarter.period(Date::new(2021, 5, 17)).unwrap();
        assert_eq!(
            (from, to),
            (
                Date::new(2021, 4, 1).unwrap(),
                Date::new(2021, 6, 30).unwrap()
            )
        );
        let (_, _, feb) = Bin::Month.period(Date::new(2020, 2, 3)).unwrap();
        assert_eq!(feb, Date::new(2020, 2, 29).unwrap());
    }

    #[test]
    fn auto_bin_picks_the_finest_bin_that_fits() {
        let fx = Fixture::new();
        let m = topic_matrix(&fx.data(), &[0, 1, 2]);
        assert_eq!(auto_bin(&m, &fx.readouts, 3), Bin::Meeting);
        assert_eq!(
            auto_bin(&m, &fx.readouts, 2),
            Bin::Quarter,
            "October and November 2020 share Q4"
        );
        assert_eq!(auto_bin(&m, &fx.readouts, 1), Bin::Year);
    }
}
