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
mod tests {
    use super::*;

    fn assert_rel(actual: f64, expected: f64) {
        let error = ((actual - expected) / expected).abs();
        assert!(
            error <= 1e-9,
            "actual {actual:e}, expected {expected:e}, error {error:e}"
        );
    }

    /// `[f(i) for i in range(n)]`, the formula samples shared with Python.
    fn formula(n: usize, f: impl Fn(usize) -> f64) -> Vec<f64> {
        (0..n).map(f).collect()
    }

    #[test]
    fn ranks_average_ties() {
        // python3 -c "from scipy.stats import rankdata; print(rankdata([3,1,4,1,5,-0.0,0.0]))"
        // [5.  3.5 6.  3.5 7.  1.5 1.5]
        assert_eq!(
            average_ranks(&[3.0, 1.0, 4.0, 1.0, 5.0, -0.0, 0.0]),
            vec![5.0, 3.5, 6.0, 3.5, 7.0, 1.5, 1.5]
        );
        assert!(average_ranks(&[]).is_empty());
    }

    #[test]
    fn mann_whitney_matches_scipy() {
        // Reference: python3 -c "import scipy.stats as st; r = st.mannwhitneyu(a, b,
        //   alternative='two-sided', method='asymptotic', use_continuity=True);
        //   print(r.statistic, r.pvalue)"  with a, b as in each case;
        // z, recomputed as in scipy.stats._mannwhitneyu._get_mwu_z (SciPy does
        // not return it):
        //   python3 -c "import numpy as np, scipy.stats as st; n1, n2 = len(a), len(b);
        //   n = n1 + n2; t = np.unique(np.r_[a, b], return_counts=True)[1];
        //   U1 = st.mannwhitneyu(a, b).statistic; U = max(U1, n1*n2 - U1);
        //   print((U - n1*n2/2 - 0.5) / np.sqrt(n1*n2/12*((n+1) - (t**3-t).sum()/(n*(n-1)))))"
        // a=[3,5,5,7,9,2,5]; b=[5,6,8,8,1,4,10,12]
        let small = mann_whitney(
            &[3.0, 5.0, 5.0, 7.0, 9.0, 2.0, 5.0],
            &[5.0, 6.0, 8.0, 8.0, 1.0, 4.0, 10.0, 12.0],
        )
        .unwrap();
        assert_eq!(small.u, 19.5);
        assert_rel(small.p, 0.3497629629923472);
        assert_rel(small.z, 0.9350491644243688);
        // Many ties: a=[(i*37 % 101) % 5 for i in range(60)];
        //            b=[(i*53 % 97) % 6 for i in range(45)]
        let a = formula(60, |i| ((i * 37 % 101) % 5) as f64);
        let b = formula(45, |i| ((i * 53 % 97) % 6) as f64);
        let ties = mann_whitney(&a, &b).unwrap();
        assert_eq!(ties.u, 1127.0);
        assert_rel(ties.p, 0.14274878442213146);
        assert_rel(ties.z, 1.465631208103432);
        // The known mistakes: the one-sided p (alternative='less') is half,
        // and without continuity correction p is 0.14185319765388543.
        assert!((ties.p - 0.07137439221106573).abs() > 0.05);
        assert!((ties.p - 0.14185319765388543).abs() > 1e-4);
        // U is that of the first sample: swapping gives n1·n2 − U, same p.
        let swapped = mann_whitney(&b, &a).unwrap();
        assert_eq!(swapped.u, 60.0 * 45.0 - 1127.0);
        assert_eq!(swapped.p, ties.p);
    }

    #[test]
    fn mann_whitney_large_n_matches_scipy() {
        // a=[(i*37 % 101) for i in range(5000)];
        // b=[(i*53 % 103) + 0.5*(i%3) for i in range(3000)]  (command as above)
        let a = formula(5000, |i| (i * 37 % 101) as f64);
        let b = formula(3000, |i| (i * 53 % 103) as f64 + 0.5 * (i % 3) as f64);
        let large = mann_whitney(&a, &b).unwrap();
        assert_eq!(large.u, 7292994.0);
        assert_rel(large.p, 0.03845305090395829);
        assert_rel(large.z, 2.0699924561763376);
        // Far tail: b=[(i*53 % 103) + 20 for i in range(3000)]
        let shifted = formula(3000, |i| (i * 53 % 103) as f64 + 20.0);
        let tail = mann_whitney(&a, &shifted).unwrap();
        assert_eq!(tail.u, 4739970.0);
        assert_rel(tail.p, 1.1215714779705328e-167);
        assert_rel(tail.z, 27.5997128429193);
    }

