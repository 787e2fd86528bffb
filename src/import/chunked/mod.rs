//! CSV text → records → the table's columns, on every core.
//!
//! The records down to the header are read first, on this thread. The rest
//! of the text is then cut into one piece per core, each starting at a
//! guessed record start: the first line feed after the cut with an even
//! number of quote characters between the header and it (right for every
//! file that quotes as RFC 4180 does). Every piece is split into records by
//! its own `csv_core` reader (the parser the `csv` crate uses) and filled
//! into its own columns ([`TableBuilder::fork`]); the pieces are then
//! joined in order ([`TableBuilder::append`]).
//!
//! The guesses are checked, so the table is always exactly what one reader
//! from the start would give: the reader of a piece must end its last
//! record where the next piece starts (line breaks between them aside).
//! Where it does not (a stray quote inside an unquoted field, say), that
//! reader reads on to the end of the text and the later pieces are thrown
//! away.
//!
//! Row numbers count records from 1, as a spreadsheet program shows them;
//! a piece numbers its records from 1 and is shifted when it is joined.

mod guess;
mod reader;

use std::io::{self, Read};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;

use super::raw::TableBuilder;
use super::{Phase, Reporter};
use reader::RecordReader;

/// Below this many bytes after the header the text is read on one thread:
/// starting threads would cost more than they save.
pub const PARALLEL_MIN_BYTES: u64 = 256 << 10;
/// Bytes read from the source at a time.
const BLOCK_BYTES: usize = 1 << 18;
/// Records between two looks at the progress (and at a cancel).
const RECORDS_PER_REPORT: usize = 4096;
/// Records read on this thread, looking for the header, before the rest
/// is left to one reader (no header yet: see `TableBuilder`).
const HEAD_RECORDS: usize = 64;

/// Where the text comes from: opened at any byte offset, once per piece.
pub trait Source: Sync {
    /// The text from byte `offset` on.
    fn open(&self, offset: u64) -> io::Result<Box<dyn Read + Send + '_>>;
    /// Bytes in all.
    fn len(&self) -> u64;
    /// Whether a NUL byte means the text is not plain text after all (a
    /// file not yet decoded), rather than a character of it.
    fn rejects_nul(&self) -> bool {
        false
    }
}

impl Source for &[u8] {
    fn open(&self, offset: u64) -> io::Result<Box<dyn Read + Send + '_>> {
        let from = usize::try_from(offset)
            .unwrap_or(usize::MAX)
            .min(<[u8]>::len(self));
        Ok(Box::new(self.get(from..).unwrap_or_default()))
    }

    fn len(&self) -> u64 {
        <[u8]>::len(self) as u64
    }
}

/// Why the records could not all be read.
#[derive(Debug)]
pub enum Stopped {
    /// The import was cancelled.
    Cancelled,
    /// The source failed, or a field is not UTF-8: not plain text after
    /// all (the caller reads the file again to say which).
    Unreadable,
}

impl From<io::Error> for Stopped {
    fn from(_: io::Error) -> Self {
        Self::Unreadable
    }
}

/// How the text is cut: pieces wanted, and (for tests) where to cut.
#[derive(Clone, Debug, Default)]
pub struct Cuts {
    /// Pieces to cut the text after the header into (at least 1).
    pub pieces: usize,
    /// Byte offsets to cut at instead of even shares (ascending).
    pub at: Option<Vec<u64>>,
    /// Read on one thread below this many bytes after the header.
    pub min_bytes: u64,
}

impl Cuts {
    /// One piece per core, for texts worth it.
    pub fn per_core() -> Self {
        Self {
            pieces: std::thread::available_parallelism()
                .map_or(1, std::num::NonZeroUsize::get)
                .min(8),
            at: None,
            min_bytes: PARALLEL_MIN_BYTES,
        }
    }

    /// Where the text from `from` to `len` is cut (empty: not at all).
    fn offsets(&self, from: u64, len: u64) -> Vec<u64> {
        if let Some(at) = &self.at {
            return at
                .iter()
                .copied()
                .filter(|&c| c > from && c < len)
                .collect();
        }
        let rest = len.saturating_sub(from);
        if self.pieces < 2 || rest < self.min_bytes.max(1) {
            return Vec::new();
        }
        let pieces = self.pieces as u64;
        (1..pieces).map(|k| from + rest * k / pieces).collect()
    }
}

