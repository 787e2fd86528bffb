//! `storylens differences`, `storylens crosstabs` and the cross-tab cell
//! tests of `chart --json`, run as a user runs them.

use crate::cli::{stdout_json, storylens};

const GOOD: &str = "\"Voorbeeld van goed onderwijs\" >= 70";

fn close(actual: &serde_json::Value, expected: f64) -> bool {
    let actual = actual.as_f64().unwrap();
    ((actual - expected) / expected).abs() < 1e-9
}

#[test]
fn differences_lists_every_question_ranked_by_effect_with_a_line() {
    let json = stdout_json(&storylens(&[
        "differences",
        "--demo",
        "--select",
        GOOD,
        "--json",
    ]));
    assert_eq!(json["n_selection"], 447);
    assert_eq!(json["n_rest"], 1553);
    assert_eq!(json["against"], "rest");
    let tests = json["tests"].as_array().unwrap();
    let effects: Vec<f64> = tests
        .iter()
        .map(|t| t["effect"].as_f64().unwrap().abs())
        .collect();
    assert!(effects.windows(2).all(|w| w[0] >= w[1]), "{effects:?}");
    for test in tests {
        for field in [
            "question",
            "kind",
            "test",
            "statistic",
            "p",
            "q",
            "effect",
            "effect_name",
            "detail",
            "line",
        ] {
            assert!(!test[field].is_null(), "{field} in {test}");
        }
        assert!(test["q"].as_f64() >= test["p"].as_f64(), "{test}");
    }
    let first = &tests[0];
    assert_eq!(first["question"], "De manier waarop");
    assert_eq!(first["test"], "mann_whitney");
    assert_eq!(first["effect_name"], "rank_biserial");
    assert_eq!(first["line"], "more towards perfect (median 75 vs 27)");
    let gevoel = tests.iter().find(|t| t["question"] == "Gevoel").unwrap();
    assert_eq!(gevoel["detail"]["option"], "tevredenheid");
    assert_eq!(gevoel["detail"]["options_tested"], 12);
    let triad = tests
        .iter()
        .find(|t| t["question"] == "Wie was aan zet?")
        .unwrap();
    assert_eq!(triad["df"], serde_json::json!([2, 1925]));
    let skipped = json["skipped"].as_array().unwrap();
    assert!(
        skipped
            .iter()
            .any(|s| s["question"] == "Voorbeeld van goed onderwijs"
                && s["reason"] == "defines_selection")
    );
}

#[test]
fn differences_within_a_baseline_and_in_dutch() {
    let json = stdout_json(&storylens(&[
        "differences",
        "--demo",
        "--baseline",
        "\"Uw rolsoort\" = \"ouder/verzorger\"",
        "--select",
        "\"Uw rolsoort\" = \"ouder/verzorger\" and \"Voorbeeld van goed onderwijs\" >= 70",
        "--language",
        "nl",
    ]));
    // Parents: 749; of them 173 rated their story 70 or more.
    assert_eq!(
        (json["n_selection"].as_u64(), json["n_rest"].as_u64()),
        (Some(173), Some(576))
    );
    assert_eq!(
        json["tests"][0]["line"],
        "meer naar perfect (mediaan 77 tegen 25)"
    );
}

#[test]
fn a_bad_selection_is_one_sentence_and_exit_1() {
    let output = storylens(&["differences", "--demo", "--select", "\"Regio\" = Utrecht"]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("not valid at column"), "{stderr}");
    let output = storylens(&["differences", "--demo"]);
    assert_eq!(output.status.code(), Some(2), "--select is required");
}

#[test]
fn crosstabs_ranks_every_pair_of_choice_questions() {
    let json = stdout_json(&storylens(&["crosstabs", "--demo", "--json"]));
    assert_eq!(json["stories"], 2000);
    let pairs = json["pairs"].as_array().unwrap();
    assert_eq!(pairs.len(), 36);
    assert_eq!(
        (pairs[0]["question"].as_str(), pairs[0]["by"].as_str()),
        (Some("Gevoel"), Some("Gevolgen voor het kind"))
    );
    assert_eq!(pairs[0]["test"], "chi2_per_option");
    let v: Vec<f64> = pairs
        .iter()
        .map(|p| p["cramers_v"].as_f64().unwrap())
        .collect();
    assert!(v.windows(2).all(|w| w[0] >= w[1]));
    let parents = stdout_json(&storylens(&[
        "crosstabs",
        "--demo",
        "--select",
        "\"Uw rolsoort\" = \"ouder/verzorger\"",
    ]));
    assert_eq!(parents["stories"], 749);
}

#[test]
fn chart_json_gives_each_cross_tab_cell_its_p_and_holm_p() {
    let json = stdout_json(&storylens(&[
        "chart",
        "--demo",
        "--question",
        "Heeft te maken met",
        "--by",
        "Uw rolsoort",
        "--json",
    ]));
    let whole = &json["whole"];
    assert_eq!(
        whole["observed"][0],
        serde_json::json!([76, 22, 37, 18, 8, 18])
    );
    // python3 -c "import numpy as np; from scipy import stats
    //   from statsmodels.stats.contingency_tables import Table
    //   from statsmodels.stats.multitest import multipletests
    //   o=np.array([[76,22,37,18,8,18],[335,72,147,86,34,119],[41,3,189,47,46,17],
    //               [294,28,122,59,56,92]],float)
    //   z=Table(o,shift_zeros=False).standardized_resids; p=2*stats.norm.sf(np.abs(z))
    //   h=multipletests(p.ravel(),method='holm')[1].reshape(p.shape)
    //   print([float(x) for x in p[0]]); print([float(x) for x in h[0]])"
    let p = [
        0.1918434130144413,
        0.0006452504762490533,
        0.145005452528839,
        0.7761947736700586,
        0.12407387950726702,
        0.29739087723676905,
    ];
    let holm = [
        0.9925910360581361,
        0.009033506667486747,
        0.9925910360581361,
        1.0,
        0.9925910360581361,
        0.9925910360581361,
    ];
    for j in 0..6 {
        assert!(
            close(&whole["cell_p"][0][j], p[j]),
            "{}",
            whole["cell_p"][0]
        );
        assert!(
            close(&whole["cell_p_holm"][0][j], holm[j]),
            "{}",
            whole["cell_p_holm"][0]
        );
    }
    assert_eq!(whole["cell_p"].as_array().unwrap().len(), 4);
}
