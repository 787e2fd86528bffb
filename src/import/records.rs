//! [`Records`]: batches of records as read, before they become a
//! [`RawTable`](super::RawTable).

use super::Cell;

/// Consecutive records in one buffer, handed from a thread that reads them
/// to one that fills the table. One allocation per batch instead of one
/// per record, and the buffers go back to be filled again: allocating on
/// one thread and freeing on the other made the two contend for the
/// allocator's lock.
#[derive(Debug, Default)]
pub struct Records {
    pub(super) cells: Vec<Cell>,
    /// Per record: its row number and where its cells end.
    pub(super) ends: Vec<(usize, usize)>,
}

impl Records {
    /// Ends the record being read, as row `number`.
    pub fn end_record(&mut self, number: usize) {
        self.ends.push((number, self.cells.len()));
    }

    /// Cells held, including those of the record being read.
    pub fn cell_count(&self) -> usize {
        self.cells.len()
    }

    /// Puts `cell` at `column` of the record being read, whose cells start
    /// at `start`; cells before it stay or become empty.
    pub fn set_cell(&mut self, start: usize, column: usize, cell: Cell) {
        let at = start + column;
        if self.cells.len() <= at {
            self.cells.resize(at + 1, Cell::Empty);
        }
        self.cells[at] = cell;
    }

    /// Moves the record being read (cells from `start` on) out of `from`
    /// into this buffer; returns where it starts here.
    pub fn take_unfinished(&mut self, from: &mut Records, start: usize) -> usize {
        let here = self.cells.len();
        self.cells
            .extend(from.cells.drain(start.min(from.cells.len())..));
        here
    }

    /// Complete records held.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub(super) fn clear(&mut self) {
        self.cells.clear();
        self.ends.clear();
    }
}
