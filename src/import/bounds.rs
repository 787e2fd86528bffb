//! The bounds a workbook must keep, checked before and while calamine
//! reads it, so that a small file cannot ask for gigabytes.
//!
//! - [`check_container`] looks into the ZIP members calamine would trust:
//!   an xlsx `sharedStrings.xml` whose `uniqueCount` is more than its
//!   content can hold (calamine 0.38 reserves that many strings up front,
//!   and `uniqueCount="4294967295"` aborts the process on a failed
//!   100 GB allocation), and an ODS `content.xml` whose repeated rows and
//!   cells would expand to more than [`ODS_CELL_BUDGET`] cells in
//!   calamine's dense sheet (trailing empty rows and cells cost nothing
//!   there, as in calamine).
//! - An xlsx worksheet's cell references (`<c r="…">`, `<dimension ref>`)
//!   past Excel's 1,048,576 rows × 16,384 columns are refused
//!   ([`sheet_refs`](super::sheet_refs), on a thread beside the read and
//!   in the fast xlsx reader: `workbook::references`): calamine would
//!   overflow on a reference like `ZZZZZZ99999999999`.
//! - [`check_position`] refuses a cell beyond those limits while the cells
//!   stream in (ODS, xls, and any reference the pre-check could not read),
//!   before a row is widened to the column the file names.
//!
//! calamine 0.38.0 is the newest release the registry has; the pre-check
//! stays until an upstream release caps the reservation (a one-line
//! `reserve(n.min(..))` in `Xlsx::read_shared_strings`).

use std::io::{BufRead, BufReader, Cursor, Read};

use quick_xml::events::{BytesStart, Event};

use super::ImportError;
use super::error::DamagedDetail;
use super::raw::CELL_BUDGET;

/// Excel's limits, which every spreadsheet program keeps.
pub const MAX_ROWS: u64 = 1_048_576;
pub const MAX_COLUMNS: u64 = 16_384;

/// The most cells an ODS sheet may expand to. calamine holds an ODS sheet
/// as two dense ranges (values and formulas, about 56 bytes a cell, and a
/// copy while it trims them), so its budget is a quarter of the table's.
pub const ODS_CELL_BUDGET: u64 = CELL_BUDGET / 4;

/// The shortest entry a shared-strings list can have: `<si/>`.
const SHORTEST_SHARED_STRING: u64 = 5;

/// Refuses a cell at 0-based `row`, `column` past Excel's limits.
pub fn check_position(file: &str, row: u32, column: u32) -> Result<(), ImportError> {
    let (row, column) = (u64::from(row) + 1, u64::from(column) + 1);
    if row > MAX_ROWS || column > MAX_COLUMNS {
        return Err(ImportError::OutsideSheet {
            file: file.to_owned(),
            row,
            column,
        });
    }
    Ok(())
}

/// Checks the members of the ZIP workbook in `bytes` that calamine would
/// trust. A container that does not open is left to calamine, which says
/// it is damaged.
pub fn check_container(file: &str, bytes: &[u8]) -> Result<(), ImportError> {
    let Ok(mut zip) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return Ok(());
    };
    let names: Vec<String> = zip
        .file_names()
        .filter_map(Result::ok)
        .map(|name| name.into_owned())
        .collect();
    for name in names {
        let lower = name.to_ascii_lowercase();
        if lower.ends_with("sharedstrings.xml") {
            check_shared_strings(file, &mut zip, &name)?;
        } else if lower == "content.xml" {
            check_ods_content(file, &mut zip, &name)?;
        }
    }
    Ok(())
}

type Zip<'a> = zip::ZipArchive<Cursor<&'a [u8]>>;

