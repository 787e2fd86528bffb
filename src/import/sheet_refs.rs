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

use std::io::{ErrorKind, Read};

use super::ImportError;
use super::bounds::{MAX_COLUMNS, MAX_ROWS};

/// Bytes read from the member at a time.
const CHUNK_BYTES: usize = 64 * 1024;
/// A tag longer than this is no tag of a worksheet calamine reads well;
/// the scan stops there and leaves the sheet to calamine.
const LONGEST_TAG_BYTES: usize = 1024 * 1024;

/// Whether the ZIP member `name` is a worksheet whose references calamine
/// reads (`xl/worksheets/sheet1.xml`).
pub fn is_worksheet(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    lower.starts_with("xl/worksheets/") && lower.ends_with(".xml")
}

/// Refuses the first cell reference or dimension in the worksheet `xml`
/// that lies past Excel's limits, reading it in chunks (memory: one chunk
/// and the tag cut at its end).
///
/// Only the tags are looked at, by a scanner of XML's lexical rules
/// rather than a parser: on the 95 MB sheet of the 100,000-story bench
/// export (optimised build) a byte-by-byte scan took 0.23 s and a pass of
/// `quick_xml` events 0.93 s, against 1.6 s for the whole import; jumping
/// between `<`s with `memchr` and reading only cell tags whole saves about
/// a tenth of that (every cell still has its tag read). The import runs
/// it on a second core beside the read (`workbook::references`),
/// so a workbook is not read twice in a row. Comments, CDATA sections and processing
/// instructions are skipped and quoted attribute values may hold `>`, so
/// no text of the file is mistaken for a cell. XML it cannot follow is
/// left to calamine, which names it damaged.
pub fn check_sheet_references(file: &str, mut xml: impl Read) -> Result<(), ImportError> {
    let mut window: Vec<u8> = Vec::with_capacity(2 * CHUNK_BYTES);
    let mut chunk = vec![0; CHUNK_BYTES];
    loop {
        let read = match xml.read(&mut chunk) {
            Ok(0) => return Ok(()),
            Ok(read) => read,
            Err(error) if error.kind() == ErrorKind::Interrupted => continue,
            Err(_) => return Ok(()),
        };
        window.extend_from_slice(chunk.get(..read).unwrap_or_default());
        let scanned = scan_tags(&window).map_err(|(row, column)| ImportError::OutsideSheet {
            file: file.to_owned(),
            row,
            column,
        })?;
        window.drain(..scanned);
        if window.len() > LONGEST_TAG_BYTES {
            return Ok(());
        }
    }
}

/// Looks at every complete tag in `xml` that can name a cell; returns how
/// many bytes were scanned (the rest is a tag cut off by the chunk's end),
/// or the 1-based (row, column) of a cell past the limits.
///
/// Text and attribute values cannot hold a raw `<` in XML, so the scan
/// jumps from one `<` to the next (`memchr`) and reads a tag to its end
/// only when it is a cell or the dimension, or markup that must be
/// skipped whole (a comment, CDATA section or processing instruction).
fn scan_tags(xml: &[u8]) -> Result<usize, (u64, u64)> {
    let mut at = 0;
    while let Some(open) = xml.get(at..).and_then(|rest| memchr::memchr(b'<', rest)) {
        let open = at + open;
        let rest = xml.get(open + 1..).unwrap_or_default();
        let special = rest.first().is_none_or(|b| matches!(b, b'!' | b'?'));
        let name_len = rest
            .iter()
            .position(|b| b.is_ascii_whitespace() || matches!(b, b'/' | b'>'));
        let Some(name_len) = name_len.filter(|_| !special) else {
            // Markup skipped whole, or a name the chunk cut off.
            let Some(end) = tag_end(xml, open) else {
                return Ok(open);
            };
            at = end + 1;
            continue;
        };
        let name = rest.get(..name_len).unwrap_or_default();
        let local = name.rsplit(|&b| b == b':').next().unwrap_or(name);
        if local != b"c" && local != b"dimension" {
            at = open + 1 + name_len;
            continue;
        }
        let Some(end) = tag_end(xml, open) else {
            return Ok(open);
        };
        if let Some(far) = xml.get(open + 1..end).and_then(outside) {
            return Err(far);
        }
        at = end + 1;
    }
    Ok(xml.len())
}

/// The index of the `>` that ends the markup opening at `open`: past a
/// comment, CDATA section or processing instruction as a whole, and past
/// `>` inside quoted attribute values. `None` when `xml` ends first.
fn tag_end(xml: &[u8], open: usize) -> Option<usize> {
    let rest = xml.get(open..)?;
    for (start, close) in [
        (&b"<!--"[..], &b"-->"[..]),
        (b"<![CDATA[", b"]]>"),
        (b"<?", b"?>"),
    ] {
        if rest.starts_with(start) {
            return find(xml, open + start.len(), close).map(|at| at + close.len() - 1);
        }
        if start.starts_with(rest) {
            return None; // could still become one
        }
    }
    let mut quote = None;
    for (i, &b) in rest.iter().enumerate().skip(1) {
        match (quote, b) {
            (None, b'"' | b'\'') => quote = Some(b),
            (Some(q), _) if q == b => quote = None,
            (None, b'>') => return Some(open + i),
            _ => {}
        }
    }
    None
}

