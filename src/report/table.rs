//! A selection as a table: one row per story — id, title, text, then every
//! question's answer — written as CSV or XLSX.
//!
//! [`selection_rows`] builds the table once; the writers only format it.
//! The project's redactions are applied to every text cell of a story (its
//! title, its text and free-text answers), as in every other export.
//! Triads take three columns ("Rol – het kind", 0–100 each), sliders one
//! (0–100), multiple choice joins its options with "; ". Every text cell
//! that a spreadsheet would read as a formula (starting with `= + - @`, tab
//! or carriage return) is neutralised with a leading `'`
//! ([`neutralise_cell`]): survey text is untrusted input.

use std::borrow::Cow;
use std::path::Path;

use super::{BuildDetail, ReportError, write_file};
use crate::calendar::iso_date_from_days;
use crate::i18n::Language;
use crate::model::{Answer, Dataset, QuestionKind, Selection, TextRole};
use crate::project::{Redaction, apply_redactions};

/// Excel's limit on the characters in one cell.
const MAX_CELL_CHARS: usize = 32_767;

/// One cell of the table.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Number(f64),
}

/// `text` safe to open in a spreadsheet: a leading `'` when it starts with
/// a character that makes Excel, LibreOffice or Sheets read a formula.
pub fn neutralise_cell(text: &str) -> Cow<'_, str> {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => Cow::Owned(format!("'{text}")),
        _ => Cow::Borrowed(text),
    }
}

/// The header and one row per story of `selection`, in dataset order, with
/// `redactions` applied.
pub fn selection_rows(
    dataset: &Dataset,
    selection: &Selection,
    redactions: &[Redaction],
    language: Language,
) -> (Vec<String>, Vec<Vec<Cell>>) {
    let s = language.strings();
    let codebook = dataset.codebook();
    let title_id = codebook.text_with_role(TextRole::Title).map(|q| &q.id);
    let story_id = codebook.text_with_role(TextRole::Story).map(|q| &q.id);
    // Question indices shown as their own columns: not the id, and not the
    // title and story texts, which have the first columns.
    let shown: Vec<usize> = codebook
        .questions
        .iter()
        .enumerate()
        .filter(|(_, q)| {
            !matches!(q.kind, QuestionKind::Id)
                && Some(&q.id) != title_id
                && Some(&q.id) != story_id
        })
        .map(|(i, _)| i)
        .collect();
    let mut header = vec![
        s.table_story_id.to_owned(),
        s.table_title.to_owned(),
        s.table_text.to_owned(),
    ];
    for &index in &shown {
        let question = &codebook.questions[index];
        match &question.kind {
            QuestionKind::Triad { top, left, right } => {
                for corner in [top, left, right] {
                    header.push(format!("{} – {corner}", question.title));
                }
            }
            _ => header.push(question.title.clone()),
        }
    }
    let rows = selection
        .iter()
        .filter(|&row| row < dataset.len())
        .map(|row| {
            let story_id = &dataset.story_ids()[row];
            let text = |role| {
                dataset.text(role, row).map_or(Cell::Empty, |t| {
                    Cell::Text(apply_redactions(t, story_id, redactions).into_owned())
                })
            };
            let mut cells = vec![
                Cell::Text(story_id.0.clone()),
                text(TextRole::Title),
                text(TextRole::Story),
            ];
            for &index in &shown {
                let width = match codebook.questions[index].kind {
                    QuestionKind::Triad { .. } => 3,
                    _ => 1,
                };
                let answer = match dataset.answer(index, row) {
                    Answer::Text(t) => Cell::Text(apply_redactions(t, story_id, redactions).into()),
                    answer => {
                        push_answer(&mut cells, answer, width, s);
                        continue;
                    }
                };
                cells.push(answer);
            }
            cells
        })
        .collect();
    (header, rows)
}

fn push_answer(cells: &mut Vec<Cell>, answer: Answer<'_>, width: usize, s: &crate::i18n::Strings) {
    let percent = |v: f64| Cell::Number((v * 10_000.0).round() / 100.0);
    match answer {
        Answer::Missing => cells.extend(std::iter::repeat_n(Cell::Empty, width)),
        Answer::NotApplicable => cells.extend(std::iter::repeat_n(
            Cell::Text(s.not_applicable.to_owned()),
            width,
        )),
        Answer::Text(text) => cells.push(Cell::Text(text.to_owned())),
        Answer::Number(n) => cells.push(Cell::Number(n)),
        Answer::Date(days) => cells.push(Cell::Text(iso_date_from_days(days))),
        Answer::Choice(options) => cells.push(Cell::Text(options.join("; "))),
        Answer::Slider(v) => cells.push(Cell::Number((v * 100.0).round() / 100.0)),
        Answer::Triad(parts) => cells.extend(parts.iter().map(|&p| percent(p))),
        Answer::Stones(stones) => cells.push(Cell::Text(
            stones
                .iter()
                .map(|(label, x, y)| format!("{label} ({:.0}, {:.0})", x * 100.0, y * 100.0))
                .collect::<Vec<_>>()
                .join("; "),
        )),
    }
}

