//! Reference values from SciPy and statsmodels for [`super::crosstab`].

use super::*;

fn assert_rel(actual: f64, expected: f64) {
    let error = ((actual - expected) / expected).abs();
    assert!(
        error <= 1e-9,
        "actual {actual:e}, expected {expected:e}, error {error:e}"
    );
}

fn assert_matrix(actual: &[Vec<Option<f64>>], expected: &[&[f64]]) {
    for (row, expected_row) in actual.iter().zip(expected) {
        for (a, &e) in row.iter().zip(expected_row.iter()) {
            assert_rel(a.expect("a residual"), e);
        }
    }
}

fn table(rows: &[&[f64]]) -> Vec<Vec<f64>> {
    rows.iter().map(|r| r.to_vec()).collect()
}

// R's HairEyeColor summed over Sex: Hair (Black, Brown, Red, Blond) ×
// Eye (Brown, Blue, Hazel, Green); jamovi: χ² = 138.29, df = 9, N = 592.
const HAIR_EYE: [&[f64]; 4] = [
    &[68.0, 20.0, 15.0, 5.0],
    &[119.0, 84.0, 54.0, 29.0],
    &[26.0, 17.0, 14.0, 14.0],
    &[7.0, 94.0, 10.0, 16.0],
];

#[test]
fn hair_eye_color_matches_scipy_and_statsmodels() {
    // python3 -c "import numpy as np, scipy.stats as st; from scipy.stats.contingency
    //   import association; from statsmodels.stats.contingency_tables import Table;
    //   o = np.array([[68,20,15,5],[119,84,54,29],[26,17,14,14],[7,94,10,16]]);
    //   r = st.chi2_contingency(o, correction=False); print(r.statistic, r.dof,
    //   r.pvalue, r.expected_freq[0,0], association(o, method='cramer'));
    //   print(Table(o, shift_zeros=False).standardized_resids)"
    let result = crosstab(&table(&HAIR_EYE)).unwrap();
    assert_eq!(result.n, 592.0);
    assert_eq!(result.df, 9);
    assert_rel(result.chi2.unwrap(), 138.28984162600824);
    assert_rel(result.p.unwrap(), 2.325286787098839e-25);
    assert_rel(result.cramers_v.unwrap(), 0.2790446233426584);
    assert_rel(result.expected[0][0], 40.13513513513514);
    assert_rel(result.expected[3][1], 46.123310810810814);
    assert_eq!(result.row_totals, vec![108.0, 286.0, 71.0, 127.0]);
    assert_eq!(result.column_totals, vec![220.0, 215.0, 93.0, 64.0]);
    assert_matrix(
        &result.adjusted_residuals,
        &[
            &[
                6.136519694576919,
                -4.253815523487681,
                -0.5750260610541543,
                -2.287896018114099,
            ],
            &[
                2.1642823793583545,
                -3.3978827881414575,
                2.0502162063604534,
                -0.508263013032478,
            ],
            &[
                -0.1008242160795024,
                -2.3110522586275706,
                0.9895117952252123,
                2.5765685959049227,
            ],
            &[
                -8.328248328850817,
                9.967550121154478,
                -2.7379769779580228,
                0.7320231857278575,
            ],
        ],
    );
    let flagged: Vec<(usize, usize)> = result.flagged.iter().map(|c| (c.row, c.column)).collect();
    assert_eq!(
        flagged,
        vec![
            (0, 0),
            (0, 1),
            (0, 3),
            (1, 0),
            (1, 1),
            (1, 2),
            (2, 1),
            (2, 3),
            (3, 0),
            (3, 1),
            (3, 2)
        ]
    );
    assert!(result.warnings.is_empty());
    assert!(result.dropped_rows.is_empty() && result.dropped_columns.is_empty());
}

#[test]
fn two_by_k_warns_about_sparse_expected_counts() {
    // python3 -c "import numpy as np, scipy.stats as st; from scipy.stats.contingency
    //   import association; from statsmodels.stats.contingency_tables import Table;
    //   o = np.array([[12,30,8,3,1],[40,61,35,20,9]]); r = st.chi2_contingency(o,
    //   correction=False); print(r.statistic, r.pvalue, association(o, method='cramer'),
    //   r.expected_freq); print(Table(o, shift_zeros=False).standardized_resids[0])"
    let result = crosstab(&table(&[
        &[12.0, 30.0, 8.0, 3.0, 1.0],
        &[40.0, 61.0, 35.0, 20.0, 9.0],
    ]))
    .unwrap();
    assert_eq!(result.df, 4);
    assert_rel(result.chi2.unwrap(), 7.126588006982342);
    assert_rel(result.p.unwrap(), 0.12934794319468962);
    assert_rel(result.cramers_v.unwrap(), 0.18039262110401805);
    let z = [
        -0.30282784297872206,
        2.4055692126320625,
        -1.0272295387779429,
        -1.365988734889303,
        -1.1008169162660955,
    ];
    assert_matrix(&result.adjusted_residuals[..1], &[&z]);
    assert_eq!(
        result.flagged,
        vec![
            CellIndex { row: 0, column: 1 },
            CellIndex { row: 1, column: 1 }
        ]
    );
    // Expected 2.47 in one cell of ten: not more than 20 %, no warning.
    assert!(result.warnings.is_empty());

    // python3 -c "import scipy.stats as st; r = st.chi2_contingency([[30,2],[1,25],[3,0]],
    //   correction=False); print(r.statistic, r.pvalue, r.expected_freq)"
    // 49.502440506116976 1.7810726049573626e-11, expected 1.67 and 1.33 in row 3
    let sparse = crosstab(&table(&[&[30.0, 2.0], &[1.0, 25.0], &[3.0, 0.0]])).unwrap();
    assert_rel(sparse.chi2.unwrap(), 49.502440506116976);
    assert_rel(sparse.p.unwrap(), 1.7810726049573626e-11);
    assert_eq!(
        sparse.warnings,
        vec![CrossTabWarning::SparseExpected {
            below_five: 2,
            cells: 6
        }]
    );
    let rare = crosstab(&table(&[&[30.0, 2.0], &[1.0, 25.0], &[1.0, 0.0]])).unwrap();
    assert!(
        rare.warnings
            .contains(&CrossTabWarning::ExpectedBelowOne { cells: 2 })
    );
}

