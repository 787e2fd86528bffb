//! [`guess_start`]: where a piece of the text cut at some byte most likely
//! starts. A wrong guess costs time, never correctness: the reader of the
//! piece before checks it (see the module above).

use std::io;

use super::reader::read_some;
use super::{BLOCK_BYTES, Source};

/// Bytes after a cut looked at to tell whether it lies inside quotes.
const WINDOW_BYTES: usize = 1 << 16;

/// Where the piece cut at `cut` most likely starts: just after the first
/// line feed at or after `cut` outside quotes; `None` when the text ends
/// first. Whether the cut lies inside quotes is told from the first quote
/// after it that clearly opens or closes a field ([`state_at_cut`]); when
/// none does, from the number of quotes since `from` (a record start),
/// which is right for every file quoted as RFC 4180 says but reads
/// everything before the cut.
pub fn guess_start(
    source: &dyn Source,
    delimiter: u8,
    from: u64,
    cut: u64,
) -> io::Result<Option<u64>> {
    let mut window = vec![0u8; WINDOW_BYTES];
    let mut reader = source.open(cut)?;
    let mut filled = 0;
    while filled < window.len() {
        let read = read_some(&mut reader, window.get_mut(filled..).unwrap_or_default())?;
        if read == 0 {
            break;
        }
        filled += read;
    }
    let window = window.get(..filled).unwrap_or_default();
    if let Some(quoted) = state_at_cut(window, delimiter) {
        if let Some(after) = first_record_end(window, quoted) {
            return Ok(Some(cut + after as u64));
        }
        if filled < WINDOW_BYTES {
            return Ok(None);
        }
    }
    counted_start(source, from, cut)
}

/// Whether `window` (the bytes after a cut) starts inside quotes, told by
/// its first quote that clearly opens a field (a delimiter or line break
/// before it, neither after) or closes one (the other way round); doubled
/// quotes say nothing. Without quotes at all: outside. `None` when no
/// quote tells.
fn state_at_cut(window: &[u8], delimiter: u8) -> Option<bool> {
    let separates = |b: u8| b == delimiter || b == b'\n' || b == b'\r';
    let mut quotes_before = 0usize;
    for (at, &byte) in window.iter().enumerate() {
        if byte != b'"' {
            continue;
        }
        let before = at.checked_sub(1).and_then(|i| window.get(i)).copied();
        let after = window.get(at + 1).copied();
        if let (Some(before), Some(after)) = (before, after)
            && before != b'"'
            && after != b'"'
            && separates(before) != separates(after)
        {
            // Inside quotes just before this one when it closes a field.
            let inside_before = !separates(before);
            return Some(inside_before ^ (quotes_before % 2 == 1));
        }
        quotes_before += 1;
    }
    (quotes_before == 0).then_some(false)
}

/// Just after the first line feed of `window` outside quotes, starting
/// `quoted` or not.
fn first_record_end(window: &[u8], mut quoted: bool) -> Option<usize> {
    for (at, &byte) in window.iter().enumerate() {
        if byte == b'"' {
            quoted = !quoted;
        } else if byte == b'\n' && !quoted {
            return Some(at + 1);
        }
    }
    None
}

/// Just after the first line feed at or after `cut` with an even number
/// of quote characters between `from` (a record start) and it.
fn counted_start(source: &dyn Source, from: u64, cut: u64) -> io::Result<Option<u64>> {
    let mut reader = source.open(from)?;
    let mut block = vec![0u8; BLOCK_BYTES];
    let mut at = from;
    let mut quoted = false;
    loop {
        let read = read_some(&mut reader, &mut block)?;
        if read == 0 {
            return Ok(None);
        }
        let bytes = block.get(..read).unwrap_or_default();
        let before = usize::try_from(cut.saturating_sub(at)).map_or(read, |n| n.min(read));
        let (counted, scanned) = bytes.split_at(before);
        // Counting in a plain loop over the bytes vectorises well.
        quoted ^= counted.iter().filter(|&&b| b == b'"').count() % 2 == 1;
        for (i, &byte) in scanned.iter().enumerate() {
            if byte == b'"' {
                quoted = !quoted;
            } else if byte == b'\n' && !quoted {
                return Ok(Some(at + (before + i + 1) as u64));
            }
        }
        at += read as u64;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Where a piece starts when cut at byte `cut` of `text` (`from` 0).
    fn start(text: &str, cut: u64) -> Option<u64> {
        let source = text.as_bytes();
        guess_start(&source, b',', 0, cut).unwrap()
    }

    #[test]
    fn a_cut_inside_quotes_starts_after_the_closing_quote() {
        let text = "1,\"een\nverhaal, met \"\"quotes\"\"\nen regels\",5\n2,kort,6\n";
        let second = text.find("2,kort").unwrap() as u64;
        // Cut inside the quoted story: its line breaks are not record ends.
        for cut in 3..(second - 3) {
            assert_eq!(start(text, cut), Some(second), "cut at {cut}");
        }
        // Told by the first clear quote, not by counting from the start.
        let window = &text.as_bytes()[8..];
        assert_eq!(state_at_cut(window, b','), Some(true));
        assert_eq!(state_at_cut(b"2,kort,6\n3,\"x\",7\n", b','), Some(false));
        assert_eq!(state_at_cut(b"2,kort,6\n", b','), Some(false));
        assert_eq!(state_at_cut(b"a\"\"b\"\"c", b','), None);
        assert_eq!(
            start(text, second + 2),
            Some(text.len() as u64),
            "at the very end"
        );
    }
}
