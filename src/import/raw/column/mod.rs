//! [`Column`]: one column of a [`RawTable`](super::RawTable).
//!
//! A text file gives only text. A column of few distinct values (options,
//! numbers, flags, dates: most columns of a survey) is kept as a small code
//! per cell into its distinct values; any other as its cells' text back to
//! back in one buffer plus where each cell ends. Either way there is no
//! allocation (or free) per cell: a cell of `Cell` size (32 bytes) each,
//! plus a heap copy of every long one, made the table of a 73 MB export
//! about 150 MB, the largest thing alive during an import. A column that
//! gets a typed cell (a spreadsheet's number, boolean or date) keeps
//! [`Cell`]s instead.

use std::sync::Arc;

use super::super::{Cell, CellRef};

mod coded;

pub use coded::Coded;
#[cfg(test)]
use coded::MOST_CODES;

/// One column's cells, top to bottom.
#[derive(Clone, Debug)]
pub enum Column {
    /// Few distinct texts: row `r`'s is `values[codes[r] - 1]`, or empty
    /// for code 0.
    Coded(Coded),
    /// Only text (or empty) cells: `text[ends[r - 1]..ends[r]]` is row
    /// `r`'s (from 0 for the first row); an empty range is an empty cell.
    /// The text is shared with the text questions built from it
    /// ([`text_spans`](Self::text_spans)); it is only written while the
    /// table is read, when nothing shares it yet.
    Text { text: Arc<String>, ends: Vec<u32> },
    /// Cells of any kind.
    Cells(Vec<Cell>),
}

impl Default for Column {
    fn default() -> Self {
        Self::Coded(Coded::default())
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
        Self::Coded(Coded::empty(rows))
    }

    /// Number of cells.
    pub fn len(&self) -> usize {
        match self {
            Self::Coded(coded) => coded.codes.len(),
            Self::Text { ends, .. } => ends.len(),
            Self::Cells(cells) => cells.len(),
        }
    }

    /// The cell at `row` (empty past the end).
    pub fn get(&self, row: usize) -> CellRef<'_> {
        match self {
            Self::Coded(coded) => coded
                .codes
                .get(row)
                .map_or(CellRef::Empty, |&code| coded.value(code)),
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
    pub fn iter(&self) -> Iter<'_> {
        match self {
            Self::Coded(coded) => Iter::Coded {
                coded,
                codes: coded.codes.iter(),
            },
            Self::Text { text, ends } => Iter::Text {
                text,
                ends: ends.iter(),
                start: 0,
            },
            Self::Cells(cells) => Iter::Cells(cells.iter()),
        }
    }

    /// `f` of every cell of the first `rows` (empty cells past the
    /// column's end). A coded column is read once per distinct value, and
    /// the readings are looked up by code: the readings (a number, a date,
    /// yes or no) of most survey columns repeat a handful of values, and
    /// reading each cell again was most of detecting and building them.
    pub fn readings<T: Copy>(
        &self,
        rows: usize,
        mut f: impl FnMut(CellRef<'_>) -> T,
    ) -> Readings<'_, T> {
        let empty = f(CellRef::Empty);
        match self {
            Self::Coded(coded) => Readings {
                by_code: std::iter::once(empty)
                    .chain(coded.values.iter().map(|value| f(CellRef::Text(value))))
                    .collect(),
                codes: &coded.codes,
                by_row: Vec::new(),
                rows,
                empty,
            },
            _ => Readings {
                by_code: Vec::new(),
                codes: &[],
                by_row: self.iter().take(rows).map(f).collect(),
                rows,
                empty,
            },
        }
    }

