//! The command line, run as a user runs it: the real binary, its stdout,
//! stderr and exit code.

use std::process::{Command, Output};

pub fn storylens(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_storylens"))
        .args(args)
        .output()
        .expect("the storylens binary runs")
}

pub fn stdout_json(output: &Output) -> serde_json::Value {
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

fn fixtures() -> Option<std::path::PathBuf> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/fixtures");
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!("skipping: ../shared/fixtures not found");
        None
    }
}

#[test]
fn inspect_a_sensemaker_export_names_layout_questions_and_warnings() {
    let Some(dir) = fixtures() else { return };
    let data = dir.join("sensemaker-ademo/ADemo_Data.csv");
    let json = stdout_json(&storylens(&["inspect", data.to_str().unwrap(), "--json"]));
    assert_eq!(json["stories"], 129);
    assert_eq!(json["layout"], "sensemaker_raw");
    let questions = json["questions"].as_array().unwrap();
    assert!(
        questions
            .iter()
            .any(|q| q["kind"] == "triad" && q["corners"].as_array().unwrap().len() == 3)
    );
    assert!(questions.iter().all(|q| q["columns"].is_array()));
    let warnings = json["warnings"].as_array().unwrap();
    assert!(
        warnings
            .iter()
            .all(|w| w["column"].is_string() && w["rows"].is_array() && w["message"].is_string())
    );
}

#[test]
fn chart_compares_a_selection_with_the_whole_set() {
    let json = stdout_json(&storylens(&[
        "chart",
        "--demo",
        "--question",
        "Grootste invloed 1",
        "--by",
        "Grootste invloed 2",
        "--select",
        "\"Voorbeeld van goed onderwijs\" >= 70",
        "--json",
    ]));
    assert_eq!(json["whole"]["chart"], "cross_tab");
    let whole = json["whole"]["stories"].as_u64().unwrap();
    let selected = json["selection"]["stories"].as_u64().unwrap();
    assert_eq!(whole, 2000);
    assert!(selected > 300 && selected < 700, "{selected}");
    assert!(json["comparison"]["changed_cells"].as_array().is_some());

    let vs_rest = stdout_json(&storylens(&[
        "chart",
        "--demo",
        "--question",
        "Uw rolsoort",
        "--select",
        "\"Voorbeeld van goed onderwijs\" >= 70",
        "--vs-rest",
        "--json",
    ]));
    assert_eq!(
        vs_rest["whole"]["stories"].as_u64().unwrap(),
        2000 - selected
    );
    assert_eq!(vs_rest["comparison"]["test"]["test"], "chi2");
}

#[test]
fn a_bad_selection_points_at_the_column_of_the_mistake() {
    let output = storylens(&[
        "chart",
        "--demo",
        "--question",
        "Gevoel",
        "--select",
        "\"Uw rolsoort\" = ouder",
    ]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("column 17"), "{stderr}");
}

