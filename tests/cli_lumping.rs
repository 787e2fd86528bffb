//! `chart --merge/--rename/--hide`: display lumping on the command line.

use crate::cli::{stdout_json, storylens};

fn numbers(value: &serde_json::Value) -> Vec<u64> {
    value
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_u64().unwrap())
        .collect()
}

#[test]
fn chart_merges_renames_and_hides_options_and_says_so() {
    let roles = ["chart", "--demo", "--question", "Uw rolsoort", "--json"];
    let plain = stdout_json(&storylens(&roles));
    let c = numbers(&plain["whole"]["counts"]);
    let mut args = roles.to_vec();
    args.extend([
        "--merge",
        "gezin=ouder/verzorger, leerling/jongere",
        "--rename",
        "leraar=leerkracht",
        "--hide",
        "Schooldirectie",
    ]);
    let json = stdout_json(&storylens(&args));
    let labels: Vec<&str> = json["whole"]["labels"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l.as_str().unwrap())
        .collect();
    assert_eq!(
        labels,
        [
            "gezin",
            "leerkracht",
            "intern begeleider/zorgcoördinator",
            "professional buiten de school"
        ]
    );
    assert_eq!(
        numbers(&json["whole"]["counts"]),
        [c[0] + c[1], c[2], c[3], c[5]]
    );
    assert_eq!(
        json["whole"]["n"].as_u64().unwrap(),
        plain["whole"]["n"].as_u64().unwrap() - c[4]
    );
    let note = &json["lumping"][0];
    assert_eq!(note["hidden"][0], "schooldirectie");
    assert_eq!(note["merged"][0][1], "gezin");
    assert!(plain.get("lumping").is_none(), "absent without lumping");
}

#[test]
fn a_lumped_cross_tab_is_tested_on_the_lumped_table() {
    let json = stdout_json(&storylens(&[
        "chart",
        "--demo",
        "--question",
        "Heeft te maken met",
        "--by",
        "Onderwijssoort",
        "--merge",
        "speciaal=SO,VSO",
        "--hide",
        "systeem",
        "--json",
    ]));
    // The same table as the unit test's, merged by hand and checked with
    // SciPy's chi2_contingency there: χ² = 6.230289354566222, df = 6.
    let chi2 = json["whole"]["chi2"].as_f64().unwrap();
    assert!((chi2 - 6.230289354566222).abs() < 1e-9 * chi2);
    assert_eq!(json["whole"]["df"], 6);
    assert_eq!(json["by"]["options"][1], "speciaal");
}

#[test]
fn an_unknown_option_or_a_merge_without_a_name_is_one_sentence() {
    let base = ["chart", "--demo", "--question", "Uw rolsoort", "--json"];
    let run = |extra: &[&str]| {
        let mut args = base.to_vec();
        args.extend_from_slice(extra);
        let output = storylens(&args);
        assert_eq!(output.status.code(), Some(1));
        String::from_utf8_lossy(&output.stderr).into_owned()
    };
    let unknown = run(&["--hide", "weet niet"]);
    assert!(
        unknown.contains("\"weet niet\" is not an option of \"Uw rolsoort\"")
            && unknown.contains("\"ouder/verzorger\""),
        "{unknown}"
    );
    let no_name = run(&["--merge", "leraar,schooldirectie"]);
    assert!(no_name.contains("has no '='"), "{no_name}");
    let one = run(&["--merge", "x=leraar"]);
    assert!(one.contains("fewer than two options"), "{one}");
    let slider = storylens(&[
        "chart",
        "--demo",
        "--question",
        "Voorbeeld van goed onderwijs",
        "--hide",
        "x",
    ]);
    assert_eq!(slider.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&slider.stderr).contains("not one; split by"));
}
