//! [`TableBuilder`]: records in, a [`RawTable`] out, without holding the
//! file as rows and as columns at once; and the pieces of a file read on
//! several threads forked from it and joined again ([`TableBuilder::fork`],
//! [`TableBuilder::append`]).

use super::{
    CELL_BUDGET, Cell, Column, HEADER_SCAN_ROWS, ImportNote, RawTable, Records, Reporter, Shape,
    used_width,
};

/// Builds a [`RawTable`] from records given one at a time, so that a large
/// file is never held as rows and as columns at once: records wait only
/// until the header is found (within the first [`HEADER_SCAN_ROWS`]),
/// then go straight into the columns.
pub struct TableBuilder {
    shape: Shape,
    /// Records before the header is known.
    pending: Vec<(usize, Vec<Cell>)>,
    /// Filled cells a header needs, once the first records were scanned.
    needed: Option<usize>,
    /// The first records held nothing: the file counts as empty.
    empty: bool,
    table: Option<RawTable>,
    /// Set (to the cells it would hold) once the table outgrew
    /// [`CELL_BUDGET`]; later records are ignored.
    refused: Option<u64>,
    /// The most cells a record below the header had, trailing empty ones
    /// included.
    widest: usize,
    /// Bytes of text per row in each column of the first rows, to make
    /// room for the rest ([`reserve_rows`](Self::reserve_rows)); a fork
    /// inherits them.
    row_bytes: Vec<f64>,
}

impl TableBuilder {
    pub fn new(shape: Shape) -> Self {
        Self {
            shape,
            pending: Vec::new(),
            needed: None,
            empty: false,
            table: None,
            refused: None,
            widest: 0,
            row_bytes: Vec::new(),
        }
    }

    /// Takes the next record.
    pub fn push(&mut self, number: usize, mut cells: Vec<Cell>, report: &mut Reporter) {
        self.push_cells(number, &mut cells, report);
    }

    /// Takes the next record, moving its cells out of `cells`.
    pub(in crate::import) fn push_cells(
        &mut self,
        number: usize,
        cells: &mut [Cell],
        report: &mut Reporter,
    ) {
        if self.refused.is_some() {
            return;
        }
        if let Some(table) = &mut self.table {
            let width = used_width(cells, table.columns.len()).max(table.columns.len());
            let needed = (table.len() as u64 + 1).saturating_mul(width as u64);
            if needed > CELL_BUDGET {
                self.refused = Some(needed);
                return;
            }
            // Empty cells past the last column are not stored; they still
            // count as empty columns left out (see `finish`).
            self.widest = self.widest.max(cells.len());
            table.push_row(number, cells, self.shape, report);
        } else if !self.empty {
            self.pending
                .push((number, cells.iter_mut().map(std::mem::take).collect()));
            if self.pending.len() >= HEADER_SCAN_ROWS {
                self.find_header(report);
            }
        }
    }

    /// Takes the next record as text fields: `text[ends[i - 1]..ends[i]]`
    /// is field `i`'s (from 0 for the first); a field of only white space
    /// is an empty cell. Below the header the fields go straight into the
    /// columns (no `Cell` each); the same table as
    /// [`push`](Self::push) given their cells.
    pub(in crate::import) fn push_text_record(
        &mut self,
        number: usize,
        text: &str,
        ends: &[usize],
        report: &mut Reporter,
    ) {
        let Some(table) = &mut self.table else {
            self.push_cells(number, &mut text_cells(text, ends), report);
            return;
        };
        if self.refused.is_some() {
            return;
        }
        let width = ends.len().max(table.columns.len());
        let needed = (table.len() as u64 + 1).saturating_mul(width as u64);
        if needed > CELL_BUDGET {
            // Counted as `push_cells` counts: up to the last filled field.
            self.push_cells(number, &mut text_cells(text, ends), report);
            return;
        }
        self.widest = self.widest.max(ends.len());
        table.push_text_row(number, (text, ends), self.shape, report);
    }

    /// Takes every record of `records`, leaving it empty (with its
    /// capacity, to be filled again).
    pub fn push_records(&mut self, records: &mut Records, report: &mut Reporter) {
        let mut start = 0;
        for &(number, end) in &records.ends {
            if let Some(cells) = records.cells.get_mut(start..end) {
                self.push_cells(number, cells, report);
            }
            start = end;
        }
        records.clear();
    }

    /// The table, or `None` when no record holds anything.
    /// [`finish`](Self::finish), or the sentence for `file` when the
    /// table outgrew [`CELL_BUDGET`].
    pub fn finish_within_budget(
        self,
        file: &str,
        report: &mut Reporter,
    ) -> Result<Option<RawTable>, crate::import::ImportError> {
        match self.refused {
            Some(cells) => Err(crate::import::ImportError::TooManyCells {
                file: file.to_owned(),
                cells,
                limit: CELL_BUDGET,
            }),
            None => Ok(self.finish(report)),
        }
    }

    pub fn finish(mut self, report: &mut Reporter) -> Option<RawTable> {
        if self.table.is_none() {
            self.find_header(report);
        }
        let mut table = self.table?;
        let unstored = self.widest.saturating_sub(table.columns.len());
        table.name_unnamed_columns(self.shape, unstored, report);
        Some(table)
    }

