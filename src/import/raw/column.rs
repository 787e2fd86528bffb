//! [`Column`]: one column of a [`RawTable`](super::RawTable).
//!
//! A text file gives only text, so a column is kept as its cells' text back
//! to back in one buffer plus where each cell ends: about the file's own
//! size, with no allocation (or free) per cell. A cell of `Cell` size (32
//! bytes) each, plus a heap copy of every long one, made the table of a
//! 73 MB export about 150 MB, the largest thing alive during an import.
//! A column that gets a typed cell (a spreadsheet's number, boolean or
//! date) keeps [`Cell`]s instead.

use super::super::{Cell, CellRef};

/// One column's cells, top to bottom.
#[derive(Clone, Debug)]
pub enum Column {
    /// Only text (or empty) cells: `text[ends[r - 1]..ends[r]]` is row
    /// `r`'s (from 0 for the first row); an empty range is an empty cell.
    Text { text: String, ends: Vec<u32> },
    /// Cells of any kind.
    Cells(Vec<Cell>),
}

impl Default for Column {
    fn default() -> Self {
        Self::Text {
            text: String::new(),
            ends: Vec::new(),
        }
    }
}

impl PartialEq for Column {
    /// Equal cell by cell, however each column keeps them.
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len() && self.iter().eq(other.iter())
    }
}

impl Column {
    /// A column of `rows` empty cells.
    pub fn empty(rows: usize) -> Self {
        Self::Text {
            text: String::new(),
            ends: vec![0; rows],
        }
    }

    /// Number of cells.
    pub fn len(&self) -> usize {
        match self {
            Self::Text { ends, .. } => ends.len(),
            Self::Cells(cells) => cells.len(),
        }
    }

    /// The cell at `row` (empty past the end).
    pub fn get(&self, row: usize) -> CellRef<'_> {
        match self {
            Self::Text { text, ends } => {
                let Some(&end) = ends.get(row) else {
                    return CellRef::Empty;
                };
                let start = row
                    .checked_sub(1)
                    .and_then(|before| ends.get(before))
                    .copied()
                    .unwrap_or(0);
                text_cell(text, start, end)
            }
            Self::Cells(cells) => cells.get(row).map_or(CellRef::Empty, Cell::as_ref),
        }
    }

    /// The cells from top to bottom.
    pub fn iter(&self) -> Cells<'_> {
        match self {
            Self::Text { text, ends } => Cells::Text {
                text,
                ends: ends.iter(),
                start: 0,
            },
            Self::Cells(cells) => Cells::Cells(cells.iter()),
        }
    }

    /// Appends an empty cell.
    pub fn push_empty(&mut self) {
        match self {
            Self::Text { text, ends } => ends.push(end_of(text)),
            Self::Cells(cells) => cells.push(Cell::Empty),
        }
    }

    /// Appends a text cell (`""` is an empty one).
    pub fn push_str(&mut self, value: &str) {
        if let Self::Text { text, ends } = self
            && let Ok(end) = u32::try_from(text.len() + value.len())
        {
            text.push_str(value);
            ends.push(end);
            return;
        }
        // Past 4 GB of text in one column: kept as cells from here on.
        self.with_cells(|cells| cells.push(Cell::Text(value.into())));
    }

    /// Appends `cell`.
    pub fn push(&mut self, cell: Cell) {
        match (cell, &mut *self) {
            (Cell::Empty, _) => self.push_empty(),
            (Cell::Text(value), Self::Text { .. }) => self.push_str(&value),
            (cell, _) => self.with_cells(|cells| cells.push(cell)),
        }
    }

    /// Pads or cuts the column to `rows` cells.
    pub fn resize(&mut self, rows: usize) {
        match self {
            Self::Text { text, ends } => {
                let end = end_of(text);
                ends.resize(rows, end);
                // Cut text past the last cell kept.
                let kept = ends.last().map_or(0, |&e| e as usize);
                text.truncate(kept);
            }
            Self::Cells(cells) => cells.resize(rows, Cell::Empty),
        }
    }

    /// Moves the cells of `other` below this column's.
    pub fn append(&mut self, other: Column) {
        if let (
            Self::Text { text, ends },
            Self::Text {
                text: more,
                ends: more_ends,
            },
        ) = (&mut *self, &other)
            && let Ok(shift) = u32::try_from(text.len())
            && u32::try_from(text.len() + more.len()).is_ok()
        {
            text.push_str(more);
            ends.extend(more_ends.iter().map(|&end| end + shift));
            return;
        }
        self.with_cells(|cells| match other {
            Self::Cells(mut more) => cells.append(&mut more),
            other => cells.extend(other.iter().map(CellRef::to_cell)),
        });
    }

    /// Keeps the cells whose flag is true (cells without a flag go).
    pub fn retain(&mut self, flags: &[bool]) {
        let mut kept = match self {
            Self::Text { .. } => Self::default(),
            Self::Cells(_) => Self::Cells(Vec::new()),
        };
        for (cell, _) in self.iter().zip(flags).filter(|(_, keep)| **keep) {
            kept.push(cell.to_cell());
        }
        *self = kept;
    }

    /// Makes room for `rows` more cells of about `bytes_per_row` bytes of
    /// text each, where there is memory (only a guess: the column grows
    /// as it fills when the room runs out).
    pub fn reserve(&mut self, rows: usize, bytes_per_row: f64) {
        match self {
            Self::Text { text, ends } => {
                let _ = ends.try_reserve(rows);
                let bytes = (rows as f64 * bytes_per_row) as usize;
                let _ = text.try_reserve(bytes.min(u32::MAX as usize));
            }
            Self::Cells(cells) => {
                let _ = cells.try_reserve(rows);
            }
        }
    }

    /// Bytes of text per cell so far (0 when it keeps cells).
    pub fn bytes_per_row(&self) -> f64 {
        match self {
            Self::Text { text, ends } if !ends.is_empty() => text.len() as f64 / ends.len() as f64,
            _ => 0.0,
        }
    }

    /// Runs `change` on the cells as `Cell`s, converting a text column
    /// first.
    fn with_cells(&mut self, change: impl FnOnce(&mut Vec<Cell>)) {
        if let Self::Text { .. } = self {
            let cells = self.iter().map(CellRef::to_cell).collect();
            *self = Self::Cells(cells);
        }
        // Always `Cells` here: converted just above.
        if let Self::Cells(cells) = self {
            change(cells);
        }
    }
}

