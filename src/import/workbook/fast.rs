//! The fast reader of an xlsx worksheet: the sheet's XML is inflated in
//! chunks and parsed by [`scan`](super::scan) with calamine's shared
//! strings and number formats ([`probe`](super::probe)), the cells going
//! into the table on a second thread as calamine's would.
//!
//! calamine parses every tag and attribute through `quick_xml` events;
//! on the 100,000-story bench export that was nine tenths of reading the
//! workbook. A sheet the scanner does not know how to read is left to
//! calamine whole, so the table is always what calamine would give.

use std::io::{Cursor, Read};

use super::super::error::ImportError;
use super::super::sheet_refs::check_sheet_references;
use super::Bytes;
use super::probe::{Dictionary, Probe};
use super::references::{self, Outside, check_member};
use super::rows::{SheetRead, Sink, fill_while_reading};
use super::scan::{Scanner, Step};

/// Bytes inflated at a time (at least; a longer row takes more).
const CHUNK_BYTES: usize = 256 * 1024;

/// The workbook for the fast reader: its bytes, the probe workbook once
/// needed, and the reference checks it took over ([`references`]).
pub(super) struct Source {
    bytes: Bytes,
    /// `Some(None)` when there is none (or the fast reader is off).
    probe: Option<Option<Probe>>,
    /// Sheets the fast reader read whole.
    read: usize,
    /// Members whose references the fast reader checks, and those it
    /// checked while reading them.
    claimed: Vec<usize>,
    checked: Vec<usize>,
    /// The first reference past the limits it found.
    outside: Option<Outside>,
}

impl Source {
    /// A fast reader, or (`enabled` false) one that leaves every sheet to
    /// calamine.
    pub(super) fn new(enabled: bool) -> Self {
        Self {
            bytes: Bytes::default(),
            probe: (!enabled).then_some(None),
            read: 0,
            claimed: Vec::new(),
            checked: Vec::new(),
            outside: None,
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

    fn probe(&mut self) -> Option<&mut Probe> {
        let bytes = &self.bytes;
        self.probe
            .get_or_insert_with(|| Probe::build(bytes))
            .as_mut()
    }

    /// Takes over the reference check of the members holding `sheets`
    /// (the sheets about to be read); returns those members.
    pub(super) fn claim(&mut self, sheets: &[String]) -> Vec<usize> {
        let mut members = Vec::new();
        if let Some(probe) = self.probe() {
            for sheet in sheets {
                if let Some(member) = probe.member(sheet)
                    && !members.contains(&member)
                {
                    members.push(member);
                }
            }
        }
        self.claimed.clone_from(&members);
        members
    }

    /// Checks the claimed members the fast reader did not check while
    /// reading them; the first reference past the limits it found.
    pub(super) fn finish_checks(&mut self, file: &str) -> Option<Outside> {
        let mut outside = self.outside.take();
        for &member in &self.claimed {
            if !self.checked.contains(&member) {
                let found = check_member(file, &self.bytes, member).err();
                outside = references::first(outside, found);
            }
        }
        outside
    }

    /// Reads xlsx sheet `name` into `read`; `false` when the sheet is left
    /// to calamine (`read` may then hold part of it: start afresh).
    pub(super) fn read(
        &mut self,
        file: &str,
        name: &str,
        read: &mut SheetRead,
    ) -> Result<bool, ImportError> {
        let bytes = Bytes::clone(&self.bytes);
        let probe = self.probe.get_or_insert_with(|| Probe::build(&bytes));
        let Some(dictionary) = probe.as_mut().and_then(|probe| probe.dictionary(name)) else {
            return Ok(false);
        };
        let Ok(mut zip) = zip::ZipArchive::new(Cursor::new(&bytes[..])) else {
            return Ok(false);
        };
        let member = dictionary.member;
        let Ok(xml) = zip.by_index(member) else {
            return Ok(false);
        };
        let check = self.claimed.contains(&member);
        let scanned = fill_while_reading(file, read, |sink| {
            scan(xml, &dictionary, sink, check.then_some(file))
        })?;
        let Scanned::Whole(outside) = scanned else {
            return Ok(false);
        };
        drop(dictionary);
        self.read += 1;
        if check {
            self.checked.push(member);
        }
        let outside = outside.map(|outside| (member, outside));
        self.outside = references::first(self.outside.take(), outside);
        Ok(true)
    }
}

/// How a scan ended.
enum Scanned {
    /// The sheet was read whole; the first reference past the limits
    /// before `<sheetData>` or after `</sheetData>`, when checked.
    Whole(Option<ImportError>),
    /// The XML is not of the plain form.
    Bailed,
}

/// Reads the sheet XML from `xml` into `sink`; with `check` (the file's
/// name) the references outside `<sheetData>` are checked too.
fn scan(
    mut xml: impl Read,
    dictionary: &Dictionary<'_>,
    sink: &mut Sink<'_>,
    check: Option<&str>,
) -> Result<Scanned, ImportError> {
    let mut scanner = Scanner::new(dictionary);
    let mut window: Vec<u8> = Vec::with_capacity(2 * CHUNK_BYTES);
    let mut at = 0;
    let mut ended = false;
    loop {
        let prefix = !scanner.in_data();
        let rest = window.get(at..).unwrap_or_default();
        match scanner.step(rest) {
            Step::Read(used) => {
                if let (true, Some(file)) = (prefix, check) {
                    let before = rest.get(..used).unwrap_or_default();
                    if let Err(outside) = check_sheet_references(file, before) {
                        return Ok(Scanned::Whole(Some(outside)));
                    }
                }
                at += used;
                for (row, column, cell) in scanner.cells.drain(..) {
                    if !sink.cell(row, column, cell)? {
                        return Ok(Scanned::Whole(None));
                    }
                }
            }
            Step::Done => {
                let outside =
                    check.and_then(|file| check_sheet_references(file, rest.chain(&mut xml)).err());
                return Ok(Scanned::Whole(outside));
            }
            Step::Bail => return Ok(Scanned::Bailed),
            // The XML ends inside a row: calamine says how.
            Step::More if ended => return Ok(Scanned::Bailed),
            Step::More => {
                window.drain(..at);
                at = 0;
                // At least doubling, so that a long row is not re-read
                // once per chunk.
                let wanted = CHUNK_BYTES.max(window.len());
                match fill(&mut xml, &mut window, wanted) {
                    Some(0) => ended = true,
                    Some(_) => {}
                    // A broken member (bad CRC, cut off): calamine says so.
                    None => return Ok(Scanned::Bailed),
                }
            }
        }
    }
}

/// Appends up to `wanted` bytes read from `member` to `window` (without
/// zeroing them first); how many (0 at the end), or `None` on a read
/// error.
fn fill(member: &mut impl Read, window: &mut Vec<u8>, wanted: usize) -> Option<usize> {
    let start = window.len();
    let wanted = u64::try_from(wanted).unwrap_or(u64::MAX);
    match member.take(wanted).read_to_end(window) {
        Ok(read) => Some(read),
        Err(_) => {
            window.truncate(start);
            None
        }
    }
}