    #[test]
    fn mann_whitney_edge_cases() {
        // python3 -c "import scipy.stats as st; print(st.mannwhitneyu([1.],[2.],
        //   method='asymptotic').pvalue, st.mannwhitneyu([1.,2.],[2.,1.], method='asymptotic'))"
        // 1.0  MannwhitneyuResult(statistic=2.0, pvalue=1.0)   (p clipped to 1)
        assert_eq!(mann_whitney(&[1.0], &[2.0]).unwrap().p, 1.0);
        let equal = mann_whitney(&[1.0, 2.0], &[2.0, 1.0]).unwrap();
        assert_eq!((equal.u, equal.p), (2.0, 1.0));
        assert!(mann_whitney(&[], &[1.0]).is_none());
        assert!(mann_whitney(&[f64::NAN], &[1.0]).is_none());
        assert!(mann_whitney(&[3.0, 3.0], &[3.0]).is_none(), "all tied");
        // NaN values are dropped: same as without them.
        let with_nan = mann_whitney(&[1.0, f64::NAN, 4.0, 2.0], &[3.0, 5.0, 6.0]).unwrap();
        assert_eq!(
            with_nan,
            mann_whitney(&[1.0, 4.0, 2.0], &[3.0, 5.0, 6.0]).unwrap()
        );
    }

    /// Counts per distinct value of `samples` (over their pooled values).
    fn counts_of(samples: &[&[f64]]) -> Vec<Vec<u64>> {
        let mut distinct: Vec<f64> = samples.iter().flat_map(|s| s.iter().copied()).collect();
        distinct.sort_by(f64::total_cmp);
        distinct.dedup();
        samples
            .iter()
            .map(|s| {
                let mut counts = vec![0u64; distinct.len()];
                for v in *s {
                    counts[distinct.iter().position(|d| d == v).unwrap()] += 1;
                }
                counts
            })
            .collect()
    }

    #[test]
    fn counted_ranks_give_the_same_bits_as_sorted_ranks() {
        let a = formula(60, |i| ((i * 37 % 101) % 5) as f64);
        let b = formula(45, |i| ((i * 53 % 97) % 6) as f64);
        let c = formula(30, |i| ((i * 7 % 13) % 4) as f64);
        let counts = counts_of(&[&a, &b, &c]);
        assert_eq!(
            mann_whitney_counts(&counts[0], &counts[1]),
            mann_whitney(&a, &b)
        );
        assert_eq!(
            kruskal_wallis_counts(&counts),
            kruskal_wallis(&[&a[..], &b[..], &c[..]])
        );
        let large_a = formula(5000, |i| (i * 37 % 101) as f64);
        let large_b = formula(3000, |i| (i * 53 % 103) as f64 + 0.5 * (i % 3) as f64);
        let counts = counts_of(&[&large_a, &large_b]);
        let counted = mann_whitney_counts(&counts[0], &counts[1]).unwrap();
        assert_eq!(Some(counted.clone()), mann_whitney(&large_a, &large_b));
        assert_eq!(counted.u, 7292994.0);
        // Empty and all-tied inputs say nothing, as the value versions.
        assert!(mann_whitney_counts(&[0, 0], &[1, 2]).is_none());
        assert!(mann_whitney_counts(&[3], &[1]).is_none());
        assert!(kruskal_wallis_counts(&[vec![2u64, 0], vec![0, 0]]).is_none());
    }

    #[test]
    fn kruskal_wallis_matches_scipy() {
        // python3 -c "import scipy.stats as st; print(st.kruskal([3,5,5,7,9,2,5],
        //   [5,6,8,8,1,4,10,12], [2,2,3,1]))"
        let small = kruskal_wallis(&[
            vec![3.0, 5.0, 5.0, 7.0, 9.0, 2.0, 5.0],
            vec![5.0, 6.0, 8.0, 8.0, 1.0, 4.0, 10.0, 12.0],
            vec![2.0, 2.0, 3.0, 1.0],
        ])
        .unwrap();
        assert_eq!(small.df, 2);
        assert_rel(small.h, 6.424564304795833);
        assert_rel(small.p, 0.04026461834343152);
        // Many ties: st.kruskal([(i*37 % 101) % 5 for i in range(60)],
        //   [(i*53 % 97) % 6 for i in range(45)], [(i*7 % 13) % 4 for i in range(30)])
        let ties = kruskal_wallis(&[
            formula(60, |i| ((i * 37 % 101) % 5) as f64),
            formula(45, |i| ((i * 53 % 97) % 6) as f64),
            formula(30, |i| ((i * 7 % 13) % 4) as f64),
        ])
        .unwrap();
        assert_rel(ties.h, 7.922578729213657);
        assert_rel(ties.p, 0.019038550825782822);
        // n = 5000: st.kruskal([(i*37 % 101) for i in range(2000)],
        //   [(i*41 % 103) + 3 for i in range(1700)], [(i*43 % 107) for i in range(1300)])
        let large = kruskal_wallis(&[
            formula(2000, |i| (i * 37 % 101) as f64),
            formula(1700, |i| (i * 41 % 103) as f64 + 3.0),
            formula(1300, |i| (i * 43 % 107) as f64),
        ])
        .unwrap();
        assert_rel(large.h, 18.06015275214059);
        assert_rel(large.p, 0.00011975334653271413);
    }