/// Where the text of `text` ends, as a cell end. Text is only added while
/// it fits in a `u32` (see `push_str`), so the fallback is never taken.
fn end_of(text: &str) -> u32 {
    u32::try_from(text.len()).unwrap_or(u32::MAX)
}

/// The cell of `text[start..end]`.
fn text_cell(text: &str, start: u32, end: u32) -> CellRef<'_> {
    if start >= end {
        return CellRef::Empty;
    }
    // Every cell was pushed whole as a `&str`, so both ends are character
    // boundaries and `get` always succeeds.
    text.get(start as usize..end as usize)
        .map_or(CellRef::Empty, CellRef::Text)
}

/// The cells of a [`Column`], top to bottom.
pub enum Cells<'a> {
    Text {
        text: &'a str,
        ends: std::slice::Iter<'a, u32>,
        start: u32,
    },
    Cells(std::slice::Iter<'a, Cell>),
}

impl<'a> Iterator for Cells<'a> {
    type Item = CellRef<'a>;

    fn next(&mut self) -> Option<CellRef<'a>> {
        match self {
            Self::Text { text, ends, start } => {
                let end = *ends.next()?;
                let cell = text_cell(text, *start, end);
                *start = end;
                Some(cell)
            }
            Self::Cells(cells) => cells.next().map(Cell::as_ref),
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        match self {
            Self::Text { ends, .. } => ends.size_hint(),
            Self::Cells(cells) => cells.size_hint(),
        }
    }
}

impl ExactSizeIterator for Cells<'_> {}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(t: &str) -> Cell {
        Cell::Text(t.into())
    }

    #[test]
    fn text_cells_sit_back_to_back_until_a_typed_cell_comes() {
        let mut column = Column::empty(2);
        column.push(text("hoop"));
        column.push_str("");
        column.push(text(" een verhaal dat langer is dan een cel "));
        assert!(matches!(column, Column::Text { .. }));
        assert_eq!(column.len(), 5);
        assert_eq!(column.get(0), CellRef::Empty);
        assert_eq!(column.get(2), CellRef::Text("hoop"));
        assert_eq!(column.get(3), CellRef::Empty);
        assert_eq!(
            column.get(4),
            CellRef::Text(" een verhaal dat langer is dan een cel ")
        );
        assert_eq!(column.get(5), CellRef::Empty);
        let as_text = column.clone();
        column.push(Cell::Number(7.0));
        assert!(matches!(column, Column::Cells(_)));
        assert_eq!(column.get(2), CellRef::Text("hoop"));
        assert_eq!(column.get(5), CellRef::Number(7.0));
        // Equal cell by cell, whichever way each is kept.
        let mut padded = as_text.clone();
        padded.resize(6);
        let mut cells = column.clone();
        cells.resize(5);
        assert_eq!(cells, as_text);
        assert_ne!(padded, column);
        cells.append(as_text.clone());
        let mut both = as_text.clone();
        both.append(as_text);
        assert_eq!(cells, both);
        assert_eq!(both.get(7), CellRef::Text("hoop"));
        both.retain(&[false, false, true, false, true]);
        assert_eq!(
            both.iter().collect::<Vec<_>>(),
            [
                CellRef::Text("hoop"),
                CellRef::Text(" een verhaal dat langer is dan een cel ")
            ]
        );
    }
}
