//! `storylens stories`: every story with every answer, as a user runs it.

use crate::cli::{stdout_json, storylens};

fn json(args: &[&str]) -> serde_json::Value {
    stdout_json(&storylens(args))
}

#[test]
fn the_demo_stories_come_out_keyed_by_question_title() {
    let all = json(&["stories", "--demo", "--json"]);
    assert_eq!(all["stories"], 2000);
    let selected = json(&[
        "stories",
        "--demo",
        "--select",
        "\"Voorbeeld van goed onderwijs\" >= 70",
    ]);
    assert_eq!(selected["stories"], 447);
    let rows = selected["rows"].as_array().unwrap();
    assert_eq!(rows.len(), 447);
    let questions = selected["questions"].as_array().unwrap();
    for row in rows {
        assert!(row["id"].as_str().unwrap().starts_with('V'));
        for title in questions {
            assert!(
                row.get(title.as_str().unwrap()).is_some(),
                "{title} missing"
            );
        }
        assert!(row["Voorbeeld van goed onderwijs"].as_f64().unwrap() >= 70.0);
        assert!(row["Gevoel"].is_array(), "multiple choice is a list");
        // A triad is its corners' percents, or {"not_applicable": true}.
        let triad = row["Wie was aan zet?"].as_object();
        if let Some(corners) = triad.filter(|c| !c.contains_key("not_applicable")) {
            let sum: f64 = corners.values().map(|v| v.as_f64().unwrap()).sum();
            assert!((sum - 100.0).abs() < 1e-6, "{corners:?}");
        }
    }
}

#[test]
fn text_comes_out_as_imported_in_json_and_neutralised_in_tables() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("verhalen.csv");
    std::fs::write(
        &data,
        "Titel,Verhaal,Rol\n\
         \"  rondom \",\"=SOM(A1) en verder\",ouder\n\
         Tweede,Gewoon een verhaal,leraar\n",
    )
    .unwrap();
    let data = data.to_str().unwrap();
    let out = json(&["stories", data]);
    assert_eq!(out["stories"], 2);
    let first = &out["rows"][0];
    assert_eq!(first["Titel"], "  rondom ");
    assert_eq!(first["Verhaal"], "=SOM(A1) en verder");
    assert_eq!(first["Rol"], "ouder");

    let csv = dir.path().join("tabel.csv");
    let output = storylens(&["stories", data, "--csv", csv.to_str().unwrap()]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let text = std::fs::read_to_string(&csv).unwrap();
    assert!(text.contains("'=SOM(A1) en verder"), "{text}");

    let xlsx = dir.path().join("tabel.xlsx");
    let output = storylens(&["stories", data, "--xlsx", xlsx.to_str().unwrap()]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    use calamine::Reader;
    let mut workbook: calamine::Xlsx<_> = calamine::open_workbook(&xlsx).unwrap();
    let range = workbook.worksheet_range_at(0).unwrap().unwrap();
    assert_eq!(range.height(), 3, "header and two stories");
}
