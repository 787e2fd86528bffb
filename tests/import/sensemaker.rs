//! SenseMaker raw and Workbench exports from `../shared/fixtures`, with and
//! without the framework definition.

use std::path::PathBuf;

use storylens::import::{ImportOptions, Layout, import_path};
use storylens::model::{Column, Presence, QuestionKind, TextRole};

use super::helpers::*;

fn ademo(name: &str) -> Option<PathBuf> {
    Some(fixtures()?.join("sensemaker-ademo").join(name))
}

/// The checks both ADemo exports must pass: 129 stories and every
/// signifier with its kind and title from the definition.
fn assert_ademo_codebook(d: &storylens::model::Dataset) {
    assert_eq!(d.len(), 129, "{}", summary(d));
    assert_eq!(d.story_ids()[0].0, "c9a49500-806b-11eb-81ea-0242ac110003");
    let triad = question(d, "Influences on this situation were...").0;
    assert_eq!(
        triad.kind,
        QuestionKind::Triad {
            top: "quality demands".into(),
            left: "schedule pressures".into(),
            right: "resource tensions".into()
        }
    );
    assert_eq!(triad.id.as_str(), "dee85953-7226-45c5-9add-c146e5f4096f");
    for title in [
        "Attention or improvement was needed on...",
        "This situation reflects how our company...",
        "Work tasks in this situation were done…",
        "Pressure in this situation was...",
    ] {
        assert_eq!(kind_of(d, title), "triad", "{title}");
    }
    assert_eq!(
        question(d, "This situation was...").0.kind,
        QuestionKind::Slider {
            left: "heavily micro-managed".into(),
            right: "not given any guidance or direction".into()
        }
    );
    assert_eq!(kind_of(d, "In this situation people had to..."), "slider");
    assert_eq!(kind_of(d, "Peoples' attitudes were..."), "slider");
    let QuestionKind::Stones { stones, .. } =
        &question(d, "Topic marker indicating the level of risk")
            .0
            .kind
    else {
        panic!("not stones")
    };
    assert_eq!(
        stones,
        &["1. People", "2. Productivity", "3. Company property"]
    );
    let feel = options(d, "This experience makes you feel (pick up to 3):");
    assert_eq!(
        kind_of(d, "This experience makes you feel (pick up to 3):"),
        "multi"
    );
    assert_eq!(feel.len(), 15);
    assert_eq!(feel[..3], ["glad", "angry", "excited"]);
    assert_eq!(
        options(d, "Gender?"),
        ["Female", "Male", "Other", "Prefer not to say"]
    );
    assert_eq!(
        options(d, "Overall would you say this is...")[0],
        "strongly positive"
    );
    assert_eq!(
        options(
            d,
            "Every day, or a few times a week, share ONE situation at work that either:"
        ),
        [
            "worried or concerned you, OR",
            "gave you confidence in how work is being done."
        ]
    );
    assert_eq!(
        question(d, "Briefly describe what happened:").0.kind,
        QuestionKind::Text {
            role: TextRole::Story
        }
    );
    assert!(d.text(TextRole::Story, 0).is_some_and(|t| t.len() > 40));
    assert_eq!(kind_of(d, "server_upload_time"), "date");
    // 2015-06-23 is day 16,609 since 1970.
    assert!(
        numbers(d, "server_upload_time")
            .iter()
            .any(|&v| v.floor() == 16_609.0)
    );
}

#[test]
fn ademo_raw_with_definition_beside() {
    let Some(path) = ademo("ADemo_Data.csv") else {
        return;
    };
    let imported = import(&path);
    assert_eq!(imported.layout, Layout::SensemakerRaw);
    let d = &imported.dataset;
    assert_ademo_codebook(d);
    // Triad weights sum to 1; "not applicable" is kept apart from missing.
    let (_, column) = question(d, "Influences on this situation were...");
    let Column::Triad(triad) = column else {
        panic!()
    };
    let answered: Vec<usize> = (0..d.len()).filter(|&r| triad.get(r).is_some()).collect();
    assert!(answered.len() > 100);
    for &row in &answered {
        let sum: f64 = triad.get(row).unwrap().iter().sum();
        assert!((sum - 1.0).abs() < 1e-9);
    }
    assert!((0..d.len()).any(|r| column.presence(r) == Presence::NotApplicable));
    // The one negative weight in the export is reported with its row.
    assert!(imported.warnings.iter().any(|w| {
        w.column == "Influences on this situation were..."
            && w.message().starts_with("negative")
            && w.rows == [88]
    }));
    // An answer that is not an item of the list is kept and reported.
    assert!(
        options(d, "How long have you worked for this company?").contains(&"1_2years".to_owned())
    );
    assert!(
        imported
            .warnings
            .iter()
            .any(|w| w.message().contains("\"1_2years\"") && w.rows.len() == 1)
    );
}

#[test]
fn ademo_workbench_processed() {
    let Some(path) = ademo("ADemo_Workbench_Processed.csv") else {
        return;
    };
    let imported = import(&path);
    assert_eq!(imported.layout, Layout::SensemakerWorkbench);
    let d = &imported.dataset;
    assert_ademo_codebook(d);
    assert_eq!(
        kind_of(d, "Influences on this situation were... (zone)"),
        "single"
    );
    assert!(
        options(d, "Influences on this situation were... (zone)").contains(&"Centre".to_owned())
    );
    // Workbench anchors are percentages; they are read as fractions.
    let Column::Triad(triad) = question(d, "Pressure in this situation was...").1 else {
        panic!()
    };
    let row = (0..d.len()).find(|&r| triad.get(r).is_some()).unwrap();
    assert!((triad.get(row).unwrap().iter().sum::<f64>() - 1.0).abs() < 1e-9);
}

#[test]
fn explicit_definition_option_and_missing_definition() {
    let Some(data) = ademo("ADemo_Data.csv") else {
        return;
    };
    let scratch = Scratch::new();
    let copy = scratch.write("export.csv", std::fs::read(&data).unwrap());
    let bare = import(&copy);
    assert_eq!(bare.dataset.len(), 129);
    assert!(
        bare.warnings
            .iter()
            .any(|w| w.message().contains("\"export_Definition.json\""))
    );
    assert_eq!(
        kind_of(&bare.dataset, "dee85953-7226-45c5-9add-c146e5f4096f"),
        "triad"
    );
    assert_eq!(
        kind_of(&bare.dataset, "b662e7f4-41b0-4525-8685-26c2a685d67d"),
        "slider"
    );
    assert_eq!(
        kind_of(&bare.dataset, "7e8de9fa-1eac-4aef-95a8-7565e907eaeb"),
        "single"
    );
    assert_eq!(
        kind_of(&bare.dataset, "e533b24f-1ac4-4506-8b10-0b1169cc7282"),
        "multi"
    );

    let options = ImportOptions {
        definition: ademo("ADemo_Definition.json"),
        sheet: None,
    };
    let resolved = import_path(&copy, &options).unwrap();
    assert_ademo_codebook(&resolved.dataset);
}
