//! The cell references of an xlsx worksheet, checked against Excel's
//! limits before calamine reads the sheet.
//!
//! calamine turns a `<c r="…">` reference into a row and column of its own
//! (`u32`) and widens its rows to the column named: a reference past
//! column XFD asks for gigabytes, and one whose letters or digits do not
//! fit 32 bits overflows inside calamine. [`check_sheet_references`]
//! streams through the sheet's XML once (one reused buffer, time linear in
//! the member's size) and refuses the first cell reference, or a
//! `<dimension ref>`, past 1,048,576 rows × 16,384 columns with the
//! sentence users know ([`ImportError::OutsideSheet`]). References that are
//! not of the `A1` form are left to calamine, which says the file is
//! damaged.

use std::io::{BufReader, Read};

use quick_xml::events::{BytesStart, Event};

use super::ImportError;
use super::bounds::{MAX_COLUMNS, MAX_ROWS};

/// Whether the ZIP member `name` is a worksheet whose references calamine
/// reads (`xl/worksheets/sheet1.xml`).
pub fn is_worksheet(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    lower.starts_with("xl/worksheets/") && lower.ends_with(".xml")
}

/// Refuses the first cell reference or dimension in the worksheet `xml`
/// that lies past Excel's limits. XML that does not parse is left to
/// calamine, which names it damaged.
pub fn check_sheet_references(file: &str, xml: impl Read) -> Result<(), ImportError> {
    let mut reader = quick_xml::Reader::from_reader(BufReader::new(xml));
    let mut buf = Vec::new();
    loop {
        let Ok(event) = reader.read_event_into(&mut buf) else {
            return Ok(());
        };
        match &event {
            Event::Start(e) | Event::Empty(e) => {
                if let Some((row, column)) = outside(e) {
                    return Err(ImportError::OutsideSheet {
                        file: file.to_owned(),
                        row,
                        column,
                    });
                }
            }
            Event::Eof => return Ok(()),
            _ => {}
        }
        buf.clear();
    }
}

/// The 1-based (row, column) of the cell `e` names past Excel's limits:
/// a cell's `r`, or either corner of a `dimension`'s `ref`.
fn outside(e: &BytesStart<'_>) -> Option<(u64, u64)> {
    let attribute = match e.local_name().as_ref() {
        "c" => "r",
        "dimension" => "ref",
        _ => return None,
    };
    let value = e.try_get_attribute(attribute).ok()??.value;
    value
        .split(':')
        .filter_map(|reference| position(reference.as_bytes()))
        .find(|&(row, column)| row > MAX_ROWS || column > MAX_COLUMNS)
}

/// The 1-based (row, column) of an `A1` reference (`$` allowed, letters in
/// either case), saturating instead of overflowing; `None` when it is not
/// of that form.
pub fn position(reference: &[u8]) -> Option<(u64, u64)> {
    let (mut row, mut column) = (0u64, 0u64);
    let (mut letters, mut digits) = (0usize, 0usize);
    for &b in reference {
        match b {
            b'$' => {}
            b'A'..=b'Z' | b'a'..=b'z' if digits == 0 => {
                letters += 1;
                let letter = u64::from(b.to_ascii_uppercase() - b'A' + 1);
                column = column.saturating_mul(26).saturating_add(letter);
            }
            b'0'..=b'9' if letters > 0 => {
                digits += 1;
                row = row.saturating_mul(10).saturating_add(u64::from(b - b'0'));
            }
            _ => return None,
        }
    }
    (letters > 0 && digits > 0).then_some((row, column))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_read_as_row_and_column() {
        assert_eq!(position(b"A1"), Some((1, 1)));
        assert_eq!(position(b"XFD1048576"), Some((MAX_ROWS, MAX_COLUMNS)));
        assert_eq!(position(b"$b$7"), Some((7, 2)));
        assert_eq!(
            position(b"ZZZZZZ99999999999"),
            Some((99_999_999_999, 321_272_406))
        );
        // Too long for any integer: saturated, still past the limits.
        let huge = format!("{}1", "Z".repeat(40));
        assert_eq!(position(huge.as_bytes()), Some((1, u64::MAX)));
        assert_eq!(position(b"A"), None);
        assert_eq!(position(b"17"), None);
        assert_eq!(position(b"A1B"), None);
    }

    fn sheet(inside: &str) -> String {
        format!(
            "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">\
             {inside}</worksheet>"
        )
    }

    #[test]
    fn a_cell_or_dimension_past_the_limits_is_refused() {
        let fine = sheet(
            "<dimension ref=\"A1:XFD1048576\"/><sheetData><row r=\"1\">\
             <c r=\"A1\"><v>1</v></c><c r=\"XFD1048576\"/></row></sheetData>",
        );
        assert!(check_sheet_references("f.xlsx", fine.as_bytes()).is_ok());
        let far = sheet(
            "<sheetData><row r=\"4\"><c r=\"B4\"/><c r=\"ZZZZZZ99999999999\"><v>1</v></c>\
             </row></sheetData>",
        );
        let Err(ImportError::OutsideSheet { row, column, .. }) =
            check_sheet_references("f.xlsx", far.as_bytes())
        else {
            panic!("not refused");
        };
        assert_eq!((row, column), (99_999_999_999, 321_272_406));
        let wide = sheet("<dimension ref=\"A1:XFE2\"/><sheetData/>");
        let Err(ImportError::OutsideSheet { row, column, .. }) =
            check_sheet_references("f.xlsx", wide.as_bytes())
        else {
            panic!("not refused");
        };
        assert_eq!((row, column), (2, MAX_COLUMNS + 1));
        // A row number past the limit in a cell reference is refused too;
        // the element's own `r` and broken XML are calamine's to judge.
        let down = sheet("<sheetData><row r=\"5\"><c r=\"A1048577\"/></row></sheetData>");
        assert!(check_sheet_references("f.xlsx", down.as_bytes()).is_err());
        assert!(check_sheet_references("f.xlsx", &b"<worksheet><c r="[..]).is_ok());
    }

    #[test]
    fn only_worksheets_are_scanned() {
        assert!(is_worksheet("xl/worksheets/sheet1.xml"));
        assert!(is_worksheet("XL/Worksheets/Data.XML"));
        assert!(!is_worksheet("xl/worksheets/_rels/sheet1.xml.rels"));
        assert!(!is_worksheet("xl/sharedStrings.xml"));
    }
}