/// The `uniqueCount` must fit in the member's real (decompressed) length,
/// at five bytes an entry; only as many bytes as the claim needs are read.
fn check_shared_strings(file: &str, zip: &mut Zip<'_>, name: &str) -> Result<(), ImportError> {
    let Some(claimed) = zip.by_name(name).ok().and_then(unique_count) else {
        return Ok(());
    };
    let needed = claimed.saturating_mul(SHORTEST_SHARED_STRING);
    let Ok(member) = zip.by_name(name) else {
        return Ok(());
    };
    let held = std::io::copy(&mut member.take(needed), &mut std::io::sink()).unwrap_or(0);
    if held < needed {
        return Err(ImportError::SharedStringsCount {
            file: file.to_owned(),
            claimed,
        });
    }
    Ok(())
}

/// The `uniqueCount` of the `<sst>` element at the start of `xml`.
fn unique_count(xml: impl Read) -> Option<u64> {
    let mut reader = quick_xml::Reader::from_reader(BufReader::new(xml.take(64 * 1024)));
    let mut buf = Vec::new();
    loop {
        match reader.read_event_into(&mut buf).ok()? {
            Event::Start(e) | Event::Empty(e) if e.local_name().as_ref() == "sst" => {
                let value = e.try_get_attribute("uniqueCount").ok()??.value;
                return value.trim().parse().ok();
            }
            Event::Eof => return None,
            _ => buf.clear(),
        }
    }
}

fn check_ods_content(file: &str, zip: &mut Zip<'_>, name: &str) -> Result<(), ImportError> {
    let Ok(member) = zip.by_name(name) else {
        return Ok(());
    };
    match ods_largest_sheet(BufReader::new(member)) {
        Ok(cells) if cells > ODS_CELL_BUDGET => Err(ImportError::TooManyCells {
            file: file.to_owned(),
            cells,
            limit: ODS_CELL_BUDGET,
        }),
        Ok(_) => Ok(()),
        // calamine 0.38 loops forever on a sheet cut off before its end
        // (its `read_table` has no arm for the end of the file; found by
        // the `xlsx_members` fuzz target), so broken XML stops here.
        Err(detail) => Err(ImportError::Damaged {
            file: file.to_owned(),
            detail,
        }),
    }
}

/// The cells of the largest sheet of an ODS `content.xml` as calamine
/// would expand it: rows up to the last one with a filled cell, times the
/// widest row up to its last filled cell, repeats counted (and capped at
/// Excel's limits, as calamine caps them). Fails, saying why, on XML that
/// is not well-formed or ends inside a sheet.
pub(crate) fn ods_largest_sheet(xml: impl BufRead) -> Result<u64, DamagedDetail> {
    let mut reader = quick_xml::Reader::from_reader(xml);
    let mut buf = Vec::new();
    let mut largest = 0u64;
    let mut sheet = SheetExtent::default();
    let mut row: Option<RowExtent> = None;
    let mut open_sheets = 0usize;
    loop {
        let event = reader
            .read_event_into(&mut buf)
            .map_err(|_| DamagedDetail::NotWellFormed)?;
        match &event {
            Event::Start(e) if e.name().as_ref() == "table:table" => {
                open_sheets += 1;
                sheet = SheetExtent::default();
            }
            Event::Start(e) | Event::Empty(e) => match e.name().as_ref() {
                "table:table-row" => {
                    let repeats = repeats(e, "table:number-rows-repeated");
                    let open = RowExtent {
                        repeats,
                        ..RowExtent::default()
                    };
                    if matches!(event, Event::Empty(_)) {
                        sheet.add_row(&open);
                    } else {
                        row = Some(open);
                    }
                }
                "table:table-cell" | "table:covered-table-cell" => {
                    if let Some(row) = &mut row {
                        row.add_cell(repeats(e, "table:number-columns-repeated"), is_filled(e));
                    }
                }
                _ => {}
            },
            Event::End(e) => match e.name().as_ref() {
                "table:table-row" => {
                    if let Some(row) = row.take() {
                        sheet.add_row(&row);
                    }
                }
                "table:table" => {
                    open_sheets = open_sheets.saturating_sub(1);
                    largest = largest.max(sheet.cells());
                }
                _ => {}
            },
            Event::Eof if open_sheets > 0 => return Err(DamagedDetail::CutOff),
            Event::Eof => return Ok(largest.max(sheet.cells())),
            _ => {}
        }
        buf.clear();
    }
}

