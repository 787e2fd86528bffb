//! Selection against the rest: one test per chart, and for cross-tabs the
//! cells whose residual tells a different story in the selection.

use crate::stats::{crosstab, rank};

use super::{
    ChangedCell, Comparison, ComparisonTest, OptionTest, PanelData, PanelKind, RankCounts,
};

/// A residual is "flagged" at |z| ≥ this (DESIGN §3).
const FLAG: f64 = crosstab::FLAG_THRESHOLD;

/// Whether [`compare`] reads the rest's chart (not only its n) for a
/// chart of this kind.
pub(crate) fn reads_rest(whole: &PanelKind) -> bool {
    matches!(
        whole,
        PanelKind::Bars(_) | PanelKind::Histogram(_) | PanelKind::Groups(_)
    )
}

/// Compares the selection's panel with the rest's; `whole` supplies the
/// baseline residuals of a cross-tab.
pub(crate) fn compare(whole: &PanelData, selection: &PanelData, rest: &PanelData) -> Comparison {
    let mut comparison = Comparison {
        n_selection: selection.n,
        n_rest: rest.n,
        test: None,
        option_tests: Vec::new(),
        changed_cells: Vec::new(),
        keyness: None,
    };
    match (&selection.chart, &rest.chart) {
        (PanelKind::Bars(s), PanelKind::Bars(r)) if !s.multiple => {
            let table = vec![to_f64(&s.counts), to_f64(&r.counts)];
            comparison.test = chi2_test(&table);
        }
        (PanelKind::Bars(s), PanelKind::Bars(r)) => {
            for (k, label) in s.labels.iter().enumerate() {
                let (sc, rc) = (s.counts[k] as f64, r.counts[k] as f64);
                let table = vec![
                    vec![sc, selection.n as f64 - sc],
                    vec![rc, rest.n as f64 - rc],
                ];
                let test = crosstab::crosstab(&table).ok();
                comparison.option_tests.push(OptionTest {
                    label: label.clone(),
                    chi2: test.as_ref().and_then(|t| t.chi2),
                    df: test.as_ref().map_or(0, |t| t.df),
                    p: test.as_ref().and_then(|t| t.p),
                });
            }
        }
        (PanelKind::Histogram(s), PanelKind::Histogram(r)) => {
            let test = match counted(&s.ranks, &r.ranks) {
                Some((a, b)) => rank::mann_whitney_counts(a, b),
                None => rank::mann_whitney(&s.values, &r.values),
            };
            comparison.test = test.map(|t| ComparisonTest::MannWhitney {
                u: t.u,
                z: t.z,
                p: t.p,
            });
        }
        (PanelKind::Groups(s), PanelKind::Groups(r)) if s.h.is_some() => {
            // Single-choice groups hold each story once: their union is the
            // slider's values in that population.
            let values = |g: &super::GroupsData| -> Vec<f64> {
                g.groups
                    .iter()
                    .flat_map(|group| group.values.iter().copied())
                    .collect()
            };
            let test = match counted(&s.ranks, &r.ranks) {
                Some((a, b)) => rank::mann_whitney_counts(a, b),
                None => rank::mann_whitney(&values(s), &values(r)),
            };
            comparison.test = test.map(|t| ComparisonTest::MannWhitney {
                u: t.u,
                z: t.z,
                p: t.p,
            });
        }
        (PanelKind::CrossTab(s), _) => {
            if let PanelKind::CrossTab(w) = &whole.chart {
                comparison.changed_cells = changed_cells(w, s);
            }
        }
        _ => {}
    }
    comparison
}

/// Both panels' counts per distinct value, when they count the same values.
fn counted<'a>(
    a: &'a Option<RankCounts>,
    b: &'a Option<RankCounts>,
) -> Option<(&'a [u64], &'a [u64])> {
    match (a, b) {
        (Some(a), Some(b)) if std::sync::Arc::ptr_eq(&a.distinct, &b.distinct) => {
            Some((&a.counts, &b.counts))
        }
        _ => None,
    }
}

fn to_f64(counts: &[u64]) -> Vec<f64> {
    counts.iter().map(|&c| c as f64).collect()
}

fn chi2_test(table: &[Vec<f64>]) -> Option<ComparisonTest> {
    let t = crosstab::crosstab(table).ok()?;
    Some(ComparisonTest::Chi2 {
        chi2: t.chi2?,
        df: t.df,
        p: t.p?,
    })
}

/// Cells where the residual changed sign with at least one side flagged,
/// or crossed ±1.96, ordered by the size of the change.
fn changed_cells(whole: &super::CrossTabData, selection: &super::CrossTabData) -> Vec<ChangedCell> {
    let mut cells = Vec::new();
    for (i, row_label) in whole.row_labels.iter().enumerate() {
        for (j, column_label) in whole.column_labels.iter().enumerate() {
            let (Some(Some(a)), Some(Some(b))) = (
                whole.adjusted_residuals.get(i).and_then(|r| r.get(j)),
                selection.adjusted_residuals.get(i).and_then(|r| r.get(j)),
            ) else {
                continue;
            };
            let crossed = (a.abs() >= FLAG) != (b.abs() >= FLAG);
            let flipped = a.signum() != b.signum() && (a.abs() >= FLAG || b.abs() >= FLAG);
            if crossed || flipped {
                cells.push(ChangedCell {
                    row: row_label.clone(),
                    column: column_label.clone(),
                    whole: *a,
                    selection: *b,
                });
            }
        }
    }
    cells.sort_by(|x, y| {
        (y.selection - y.whole)
            .abs()
            .total_cmp(&(x.selection - x.whole).abs())
    });
    cells
}
