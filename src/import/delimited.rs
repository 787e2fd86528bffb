//! CSV, TSV and TXT files → records of text cells.
//!
//! The delimiter is sniffed among `,` `;` tab `|` by parsing the first
//! records with each (quotes respected, so a comma inside a quoted story
//! does not count) and keeping the one that splits the most records into the
//! same number of fields. Fields are kept as text; numbers are read later.

use csv::ReaderBuilder;

use super::cell::trim;
use super::raw::{Records, TableBuilder};
use super::{Cell, Phase, Reporter};

/// Candidate delimiters, in the order ties are broken.
const DELIMITERS: [u8; 4] = [b',', b';', b'\t', b'|'];
/// Records parsed per candidate while sniffing.
const SNIFF_RECORDS: usize = 30;

/// The delimiter of `text` from a file with `extension` (lowercased):
/// sniffed, with tab winning ties in a `.tsv`.
pub fn delimiter_for(text: &str, extension: &str) -> u8 {
    sniff_delimiter(text, (extension == "tsv").then_some(b'\t'))
}

/// Picks the delimiter of `text`; `preferred` (from the file extension,
/// e.g. tab for `.tsv`) wins ties.
pub fn sniff_delimiter(text: &str, preferred: Option<u8>) -> u8 {
    let mut best = (preferred.unwrap_or(b','), 0.0_f64);
    let candidates = preferred.into_iter().chain(DELIMITERS);
    for delimiter in candidates {
        let score = score(text, delimiter);
        if score > best.1 {
            best = (delimiter, score);
        }
    }
    best.0
}

/// How well `delimiter` splits the start of `text`: the share of records
/// having the most common field count, times that count (one field scores 0).
fn score(text: &str, delimiter: u8) -> f64 {
    let mut reader = ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let counts: Vec<usize> = reader
        .records()
        .take(SNIFF_RECORDS)
        .map_while(Result::ok)
        .map(|record| record.len())
        .collect();
    let Some(&modal) = mode(&counts) else {
        return 0.0;
    };
    if modal < 2 {
        return 0.0;
    }
    let agreeing = counts.iter().filter(|&&c| c == modal).count();
    agreeing as f64 / counts.len() as f64 * (modal as f64).ln_1p()
}

fn mode(counts: &[usize]) -> Option<&usize> {
    counts
        .iter()
        .max_by_key(|&&c| (counts.iter().filter(|&&d| d == c).count(), c))
}

/// Records between two looks at the progress.
const RECORDS_PER_REPORT: usize = 4096;

/// Records handed from the splitting thread to the one filling the table
/// at a time.
const RECORDS_PER_BATCH: usize = 1024;

/// Splits `text` into `(row number, cells)` records and gives them to
/// `builder`. Row numbers count records from 1, as a spreadsheet program
/// shows them. `None` when the import was cancelled.
///
/// Splitting and filling the columns take about as long as each other,
/// so they run on two threads: this one splits, a second fills the table
/// from batches of records.
pub fn read_into(
    text: &str,
    delimiter: u8,
    phase: Phase<'_>,
    builder: &mut TableBuilder,
    report: &mut Reporter,
) -> Option<()> {
    stream_into(
        text.as_bytes(),
        text.len() as u64,
        delimiter,
        phase,
        builder,
        report,
    )
    .unwrap_or(None)
}

/// [`read_into`] from a reader of `size` bytes of UTF-8 text. `Err` when
/// the reader fails (a file that turns out not to be plain UTF-8, say);
/// `Ok(None)` when the import was cancelled.
pub fn stream_into(
    source: impl std::io::Read,
    size: u64,
    delimiter: u8,
    phase: Phase<'_>,
    builder: &mut TableBuilder,
    report: &mut Reporter,
) -> std::io::Result<Option<()>> {
    std::thread::scope(|scope| {
        let (full, received) = std::sync::mpsc::sync_channel::<Records>(8);
        // Emptied batches go back to the splitter to be filled again.
        let (emptied, reuse) = std::sync::mpsc::channel::<Records>();
        let filler = scope.spawn(move || {
            for mut batch in received {
                builder.push_records(&mut batch, report);
                // The splitter may have finished: then the batch just goes.
                let _ = emptied.send(batch);
            }
        });
        let split = split_records(
            (source, size),
            delimiter,
            &phase,
            || reuse.try_recv().unwrap_or_default(),
            |batch| full.send(batch).is_ok(),
        );
        drop(full);
        // The filler only panics if filling the table panics; the import
        // then fails like any other damaged input would.
        let filled = filler.join().is_ok();
        split.map(|split| split.filter(|()| filled))
    })
}

