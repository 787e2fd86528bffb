//! The stones chart of SenseMaker's ADemo export (`../shared/fixtures`):
//! drawn on screen from the export scene, compared side by side, and a
//! click on a stone's key row lists the stories that placed that stone.

use std::sync::Arc;

use egui_kittest::kittest::Queryable;
use storylens::charts::PanelKind;
use storylens::i18n::Language;
use storylens::import::{ImportOptions, import_path};
use storylens::model::{Filter, QuestionKind};
use storylens::project::{Project, SourceRef};
use storylens::ui::{Command, Settings, Source, StorylensApp};

const STONES: &str = "Topic marker indicating the level of risk";

fn ademo_app() -> Option<StorylensApp> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/fixtures/sensemaker-ademo");
    if !dir.is_dir() {
        eprintln!("skipping: ../shared/fixtures not found");
        return None;
    }
    let options = ImportOptions {
        definition: Some(dir.join("ADemo_Definition.json")),
        ..ImportOptions::default()
    };
    let imported = import_path(&dir.join("ADemo_Data.csv"), &options).unwrap();
    Some(StorylensApp::new(
        Arc::new(imported.dataset),
        Source::Demo,
        Project::new("ADemo", SourceRef::Demo),
        Settings::default(),
    ))
}

#[test]
fn the_stones_chart_draws_compares_and_a_stone_opens_its_stories() {
    let Some(app) = ademo_app() else { return };
    let mut harness = crate::support::harness_of(app, Language::Dutch);
    let dataset = harness.state().dataset().clone();
    let (question, _) = dataset
        .questions()
        .find(|(q, _)| matches!(q.kind, QuestionKind::Stones { .. }))
        .expect("ADemo has a stones question");
    assert_eq!(question.title, STONES);
    let id = question.id.clone();
    harness.state_mut().apply(Command::ShowQuestion(id.clone()));
    harness.run();

    // Compared with a selection: two panels, each with its key.
    let positive = Filter::options(
        dataset
            .questions()
            .find(|(q, _)| q.title == "Overall would you say this is...")
            .unwrap()
            .0
            .id
            .as_str(),
        ["positive".to_owned(), "strongly positive".to_owned()],
    );
    harness.state_mut().apply(Command::NewSelection);
    let selection = harness
        .state()
        .project()
        .selections
        .iter()
        .last()
        .unwrap()
        .id;
    harness
        .state_mut()
        .apply(Command::SetSelectionFilter(selection, positive));
    harness.state_mut().apply(Command::Compare(Some(selection)));
    harness.run();

    let Some(Ok(chart)) = harness.state().chart().cloned() else {
        panic!("no chart")
    };
    let PanelKind::Stones(whole) = &chart.whole.chart else {
        panic!("not a stones chart: {:?}", chart.whole.chart)
    };
    // pandas: [int(df[c].notna().sum()) for c in the three *_percentX columns]
    let placed: Vec<usize> = whole.stones.iter().map(|s| s.n).collect();
    assert_eq!(placed, [124, 91, 52]);
    let selection_panel = chart.selection.as_ref().expect("compared");
    let PanelKind::Stones(selected) = &selection_panel.chart else {
        panic!("the selection panel is a stones chart too")
    };

    // The key rows are on screen twice (both panels), in the UI's words.
    let rows = harness.query_all_by_label_contains("1. People").count();
    assert!(rows >= 2, "{rows} key rows of the first stone");
    let people = selected.stones[0].n;
    harness
        .query_all_by_label_contains("1. People")
        .last()
        .unwrap()
        .click();
    harness.run();
    let listed = harness.state().browser().map(|b| b.rows.len());
    assert_eq!(
        listed,
        Some(people),
        "the selection's stories that placed it"
    );
}
