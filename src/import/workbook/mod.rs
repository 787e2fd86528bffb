//! Spreadsheets (`.xlsx .xlsm .xlsb .xls .ods`) → records of typed cells,
//! through calamine.
//!
//! The format is chosen by the file's first bytes (ZIP or OLE container)
//! and its extension, so a damaged file, a password-protected workbook and
//! random bytes each get their own sentence. The sheet is the one the user
//! named, else the visible sheet that looks most like a survey table
//! ([`sheet_score`](super::sheet_score)).

use std::io::Cursor;

use calamine::{Data, DataRef, Ods, Reader, SheetVisible, Sheets, Xls, Xlsb, Xlsx};

use super::date::{DateOrder, days, parse_date};
use super::error::{DamagedDetail, ImportError, display_name};
use super::raw::{RawTable, Records, Shape, TableBuilder};
use super::{Cell, Reporter, Text};

type Workbook = Sheets<Cursor<Vec<u8>>>;

const ZIP_MAGIC: &[u8] = b"PK\x03\x04";
const OLE_MAGIC: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// True when `bytes` start like a ZIP or OLE container.
pub fn looks_like_workbook(bytes: &[u8]) -> bool {
    bytes.starts_with(ZIP_MAGIC) || bytes.starts_with(OLE_MAGIC)
}

/// The sheets of a workbook and the one that was read.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SheetNames {
    /// Every sheet's name, in workbook order.
    pub names: Vec<String>,
    /// The sheet the records came from.
    pub chosen: String,
}

/// Reads the chosen sheet of the workbook in `bytes` into a table (`None`
/// when the sheet holds nothing).
pub fn read_table(
    path: &std::path::Path,
    bytes: Vec<u8>,
    sheet: Option<&str>,
    report: &mut Reporter,
) -> Result<(Option<RawTable>, SheetNames), ImportError> {
    let file = display_name(path);
    let extension = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    // calamine parses untrusted bytes; should it ever panic on a damaged
    // file, the user gets the "damaged" sentence and the app keeps running.
    let zip = bytes.starts_with(ZIP_MAGIC);
    if zip {
        super::bounds::check_container(&file, &bytes)?;
    }
    // The worksheets' cell references are checked on a second core while
    // calamine reads (a copy of the bytes: calamine takes them); the
    // check's sentence wins over what calamine made of such a file.
    let mut references = None;
    if zip {
        let (name, copy) = (file.clone(), bytes.clone());
        let spawned = std::thread::Builder::new()
            .name("storylens-sheet-refs".into())
            .spawn(move || super::bounds::check_worksheets(&name, &copy));
        match spawned {
            Ok(handle) => references = Some(handle),
            // No thread to spare: the check runs here, before the read.
            Err(_) => super::bounds::check_worksheets(&file, &bytes)?,
        }
    }
    let read = std::panic::AssertUnwindSafe(|| {
        let mut workbook = open(&file, &extension, bytes)?;
        let names = workbook.sheet_names();
        let (chosen, table) = choose_sheet(&file, &mut workbook, sheet, report)?;
        Ok((table, SheetNames { names, chosen }))
    });
    let read = std::panic::catch_unwind(read).unwrap_or_else(|_| {
        Err(ImportError::Damaged {
            file: file.clone(),
            detail: DamagedDetail::Unreadable,
        })
    });
    if let Some(handle) = references
        && let Ok(Err(outside)) = handle.join()
    {
        return Err(outside);
    }
    read
}

fn open(file: &str, extension: &str, bytes: Vec<u8>) -> Result<Workbook, ImportError> {
    let zip = bytes.starts_with(ZIP_MAGIC);
    let ole = bytes.starts_with(OLE_MAGIC);
    let failed = |error: calamine::Error| error_from_calamine(file, error);
    let cursor = Cursor::new(bytes);
    match (zip, ole, extension) {
        (true, _, "xlsb") => Xlsb::new(cursor)
            .map(Sheets::Xlsb)
            .map_err(|e| failed(e.into())),
        (true, _, "ods") => Ods::new(cursor)
            .map(Sheets::Ods)
            .map_err(|e| failed(e.into())),
        (true, _, _) => Xlsx::new(cursor.clone())
            .map(Sheets::Xlsx)
            .or_else(|xlsx_error| Ods::new(cursor).map(Sheets::Ods).map_err(|_| xlsx_error))
            .map_err(|e| failed(e.into())),
        // An OLE file named .xlsx/.xlsm/.xlsb is an encrypted OOXML package.
        (_, true, "xlsx" | "xlsm" | "xlsb") => Err(ImportError::PasswordProtected {
            file: file.to_owned(),
        }),
        (_, true, _) => Xls::new(cursor)
            .map(Sheets::Xls)
            .map_err(|e| failed(e.into())),
        _ => Err(ImportError::NotSpreadsheet {
            file: file.to_owned(),
            extension: if extension.is_empty() {
                "xlsx".to_owned()
            } else {
                extension.to_owned()
            },
        }),
    }
}

