//! Means of compositions (triad answers: three parts summing to 1).
//!
//! The arithmetic mean of a triad pulls towards the centre; the closed
//! geometric mean is the compositional centre that analysts of triads use.
//! Zeros (a dot on an edge) would make every geometric mean zero, so they
//! are replaced by a small stated value on the 0–100 scale first.
//!
//! [`geometric_mean_confidence_region`] puts a confidence region around the
//! closed geometric mean. It works in isometric log-ratio (ilr) coordinates,
//! where compositions behave like ordinary points in the plane:
//!
//! - z₁ = ln(x₁/x₂)/√2, z₂ = ln(x₁x₂/x₃²)/√6 ([`ilr_from_composition`]);
//!   the mean of the z's maps back exactly to the closed geometric mean.
//! - With mean m, sample covariance S (n − 1) and n ≥ 3 compositions, the
//!   region for the true centre μ is Hotelling's
//!   n (μ − m)ᵀ S⁻¹ (μ − m) ≤ T² = 2(n − 1)/(n − 2) · F₍₂,ₙ₋₂₎(level),
//!   and for two dimensions F has a closed-form quantile, so
//!   T² = (n − 1)(α^(−2/(n − 2)) − 1) with α = 1 − level. It is exact for
//!   normal ilr coordinates and tends to the χ²₂ region (5.99 at 95 %) for
//!   large n; we use T² because panels may hold as few as 20 stories.
//! - The ellipse m + √(T²/n) · L (cos θ, sin θ), L the Cholesky factor of S,
//!   is sampled at equal angles and mapped back with
//!   [`composition_from_ilr`]; the chart draws that polygon in the triangle.
//!   The region does not depend on which ilr basis is used.

use serde::{Deserialize, Serialize};

/// Default replacement for a zero part, on the 0–100 scale.
pub const DEFAULT_ZERO_REPLACEMENT: f64 = 0.001;

/// Default level of [`geometric_mean_confidence_region`].
pub const DEFAULT_CONFIDENCE_LEVEL: f64 = 0.95;

/// Confidence region of the closed geometric mean (see the module docs).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ConfidenceRegion {
    /// Confidence level, e.g. 0.95.
    pub level: f64,
    /// Number of compositions.
    pub n: usize,
    /// The closed geometric mean, the centre of the region.
    pub center: [f64; 3],
    /// Mean of the ilr coordinates (maps back to `center`).
    pub ilr_mean: [f64; 2],
    /// Sample covariance (n − 1) of the ilr coordinates.
    pub ilr_covariance: [[f64; 2]; 2],
    /// Hotelling's critical T² = (n − 1)(α^(−2/(n − 2)) − 1).
    pub t_squared: f64,
    /// The boundary as compositions (each summing to 1), in order around
    /// the centre; the first point is at angle 0 of the Cholesky frame.
    pub polygon: Vec<[f64; 3]>,
}

/// Per-part arithmetic mean of `parts` (each summing to 1); `None` if empty.
pub fn arithmetic_mean(parts: &[[f64; 3]]) -> Option<[f64; 3]> {
    if parts.is_empty() {
        return None;
    }
    let n = parts.len() as f64;
    let mut sum = [0.0; 3];
    for p in parts {
        for k in 0..3 {
            sum[k] += p[k];
        }
    }
    Some(sum.map(|s| s / n))
}

/// Closed geometric mean of `parts` (each summing to 1): the parts are put
/// on the 0–100 scale, parts below `zero_replacement` are replaced by it,
/// the geometric mean of each part is taken, and the result is closed to
/// sum to 1 again. `None` if empty.
pub fn closed_geometric_mean(parts: &[[f64; 3]], zero_replacement: f64) -> Option<[f64; 3]> {
    let mut mean = GeometricMean::new(zero_replacement);
    for &p in parts {
        mean.push(p);
    }
    mean.finish()
}

/// [`closed_geometric_mean`] built one composition at a time, for passes
/// that also do other work per story.
///
/// Taking a logarithm per part per story dominated triad charts of a
/// million stories, so each part's values are multiplied instead, keeping
/// the product's binary exponent apart so it never overflows: Σ ln xᵢ =
/// ln(mantissa) + exponent · ln 2. The product's rounding error grows like
/// n·ε relative, i.e. n·ε absolute on the sum of logs — the same order as
/// summing the logs — and becomes ε after dividing by n.
#[derive(Clone, Debug)]
pub struct GeometricMean {
    zero_replacement: f64,
    parts: [LogProduct; 3],
    n: usize,
}

