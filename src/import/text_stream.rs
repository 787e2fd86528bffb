//! Plain UTF-8 text files read into the table as they stream from disk.
//!
//! Reading a 75 MB export into memory first cost a tenth of its import
//! (mostly page faults on the fresh buffer) and as much memory again as the
//! file. So a text file whose first megabyte is plain UTF-8 (what nearly
//! every CSV export is) streams through the CSV reader in small buffers,
//! checked on the way: should a NUL byte or invalid UTF-8 turn up later in
//! the file, the stream stops and the whole-file path ([`super::decode`])
//! reads it again from the start and decides what it is.

use std::io::{self, Cursor, Read};
use std::path::Path;

use super::decode::plain_utf8_start;
use super::delimited::{delimiter_for, stream_into};
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
    let mut start = Cursor::new(start);
    start.set_position(bom as u64);
    let source = PlainUtf8::new(start.chain(file));
    let mut report = Reporter::default();
    let mut builder = TableBuilder::new(Shape::Ragged);
    Ok(
        match stream_into(source, size, delimiter, phase, &mut builder, &mut report) {
            Ok(Some(())) => {
                let file = super::error::display_name(path);
                Streamed::Table(builder.finish_within_budget(&file, &mut report)?, report)
            }
            Ok(None) => Streamed::Cancelled,
            // Not plain text after all, or the read failed: the whole-file
            // path starts over and says which.
            Err(_) => Streamed::NotPlain,
        },
    )
}

/// A reader that fails as soon as what it reads is not UTF-8 without NUL
/// bytes.
struct PlainUtf8<R> {
    inner: R,
    /// The start of a character cut off at the end of the last read.
    carry: Vec<u8>,
}

impl<R: Read> PlainUtf8<R> {
    fn new(inner: R) -> Self {
        Self {
            inner,
            carry: Vec::new(),
        }
    }

    /// Checks `bytes`, which follow `self.carry` in the stream.
    fn check(&mut self, bytes: &[u8]) -> io::Result<()> {
        if bytes.contains(&0) {
            return Err(not_plain());
        }
        let mut rest = bytes;
        if !self.carry.is_empty() {
            // Complete the cut-off character with the bytes it needs.
            let needed = utf8_width(self.carry[0]).saturating_sub(self.carry.len());
            let (head, tail) = rest.split_at(needed.min(rest.len()));
            self.carry.extend_from_slice(head);
            rest = tail;
            match std::str::from_utf8(&self.carry) {
                Ok(_) => self.carry.clear(),
                Err(error) if error.error_len().is_none() && rest.is_empty() => return Ok(()),
                Err(_) => return Err(not_plain()),
            }
        }
        match std::str::from_utf8(rest) {
            Ok(_) => Ok(()),
            Err(error) if error.error_len().is_none() => {
                self.carry.extend_from_slice(&rest[error.valid_up_to()..]);
                Ok(())
            }
            Err(_) => Err(not_plain()),
        }
    }
}

impl<R: Read> Read for PlainUtf8<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let read = self.inner.read(buf)?;
        if read == 0 && !self.carry.is_empty() {
            // The file ends inside a character.
            return Err(not_plain());
        }
        self.check(&buf[..read])?;
        Ok(read)
    }
}

/// Bytes of the UTF-8 character that starts with `first` (1 for a byte
/// that cannot start one: the check then fails on it).
fn utf8_width(first: u8) -> usize {
    match first {
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF7 => 4,
        _ => 1,
    }
}

fn not_plain() -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, "not plain UTF-8 text")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads `bytes` through [`PlainUtf8`] in pieces of `piece` bytes.
    fn read_in_pieces(bytes: &[u8], piece: usize) -> io::Result<Vec<u8>> {
        struct Pieces<'a>(&'a [u8], usize);
        impl Read for Pieces<'_> {
            fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
                let n = self.1.min(buf.len()).min(self.0.len());
                buf[..n].copy_from_slice(&self.0[..n]);
                self.0 = &self.0[n..];
                Ok(n)
            }
        }
        let mut out = Vec::new();
        PlainUtf8::new(Pieces(bytes, piece)).read_to_end(&mut out)?;
        Ok(out)
    }

    #[test]
    fn characters_cut_between_reads_pass_and_bad_bytes_anywhere_fail() {
        let text = "id;verhaal\n1;crème brûlée 😊 مرحبا\n".repeat(50);
        for piece in 1..=7 {
            assert_eq!(
                read_in_pieces(text.as_bytes(), piece).unwrap(),
                text.as_bytes()
            );
        }
        let mut latin1 = text.clone().into_bytes();
        latin1.extend_from_slice(b"caf\xe9\n");
        let mut nul = text.clone().into_bytes();
        nul.extend_from_slice(b"a\0b\n");
        let mut cut = text.into_bytes();
        cut.extend_from_slice(&"😊".as_bytes()[..2]);
        for bad in [&latin1, &nul, &cut] {
            for piece in [1, 3, 4096] {
                let error = read_in_pieces(bad, piece).unwrap_err();
                assert_eq!(error.kind(), io::ErrorKind::InvalidData);
            }
        }
    }
}
