//! Tests of Hotelling's T² and the rank-biserial r against NumPy/SciPy reference numbers.

use super::*;

fn close(actual: f64, expected: f64, relative: f64) -> bool {
    ((actual - expected) / expected).abs() < relative
}

#[test]
fn hotelling_two_sample_matches_numpy_and_scipy() {
    // python3 -c "import numpy as np; from scipy import stats
    //   a=np.array([[0.1,0.3],[0.5,-0.2],[1.2,0.4],[0.7,0.9],[-0.3,0.1],[0.8,0.5]])
    //   b=np.array([[0.0,0.0],[0.2,-0.5],[-0.4,0.3],[0.1,-0.1],[0.6,0.2],[-0.2,-0.6],[0.3,0.1]])
    //   n1,n2=len(a),len(b); d=a.mean(0)-b.mean(0)
    //   S=((n1-1)*np.cov(a.T)+(n2-1)*np.cov(b.T))/(n1+n2-2)
    //   t2=n1*n2/(n1+n2)*d@np.linalg.solve(S,d); f=(n1+n2-3)/(2*(n1+n2-2))*t2
    //   print(t2, f, stats.f.sf(f,2,n1+n2-3), np.sqrt(t2/(t2+n1+n2-2)), np.linalg.norm(d))"
    // 5.766565229652285 2.621166013478311 0.12154662700052438
    // 0.5864575112933988 0.5892652714106804
    let a = [
        [0.1, 0.3],
        [0.5, -0.2],
        [1.2, 0.4],
        [0.7, 0.9],
        [-0.3, 0.1],
        [0.8, 0.5],
    ];
    let b = [
        [0.0, 0.0],
        [0.2, -0.5],
        [-0.4, 0.3],
        [0.1, -0.1],
        [0.6, 0.2],
        [-0.2, -0.6],
        [0.3, 0.1],
    ];
    let test = hotelling_two_sample(&PlaneSample::of(&a), &PlaneSample::of(&b)).unwrap();
    assert!(close(test.t_squared, 5.766565229652285, 1e-12), "{test:?}");
    assert!(close(test.f, 2.621166013478311, 1e-12), "{test:?}");
    assert!(close(test.p, 0.12154662700052438, 1e-12), "{test:?}");
    assert!(close(test.canonical_correlation, 0.5864575112933988, 1e-12));
    assert!(close(test.distance, 0.5892652714106804, 1e-12));
    assert_eq!(test.df, [2, 10]);
    // Swapping the samples changes nothing but the direction of d.
    let swapped = hotelling_two_sample(&PlaneSample::of(&b), &PlaneSample::of(&a)).unwrap();
    assert!(close(swapped.t_squared, test.t_squared, 1e-12));
}

#[test]
fn hotelling_refuses_what_it_cannot_test() {
    let line = [[0.0, 0.0], [1.0, 1.0], [2.0, 2.0]];
    let other = [[0.5, 0.5], [1.5, 1.5]];
    // All points on one line: the pooled covariance is singular.
    assert!(hotelling_two_sample(&PlaneSample::of(&line), &PlaneSample::of(&other)).is_none());
    assert!(hotelling_two_sample(&PlaneSample::of(&line), &PlaneSample::of(&[])).is_none());
}

#[test]
fn rank_biserial_from_scipy_u() {
    // python3 -c "from scipy import stats
    //   x=[12,45,33,78,90,23,56,67,45,34]; y=[22,11,35,40,18,29,33,12]
    //   r=stats.mannwhitneyu(x,y,alternative='two-sided',method='asymptotic',use_continuity=True)
    //   print(r.statistic, r.pvalue, 2*r.statistic/(len(x)*len(y))-1)"
    // 65.0 0.029238212290167813 0.625
    let x = [12.0, 45.0, 33.0, 78.0, 90.0, 23.0, 56.0, 67.0, 45.0, 34.0];
    let y = [22.0, 11.0, 35.0, 40.0, 18.0, 29.0, 33.0, 12.0];
    let test = crate::stats::rank::mann_whitney(&x, &y).unwrap();
    assert_eq!(test.u, 65.0);
    assert!(close(test.p, 0.029238212290167813, 1e-12), "{test:?}");
    assert_eq!(rank_biserial(test.u, x.len(), y.len()), Some(0.625));
    let reversed = crate::stats::rank::mann_whitney(&y, &x).unwrap();
    assert_eq!(rank_biserial(reversed.u, y.len(), x.len()), Some(-0.625));
    assert_eq!(rank_biserial(1.0, 0, 5), None);
}

#[test]
fn phi_is_the_signed_root_of_chi2_over_n() {
    // python3 -c "import numpy as np; from scipy import stats
    //   t=np.array([[30,10],[15,25]]); c=stats.chi2_contingency(t,correction=False)
    //   print(c.statistic, np.sqrt(c.statistic/t.sum()))"
    // 11.42857142857143 0.37796447300922725
    let phi_value = phi(30.0, 10.0, 15.0, 25.0).unwrap();
    assert!(close(phi_value, 0.37796447300922725, 1e-12));
    assert!(close(
        phi(15.0, 25.0, 30.0, 10.0).unwrap(),
        -0.37796447300922725,
        1e-12
    ));
    assert_eq!(phi(0.0, 0.0, 3.0, 4.0), None);
    assert_eq!(bonferroni(0.02, 12), 0.24);
    assert_eq!(bonferroni(0.2, 12), 1.0);
}

#[test]
fn cell_p_values_match_scipy_and_statsmodels_holm() {
    // python3 -c "import numpy as np; from scipy import stats
    //   from statsmodels.stats.multitest import multipletests
    //   z=np.array([2.5,-1.0,0.3,-3.1,1.96]); p=2*stats.norm.sf(abs(z))
    //   print([float(v) for v in p]); print([float(v) for v in multipletests(p,method='holm')[1]])"
    let p = [
        0.012419330651552265,
        0.31731050786291415,
        0.7641771556220948,
        0.0019352064264367126,
        0.04999579029644087,
    ];
    let holm = [
        0.04967732260620906,
        0.6346210157258283,
        0.7641771556220948,
        0.009676032132183564,
        0.14998737088932262,
    ];
    let residuals = vec![
        vec![Some(2.5), Some(-1.0), None],
        vec![Some(0.3), Some(-3.1), Some(1.96)],
    ];
    let (cell_p, cell_holm) = cell_p_values(&residuals);
    let flat_p: Vec<Option<f64>> = cell_p.iter().flatten().copied().collect();
    let flat_holm: Vec<Option<f64>> = cell_holm.iter().flatten().copied().collect();
    assert_eq!(flat_p[2], None);
    assert_eq!(flat_holm[2], None);
    let tested = [0, 1, 3, 4, 5];
    for (k, &cell) in tested.iter().enumerate() {
        assert!(close(flat_p[cell].unwrap(), p[k], 1e-12), "{flat_p:?}");
        assert!(
            close(flat_holm[cell].unwrap(), holm[k], 1e-12),
            "{flat_holm:?}"
        );
    }
}