    /// The cells with how many of the first `rows` rows hold each: a coded
    /// column's distinct values in the order first met (the empty cell
    /// first), any other column cell by cell. For readings that only
    /// count, so that they look at each distinct value once.
    pub fn tally(&self, rows: usize) -> Box<dyn Iterator<Item = (CellRef<'_>, usize)> + '_> {
        let padding = rows.saturating_sub(self.len());
        match self {
            Self::Coded(coded) => {
                let mut counts = vec![0usize; coded.values.len() + 1];
                for &code in coded.codes.iter().take(rows) {
                    if let Some(count) = counts.get_mut(usize::from(code)) {
                        *count += 1;
                    }
                }
                if let Some(empty) = counts.first_mut() {
                    *empty += padding;
                }
                let cells = std::iter::once(CellRef::Empty)
                    .chain(coded.values.iter().map(|value| CellRef::Text(value)));
                Box::new(cells.zip(counts).filter(|&(_, count)| count > 0))
            }
            _ => Box::new(
                self.iter()
                    .take(rows)
                    .chain(std::iter::repeat_n(CellRef::Empty, padding))
                    .map(|cell| (cell, 1)),
            ),
        }
    }

    /// Appends an empty cell.
    pub fn push_empty(&mut self) {
        match self {
            Self::Coded(coded) => coded.codes.push(0),
            Self::Text { text, ends } => ends.push(end_of(text)),
            Self::Cells(cells) => cells.push(Cell::Empty),
        }
    }

    /// Appends a text cell (`""` is an empty one).
    pub fn push_str(&mut self, value: &str) {
        if let Self::Coded(coded) = self {
            if let Some(code) = coded.code(value) {
                coded.codes.push(code);
                return;
            }
            self.make_text();
        }
        if let Self::Text { text, ends } = self
            && let Ok(end) = u32::try_from(text.len() + value.len())
        {
            Arc::make_mut(text).push_str(value);
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
            (Cell::Text(value), Self::Coded(_) | Self::Text { .. }) => self.push_str(&value),
            (cell, _) => self.with_cells(|cells| cells.push(cell)),
        }
    }

    /// Pads or cuts the column to `rows` cells.
    pub fn resize(&mut self, rows: usize) {
        match self {
            Self::Coded(coded) => coded.codes.resize(rows, 0),
            Self::Text { text, ends } => {
                let end = end_of(text);
                ends.resize(rows, end);
                // Cut text past the last cell kept.
                let kept = ends.last().map_or(0, |&e| e as usize);
                if kept < text.len() {
                    Arc::make_mut(text).truncate(kept);
                }
            }
            Self::Cells(cells) => cells.resize(rows, Cell::Empty),
        }
    }

    /// Moves the cells of `other` below this column's.
    pub fn append(&mut self, other: Column) {
        if let (Self::Coded(coded), Self::Coded(more)) = (&mut *self, &other) {
            let recoded: Option<Vec<u16>> = std::iter::once(Some(0))
                .chain(more.values.iter().map(|value| coded.code(value)))
                .collect();
            if let Some(recoded) = recoded {
                let code = |c: u16| recoded.get(usize::from(c)).copied().unwrap_or(0);
                coded.codes.extend(more.codes.iter().map(|&c| code(c)));
                return;
            }
        }
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
            Arc::make_mut(text).push_str(more);
            ends.extend(more_ends.iter().map(|&end| end + shift));
            return;
        }
        match other {
            Self::Cells(mut more) => self.with_cells(|cells| cells.append(&mut more)),
            other => other.iter().for_each(|cell| self.push_ref(cell)),
        }
    }

    /// Appends a copy of `cell`.
    fn push_ref(&mut self, cell: CellRef<'_>) {
        match cell {
            CellRef::Empty => self.push_empty(),
            CellRef::Text(value) => self.push_str(value),
            typed => self.push(typed.to_cell()),
        }
    }

