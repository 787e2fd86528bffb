//! Cells as calamine or the fast sheet reader give them, turned into rows
//! of a [`TableBuilder`]: the conversion of a spreadsheet value into a
//! [`Cell`], rows collected from cells in sheet order, and the two-thread
//! pipeline that fills the table while the sheet is still being read.

use std::sync::mpsc::{Receiver, SyncSender};

use calamine::{Data, DataRef};

use super::super::date::{DateOrder, days, parse_date};
use super::super::error::{DamagedDetail, ImportError};
use super::super::raw::{Records, Shape, TableBuilder};
use super::super::{Cell, Reporter, Text};

/// A sheet read into a table builder, with its own notes (kept only if
/// the sheet is the one imported).
pub(super) struct SheetRead {
    pub(super) builder: TableBuilder,
    pub(super) report: Reporter,
    /// Rows with at least one filled cell.
    pub(super) filled_rows: usize,
}

impl SheetRead {
    pub(super) fn new() -> Self {
        Self {
            builder: TableBuilder::new(Shape::Square),
            report: Reporter::default(),
            filled_rows: 0,
        }
    }

    pub(super) fn fill(&mut self, rows: &mut Records) {
        self.builder.push_records(rows, &mut self.report);
    }
}

/// Where a sheet's cells go while it is read: into rows, handed in batches
/// to the thread that fills the table.
pub(super) struct Sink<'f> {
    file: &'f str,
    rows: RowsBuilder,
    batches: SyncSender<Records>,
    /// Emptied batches coming back to be filled again.
    reuse: Receiver<Records>,
}

impl Sink<'_> {
    /// Takes the cell at 0-based `row`, `column` (refused past Excel's
    /// limits); `false` when the filling thread has gone.
    pub(super) fn cell(&mut self, row: u32, column: u32, cell: Cell) -> Result<bool, ImportError> {
        super::super::bounds::check_position(self.file, row, column)?;
        self.rows.push(row, column, cell);
        let reuse = &self.reuse;
        if let Some(batch) = self.rows.take_full(|| reuse.try_recv().unwrap_or_default()) {
            return Ok(self.batches.send(batch).is_ok());
        }
        Ok(true)
    }
}

