//! Column builders: raw cells of one or more source columns → one typed
//! [`Column`], reporting every value that had to be left out or repaired.
//!
//! Choice questions have their own builders in [`choice`](super::choice).

use crate::model::{Column, NumberColumn, TextColumn, TriadColumn};

use super::date::DateOrder;
use super::raw::Readings;
use super::{CellRef, ImportNote, RawTable, Rejection, Reporter};

/// Slack on a triad's sum before it counts as "not 1" (exports round).
const TRIAD_SUM_TOLERANCE: f64 = 0.01;

/// Free text, one entry per row, byte for byte as the file has it
/// (leading and trailing spaces, tabs and line breaks included). A cell of
/// only white space is not an answer: it is missing.
pub fn text(table: &RawTable, column: usize) -> Column {
    if let Some((arena, spans)) = table.text_spans(column) {
        return Column::Text(TextColumn::from_shared(arena, spans));
    }
    let bytes = table
        .column(column)
        .filter(|cell| !cell.is_empty())
        .map(|cell| match cell {
            CellRef::Text(raw) => raw.len(),
            other => other.text().map_or(0, |t| t.len()),
        })
        .sum();
    let mut text = TextColumn::with_capacity(table.len(), bytes);
    for cell in table.column(column) {
        match cell {
            CellRef::Text(raw) if !cell.is_empty() => text.push(Some(raw)),
            other => text.push(other.text().as_deref()),
        }
    }
    Column::Text(text)
}

/// Distinct rejected values shown in a warning; the rows are all listed.
const VALUES_SHOWN: usize = 8;

/// Cells a builder left missing, gathered so that the column gets one
/// warning naming the rows and the values as written.
#[derive(Default)]
pub struct Rejects {
    rows: Vec<usize>,
    values: Vec<String>,
    more_values: usize,
}

impl Rejects {
    /// Notes that the cell at file row `row` was left missing.
    pub fn push(&mut self, row: usize, cell: CellRef<'_>) {
        self.rows.push(row);
        let value = match cell {
            CellRef::Text(text) => text.to_owned(),
            other => other.text().map(|t| t.into_owned()).unwrap_or_default(),
        };
        if self.values.contains(&value) {
            return;
        }
        if self.values.len() < VALUES_SHOWN {
            self.values.push(value);
        } else {
            self.more_values += 1;
        }
    }

    /// One warning for `column`: `what` was wrong (e.g. not a number),
    /// the cells were left missing, and their values.
    pub fn report(self, column: &str, what: Rejection, report: &mut Reporter) {
        if self.rows.is_empty() {
            return;
        }
        let note = ImportNote::Rejected {
            what,
            values: self.values,
            more_values: self.more_values,
        };
        report.rows(column, self.rows, note);
    }
}

/// Numbers; cells that are not numbers are reported and left missing.
pub fn number(table: &RawTable, column: usize, report: &mut Reporter) -> Column {
    Column::Number(numbers(table, column, 1.0, report))
}

/// A slider stored as 0..=1: values mapped from `range` (`(0, 1)`,
/// `(0, 100)`, …), values outside it clamped and reported under `label`.
/// Rows where `na` holds a truthy value are not applicable.
pub fn slider(
    table: &RawTable,
    column: usize,
    range: (f64, f64),
    na: Option<usize>,
    label: &str,
    report: &mut Reporter,
) -> Column {
    let header = label;
    let (low, high) = range;
    let width = if high > low { high - low } else { 1.0 };
    // Float noise from an export's own arithmetic (1.0000000000000002) is
    // on the scale; a typed 100.0001 is not.
    let slack = 1e-9;
    let mut values = NumberColumn::default();
    let mut rejects = Rejects::default();
    let not_applicable = truthy_rows(table, na);
    let readings = table.readings(column, |cell| {
        let value = cell
            .number()
            .map(|v| (v - low) / width)
            .filter(|v| (-slack..=1.0 + slack).contains(v));
        (value, cell.is_empty())
    });
    for (row, (value, empty)) in readings.iter().enumerate() {
        if not_applicable.as_ref().is_some_and(|na| na.get(row)) {
            values.push_not_applicable();
            continue;
        }
        if value.is_none() && !empty {
            rejects.push(table.row_number(row), table.cell(row, column));
        }
        values.push(value.map(|v| v.clamp(0.0, 1.0)));
    }
    let what = Rejection::NotInRange {
        low: super::cell::format_number(low),
        high: super::cell::format_number(high),
    };
    rejects.report(header, what, report);
    Column::Number(values)
}

