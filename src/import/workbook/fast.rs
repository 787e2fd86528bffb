//! The fast reader of an xlsx worksheet: the sheet's XML is inflated in
//! chunks and parsed by [`scan`](super::scan) with calamine's shared
//! strings and number formats ([`probe`](super::probe)), the cells going
//! into the table on a second thread as calamine's would.
//!
//! calamine parses every tag and attribute through `quick_xml` events;
//! on the 100,000-story bench export that was nine tenths of reading the
//! workbook. A sheet the scanner does not know how to read is left to
//! calamine whole, so the table is always what calamine would give.

use std::io::{Cursor, ErrorKind, Read};

use super::super::error::ImportError;
use super::Bytes;
use super::probe::{Dictionary, Probe};
use super::rows::{SheetRead, Sink, fill_while_reading};
use super::scan::{Scanner, Step};

/// Bytes inflated at a time (at least; a longer row takes more).
const CHUNK_BYTES: usize = 256 * 1024;

/// The workbook for the fast reader: its bytes, and the probe workbook
/// once a sheet was read.
pub(super) struct Source {
    bytes: Bytes,
    /// `Some(None)` when there is none (or the fast reader is off).
    probe: Option<Option<Probe>>,
    /// Sheets the fast reader read whole.
    read: usize,
}

impl Source {
    /// A fast reader, or (`enabled` false) one that leaves every sheet to
    /// calamine.
    pub(super) fn new(enabled: bool) -> Self {
        Self {
            bytes: Bytes::default(),
            probe: (!enabled).then_some(None),
            read: 0,
        }
    }

    /// The workbook to read.
    pub(super) fn set_bytes(&mut self, bytes: Bytes) {
        self.bytes = bytes;
    }

    /// How many sheets the fast reader read whole.
    pub(super) fn sheets_read(&self) -> usize {
        self.read
    }

    /// Reads xlsx sheet `name` into `read`; `false` when the sheet is left
    /// to calamine (`read` may then hold part of it: start afresh).
    pub(super) fn read(
        &mut self,
        file: &str,
        name: &str,
        read: &mut SheetRead,
    ) -> Result<bool, ImportError> {
        let bytes = &self.bytes;
        let probe = self.probe.get_or_insert_with(|| Probe::build(bytes));
        let Some(dictionary) = probe.as_mut().and_then(|probe| probe.dictionary(name)) else {
            return Ok(false);
        };
        let Ok(mut zip) = zip::ZipArchive::new(Cursor::new(&bytes[..])) else {
            return Ok(false);
        };
        let Ok(member) = zip.by_index(dictionary.member) else {
            return Ok(false);
        };
        let whole = fill_while_reading(file, read, |sink| scan(member, &dictionary, sink))?;
        self.read += usize::from(whole);
        Ok(whole)
    }
}

/// Reads the sheet XML from `member` into `sink`; `false` when it bails.
fn scan(
    mut member: impl Read,
    dictionary: &Dictionary<'_>,
    sink: &mut Sink<'_>,
) -> Result<bool, ImportError> {
    let mut scanner = Scanner::new(dictionary);
    let mut window: Vec<u8> = Vec::with_capacity(2 * CHUNK_BYTES);
    let mut at = 0;
    let mut ended = false;
    loop {
        match scanner.step(window.get(at..).unwrap_or_default()) {
            Step::Read(used) => {
                at += used;
                for (row, column, cell) in scanner.cells.drain(..) {
                    if !sink.cell(row, column, cell)? {
                        return Ok(true);
                    }
                }
            }
            Step::Done => return Ok(true),
            Step::Bail => return Ok(false),
            // The XML ends inside a row: calamine says how.
            Step::More if ended => return Ok(false),
            Step::More => {
                window.drain(..at);
                at = 0;
                // At least doubling, so that a long row is not re-read
                // once per chunk.
                let wanted = CHUNK_BYTES.max(window.len());
                match fill(&mut member, &mut window, wanted) {
                    Some(0) => ended = true,
                    Some(_) => {}
                    // A broken member (bad CRC, cut off): calamine says so.
                    None => return Ok(false),
                }
            }
        }
    }
}

/// Appends up to `wanted` bytes read from `member` to `window`; how many
/// (0 at the end), or `None` on a read error.
fn fill(member: &mut impl Read, window: &mut Vec<u8>, wanted: usize) -> Option<usize> {
    let start = window.len();
    window.resize(start + wanted, 0);
    let mut filled = start;
    while filled < window.len() {
        match member.read(window.get_mut(filled..).unwrap_or_default()) {
            Ok(0) => break,
            Ok(read) => filled += read,
            Err(error) if error.kind() == ErrorKind::Interrupted => {}
            Err(_) => {
                window.truncate(start);
                return None;
            }
        }
    }
    window.truncate(filled);
    Some(filled - start)
}
