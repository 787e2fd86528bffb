//! calamine's own reading of an xlsx workbook's shared strings and number
//! formats, for the fast sheet reader ([`fast`](super::fast)).
//!
//! calamine keeps both private. So that the fast reader gives exactly the
//! cells calamine would, it asks calamine: a copy of the workbook in which
//! every worksheet is replaced by a *probe sheet* — its own ZIP member
//! index and a mark in row 1, then one number in each cell style, then
//! one shared-string reference per string — is opened with calamine, and
//! the probe sheet it reads for a sheet name says which member holds that
//! sheet, what each style makes of a number (a number, a date, a
//! duration) and every shared string, as calamine parsed them. The other
//! members are copied as they are (still compressed).

use std::io::{Cursor, Read, Write};

use calamine::{DataRef, Reader, Xlsx};

use super::super::sheet_refs::is_worksheet;

/// What a cell style makes of a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Format {
    /// The number as it is.
    Number,
    /// A date (and time).
    DateTime,
    /// A duration.
    Duration,
}

/// The value in B1 of a probe sheet, so that a sheet calamine reads from
/// elsewhere is not taken for one.
const MARK: f64 = 74_741.25;
/// Probe rows beyond this are more than a sheet may have: such a workbook
/// is left to calamine.
const MOST_PROBE_ROWS: u64 = 1_000_000;
/// The most bytes of probe sheets kept uncompressed in the copy.
const MOST_STORED_BYTES: usize = 64 << 20;
/// Bytes read from a member at a time while counting.
const CHUNK_BYTES: usize = 256 * 1024;

/// The workbook copy with probe sheets, opened by calamine.
pub(super) struct Probe {
    workbook: Xlsx<Cursor<Vec<u8>>>,
    /// Probe rows of styles and of shared strings.
    styles: usize,
    strings: usize,
}

/// What calamine makes of a sheet's cells.
pub(super) struct Dictionary<'a> {
    /// The ZIP member (its index) that calamine reads for the sheet.
    pub(super) member: usize,
    /// Per cell style (`s`), what it makes of a number; styles past the
    /// end leave numbers as they are.
    pub(super) formats: Vec<Format>,
    /// The shared strings (`t="s"`), as calamine parsed them.
    pub(super) strings: Vec<&'a str>,
    /// Dates count from 1904 instead of 1900.
    pub(super) is_1904: bool,
}

impl Probe {
    /// The probe workbook of the xlsx package in `bytes`; `None` when it
    /// cannot be made (the sheet is then left to calamine).
    pub(super) fn build(bytes: &[u8]) -> Option<Self> {
        let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).ok()?;
        // Upper bounds: every cell style (`<xf>`) starts with a `<`, every
        // shared string with `<si` or `:si`.
        let (mut styles, mut strings) = (0u64, 0u64);
        for index in 0..zip.len() {
            let mut member = zip.by_index(index).ok()?;
            let lower = member.name().ok()?.to_ascii_lowercase();
            if lower.ends_with("styles.xml") {
                styles += count(&mut member, &[b"<"])?;
            } else if lower.ends_with("sharedstrings.xml") {
                strings += count(&mut member, &[b"<si", b":si"])?;
            }
        }
        if styles + strings + 1 > MOST_PROBE_ROWS {
            return None;
        }
        let (styles, strings) = (
            usize::try_from(styles).ok()?,
            usize::try_from(strings).ok()?,
        );
        let rows = probe_rows(styles, strings);
        let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
        // Stored, not compressed (compressing and inflating it again was
        // a tenth of the probe's time), unless the copies would be large.
        let sheets = (0..zip.len())
            .filter(|&index| {
                zip.name_for_index(index)
                    .is_some_and(|name| name.is_ok_and(|name| is_worksheet(&name)))
            })
            .count();
        let stored = sheets.saturating_mul(rows.len()) <= MOST_STORED_BYTES;
        let options = zip::write::SimpleFileOptions::default();
        let options = if stored {
            options.compression_method(zip::CompressionMethod::Stored)
        } else {
            options
                .compression_method(zip::CompressionMethod::Deflated)
                .compression_level(Some(1))
        };
        for index in 0..zip.len() {
            let member = zip.by_index_raw(index).ok()?;
            let name = member.name().ok()?.into_owned();
            if is_worksheet(&name) {
                drop(member);
                out.start_file(name, options).ok()?;
                out.write_all(probe_head(index).as_bytes()).ok()?;
                out.write_all(&rows).ok()?;
            } else {
                out.raw_copy_file(member).ok()?;
            }
        }
        let copy = out.finish().ok()?.into_inner();
        let workbook = Xlsx::new(Cursor::new(copy)).ok()?;
        Some(Self {
            workbook,
            styles,
            strings,
        })
    }

    /// The ZIP member calamine reads for sheet `name` (`None` as for
    /// [`dictionary`](Self::dictionary)).
    pub(super) fn member(&mut self, name: &str) -> Option<usize> {
        let mut reader = self.workbook.worksheet_cells_reader(name).ok()?;
        head(&mut || reader.next_cell().ok().flatten())
    }

    /// What calamine makes of the cells of sheet `name`; `None` when its
    /// probe sheet does not read as written (the sheet is not in a
    /// worksheet member calamine reads, or the probe failed).
    pub(super) fn dictionary(&mut self, name: &str) -> Option<Dictionary<'_>> {
        let is_1904 = self.workbook.has_1904_epoch();
        let (styles, strings) = (self.styles, self.strings);
        let mut reader = self.workbook.worksheet_cells_reader(name).ok()?;
        let mut next = || reader.next_cell().ok().flatten();
        let member = head(&mut next)?;
        let mut formats = Vec::with_capacity(styles);
        for _ in 0..styles {
            formats.push(match next()?.get_value() {
                DataRef::Float(_) => Format::Number,
                DataRef::DateTime(when) if when.is_datetime() => Format::DateTime,
                DataRef::DateTime(when) if when.is_duration() => Format::Duration,
                _ => return None,
            });
        }
        // The first reference past the last string is an error in calamine:
        // the strings end there.
        let mut shared = Vec::with_capacity(strings);
        while let Some(cell) = next() {
            match cell.get_value() {
                DataRef::SharedString(text) => shared.push(*text),
                _ => return None,
            }
        }
        Some(Dictionary {
            member,
            formats,
            strings: shared,
            is_1904,
        })
    }
}