/// Dates as days since 1970-01-01.
pub fn date(table: &RawTable, column: usize, order: DateOrder, report: &mut Reporter) -> Column {
    let mut values = NumberColumn::default();
    let mut rejects = Rejects::default();
    let readings = table.readings(column, |cell| (cell.date(order), cell.is_empty()));
    for (row, (value, empty)) in readings.iter().enumerate() {
        if value.is_none() && !empty {
            rejects.push(table.row_number(row), table.cell(row, column));
        }
        values.push(value);
    }
    rejects.report(table.header(column), Rejection::NotADate, report);
    Column::Number(values)
}

/// Dates from Unix times in milliseconds (SenseMaker's meta columns).
pub fn date_from_epoch_millis(table: &RawTable, column: usize, report: &mut Reporter) -> Column {
    let mut values = numbers(table, column, 1.0, report);
    for value in &mut values.values {
        *value = super::date::days_from_epoch_millis(*value);
    }
    Column::Number(values)
}

/// Positions in 0..=1 (stones); values outside are clamped and reported
/// under `label`.
pub fn fractions(table: &RawTable, column: usize, label: &str, report: &mut Reporter) -> Vec<f64> {
    let mut values = numbers(table, column, 1.0, report).values;
    for (row, value) in values.iter_mut().enumerate() {
        if !value.is_nan() && !(0.0..=1.0).contains(value) {
            report.row(label, table.row_number(row), ImportNote::PositionOutside);
            *value = value.clamp(0.0, 1.0);
        }
    }
    values
}

fn numbers(table: &RawTable, column: usize, scale: f64, report: &mut Reporter) -> NumberColumn {
    let mut values = NumberColumn::default();
    let mut rejects = Rejects::default();
    for (row, (value, empty)) in number_readings(table, column).iter().enumerate() {
        if value.is_none() && !empty {
            rejects.push(table.row_number(row), table.cell(row, column));
        }
        values.push(value.map(|v| v / scale));
    }
    rejects.report(table.header(column), Rejection::NotANumber, report);
    values
}

/// Each row's cell of `column` as a number, and whether it is empty: read
/// once per distinct value (see [`RawTable::map_column`]).
fn number_readings(table: &RawTable, column: usize) -> Readings<'_, (Option<f64>, bool)> {
    table.readings(column, |cell| (cell.number(), cell.is_empty()))
}

/// Whether the cell of `column` says "yes", per row (no row does
/// without a column).
fn truthy_rows(table: &RawTable, column: Option<usize>) -> Option<Readings<'_, bool>> {
    column.map(|column| table.readings(column, is_truthy))
}

/// Whether a cell says "yes": `1`, `x`, `true`, `ja`, `yes`, `y`, `✓`.
pub fn is_truthy(cell: CellRef<'_>) -> bool {
    match cell {
        CellRef::Bool(value) => value,
        CellRef::Number(value) => value != 0.0,
        CellRef::Text(text) => is_yes(text),
        CellRef::Empty | CellRef::Date(_) => false,
    }
}

/// The spellings of "chosen" in one-hot columns.
const YES: &[&str] = &[
    "1", "1.0", "1,0", "x", "true", "waar", "ja", "yes", "y", "j", "✓", "✔", "v",
];
/// The spellings of "not chosen" in one-hot columns.
const NO: &[&str] = &["0", "0.0", "0,0", "false", "onwaar", "nee", "no", "n", "-"];

/// Whether `text` says "chosen". Compared without allocating: one-hot
/// columns ask this of every cell, twice.
pub fn is_yes(text: &str) -> bool {
    let text = super::cell::trim(text);
    YES.iter().any(|word| text.eq_ignore_ascii_case(word))
}

/// Whether `text` says "not chosen".
pub fn is_no(text: &str) -> bool {
    let text = super::cell::trim(text);
    NO.iter().any(|word| text.eq_ignore_ascii_case(word))
}

