//! [`CellRef`]: a cell of a [`RawTable`](super::RawTable) as the table hands
//! it out, borrowing its text from the table's column.
//!
//! A table keeps a text column's cells back to back in one buffer (see
//! `raw::column`), not as a [`Cell`] each, so it lends cells as this small
//! copyable view; every lenient reading (number, date, trimmed text) is
//! defined here, once, and [`Cell`] reads itself through it.

use std::borrow::Cow;

use super::cell::{Cell, format_date, format_number, parse_number, trim};
use super::date::{DateOrder, parse_date};

/// One cell of a [`RawTable`](super::RawTable), its text borrowed.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub enum CellRef<'a> {
    /// No value: a blank field or spreadsheet cell, or a cell past the row's end.
    #[default]
    Empty,
    /// Text exactly as read, not trimmed.
    Text(&'a str),
    /// A number typed as such in a spreadsheet (text files give `Text`).
    Number(f64),
    /// A spreadsheet boolean.
    Bool(bool),
    /// A date typed as such in a spreadsheet: days since 1970-01-01, with
    /// the time of day as a fraction.
    Date(f64),
}

impl<'a> CellRef<'a> {
    /// True for empty cells and text that is only whitespace.
    pub fn is_empty(self) -> bool {
        match self {
            Self::Empty => true,
            Self::Text(text) => trim(text).is_empty(),
            _ => false,
        }
    }

    /// The cell as trimmed text (`None` when empty). Numbers are written
    /// without a trailing `.0`; dates as ISO `yyyy-mm-dd`.
    pub fn text(self) -> Option<Cow<'a, str>> {
        match self {
            Self::Empty => None,
            Self::Text(text) => {
                let trimmed = trim(text);
                (!trimmed.is_empty()).then_some(Cow::Borrowed(trimmed))
            }
            Self::Number(value) => Some(Cow::Owned(format_number(value))),
            Self::Bool(true) => Some(Cow::Borrowed("TRUE")),
            Self::Bool(false) => Some(Cow::Borrowed("FALSE")),
            Self::Date(days) => Some(Cow::Owned(format_date(days))),
        }
    }

    /// The cell as a number: typed numbers, booleans as 1/0, and text that
    /// reads as a number (see `parse_number`).
    pub fn number(self) -> Option<f64> {
        match self {
            Self::Number(value) => Some(value),
            Self::Bool(value) => Some(if value { 1.0 } else { 0.0 }),
            Self::Text(text) => parse_number(text),
            Self::Empty | Self::Date(_) => None,
        }
    }

    /// The cell as days since 1970-01-01: typed dates and date text.
    pub fn date(self, order: DateOrder) -> Option<f64> {
        match self {
            Self::Date(days) => Some(days),
            Self::Text(text) => parse_date(text, order),
            _ => None,
        }
    }

    /// An owned copy of the cell.
    pub fn to_cell(self) -> Cell {
        match self {
            Self::Empty => Cell::Empty,
            Self::Text(text) => Cell::Text(text.into()),
            Self::Number(value) => Cell::Number(value),
            Self::Bool(value) => Cell::Bool(value),
            Self::Date(days) => Cell::Date(days),
        }
    }
}

/// A table's cell equals the owned cell it was made from (tests compare
/// `table.cell(r, c)` with `&Cell::…`).
impl PartialEq<&Cell> for CellRef<'_> {
    fn eq(&self, other: &&Cell) -> bool {
        *self == other.as_ref()
    }
}

impl PartialEq<Cell> for CellRef<'_> {
    fn eq(&self, other: &Cell) -> bool {
        *self == other.as_ref()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_borrowed_cell_reads_as_its_owned_cell() {
        let cells = [
            Cell::Empty,
            Cell::Text(" 63,5 ".into()),
            Cell::Text(" \t".into()),
            Cell::Text("2019-01-24".into()),
            Cell::Number(3.0),
            Cell::Bool(true),
            Cell::Date(17_920.5),
        ];
        for cell in &cells {
            let view = cell.as_ref();
            assert_eq!(view, cell);
            assert_eq!(view.to_cell(), *cell);
            assert_eq!(view.is_empty(), cell.is_empty());
            assert_eq!(view.text(), cell.text());
            assert_eq!(view.number(), cell.number());
            assert_eq!(
                view.date(DateOrder::DayFirst),
                cell.date(DateOrder::DayFirst)
            );
        }
        assert_eq!(CellRef::Text(" 63,5 ").number(), Some(63.5));
        assert_ne!(CellRef::Text("1"), &Cell::Number(1.0));
    }
}
