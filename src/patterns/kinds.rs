//! The test of one question for [`super::differences`], per kind: counts
//! over the selection's and the rest's bitset words, then the tests of
//! [`crate::stats`].

use std::sync::Arc;

use crate::charts::index::{ColumnIndex, and_words, count_ones, for_each_row, indexed};
use crate::model::{
    ChoiceColumn, Column, Dataset, MultiColumn, Question, QuestionKind, Selection, StonesColumn,
    TriadColumn,
};
use crate::stats::compositional::{
    DEFAULT_ZERO_REPLACEMENT, composition_from_ilr, ilr_from_composition,
};
use crate::stats::differences::{
    PlaneSample, bonferroni, hotelling_two_sample, phi, rank_biserial,
};
use crate::stats::{crosstab, descriptive, rank};

use super::differences::{Axis, Detail, Df, EffectName, Pole, Scale, SkipReason, TestName, Tested};

type Outcome = Result<Tested, SkipReason>;

/// The test of `question` for `[selection, rest]`.
pub(super) fn test_question(
    dataset: &Dataset,
    question: &Question,
    column: &Column,
    populations: [&Selection; 2],
    min_n: usize,
) -> Outcome {
    let (_, _, index) = indexed(dataset, &question.id).map_err(|_| SkipReason::NotTestable)?;
    // Each side's rows that answered.
    let sides = populations.map(|p| and_words(p.words(), index.answered.words()).collect());
    let [n_selection, n_rest]: [usize; 2] = sides.each_ref().map(|w: &Vec<u64>| count_ones(w));
    if n_selection < min_n.max(1) || n_rest < min_n.max(1) {
        return Err(SkipReason::TooFew {
            n_selection,
            n_rest,
        });
    }
    let sides: [&[u64]; 2] = [&sides[0], &sides[1]];
    match (&question.kind, column) {
        (QuestionKind::SingleChoice { options, .. }, Column::Single(c)) => {
            single(c, options, sides)
        }
        (QuestionKind::MultiChoice { options }, Column::Multi(c)) => multi(c, options, sides),
        (QuestionKind::Slider { left, right }, Column::Number(_)) => {
            let poles = [left.clone(), right.clone()];
            numeric(&index, Scale::Slider, poles, sides)
        }
        (QuestionKind::Date, Column::Number(_)) => numeric(&index, Scale::Date, empty(), sides),
        (QuestionKind::Number, Column::Number(_)) => numeric(&index, Scale::Number, empty(), sides),
        (QuestionKind::Triad { top, left, right }, Column::Triad(c)) => {
            let corners = [top.clone(), left.clone(), right.clone()];
            let slot = dataset
                .codebook()
                .index_of(&question.id)
                .unwrap_or(usize::MAX);
            triad(dataset, slot, c, corners, sides)
        }
        (
            QuestionKind::Stones {
                stones,
                x_axis,
                y_axis,
            },
            Column::Stones(c),
        ) => {
            let axes = [x_axis, y_axis].map(|(a, b)| [a.clone(), b.clone()]);
            self::stones(c, stones, axes, sides)
        }
        _ => Err(SkipReason::NotTestable),
    }
}

fn empty() -> [String; 2] {
    [String::new(), String::new()]
}

fn percent(part: f64, whole: f64) -> f64 {
    if whole > 0.0 {
        100.0 * part / whole
    } else {
        0.0
    }
}

/// χ² of the 2 × k table; the detail is the option with the largest
/// |adjusted residual| in the selection's row.
fn single(column: &ChoiceColumn, options: &[String], sides: [&[u64]; 2]) -> Outcome {
    let k = options.len();
    let table: Vec<Vec<f64>> = sides
        .iter()
        .map(|words| {
            let mut counts = vec![0.0; k];
            for_each_row(words, |row| {
                if let Some(count) = column
                    .codes
                    .get(row)
                    .and_then(|&code| counts.get_mut(usize::from(code)))
                {
                    *count += 1.0;
                }
            });
            counts
        })
        .collect();
    let t = crosstab::crosstab(&table).map_err(|_| SkipReason::NotTestable)?;
    let (Some(chi2), Some(p), Some(v)) = (t.chi2, t.p, t.cramers_v) else {
        return Err(SkipReason::NotTestable);
    };
    let strongest = (0..k)
        .filter_map(|j| t.adjusted_residuals[0][j].map(|z| (j, z.abs())))
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .map_or(0, |(j, _)| j);
    Ok(Tested {
        test: TestName::Chi2,
        statistic: chi2,
        df: Some(Df::One(t.df)),
        p,
        effect: v,
        effect_name: EffectName::CramersV,
        n_selection: t.row_totals[0] as usize,
        n_rest: t.row_totals[1] as usize,
        detail: Detail::Option {
            option: options.get(strongest).cloned().unwrap_or_default(),
            selection_percent: percent(table[0][strongest], t.row_totals[0]),
            rest_percent: percent(table[1][strongest], t.row_totals[1]),
            options_tested: k - t.dropped_columns.len(),
        },
    })
}

