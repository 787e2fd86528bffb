//! The command line, run as a user runs it: the real binary, its stdout,
//! stderr and exit code.

use std::process::{Command, Output};

fn storylens(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_storylens"))
        .args(args)
        .output()
        .expect("the storylens binary runs")
}

fn stdout_json(output: &Output) -> serde_json::Value {
    assert!(
        output.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("stdout is JSON")
}

#[test]
fn version_names_the_program() {
    let output = storylens(&["--version"]);
    assert!(output.status.success());
    assert_eq!(
        String::from_utf8_lossy(&output.stdout).trim(),
        format!("storylens {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn inspect_demo_lists_every_question_with_its_labels() {
    let json = stdout_json(&storylens(&["inspect", "--demo", "--json"]));
    assert_eq!(json["stories"], 2000);
    let questions = json["questions"].as_array().unwrap();
    assert_eq!(questions.len(), 16);
    let find = |title: &str| questions.iter().find(|q| q["title"] == title).unwrap();
    assert_eq!(find("Gevoel")["kind"], "multi");
    assert_eq!(find("Gevoel")["options"].as_array().unwrap().len(), 12);
    assert_eq!(find("Gevolgen voor het kind")["kind"], "single");
    assert_eq!(find("Gevolgen voor het kind")["ordinal"], true);
    assert_eq!(
        find("De manier waarop")["poles"],
        serde_json::json!(["onacceptabel", "perfect"])
    );
    assert_eq!(
        find("Wie was aan zet?")["corners"],
        serde_json::json!(["het kind", "de school", "de ouders"])
    );
    assert_eq!(find("Ervaring")["kind"], "text");
    assert_eq!(find("Datum")["kind"], "date");
}

#[test]
fn inspect_missing_file_says_so_in_one_sentence_and_exits_1() {
    let output = storylens(&["inspect", "/no/such/export.xlsx"]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.contains("/no/such/export.xlsx") && stderr.contains("does not exist"),
        "{stderr}"
    );
    assert!(output.stdout.is_empty());
}

#[test]
fn bad_usage_exits_2() {
    let output = storylens(&["inspect", "--no-such-flag"]);
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn chart_json_of_a_slider_holds_bins_that_sum_to_n() {
    let json = stdout_json(&storylens(&[
        "chart",
        "--demo",
        "--question",
        "Voorbeeld van goed onderwijs",
        "--json",
    ]));
    assert_eq!(json["kind"], "slider");
    let whole = &json["whole"];
    let counts: u64 = whole["counts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_u64().unwrap())
        .sum();
    assert_eq!(counts, whole["n"].as_u64().unwrap());
    assert_eq!(whole["edges"].as_array().unwrap().len(), 11);
    assert!(whole["mean"].as_f64().unwrap() > 0.0);
    assert!(json["selection"].is_null());
}

#[test]
fn chart_of_an_unknown_question_exits_1_with_a_hint() {
    let output = storylens(&["chart", "--demo", "--question", "Nope", "--json"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("storylens inspect"));
}
