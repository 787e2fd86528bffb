//! Means of compositions (triad answers: three parts summing to 1).
//!
//! The arithmetic mean of a triad pulls towards the centre; the closed
//! geometric mean is the compositional centre that analysts of triads use.
//! Zeros (a dot on an edge) would make every geometric mean zero, so they
//! are replaced by a small stated value on the 0–100 scale first.

/// Default replacement for a zero part, on the 0–100 scale.
pub const DEFAULT_ZERO_REPLACEMENT: f64 = 0.001;

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
    if parts.is_empty() {
        return None;
    }
    let n = parts.len() as f64;
    let mut log_sum = [0.0; 3];
    for p in parts {
        for k in 0..3 {
            log_sum[k] += (p[k] * 100.0).max(zero_replacement).ln();
        }
    }
    let geometric = log_sum.map(|s| (s / n).exp());
    let total: f64 = geometric.iter().sum();
    Some(geometric.map(|g| g / total))
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
}
