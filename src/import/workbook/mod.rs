//! Spreadsheets (`.xlsx .xlsm .xlsb .xls .ods`) → records of typed cells,
//! through calamine.
//!
//! The format is chosen by the file's first bytes (ZIP or OLE container)
//! and its extension, so a damaged file, a password-protected workbook and
//! random bytes each get their own sentence. The sheet is the one the user
//! named, else the visible sheet that looks most like a survey table
//! ([`sheet_score`](super::sheet_score)).

use std::io::Cursor;
use std::sync::Arc;

use calamine::{Ods, Reader, SheetVisible, Sheets, Xls, Xlsb, Xlsx};

use super::Reporter;
use super::error::{DamagedDetail, ImportError, display_name};
use super::raw::RawTable;
use rows::{RowsBuilder, SheetRead, cell_from_data, cell_from_data_ref, fill_while_reading};

mod fast;
mod probe;
mod references;
mod rows;
mod scan;

/// The workbook's bytes are shared by calamine, the reference check on a
/// second thread and the fast sheet reader, not copied for each.
type Bytes = Arc<[u8]>;
type Workbook = Sheets<Cursor<Bytes>>;

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
    read_with(path, bytes, sheet, report, true).0
}

/// [`read_table`], with the fast xlsx reader or (`fast` false) calamine
/// alone; also how many sheets the fast reader read.
fn read_with(
    path: &std::path::Path,
    bytes: Vec<u8>,
    sheet: Option<&str>,
    report: &mut Reporter,
    fast: bool,
) -> (Result<(Option<RawTable>, SheetNames), ImportError>, usize) {
    let mut fast = fast::Source::new(fast);
    let read = read_workbook(path, bytes, sheet, report, &mut fast);
    (read, fast.sheets_read())
}

fn read_workbook(
    path: &std::path::Path,
    bytes: Vec<u8>,
    sheet: Option<&str>,
    report: &mut Reporter,
    fast: &mut fast::Source,
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
    let bytes: Bytes = bytes.into();
    // The worksheets' cell references are checked on a second core while
    // the sheet is read, except in the members the fast reader checks as
    // it reads them (`references`); the check's sentence wins over what
    // calamine made of such a file.
    let (claim, claimed) = std::sync::mpsc::channel();
    let mut references = None;
    if zip {
        let (name, copy) = (file.clone(), Arc::clone(&bytes));
        let spawned = std::thread::Builder::new()
            .name("storylens-sheet-refs".into())
            .spawn(move || references::check_unclaimed(&name, &copy, &claimed));
        match spawned {
            Ok(handle) => references = Some(handle),
            // No thread to spare: the check runs here, before the read.
            Err(_) => {
                let (none, claimed) = std::sync::mpsc::channel();
                let _ = none.send(Vec::new());
                if let Err((_, outside)) = references::check_unclaimed(&file, &bytes, &claimed) {
                    return Err(outside);
                }
            }
        }
    }
    let read = std::panic::AssertUnwindSafe(|| {
        fast.set_bytes(Arc::clone(&bytes));
        let mut workbook = open(&file, &extension, bytes)?;
        let names = workbook.sheet_names();
        if let Sheets::Xlsx(_) = workbook {
            let _ = claim.send(fast.claim(&sheets_to_read(&mut workbook, sheet)));
        }
        let (chosen, table) = choose_sheet(&file, &mut workbook, fast, sheet, report)?;
        Ok((table, SheetNames { names, chosen }))
    });
    let read = std::panic::catch_unwind(read).unwrap_or_else(|_| {
        Err(ImportError::Damaged {
            file: file.clone(),
            detail: DamagedDetail::Unreadable,
        })
    });
    drop(claim);
    let own = fast.finish_checks(&file);
    let other = references.and_then(|handle| handle.join().ok()?.err());
    if let Some((_, outside)) = references::first(own, other) {
        return Err(outside);
    }
    read
}