/// A triad from three weight columns `[top, left, right]` holding
/// fractions (`scale` 1) or percentages (`scale` 100). A row with a
/// negative weight, only some weights, or weights summing to 0 is not an
/// answer: left missing and reported. A sum off by rounding (99.9 of 100)
/// is accepted as is; other sums are closed to 1 and reported. A weight of
/// 0 is a valid answer on an edge of the triangle: one note for the whole
/// column says how geometric means treat it. `label` names the question.
pub fn triad(
    table: &RawTable,
    corners: [usize; 3],
    scale: f64,
    na: Option<usize>,
    label: &str,
    report: &mut Reporter,
) -> Column {
    let header = label;
    let mut triad = TriadColumn::default();
    let mut zeros = 0usize;
    let not_applicable = truthy_rows(table, na);
    let readings = corners.map(|c| number_readings(table, c));
    for row in 0..table.len() {
        let number = table.row_number(row);
        if not_applicable.as_ref().is_some_and(|na| na.get(row)) {
            triad.push_not_applicable();
            continue;
        }
        let cells = [0, 1, 2].map(|corner| {
            readings
                .get(corner)
                .map_or((None, true), |column| column.get(row))
        });
        let weights = triad_weights(cells, scale);
        let weights = match weights {
            Ok(weights) => weights,
            Err(None) => {
                triad.push(None);
                continue;
            }
            Err(Some(problem)) => {
                report.row(header, number, problem);
                triad.push(None);
                continue;
            }
        };
        let sum: f64 = weights.iter().sum();
        if (sum - 1.0).abs() > TRIAD_SUM_TOLERANCE {
            let scale = super::cell::format_number(scale);
            report.row(header, number, ImportNote::TriadRescaled { scale });
        }
        zeros += usize::from(weights.contains(&0.0));
        triad.push(Some(weights.map(|w| w / sum)));
    }
    if zeros > 0 {
        report.column(header, ImportNote::TriadZeroWeights { count: zeros });
    }
    Column::Triad(triad)
}

/// The weights of one row on the 0..=1 scale from its three cells (each
/// as a number, and whether it is empty), or why the row is not an answer
/// (`Err(None)`: all three cells empty, nothing to report).
fn triad_weights(
    cells: [(Option<f64>, bool); 3],
    scale: f64,
) -> Result<[f64; 3], Option<ImportNote>> {
    let values = cells.map(|(number, _)| number);
    let given = values.iter().filter(|v| v.is_some()).count();
    if given == 0 {
        return Err(cells
            .iter()
            .any(|(_, empty)| !empty)
            .then_some(ImportNote::TriadNotNumbers));
    }
    if given < 3 {
        return Err(Some(ImportNote::TriadPartial));
    }
    let weights = values.map(|v| v.unwrap_or(0.0) / scale);
    if weights.iter().any(|w| *w < 0.0) {
        return Err(Some(ImportNote::TriadNegative));
    }
    if weights.iter().sum::<f64>() <= 0.0 {
        return Err(Some(ImportNote::TriadAllZero));
    }
    Ok(weights)
}

/// How well three numeric columns behave as a triad: `Some(scale)` when
/// at least 90 % of the rows with all three filled sum to 1 or to 100
/// (within 2 %), and at least one such row exists.
pub fn triad_scale(table: &RawTable, corners: [usize; 3]) -> Option<f64> {
    let mut complete = 0usize;
    let mut near = [0usize; 2];
    let readings = corners.map(|c| number_readings(table, c));
    for row in 0..table.len() {
        let values = readings.iter().map(|column| column.get(row));
        if values.clone().all(|(_, empty)| empty) {
            continue;
        }
        let sum = values.map(|(number, _)| number).sum::<Option<f64>>()?;
        complete += 1;
        for (slot, target) in near.iter_mut().zip([1.0, 100.0]) {
            if (sum - target).abs() <= 0.02 * target {
                *slot += 1;
            }
        }
    }
    let enough = |hits: usize| complete > 0 && hits * 10 >= complete * 9;
    if enough(near[0]) {
        Some(1.0)
    } else if enough(near[1]) {
        Some(100.0)
    } else {
        None
    }
}