impl GeometricMean {
    /// An empty mean; parts below `zero_replacement` (on 0–100) count as it.
    pub fn new(zero_replacement: f64) -> Self {
        Self {
            zero_replacement,
            parts: [LogProduct::default(); 3],
            n: 0,
        }
    }

    /// Adds one composition `[top, left, right]` on 0..=1.
    #[inline]
    pub fn push(&mut self, parts: [f64; 3]) {
        for (product, p) in self.parts.iter_mut().zip(parts) {
            product.push((p * 100.0).max(self.zero_replacement));
        }
        self.n += 1;
    }

    /// The closed geometric mean; `None` when nothing was pushed.
    pub fn finish(&self) -> Option<[f64; 3]> {
        if self.n == 0 {
            return None;
        }
        let n = self.n as f64;
        let geometric = self.parts.map(|p| (p.ln() / n).exp());
        let total: f64 = geometric.iter().sum();
        Some(geometric.map(|g| g / total))
    }
}

/// Σ ln xᵢ kept as a product `mantissa · 2^exponent`; values the product
/// cannot take safely (non-positive, not finite, extreme) add their
/// logarithm to `logs` instead.
#[derive(Clone, Copy, Debug)]
struct LogProduct {
    mantissa: f64,
    exponent: i64,
    logs: f64,
}

impl Default for LogProduct {
    fn default() -> Self {
        Self {
            mantissa: 1.0,
            exponent: 0,
            logs: 0.0,
        }
    }
}

impl LogProduct {
    const EXPONENT_MASK: u64 = 0x7ff << 52;

    #[inline]
    fn push(&mut self, x: f64) {
        // The mantissa is in [1, 2), so one factor in this range keeps the
        // product a normal number.
        if (1e-290..=1e290).contains(&x) {
            let bits = (self.mantissa * x).to_bits();
            self.exponent += ((bits & Self::EXPONENT_MASK) >> 52) as i64 - 1023;
            self.mantissa = f64::from_bits((bits & !Self::EXPONENT_MASK) | (1023 << 52));
        } else {
            self.logs += x.ln();
        }
    }

    fn ln(&self) -> f64 {
        self.mantissa.ln() + self.exponent as f64 * std::f64::consts::LN_2 + self.logs
    }
}

/// ilr coordinates (z₁, z₂) = (ln(x₁/x₂)/√2, ln(x₁x₂/x₃²)/√6) of a
/// composition with positive parts (any scale: ratios only).
pub fn ilr_from_composition(parts: [f64; 3]) -> [f64; 2] {
    let [a, b, c] = parts.map(f64::ln);
    [
        (a - b) / std::f64::consts::SQRT_2,
        (a + b - 2.0 * c) / 6.0_f64.sqrt(),
    ]
}

/// The composition (closed to sum 1) with ilr coordinates `z`.
pub fn composition_from_ilr(z: [f64; 2]) -> [f64; 3] {
    let u = z[0] / std::f64::consts::SQRT_2;
    let v = z[1] / 6.0_f64.sqrt();
    let clr = [u + v, -u + v, -2.0 * v];
    // Subtracting the largest log keeps exp from overflowing.
    let top = clr.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let parts = clr.map(|l| (l - top).exp());
    let total: f64 = parts.iter().sum();
    parts.map(|p| p / total)
}

/// Confidence region at `level` (0 < level < 1) of the closed geometric
/// mean of `parts`, zeros replaced as in [`closed_geometric_mean`], drawn
/// as a polygon of `points` compositions. `None` for fewer than 3
/// compositions, fewer than 3 points, a level outside (0, 1), or parts that
/// are negative or not finite.
pub fn geometric_mean_confidence_region(
    parts: &[[f64; 3]],
    zero_replacement: f64,
    level: f64,
    points: usize,
) -> Option<ConfidenceRegion> {
    let mut moments = IlrMoments::new(zero_replacement);
    for &p in parts {
        moments.push(p);
    }
    moments.region(level, points)
}

