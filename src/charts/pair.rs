//! Two-question charts: choice × choice cross-tabs, slider × choice groups,
//! slider × slider scatter, triad × choice groups. Each takes the rows that
//! answered both questions in one population.

use crate::model::{Column, Question, QuestionKind};
use crate::stats::{compositional, crosstab, descriptive, multitest, rank};

use super::choice::ChoiceAccess;
use super::{
    ChartError, ChartSpec, CrossTabData, GroupsData, OptionTest, PairwiseTest, PanelKind,
    ScatterData, SliderGroup, TriadGroup, TriadGroupsData,
};

/// A question with its column.
pub(crate) type Answered<'a> = (&'a Question, &'a Column);

/// The panel of `question × by` over `rows` (which answered both).
fn as_choice<'a>((question, column): Answered<'a>) -> Option<(ChoiceAccess<'a>, &'a [String])> {
    ChoiceAccess::of(question, column)
}

pub(crate) fn pair_panel(
    spec: &ChartSpec,
    question: Answered<'_>,
    by: Answered<'_>,
    rows: &[usize],
) -> Result<PanelKind, ChartError> {
    match (&question.0.kind, &by.0.kind) {
        (QuestionKind::Slider { .. }, QuestionKind::Slider { .. }) => {
            Ok(PanelKind::Scatter(scatter(question, by, rows)))
        }
        (QuestionKind::Slider { .. }, _) if as_choice(by).is_some() => {
            let (access, options) = as_choice(by).ok_or_else(|| unsupported(question.0, by.0))?;
            Ok(PanelKind::Groups(slider_groups(
                question.1, access, options, rows,
            )))
        }
        (QuestionKind::Triad { .. }, _) if as_choice(by).is_some() => {
            let (access, options) = as_choice(by).ok_or_else(|| unsupported(question.0, by.0))?;
            Ok(PanelKind::TriadGroups(triad_groups(
                spec, question.1, access, options, rows,
            )))
        }
        _ => match (as_choice(question), as_choice(by)) {
            (Some(row_choice), Some(column_choice)) => Ok(PanelKind::CrossTab(cross_tab(
                row_choice,
                column_choice,
                rows,
            ))),
            _ => Err(unsupported(question.0, by.0)),
        },
    }
}

fn unsupported(question: &Question, by: &Question) -> ChartError {
    ChartError::UnsupportedPair {
        question: question.title.clone(),
        by: by.title.clone(),
    }
}

