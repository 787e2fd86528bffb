//! Rank-based tests for sliders: Mann–Whitney U (two groups),
//! Kruskal–Wallis H (several groups) and Spearman's ρ (slider × slider).
//!
//! All three rank the pooled values with [`average_ranks`] (ties share the
//! mean of their ranks) and correct for ties exactly as SciPy does:
//! [`mann_whitney`] is `scipy.stats.mannwhitneyu(a, b,
//! alternative="two-sided", method="asymptotic", use_continuity=True)`,
//! [`kruskal_wallis`] is `scipy.stats.kruskal`, [`spearman`] is
//! `scipy.stats.spearmanr` on the complete pairs.
//!
//! Missing answers are NaN: the group tests drop NaN values, Spearman drops
//! pairs where either value is NaN. Where a test says nothing (too few
//! values, every value tied) the result is `None`, never NaN.

use serde::{Deserialize, Serialize};

use super::distributions::{chi2_sf, normal_sf, student_t_two_sided_p};

/// Two-sided asymptotic Mann–Whitney U test of two samples.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MannWhitney {
    /// U of the first sample: its rank sum minus n₁(n₁ + 1)/2. Above
    /// n₁n₂/2 means the first sample tends to the higher values.
    pub u: f64,
    /// (max(U₁, U₂) − n₁n₂/2 − ½) / σ with the tie-corrected σ: SciPy's z,
    /// so it is not signed by direction (compare `u` with n₁n₂/2 for that).
    pub z: f64,
    /// Two-sided p: 2·(1 − Φ(z)), at most 1.
    pub p: f64,
}

/// Kruskal–Wallis H test of several samples.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct KruskalWallis {
    /// Tie-corrected H.
    pub h: f64,
    /// Number of non-empty groups minus one.
    pub df: usize,
    /// Chi-square survival of `h` with `df` degrees of freedom.
    pub p: f64,
}

/// Spearman rank correlation of complete pairs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Spearman {
    /// Spearman's ρ, −1–1.
    pub rho: f64,
    /// Two-sided p from t = ρ·√((n − 2)/(1 − ρ²)) with n − 2 degrees of freedom.
    pub p: f64,
    /// Number of complete pairs used.
    pub n: usize,
}

/// Ranks 1..=n of `values`, ties getting the average of the ranks they
/// span (SciPy's `rankdata(method="average")`). NaN must be removed first
/// (it would rank above +∞); −0.0 and 0.0 tie.
pub fn average_ranks(values: &[f64]) -> Vec<f64> {
    ranks_and_tie_term(values).0
}

/// Average ranks and the tie term Σ(t³ − t) over groups of t tied values.
fn ranks_and_tie_term(values: &[f64]) -> (Vec<f64>, f64) {
    let mut order: Vec<usize> = (0..values.len()).collect();
    order.sort_by(|&i, &j| values[i].total_cmp(&values[j]));
    let mut ranks = vec![0.0; values.len()];
    let mut tie_term = 0.0;
    let mut start = 0;
    while start < order.len() {
        let value = values[order[start]];
        let end = start
            + order[start..]
                .iter()
                .take_while(|&&i| values[i] == value)
                .count();
        // Ranks start+1 ..= end share their mean; `end > start` because the
        // run contains at least `order[start]` itself.
        let rank = (start + 1 + end) as f64 / 2.0;
        for &i in &order[start..end] {
            ranks[i] = rank;
        }
        let t = (end - start) as f64;
        tie_term += t * t * t - t;
        start = end;
    }
    (ranks, tie_term)
}

fn without_nan(values: &[f64]) -> impl Iterator<Item = f64> + '_ {
    values.iter().copied().filter(|v| !v.is_nan())
}

/// Two-sided Mann–Whitney U test of `a` against `b` (normal approximation
/// with tie and continuity correction). `None` if either sample is empty
/// after dropping NaN, or if every value is tied (σ = 0).
pub fn mann_whitney(a: &[f64], b: &[f64]) -> Option<MannWhitney> {
    let pooled: Vec<f64> = without_nan(a).chain(without_nan(b)).collect();
    let n1 = without_nan(a).count();
    let n2 = pooled.len() - n1;
    if n1 == 0 || n2 == 0 {
        return None;
    }
    let (ranks, tie_term) = ranks_and_tie_term(&pooled);
    let (n1f, n2f, n) = (n1 as f64, n2 as f64, pooled.len() as f64);
    let rank_sum: f64 = ranks[..n1].iter().sum();
    mann_whitney_from_rank_sum(rank_sum, (n1f, n2f, n), tie_term)
}

