//! A multiple choice split by itself in the app: the co-occurrence grid
//! drawn from the export scene, its cells named for screen readers, a
//! click listing exactly the stories choosing both options; and the
//! cross-tab toolbar's "outline by corrected p".

use egui_kittest::kittest::Queryable;
use storylens::charts::PanelKind;
use storylens::i18n::Language;
use storylens::model::{Column, QuestionId};

use crate::support::demo_app;

#[test]
fn gevoel_by_itself_lists_the_stories_of_a_cell_by_its_name() {
    let mut harness = demo_app(Language::English);
    harness.get_by_label("Gevoel").click();
    harness.run();
    let split_by = format!("{}:", harness.state().strings().split_by);
    harness
        .get_by_role_and_label(egui::accesskit::Role::ComboBox, &split_by)
        .click();
    harness.run();
    // The question itself is offered, named as what it gives.
    harness
        .get_by_label("Gevoel by itself (chosen together)")
        .click();
    harness.run();
    let Some(Ok(data)) = harness.state().chart() else {
        panic!("a chart")
    };
    assert!(
        matches!(data.whole.chart, PanelKind::CoOccurrence(_)),
        "{:?}",
        data.whole.chart
    );
    // The count a cell shows, computed here straight from the column.
    let dataset = harness.state().dataset();
    let (_, column) = dataset.question(&QuestionId::new("gevoel")).unwrap();
    let Column::Multi(gevoel) = column else {
        panic!("Gevoel is a multiple choice")
    };
    // hoop (1) and tevredenheid (0).
    let expected: Vec<usize> = (0..dataset.len())
        .filter(|&r| gevoel.has(r, 0) && gevoel.has(r, 1))
        .collect();
    assert!(expected.len() > 20);
    let name = format!("hoop × tevredenheid: {} lift ", expected.len());
    harness.get_by_label_contains(&name).click();
    harness.run();
    let browser = harness.state().browser().expect("the story list opened");
    assert_eq!(browser.rows, expected);
    assert_eq!(browser.label, "hoop × tevredenheid");
    // The note says what lift means.
    harness.get_by_label_contains("Each cell counts the stories that chose both options");
}

#[test]
fn the_outline_checkbox_changes_the_legend_and_is_saved_with_the_chart() {
    let mut harness = demo_app(Language::English);
    harness.get_by_label("Regio").click();
    harness.run();
    let split_by = format!("{}:", harness.state().strings().split_by);
    harness
        .get_by_role_and_label(egui::accesskit::Role::ComboBox, &split_by)
        .click();
    harness.run();
    harness
        .query_all_by_label("Onderwijssoort")
        .last()
        .unwrap()
        .click();
    harness.run();
    harness.get_by_label("outlined: |z| ≥ 1.96");
    harness.get_by_label("Outline by corrected p").click();
    harness.run();
    harness.get_by_label("outlined: Holm-corrected p < 0.05");
    assert!(harness.query_by_label("outlined: |z| ≥ 1.96").is_none());
    assert!(harness.state().view().chart.outline_holm);
    // Saved with a finding, which then draws the same outline.
    harness.get_by_label("Save as finding").click();
    harness.run();
    let id = harness.state().open_finding_id().expect("the new finding");
    let finding = harness.state().project().finding(id).unwrap();
    assert!(finding.comparison().spec.options.outline_holm);
}
