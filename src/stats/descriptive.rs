//! Descriptive statistics of one numeric sample: n, mean, median, sd and the
//! histogram a slider chart shows.

use serde::{Deserialize, Serialize};

/// Summary of a sample without missing values.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    /// Number of values.
    pub n: usize,
    /// Arithmetic mean.
    pub mean: f64,
    /// Median (mean of the two middle values for even n).
    pub median: f64,
    /// Sample standard deviation (n − 1 in the denominator); `None` for n < 2.
    pub sd: Option<f64>,
    /// Smallest value.
    pub min: f64,
    /// Largest value.
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

/// [`summarize`] of a sample given as `counts[d]` copies of `distinct[d]`
/// (ascending, same length): no sorting, so panels of a million sliders
/// with a hundred distinct answers cost a hundred steps.
pub fn summarize_counts(distinct: &[f64], counts: &[u64]) -> Option<Summary> {
    let n: u64 = counts.iter().sum();
    if n == 0 || distinct.len() != counts.len() {
        return None;
    }
    let nf = n as f64;
    let present = || distinct.iter().zip(counts).filter(|(_, c)| **c > 0);
    let first = present().map(|(v, &c)| v * c as f64).sum::<f64>() / nf;
    let correction = present().map(|(v, &c)| (v - first) * c as f64).sum::<f64>() / nf;
    let mean = first + correction;
    let sd = (n >= 2).then(|| {
        let sum_sq: f64 = present().map(|(v, &c)| (v - mean).powi(2) * c as f64).sum();
        (sum_sq / (nf - 1.0)).sqrt()
    });
    let at = |k: u64| value_at_counts(distinct, counts, k);
    let median = if n % 2 == 1 {
        at(n / 2)?
    } else {
        (at(n / 2 - 1)? + at(n / 2)?) / 2.0
    };
    Some(Summary {
        n: n as usize,
        mean,
        median,
        sd,
        min: at(0)?,
        max: at(n - 1)?,
    })
}

/// [`quantile_of_sorted`] of the sample `counts[d]` × `distinct[d]`.
pub fn quantile_of_counts(distinct: &[f64], counts: &[u64], q: f64) -> Option<f64> {
    let n: u64 = counts.iter().sum();
    if n == 0 || !(0.0..=1.0).contains(&q) {
        return None;
    }
    let position = q * (n - 1) as f64;
    let below = position.floor() as u64;
    let above = (below + 1).min(n - 1);
    let fraction = position - below as f64;
    let (low, high) = (
        value_at_counts(distinct, counts, below)?,
        value_at_counts(distinct, counts, above)?,
    );
    Some(low + (high - low) * fraction)
}

/// The `k`-th smallest value (from 0) of the sample `counts[d]` × `distinct[d]`.
fn value_at_counts(distinct: &[f64], counts: &[u64], k: u64) -> Option<f64> {
    let mut seen = 0;
    for (&value, &count) in distinct.iter().zip(counts) {
        seen += count;
        if k < seen {
            return Some(value);
        }
    }
    None
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
    fn counted_summary_matches_the_sorted_one() {
        let values = [12.0, 55.0, 3.5, 99.0, 100.0, 0.0, 47.0, 55.0, 12.0, 12.0];
        let distinct = [0.0, 3.5, 12.0, 47.0, 55.0, 99.0, 100.0];
        let counts = [1, 1, 3, 1, 2, 1, 1];
        let by_counts = summarize_counts(&distinct, &counts).unwrap();
        let by_values = summarize(&values).unwrap();
        // np.median([12,55,3.5,99,100,0,47,55,12,12]) = 29.5
        assert_eq!((by_counts.n, by_counts.median), (10, 29.5));
        assert_eq!((by_counts.min, by_counts.max), (0.0, 100.0));
        assert!((by_counts.mean - by_values.mean).abs() < 1e-12);
        assert!((by_counts.sd.unwrap() - by_values.sd.unwrap()).abs() < 1e-12);
        let mut sorted = values;
        sorted.sort_by(f64::total_cmp);
        for q in [0.0, 0.1, 0.25, 0.5, 0.75, 0.9, 1.0] {
            assert_eq!(
                quantile_of_counts(&distinct, &counts, q),
                quantile_of_sorted(&sorted, q),
                "q = {q}"
            );
        }
        assert!(summarize_counts(&distinct, &[0; 7]).is_none());
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