/// The test from the first sample's rank sum, the sample sizes `(n1, n2,
/// n1 + n2)` and the tie term Σ(t³ − t) of the pooled ranks.
fn mann_whitney_from_rank_sum(
    rank_sum: f64,
    (n1f, n2f, n): (f64, f64, f64),
    tie_term: f64,
) -> Option<MannWhitney> {
    let u1 = rank_sum - n1f * (n1f + 1.0) / 2.0;
    let u = u1.max(n1f * n2f - u1);
    // Same operation order as SciPy's `_get_mwu_z`.
    let sigma = (n1f * n2f / 12.0 * ((n + 1.0) - tie_term / (n * (n - 1.0)))).sqrt();
    if sigma.is_nan() || sigma <= 0.0 {
        return None;
    }
    let z = (u - n1f * n2f / 2.0 - 0.5) / sigma;
    let p = (2.0 * normal_sf(z)).min(1.0);
    Some(MannWhitney { u: u1, z, p })
}

/// Average rank of each distinct value and the tie term Σ(t³ − t), from
/// `counts[d]` = how often the d-th smallest distinct value occurs. Same
/// numbers, in the same order of operations, as ranking the values.
fn ranks_of_counts(counts: &[u64]) -> (Vec<f64>, f64) {
    let mut ranks = Vec::with_capacity(counts.len());
    let mut below = 0u64;
    let mut tie_term = 0.0;
    for &count in counts {
        ranks.push((2 * below + 1 + count) as f64 / 2.0);
        if count > 0 {
            let t = count as f64;
            tie_term += t * t * t - t;
        }
        below += count;
    }
    (ranks, tie_term)
}

fn rank_sum(counts: &[u64], ranks: &[f64]) -> f64 {
    counts
        .iter()
        .zip(ranks)
        .filter(|(c, _)| **c > 0)
        .map(|(&c, &r)| c as f64 * r)
        .sum()
}

/// [`mann_whitney`] from counts per distinct value: `a[d]` and `b[d]` are
/// how often each sample holds the d-th smallest of the values both can
/// take (same length). Exactly the numbers of [`mann_whitney`] on the
/// values themselves: ranks and their sums are half-integers, exact in f64.
pub fn mann_whitney_counts(a: &[u64], b: &[u64]) -> Option<MannWhitney> {
    if a.len() != b.len() {
        return None;
    }
    let pooled: Vec<u64> = a.iter().zip(b).map(|(x, y)| x + y).collect();
    let n1: u64 = a.iter().sum();
    let n2: u64 = b.iter().sum();
    if n1 == 0 || n2 == 0 {
        return None;
    }
    let (ranks, tie_term) = ranks_of_counts(&pooled);
    let (n1f, n2f, n) = (n1 as f64, n2 as f64, (n1 + n2) as f64);
    mann_whitney_from_rank_sum(rank_sum(a, &ranks), (n1f, n2f, n), tie_term)
}

/// [`kruskal_wallis`] from counts per distinct value per group (all of the
/// same length; see [`mann_whitney_counts`]).
pub fn kruskal_wallis_counts<G: AsRef<[u64]>>(groups: &[G]) -> Option<KruskalWallis> {
    let width = groups.first().map_or(0, |g| g.as_ref().len());
    if groups.iter().any(|g| g.as_ref().len() != width) {
        return None;
    }
    let non_empty: Vec<&[u64]> = groups
        .iter()
        .map(AsRef::as_ref)
        .filter(|g| g.iter().any(|&c| c > 0))
        .collect();
    if non_empty.len() < 2 {
        return None;
    }
    let mut pooled = vec![0u64; width];
    for group in &non_empty {
        for (p, &c) in pooled.iter_mut().zip(*group) {
            *p += c;
        }
    }
    let (ranks, tie_term) = ranks_of_counts(&pooled);
    let n = pooled.iter().sum::<u64>() as f64;
    let ties = 1.0 - tie_term / (n * n * n - n);
    if ties.is_nan() || ties <= 0.0 {
        return None;
    }
    let mut between = 0.0;
    for group in &non_empty {
        let size = group.iter().sum::<u64>() as f64;
        let sum = rank_sum(group, &ranks);
        between += sum * sum / size;
    }
    let h = (12.0 / (n * (n + 1.0)) * between - 3.0 * (n + 1.0)) / ties;
    let df = non_empty.len() - 1;
    Some(KruskalWallis {
        h,
        df,
        p: chi2_sf(h, df as f64),
    })
}

