//! File → New project: asks *Save / Don't save / Cancel* over unsaved
//! work, then shows the welcome screen with no data open; Undo goes back.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use storylens::i18n::Language;
use storylens::ui::{Command, StorylensApp};

use crate::support::demo_app;

fn choose_new_project(harness: &mut Harness<'static, StorylensApp>) {
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("New project").click();
    harness.run();
}

fn stories(harness: &Harness<'_, StorylensApp>) -> usize {
    harness.state().dataset().len()
}

#[test]
fn new_project_asks_over_unsaved_work_then_shows_the_welcome_with_no_data() {
    let mut harness = demo_app(Language::English);
    harness.state_mut().apply(Command::SaveAsFinding);
    harness.run();
    let findings = harness.state().project().findings.len();
    let demo_stories = stories(&harness);
    assert!(demo_stories > 0);

    choose_new_project(&mut harness);
    harness.get_by_label("Save changes?");
    harness.get_by_label("Cancel").click();
    harness.run();
    assert_eq!(stories(&harness), demo_stories, "Cancel keeps the project");
    assert_eq!(harness.state().project().findings.len(), findings);
    assert!(!harness.state().welcome_is_open());

    choose_new_project(&mut harness);
    harness.get_by_label("Don't save").click();
    harness.run();
    assert_eq!(stories(&harness), 0, "no data is open");
    assert!(harness.state().project().findings.is_empty());
    assert!(harness.state().project().selections.is_empty());
    assert!(harness.state().chart().is_none(), "no chart without data");
    assert!(harness.state().welcome_is_open());
    harness.get_by_label("Welcome to Storylens");
    harness.get_by_label("Open a file…");
    harness.get_by_label_contains("no data open");
    assert!(!harness.state().has_unsaved_changes());

    // Like any open, the new project is undone by Edit → Undo.
    harness.state_mut().apply(Command::CloseWelcome);
    harness.state_mut().apply(Command::Undo);
    harness.run();
    assert_eq!(stories(&harness), demo_stories);
    assert_eq!(harness.state().project().findings.len(), findings);
}

#[test]
fn new_project_without_changes_asks_nothing() {
    let mut harness = demo_app(Language::Dutch);
    harness.get_by_label("Bestand").click();
    harness.run();
    harness.get_by_label("Nieuw project").click();
    harness.run();
    assert!(harness.state().unsaved_prompt().is_none());
    assert_eq!(stories(&harness), 0);
    harness.get_by_label("Welkom bij Storylens");
    harness.get_by_label_contains("geen gegevens geopend");
}