#[test]
fn inspect_an_unreadable_file_names_it_and_exits_1() {
    let dir = std::env::temp_dir().join(format!("storylens-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("kapot.xlsx");
    std::fs::write(&path, b"this is not a workbook").unwrap();
    let output = storylens(&["inspect", path.to_str().unwrap(), "--json"]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("kapot.xlsx"), "{stderr}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_reader_that_stops_early_is_no_error() {
    use std::io::Read as _;
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_storylens"))
        .args([
            "chart",
            "--demo",
            "--question",
            "Wie was aan zet?",
            "--json",
        ])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 16];
    child.stdout.take().unwrap().read_exact(&mut first).unwrap();
    // The pipe is closed here, as `| head -c 16` does.
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(output.status.success(), "{stderr}");
}

#[test]
fn a_selection_starting_with_a_hyphen_is_a_selection_not_an_option() {
    // Issue 15 item 8: clap took `-x` for an unknown option (exit 2).
    let output = storylens(&["chart", "--demo", "--question", "Gevoel", "--select", "-x"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert_eq!(
        stderr.trim(),
        "storylens: The selection \"-x\" is not valid at column 1: unexpected character '-': put text in \
         double quotes and join conditions with and, or and not."
    );
    let dutch = storylens(&[
        "chart",
        "--demo",
        "--question",
        "Gevoel",
        "--select",
        "voorbeeld_goed_onderwijs in [100, 0]",
        "--language",
        "nl",
    ]);
    assert_eq!(
        String::from_utf8_lossy(&dutch.stderr).trim(),
        "storylens: De selectie \"voorbeeld_goed_onderwijs in [100, 0]\" is niet geldig op kolom 29: het \
         interval loopt van 100 terug naar 0 en bevat dus niets: zet de kleinste grens eerst."
    );
}

/// SenseMaker stones: `chart --json` gives each stone's n, mean and spread
/// (checked against pandas), and `--svg` draws the canvas with one dot per
/// placement and a key row per stone.
#[test]
fn chart_of_a_stones_question_counts_and_draws_each_stone() {
    let Some(dir) = fixtures() else { return };
    let data = dir.join("sensemaker-ademo/ADemo_Data.csv");
    let definition = dir.join("sensemaker-ademo/ADemo_Definition.json");
    let question = "Topic marker indicating the level of risk";
    let base = [
        "chart",
        data.to_str().unwrap(),
        "--definition",
        definition.to_str().unwrap(),
        "--question",
        question,
    ];
    let json = stdout_json(&storylens(&[&base[..], &["--json"]].concat()));
    assert_eq!(json["whole"]["chart"], "stones");
    let stones = json["whole"]["stones"].as_array().unwrap();
    // pandas: c = df[stone + "_percentX"]; c.notna().sum(), c.mean() * 100,
    // c.std() * 100 (ddof 1), and the same for percentY.
    let expected = [
        (
            "1. People",
            124,
            [51.496453, 67.663233],
            [27.696892, 25.613721],
        ),
        (
            "2. Productivity",
            91,
            [54.861862, 62.465801],
            [22.102468, 19.542035],
        ),
        (
            "3. Company property",
            52,
            [42.158296, 53.862096],
            [22.665225, 24.519983],
        ),
    ];
    assert_eq!(stones.len(), expected.len());
    for (stone, (label, n, mean, sd)) in stones.iter().zip(expected) {
        assert_eq!(stone["label"], label);
        assert_eq!(stone["n"], n);
        for axis in 0..2 {
            let got = stone["mean"][axis].as_f64().unwrap();
            assert!(
                (got - mean[axis]).abs() < 1e-5,
                "{label} mean {axis}: {got}"
            );
            let got = stone["sd"][axis].as_f64().unwrap();
            assert!((got - sd[axis]).abs() < 1e-5, "{label} sd {axis}: {got}");
        }
    }

    let out = tempfile::tempdir().unwrap();
    let svg_path = out.path().join("stenen.svg");
    let _ = storylens(&[&base[..], &["--svg", svg_path.to_str().unwrap()]].concat());
    let svg = std::fs::read_to_string(&svg_path).unwrap();
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let texts: Vec<String> = doc
        .descendants()
        .filter(|n| n.has_tag_name("text"))
        .map(|n| n.children().filter_map(|d| d.text()).collect())
        .collect();
    for (label, ..) in expected {
        assert!(
            texts.iter().any(|t| t == label),
            "no key row {label}: {texts:?}"
        );
    }
    // One dot per placement, plus a mean dot per stone and a key dot per
    // stone (267 + 3 + 3).
    let circles = doc
        .descendants()
        .filter(|n| n.has_tag_name("circle"))
        .count();
    assert_eq!(circles, 124 + 91 + 52 + 3 + 3);
}

/// Errors (issue 13, item 8): English by default; a command whose
/// `--language` is also the language of its mistakes says them in it.
#[test]
fn errors_follow_the_language_of_mistakes() {
    let stderr = |args: &[&str]| {
        let output = storylens(args);
        assert_eq!(output.status.code(), Some(1));
        String::from_utf8_lossy(&output.stderr).into_owned()
    };
    let chart = ["chart", "--demo", "--question", "Nope", "--json"];
    assert!(
        stderr(&chart).starts_with("storylens: There is no question \"Nope\" in this survey"),
        "{}",
        stderr(&chart)
    );
    let dutch = stderr(&[&chart[..], &["--language", "nl"]].concat());
    assert!(
        dutch.starts_with("storylens: Er is geen vraag \"Nope\" in deze enquête"),
        "{dutch}"
    );
    let stories = stderr(&[
        "stories",
        "/no/such/export.csv",
        "--json",
        "--language",
        "nl",
    ]);
    assert!(
        stories.starts_with(
            "storylens: Kan \"/no/such/export.csv\" niet lezen: het bestand bestaat niet"
        ),
        "{stories}"
    );
}