/// Kruskal–Wallis H test across `groups` (tie-corrected, chi-square
/// approximation). NaN values are dropped and empty groups left out
/// (`df` counts the groups that remain). `None` with fewer than two
/// non-empty groups or when every value is tied.
pub fn kruskal_wallis<G: AsRef<[f64]>>(groups: &[G]) -> Option<KruskalWallis> {
    let sizes: Vec<usize> = groups
        .iter()
        .map(|g| without_nan(g.as_ref()).count())
        .filter(|&size| size > 0)
        .collect();
    if sizes.len() < 2 {
        return None;
    }
    let pooled: Vec<f64> = groups
        .iter()
        .flat_map(|g| without_nan(g.as_ref()))
        .collect();
    let (ranks, tie_term) = ranks_and_tie_term(&pooled);
    let n = pooled.len() as f64;
    let ties = 1.0 - tie_term / (n * n * n - n);
    if ties.is_nan() || ties <= 0.0 {
        return None;
    }
    let mut start = 0;
    let mut between = 0.0;
    for &size in &sizes {
        let rank_sum: f64 = ranks[start..start + size].iter().sum();
        between += rank_sum * rank_sum / size as f64;
        start += size;
    }
    let h = (12.0 / (n * (n + 1.0)) * between - 3.0 * (n + 1.0)) / ties;
    let df = sizes.len() - 1;
    Some(KruskalWallis {
        h,
        df,
        p: chi2_sf(h, df as f64),
    })
}

/// Spearman's ρ of `x` and `y` over the pairs where neither is NaN, with
/// the two-sided p of `scipy.stats.spearmanr` (t with n − 2 df). `None` if
/// the slices differ in length, fewer than 3 complete pairs remain, or
/// either variable is constant over them.
pub fn spearman(x: &[f64], y: &[f64]) -> Option<Spearman> {
    if x.len() != y.len() {
        return None;
    }
    let (xs, ys): (Vec<f64>, Vec<f64>) = x
        .iter()
        .zip(y)
        .filter(|(a, b)| !a.is_nan() && !b.is_nan())
        .map(|(a, b)| (*a, *b))
        .unzip();
    let n = xs.len();
    if n < 3 {
        return None;
    }
    let rho = pearson(&average_ranks(&xs), &average_ranks(&ys))?;
    let df = (n - 2) as f64;
    // As SciPy: clip the rounding that could make (1 + ρ)(1 − ρ) negative.
    let t = rho * (df / ((rho + 1.0) * (1.0 - rho))).max(0.0).sqrt();
    Some(Spearman {
        rho,
        p: student_t_two_sided_p(t, df),
        n,
    })
}

/// Pearson correlation as `numpy.corrcoef`, clipped to [−1, 1]; `None`
/// when either variable has no spread.
fn pearson(x: &[f64], y: &[f64]) -> Option<f64> {
    let n = x.len() as f64;
    let mean_x = x.iter().sum::<f64>() / n;
    let mean_y = y.iter().sum::<f64>() / n;
    let (mut sxx, mut syy, mut sxy) = (0.0, 0.0, 0.0);
    for (a, b) in x.iter().zip(y) {
        let (dx, dy) = (a - mean_x, b - mean_y);
        sxx += dx * dx;
        syy += dy * dy;
        sxy += dx * dy;
    }
    if sxx <= 0.0 || syy <= 0.0 {
        return None;
    }
    Some((sxy / sxx.sqrt() / syy.sqrt()).clamp(-1.0, 1.0))
}

#[cfg(test)]
mod tests;