fn open(file: &str, extension: &str, bytes: Bytes) -> Result<Workbook, ImportError> {
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

/// The sheets [`choose_sheet`] reads: the one `wanted`, else the visible
/// ones (hidden sheets only when those hold no table: rare, and then
/// checked after the read).
fn sheets_to_read(workbook: &mut Workbook, wanted: Option<&str>) -> Vec<String> {
    let names = workbook.sheet_names();
    match wanted {
        Some(wanted) => find_sheet(&names, wanted).into_iter().cloned().collect(),
        None => workbook
            .sheets_metadata()
            .iter()
            .filter(|s| s.visible == SheetVisible::Visible)
            .map(|s| s.name.clone())
            .collect(),
    }
}

/// The sheet of `names` called `wanted`: spelled exactly, else ignoring
/// case (`--sheet data` finds "Data").
fn find_sheet<'n>(names: &'n [String], wanted: &str) -> Option<&'n String> {
    names.iter().find(|n| n.as_str() == wanted).or_else(|| {
        names
            .iter()
            .find(|n| n.to_lowercase() == wanted.to_lowercase())
    })
}

fn choose_sheet(
    file: &str,
    workbook: &mut Workbook,
    fast: &mut fast::Source,
    wanted: Option<&str>,
    report: &mut Reporter,
) -> Result<(String, Option<RawTable>), ImportError> {
    let names = workbook.sheet_names();
    if let Some(wanted) = wanted {
        let name = find_sheet(&names, wanted)
            .ok_or_else(|| ImportError::SheetNotFound {
                file: file.to_owned(),
                sheet: wanted.to_owned(),
                available: names.join(", "),
            })?
            .clone();
        let mut read = read_sheet(file, workbook, fast, &name)?;
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
    best_sheet(file, workbook, fast, &order, visible.len(), report)
}

/// Reads every sheet in `order` and keeps the one that looks most like a
/// survey table ([`sheet_score`](super::sheet_score)); the first
/// `visible` sheets are preferred over hidden ones. Its notes, and one
/// saying what was chosen, go to `report`.
fn best_sheet(
    file: &str,
    workbook: &mut Workbook,
    fast: &mut fast::Source,
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
        let read = read_sheet(file, workbook, fast, name)?;
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

/// Reads sheet `name`. An `.xlsx` sheet is read cell by cell as its XML is
/// parsed: calamine's `worksheet_range` would first collect every cell,
/// then build a dense range, and the table would copy it again — three
/// copies of the largest thing in memory, and most of the time. Where the
/// sheet's XML is of the plain form export tools write, the fast reader
/// ([`fast`]) parses it instead of calamine, with calamine's own shared
/// strings and date formats; anything else is left to calamine.
fn read_sheet(
    file: &str,
    workbook: &mut Workbook,
    fast: &mut fast::Source,
    name: &str,
) -> Result<SheetRead, ImportError> {
    let mut read = SheetRead::new();
    match workbook {
        Sheets::Xlsx(xlsx) => {
            let failed = |e: calamine::XlsxError| error_from_calamine(file, e.into());
            // calamine judges the sheet's start (a missing sheet, a broken
            // dimension, not a worksheet) in either case.
            let mut reader = xlsx.worksheet_cells_reader(name).map_err(failed)?;
            if fast.read(file, name, &mut read)? {
                return Ok(read);
            }
            // The fast reader left the sheet to calamine: start afresh.
            read = SheetRead::new();
            fill_while_reading(file, &mut read, |sink| {
                loop {
                    match reader.next_cell() {
                        Ok(Some(cell)) => {
                            let (row, column) = cell.get_position();
                            if !sink.cell(row, column, cell_from_data_ref(cell.get_value()))? {
                                return Ok(());
                            }
                        }
                        Ok(None) => return Ok(()),
                        Err(error) => return Err(failed(error)),
                    }
                }
            })?;
        }
        other => {
            let range = other
                .worksheet_range(name)
                .map_err(|e| error_from_calamine(file, e))?;
            let (first_row, first_column) = range.start().unwrap_or((0, 0));
            let mut rows = RowsBuilder::default();
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

#[cfg(test)]
mod fast_tests;
#[cfg(test)]
mod tests;
