//! The numerics of "what makes this selection different" that the other
//! modules do not already hold: the two-sample Hotelling T² of triads in
//! ilr coordinates, the rank-biserial correlation of a Mann–Whitney U, the
//! φ coefficient of a 2 × 2 table, Bonferroni, and the two-sided p of each
//! cross-tab cell from its adjusted residual with Holm's correction across
//! the table.
//!
//! χ², Cramér's V, Mann–Whitney, Holm and Benjamini–Hochberg are those of
//! [`super::crosstab`], [`super::rank`] and [`super::multitest`]; this
//! module only adds what they lack.
//!
//! Hotelling's two-sample T² for samples of 2-D points (ilr coordinates of
//! triads) with means m₁, m₂ and scatter matrices W₁, W₂:
//! S = (W₁ + W₂)/(n₁ + n₂ − 2), T² = n₁n₂/(n₁ + n₂) · dᵀS⁻¹d with d = m₁ − m₂,
//! F = (n₁ + n₂ − 3)/(2(n₁ + n₂ − 2)) · T² on (2, n₁ + n₂ − 3) degrees of
//! freedom. With two numerator degrees of freedom F has a closed-form tail,
//! P(F > f) = (1 + 2f/ν)^(−ν/2), computed through `ln_1p` so that tiny
//! p-values keep their precision. The effect is the canonical correlation
//! between group and coordinates, √(T²/(T² + n₁ + n₂ − 2)) (1 − Wilks' Λ for
//! two groups), on the same 0–1 scale as φ and Cramér's V; the distance
//! between the means is the Aitchison distance between the two closed
//! geometric means (ilr is an isometry).

use serde::{Deserialize, Serialize};

use super::distributions::normal_sf;
use super::multitest::holm;

/// One sample of 2-D points, summarised: n, mean and scatter matrix
/// Σ (z − m)(z − m)ᵀ.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct PlaneSample {
    /// Number of points.
    pub n: usize,
    /// Mean point.
    pub mean: [f64; 2],
    /// Scatter matrix Σ (z − m)(z − m)ᵀ, symmetric.
    pub scatter: [[f64; 2]; 2],
}

impl PlaneSample {
    /// The summary of `points` in two passes (mean, then deviations).
    pub fn of(points: &[[f64; 2]]) -> Self {
        let mut sums = [0.0; 2];
        for z in points {
            sums[0] += z[0];
            sums[1] += z[1];
        }
        let n = points.len();
        if n == 0 {
            return Self::default();
        }
        let mean = sums.map(|s| s / n as f64);
        let mut sample = Self {
            n,
            mean,
            scatter: [[0.0; 2]; 2],
        };
        for z in points {
            sample.add_deviation(*z);
        }
        sample
    }

    /// Adds (z − mean)(z − mean)ᵀ to the scatter, for a second pass that
    /// walks the points itself.
    #[inline]
    pub fn add_deviation(&mut self, z: [f64; 2]) {
        let d = [z[0] - self.mean[0], z[1] - self.mean[1]];
        self.scatter[0][0] += d[0] * d[0];
        self.scatter[0][1] += d[0] * d[1];
        self.scatter[1][1] += d[1] * d[1];
        self.scatter[1][0] = self.scatter[0][1];
    }
}

/// Hotelling's two-sample T² test of two 2-D samples (see the module docs).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HotellingTwoSample {
    /// Hotelling's T² of the two means.
    pub t_squared: f64,
    /// T² as an F statistic with `df`.
    pub f: f64,
    /// (2, n₁ + n₂ − 3).
    pub df: [usize; 2],
    /// Upper-tail p of `f`.
    pub p: f64,
    /// √(T² / (T² + n₁ + n₂ − 2)).
    pub canonical_correlation: f64,
    /// Euclidean distance between the means.
    pub distance: f64,
}

