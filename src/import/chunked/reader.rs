//! [`RecordReader`]: records from a byte stream through `csv_core`, knowing
//! the byte offset between records.

use std::io::{self, Read};

use csv_core::ReadRecordResult;

use super::{BLOCK_BYTES, Source};

/// Splits a stream into records exactly as the `csv` crate's reader
/// (flexible, no header, `"` quotes doubled inside quoted fields, CR, LF
/// and CRLF ending records, blank lines skipped), keeping the stream's
/// offset between records and the bytes just ahead, which the checks of
/// the pieces' boundaries need.
pub struct RecordReader<'s> {
    source: Box<dyn Read + Send + 's>,
    rejects_nul: bool,
    core: csv_core::Reader,
    /// Read from the source; `input[at..filled]` is not parsed yet.
    input: Vec<u8>,
    at: usize,
    filled: usize,
    eof: bool,
    /// Byte offset in the text of `input[at]`: between records, where the
    /// next one starts (blank lines and line breaks included).
    pub position: u64,
    /// The last record's fields, one after the other, and where each ends.
    fields: Vec<u8>,
    ends: Vec<usize>,
    count: usize,
}

impl<'s> RecordReader<'s> {
    /// A reader of `source` from byte `position` on. `mid_text`: that is
    /// after the text's first record, where a byte order mark is text (the
    /// `csv_core` reader skips one at the start of what it reads).
    pub fn new(
        source: &'s dyn Source,
        position: u64,
        delimiter: u8,
        mid_text: bool,
    ) -> io::Result<Self> {
        let mut core = csv_core::ReaderBuilder::new().delimiter(delimiter).build();
        if mid_text {
            // A lone line feed between records is skipped, so feeding one
            // changes nothing but marks the reader as having read.
            let _ = core.read_record(b"\n", &mut [0; 1], &mut [0; 1]);
        }
        Ok(Self {
            source: source.open(position)?,
            rejects_nul: source.rejects_nul(),
            core,
            input: vec![0; BLOCK_BYTES],
            at: 0,
            filled: 0,
            eof: false,
            position,
            fields: vec![0; 1 << 12],
            ends: vec![0; 64],
            count: 0,
        })
    }

    /// Reads the next record; `false` at the end of the text.
    pub fn read(&mut self) -> io::Result<bool> {
        let (mut out, mut ends) = (0, 0);
        loop {
            self.fill_if_empty()?;
            let input = self.input.get(self.at..self.filled).unwrap_or_default();
            let (result, nin, nout, nend) = self.core.read_record(
                input,
                self.fields.get_mut(out..).unwrap_or_default(),
                self.ends.get_mut(ends..).unwrap_or_default(),
            );
            self.at += nin;
            self.position += nin as u64;
            out += nout;
            ends += nend;
            match result {
                ReadRecordResult::InputEmpty => {}
                ReadRecordResult::OutputFull => {
                    let grown = self.fields.len() * 2;
                    self.fields.resize(grown, 0);
                }
                ReadRecordResult::OutputEndsFull => {
                    let grown = self.ends.len() * 2;
                    self.ends.resize(grown, 0);
                }
                ReadRecordResult::Record => {
                    self.count = ends;
                    return Ok(true);
                }
                ReadRecordResult::End => return Ok(false),
            }
        }
    }

    /// The last record's fields: their text, one after the other, and
    /// where each ends in it (see `TableBuilder::push_text_record`).
    /// `Err` when a field is not UTF-8 (the text is then not plain UTF-8).
    pub fn fields(&self) -> io::Result<(&str, &[usize])> {
        let ends = self.ends.get(..self.count).unwrap_or_default();
        let used = ends.last().copied().unwrap_or(0);
        let bytes = self.fields.get(..used).unwrap_or_default();
        let text = std::str::from_utf8(bytes)
            .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))?;
        // Valid UTF-8 as a whole, and cut at character boundaries only:
        // then every field is valid UTF-8 on its own (a character split
        // between two fields would join again in `text`).
        if !ends.iter().all(|&end| text.is_char_boundary(end)) {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                "a character split between fields",
            ));
        }
        Ok((text, ends))
    }

    /// Reads more of the source when everything read is parsed, so that
    /// [`only_breaks_until`](Self::only_breaks_until) sees what follows.
    pub fn fill_if_empty(&mut self) -> io::Result<()> {
        if self.at < self.filled || self.eof {
            return Ok(());
        }
        let read = read_some(&mut self.source, &mut self.input)?;
        // Every other byte that is not UTF-8 shows in a field (delimiters,
        // quotes and line breaks are ASCII), where `fields` finds it.
        if self.rejects_nul && self.input.get(..read).is_some_and(|b| b.contains(&0)) {
            return Err(io::Error::new(io::ErrorKind::InvalidData, "NUL byte"));
        }
        self.at = 0;
        self.filled = read;
        self.eof = read == 0;
        Ok(())
    }

    /// Whether the bytes from here to `target` are all line breaks (which
    /// a reader between records skips), as far as they are read already.
    pub fn only_breaks_until(&self, target: u64) -> bool {
        let Some(ahead) = target
            .checked_sub(self.position)
            .and_then(|n| usize::try_from(n).ok())
        else {
            return false;
        };
        self.input
            .get(self.at..self.filled)
            .and_then(|unread| unread.get(..ahead))
            .is_some_and(|bytes| bytes.iter().all(|&b| b == b'\r' || b == b'\n'))
    }
}

/// One `read` of `source` into `buffer`, retried when interrupted.
pub fn read_some(source: &mut dyn Read, buffer: &mut [u8]) -> io::Result<usize> {
    loop {
        match source.read(buffer) {
            Err(error) if error.kind() == io::ErrorKind::Interrupted => {}
            other => return other,
        }
    }
}
