//! Plain UTF-8 text files read into the table as they stream from disk.
//!
//! Reading a 75 MB export into memory first cost a tenth of its import
//! (mostly page faults on the fresh buffer) and as much memory again as the
//! file. So a text file whose first megabyte is plain UTF-8 (what nearly
//! every CSV export is) streams from disk in small buffers, in one piece
//! per core ([`super::chunked`]), each opening the file at its own offset,
//! checked on the way: should a NUL byte or invalid UTF-8 turn up later in
//! the file, the stream stops and the whole-file path ([`super::decode`])
//! reads it again from the start and decides what it is.

use std::io::{self, Read, Seek};
use std::path::Path;

use super::chunked::{Cuts, Source, Stopped, read_records};
use super::decode::plain_utf8_start;
use super::delimited::delimiter_for;
use super::raw::{RawTable, Shape, TableBuilder};
use super::{ImportError, Phase, Reporter};

/// Bytes looked at before streaming: enough to tell plain text and sniff
/// the delimiter on its first records.
const START_BYTES: u64 = 1 << 20;

/// How streaming a text file went.
pub(super) enum Streamed {
    /// The table (`None`: the file holds nothing) and its notes.
    Table(Option<RawTable>, Reporter),
    Cancelled,
    /// Not plain UTF-8 text: read the whole file and decode it instead.
    NotPlain,
}

/// Streams the text file at `path` (`extension` lowercased) into a table.
pub(super) fn stream_table(
    path: &Path,
    extension: &str,
    phase: Phase<'_>,
) -> Result<Streamed, ImportError> {
    let failed = |e: io::Error| ImportError::io(path, &e);
    // Only a regular file of bounded size (a FIFO or a device never ends).
    let (file, size) = crate::files::open_regular(path, crate::files::MAX_READ_BYTES)
        .map_err(|e| ImportError::unreadable(path, e))?;
    let mut file = file.take(crate::files::MAX_READ_BYTES);
    let mut start = Vec::with_capacity(START_BYTES.min(size) as usize);
    file.by_ref()
        .take(START_BYTES)
        .read_to_end(&mut start)
        .map_err(failed)?;
    let Some((text, bom)) = plain_utf8_start(&start) else {
        return Ok(Streamed::NotPlain);
    };
    let delimiter = delimiter_for(text, extension);
    let source = FileSource { path, len: size };
    let mut report = Reporter::default();
    let mut builder = TableBuilder::new(Shape::Ragged);
    let cuts = Cuts::per_core();
    Ok(
        match read_records(
            &source,
            bom as u64,
            delimiter,
            &cuts,
            phase,
            &mut builder,
            &mut report,
        ) {
            Ok(()) => {
                let file = super::error::display_name(path);
                Streamed::Table(builder.finish_within_budget(&file, &mut report)?, report)
            }
            Err(Stopped::Cancelled) => Streamed::Cancelled,
            // Not plain text after all, or the read failed: the whole-file
            // path starts over and says which.
            Err(Stopped::Unreadable) => Streamed::NotPlain,
        },
    )
}

/// The file, opened again for every piece read on its own thread. Its
/// bytes are checked as the records are read: every field must be UTF-8,
/// and no byte NUL.
struct FileSource<'p> {
    path: &'p Path,
    /// Its size when it was first opened: every piece reads up to there.
    len: u64,
}

impl Source for FileSource<'_> {
    fn open(&self, offset: u64) -> io::Result<Box<dyn Read + Send + '_>> {
        let (mut file, _) = crate::files::open_regular(self.path, crate::files::MAX_READ_BYTES)
            .map_err(io::Error::other)?;
        file.seek(io::SeekFrom::Start(offset))?;
        Ok(Box::new(file.take(self.len.saturating_sub(offset))))
    }

    fn len(&self) -> u64 {
        self.len
    }

    fn rejects_nul(&self) -> bool {
        true
    }
}