/// Runs `source` on this thread, its cells filling `read`'s table on a
/// second one: parsing the XML and filling the columns overlap. What
/// `source` returns is returned once every cell it gave is in the table.
pub(super) fn fill_while_reading<T>(
    file: &str,
    read: &mut SheetRead,
    source: impl FnOnce(&mut Sink<'_>) -> Result<T, ImportError>,
) -> Result<T, ImportError> {
    std::thread::scope(|scope| {
        let (batches, received) = std::sync::mpsc::sync_channel::<Records>(8);
        let (emptied, reuse) = std::sync::mpsc::channel::<Records>();
        let table = &mut *read;
        let filler = scope.spawn(move || {
            for mut batch in received {
                table.fill(&mut batch);
                let _ = emptied.send(batch);
            }
        });
        let mut sink = Sink {
            file,
            rows: RowsBuilder::default(),
            batches,
            reuse,
        };
        let result = source(&mut sink);
        let Sink { rows, batches, .. } = sink;
        let (rest, filled) = rows.finish();
        let _ = batches.send(rest);
        drop(batches);
        // The filler only panics if filling the table panics: the sheet is
        // then as damaged as if calamine had panicked.
        filler.join().map_err(|_| ImportError::Damaged {
            file: file.to_owned(),
            detail: DamagedDetail::NoTable,
        })?;
        result.map(|value| (value, filled))
    })
    .map(|(value, filled)| {
        read.filled_rows = filled;
        value
    })
}

/// Rows handed from the reading thread to the filling one at a time.
pub(super) const ROWS_PER_BATCH: usize = 1024;

/// Turns cells given in row order (as a sheet's XML lists them) into rows
/// for a [`TableBuilder`]: missing cells are empty, rows without a filled
/// cell are left out. Blank columns around the data go when the table is
/// finished (`Shape::Square`).
#[derive(Default)]
pub(super) struct RowsBuilder {
    /// Finished rows not yet handed on, and the row being filled.
    records: Records,
    /// The row being filled: its number and where its cells start.
    row: Option<(usize, usize)>,
    /// Rows with at least one filled cell.
    filled_rows: usize,
}

impl RowsBuilder {
    pub(super) fn push(&mut self, row: u32, column: u32, cell: Cell) {
        if cell.is_empty() {
            return;
        }
        let (number, column) = (row as usize + 1, column as usize);
        let start = match self.row {
            Some((current, start)) if current == number => start,
            _ => {
                self.end_row();
                let start = self.records.cell_count();
                self.row = Some((number, start));
                start
            }
        };
        self.records.set_cell(start, column, cell);
    }

    fn end_row(&mut self) {
        if let Some((number, _)) = self.row.take() {
            self.filled_rows += 1;
            self.records.end_record(number);
        }
    }

    /// A batch of finished rows, once there are enough; the row being
    /// filled moves on to the buffer `fresh` gives.
    pub(super) fn take_full(&mut self, fresh: impl FnOnce() -> Records) -> Option<Records> {
        if self.records.len() < ROWS_PER_BATCH {
            return None;
        }
        let mut next = fresh();
        if let Some((_, start)) = &mut self.row {
            *start = next.take_unfinished(&mut self.records, *start);
        }
        Some(std::mem::replace(&mut self.records, next))
    }

    /// The remaining rows and how many rows had a filled cell in all.
    pub(super) fn finish(mut self) -> (Records, usize) {
        self.end_row();
        (self.records, self.filled_rows)
    }
}

pub(super) fn cell_from_data(data: &Data) -> Cell {
    match data {
        Data::Empty => Cell::Empty,
        Data::Int(value) => Cell::Number(*value as f64),
        Data::Float(value) => Cell::Number(*value),
        Data::Bool(value) => Cell::Bool(*value),
        Data::String(text) => text_cell(text),
        Data::DateTime(when) => date_time_cell(when),
        Data::DateTimeIso(text) => iso_date_cell(text),
        Data::DurationIso(text) => Cell::Text(Text::new(text)),
        Data::Error(error) => Cell::Text(error.to_string().into()),
    }
}

pub(super) fn cell_from_data_ref(data: &DataRef<'_>) -> Cell {
    match data {
        DataRef::Empty => Cell::Empty,
        DataRef::Int(value) => Cell::Number(*value as f64),
        DataRef::Float(value) => Cell::Number(*value),
        DataRef::Bool(value) => Cell::Bool(*value),
        DataRef::String(text) => text_cell(text),
        DataRef::SharedString(text) => text_cell(text),
        DataRef::DateTime(when) => date_time_cell(when),
        DataRef::DateTimeIso(text) => iso_date_cell(text),
        DataRef::DurationIso(text) => Cell::Text(Text::new(text)),
        DataRef::Error(error) => Cell::Text(error.to_string().into()),
    }
}

pub(super) fn text_cell(text: &str) -> Cell {
    if text.trim().is_empty() {
        Cell::Empty
    } else {
        Cell::Text(Text::new(text))
    }
}

/// A date (days since 1970 with the time as a fraction), or the number a
/// duration or an impossible date is.
pub(super) fn date_time_cell(when: &calamine::ExcelDateTime) -> Cell {
    if !when.is_datetime() {
        return Cell::Number(when.as_f64());
    }
    let (year, month, day, hour, minute, second, milli) = when.to_ymd_hms_milli();
    match days(i64::from(year), u32::from(month), u32::from(day)) {
        Some(whole) => {
            let seconds = f64::from(hour) * 3600.0
                + f64::from(minute) * 60.0
                + f64::from(second)
                + f64::from(milli) / 1000.0;
            Cell::Date(whole as f64 + seconds / 86_400.0)
        }
        None => Cell::Number(when.as_f64()),
    }
}

fn iso_date_cell(text: &str) -> Cell {
    parse_date(text, DateOrder::DayFirst).map_or_else(|| Cell::Text(Text::new(text)), Cell::Date)
}