    /// Looks for the header among the pending records: the first with at
    /// least half as many filled cells as the widest of the first
    /// [`HEADER_SCAN_ROWS`]. Records above it are title rows (reported),
    /// records below it become rows.
    fn find_header(&mut self, report: &mut Reporter) {
        let filled = |cells: &[Cell]| cells.iter().filter(|c| !c.is_empty()).count();
        let needed = match self.needed {
            Some(needed) => needed,
            None => {
                let widest = self
                    .pending
                    .iter()
                    .take(HEADER_SCAN_ROWS)
                    .map(|(_, cells)| filled(cells))
                    .max()
                    .unwrap_or(0);
                if widest == 0 {
                    self.empty = true;
                    self.pending.clear();
                    return;
                }
                *self.needed.insert(widest.div_ceil(2).max(1))
            }
        };
        let Some(header_at) = self
            .pending
            .iter()
            .position(|(_, cells)| filled(cells) >= needed)
        else {
            return;
        };
        let mut records = std::mem::take(&mut self.pending).into_iter();
        let skipped = records
            .by_ref()
            .take(header_at)
            .filter(|(_, cells)| filled(cells) > 0)
            .count();
        if skipped > 0 {
            report.file(ImportNote::TitleRowsSkipped { count: skipped });
        }
        let Some((_, header_cells)) = records.next() else {
            return;
        };
        let mut table = RawTable::under_header(&header_cells);
        for (number, mut cells) in records {
            self.widest = self.widest.max(cells.len());
            table.push_row(number, &mut cells, self.shape, report);
        }
        self.table = Some(table);
    }
}

impl TableBuilder {
    /// Whether the header is known (records then go straight into the
    /// columns).
    pub fn has_table(&self) -> bool {
        self.table.is_some()
    }

    /// Makes room for `rows` more rows in every column (at most the cell
    /// budget, and where there is memory), so that a large file's columns
    /// are not copied as they grow.
    pub fn reserve_rows(&mut self, rows: usize) {
        if let Some(table) = &mut self.table {
            let most =
                usize::try_from(CELL_BUDGET).unwrap_or(usize::MAX) / table.columns.len().max(1);
            let rows = rows.min(most);
            if self.row_bytes.is_empty() && !table.is_empty() {
                self.row_bytes = table.columns.iter().map(Column::bytes_per_row).collect();
            }
            // Only a guess, with a margin: where the memory is not there,
            // the columns grow as they fill. Room never written to is
            // never given pages, so a generous guess costs no memory.
            for (at, column) in table.columns.iter_mut().enumerate() {
                let per_row = self.row_bytes.get(at).copied().unwrap_or(0.0);
                column.reserve(rows, per_row * 1.5);
            }
            let _ = table.row_numbers.try_reserve(rows);
        }
    }

    /// An empty builder under the same header, for a later piece of the
    /// same file read on another thread; its rows are numbered from 1 and
    /// shifted when it is [appended](Self::append). `None`-like (no table)
    /// when the header is not known yet.
    pub fn fork(&self) -> Self {
        let table = self.table.as_ref().map(|table| RawTable {
            headers: table.headers.clone(),
            columns: table.columns.iter().map(|_| Column::default()).collect(),
            ..RawTable::default()
        });
        Self {
            shape: self.shape,
            pending: Vec::new(),
            needed: self.needed,
            empty: self.empty,
            table,
            refused: None,
            widest: 0,
            row_bytes: self.row_bytes.clone(),
        }
    }

    /// Adds the rows of `part`, a [fork](Self::fork) that read the records
    /// following this builder's, numbered from 1; `records_before` is how
    /// many records came before them. The table is then what one builder
    /// given every record would hold: trailing empty cells a piece did not
    /// store are empty cells either way.
    pub fn append(&mut self, part: TableBuilder, records_before: usize) {
        if self.refused.is_some() {
            return;
        }
        let (Some(table), Some(part_table)) = (&mut self.table, part.table) else {
            return;
        };
        let width = table.columns.len().max(part_table.columns.len());
        let rows = table.len() + part_table.len();
        let cells = (rows as u64).saturating_mul(width as u64);
        if let Some(refused) = part.refused.or((cells > CELL_BUDGET).then_some(cells)) {
            self.refused = Some(refused.max(cells));
            return;
        }
        let above = table.len();
        let added = part_table.len();
        while table.columns.len() < width {
            table.columns.push(Column::empty(above));
        }
        let mut part_columns = part_table.columns.into_iter();
        for column in &mut table.columns {
            match part_columns.next() {
                Some(mut cells) => {
                    cells.resize(added);
                    column.append(cells);
                }
                None => column.resize(above + added),
            }
        }
        table
            .row_numbers
            .extend(part_table.row_numbers.iter().map(|n| n + records_before));
        self.widest = self.widest.max(part.widest);
    }
}

/// The cells of a record of text fields (see
/// [`TableBuilder::push_text_record`]).
fn text_cells(text: &str, ends: &[usize]) -> Vec<Cell> {
    let mut start = 0;
    ends.iter()
        .map(|&end| {
            let value = text.get(start..end).unwrap_or_default();
            start = end;
            if super::cell::trim(value).is_empty() {
                Cell::Empty
            } else {
                Cell::Text(value.into())
            }
        })
        .collect()
}
