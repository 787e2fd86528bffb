//! Choice × choice cross-tabs: observed counts of every pair of options,
//! row and column percents, χ² with adjusted residuals per cell, and for a
//! cell its own 2 × 2 test.

use crate::stats::crosstab;

use super::{for_each_choice, option_counts};
use crate::charts::choice::ChoiceAccess;
use crate::charts::index::and_words;
use crate::charts::{CrossTabData, OptionTest};

/// Observed counts `r × c` (flat, row-major) of the two questions' options
/// over `words`: a story counts once per pair of options it chose.
fn observed_counts(
    rows_q: (ChoiceAccess<'_>, usize),
    columns_q: (ChoiceAccess<'_>, usize),
    words: &[u64],
) -> Vec<u64> {
    let ((row_access, r), (column_access, c)) = (rows_q, columns_q);
    let mut flat = vec![0u64; r * c];
    match (row_access, column_access) {
        (ChoiceAccess::Multi(a), ChoiceAccess::Multi(b)) => {
            for (i, row_chosen) in a.chosen.iter().enumerate().take(r) {
                let both: Vec<u64> = and_words(words, row_chosen.words()).collect();
                for (j, column_chosen) in b.chosen.iter().enumerate().take(c) {
                    flat[i * c + j] = and_words(&both, column_chosen.words())
                        .map(|w| u64::from(w.count_ones()))
                        .sum();
                }
            }
        }
        (ChoiceAccess::Single(a), ChoiceAccess::Multi(_)) => {
            // Walk the multiple choice option by option, look up the single.
            for_each_choice(column_access, c, words, |row, j| {
                let i = a.codes.get(row).map_or(usize::MAX, |&x| usize::from(x));
                if i < r {
                    flat[i * c + j] += 1;
                }
            });
        }
        (_, ChoiceAccess::Single(b)) => {
            for_each_choice(row_access, r, words, |row, i| {
                let j = b.codes.get(row).map_or(usize::MAX, |&x| usize::from(x));
                if j < c {
                    flat[i * c + j] += 1;
                }
            });
        }
    }
    flat
}

#[allow(clippy::too_many_lines, reason = "the cross-tab statistics in order")]
pub(super) fn cross_tab(
    rows_q: (ChoiceAccess<'_>, &[String]),
    columns_q: (ChoiceAccess<'_>, &[String]),
    words: &[u64],
) -> CrossTabData {
    let (row_access, row_labels) = rows_q;
    let (column_access, column_labels) = columns_q;
    let (r, c) = (row_labels.len(), column_labels.len());
    let flat = observed_counts((row_access, r), (column_access, c), words);
    let observed: Vec<Vec<u64>> = (0..r).map(|i| flat[i * c..(i + 1) * c].to_vec()).collect();
    let n = crate::charts::index::count_ones(words) as f64;
    let as_f64 = |m: &Vec<Vec<u64>>| -> Vec<Vec<f64>> {
        m.iter()
            .map(|row| row.iter().map(|&v| v as f64).collect())
            .collect()
    };
    let counts_mentions = row_access.is_multi() || column_access.is_multi();
    let mut data = CrossTabData {
        row_labels: row_labels.to_vec(),
        column_labels: column_labels.to_vec(),
        expected: vec![vec![0.0; c]; r],
        row_percents: percents(&observed, |i, _| observed[i].iter().sum::<u64>()),
        column_percents: percents(&observed, |_, j| (0..r).map(|i| observed[i][j]).sum()),
        adjusted_residuals: vec![vec![None; c]; r],
        chi2: None,
        df: 0,
        p: None,
        cramers_v: None,
        option_tests: Vec::new(),
        counts_mentions,
        dropped_rows: Vec::new(),
        dropped_columns: Vec::new(),
        warnings: Vec::new(),
        column_options: (0..c).collect(),
        observed: observed.clone(),
        cell_p: Vec::new(),
        cell_p_holm: Vec::new(),
        outlined_by: crate::charts::CellOutline::default(),
    };
    if !counts_mentions {
        if let Ok(table) = crosstab::crosstab(&as_f64(&observed)) {
            data.expected = table.expected;
            data.adjusted_residuals = table.adjusted_residuals;
            data.chi2 = table.chi2;
            data.df = table.df;
            data.p = table.p;
            data.cramers_v = table.cramers_v;
            data.dropped_rows = table
                .dropped_rows
                .iter()
                .map(|&i| row_labels[i].clone())
                .collect();
            data.dropped_columns = table
                .dropped_columns
                .iter()
                .map(|&j| column_labels[j].clone())
                .collect();
            data.warnings = table.warnings.clone();
        }
        return with_cell_tests(data);
    }
    // Stories per option of each question, for the per-option tables of a
    // multiple-choice question.
    let row_stories = option_counts(row_access, r, words);
    let column_stories = option_counts(column_access, c, words);
    // A multiple-choice question: each cell is tested in the table of its
    // own option, chosen / not chosen, against the other question's options
    // (or, when both are multiple choice, its own 2 × 2 table).
    for i in 0..r {
        for j in 0..c {
            let o = observed[i][j] as f64;
            let table = if row_access.is_multi() && column_access.is_multi() {
                let a = row_stories[i] as f64 - o;
                let b = column_stories[j] as f64 - o;
                vec![vec![o, a], vec![b, n - o - a - b]]
            } else if row_access.is_multi() {
                let other: Vec<f64> = (0..c).map(|k| observed[i][k] as f64).collect();
                let rest = (0..c)
                    .map(|k| column_stories[k] as f64 - other[k])
                    .collect();
                // Put cell (i, j) at [0][0] so its residual is read there.
                swap_first(vec![other, rest], j)
            } else {
                let other: Vec<f64> = (0..r).map(|k| observed[k][j] as f64).collect();
                let rest = (0..r).map(|k| row_stories[k] as f64 - other[k]).collect();
                swap_first(vec![other, rest], i)
            };
            if let Ok(t) = crosstab::crosstab(&table) {
                data.expected[i][j] = t.expected[0][0];
                data.adjusted_residuals[i][j] = t.adjusted_residuals[0][0];
            }
        }
    }
    let (multi_labels, multi_is_rows) = if row_access.is_multi() {
        (row_labels, true)
    } else {
        (column_labels, false)
    };
    for (k, label) in multi_labels.iter().enumerate() {
        let table: Vec<Vec<f64>> = if multi_is_rows {
            let chosen: Vec<f64> = (0..c).map(|j| observed[k][j] as f64).collect();
            let rest = (0..c)
                .map(|j| column_stories[j] as f64 - chosen[j])
                .collect();
            vec![chosen, rest]
        } else {
            let chosen: Vec<f64> = (0..r).map(|i| observed[i][k] as f64).collect();
            let rest = (0..r).map(|i| row_stories[i] as f64 - chosen[i]).collect();
            vec![chosen, rest]
        };
        let test = crosstab::crosstab(&table).ok();
        data.option_tests.push(OptionTest {
            label: label.clone(),
            chi2: test.as_ref().and_then(|t| t.chi2),
            df: test.as_ref().map_or(0, |t| t.df),
            p: test.as_ref().and_then(|t| t.p),
        });
    }
    with_cell_tests(data)
}

/// Fills each cell's p and Holm-corrected p from the adjusted residuals.
fn with_cell_tests(mut data: CrossTabData) -> CrossTabData {
    let (cell_p, cell_p_holm) = crate::stats::differences::cell_p_values(&data.adjusted_residuals);
    data.cell_p = cell_p;
    data.cell_p_holm = cell_p_holm;
    data
}

/// Swaps column `j` of a two-row table to the front.
fn swap_first(mut table: Vec<Vec<f64>>, j: usize) -> Vec<Vec<f64>> {
    for row in &mut table {
        row.swap(0, j);
    }
    table
}

fn percents(observed: &[Vec<u64>], total: impl Fn(usize, usize) -> u64) -> Vec<Vec<f64>> {
    observed
        .iter()
        .enumerate()
        .map(|(i, row)| {
            row.iter()
                .enumerate()
                .map(|(j, &v)| {
                    let t = total(i, j);
                    if t == 0 {
                        0.0
                    } else {
                        100.0 * v as f64 / t as f64
                    }
                })
                .collect()
        })
        .collect()
}