/// Reads the records of `source` (UTF-8 text, starting at byte `start`,
/// after any byte order mark) split on `delimiter` into `builder`.
pub fn read_records(
    source: &dyn Source,
    start: u64,
    delimiter: u8,
    cuts: &Cuts,
    phase: Phase<'_>,
    builder: &mut TableBuilder,
    report: &mut Reporter,
) -> Result<(), Stopped> {
    let len = source.len();
    let mut reader = RecordReader::new(source, start, delimiter, false)?;
    let mut number = 0;
    // The head: records until the header is known.
    while !builder.has_table() && number < HEAD_RECORDS {
        if !reader.read()? {
            return Ok(());
        }
        number += 1;
        let (text, ends) = reader.fields()?;
        builder.push_text_record(number, text, ends, report);
    }
    let offsets = if builder.has_table() {
        cuts.offsets(reader.position, len)
    } else {
        Vec::new()
    };
    // Room for every row at once: columns grown by doubling were copied
    // and faulted in again and again (a fifth of a large import's time).
    let per_record = reader.position.saturating_sub(start) as f64 / number.max(1) as f64;
    let rows_in = move |bytes: u64| (bytes as f64 / per_record.max(1.0) * 1.1) as usize + 16;
    builder.reserve_rows(rows_in(len.saturating_sub(reader.position)));
    if offsets.is_empty() {
        let done = |p: u64| p as f32 / len.max(1) as f32;
        read_piece(&mut reader, None, &mut number, builder, report, |p| {
            phase.report(done(p))
        })?;
        return Ok(());
    }
    read_in_pieces(
        source,
        reader,
        number,
        (&offsets, delimiter, &rows_in),
        phase,
        builder,
        report,
    )
}

/// The rest of the text after the head (read by `head`, `number` records
/// so far), cut at `offsets`: the first piece on this thread, each other
/// on its own; then the pieces joined in order.
fn read_in_pieces(
    source: &dyn Source,
    mut head: RecordReader<'_>,
    mut number: usize,
    (offsets, delimiter, rows_in): (&[u64], u8, &(dyn Fn(u64) -> usize + Sync)),
    phase: Phase<'_>,
    builder: &mut TableBuilder,
    report: &mut Reporter,
) -> Result<(), Stopped> {
    let from = head.position;
    let abandon = AtomicBool::new(false);
    std::thread::scope(|scope| {
        // Piece k + 1 sends its start to piece k, whose end it is.
        let (starts, mut ends): (Vec<_>, Vec<_>) = offsets
            .iter()
            .map(|_| mpsc::channel::<Option<u64>>())
            .unzip();
        let mut next_of = |cut: Option<&u64>| {
            (!ends.is_empty()).then(|| Next::new(*cut.unwrap_or(&u64::MAX), ends.remove(0)))
        };
        let first = next_of(offsets.first());
        let workers: Vec<_> = offsets
            .iter()
            .zip(starts)
            .enumerate()
            .map(|(k, (&cut, send_start))| {
                let next = next_of(offsets.get(k + 1));
                let mut fork = builder.fork();
                let piece_end = offsets.get(k + 1).copied().unwrap_or(source.len());
                fork.reserve_rows(rows_in(piece_end.saturating_sub(cut)));
                let keep_going = || phase.report(0.0) && !abandon.load(Ordering::Relaxed);
                let piece = (from, cut, delimiter);
                scope.spawn(move || read_worker(source, piece, send_start, next, fork, keep_going))
            })
            .collect();
        let first_cut = offsets.first().copied().unwrap_or(u64::MAX);
        let done = |p: u64| (p - from.min(p)) as f32 / first_cut.saturating_sub(from).max(1) as f32;
        let main = read_piece(&mut head, first, &mut number, builder, report, |p| {
            phase.report(done(p))
        });
        let mut finished = main.inspect_err(|_| abandon.store(true, Ordering::Relaxed))?;
        let mut resume_at = head.position;
        for worker in workers {
            let joined = worker.join();
            if finished {
                continue;
            }
            match joined {
                Ok(Ok(Some(part))) => {
                    builder.append(part.builder, number);
                    let mut notes = part.report;
                    notes.offset_rows(number);
                    report.absorb(notes);
                    number += part.records;
                    finished = part.finished;
                    resume_at = part.stopped_at;
                }
                Ok(Ok(None)) => finished = true,
                Ok(Err(stopped)) => {
                    abandon.store(true, Ordering::Relaxed);
                    return Err(stopped);
                }
                // A piece that panicked is read again here, from where the
                // piece before it ended, to the end of the text.
                Err(_) => {
                    let mut rest = RecordReader::new(source, resume_at, delimiter, true)?;
                    read_piece(&mut rest, None, &mut number, builder, report, |_| {
                        phase.report(0.0)
                    })?;
                    finished = true;
                }
            }
        }
        Ok(())
    })
}