/// Splits the `size` bytes of `source` into records and hands them to
/// `deliver` in batches (buffers from `fresh`); `Ok(None)` when the import
/// was cancelled or `deliver` refused a batch.
fn split_records(
    (source, size): (impl std::io::Read, u64),
    delimiter: u8,
    phase: &Phase<'_>,
    mut fresh: impl FnMut() -> Records,
    mut deliver: impl FnMut(Records) -> bool,
) -> std::io::Result<Option<()>> {
    let mut reader = ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .buffer_capacity(1 << 16)
        .from_reader(source);
    let mut record = csv::StringRecord::new();
    let mut number = 0;
    let mut batch = fresh();
    loop {
        match reader.read_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            // The source failed (not plain UTF-8 after all, or I/O).
            Err(error) => return Err(std::io::Error::other(error)),
        }
        number += 1;
        for field in record.iter() {
            batch.push_cell(if trim(field).is_empty() {
                Cell::Empty
            } else {
                Cell::Text(field.into())
            });
        }
        batch.end_record(number);
        if batch.len() == RECORDS_PER_BATCH {
            let full = std::mem::replace(&mut batch, fresh());
            if !deliver(full) {
                return Ok(None);
            }
        }
        if number % RECORDS_PER_REPORT == 0 {
            let done = reader.position().byte() as f32 / size.max(1) as f32;
            if !phase.report(done) {
                return Ok(None);
            }
        }
    }
    Ok((batch.is_empty() || deliver(batch)).then_some(()))
}

/// Splits `text` into `(row number, cells)` records (for tests and small
/// texts; imports stream with [`read_into`]).
#[cfg(test)]
pub fn read_records(text: &str, delimiter: u8) -> Vec<(usize, Vec<Cell>)> {
    let mut reader = ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    reader
        .records()
        .map_while(Result::ok)
        .enumerate()
        .map(|(i, record)| {
            let cells = record
                .iter()
                .map(|field| {
                    if field.trim().is_empty() {
                        Cell::Empty
                    } else {
                        Cell::Text(field.into())
                    }
                })
                .collect();
            (i + 1, cells)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffs_each_delimiter_despite_quoted_commas() {
        let rows = [
            ["id", "verhaal", "cijfer"],
            ["1", "Eerst, toen, daarna", "63,5"],
            ["2", "Kort", "7"],
        ];
        for delimiter in DELIMITERS {
            let d = char::from(delimiter).to_string();
            let text: String = rows
                .iter()
                .map(|r| {
                    r.iter()
                        .map(|f| format!("\"{f}\""))
                        .collect::<Vec<_>>()
                        .join(&d)
                        + "\r\n"
                })
                .collect();
            assert_eq!(sniff_delimiter(&text, None), delimiter, "{d:?}");
            let records = read_records(&text, delimiter);
            assert_eq!(records.len(), 3);
            assert_eq!(records[1].1[1], Cell::Text("Eerst, toen, daarna".into()));
        }
    }

    #[test]
    fn quoted_newlines_stay_in_one_cell() {
        let text = "id,verhaal\n1,\"regel een\nregel twee\"\n2,kort\n";
        let records = read_records(text, b',');
        assert_eq!(records.len(), 3);
        assert_eq!(records[2].0, 3);
        assert_eq!(records[1].1[1], Cell::Text("regel een\nregel twee".into()));
    }
}
