//! Cross-tabulation of two choice questions: Pearson's χ² test of
//! independence (no Yates correction), Cramér's V and the adjusted
//! standardized residual of every cell.
//!
//! [`crosstab`] takes the observed counts (rows × columns, in the caller's
//! option order) and returns a [`CrossTab`] in that same shape, so index
//! `[i][j]` still means the caller's i-th row option and j-th column option.
//! Rows and columns that are all zero (an option nobody chose) cannot enter
//! the test — their expected counts are zero — so the test runs on the rest
//! and they are listed in `dropped_rows`/`dropped_columns`; their cells get
//! expected count 0 and no residual. With fewer than two non-empty rows or
//! columns there is no test: `chi2`, `p` and `cramers_v` are `None`.
//! The numbers are those of `scipy.stats.chi2_contingency(observed_without_
//! empty_rows_and_columns, correction=False)` and statsmodels'
//! `Table(..., shift_zeros=False).standardized_resids`.

use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::distributions::chi2_sf;

/// A cell is flagged ("more/less often than expected") at |z| ≥ this.
pub const FLAG_THRESHOLD: f64 = 1.96;

/// Result of [`crosstab`]; every matrix has the shape of the input.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CrossTab {
    /// The counts as given, rows × columns.
    pub observed: Vec<Vec<f64>>,
    /// Row total × column total / n; 0 in dropped rows and columns.
    pub expected: Vec<Vec<f64>>,
    /// Sum of each row.
    pub row_totals: Vec<f64>,
    /// Sum of each column.
    pub column_totals: Vec<f64>,
    /// Sum of all counts.
    pub n: f64,
    /// Input indices of the all-zero rows left out of the test, ascending.
    pub dropped_rows: Vec<usize>,
    /// Input indices of the all-zero columns left out of the test, ascending.
    pub dropped_columns: Vec<usize>,
    /// Pearson's χ² without continuity correction; `None` if not testable.
    pub chi2: Option<f64>,
    /// (kept rows − 1) × (kept columns − 1); 0 if not testable.
    pub df: usize,
    /// χ² survival p with `df`; `None` if not testable.
    pub p: Option<f64>,
    /// √(χ² / (n · (min(kept rows, kept columns) − 1))).
    pub cramers_v: Option<f64>,
    /// z = (O − E) / √(E · (1 − r/n) · (1 − c/n)); `None` in dropped rows
    /// and columns and wherever the denominator is zero.
    pub adjusted_residuals: Vec<Vec<Option<f64>>>,
    /// Cells with |z| ≥ [`FLAG_THRESHOLD`], row by row.
    pub flagged: Vec<CellIndex>,
    /// Reasons to read the test with care.
    pub warnings: Vec<CrossTabWarning>,
}

/// A cell of the input table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CellIndex {
    /// Row index, 0-based.
    pub row: usize,
    /// Column index, 0-based.
    pub column: usize,
}

/// Reasons to read the test with care, counted over the tested cells.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "warning", rename_all = "snake_case")]
pub enum CrossTabWarning {
    /// More than 20 % of the expected counts are below 5.
    SparseExpected {
        /// Tested cells whose expected count is below 5.
        below_five: usize,
        /// Tested cells in all.
        cells: usize,
    },
    /// Some expected counts are below 1.
    ExpectedBelowOne {
        /// Tested cells whose expected count is below 1.
        cells: usize,
    },
    /// Fewer than two non-empty rows or columns remain: no χ² test.
    NotTestable {
        /// Non-empty rows left.
        rows: usize,
        /// Non-empty columns left.
        columns: usize,
    },
}

/// Input that is not a table of counts.
#[derive(Clone, Debug, PartialEq, Error)]
#[error("{}", self.sentence(crate::i18n::Language::English))]
pub enum CrossTabError {
    /// A row with another number of cells than the first.
    Ragged {
        /// The row, 0-based.
        row: usize,
        /// Its number of cells.
        found: usize,
        /// The first row's number of cells.
        expected: usize,
    },
    /// A count that is negative, NaN or infinite.
    InvalidCount {
        /// The row, 0-based.
        row: usize,
        /// The column, 0-based.
        column: usize,
        /// The count found.
        value: f64,
    },
}

impl CrossTabError {
    /// What is wrong with the counts, in `language`.
    pub fn sentence(&self, language: crate::i18n::Language) -> String {
        use crate::i18n::fill;
        let e = language.errors();
        match self {
            Self::Ragged {
                row,
                found,
                expected,
            } => fill(
                e.crosstab_ragged,
                &[("row", row), ("found", found), ("expected", expected)],
            ),
            Self::InvalidCount { row, column, value } => fill(
                e.crosstab_invalid_count,
                &[("row", row), ("column", column), ("value", value)],
            ),
        }
    }
}