#[test]
fn no_yates_correction() {
    // python3 -c "import scipy.stats as st; print(st.chi2_contingency([[12,30],[40,61]],
    //   correction=False).statistic, st.chi2_contingency([[12,30],[40,61]]).statistic)"
    // 1.5603152151949886 1.1199716272647673  (the second is Yates-corrected)
    let result = crosstab(&table(&[&[12.0, 30.0], &[40.0, 61.0]])).unwrap();
    assert_rel(result.chi2.unwrap(), 1.5603152151949886);
    assert!((result.chi2.unwrap() - 1.1199716272647673).abs() > 0.1);
    // python3 -c "import scipy.stats as st; print(st.chi2_contingency([[12,30],[40,61]],
    //   correction=False).pvalue)"
    assert_rel(result.p.unwrap(), 0.2116190726760304);
}

#[test]
fn empty_rows_and_columns_are_dropped_and_listed() {
    // The 3 × 3 table with an empty row 1 and an empty column 1 inserted;
    // python3 -c "import numpy as np, scipy.stats as st; from scipy.stats.contingency
    //   import association; from statsmodels.stats.contingency_tables import Table;
    //   o = np.array([[10,5,3],[4,12,9],[6,2,7]]); r = st.chi2_contingency(o,
    //   correction=False); print(r.statistic, r.dof, r.pvalue, association(o,
    //   method='cramer')); print(Table(o, shift_zeros=False).standardized_resids)"
    let result = crosstab(&table(&[
        &[10.0, 0.0, 5.0, 3.0],
        &[0.0, 0.0, 0.0, 0.0],
        &[4.0, 0.0, 12.0, 9.0],
        &[6.0, 0.0, 2.0, 7.0],
    ]))
    .unwrap();
    assert_eq!(
        (result.dropped_rows.clone(), result.dropped_columns.clone()),
        (vec![1], vec![1])
    );
    assert_eq!(result.df, 4);
    assert_rel(result.chi2.unwrap(), 10.952842105263157);
    assert_rel(result.p.unwrap(), 0.027099147706448914);
    assert_rel(result.cramers_v.unwrap(), 0.30728008824455083);
    assert_rel(result.adjusted_residuals[0][0].unwrap(), 2.2649761497782537);
    assert_rel(result.adjusted_residuals[3][3].unwrap(), 1.3329394013678488);
    assert_rel(
        result.adjusted_residuals[2][0].unwrap(),
        -2.5775970165224296,
    );
    assert_eq!(result.adjusted_residuals[1], vec![None; 4]);
    assert!(result.adjusted_residuals.iter().all(|row| row[1].is_none()));
    assert_eq!(result.expected[1], vec![0.0; 4]);
    // Expected 4.91 in 2 of the 9 tested cells, 22 % (the empty ones do not count).
    assert_eq!(
        result.warnings,
        vec![CrossTabWarning::SparseExpected {
            below_five: 2,
            cells: 9
        }]
    );
}

#[test]
fn degenerate_tables_have_no_test() {
    for observed in [
        table(&[&[3.0, 4.0], &[0.0, 0.0]]),
        table(&[&[3.0, 0.0], &[4.0, 0.0]]),
        table(&[&[0.0, 0.0], &[0.0, 0.0]]),
        table(&[&[5.0]]),
        Vec::new(),
    ] {
        let result = crosstab(&observed).unwrap();
        assert_eq!(
            (result.chi2, result.p, result.cramers_v),
            (None, None, None)
        );
        assert_eq!(result.df, 0);
        assert!(result.flagged.is_empty());
        assert!(
            result
                .adjusted_residuals
                .iter()
                .flatten()
                .all(Option::is_none)
        );
        assert!(matches!(
            result.warnings[..],
            [CrossTabWarning::NotTestable { .. }]
        ));
    }
}

#[test]
fn malformed_input_is_an_error() {
    let ragged = crosstab(&table(&[&[1.0, 2.0], &[3.0]]));
    assert_eq!(
        ragged,
        Err(CrossTabError::Ragged {
            row: 1,
            found: 1,
            expected: 2
        })
    );
    assert!(crosstab(&table(&[&[1.0, -2.0], &[3.0, 4.0]])).is_err());
    assert!(crosstab(&table(&[&[1.0, f64::NAN], &[3.0, 4.0]])).is_err());
}