fn cross_tab(
    rows_q: (ChoiceAccess<'_>, &[String]),
    columns_q: (ChoiceAccess<'_>, &[String]),
    rows: &[usize],
) -> CrossTabData {
    let (row_access, row_labels) = rows_q;
    let (column_access, column_labels) = columns_q;
    let (r, c) = (row_labels.len(), column_labels.len());
    let mut observed = vec![vec![0u64; c]; r];
    // Stories per option of each question, for the per-option tables of a
    // multiple-choice question.
    let mut row_stories = vec![0u64; r];
    let mut column_stories = vec![0u64; c];
    let (mut row_options, mut column_options) = (Vec::new(), Vec::new());
    for &row in rows {
        row_access.options_of(row, r, &mut row_options);
        column_access.options_of(row, c, &mut column_options);
        for &i in &row_options {
            row_stories[i] += 1;
            for &j in &column_options {
                observed[i][j] += 1;
            }
        }
        for &j in &column_options {
            column_stories[j] += 1;
        }
    }
    let n = rows.len() as f64;
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
        observed: observed.clone(),
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
            data.warnings = table.warnings.iter().map(warning_text).collect();
        }
        return data;
    }
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

fn warning_text(warning: &crosstab::CrossTabWarning) -> String {
    match warning {
        crosstab::CrossTabWarning::SparseExpected { below_five, cells } => {
            format!("{below_five} of {cells} expected counts are below 5")
        }
        crosstab::CrossTabWarning::ExpectedBelowOne { cells } => {
            format!("{cells} expected counts are below 1")
        }
        crosstab::CrossTabWarning::NotTestable { rows, columns } => {
            format!("only {rows} × {columns} non-empty rows × columns: no χ² test")
        }
    }
}

fn slider_values(column: &Column, row: usize) -> Option<f64> {
    match column {
        Column::Number(numbers) => numbers.get(row).map(|v| v * 100.0),
        _ => None,
    }
}

fn slider_groups(
    slider: &Column,
    access: ChoiceAccess<'_>,
    options: &[String],
    rows: &[usize],
) -> GroupsData {
    let mut values = vec![Vec::new(); options.len()];
    let mut group_rows = vec![Vec::new(); options.len()];
    let mut chosen = Vec::new();
    for &row in rows {
        let Some(v) = slider_values(slider, row) else {
            continue;
        };
        access.options_of(row, options.len(), &mut chosen);
        for &o in &chosen {
            values[o].push(v);
            group_rows[o].push(row);
        }
    }
    let groups: Vec<SliderGroup> = options
        .iter()
        .zip(values)
        .zip(group_rows)
        .map(|((label, values), rows)| slider_group(label, values, rows))
        .collect();
    let kruskal = (!access.is_multi())
        .then(|| {
            let samples: Vec<&[f64]> = groups.iter().map(|g| g.values.as_slice()).collect();
            rank::kruskal_wallis(&samples)
        })
        .flatten();
    let mut pairwise = Vec::new();
    for a in 0..groups.len() {
        for b in a + 1..groups.len() {
            if let Some(test) = rank::mann_whitney(&groups[a].values, &groups[b].values) {
                pairwise.push(PairwiseTest {
                    a: groups[a].label.clone(),
                    b: groups[b].label.clone(),
                    u: test.u,
                    p: test.p,
                    p_holm: test.p,
                });
            }
        }
    }
    let adjusted = multitest::holm(&pairwise.iter().map(|t| t.p).collect::<Vec<_>>());
    for (test, p_holm) in pairwise.iter_mut().zip(adjusted) {
        test.p_holm = p_holm;
    }
    GroupsData {
        groups,
        h: kruskal.as_ref().map(|k| k.h),
        df: kruskal.as_ref().map(|k| k.df),
        p: kruskal.as_ref().map(|k| k.p),
        pairwise,
    }
}

fn slider_group(label: &str, values: Vec<f64>, rows: Vec<usize>) -> SliderGroup {
    let mut sorted = values.clone();
    sorted.sort_by(f64::total_cmp);
    let summary = descriptive::summarize(&values);
    SliderGroup {
        label: label.to_owned(),
        n: values.len(),
        mean: summary.as_ref().map(|s| s.mean),
        median: summary.as_ref().map(|s| s.median),
        sd: summary.as_ref().and_then(|s| s.sd),
        q1: descriptive::quantile_of_sorted(&sorted, 0.25),
        q3: descriptive::quantile_of_sorted(&sorted, 0.75),
        min: sorted.first().copied(),
        max: sorted.last().copied(),
        values,
        rows,
    }
}

fn scatter(x: Answered<'_>, y: Answered<'_>, rows: &[usize]) -> ScatterData {
    let poles = |q: &Question| match &q.kind {
        QuestionKind::Slider { left, right } => [left.clone(), right.clone()],
        _ => [String::new(), String::new()],
    };
    let mut points = Vec::with_capacity(rows.len());
    let mut kept = Vec::with_capacity(rows.len());
    for &row in rows {
        if let (Some(a), Some(b)) = (slider_values(x.1, row), slider_values(y.1, row)) {
            points.push([a, b]);
            kept.push(row);
        }
    }
    let xs: Vec<f64> = points.iter().map(|p| p[0]).collect();
    let ys: Vec<f64> = points.iter().map(|p| p[1]).collect();
    let spearman = rank::spearman(&xs, &ys);
    ScatterData {
        x_poles: poles(x.0),
        y_poles: poles(y.0),
        points,
        rows: kept,
        rho: spearman.as_ref().map(|s| s.rho),
        p: spearman.as_ref().map(|s| s.p),
    }
}

fn triad_groups(
    spec: &ChartSpec,
    triad: &Column,
    access: ChoiceAccess<'_>,
    options: &[String],
    rows: &[usize],
) -> TriadGroupsData {
    let mut groups: Vec<TriadGroup> = options
        .iter()
        .map(|label| TriadGroup {
            label: label.clone(),
            n: 0,
            points: Vec::new(),
            rows: Vec::new(),
            geometric_mean: None,
        })
        .collect();
    let mut chosen = Vec::new();
    if let Column::Triad(triad) = triad {
        for &row in rows {
            let Some(point) = triad.get(row) else {
                continue;
            };
            access.options_of(row, options.len(), &mut chosen);
            for &o in &chosen {
                groups[o].points.push(point);
                groups[o].rows.push(row);
            }
        }
    }
    for group in &mut groups {
        group.n = group.points.len();
        group.geometric_mean =
            compositional::closed_geometric_mean(&group.points, spec.options.zero_replacement);
    }
    TriadGroupsData {
        groups,
        zero_replacement: spec.options.zero_replacement,
    }
}

#[cfg(test)]
#[path = "pair_tests.rs"]
mod tests;