fn error_from_calamine(file: &str, error: calamine::Error) -> ImportError {
    use calamine::{Error, OdsError, XlsError, XlsbError, XlsxError};
    let file = file.to_owned();
    match error {
        Error::Xlsx(XlsxError::Password)
        | Error::Xls(XlsError::Password)
        | Error::Xlsb(XlsbError::Password)
        | Error::Ods(OdsError::Password) => ImportError::PasswordProtected { file },
        Error::Xlsx(XlsxError::Zip(_))
        | Error::Xlsb(XlsbError::Zip(_))
        | Error::Ods(OdsError::Zip(_)) => ImportError::Damaged {
            file,
            detail: DamagedDetail::BrokenZip,
        },
        other => ImportError::Damaged {
            file,
            detail: DamagedDetail::Reader(other.to_string()),
        },
    }
}

fn choose_sheet(
    file: &str,
    workbook: &mut Workbook,
    wanted: Option<&str>,
    report: &mut Reporter,
) -> Result<(String, Option<RawTable>), ImportError> {
    let names = workbook.sheet_names();
    if let Some(wanted) = wanted {
        let name = names
            .iter()
            .find(|n| n.as_str() == wanted)
            .or_else(|| {
                names
                    .iter()
                    .find(|n| n.to_lowercase() == wanted.to_lowercase())
            })
            .ok_or_else(|| ImportError::SheetNotFound {
                file: file.to_owned(),
                sheet: wanted.to_owned(),
                available: names.join(", "),
            })?
            .clone();
        let mut read = read_sheet(file, workbook, &name)?;
        let table = read.builder.finish_within_budget(file, &mut read.report)?;
        report.absorb(read.report);
        return Ok((name, table));
    }
    let visible: Vec<String> = workbook
        .sheets_metadata()
        .iter()
        .filter(|s| s.visible == SheetVisible::Visible)
        .map(|s| s.name.clone())
        .collect();
    let order: Vec<&String> = visible
        .iter()
        .chain(names.iter().filter(|n| !visible.contains(n)))
        .collect();
    best_sheet(file, workbook, &order, visible.len(), report)
}

/// Reads every sheet in `order` and keeps the one that looks most like a
/// survey table ([`sheet_score`](super::sheet_score)); the first
/// `visible` sheets are preferred over hidden ones. Its notes, and one
/// saying what was chosen, go to `report`.
fn best_sheet(
    file: &str,
    workbook: &mut Workbook,
    order: &[&String],
    visible: usize,
    report: &mut Reporter,
) -> Result<(String, Option<RawTable>), ImportError> {
    use super::sheet_score::{choice_note, describe, score};
    let mut best: Option<(usize, String, Option<RawTable>, Reporter)> = None;
    let mut others = Vec::new();
    for (at, name) in order.iter().enumerate() {
        // A hidden sheet only when no visible one has a table.
        if at >= visible && best.as_ref().is_some_and(|b| b.0 > 0) {
            break;
        }
        let read = read_sheet(file, workbook, name)?;
        if read.filled_rows == 0 {
            continue;
        }
        let mut sheet_report = read.report;
        let table = read.builder.finish_within_budget(file, &mut sheet_report)?;
        let rank = score(table.as_ref());
        if best.as_ref().is_none_or(|b| rank > b.0) {
            if let Some((_, old_name, old_table, _)) = best.take() {
                others.push(describe(&old_name, old_table.as_ref()));
            }
            best = Some((rank, (*name).clone(), table, sheet_report));
        } else {
            others.push(describe(name, table.as_ref()));
        }
    }
    let (_, name, table, sheet_report) = best.ok_or_else(|| ImportError::NoSheets {
        file: file.to_owned(),
    })?;
    if order.len() > 1 {
        report.file(choice_note(order.len(), &name, table.as_ref(), &others));
    }
    report.absorb(sheet_report);
    Ok((name, table))
}

/// A sheet read into a table builder, with its own notes (kept only if
/// the sheet is the one imported).
struct SheetRead {
    builder: TableBuilder,
    report: Reporter,
    /// Rows with at least one filled cell.
    filled_rows: usize,
}