/// Tests independence of rows and columns in `observed` (counts ≥ 0; they
/// may be fractional, e.g. weighted). See the module docs for empty rows and
/// columns and for tables too small to test.
pub fn crosstab(observed: &[Vec<f64>]) -> Result<CrossTab, CrossTabError> {
    let width = observed.first().map_or(0, Vec::len);
    for (row, cells) in observed.iter().enumerate() {
        if cells.len() != width {
            return Err(CrossTabError::Ragged {
                row,
                found: cells.len(),
                expected: width,
            });
        }
        for (column, &value) in cells.iter().enumerate() {
            if !value.is_finite() || value < 0.0 {
                return Err(CrossTabError::InvalidCount { row, column, value });
            }
        }
    }
    let row_totals: Vec<f64> = observed.iter().map(|r| r.iter().sum()).collect();
    let column_totals: Vec<f64> = (0..width)
        .map(|j| observed.iter().map(|r| r[j]).sum())
        .collect();
    let n: f64 = row_totals.iter().sum();
    let zero_indices = |totals: &[f64]| -> Vec<usize> {
        (0..totals.len()).filter(|&i| totals[i] <= 0.0).collect()
    };
    let dropped_rows = zero_indices(&row_totals);
    let dropped_columns = zero_indices(&column_totals);
    let kept_rows = row_totals.len() - dropped_rows.len();
    let kept_columns = width - dropped_columns.len();

    let expected: Vec<Vec<f64>> = row_totals
        .iter()
        .map(|&r| {
            column_totals
                .iter()
                .map(|&c| if n > 0.0 { r * c / n } else { 0.0 })
                .collect()
        })
        .collect();
    let residual = |i: usize, j: usize| -> Option<f64> {
        let e = expected[i][j];
        let variance = e * (1.0 - row_totals[i] / n) * (1.0 - column_totals[j] / n);
        (e > 0.0 && variance > 0.0).then(|| (observed[i][j] - e) / variance.sqrt())
    };
    let adjusted_residuals: Vec<Vec<Option<f64>>> = (0..observed.len())
        .map(|i| (0..width).map(|j| residual(i, j)).collect())
        .collect();
    let flagged = adjusted_residuals
        .iter()
        .enumerate()
        .flat_map(|(row, cells)| {
            cells.iter().enumerate().filter_map(move |(column, z)| {
                z.filter(|z| z.abs() >= FLAG_THRESHOLD)
                    .map(|_| CellIndex { row, column })
            })
        })
        .collect();

    let mut result = CrossTab {
        observed: observed.to_vec(),
        expected,
        row_totals,
        column_totals,
        n,
        dropped_rows,
        dropped_columns,
        chi2: None,
        df: 0,
        p: None,
        cramers_v: None,
        adjusted_residuals,
        flagged,
        warnings: Vec::new(),
    };
    if kept_rows < 2 || kept_columns < 2 {
        result.warnings.push(CrossTabWarning::NotTestable {
            rows: kept_rows,
            columns: kept_columns,
        });
        return Ok(result);
    }
    test_independence(&mut result, kept_rows, kept_columns);
    Ok(result)
}

/// Fills χ², df, p, V and the sparseness warnings from the tested cells
/// (every cell with a positive expected count).
fn test_independence(table: &mut CrossTab, kept_rows: usize, kept_columns: usize) {
    let mut chi2 = 0.0;
    let (mut below_five, mut below_one) = (0, 0);
    for (observed_row, expected_row) in table.observed.iter().zip(&table.expected) {
        for (&o, &e) in observed_row.iter().zip(expected_row) {
            if e > 0.0 {
                chi2 += (o - e) * (o - e) / e;
                below_five += usize::from(e < 5.0);
                below_one += usize::from(e < 1.0);
            }
        }
    }
    let cells = kept_rows * kept_columns;
    let df = (kept_rows - 1) * (kept_columns - 1);
    table.chi2 = Some(chi2);
    table.df = df;
    table.p = Some(chi2_sf(chi2, df as f64));
    let smaller_side = kept_rows.min(kept_columns) as f64;
    table.cramers_v = Some((chi2 / (table.n * (smaller_side - 1.0))).sqrt());
    if below_five * 5 > cells {
        table
            .warnings
            .push(CrossTabWarning::SparseExpected { below_five, cells });
    }
    if below_one > 0 {
        table
            .warnings
            .push(CrossTabWarning::ExpectedBelowOne { cells: below_one });
    }
}

#[cfg(test)]
mod tests;