/// One 2 × 2 χ² per option; the strongest |φ|, Bonferroni across options.
fn multi(column: &MultiColumn, options: &[String], sides: [&[u64]; 2]) -> Outcome {
    let [n1, n2] = sides.map(|w| count_ones(w) as f64);
    // (option, chosen in selection, chosen in rest, χ², p, φ)
    let mut tested = Vec::new();
    for (o, chosen) in column.chosen.iter().enumerate().take(options.len()) {
        let [a, b] = sides.map(|w| count_ones(&and_words(w, chosen.words()).collect::<Vec<_>>()));
        let (a, b) = (a as f64, b as f64);
        let table = vec![vec![a, n1 - a], vec![b, n2 - b]];
        let Ok(t) = crosstab::crosstab(&table) else {
            continue;
        };
        if let (Some(chi2), Some(p), Some(phi)) = (t.chi2, t.p, phi(a, n1 - a, b, n2 - b)) {
            tested.push((o, a, b, chi2, p, phi));
        }
    }
    let count = tested.len();
    let &(o, a, b, chi2, p, phi) = tested
        .iter()
        .max_by(|x, y| x.5.abs().total_cmp(&y.5.abs()).then(y.4.total_cmp(&x.4)))
        .ok_or(SkipReason::NotTestable)?;
    Ok(Tested {
        test: TestName::Chi2PerOption,
        statistic: chi2,
        df: Some(Df::One(1)),
        p: bonferroni(p, count),
        effect: phi,
        effect_name: EffectName::Phi,
        n_selection: n1 as usize,
        n_rest: n2 as usize,
        detail: Detail::Option {
            option: options.get(o).cloned().unwrap_or_default(),
            selection_percent: percent(a, n1),
            rest_percent: percent(b, n2),
            options_tested: count,
        },
    })
}

/// Mann–Whitney from counts per distinct value (the charts' slider ranks),
/// or from the values when the column has too many distinct values.
fn numeric(index: &ColumnIndex, scale: Scale, poles: [String; 2], sides: [&[u64]; 2]) -> Outcome {
    let Some(ranks) = &index.ranks else {
        return Err(SkipReason::NotTestable);
    };
    let counts = sides.map(|words| {
        let mut counts = vec![0u64; ranks.distinct.len()];
        for_each_row(words, |row| {
            if let Some(count) = ranks
                .codes
                .get(row)
                .and_then(|&code| counts.get_mut(code as usize))
            {
                *count += 1;
            }
        });
        counts
    });
    let [n1, n2] = counts.each_ref().map(|c| c.iter().sum::<u64>() as usize);
    let test = rank::mann_whitney_counts(&counts[0], &counts[1]).ok_or(SkipReason::NotTestable)?;
    let r = rank_biserial(test.u, n1, n2).ok_or(SkipReason::NotTestable)?;
    // The ranks hold values × 100: a slider's 0–100, other numbers / 100.
    let unit = if scale == Scale::Slider { 1.0 } else { 100.0 };
    let median = |c: &[u64]| {
        descriptive::quantile_of_counts(&ranks.distinct, c, 0.5).map_or(f64::NAN, |m| m / unit)
    };
    Ok(Tested {
        test: TestName::MannWhitney,
        statistic: test.u,
        df: None,
        p: test.p,
        effect: r,
        effect_name: EffectName::RankBiserial,
        n_selection: n1,
        n_rest: n2,
        detail: Detail::Shift {
            scale,
            higher: r > 0.0,
            selection_median: median(&counts[0]),
            rest_median: median(&counts[1]),
            poles,
        },
    })
}

/// ilr coordinates of each row of a triad column (NaN when unanswered),
/// zeros replaced as the charts replace them; derived once per dataset.
struct TriadIlr(Vec<[f64; 2]>);

fn triad_ilr(column: &TriadColumn) -> TriadIlr {
    TriadIlr(
        (0..column.len())
            .map(|row| match column.get(row) {
                Some(parts) if parts.iter().all(|v| v.is_finite() && *v >= 0.0) => {
                    ilr_from_composition(parts.map(|v| (v * 100.0).max(DEFAULT_ZERO_REPLACEMENT)))
                }
                _ => [f64::NAN; 2],
            })
            .collect(),
    )
}

