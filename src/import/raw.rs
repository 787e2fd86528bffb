//! [`RawTable`]: the header and the rows of a file exactly as read, before
//! any meaning is given to them.
//!
//! [`RawTable::from_records`] finds the header row (skipping title rows
//! above it), names columns that have no header, pads ragged rows and drops
//! empty ones, reporting each of these.
//!
//! Cells are kept column by column: detection and the column builders read
//! a column from top to bottom several times, and with rows as separate
//! allocations every cell read was a cache miss (the slowest part of
//! importing a large export, by profile).

pub use super::records::Records;
use super::{Cell, Reporter};

/// Records scanned for the header row.
const HEADER_SCAN_ROWS: usize = 50;

/// The most cells (rows × columns) a table may hold: 32 million, about
/// 1 GB of cells, e.g. 100,000 stories × 320 columns. A small file can
/// name a far larger table (a row repeated a million times, a cell far to
/// the right of all others); it is refused instead of taking the memory
/// of the machine.
pub const CELL_BUDGET: u64 = 32_000_000;

/// How many leading cells of `cells` matter: up to the last filled one,
/// and at least the `width` cells the table already has (trailing empty
/// cells past it cost nothing).
fn used_width(cells: &[Cell], width: usize) -> usize {
    let filled = cells
        .iter()
        .rposition(|c| !c.is_empty())
        .map_or(0, |at| at + 1);
    filled.max(width.min(cells.len()))
}

/// A table of cells as read from a file.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RawTable {
    /// Column headers, trimmed; unique is not guaranteed (exports repeat them).
    pub headers: Vec<String>,
    /// Cells column by column (`columns[c][row]`); every column has one
    /// cell per row.
    columns: Vec<Vec<Cell>>,
    /// For every row, its 1-based row number in the file.
    pub row_numbers: Vec<usize>,
    /// A workbook's sheet names (empty for text files) ...
    pub sheets: Vec<String>,
    /// ... and the sheet this table was read from.
    pub sheet: Option<String>,
}

static EMPTY: Cell = Cell::Empty;

impl RawTable {
    /// Builds a table from `(row number, cells)` records: finds the header,
    /// then keeps every non-empty record below it as a row. `None` when no
    /// record holds anything. (A [`TableBuilder`] fed the records.)
    pub fn from_records(records: Vec<(usize, Vec<Cell>)>, report: &mut Reporter) -> Option<Self> {
        let mut builder = TableBuilder::new(Shape::Ragged);
        for (number, cells) in records {
            builder.push(number, cells, report);
        }
        builder.finish(report)
    }

    /// A table under `header_cells`, with no rows yet.
    fn under_header(header_cells: &[Cell]) -> Self {
        let headers: Vec<String> = header_cells
            .iter()
            .map(|c| {
                c.text()
                    .map(|t| t.trim_start_matches('\u{feff}').trim().to_owned())
            })
            .map(Option::unwrap_or_default)
            .collect();
        Self {
            columns: headers.iter().map(|_| Vec::new()).collect(),
            headers,
            ..Self::default()
        }
    }

    /// Appends a record below the header: an empty one is dropped, a short
    /// one padded, a long one widens the table (new columns are empty
    /// above); ragged rows are reported when `shape` says rows may be.
    fn push_row(&mut self, number: usize, cells: &mut [Cell], shape: Shape, report: &mut Reporter) {
        if cells.iter().all(Cell::is_empty) {
            return;
        }
        let header_width = self.headers.len();
        if shape == Shape::Ragged {
            if cells.iter().skip(header_width).any(|c| !c.is_empty()) {
                report.row(
                    "",
                    number,
                    "row has more values than the header has columns; the extra values were kept in columns named \"Column N\"",
                );
            } else if cells.len() < header_width {
                report.row(
                    "",
                    number,
                    "row has fewer values than the header has columns; the rest were left empty",
                );
            }
        }
        let above = self.row_numbers.len();
        self.row_numbers.push(number);
        let used = used_width(cells, self.columns.len());
        while self.columns.len() < used {
            self.columns.push(vec![Cell::Empty; above]);
        }
        let width = cells.len();
        for (column, cell) in self.columns.iter_mut().zip(cells) {
            column.push(std::mem::take(cell));
        }
        for column in self.columns.iter_mut().skip(width) {
            column.push(Cell::Empty);
        }
    }

    /// Number of data rows (stories).
    pub fn len(&self) -> usize {
        self.row_numbers.len()
    }

    pub fn is_empty(&self) -> bool {
        self.row_numbers.is_empty()
    }

    /// Number of columns.
    pub fn width(&self) -> usize {
        self.headers.len()
    }

    /// The cell at `row`, `column`; empty when out of range.
    pub fn cell(&self, row: usize, column: usize) -> &Cell {
        self.columns
            .get(column)
            .and_then(|cells| cells.get(row))
            .unwrap_or(&EMPTY)
    }

    /// The header of `column` (`""` when out of range).
    pub fn header(&self, column: usize) -> &str {
        self.headers.get(column).map_or("", String::as_str)
    }