/// The ilr mean and covariance of compositions pushed one at a time
/// (Welford's updates), for [`geometric_mean_confidence_region`] in a
/// pass that keeps no per-story arrays.
#[derive(Clone, Debug)]
pub struct IlrMoments {
    zero_replacement: f64,
    n: usize,
    mean: [f64; 2],
    /// Σ (z − mean)(z − mean)ᵀ.
    comoments: [[f64; 2]; 2],
    /// A part was negative or not finite: there is no region.
    invalid: bool,
}

impl IlrMoments {
    /// Empty moments; parts below `zero_replacement` (on 0–100) count as it.
    pub fn new(zero_replacement: f64) -> Self {
        Self {
            zero_replacement,
            n: 0,
            mean: [0.0; 2],
            comoments: [[0.0; 2]; 2],
            invalid: false,
        }
    }

    /// Adds one composition `[top, left, right]` on 0..=1; a negative or
    /// non-finite part makes the moments invalid.
    #[inline]
    pub fn push(&mut self, parts: [f64; 3]) {
        if parts.iter().any(|v| !v.is_finite() || *v < 0.0) {
            self.invalid = true;
            return;
        }
        let z = ilr_from_composition(parts.map(|v| (v * 100.0).max(self.zero_replacement)));
        self.n += 1;
        let n = self.n as f64;
        let before = [z[0] - self.mean[0], z[1] - self.mean[1]];
        self.mean[0] += before[0] / n;
        self.mean[1] += before[1] / n;
        let after = [z[0] - self.mean[0], z[1] - self.mean[1]];
        self.comoments[0][0] += before[0] * after[0];
        self.comoments[1][1] += before[1] * after[1];
        let cross = before[0] * after[1];
        self.comoments[0][1] += cross;
        self.comoments[1][0] += cross;
    }