    /// Keeps the cells whose flag is true (cells without a flag go).
    pub fn retain(&mut self, flags: &[bool]) {
        let mut kept = match self {
            Self::Coded(_) | Self::Text { .. } => Self::default(),
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
        let bytes = (rows as f64 * bytes_per_row) as usize;
        match self {
            Self::Coded(coded) => {
                let _ = coded.codes.try_reserve(rows);
                coded.room = bytes;
            }
            Self::Text { text, ends } => {
                let _ = ends.try_reserve(rows);
                let _ = Arc::make_mut(text).try_reserve(bytes.min(u32::MAX as usize));
            }
            Self::Cells(cells) => {
                let _ = cells.try_reserve(rows);
            }
        }
    }

    /// A text column's text and each row's range of it, `None` for a cell
    /// of only white space (as `columns::text` reads it), for `rows` rows;
    /// `None` for a column kept otherwise.
    #[allow(clippy::type_complexity, reason = "the parts of a TextColumn")]
    pub fn text_spans(&self, rows: usize) -> Option<(Arc<String>, Vec<Option<(usize, usize)>>)> {
        let Self::Text { text, ends } = self else {
            return None;
        };
        let mut spans = Vec::with_capacity(rows);
        let mut start = 0;
        for &end in ends.iter().take(rows) {
            let cell = text_cell(text, start, end);
            spans.push((!cell.is_empty()).then_some((start as usize, end as usize)));
            start = end;
        }
        spans.resize(rows, None);
        Some((Arc::clone(text), spans))
    }

    /// Bytes of text per cell so far (0 when it keeps cells).
    pub fn bytes_per_row(&self) -> f64 {
        match self {
            Self::Coded(coded) if !coded.codes.is_empty() => {
                let bytes: usize = self
                    .iter()
                    .map(|cell| match cell {
                        CellRef::Text(text) => text.len(),
                        _ => 0,
                    })
                    .sum();
                bytes as f64 / coded.codes.len() as f64
            }
            Self::Text { text, ends } if !ends.is_empty() => text.len() as f64 / ends.len() as f64,
            _ => 0.0,
        }
    }

    /// Turns a coded column into a text column (with the room reserved
    /// for it), for a value past [`MOST_CODES`]; into cells should its
    /// text pass 4 GB.
    fn make_text(&mut self) {
        let Self::Coded(coded) = self else {
            return;
        };
        let bytes: usize = coded
            .codes
            .iter()
            .map(|&code| match coded.value(code) {
                CellRef::Text(value) => value.len(),
                _ => 0,
            })
            .sum();
        if u32::try_from(bytes).is_err() {
            self.with_cells(|_| {});
            return;
        }
        let mut text = String::new();
        let _ = text.try_reserve(coded.room.clamp(bytes, u32::MAX as usize));
        let mut ends = Vec::new();
        let _ = ends.try_reserve(coded.codes.capacity());
        for &code in &coded.codes {
            if let CellRef::Text(value) = coded.value(code) {
                text.push_str(value);
            }
            ends.push(end_of(&text));
        }
        *self = Self::Text {
            text: Arc::new(text),
            ends,
        };
    }

    /// Runs `change` on the cells as `Cell`s, converting a text column
    /// first.
    fn with_cells(&mut self, change: impl FnOnce(&mut Vec<Cell>)) {
        if !matches!(self, Self::Cells(_)) {
            let cells = self.iter().map(CellRef::to_cell).collect();
            *self = Self::Cells(cells);
        }
        // Always `Cells` here: converted just above.
        if let Self::Cells(cells) = self {
            change(cells);
        }
    }
}

/// The reading of every cell of a column: see [`Column::readings`].
pub struct Readings<'a, T> {
    /// A coded column's reading of each code (the empty cell's first).
    by_code: Vec<T>,
    /// A coded column's codes.
    codes: &'a [u16],
    /// Any other column's reading of each cell.
    by_row: Vec<T>,
    rows: usize,
    /// The reading of an empty cell.
    empty: T,
}

impl<T: Copy> Readings<'_, T> {
    /// The reading of the cell at `row` (an empty cell's past the end).
    pub fn get(&self, row: usize) -> T {
        if row >= self.rows {
            return self.empty;
        }
        let found = if self.by_code.is_empty() {
            self.by_row.get(row)
        } else {
            self.codes
                .get(row)
                .and_then(|&code| self.by_code.get(usize::from(code)))
        };
        found.copied().unwrap_or(self.empty)
    }

    /// The readings from the top row down.
    pub fn iter(&self) -> impl Iterator<Item = T> + '_ {
        (0..self.rows).map(|row| self.get(row))
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
pub enum Iter<'a> {
    Coded {
        coded: &'a Coded,
        codes: std::slice::Iter<'a, u16>,
    },
    Text {
        text: &'a str,
        ends: std::slice::Iter<'a, u32>,
        start: u32,
    },
    Cells(std::slice::Iter<'a, Cell>),
}

impl<'a> Iterator for Iter<'a> {
    type Item = CellRef<'a>;

    fn next(&mut self) -> Option<CellRef<'a>> {
        match self {
            Self::Coded { coded, codes } => codes.next().map(|&code| coded.value(code)),
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
            Self::Coded { codes, .. } => codes.size_hint(),
            Self::Text { ends, .. } => ends.size_hint(),
            Self::Cells(cells) => cells.size_hint(),
        }
    }
}

impl ExactSizeIterator for Iter<'_> {}

#[cfg(test)]
mod tests;