/// Hotelling's two-sample T² of the ilr coordinates.
fn triad(
    dataset: &Dataset,
    slot: usize,
    column: &TriadColumn,
    corners: [String; 3],
    sides: [&[u64]; 2],
) -> Outcome {
    let ilr: Arc<TriadIlr> = dataset.cache().get_or_build(slot, || triad_ilr(column));
    let sample = |words: &[u64]| {
        let mut sums = [0.0; 2];
        let mut n = 0usize;
        for_each_row(words, |row| {
            if let Some(z) = ilr.0.get(row).filter(|z| !z[0].is_nan()) {
                sums[0] += z[0];
                sums[1] += z[1];
                n += 1;
            }
        });
        let mut sample = PlaneSample {
            n,
            mean: sums.map(|s| s / n.max(1) as f64),
            scatter: [[0.0; 2]; 2],
        };
        for_each_row(words, |row| {
            if let Some(z) = ilr.0.get(row).filter(|z| !z[0].is_nan()) {
                sample.add_deviation(*z);
            }
        });
        sample
    };
    let [a, b] = sides.map(sample);
    let test = hotelling_two_sample(&a, &b).ok_or(SkipReason::NotTestable)?;
    let [selection_mean, rest_mean] = [a.mean, b.mean].map(composition_from_ilr);
    let corner = (0..3)
        .max_by(|&i, &j| {
            (selection_mean[i] - rest_mean[i]).total_cmp(&(selection_mean[j] - rest_mean[j]))
        })
        .unwrap_or(0);
    Ok(Tested {
        test: TestName::HotellingT2,
        statistic: test.t_squared,
        df: Some(Df::Two(test.df)),
        p: test.p,
        effect: test.canonical_correlation,
        effect_name: EffectName::CanonicalCorrelation,
        n_selection: a.n,
        n_rest: b.n,
        detail: Detail::Triad {
            corners,
            selection_mean,
            rest_mean,
            aitchison_distance: test.distance,
            f: test.f,
            corner,
        },
    })
}

/// The test of one stone's axis.
struct AxisTest {
    r: f64,
    test: rank::MannWhitney,
    stone: usize,
    axis: Axis,
    /// Selection, rest.
    medians: [f64; 2],
    sizes: [usize; 2],
}

/// Each stone's x and y as two sliders; the strongest |r|, Bonferroni
/// across the stones × axes tested.
fn stones(
    column: &StonesColumn,
    labels: &[String],
    axes: [[String; 2]; 2],
    sides: [&[u64]; 2],
) -> Outcome {
    let mut best: Option<AxisTest> = None;
    let mut count = 0;
    for stone in 0..labels.len().min(column.x.len()) {
        for axis in [Axis::X, Axis::Y] {
            let values = sides.map(|words| {
                let mut values = Vec::new();
                for_each_row(words, |row| {
                    if let Some((x, y)) = column.position(stone, row) {
                        values.push(if axis == Axis::X { x } else { y });
                    }
                });
                values
            });
            let Some(test) = rank::mann_whitney(&values[0], &values[1]) else {
                continue;
            };
            let sizes = values.each_ref().map(Vec::len);
            let Some(r) = rank_biserial(test.u, sizes[0], sizes[1]) else {
                continue;
            };
            count += 1;
            let medians = values.map(|mut v| {
                v.sort_by(f64::total_cmp);
                descriptive::median_of_sorted(&v).unwrap_or(f64::NAN)
            });
            if best.as_ref().is_none_or(|b| r.abs() > b.r.abs()) {
                best = Some(AxisTest {
                    r,
                    test,
                    stone,
                    axis,
                    medians,
                    sizes,
                });
            }
        }
    }
    let AxisTest {
        r,
        test,
        stone,
        axis,
        medians,
        sizes,
    } = best.ok_or(SkipReason::NotTestable)?;
    let poles = axes[usize::from(axis == Axis::Y)].clone();
    Ok(Tested {
        test: TestName::MannWhitneyPerAxis,
        statistic: test.u,
        df: None,
        p: bonferroni(test.p, count),
        effect: r,
        effect_name: EffectName::RankBiserial,
        n_selection: sizes[0],
        n_rest: sizes[1],
        detail: Detail::Stone {
            stone: labels.get(stone).cloned().unwrap_or_default(),
            axis,
            poles,
            towards: if r > 0.0 { Pole::Right } else { Pole::Left },
            selection_median: medians[0],
            rest_median: medians[1],
            tests: count,
        },
    })
}