    /// The region at `level` drawn with `points` boundary points; `None`
    /// as documented at [`geometric_mean_confidence_region`].
    pub fn region(&self, level: f64, points: usize) -> Option<ConfidenceRegion> {
        let n = self.n;
        if self.invalid || n < 3 || points < 3 || !(level > 0.0 && level < 1.0) {
            return None;
        }
        let nf = n as f64;
        let mean = self.mean;
        let covariance = self.comoments.map(|row| row.map(|sum| sum / (nf - 1.0)));
        // α^(−2/(n−2)) − 1 = expm1(−2 ln α / (n − 2)), exact also for large n.
        let t_squared = (nf - 1.0) * (-2.0 * (1.0 - level).ln() / (nf - 2.0)).exp_m1();
        let radius = (t_squared / nf).sqrt();
        // Cholesky factor of S; a singular S (all points on one line) gives a
        // flat ellipse instead of NaN.
        let l11 = covariance[0][0].max(0.0).sqrt();
        let l21 = if l11 > 0.0 {
            covariance[1][0] / l11
        } else {
            0.0
        };
        let l22 = (covariance[1][1] - l21 * l21).max(0.0).sqrt();
        let polygon = (0..points)
            .map(|k| {
                let angle = std::f64::consts::TAU * k as f64 / points as f64;
                let (s, c) = angle.sin_cos();
                composition_from_ilr([
                    mean[0] + radius * l11 * c,
                    mean[1] + radius * (l21 * c + l22 * s),
                ])
            })
            .collect();
        Some(ConfidenceRegion {
            level,
            n,
            center: composition_from_ilr(mean),
            ilr_mean: mean,
            ilr_covariance: covariance,
            t_squared,
            polygon,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn geometric_mean_matches_scipy() {
        // python3 -c "from scipy.stats import gmean; import numpy as np;
        //   x=np.array([[20,30,50],[0,40,60],[10,10,80]],float); x[x==0]=0.001;
        //   g=gmean(x,axis=0); print(list(g/g.sum()))"
        // [0.006829923077010866, 0.2673824484586232, 0.725787628464366]
        let parts = [[0.2, 0.3, 0.5], [0.0, 0.4, 0.6], [0.1, 0.1, 0.8]];
        let g = closed_geometric_mean(&parts, DEFAULT_ZERO_REPLACEMENT).unwrap();
        let expected = [0.006829923077010866, 0.2673824484586232, 0.725787628464366];
        for k in 0..3 {
            assert!((g[k] - expected[k]).abs() < 1e-12, "{g:?}");
        }
        let a = arithmetic_mean(&parts).unwrap();
        assert!((a[0] - 0.1).abs() < 1e-15 && (a[2] - 0.6333333333333333).abs() < 1e-12);
        assert!(closed_geometric_mean(&[], 0.001).is_none());
    }

    #[test]
    fn product_of_logs_matches_sum_of_logs() {
        // A million parts from 0.001 to 100 on the 0–100 scale, and a
        // zero replacement so small it leaves the product's safe range.
        for zero in [DEFAULT_ZERO_REPLACEMENT, 1e-300] {
            let parts: Vec<[f64; 3]> = (0..1_000_000)
                .map(|i| {
                    let a = ((i * 37) % 1001) as f64 / 1000.0;
                    let b = (1.0 - a) * ((i * 53) % 101) as f64 / 100.0;
                    [a, b, 1.0 - a - b]
                })
                .collect();
            let by_product = closed_geometric_mean(&parts, zero).unwrap();
            let n = parts.len() as f64;
            let mut logs = [0.0f64; 3];
            for p in &parts {
                for k in 0..3 {
                    logs[k] += (p[k] * 100.0).max(zero).ln();
                }
            }
            let g = logs.map(|l| (l / n).exp());
            let total: f64 = g.iter().sum();
            for k in 0..3 {
                let by_logs = g[k] / total;
                assert!(
                    ((by_product[k] - by_logs) / by_logs).abs() < 1e-9,
                    "{by_product:?} vs {by_logs}"
                );
            }
        }
    }

    /// `[(i*37 % 101), (i*53 % 97), (i*17 % 89) + 5]` closed, for i < n: two
    /// zeros at i = 0, the rest scattered.
    fn formula_triads(n: usize) -> Vec<[f64; 3]> {
        (0..n)
            .map(|i| {
                let raw = [
                    (i * 37 % 101) as f64,
                    (i * 53 % 97) as f64,
                    (i * 17 % 89 + 5) as f64,
                ];
                let total: f64 = raw.iter().sum();
                raw.map(|r| r / total)
            })
            .collect()
    }

    fn assert_rel(actual: f64, expected: f64) {
        let error = ((actual - expected) / expected).abs();
        assert!(
            error <= 1e-9,
            "actual {actual:e}, expected {expected:e}, error {error:e}"
        );
    }

    #[test]
    fn confidence_region_matches_numpy_and_scipy() {
        // python3 -c "import numpy as np, scipy.stats as st; n = 30;
        //   raw = np.array([[(i*37 % 101), (i*53 % 97), (i*17 % 89)+5] for i in range(n)], float);
        //   l = np.log(np.maximum(raw/raw.sum(1)[:,None]*100, 0.001));
        //   Z = np.c_[(l[:,0]-l[:,1])/np.sqrt(2), (l[:,0]+l[:,1]-2*l[:,2])/np.sqrt(6)];
        //   m = Z.mean(0); S = np.cov(Z.T); T2 = 2*(n-1)/(n-2)*st.f.ppf(0.95, 2, n-2);
        //   inv = lambda z: (lambda c: c/c.sum())(np.exp([z[0]/np.sqrt(2)+z[1]/np.sqrt(6),
        //     -z[0]/np.sqrt(2)+z[1]/np.sqrt(6), -2*z[1]/np.sqrt(6)]));
        //   L = np.linalg.cholesky(S); r = np.sqrt(T2/n);
        //   print(m, S, T2, inv(m + r*L@[1,0]), inv(m + r*L@[0,1]))"
        let parts = formula_triads(30);
        let region =
            geometric_mean_confidence_region(&parts, DEFAULT_ZERO_REPLACEMENT, 0.95, 4).unwrap();
        assert_eq!(region.n, 30);
        assert_rel(region.ilr_mean[0], 0.12363662811840447);
        assert_rel(region.ilr_mean[1], -0.4150541436408062);
        assert_rel(region.ilr_covariance[0][0], 0.5131763548880887);
        assert_rel(region.ilr_covariance[0][1], -0.051522134390051336);
        assert_rel(region.ilr_covariance[1][1], 3.494002919172808);
        assert_rel(region.t_squared, 6.919370084921069);
        let first = [
            0.36203824817546165,
            0.18685979171106654,
            0.45110196011347176,
        ];
        let quarter = [0.4260124134682579, 0.3576732603796699, 0.21631432615207233];
        for k in 0..3 {
            assert_rel(region.polygon[0][k], first[k]);
            assert_rel(region.polygon[1][k], quarter[k]);
        }
    }

    #[test]
    fn ilr_mean_is_the_closed_geometric_mean() {
        let parts = formula_triads(30);
        let region =
            geometric_mean_confidence_region(&parts, DEFAULT_ZERO_REPLACEMENT, 0.95, 64).unwrap();
        let geometric = closed_geometric_mean(&parts, DEFAULT_ZERO_REPLACEMENT).unwrap();
        for (c, g) in region.center.iter().zip(geometric) {
            assert!((c - g).abs() < 1e-12, "{c} vs {g}");
        }
        let z = ilr_from_composition([0.2, 0.3, 0.5]);
        let back = composition_from_ilr(z);
        assert!((back[0] - 0.2).abs() < 1e-15 && (back[2] - 0.5).abs() < 1e-15);
    }

    /// Whether `point` lies inside `polygon` as drawn in the triangle (top
    /// corner = part 0 at (0.5, 1), left = part 2 at (0, 0), right = part 1
    /// at (1, 0)), by ray casting.
    fn inside(point: [f64; 3], polygon: &[[f64; 3]]) -> bool {
        let xy = |p: [f64; 3]| (p[1] + 0.5 * p[0], p[0]);
        let (px, py) = xy(point);
        let mut inside = false;
        for (k, &a) in polygon.iter().enumerate() {
            let ((ax, ay), (bx, by)) = (xy(a), xy(polygon[(k + 1) % polygon.len()]));
            if (ay > py) != (by > py) && px < ax + (py - ay) * (bx - ax) / (by - ay) {
                inside = !inside;
            }
        }
        inside
    }

    #[test]
    fn region_surrounds_the_mean_and_shrinks_like_one_over_root_n() {
        let parts = formula_triads(200);
        let region =
            geometric_mean_confidence_region(&parts, DEFAULT_ZERO_REPLACEMENT, 0.95, 72).unwrap();
        assert_eq!(region.polygon.len(), 72);
        assert!(inside(region.center, &region.polygon));
        assert!(!inside([0.98, 0.01, 0.01], &region.polygon));
        for p in &region.polygon {
            assert!((p.iter().sum::<f64>() - 1.0).abs() < 1e-12 && p.iter().all(|&v| v > 0.0));
        }
        // Four copies of the same stories: same centre and spread, 4 × n,
        // so the region's radius in ilr space halves (up to the n − 1
        // denominators and T² changing from 6.11 to 6.02).
        let quadrupled: Vec<[f64; 3]> = parts.iter().cycle().take(800).copied().collect();
        let bigger =
            geometric_mean_confidence_region(&quadrupled, DEFAULT_ZERO_REPLACEMENT, 0.95, 72)
                .unwrap();
        let spread = |r: &ConfidenceRegion| {
            let z = ilr_from_composition(r.polygon[0]);
            ((z[0] - r.ilr_mean[0]).powi(2) + (z[1] - r.ilr_mean[1]).powi(2)).sqrt()
        };
        let ratio = spread(&bigger) / spread(&region);
        assert!((ratio - 0.5).abs() < 0.01, "ratio {ratio}");
        assert!(inside(bigger.center, &bigger.polygon));
        // And a 99 % region is larger than the 95 % one.
        let wider =
            geometric_mean_confidence_region(&parts, DEFAULT_ZERO_REPLACEMENT, 0.99, 72).unwrap();
        assert!(spread(&wider) > spread(&region));
    }

    #[test]
    fn confidence_region_edge_cases() {
        let parts = formula_triads(30);
        assert!(geometric_mean_confidence_region(&parts[..2], 0.001, 0.95, 64).is_none());
        assert!(geometric_mean_confidence_region(&parts, 0.001, 1.0, 64).is_none());
        assert!(geometric_mean_confidence_region(&parts, 0.001, 0.95, 2).is_none());
        let bad = [[0.5, f64::NAN, 0.5], [0.2, 0.3, 0.5], [0.1, 0.1, 0.8]];
        assert!(geometric_mean_confidence_region(&bad, 0.001, 0.95, 64).is_none());
        // All stories at the same point: the region collapses onto it.
        let same = [[0.2, 0.3, 0.5]; 5];
        let point = geometric_mean_confidence_region(&same, 0.001, 0.95, 8).unwrap();
        for p in &point.polygon {
            assert!((p[0] - 0.2).abs() < 1e-12 && (p[2] - 0.5).abs() < 1e-12);
        }
    }
}
