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

mod builder;
mod column;

use super::cell;
pub use super::records::Records;
use super::{Cell, CellRef, ImportNote, Reporter};
pub use builder::TableBuilder;
use column::Column;
pub use column::Readings;

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
    /// Cells column by column; every column has one cell per row.
    columns: Vec<Column>,
    /// For every row, its 1-based row number in the file.
    pub row_numbers: Vec<usize>,
    /// A workbook's sheet names (empty for text files) ...
    pub sheets: Vec<String>,
    /// ... and the sheet this table was read from.
    pub sheet: Option<String>,
}

impl RawTable {
    /// Builds a table from `(row number, cells)` records: finds the header,
    /// then keeps every non-empty record below it as a row. `None` when no
    /// record holds anything. (A `TableBuilder` fed the records.)
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
            columns: headers.iter().map(|_| Column::default()).collect(),
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
                report.row("", number, ImportNote::RowTooLong);
            } else if cells.len() < header_width {
                report.row("", number, ImportNote::RowTooShort);
            }
        }
        let above = self.row_numbers.len();
        self.row_numbers.push(number);
        let used = used_width(cells, self.columns.len());
        while self.columns.len() < used {
            self.columns.push(Column::empty(above));
        }
        let width = cells.len();
        for (column, cell) in self.columns.iter_mut().zip(cells) {
            column.push(std::mem::take(cell));
        }
        for column in self.columns.iter_mut().skip(width) {
            column.push_empty();
        }
    }

    /// [`push_row`](Self::push_row) for a record of text fields:
    /// `text[ends[i - 1]..ends[i]]` is field `i`'s (from 0 for the first).
    /// A field of only white space is an empty cell. The fields go
    /// straight into the columns, without a `Cell` each.
    fn push_text_row(
        &mut self,
        number: usize,
        (text, ends): (&str, &[usize]),
        shape: Shape,
        report: &mut Reporter,
    ) {
        let field = |i: usize| {
            let start = i.checked_sub(1).and_then(|b| ends.get(b)).copied();
            let end = ends.get(i).copied().unwrap_or(0);
            let value = text.get(start.unwrap_or(0)..end).unwrap_or_default();
            if cell::trim(value).is_empty() {
                ""
            } else {
                value
            }
        };
        let last_filled = (0..ends.len()).rev().find(|&i| !field(i).is_empty());
        let Some(last_filled) = last_filled else {
            return;
        };
        let header_width = self.headers.len();
        if shape == Shape::Ragged {
            if last_filled >= header_width {
                report.row("", number, ImportNote::RowTooLong);
            } else if ends.len() < header_width {
                report.row("", number, ImportNote::RowTooShort);
            }
        }
        let above = self.row_numbers.len();
        self.row_numbers.push(number);
        let used = (last_filled + 1).max(self.columns.len().min(ends.len()));
        while self.columns.len() < used {
            self.columns.push(Column::empty(above));
        }
        for (i, column) in self.columns.iter_mut().enumerate() {
            if i < ends.len() {
                column.push_str(field(i));
            } else {
                column.push_empty();
            }
        }
    }

    /// Number of data rows (stories).
    pub fn len(&self) -> usize {
        self.row_numbers.len()
    }

    /// Whether the table has no data rows.
    pub fn is_empty(&self) -> bool {
        self.row_numbers.is_empty()
    }

    /// Number of columns.
    pub fn width(&self) -> usize {
        self.headers.len()
    }

    /// The cell at `row`, `column`; empty when out of range.
    pub fn cell(&self, row: usize, column: usize) -> CellRef<'_> {
        self.columns
            .get(column)
            .map_or(CellRef::Empty, |cells| cells.get(row))
    }

    /// The text of `column` and each row's range of it (`None` for an
    /// empty cell or one of only white space), when the column keeps its
    /// cells as one text: a text question can then share it instead of
    /// copying it.
    #[allow(clippy::type_complexity, reason = "the parts of a TextColumn")]
    pub fn text_spans(
        &self,
        column: usize,
    ) -> Option<(std::sync::Arc<String>, Vec<Option<(usize, usize)>>)> {
        self.columns.get(column)?.text_spans(self.len())
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
    pub fn column(&self, column: usize) -> impl Iterator<Item = CellRef<'_>> + '_ {
        let cells = self.column_or_none(column);
        let missing = self.len().saturating_sub(cells.len());
        cells
            .iter()
            .chain(std::iter::repeat_n(CellRef::Empty, missing))
    }

    /// `f` of every cell of `column` (empty cells when out of range), read
    /// once per distinct value where the column keeps its values coded:
    /// see [`Column::readings`].
    pub fn readings<T: Copy>(
        &self,
        column: usize,
        f: impl FnMut(CellRef<'_>) -> T,
    ) -> Readings<'_, T> {
        self.column_or_none(column).readings(self.len(), f)
    }

    /// The cells of `column` with how many rows hold each (each distinct
    /// value once where the column keeps its values coded): see
    /// [`Column::tally`].
    pub fn tally(&self, column: usize) -> Box<dyn Iterator<Item = (CellRef<'_>, usize)> + '_> {
        self.column_or_none(column).tally(self.len())
    }

    /// The cells of `column`; no cells when out of range.
    fn column_or_none(&self, column: usize) -> &Column {
        static NONE: Column = Column::Cells(Vec::new());
        self.columns.get(column).unwrap_or(&NONE)
    }

    /// Cells of `row` from left to right.
    pub fn row(&self, row: usize) -> impl Iterator<Item = CellRef<'_>> + '_ {
        (0..self.width()).map(move |column| self.cell(row, column))
    }

    /// Keeps only the rows for which `keep(table, row)` is true (e.g. not
    /// comment lines).
    pub fn retain_rows(&mut self, mut keep: impl FnMut(&RawTable, usize) -> bool) {
        let flags: Vec<bool> = (0..self.len()).map(|row| keep(self, row)).collect();
        for cells in &mut self.columns {
            cells.retain(&flags);
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
            let empty = self.column(column).all(CellRef::is_empty);
            keep.push(!(unnamed && empty));
            dropped += usize::from(unnamed && empty);
        }
        if dropped > 0 && shape == Shape::Ragged {
            report.file(ImportNote::EmptyColumnsDropped { count: dropped });
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
                report.column(&name, ImportNote::ColumnWithoutHeader);
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
        assert!(
            warnings
                .iter()
                .any(|w| matches!(w.note, ImportNote::TitleRowsSkipped { .. }))
        );
        assert!(warnings.iter().any(|w| w.rows == [4]));
        assert!(warnings.iter().any(|w| w.rows == [6]));
    }
}
