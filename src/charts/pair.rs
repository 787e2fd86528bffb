//! Two-question charts: choice × choice cross-tabs, slider × choice groups,
//! slider × slider scatter, triad × choice groups. Each takes the rows that
//! answered both questions in one population, as bitset words, and counts
//! into flat arrays indexed by option code (and, for sliders, by the code of
//! the value among the slider's distinct values: see `index`).

use crate::model::{Column, NumberColumn, Question, QuestionKind};
use crate::stats::compositional::GeometricMean;
use crate::stats::{crosstab, descriptive, multitest, rank};

use super::choice::ChoiceAccess;
use super::dots::{DOT_LIMIT, DotSample};
use super::index::{Answered, ColumnIndex, NO_CODE, SliderRanks, and_words, for_each_row};
use super::{
    ChartError, ChartSpec, CrossTabData, GroupsData, OptionTest, PairwiseTest, PanelKind,
    RankCounts, ScatterData, SliderGroup, TriadGroup, TriadGroupsData,
};

/// A question with its column and the column's index.
pub(crate) type Indexed<'a> = (&'a Question, &'a Column, &'a ColumnIndex);

fn as_choice<'a>((question, column, _): Indexed<'a>) -> Option<(ChoiceAccess<'a>, &'a [String])> {
    ChoiceAccess::of(question, column)
}

/// The panel of `question × by` over the `answered` rows of a population.
/// Without `detail` (a panel only compared against, never drawn) the
/// per-story points and values are left out where the numbers do not need
/// them.
pub(crate) fn pair_panel(
    spec: &ChartSpec,
    question: Indexed<'_>,
    by: Indexed<'_>,
    answered: &Answered,
    detail: bool,
) -> Result<PanelKind, ChartError> {
    let words = &answered.words;
    if let (true, Column::Multi(column), QuestionKind::MultiChoice { options }) = (
        super::cooccur::is_co_occurrence(question.0, by.0),
        question.1,
        &question.0.kind,
    ) {
        return Ok(PanelKind::CoOccurrence(super::cooccur::co_occurrence(
            options, column, words,
        )));
    }
    match (&question.0.kind, &by.0.kind, question.1) {
        (QuestionKind::Slider { .. }, QuestionKind::Slider { .. }, _) => {
            Ok(PanelKind::Scatter(scatter(question, by, &answered.rows())))
        }
        (QuestionKind::Slider { .. }, _, Column::Number(numbers)) if as_choice(by).is_some() => {
            let (access, options) = as_choice(by).ok_or_else(|| unsupported(question.0, by.0))?;
            let ranks = question.2.ranks.as_ref();
            Ok(PanelKind::Groups(slider_groups(
                numbers,
                ranks,
                (access, options),
                words,
                detail,
                spec.options.all_dots,
            )))
        }
        (QuestionKind::Triad { .. }, _, _) if as_choice(by).is_some() => {
            let (access, options) = as_choice(by).ok_or_else(|| unsupported(question.0, by.0))?;
            Ok(PanelKind::TriadGroups(triad_groups(
                spec, question.1, access, options, words, detail,
            )))
        }
        _ => match (as_choice(question), as_choice(by)) {
            (Some(row_choice), Some(column_choice)) => {
                let mut table = cross_tab(row_choice, column_choice, words);
                if spec.options.outline_holm {
                    table.outlined_by = super::CellOutline::HolmP;
                }
                Ok(PanelKind::CrossTab(table))
            }
            _ => Err(unsupported(question.0, by.0)),
        },
    }
}

/// Calls `f(row, option)` for every option every row of `words` chose:
/// row by row for a single choice, option by option (bitset `and`) for a
/// multiple choice — so rows of one option come in increasing order.
#[inline]
pub(crate) fn for_each_choice(
    access: ChoiceAccess<'_>,
    option_count: usize,
    words: &[u64],
    mut f: impl FnMut(usize, usize),
) {
    match access {
        ChoiceAccess::Single(column) => for_each_row(words, |row| {
            // Rows come from bitsets of the column's own length.
            let code = column
                .codes
                .get(row)
                .map_or(usize::MAX, |&c| usize::from(c));
            if code < option_count {
                f(row, code);
            }
        }),
        ChoiceAccess::Multi(column) => {
            for (option, chosen) in column.chosen.iter().enumerate().take(option_count) {
                let both: Vec<u64> = and_words(words, chosen.words()).collect();
                for_each_row(&both, |row| f(row, option));
            }
        }
    }
}

