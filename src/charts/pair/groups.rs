//! The pairs that are not cross-tabs: a slider per option of a choice
//! (with the rank tests between the groups), a slider × slider scatter, and
//! a triad per option of a choice.

use crate::model::{Column, NumberColumn, Question, QuestionKind};
use crate::stats::compositional::GeometricMean;
use crate::stats::{descriptive, multitest, rank};

use super::{Indexed, for_each_choice, option_counts};
use crate::charts::choice::ChoiceAccess;
use crate::charts::dots::{DOT_LIMIT, DotSample};
use crate::charts::index::{NO_CODE, SliderRanks};
use crate::charts::{
    ChartSpec, GroupsData, PairwiseTest, RankCounts, ScatterData, SliderGroup, TriadGroup,
    TriadGroupsData,
};

fn slider_values(column: &Column, row: usize) -> Option<f64> {
    match column {
        Column::Number(numbers) => numbers.get(row).map(|v| v * 100.0),
        _ => None,
    }
}

#[allow(clippy::too_many_lines, reason = "per-option statistics in order")]
pub(super) fn slider_groups(
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

pub(super) fn scatter(x: Indexed<'_>, y: Indexed<'_>, rows: &[usize]) -> ScatterData {
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

pub(super) fn triad_groups(
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
