//! The rank tests against SciPy, each with the command that produced its
//! numbers.

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