/// The text of a cell as written: numbers plainly, text neutralised and cut
/// to what a spreadsheet cell holds.
fn cell_text(cell: &Cell) -> Cow<'_, str> {
    match cell {
        Cell::Empty => Cow::Borrowed(""),
        Cell::Number(n) => Cow::Owned(n.to_string()),
        Cell::Text(text) => match neutralise_cell(text) {
            Cow::Borrowed(t) if t.chars().count() <= MAX_CELL_CHARS => Cow::Borrowed(t),
            other => Cow::Owned(other.chars().take(MAX_CELL_CHARS).collect()),
        },
    }
}

/// A table file format of a selection.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TableFormat {
    /// An Excel workbook: a bold, frozen header with filters, numbers as
    /// numbers.
    Xlsx,
    /// Comma-separated text, UTF-8 with a byte-order mark so Excel reads
    /// accents; quoted where needed.
    Csv,
}

/// Writes the stories of `selection` (its rows by [`selection_rows`]) as
/// a table file in `format`.
pub fn write_selection(
    dataset: &Dataset,
    selection: &Selection,
    redactions: &[Redaction],
    language: Language,
    format: TableFormat,
    path: &Path,
) -> Result<(), ReportError> {
    let (header, rows) = selection_rows(dataset, selection, redactions, language);
    let bytes = match format {
        TableFormat::Csv => csv_bytes(&header, &rows)?,
        TableFormat::Xlsx => xlsx_bytes(&header, &rows)?,
    };
    write_file(path, &bytes)
}

/// What a spreadsheet library said went wrong.
fn library_error(error: impl std::fmt::Display) -> ReportError {
    ReportError::Spreadsheet(BuildDetail::Library(error.to_string()))
}

fn csv_bytes(header: &[String], rows: &[Vec<Cell>]) -> Result<Vec<u8>, ReportError> {
    let mut writer = csv::WriterBuilder::new().from_writer(Vec::from(*b"\xEF\xBB\xBF"));
    let header: Vec<Cow<'_, str>> = header.iter().map(|h| neutralise_cell(h)).collect();
    writer
        .write_record(header.iter().map(|h| h.as_ref()))
        .map_err(library_error)?;
    for row in rows {
        writer
            .write_record(row.iter().map(|c| cell_text(c).into_owned()))
            .map_err(library_error)?;
    }
    writer.into_inner().map_err(library_error)
}

fn xlsx_bytes(header: &[String], rows: &[Vec<Cell>]) -> Result<Vec<u8>, ReportError> {
    use rust_xlsxwriter::{Format, Workbook};
    let error = library_error;
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    let bold = Format::new().set_bold();
    for (col, title) in header.iter().enumerate() {
        let col = column_index(col)?;
        sheet
            .write_string_with_format(0, col, neutralise_cell(title), &bold)
            .map_err(error)?;
    }
    for (r, row) in rows.iter().enumerate() {
        let r =
            u32::try_from(r + 1).map_err(|_| ReportError::Spreadsheet(BuildDetail::TooManyRows))?;
        for (col, cell) in row.iter().enumerate() {
            let col = column_index(col)?;
            match cell {
                Cell::Empty => {}
                Cell::Number(n) => {
                    sheet.write_number(r, col, *n).map_err(error)?;
                }
                Cell::Text(_) => {
                    sheet.write_string(r, col, cell_text(cell)).map_err(error)?;
                }
            }
        }
    }
    if !header.is_empty() {
        let last_col = column_index(header.len() - 1)?;
        let last_row = u32::try_from(rows.len()).unwrap_or(u32::MAX);
        sheet.autofilter(0, 0, last_row, last_col).map_err(error)?;
        sheet.set_freeze_panes(1, 1).map_err(error)?;
        sheet.set_column_width(2, 60).map_err(error)?;
    }
    workbook.save_to_buffer().map_err(error)
}

fn column_index(col: usize) -> Result<u16, ReportError> {
    u16::try_from(col).map_err(|_| ReportError::Spreadsheet(BuildDetail::TooManyColumns))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised_and_the_rest_kept() {
        for risky in ["=SUM(A1)", "+1", "-2+3", "@cmd", "\tx", "\rx"] {
            assert_eq!(neutralise_cell(risky), format!("'{risky}"));
        }
        for safe in ["SUM", "a=b", "", "'quoted"] {
            assert!(matches!(neutralise_cell(safe), Cow::Borrowed(_)));
        }
        assert_eq!(cell_text(&Cell::Number(-2.5)), "-2.5");
    }

    #[test]
    fn demo_rows_have_one_cell_per_header_column() {
        let dataset = crate::demo::demo_dataset();
        let selection = crate::model::Selection::from_rows(dataset.len(), [0, 5]);
        let (header, rows) = selection_rows(&dataset, &selection, &[], Language::Dutch);
        assert_eq!(rows.len(), 2);
        assert!(
            header.iter().any(|h| h == "Wie was aan zet? – het kind"),
            "{header:?}"
        );
        for row in &rows {
            assert_eq!(row.len(), header.len());
        }
    }
}