    /// The file row number of data row `row`.
    pub fn row_number(&self, row: usize) -> usize {
        self.row_numbers.get(row).copied().unwrap_or(row + 2)
    }

    /// Cells of `column` from top to bottom (empty cells when out of range).
    pub fn column(&self, column: usize) -> impl Iterator<Item = &Cell> + '_ {
        let cells = self.columns.get(column).map_or(&[][..], Vec::as_slice);
        let missing = self.len().saturating_sub(cells.len());
        cells.iter().chain(std::iter::repeat_n(&EMPTY, missing))
    }

    /// Cells of `row` from left to right.
    pub fn row(&self, row: usize) -> impl Iterator<Item = &Cell> + '_ {
        (0..self.width()).map(move |column| self.cell(row, column))
    }

    /// Keeps only the rows for which `keep(table, row)` is true (e.g. not
    /// comment lines).
    pub fn retain_rows(&mut self, mut keep: impl FnMut(&RawTable, usize) -> bool) {
        let flags: Vec<bool> = (0..self.len()).map(|row| keep(self, row)).collect();
        let retain = |values: &mut Vec<_>| {
            let mut flag = flags.iter();
            values.retain(|_| flag.next().copied().unwrap_or(false));
        };
        for cells in &mut self.columns {
            retain(cells);
        }
        let mut flag = flags.iter();
        self.row_numbers
            .retain(|_| flag.next().copied().unwrap_or(false));
    }

    /// Gives headerless columns a name, or drops them when they are empty
    /// (saying so when `shape` is ragged: a spreadsheet's blank columns
    /// around the data are not worth a note).
    fn name_unnamed_columns(&mut self, shape: Shape, unstored: usize, report: &mut Reporter) {
        self.headers.resize(self.columns.len(), String::new());
        let mut dropped = unstored;
        let mut keep = Vec::with_capacity(self.headers.len());
        for column in 0..self.headers.len() {
            let unnamed = self.header(column).is_empty();
            let empty = self.column(column).all(Cell::is_empty);
            keep.push(!(unnamed && empty));
            dropped += usize::from(unnamed && empty);
        }
        if dropped > 0 && shape == Shape::Ragged {
            report.file(format!(
                "{dropped} empty column(s) without a header were left out"
            ));
        }
        if dropped > 0 {
            let mut flags = keep.iter();
            self.headers
                .retain(|_| flags.next().copied().unwrap_or(true));
            let mut flags = keep.iter();
            self.columns
                .retain(|_| flags.next().copied().unwrap_or(true));
        }
        for column in 0..self.headers.len() {
            if self.header(column).is_empty() {
                let name = format!("Column {}", column + 1);
                report.column(&name, "the column has no header; it was given this name");
                if let Some(header) = self.headers.get_mut(column) {
                    *header = name;
                }
            }
        }
    }
}

/// Whether rows may be ragged: CSV rows may, and a short or long one is
/// reported; a spreadsheet's rows are square by nature.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    Ragged,
    Square,
}

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
        }
    }

    /// Takes the next record.
    pub fn push(&mut self, number: usize, mut cells: Vec<Cell>, report: &mut Reporter) {
        self.push_cells(number, &mut cells, report);
    }

    /// Takes the next record, moving its cells out of `cells`.
    fn push_cells(&mut self, number: usize, cells: &mut [Cell], report: &mut Reporter) {
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
    ) -> Result<Option<RawTable>, super::ImportError> {
        match self.refused {
            Some(cells) => Err(super::ImportError::TooManyCells {
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
            report.file(format!(
                "{skipped} title row(s) above the header were skipped"
            ));
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

#[cfg(test)]
mod tests {
    use super::*;

    fn text_row(number: usize, cells: &[&str]) -> (usize, Vec<Cell>) {
        let cells = cells
            .iter()
            .map(|c| {
                if c.is_empty() {
                    Cell::Empty
                } else {
                    Cell::Text((*c).into())
                }
            })
            .collect();
        (number, cells)
    }

    #[test]
    fn header_below_title_rows_and_ragged_rows() {
        let records = vec![
            text_row(1, &["Ervaringen 2019", "", ""]),
            text_row(2, &["", "", ""]),
            text_row(3, &["id", "Gevoel", "Leeftijd"]),
            text_row(4, &["1", "hoop"]),
            text_row(5, &["", "", ""]),
            text_row(6, &["2", "boos", "40", "extra"]),
        ];
        let mut report = Reporter::default();
        let table = RawTable::from_records(records, &mut report).unwrap();
        assert_eq!(table.headers, ["id", "Gevoel", "Leeftijd", "Column 4"]);
        assert_eq!(table.len(), 2);
        assert_eq!(table.row_numbers, [4, 6]);
        assert_eq!(table.cell(0, 2), &Cell::Empty);
        assert_eq!(table.cell(9, 9), &Cell::Empty);
        let warnings = report.into_warnings();
        assert!(warnings.iter().any(|w| w.message.contains("title row")));
        assert!(warnings.iter().any(|w| w.rows == [4]));
        assert!(warnings.iter().any(|w| w.rows == [6]));
    }
}
