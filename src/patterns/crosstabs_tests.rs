//! Tests of the cross-tab ranking: each pair is the chart's own χ² test, ranked
//! by V with Benjamini–Hochberg q.

use super::*;
use crate::charts::{ChartSpec, PanelKind, Populations, compute};
use crate::demo::{demo_dataset, ids};
use crate::stats::multitest::benjamini_hochberg;

fn pair<'a>(result: &'a CrossTabs, a: &str, b: &str) -> &'a CrossTabPair {
    result
        .pairs
        .iter()
        .find(|p| p.question_id.as_str() == a && p.by_id.as_str() == b)
        .unwrap_or_else(|| panic!("{a} × {b}"))
}

/// The cross-tab chart of the pair (its statistics are checked against
/// SciPy in `charts::pair_tests` and `stats::crosstab`).
fn chart_table(dataset: &Dataset, a: &str, b: &str) -> crate::charts::CrossTabData {
    let spec = ChartSpec::pair(QuestionId::new(a), QuestionId::new(b));
    let data = compute(&spec, dataset, &Populations::all(dataset)).unwrap();
    match data.whole.chart {
        PanelKind::CrossTab(table) => table,
        other => panic!("{other:?}"),
    }
}

#[test]
fn every_pair_is_the_charts_test_ranked_by_v_with_bh_q() {
    let dataset = demo_dataset();
    let result = crosstabs(&dataset, &dataset.all());
    // 8 single and 1 multiple choice question: 36 pairs.
    assert_eq!(result.pairs.len(), 36);
    assert_eq!(result.stories, 2000);
    let single = pair(&result, ids::HEEFT_TE_MAKEN_MET, ids::ROLSOORT);
    let table = chart_table(&dataset, ids::HEEFT_TE_MAKEN_MET, ids::ROLSOORT);
    assert_eq!(single.test, PairTest::Chi2);
    assert_eq!(Some(single.chi2), table.chi2);
    assert_eq!(Some(single.p), table.p);
    assert_eq!(Some(single.cramers_v), table.cramers_v);
    assert_eq!(single.df, table.df);
    assert_eq!((single.tables, single.option.as_deref()), (1, None));
    // Multiple × single: the strongest option's own table, Bonferroni × 12.
    let multi = pair(&result, ids::GEVOEL, ids::GEVOLGEN);
    let table = chart_table(&dataset, ids::GEVOEL, ids::GEVOLGEN);
    let strongest = table
        .option_tests
        .iter()
        .max_by(|a, b| a.chi2.unwrap().total_cmp(&b.chi2.unwrap()))
        .unwrap();
    assert_eq!(multi.test, PairTest::Chi2PerOption);
    assert_eq!(multi.option.as_deref(), Some(strongest.label.as_str()));
    assert_eq!(Some(multi.chi2), strongest.chi2);
    assert_eq!(multi.tables, 12);
    assert!((multi.p - (strongest.p.unwrap() * 12.0).min(1.0)).abs() <= 1e-12 * multi.p);
    let v = (multi.chi2 / multi.n as f64).sqrt();
    assert!((multi.cramers_v - v).abs() < 1e-12, "{multi:?}");
    // The seed's first perspective: the feeling goes with the consequences.
    assert_eq!(result.pairs[0].question_id.as_str(), ids::GEVOEL);
    assert_eq!(result.pairs[0].by_id.as_str(), ids::GEVOLGEN);
    // Ranked by V; q is Benjamini–Hochberg of the p's.
    assert!(
        result
            .pairs
            .windows(2)
            .all(|w| w[0].cramers_v >= w[1].cramers_v)
    );
    let q = benjamini_hochberg(&result.pairs.iter().map(|p| p.p).collect::<Vec<_>>());
    for (pair, q) in result.pairs.iter().zip(q) {
        assert_eq!(pair.q, q);
        assert!(pair.q >= pair.p);
    }
}

#[test]
fn a_population_narrows_every_table() {
    let dataset = demo_dataset();
    let parents = crate::model::Filter::options(ids::ROLSOORT, ["ouder/verzorger"])
        .evaluate(&dataset)
        .unwrap();
    let result = crosstabs(&dataset, &parents);
    assert_eq!(result.stories, parents.count());
    // Within parents the role has one option left: its pairs cannot be tested.
    assert!(
        result
            .pairs
            .iter()
            .all(|p| p.question_id.as_str() != ids::ROLSOORT && p.by_id.as_str() != ids::ROLSOORT)
    );
    assert!(result.pairs.iter().all(|p| p.n <= parents.count()));
}