/// The test of `a` against `b`; `None` with fewer than 4 points in all,
/// an empty sample, or a singular pooled covariance.
pub fn hotelling_two_sample(a: &PlaneSample, b: &PlaneSample) -> Option<HotellingTwoSample> {
    let (n1, n2) = (a.n as f64, b.n as f64);
    if a.n == 0 || b.n == 0 || a.n + b.n < 4 {
        return None;
    }
    let pooled_df = n1 + n2 - 2.0;
    let s = [
        [
            (a.scatter[0][0] + b.scatter[0][0]) / pooled_df,
            (a.scatter[0][1] + b.scatter[0][1]) / pooled_df,
        ],
        [
            (a.scatter[1][0] + b.scatter[1][0]) / pooled_df,
            (a.scatter[1][1] + b.scatter[1][1]) / pooled_df,
        ],
    ];
    let determinant = s[0][0] * s[1][1] - s[0][1] * s[1][0];
    let scale = s[0][0].abs().max(s[1][1].abs());
    // Also refuses NaN: a NaN determinant fails every comparison.
    if determinant.is_nan() || determinant <= scale * scale * 1e-12 {
        return None;
    }
    let d = [a.mean[0] - b.mean[0], a.mean[1] - b.mean[1]];
    // dᵀ S⁻¹ d with S⁻¹ = adj(S)/det(S).
    let quadratic =
        (d[0] * d[0] * s[1][1] - 2.0 * d[0] * d[1] * s[0][1] + d[1] * d[1] * s[0][0]) / determinant;
    let t_squared = n1 * n2 / (n1 + n2) * quadratic;
    let df2 = n1 + n2 - 3.0;
    let f = df2 / (2.0 * pooled_df) * t_squared;
    let p = (-df2 / 2.0 * (2.0 * f / df2).ln_1p()).exp();
    Some(HotellingTwoSample {
        t_squared,
        f,
        df: [2, a.n + b.n - 3],
        p,
        canonical_correlation: (t_squared / (t_squared + pooled_df)).sqrt(),
        distance: d[0].hypot(d[1]),
    })
}

/// Rank-biserial correlation of a Mann–Whitney test from the first
/// sample's U: 2U/(n₁n₂) − 1, positive when the first sample tends to the
/// higher values (the probability of superiority rescaled to −1…1).
pub fn rank_biserial(u: f64, n1: usize, n2: usize) -> Option<f64> {
    let product = n1 as f64 * n2 as f64;
    (product > 0.0).then(|| 2.0 * u / product - 1.0)
}

/// φ of the 2 × 2 table [[a, b], [c, d]]: (ad − bc)/√(row and column
/// totals), positive when the first row holds the first column more
/// often. |φ| = √(χ²/n) of the same table. `None` when a total is zero.
pub fn phi(a: f64, b: f64, c: f64, d: f64) -> Option<f64> {
    let denominator = (a + b) * (c + d) * (a + c) * (b + d);
    (denominator > 0.0).then(|| (a * d - b * c) / denominator.sqrt())
}

/// Bonferroni: `p` × `tests`, at most 1.
pub fn bonferroni(p: f64, tests: usize) -> f64 {
    (p * tests.max(1) as f64).min(1.0)
}

/// Each cell's two-sided p from its adjusted residual z, 2·(1 − Φ(|z|)),
/// and Holm's correction across the cells that have a residual. Cells
/// without a residual (dropped rows and columns) have neither.
#[allow(clippy::type_complexity, reason = "two matrices in the table's shape")]
pub fn cell_p_values(
    residuals: &[Vec<Option<f64>>],
) -> (Vec<Vec<Option<f64>>>, Vec<Vec<Option<f64>>>) {
    let cell_p: Vec<Vec<Option<f64>>> = residuals
        .iter()
        .map(|row| {
            row.iter()
                .map(|z| z.map(|z| (2.0 * normal_sf(z.abs())).min(1.0)))
                .collect()
        })
        .collect();
    let flat: Vec<f64> = cell_p
        .iter()
        .flatten()
        .map(|p| p.unwrap_or(f64::NAN))
        .collect();
    let mut adjusted = holm(&flat).into_iter();
    let cell_p_holm = cell_p
        .iter()
        .map(|row| {
            row.iter()
                .map(|_| adjusted.next().filter(|p| !p.is_nan()))
                .collect()
        })
        .collect();
    (cell_p, cell_p_holm)
}

#[cfg(test)]
mod tests;
