//! CSV, TSV and TXT files → records of text cells.
//!
//! The delimiter is sniffed among `,` `;` tab `|` by parsing the first
//! records with each (quotes respected, so a comma inside a quoted story
//! does not count) and keeping the one that splits the most records into the
//! same number of fields. Fields are kept as text; numbers are read later.

use csv::ReaderBuilder;

#[cfg(test)]
use super::Cell;
use super::raw::TableBuilder;
use super::{Phase, Reporter};

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

/// Splits `text` into `(row number, cells)` records and gives them to
/// `builder`, on every core ([`chunked`](super::chunked)). Row numbers
/// count records from 1, as a spreadsheet program shows them. `None` when
/// the import was cancelled.
pub fn read_into(
    text: &str,
    delimiter: u8,
    phase: Phase<'_>,
    builder: &mut TableBuilder,
    report: &mut Reporter,
) -> Option<()> {
    let cuts = super::chunked::Cuts::per_core();
    let source = text.as_bytes();
    super::chunked::read_records(&source, 0, delimiter, &cuts, phase, builder, report).ok()
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