/// The first index of `needle` in `xml` at or after `from`.
fn find(xml: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    let rest = xml.get(from..)?;
    memchr::memmem::find(rest, needle).map(|i| from + i)
}

/// The 1-based (row, column) past Excel's limits that the tag (its bytes
/// between `<` and `>`) names: a cell's `r`, or either corner of a
/// `dimension`'s `ref`; namespace prefixes are allowed.
fn outside(tag: &[u8]) -> Option<(u64, u64)> {
    let name_len = tag
        .iter()
        .position(|b| b.is_ascii_whitespace() || *b == b'/')
        .unwrap_or(tag.len());
    let (name, attributes) = tag.split_at(name_len);
    let local = name.rsplit(|&b| b == b':').next().unwrap_or(name);
    let wanted: &[u8] = match local {
        b"c" => b"r",
        b"dimension" => b"ref",
        _ => return None,
    };
    let value = attribute(attributes, wanted)?;
    value
        .split(|&b| b == b':')
        .filter_map(position)
        .find(|&(row, column)| row > MAX_ROWS || column > MAX_COLUMNS)
}

/// The raw value of attribute `wanted` in `attributes` (`r="A1" s="2"`).
fn attribute<'a>(mut attributes: &'a [u8], wanted: &[u8]) -> Option<&'a [u8]> {
    loop {
        let start = attributes.iter().position(|b| !b.is_ascii_whitespace())?;
        attributes = attributes.get(start..)?;
        let equals = attributes.iter().position(|&b| b == b'=')?;
        let name = attributes.get(..equals)?.trim_ascii();
        let after = attributes.get(equals + 1..)?.trim_ascii_start();
        let quote = *after.first()?;
        if quote != b'"' && quote != b'\'' {
            return None;
        }
        let value_len = after.iter().skip(1).position(|&b| b == quote)?;
        let value = after.get(1..=value_len)?;
        if name == wanted {
            return Some(value);
        }
        attributes = after.get(value_len + 2..)?;
    }
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
        // A row number past the limit in a cell reference is refused too,
        // also with a namespace prefix; the row element's own `r` and
        // broken XML are calamine's to judge.
        let down =
            sheet("<x:sheetData><row r=\"5\"><x:c s=\"1\" r=\"A1048577\"/></row></x:sheetData>");
        assert!(check_sheet_references("f.xlsx", down.as_bytes()).is_err());
        assert!(check_sheet_references("f.xlsx", &b"<worksheet><c r="[..]).is_ok());
    }

    #[test]
    fn text_comments_and_quoted_values_are_no_cells() {
        let quiet = sheet(
            "<!-- <c r=\"XFE1\"/> --><?pi <c r=\"XFE1\"/> ?><sheetData><row r=\"1\">\
             <c r=\"A1\" t=\"inlineStr\"><is><t><![CDATA[<c r=\"XFE1\">]]> r=\"XFE1\"</t></is></c>\
             <c r=\"B1\" note=\"a > b <c r='XFE1'>\"/></row></sheetData>",
        );
        assert!(check_sheet_references("f.xlsx", quiet.as_bytes()).is_ok());
    }

    #[test]
    fn a_tag_cut_by_the_chunk_boundary_is_read_whole() {
        // Padding puts the far cell's tag across the first 64 KiB boundary,
        // and one byte at a time cuts every tag.
        for pad in [CHUNK_BYTES - 10, CHUNK_BYTES - 3, 1] {
            let far = sheet(&format!(
                "<sheetData><row r=\"1\"><c r=\"A1\"><v>{}</v></c><c r=\"XFE1\"/></row></sheetData>",
                "7".repeat(pad)
            ));
            let result = check_sheet_references("f.xlsx", OneByte(far.as_bytes()));
            assert!(result.is_err(), "pad {pad}");
            let result = check_sheet_references("f.xlsx", far.as_bytes());
            assert!(result.is_err(), "pad {pad}");
        }
    }

    /// A reader that hands out one byte per read.
    struct OneByte<'a>(&'a [u8]);

    impl Read for OneByte<'_> {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            let Some((first, rest)) = self.0.split_first() else {
                return Ok(0);
            };
            let Some(slot) = buf.first_mut() else {
                return Ok(0);
            };
            *slot = *first;
            self.0 = rest;
            Ok(1)
        }
    }

    #[test]
    fn only_worksheets_are_scanned() {
        assert!(is_worksheet("xl/worksheets/sheet1.xml"));
        assert!(is_worksheet("XL/Worksheets/Data.XML"));
        assert!(!is_worksheet("xl/worksheets/_rels/sheet1.xml.rels"));
        assert!(!is_worksheet("xl/sharedStrings.xml"));
    }
}
