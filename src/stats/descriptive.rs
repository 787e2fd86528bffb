//! Descriptive statistics of one numeric sample: n, mean, median, sd and the
//! histogram a slider chart shows.

use serde::{Deserialize, Serialize};

/// Summary of a sample without missing values.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    pub n: usize,
    pub mean: f64,
    pub median: f64,
    /// Sample standard deviation (n − 1 in the denominator); `None` for n < 2.
    pub sd: Option<f64>,
    pub min: f64,
    pub max: f64,
}

/// Summarises `values`; `None` when empty. NaNs must be removed first.
pub fn summarize(values: &[f64]) -> Option<Summary> {
    if values.is_empty() {
        return None;
    }
    let n = values.len();
    let mean = mean(values)?;
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let sd = (n >= 2).then(|| {
        let sum_sq: f64 = values.iter().map(|v| (v - mean).powi(2)).sum();
        (sum_sq / (n - 1) as f64).sqrt()
    });
    Some(Summary {
        n,
        mean,
        median: median_of_sorted(&sorted)?,
        sd,
        min: sorted[0],
        max: sorted[n - 1],
    })
}

/// Arithmetic mean, computed in two passes (mean, then a correction) so that
/// large samples of similar values keep full precision.
pub fn mean(values: &[f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    let n = values.len() as f64;
    let first = values.iter().sum::<f64>() / n;
    let correction = values.iter().map(|v| v - first).sum::<f64>() / n;
    Some(first + correction)
}

/// Median of an ascending sample (mean of the two middle values when even).
pub fn median_of_sorted(sorted: &[f64]) -> Option<f64> {
    let n = sorted.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(sorted[n / 2]),
        _ => Some((sorted[n / 2 - 1] + sorted[n / 2]) / 2.0),
    }
}

/// Quantile `q` (0..=1) of an ascending sample by linear interpolation
/// between order statistics — numpy's default (`method="linear"`, R type 7).
pub fn quantile_of_sorted(sorted: &[f64], q: f64) -> Option<f64> {
    if sorted.is_empty() || !(0.0..=1.0).contains(&q) {
        return None;
    }
    let position = q * (sorted.len() - 1) as f64;
    let below = position.floor() as usize;
    let above = (below + 1).min(sorted.len() - 1);
    let fraction = position - below as f64;
    Some(sorted[below] + (sorted[above] - sorted[below]) * fraction)
}

/// Counts per bin of equal width on `[low, high]`. Each bin is closed on the
/// left and open on the right, except the last, which is closed: with
/// 10 bins on 0–100 a slider at exactly 100 lands in 90–100. Values outside
/// the range are not counted.
pub fn histogram_counts(values: &[f64], low: f64, high: f64, bins: usize) -> Vec<u64> {
    let mut counts = vec![0u64; bins];
    if bins == 0 || high <= low {
        return counts;
    }
    for &v in values {
        if let Some(bin) = histogram_bin(v, low, high, bins) {
            counts[bin] += 1;
        }
    }
    counts
}

/// The bin of `value` in [`histogram_counts`], or `None` outside the range.
pub fn histogram_bin(value: f64, low: f64, high: f64, bins: usize) -> Option<usize> {
    if bins == 0 || high <= low || !(low..=high).contains(&value) {
        return None;
    }
    let width = (high - low) / bins as f64;
    Some((((value - low) / width).floor() as usize).min(bins - 1))
}

/// The `bins + 1` edges of [`histogram_counts`].
pub fn histogram_edges(low: f64, high: f64, bins: usize) -> Vec<f64> {
    (0..=bins)
        .map(|i| low + (high - low) * i as f64 / bins.max(1) as f64)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_matches_numpy() {
        // python3 -c "import numpy as np; x=np.array([12,55,3.5,99,100,0,47]);
        //   print(x.mean(), np.median(x), x.std(ddof=1))"
        // 45.214285714285715 47.0 42.58506892372132
        let s = summarize(&[12.0, 55.0, 3.5, 99.0, 100.0, 0.0, 47.0]).unwrap();
        assert_eq!(s.n, 7);
        assert!((s.mean - 45.214285714285715).abs() < 1e-12);
        assert_eq!(s.median, 47.0);
        assert!((s.sd.unwrap() - 42.58506892372132).abs() < 1e-10);
        assert_eq!(summarize(&[4.0, 1.0]).unwrap().median, 2.5);
        assert_eq!(summarize(&[4.0]).unwrap().sd, None);
        assert!(summarize(&[]).is_none());
    }

    #[test]
    fn quantiles_match_numpy() {
        // python3 -c "import numpy as np; x=[0,3.5,12,47,55,99,100];
        //   print(np.quantile(x,0.25), np.quantile(x,0.75), np.quantile(x,0.1))"
        // 7.75 77.0 2.1000000000000005
        let sorted = [0.0, 3.5, 12.0, 47.0, 55.0, 99.0, 100.0];
        assert!((quantile_of_sorted(&sorted, 0.25).unwrap() - 7.75).abs() < 1e-12);
        assert!((quantile_of_sorted(&sorted, 0.75).unwrap() - 77.0).abs() < 1e-12);
        assert!((quantile_of_sorted(&sorted, 0.1).unwrap() - 2.1).abs() < 1e-12);
        assert_eq!(quantile_of_sorted(&[], 0.5), None);
    }

    #[test]
    fn histogram_closes_the_last_bin() {
        let counts = histogram_counts(&[0.0, 9.99, 10.0, 90.0, 100.0, 100.5, -1.0], 0.0, 100.0, 10);
        assert_eq!(counts, vec![2, 1, 0, 0, 0, 0, 0, 0, 0, 2]);
        assert_eq!(histogram_edges(0.0, 100.0, 10)[1], 10.0);
        assert_eq!(histogram_edges(0.0, 100.0, 10).len(), 11);
    }
}