    #[test]
    fn kruskal_wallis_edge_cases() {
        let a = [3.0, 5.0, 1.0];
        let b = [4.0, 6.0];
        let two = kruskal_wallis(&[&a[..], &b[..]]).unwrap();
        // Empty groups and NaN values are left out; df counts what remains.
        let padded = kruskal_wallis(&[&a[..], &[], &[4.0, f64::NAN, 6.0][..]]).unwrap();
        assert_eq!(two, padded);
        assert_eq!(two.df, 1);
        assert!(kruskal_wallis(&[&a[..]]).is_none());
        assert!(kruskal_wallis(&[&a[..], &[][..]]).is_none());
        assert!(
            kruskal_wallis(&[[2.0, 2.0], [2.0, 2.0]]).is_none(),
            "all tied"
        );
        assert!(kruskal_wallis::<Vec<f64>>(&[]).is_none());
    }

    #[test]
    fn spearman_matches_scipy() {
        // python3 -c "import numpy as np, scipy.stats as st;
        //   x=np.array([1,2,2,4,5,np.nan,7,8,8,10]); y=np.array([2,1,4,4,6,3,np.nan,9,7,12]);
        //   m=~(np.isnan(x)|np.isnan(y)); print(st.spearmanr(x[m], y[m]), m.sum())"
        let nan = f64::NAN;
        let x = [1.0, 2.0, 2.0, 4.0, 5.0, nan, 7.0, 8.0, 8.0, 10.0];
        let y = [2.0, 1.0, 4.0, 4.0, 6.0, 3.0, nan, 9.0, 7.0, 12.0];
        let small = spearman(&x, &y).unwrap();
        assert_eq!(small.n, 8);
        assert_rel(small.rho, 0.9394111922831736);
        assert_rel(small.p, 0.0005310925211357754);
        // Many ties: x=[(i*37 % 101) % 5 for i in range(60)];
        //   y=[(i*53 % 97) % 6 + (i*37 % 101) % 5 for i in range(60)]; st.spearmanr(x, y)
        let x = formula(60, |i| ((i * 37 % 101) % 5) as f64);
        let y = formula(60, |i| ((i * 53 % 97) % 6 + (i * 37 % 101) % 5) as f64);
        let ties = spearman(&x, &y).unwrap();
        assert_rel(ties.rho, 0.5872668137179189);
        assert_rel(ties.p, 8.127347342006885e-07);
        // The known mistake, df = n − 1 (2*st.t.sf(abs(t), 59) with the same
        // t), would give 7.797777150705921e-07.
        assert!((ties.p / 7.797777150705921e-07 - 1.0).abs() > 1e-3);
    }

    #[test]
    fn spearman_large_n_matches_scipy() {
        // x=[(i*37 % 101) for i in range(5000)];
        // y=[(i*53 % 101) + 0.2*(i*37 % 101) for i in range(5000)]; st.spearmanr(x, y)
        // (df = n − 1 with the same t: 4.474701463586705e-104)
        let x = formula(5000, |i| (i * 37 % 101) as f64);
        let y = formula(5000, |i| {
            (i * 53 % 101) as f64 + 0.2 * (i * 37 % 101) as f64
        });
        let large = spearman(&x, &y).unwrap();
        assert_eq!(large.n, 5000);
        assert_rel(large.rho, 0.2993957643408929);
        assert_rel(large.p, 4.4843145893286466e-104);
        assert!((large.p / 4.474701463586705e-104 - 1.0).abs() > 1e-3);
    }

    #[test]
    fn spearman_edge_cases() {
        assert!(spearman(&[1.0, 2.0], &[1.0, 2.0]).is_none(), "n < 3");
        assert!(
            spearman(&[1.0, 2.0, 3.0], &[1.0, 2.0]).is_none(),
            "lengths differ"
        );
        assert!(
            spearman(&[1.0, 1.0, 1.0], &[1.0, 2.0, 3.0]).is_none(),
            "constant"
        );
        assert!(spearman(&[1.0, 2.0, f64::NAN, 4.0], &[1.0, 2.0, 3.0, f64::NAN]).is_none());
        // Perfect monotone relation: ρ = 1, p = 0, as
        // python3 -c "import scipy.stats as st; print(st.spearmanr([1,2,3,4], [10,20,25,90]))"
        let perfect = spearman(&[1.0, 2.0, 3.0, 4.0], &[10.0, 20.0, 25.0, 90.0]).unwrap();
        assert_eq!((perfect.rho, perfect.p), (1.0, 0.0));
    }
}
