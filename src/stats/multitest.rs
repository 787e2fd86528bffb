//! Corrections for testing many hypotheses at once: pairwise Mann–Whitney
//! tests after a Kruskal–Wallis test are Holm-corrected ([`holm`]); the
//! thousands of terms of a keyness table get Benjamini–Hochberg q-values
//! ([`benjamini_hochberg`]).

/// Holm–Bonferroni adjusted p-values, in the order given: the i-th smallest
/// of m p-values is multiplied by m − i + 1, made non-decreasing in that
/// order, and capped at 1 — `statsmodels.stats.multitest.multipletests(p,
/// method="holm")[1]`. NaN entries stay NaN and do not count in m (as R's
/// `p.adjust`), so a pair that could not be tested does not inflate the others.
pub fn holm(p_values: &[f64]) -> Vec<f64> {
    let order = tested_ascending(p_values);
    let m = order.len();
    let mut adjusted = vec![f64::NAN; p_values.len()];
    let mut running_max = 0.0_f64;
    for (rank, &i) in order.iter().enumerate() {
        running_max = running_max.max((m - rank) as f64 * p_values[i]);
        adjusted[i] = running_max.min(1.0);
    }
    adjusted
}

/// Benjamini–Hochberg q-values (false discovery rate), in the order given:
/// the i-th smallest of m p-values is multiplied by m / i, made
/// non-increasing from the largest down, and capped at 1 —
/// `statsmodels.stats.multitest.multipletests(p, method="fdr_bh")[1]`. NaN
/// entries stay NaN and do not count in m.
pub fn benjamini_hochberg(p_values: &[f64]) -> Vec<f64> {
    let order = tested_ascending(p_values);
    let m = order.len();
    let mut adjusted = vec![f64::NAN; p_values.len()];
    let mut running_min = 1.0_f64;
    for (rank, &i) in order.iter().enumerate().rev() {
        running_min = running_min.min(m as f64 / (rank + 1) as f64 * p_values[i]);
        adjusted[i] = running_min;
    }
    adjusted
}

/// The indices of the p-values that are not NaN (the tests that were
/// made), smallest p first: the order both corrections walk.
fn tested_ascending(p_values: &[f64]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..p_values.len())
        .filter(|&i| !p_values[i].is_nan())
        .collect();
    order.sort_by(|&i, &j| p_values[i].total_cmp(&p_values[j]));
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each adjusted p within 1e-12 of statsmodels' (relative), NaN
    /// where statsmodels has none.
    fn assert_matches(adjusted: &[f64], expected: &[f64]) {
        assert_eq!(adjusted.len(), expected.len(), "{adjusted:?}");
        for (a, e) in adjusted.iter().zip(expected) {
            assert!(
                e.is_nan() && a.is_nan() || ((a - e) / e).abs() < 1e-12,
                "{adjusted:?}"
            );
        }
    }

    /// Two sets of p-values, each correction checked against statsmodels':
    /// python3 -c "from statsmodels.stats.multitest import multipletests
    /// for p in ([0.01,0.04,0.03,0.005,0.2,0.04], [0.001,0.3,0.02,0.6,0.045]):
    ///   print(multipletests(p, method='fdr_bh')[1], multipletests(p, method='holm')[1])"
    /// [0.03 0.048 0.048 0.03 0.2 0.048] [0.05 0.12 0.12 0.03 0.2  0.12]
    /// [0.005 0.375 0.05 0.6 0.075] [0.005 0.6   0.08  0.6   0.135]
    const FIRST: [f64; 6] = [0.01, 0.04, 0.03, 0.005, 0.2, 0.04];
    const SECOND: [f64; 5] = [0.001, 0.3, 0.02, 0.6, 0.045];

    #[test]
    fn benjamini_hochberg_matches_statsmodels() {
        let first = benjamini_hochberg(&FIRST);
        assert_matches(&first, &[0.03, 0.048, 0.048, 0.03, 0.2, 0.048]);
        // A NaN among them is left out of the correction and stays NaN.
        let mut with_nan = SECOND.to_vec();
        with_nan.insert(3, f64::NAN);
        let second = benjamini_hochberg(&with_nan);
        assert_matches(&second, &[0.005, 0.375, 0.05, f64::NAN, 0.6, 0.075]);
    }

    #[test]
    fn holm_matches_statsmodels() {
        assert_matches(&holm(&FIRST), &[0.05, 0.12, 0.12, 0.03, 0.2, 0.12]);
        assert_matches(&holm(&SECOND), &[0.005, 0.6, 0.08, 0.6, 0.135]);
        // Not Bonferroni (0.045 × 5 = 0.225) and capped at 1.
        assert_eq!(holm(&[0.6, 0.7]), vec![1.0, 1.0]);
    }

    #[test]
    fn holm_skips_nan() {
        let with_nan = holm(&[0.01, f64::NAN, 0.02]);
        assert_eq!(with_nan[0], holm(&[0.01, 0.02])[0]);
        assert_eq!(with_nan[2], holm(&[0.01, 0.02])[1]);
        assert!(with_nan[1].is_nan());
        assert!(holm(&[]).is_empty());
    }
}