/// The ZIP member of the probe sheet whose first cells `next` gives.
fn head<'a>(next: &mut impl FnMut() -> Option<calamine::Cell<DataRef<'a>>>) -> Option<usize> {
    let first = next()?;
    let member = match first.get_value() {
        DataRef::Float(index) if index.fract() == 0.0 && *index >= 0.0 => *index as usize,
        _ => return None,
    };
    let second = next()?;
    let marked = first.get_position() == (0, 0)
        && second.get_position() == (0, 1)
        && second.get_value() == &DataRef::Float(MARK);
    marked.then_some(member)
}

/// Row 1 of a probe sheet: the member's index and the mark.
fn probe_head(member: usize) -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
         <worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">\
         <sheetData><row r=\"1\"><c r=\"A1\"><v>{member}</v></c><c r=\"B1\"><v>{MARK}</v></c></row>"
    )
}

/// The rest of a probe sheet: the number 1 in each of `styles` styles,
/// then references to shared strings 0 to `strings` − 1.
fn probe_rows(styles: usize, strings: usize) -> Vec<u8> {
    use std::fmt::Write as _;
    let mut xml = String::with_capacity((styles + strings) * 48 + 32);
    let mut row = 1;
    for style in 0..styles {
        row += 1;
        let _ = write!(
            xml,
            "<row r=\"{row}\"><c r=\"A{row}\" s=\"{style}\"><v>1</v></c></row>"
        );
    }
    for string in 0..strings {
        row += 1;
        let _ = write!(
            xml,
            "<row r=\"{row}\"><c r=\"A{row}\" t=\"s\"><v>{string}</v></c></row>"
        );
    }
    xml.push_str("</sheetData></worksheet>");
    xml.into_bytes()
}

/// How often any of `needles` (each at most 4 bytes) occurs in `member`,
/// read in chunks; `None` when it cannot be read.
fn count(member: &mut impl Read, needles: &[&[u8]]) -> Option<u64> {
    const KEEP: usize = 3;
    let mut window = Vec::with_capacity(CHUNK_BYTES + KEEP);
    let mut chunk = vec![0; CHUNK_BYTES];
    let mut found = 0u64;
    loop {
        let read = match member.read(&mut chunk) {
            Ok(0) => return Some(found),
            Ok(read) => read,
            Err(error) if error.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(_) => return None,
        };
        window.extend_from_slice(chunk.get(..read)?);
        for needle in needles {
            found += memchr::memmem::find_iter(&window, needle).count() as u64;
        }
        // The last bytes start the next window, so that a needle cut by
        // the chunk's end is found whole; a needle wholly inside them was
        // counted already and is too short to be found there again.
        let keep = window.len().min(KEEP);
        window.drain(..window.len() - keep);
        for needle in needles {
            found -= memchr::memmem::find_iter(&window, needle).count() as u64;
        }
    }
}
