//! Column builders: raw cells of one or more source columns → one typed
//! [`Column`], reporting every value that had to be left out or repaired.
//!
//! Choice questions have their own builders in [`choice`](super::choice).

use crate::model::{Column, NumberColumn, TextColumn, TriadColumn};

use super::date::DateOrder;
use super::{Cell, RawTable, Reporter};

/// Slack on a triad's sum before it counts as "not 1" (exports round).
const TRIAD_SUM_TOLERANCE: f64 = 0.01;

/// Free text, one entry per row; empty cells are missing.
pub fn text(table: &RawTable, column: usize) -> Column {
    let mut text = TextColumn::default();
    for cell in table.column(column) {
        match cell {
            // Keep story text exactly (inner line breaks and all), only
            // trimmed at the ends.
            Cell::Text(raw) if !raw.trim().is_empty() => text.push(Some(raw.trim())),
            other => text.push(other.text().as_deref()),
        }
    }
    Column::Text(text)
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
    let mut values = NumberColumn::default();
    for row in 0..table.len() {
        let number = table.row_number(row);
        if na.is_some_and(|na| is_truthy(table.cell(row, na))) {
            values.push_not_applicable();
            continue;
        }
        let cell = table.cell(row, column);
        let value = match cell.number() {
            Some(v) => Some((v - low) / width),
            None if cell.is_empty() => None,
            None => {
                report.row(header, number, "slider value is not a number; left missing");
                None
            }
        };
        let clamped = value.map(|v| {
            if !(0.0..=1.0).contains(&v) {
                report.row(
                    header,
                    number,
                    &format!(
                        "slider value outside {}–{}; set to the nearest end",
                        super::cell::format_number(low),
                        super::cell::format_number(high)
                    ),
                );
            }
            v.clamp(0.0, 1.0)
        });
        values.push(clamped);
    }
    Column::Number(values)
}

/// Dates as days since 1970-01-01.
pub fn date(table: &RawTable, column: usize, order: DateOrder, report: &mut Reporter) -> Column {
    let header = table.header(column);
    let mut values = NumberColumn::default();
    for (row, cell) in table.column(column).enumerate() {
        let value = cell.date(order);
        if value.is_none() && !cell.is_empty() {
            report.row(header, table.row_number(row), "not a date; left missing");
        }
        values.push(value);
    }
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
            report.row(
                label,
                table.row_number(row),
                "position outside 0–1; set to the nearest edge",
            );
            *value = value.clamp(0.0, 1.0);
        }
    }
    values
}

fn numbers(table: &RawTable, column: usize, scale: f64, report: &mut Reporter) -> NumberColumn {
    let header = table.header(column);
    let mut values = NumberColumn::default();
    for (row, cell) in table.column(column).enumerate() {
        let value = cell.number();
        if value.is_none() && !cell.is_empty() {
            report.row(header, table.row_number(row), "not a number; left missing");
        }
        values.push(value.map(|v| v / scale));
    }
    values
}

/// Whether a cell says "yes": `1`, `x`, `true`, `ja`, `yes`, `y`, `✓`.
pub fn is_truthy(cell: &Cell) -> bool {
    match cell {
        Cell::Bool(value) => *value,
        Cell::Number(value) => *value != 0.0,
        Cell::Text(text) => is_yes(text),
        Cell::Empty | Cell::Date(_) => false,
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
/// fractions (`scale` 1) or percentages (`scale` 100). Sums other than 1 are
/// normalised, negative weights set to 0, each reported; a row with every
/// weight zero or only some weights given is left missing and reported.
/// `label` names the question in reports.
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
    for row in 0..table.len() {
        let number = table.row_number(row);
        if na.is_some_and(|na| is_truthy(table.cell(row, na))) {
            triad.push_not_applicable();
            continue;
        }
        let cells = corners.map(|c| table.cell(row, c));
        let values = cells.map(Cell::number);
        let given = values.iter().filter(|v| v.is_some()).count();
        if given == 0 {
            if cells.iter().any(|c| !c.is_empty()) {
                report.row(
                    header,
                    number,
                    "triad weights are not numbers; left missing",
                );
            }
            triad.push(None);
            continue;
        }
        if given < 3 {
            report.row(
                header,
                number,
                "triad has only some of its three weights; left missing",
            );
            triad.push(None);
            continue;
        }
        let mut weights = values.map(|v| v.unwrap_or(0.0) / scale);
        if weights.iter().any(|w| *w < 0.0) {
            report.row(header, number, "negative triad weight set to 0");
            weights = weights.map(|w| w.max(0.0));
        }
        let sum: f64 = weights.iter().sum();
        if sum <= 0.0 {
            report.row(header, number, "triad weights are all zero; left missing");
            triad.push(None);
            continue;
        }
        if (sum - 1.0).abs() > TRIAD_SUM_TOLERANCE {
            report.row(
                header,
                number,
                &format!(
                    "triad weights do not sum to {}; rescaled to sum to it",
                    super::cell::format_number(scale)
                ),
            );
        }
        if weights.contains(&0.0) {
            report.row(
                header,
                number,
                "a triad weight is 0 (kept; geometric means replace zeros by a small value)",
            );
        }
        triad.push(Some(weights.map(|w| w / sum)));
    }
    Column::Triad(triad)
}

/// How well three numeric columns behave as a triad: `Some(scale)` when
/// at least 90 % of the rows with all three filled sum to 1 or to 100
/// (within 2 %), and at least one such row exists.
pub fn triad_scale(table: &RawTable, corners: [usize; 3]) -> Option<f64> {
    let mut complete = 0usize;
    let mut near = [0usize; 2];
    for row in 0..table.len() {
        let values = corners.map(|c| table.cell(row, c));
        if values.iter().all(|c| c.is_empty()) {
            continue;
        }
        let sum = values.iter().map(|c| c.number()).sum::<Option<f64>>()?;
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