fn repeats(e: &BytesStart<'_>, attribute: &str) -> u64 {
    e.try_get_attribute(attribute)
        .ok()
        .flatten()
        .and_then(|a| a.value.trim().parse().ok())
        .unwrap_or(1)
}

/// A cell with a value, a type or a formula (a typed cell whose text turns
/// out empty is counted too: the estimate may only be high).
fn is_filled(e: &BytesStart<'_>) -> bool {
    e.attributes().flatten().any(|a| {
        let key = a.key.as_ref();
        key.starts_with("office:") || key == "table:formula" || key == "calcext:value-type"
    })
}

#[derive(Default)]
struct RowExtent {
    repeats: u64,
    /// Columns so far, and up to the last filled cell.
    columns: u64,
    filled_width: u64,
}

impl RowExtent {
    fn add_cell(&mut self, repeats: u64, filled: bool) {
        self.columns = self.columns.saturating_add(repeats).min(MAX_COLUMNS);
        if filled {
            self.filled_width = self.columns;
        }
    }
}

#[derive(Default)]
struct SheetExtent {
    rows: u64,
    /// Rows up to the last row with a filled cell, and the widest such row.
    filled_rows: u64,
    width: u64,
}

impl SheetExtent {
    fn add_row(&mut self, row: &RowExtent) {
        self.rows = self.rows.saturating_add(row.repeats).min(MAX_ROWS);
        if row.filled_width > 0 {
            self.filled_rows = self.rows;
            self.width = self.width.max(row.filled_width);
        }
    }

    fn cells(&self) -> u64 {
        self.filled_rows.saturating_mul(self.width)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sheet(rows: &str) -> String {
        format!(
            "<office:document-content><office:body><office:spreadsheet>\
             <table:table table:name=\"Data\">{rows}</table:table>\
             </office:spreadsheet></office:body></office:document-content>"
        )
    }

    const HEADER: &str = "<table:table-row><table:table-cell office:value-type=\"string\">\
        <text:p>id</text:p></table:table-cell><table:table-cell office:value-type=\"string\">\
        <text:p>Rol</text:p></table:table-cell></table:table-row>";

    #[test]
    fn trailing_empty_rows_and_cells_cost_nothing() {
        let rows = format!(
            "{HEADER}<table:table-row table:number-rows-repeated=\"1048576\">\
             <table:table-cell table:number-columns-repeated=\"1048576\"/></table:table-row>"
        );
        assert_eq!(ods_largest_sheet(sheet(&rows).as_bytes()), Ok(2));
    }

    #[test]
    fn repeated_filled_rows_and_cells_count_every_repeat_up_to_excels_limits() {
        let rows = format!(
            "{HEADER}<table:table-row table:number-rows-repeated=\"1048576\">\
             <table:table-cell office:value-type=\"float\" office:value=\"1\" \
             table:number-columns-repeated=\"3\"/></table:table-row>"
        );
        // The header row and then the repeats until row 1,048,576; three wide.
        assert_eq!(ods_largest_sheet(sheet(&rows).as_bytes()), Ok(MAX_ROWS * 3));
        let wide = "<table:table-row><table:table-cell office:value-type=\"float\" \
             office:value=\"1\" table:number-columns-repeated=\"1048576\"/></table:table-row>";
        assert_eq!(ods_largest_sheet(sheet(wide).as_bytes()), Ok(MAX_COLUMNS));
    }

    #[test]
    fn positions_past_xfd_or_row_1048576_are_refused() {
        assert!(check_position("f.xlsx", 1_048_575, 16_383).is_ok());
        let past_row = check_position("f.xlsx", 1_048_576, 0)
            .unwrap_err()
            .to_string();
        assert!(past_row.contains("row 1048577, column 1"), "{past_row}");
        assert!(check_position("f.xlsx", 0, 16_384).is_err());
    }
}