/// Reads sheet `name`. An `.xlsx` sheet is read cell by cell as its XML is
/// parsed: calamine's `worksheet_range` would first collect every cell,
/// then build a dense range, and the table would copy it again — three
/// copies of the largest thing in memory, and most of the time.
fn read_sheet(file: &str, workbook: &mut Workbook, name: &str) -> Result<SheetRead, ImportError> {
    let mut read = SheetRead {
        builder: TableBuilder::new(Shape::Square),
        report: Reporter::default(),
        filled_rows: 0,
    };
    let mut rows = RowsBuilder::default();
    match workbook {
        Sheets::Xlsx(xlsx) => {
            let failed = |e: calamine::XlsxError| error_from_calamine(file, e.into());
            let mut reader = xlsx.worksheet_cells_reader(name).map_err(failed)?;
            // Parsing the XML and filling the table's columns run on two
            // threads: this one reads cells into rows, a second fills.
            let table = &mut read;
            let filled = std::thread::scope(|scope| {
                let (batches, received) = std::sync::mpsc::sync_channel::<Records>(8);
                // Emptied batches go back to the reader to be filled again.
                let (emptied, reuse) = std::sync::mpsc::channel::<Records>();
                let filler = scope.spawn(move || {
                    for mut batch in received {
                        table.fill(&mut batch);
                        let _ = emptied.send(batch);
                    }
                });
                let mut result = Ok(());
                loop {
                    match reader.next_cell() {
                        Ok(Some(cell)) => {
                            let (row, column) = cell.get_position();
                            if let Err(error) = super::bounds::check_position(file, row, column) {
                                result = Err(error);
                                break;
                            }
                            rows.push(row, column, cell_from_data_ref(cell.get_value()));
                            if let Some(batch) =
                                rows.take_full(|| reuse.try_recv().unwrap_or_default())
                                && batches.send(batch).is_err()
                            {
                                break;
                            }
                        }
                        Ok(None) => break,
                        Err(error) => {
                            result = Err(failed(error));
                            break;
                        }
                    }
                }
                let (rest, filled) = rows.finish();
                let _ = batches.send(rest);
                drop(batches);
                // The filler only panics if filling the table panics: the
                // sheet is then as damaged as if calamine had panicked.
                filler.join().map_err(|_| ImportError::Damaged {
                    file: file.to_owned(),
                    detail: DamagedDetail::NoTable,
                })?;
                result.map(|()| filled)
            })?;
            read.filled_rows = filled;
        }
        other => {
            let range = other
                .worksheet_range(name)
                .map_err(|e| error_from_calamine(file, e))?;
            let (first_row, first_column) = range.start().unwrap_or((0, 0));
            for (i, row) in range.rows().enumerate() {
                for (j, data) in row.iter().enumerate() {
                    rows.push(
                        first_row + i as u32,
                        first_column + j as u32,
                        cell_from_data(data),
                    );
                }
            }
            let (mut rest, filled) = rows.finish();
            read.fill(&mut rest);
            read.filled_rows = filled;
        }
    }
    Ok(read)
}

/// Rows handed from the reading thread to the filling one at a time.
const ROWS_PER_BATCH: usize = 1024;

impl SheetRead {
    fn fill(&mut self, rows: &mut Records) {
        self.builder.push_records(rows, &mut self.report);
    }
}

/// Turns cells given in row order (as a sheet's XML lists them) into rows
/// for a [`TableBuilder`]: missing cells are empty, rows without a filled
/// cell are left out. Blank columns around the data go when the table is
/// finished (`Shape::Square`).
#[derive(Default)]
struct RowsBuilder {
    /// Finished rows not yet handed on, and the row being filled.
    records: Records,
    /// The row being filled: its number and where its cells start.
    row: Option<(usize, usize)>,
    /// Rows with at least one filled cell.
    filled_rows: usize,
}

impl RowsBuilder {
    fn push(&mut self, row: u32, column: u32, cell: Cell) {
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
    fn take_full(&mut self, fresh: impl FnOnce() -> Records) -> Option<Records> {
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
    fn finish(mut self) -> (Records, usize) {
        self.end_row();
        (self.records, self.filled_rows)
    }
}

fn cell_from_data(data: &Data) -> Cell {
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

fn cell_from_data_ref(data: &DataRef<'_>) -> Cell {
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

fn text_cell(text: &str) -> Cell {
    if text.trim().is_empty() {
        Cell::Empty
    } else {
        Cell::Text(Text::new(text))
    }
}

/// A date (days since 1970 with the time as a fraction), or the number a
/// duration or an impossible date is.
fn date_time_cell(when: &calamine::ExcelDateTime) -> Cell {
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

#[cfg(test)]
mod tests;