/// A piece read on its own thread, to be joined to those before it.
struct Part {
    builder: TableBuilder,
    report: Reporter,
    /// Records read, numbered from 1 in `builder` and `report`.
    records: usize,
    /// Whether the piece was read to the end of the text (the next pieces
    /// are then not needed).
    finished: bool,
    /// Where its last record ended.
    stopped_at: u64,
}

/// Guesses where the piece cut at `cut` starts (telling the piece before
/// through `send_start`) and reads it into `builder`; `None` when no
/// record starts after `cut`.
fn read_worker(
    source: &dyn Source,
    (from, cut, delimiter): (u64, u64, u8),
    send_start: mpsc::Sender<Option<u64>>,
    next: Option<Next>,
    mut builder: TableBuilder,
    keep_going: impl FnMut() -> bool,
) -> Result<Option<Part>, Stopped> {
    let start = match guess::guess_start(source, delimiter, from, cut) {
        Ok(Some(start)) => start,
        // Without a start here, the piece before reads on to the end.
        Ok(None) | Err(_) => {
            let _ = send_start.send(None);
            return Ok(None);
        }
    };
    // The piece before may have finished already (then it read on).
    let _ = send_start.send(Some(start));
    let mut reader = RecordReader::new(source, start, delimiter, true)?;
    let mut report = Reporter::default();
    let mut records = 0;
    let mut keep_going = keep_going;
    let finished = read_piece(
        &mut reader,
        next,
        &mut records,
        &mut builder,
        &mut report,
        |_| keep_going(),
    )?;
    Ok(Some(Part {
        builder,
        report,
        records,
        finished,
        stopped_at: reader.position,
    }))
}

/// Where the next piece starts, learnt from its thread when needed.
struct Next {
    /// Where it was cut: it starts at or after this.
    cut: u64,
    start: Option<u64>,
    from: Option<mpsc::Receiver<Option<u64>>>,
}

/// Where a reader between records stands to the next piece.
enum Boundary {
    Before,
    /// At the next piece's start: this piece is done.
    At,
    /// Past it, or there is no next piece: read on to the end.
    Gone,
}

impl Next {
    fn new(cut: u64, from: mpsc::Receiver<Option<u64>>) -> Self {
        Self {
            cut,
            start: None,
            from: Some(from),
        }
    }

    fn check(&mut self, reader: &RecordReader<'_>) -> Boundary {
        let p = reader.position;
        if p < self.cut && !reader.only_breaks_until(self.cut) {
            return Boundary::Before;
        }
        if let Some(from) = self.from.take() {
            // A piece whose thread is gone starts nowhere.
            self.start = from.recv().ok().flatten();
        }
        match self.start {
            Some(start) if p == start || (p < start && reader.only_breaks_until(start)) => {
                Boundary::At
            }
            Some(start) if p < start => Boundary::Before,
            _ => Boundary::Gone,
        }
    }
}

/// Reads records into `builder` (numbering on from `number`) until the end
/// of the text, `true`, or the start of the next piece, `false`.
/// `keep_going(position)` is asked now and then; `false` cancels.
fn read_piece(
    reader: &mut RecordReader<'_>,
    mut next: Option<Next>,
    number: &mut usize,
    builder: &mut TableBuilder,
    report: &mut Reporter,
    mut keep_going: impl FnMut(u64) -> bool,
) -> Result<bool, Stopped> {
    loop {
        reader.fill_if_empty()?;
        if let Some(boundary) = next.as_mut().map(|n| n.check(reader)) {
            match boundary {
                Boundary::Before => {}
                Boundary::At => return Ok(false),
                Boundary::Gone => next = None,
            }
        }
        if !reader.read()? {
            return Ok(true);
        }
        *number += 1;
        let (text, ends) = reader.fields()?;
        builder.push_text_record(*number, text, ends, report);
        if number.is_multiple_of(RECORDS_PER_REPORT) && !keep_going(reader.position) {
            return Err(Stopped::Cancelled);
        }
    }
}

#[cfg(test)]
mod tests;
