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

use super::{Cell, Reporter};

/// Records scanned for the header row.
const HEADER_SCAN_ROWS: usize = 50;

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
    /// record holds anything.
    pub fn from_records(records: Vec<(usize, Vec<Cell>)>, report: &mut Reporter) -> Option<Self> {
        let filled = |cells: &[Cell]| cells.iter().filter(|c| !c.is_empty()).count();
        let widest = records
            .iter()
            .take(HEADER_SCAN_ROWS)
            .map(|(_, cells)| filled(cells))
            .max()?;
        if widest == 0 {
            return None;
        }
        let needed = widest.div_ceil(2).max(1);
        let header_at = records
            .iter()
            .position(|(_, cells)| filled(cells) >= needed)?;
        let mut records = records.into_iter();
        let mut skipped = Vec::new();
        for (number, cells) in records.by_ref().take(header_at) {
            if filled(&cells) > 0 {
                skipped.push(number);
            }
        }
        if !skipped.is_empty() {
            report.file(format!(
                "{} title row(s) above the header were skipped",
                skipped.len()
            ));
        }
        let (_, header_cells) = records.next()?;
        let mut rows = Vec::new();
        let mut table = Self {
            headers: header_cells
                .iter()
                .map(|c| {
                    c.text()
                        .map(|t| t.trim_start_matches('\u{feff}').trim().to_owned())
                })
                .map(Option::unwrap_or_default)
                .collect(),
            ..Self::default()
        };
        for (number, cells) in records {
            if cells.iter().all(Cell::is_empty) {
                continue;
            }
            table.row_numbers.push(number);
            rows.push(cells);
        }
        let width = table.square_up(&mut rows, report);
        table.columns = transpose(rows, width);
        table.name_unnamed_columns(report);
        Some(table)
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

    /// Makes every row as wide as the widest of header and rows; returns
    /// that width.
    fn square_up(&mut self, rows: &mut [Vec<Cell>], report: &mut Reporter) -> usize {
        let header_width = self.headers.len();
        let width = rows
            .iter()
            .map(Vec::len)
            .max()
            .unwrap_or(0)
            .max(header_width);
        for (cells, &number) in rows.iter_mut().zip(&self.row_numbers) {
            let beyond_header = cells.iter().skip(header_width).any(|c| !c.is_empty());
            if beyond_header {
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
            cells.resize(width, Cell::Empty);
        }
        self.headers.resize(width, String::new());
        width
    }

    /// Gives headerless columns a name, or drops them when they are empty.
    fn name_unnamed_columns(&mut self, report: &mut Reporter) {
        let mut dropped = 0;
        let mut keep = Vec::with_capacity(self.headers.len());
        for column in 0..self.headers.len() {
            let unnamed = self.header(column).is_empty();
            let empty = self.column(column).all(Cell::is_empty);
            keep.push(!(unnamed && empty));
            dropped += usize::from(unnamed && empty);
        }
        if dropped > 0 {
            report.file(format!(
                "{dropped} empty column(s) without a header were left out"
            ));
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

/// Rows of equal `width` → columns.
fn transpose(rows: Vec<Vec<Cell>>, width: usize) -> Vec<Vec<Cell>> {
    let mut columns: Vec<Vec<Cell>> = (0..width).map(|_| Vec::with_capacity(rows.len())).collect();
    for cells in rows {
        for (column, cell) in columns.iter_mut().zip(cells) {
            column.push(cell);
        }
    }
    columns
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