/// Stories of `words` per option.
fn option_counts(access: ChoiceAccess<'_>, option_count: usize, words: &[u64]) -> Vec<u64> {
    let mut counts = vec![0u64; option_count];
    match access {
        ChoiceAccess::Single(_) => for_each_choice(access, option_count, words, |_, o| {
            counts[o] += 1;
        }),
        ChoiceAccess::Multi(column) => {
            for (count, chosen) in counts.iter_mut().zip(&column.chosen) {
                *count = and_words(words, chosen.words())
                    .map(|w| u64::from(w.count_ones()))
                    .sum();
            }
        }
    }
    counts
}

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

fn unsupported(question: &Question, by: &Question) -> ChartError {
    ChartError::UnsupportedPair {
        question: question.title.clone(),
        by: by.title.clone(),
    }
}

#[allow(clippy::too_many_lines, reason = "the cross-tab statistics in order")]
fn cross_tab(
    rows_q: (ChoiceAccess<'_>, &[String]),
    columns_q: (ChoiceAccess<'_>, &[String]),
    words: &[u64],
) -> CrossTabData {
    let (row_access, row_labels) = rows_q;
    let (column_access, column_labels) = columns_q;
    let (r, c) = (row_labels.len(), column_labels.len());
    let flat = observed_counts((row_access, r), (column_access, c), words);
    let observed: Vec<Vec<u64>> = (0..r).map(|i| flat[i * c..(i + 1) * c].to_vec()).collect();
    let n = super::index::count_ones(words) as f64;
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
        outlined_by: super::CellOutline::default(),
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

fn slider_values(column: &Column, row: usize) -> Option<f64> {
    match column {
        Column::Number(numbers) => numbers.get(row).map(|v| v * 100.0),
        _ => None,
    }
}

#[allow(clippy::too_many_lines, reason = "per-option statistics in order")]
fn slider_groups(
    slider: &NumberColumn,
    ranks: Option<&SliderRanks>,
    (access, options): (ChoiceAccess<'_>, &[String]),
    words: &[u64],
    detail: bool,
    all_dots: bool,
) -> GroupsData {
    let k = options.len();
    // Ranked sliders need the values only to draw them, so they keep a
    // sample of dots; unranked ones compute their statistics from them.
    let keep_values = detail || ranks.is_none();
    let sizes = if keep_values {
        option_counts(access, k, words)
    } else {
        vec![0; k]
    };
    let total: u64 = sizes.iter().sum();
    let limit = (ranks.is_some() && !all_dots).then_some(DOT_LIMIT);
    let mut dots = DotSample::new(total as usize, limit);
    let mut values: Vec<Vec<f64>> = sizes
        .iter()
        .map(|&n| Vec::with_capacity(dots.share(n)))
        .collect();
    let mut group_rows: Vec<Vec<usize>> = sizes
        .iter()
        .map(|&n| Vec::with_capacity(dots.share(n)))
        .collect();
    let width = ranks.map_or(0, |r| r.distinct.len());
    // counts[o * width + d]: answers of option o equal to distinct value d.
    let mut counts = vec![0u64; k * width];
    for_each_choice(access, k, words, |row, o| {
        let Some(&value) = slider.values.get(row) else {
            return;
        };
        if keep_values && dots.keep() {
            values[o].push(value * 100.0);
            group_rows[o].push(row);
        }
        if let Some(ranks) = ranks {
            let code = ranks.codes.get(row).copied().unwrap_or(NO_CODE) as usize;
            if code < width {
                counts[o * width + code] += 1;
            }
        }
    });
    let group_counts: Vec<&[u64]> = if width > 0 {
        counts.chunks(width).collect()
    } else {
        Vec::new()
    };
    let groups: Vec<SliderGroup> = options
        .iter()
        .zip(values)
        .zip(group_rows)
        .enumerate()
        .map(|(o, ((label, values), rows))| {
            let mut group = match (ranks, group_counts.get(o)) {
                (Some(ranks), Some(counts)) => {
                    counted_group(label, values, rows, &ranks.distinct, counts)
                }
                _ => slider_group(label, values, rows),
            };
            group.option = o;
            group
        })
        .collect();
    let single = !access.is_multi();
    let kruskal = if !single {
        None
    } else if width > 0 {
        rank::kruskal_wallis_counts(&group_counts)
    } else {
        let samples: Vec<&[f64]> = groups.iter().map(|g| g.values.as_slice()).collect();
        rank::kruskal_wallis(&samples)
    };
    let mut pairwise = Vec::new();
    for a in 0..groups.len() {
        for b in a + 1..groups.len() {
            let test = match (group_counts.get(a), group_counts.get(b)) {
                (Some(x), Some(y)) => rank::mann_whitney_counts(x, y),
                _ => rank::mann_whitney(&groups[a].values, &groups[b].values),
            };
            if let Some(test) = test {
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
    let pooled = ranks.filter(|_| single).map(|ranks| {
        let mut pooled = vec![0u64; width];
        for group in &group_counts {
            for (p, &c) in pooled.iter_mut().zip(*group) {
                *p += c;
            }
        }
        RankCounts {
            distinct: ranks.distinct.clone(),
            counts: pooled,
        }
    });
    GroupsData {
        groups,
        h: kruskal.as_ref().map(|k| k.h),
        df: kruskal.as_ref().map(|k| k.df),
        p: kruskal.as_ref().map(|k| k.p),
        pairwise,
        ranks: pooled,
    }
}

/// A group's summary from its counts per distinct value (no sorting).
fn counted_group(
    label: &str,
    values: Vec<f64>,
    rows: Vec<usize>,
    distinct: &[f64],
    counts: &[u64],
) -> SliderGroup {
    let summary = descriptive::summarize_counts(distinct, counts);
    SliderGroup {
        label: label.to_owned(),
        option: 0,
        n: counts.iter().sum::<u64>() as usize,
        mean: summary.as_ref().map(|s| s.mean),
        median: summary.as_ref().map(|s| s.median),
        sd: summary.as_ref().and_then(|s| s.sd),
        q1: descriptive::quantile_of_counts(distinct, counts, 0.25),
        q3: descriptive::quantile_of_counts(distinct, counts, 0.75),
        min: summary.as_ref().map(|s| s.min),
        max: summary.as_ref().map(|s| s.max),
        values,
        rows,
    }
}

fn slider_group(label: &str, values: Vec<f64>, rows: Vec<usize>) -> SliderGroup {
    let mut sorted = values.clone();
    sorted.sort_by(f64::total_cmp);
    let summary = descriptive::summarize(&values);
    SliderGroup {
        label: label.to_owned(),
        option: 0,
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

fn scatter(x: Indexed<'_>, y: Indexed<'_>, rows: &[usize]) -> ScatterData {
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
        colour: None,
    }
}

fn triad_groups(
    spec: &ChartSpec,
    triad: &Column,
    access: ChoiceAccess<'_>,
    options: &[String],
    words: &[u64],
    detail: bool,
) -> TriadGroupsData {
    let zero = spec.options.zero_replacement;
    let sizes = if detail {
        option_counts(access, options.len(), words)
    } else {
        vec![0; options.len()]
    };
    // One sample over the dots of all groups, so each group keeps its share.
    let total: u64 = sizes.iter().sum();
    let limit = (!spec.options.all_dots).then_some(DOT_LIMIT);
    let mut dots = DotSample::new(total as usize, limit);
    let mut n = vec![0usize; options.len()];
    let mut groups: Vec<TriadGroup> = options
        .iter()
        .zip(&sizes)
        .map(|(label, &size)| TriadGroup {
            label: label.clone(),
            n: 0,
            points: Vec::with_capacity(dots.share(size)),
            rows: Vec::with_capacity(dots.share(size)),
            geometric_mean: None,
        })
        .collect();
    let mut means = vec![GeometricMean::new(zero); options.len()];
    if let Column::Triad(triad) = triad {
        for_each_choice(access, options.len(), words, |row, o| {
            if let Some(point) = triad.get(row) {
                means[o].push(point);
                n[o] += 1;
                if detail && dots.keep() {
                    groups[o].points.push(point);
                    groups[o].rows.push(row);
                }
            }
        });
    }
    for ((group, mean), n) in groups.iter_mut().zip(&means).zip(n) {
        group.n = n;
        group.geometric_mean = mean.finish();
    }
    TriadGroupsData {
        groups,
        zero_replacement: zero,
    }
}

#[cfg(test)]
#[path = "pair_tests.rs"]
mod tests;
