//! The built-in file browser, as a user meets it on a desktop where the
//! system's file dialog cannot be shown: every dialog answers
//! `Unavailable`, the app says so once and opens its own browser, and what
//! the user picks there is opened, imported, saved or exported.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use storylens::i18n::Language;
use storylens::report::Format;
use storylens::ui::export_actions::ExportKind;
use storylens::ui::file_browser::BrowsePurpose;
use storylens::ui::file_dialogs::ScriptedDialogs;
use storylens::ui::{Command, StorylensApp};

use crate::support::settle;

const SURVEY: &str = "\
id,Titel,Verhaal,Rol
a1,Goed geregeld,Mijn zoon kreeg eindelijk de ondersteuning die hij nodig had.,ouder
a2,Vastgelopen,De school zei dat ze niets meer konden doen.,leraar
a3,Samen,Met de intern begeleider maakten we samen een plan.,ouder
";

const UNAVAILABLE_EN: &str =
    "The system's file dialog could not be shown; Storylens opens its own.";

/// A temporary folder holding `enquete/` with a survey, a project and a
/// picture (which the browser must not list).
fn folder_with_files() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let survey = dir.path().join("enquete");
    std::fs::create_dir(&survey).expect("make the folder");
    std::fs::write(survey.join("verhalen.csv"), SURVEY).expect("write the survey");
    std::fs::write(survey.join("Oud.storylens"), "{}").expect("write a project");
    std::fs::write(survey.join("foto.png"), [0u8; 8]).expect("write a picture");
    (dir, survey)
}

/// The demo whose system dialogs can never be shown.
fn without_system_dialogs(language: Language) -> Harness<'static, StorylensApp> {
    let app = StorylensApp::demo().with_dialogs(Box::new(ScriptedDialogs::unavailable()));
    crate::support::harness_of(app, language)
}

/// Replaces the text of the box labelled `label` with `text` and presses
/// Enter.
fn type_and_enter(harness: &mut Harness<'static, StorylensApp>, label: &str, text: &str) {
    harness.get_by_label(label).focus();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.get_by_label(label).type_text(text);
    harness.run();
    harness.key_press(egui::Key::Enter);
    // The frame of Enter acts; `settle` draws the result (and waits for an
    // import it started).
    settle(harness);
}

fn listed(harness: &Harness<'static, StorylensApp>) -> Vec<String> {
    let browser = harness.state().file_browser().expect("the file browser");
    browser.listed().into_iter().map(str::to_owned).collect()
}

fn unavailable_notices(harness: &Harness<'static, StorylensApp>, text: &str) -> usize {
    let notices = harness.state().notices();
    notices.iter().filter(|n| n.text == text).count()
}

#[test]
fn ctrl_o_without_a_system_dialog_browses_to_a_csv_and_imports_it() {
    let (dir, survey) = folder_with_files();
    let mut harness = without_system_dialogs(Language::English);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::O);
    harness.run();
    assert_eq!(unavailable_notices(&harness, UNAVAILABLE_EN), 1);
    harness.get_by_label(UNAVAILABLE_EN);
    let browser = harness.state().file_browser().expect("the file browser");
    assert_eq!(browser.purpose(), BrowsePurpose::Open);

    type_and_enter(
        &mut harness,
        "Folder or file",
        &dir.path().display().to_string(),
    );
    assert_eq!(listed(&harness), ["enquete"]);
    harness.get_by_label("enquete/").click();
    harness.run();
    assert_eq!(listed(&harness), ["Oud.storylens", "verhalen.csv"]);
    assert!(harness.query_by_label_contains("foto.png").is_none());

    harness.get_by_label("verhalen.csv").click();
    harness.run();
    harness.get_by_label("Open").click();
    settle(&mut harness);
    assert!(
        harness.state().file_browser().is_none(),
        "the browser closed"
    );
    let dialog = harness.state().import_dialog().expect("the import dialog");
    assert_eq!(dialog.path(), survey.join("verhalen.csv"));
    assert_eq!(dialog.imported().map(|i| i.dataset.len()), Some(3));
}

#[test]
fn save_as_writes_the_typed_name_with_the_project_extension() {
    let (dir, _) = folder_with_files();
    let mut harness = without_system_dialogs(Language::Dutch);
    harness.get_by_label("Bestand").click();
    harness.run();
    harness.get_by_label_contains("Bewaren als…").click();
    harness.run();
    let browser = harness.state().file_browser().expect("the file browser");
    assert_eq!(browser.purpose(), BrowsePurpose::SaveProjectAs);

    type_and_enter(
        &mut harness,
        "Map of bestand",
        &dir.path().display().to_string(),
    );
    type_and_enter(&mut harness, "Bestandsnaam", "analyse");
    let saved = dir.path().join("analyse.storylens");
    assert!(
        saved.is_file(),
        "saved under the typed name with .storylens"
    );
    assert!(harness.state().file_browser().is_none());
    assert_eq!(harness.state().project_path(), Some(saved.as_path()));
    let project = storylens::project::load(&saved).expect("a project file");
    assert_eq!(project.findings.len(), 10);
}

#[test]
fn saving_over_an_existing_file_asks_for_a_second_click() {
    let (_dir, survey) = folder_with_files();
    let mut harness = without_system_dialogs(Language::English);
    harness.state_mut().apply(Command::SaveAsDialog);
    harness.run();
    type_and_enter(
        &mut harness,
        "Folder or file",
        &survey.display().to_string(),
    );
    type_and_enter(&mut harness, "File name", "Oud");
    let existing = survey.join("Oud.storylens");
    assert_eq!(std::fs::read_to_string(&existing).unwrap(), "{}", "not yet");
    harness.get_by_label("Oud.storylens already exists; click Save again to replace it.");
    harness.get_by_label("Save").click();
    harness.run();
    assert!(harness.state().file_browser().is_none());
    assert!(storylens::project::load(&existing).is_ok(), "replaced");
}

#[test]
fn cancel_and_escape_close_the_browser_and_nothing_happens() {
    let (_dir, survey) = folder_with_files();
    let mut harness = without_system_dialogs(Language::English);
    let name = harness.state().dataset().name.clone();
    // From the menu and from the welcome screen, as from Ctrl+O.
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label_contains("Open…").click();
    harness.run();
    assert!(harness.state().file_browser().is_some(), "File → Open");
    harness.get_by_label("Cancel").click();
    harness.run();
    assert!(harness.state().file_browser().is_none(), "cancelled");
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::O);
    harness.run();
    assert!(harness.state().file_browser().is_some(), "Ctrl+O");
    assert_eq!(
        unavailable_notices(&harness, UNAVAILABLE_EN),
        1,
        "said once while it is on screen"
    );
    // The path box has the focus; Esc still closes.
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(
        harness.state().file_browser().is_none(),
        "Esc in the path box"
    );

    harness.state_mut().apply(Command::ShowWelcome);
    harness.run();
    harness.get_by_label("Open a file…").click();
    harness.run();
    type_and_enter(
        &mut harness,
        "Folder or file",
        &survey.display().to_string(),
    );
    harness.get_by_label("verhalen.csv").click();
    harness.run();
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(harness.state().file_browser().is_none(), "Esc closed it");
    assert!(harness.state().import_dialog().is_none(), "nothing opened");
    assert_eq!(harness.state().dataset().name, name);
}

#[test]
fn a_path_that_does_not_exist_is_one_sentence() {
    let (dir, survey) = folder_with_files();
    let mut harness = without_system_dialogs(Language::English);
    harness.state_mut().apply(Command::OpenDialog);
    harness.run();
    type_and_enter(
        &mut harness,
        "Folder or file",
        &survey.display().to_string(),
    );
    let missing = survey.join("weg").join("nergens");
    type_and_enter(
        &mut harness,
        "Folder or file",
        &missing.display().to_string(),
    );
    let sentence = format!("{} does not exist.", missing.display());
    harness.get_by_label(&sentence);
    let browser = harness.state().file_browser().expect("still open");
    assert_eq!(browser.message(), Some(sentence.as_str()));
    assert_eq!(browser.folder(), survey, "still on the last good folder");
    assert_eq!(listed(&harness), ["Oud.storylens", "verhalen.csv"]);

    // A listed folder that is gone by the time it is clicked.
    harness.get_by_label("Parent folder").click();
    harness.run();
    assert_eq!(listed(&harness), ["enquete"]);
    std::fs::remove_dir_all(&survey).expect("remove the folder");
    harness.get_by_label("enquete/").click();
    harness.run();
    let sentence = format!("{} does not exist.", survey.display());
    harness.get_by_label(&sentence);
    let browser = harness.state().file_browser().expect("still open");
    assert_eq!(browser.folder(), dir.path());
}

#[test]
fn a_typed_file_path_is_opened_and_a_newer_export_goes_to_the_import_dialog() {
    let (_dir, survey) = folder_with_files();
    let mut harness = without_system_dialogs(Language::English);
    harness.state_mut().apply(Command::ReimportDialog);
    harness.run();
    let browser = harness.state().file_browser().expect("the file browser");
    assert_eq!(browser.purpose(), BrowsePurpose::Reimport);
    let csv = survey.join("verhalen.csv");
    type_and_enter(&mut harness, "Folder or file", &csv.display().to_string());
    let dialog = harness.state().import_dialog().expect("the import dialog");
    assert_eq!(dialog.path(), csv);
}

#[test]
fn an_export_is_written_where_the_browser_says() {
    let (dir, _) = folder_with_files();
    let mut harness = without_system_dialogs(Language::English);
    harness
        .state_mut()
        .apply(Command::Export(ExportKind::Report(Format::Markdown)));
    harness.run();
    let browser = harness.state().file_browser().expect("the file browser");
    assert_eq!(
        browser.purpose(),
        BrowsePurpose::Export(ExportKind::Report(Format::Markdown))
    );
    type_and_enter(
        &mut harness,
        "Folder or file",
        &dir.path().display().to_string(),
    );
    type_and_enter(&mut harness, "File name", "verslag");
    harness.state_mut().finish_exports();
    let written = dir.path().join("verslag.md");
    let text = std::fs::read_to_string(&written).expect("the report was written");
    let first = &harness.state().project().findings[0].title;
    assert!(text.contains(first.as_str()), "{first}");
}

#[test]
fn a_recent_folder_is_one_click_away_dots_resolve_and_enter_opens() {
    let (dir, survey) = folder_with_files();
    let mut harness = without_system_dialogs(Language::English);
    harness.state_mut().settings.recent = vec![survey.join("verhalen.csv")];
    harness.state_mut().apply(Command::OpenDialog);
    harness.run();
    let browser = harness.state().file_browser().expect("the file browser");
    assert_eq!(browser.folder(), survey, "starts where the last file was");
    let dotted = survey.join("..").join(".");
    type_and_enter(
        &mut harness,
        "Folder or file",
        &dotted.display().to_string(),
    );
    assert_eq!(harness.state().file_browser().unwrap().folder(), dir.path());
    assert_eq!(listed(&harness), ["enquete"]);
    harness.get_by_label("Recent folders:");
    harness.get_by_label("enquete").click();
    harness.run();
    assert_eq!(harness.state().file_browser().unwrap().folder(), survey);
    // Enter opens the file clicked.
    harness.get_by_label("verhalen.csv").click();
    harness.run();
    harness.key_press(egui::Key::Enter);
    settle(&mut harness);
    let dialog = harness.state().import_dialog().expect("the import dialog");
    assert_eq!(dialog.path(), survey.join("verhalen.csv"));
}

#[test]
fn unsaved_work_is_asked_about_once_before_the_browser_opens_a_file() {
    let (_dir, survey) = folder_with_files();
    let mut harness = without_system_dialogs(Language::English);
    harness.state_mut().apply(Command::SaveAsFinding);
    harness.state_mut().apply(Command::OpenDialog);
    harness.run();
    harness.get_by_label("Don't save").click();
    harness.run();
    assert!(harness.state().file_browser().is_some(), "then the browser");
    let path = survey.join("verhalen.csv");
    type_and_enter(&mut harness, "Folder or file", &path.display().to_string());
    assert!(
        harness.state().unsaved_prompt().is_none(),
        "no second question"
    );
    assert!(
        harness.state().import_dialog().is_some(),
        "the file is imported"
    );
}

#[test]
fn save_in_the_prompt_names_the_file_in_the_browser_and_then_opens_the_demo() {
    let (dir, _) = folder_with_files();
    let mut harness = without_system_dialogs(Language::English);
    harness.state_mut().apply(Command::SaveAsFinding);
    let findings = harness.state().project().findings.len();
    harness.state_mut().apply(Command::OpenDemo);
    harness.run();
    harness.get_by_label("Save").click();
    harness.run();
    assert!(harness.state().file_browser().is_some(), "asks for a name");
    let target = dir.path().join("analyse.storylens");
    type_and_enter(
        &mut harness,
        "Folder or file",
        &target.display().to_string(),
    );
    let saved = storylens::project::load(&target).expect("saved");
    assert_eq!(saved.findings.len(), findings);
    assert_eq!(
        harness.state().project().findings.len(),
        findings - 1,
        "then the demo opened"
    );
}

#[test]
fn the_import_dialog_browses_for_another_file_without_a_system_dialog() {
    let (_dir, survey) = folder_with_files();
    let other = survey.join("ander.csv");
    std::fs::write(
        &other,
        "id,Titel,Rol\nb1,Een,ouder\nb2,Twee,leraar\nb3,Drie,ouder\n",
    )
    .unwrap();
    // A file that cannot be read: the dialog offers another one.
    let dialog = storylens::ui::import_dialog::ImportDialog::open(
        survey.join("weg.csv"),
        storylens::import::ImportOptions::default(),
        storylens::import::CodebookEdits::default(),
        Box::new(ScriptedDialogs::unavailable()),
    );
    let mut harness = Harness::builder()
        .with_max_steps(crate::support::MAX_STEPS)
        .with_size(egui::vec2(1400.0, 900.0))
        .build_ui_state(
            |ui, dialog: &mut storylens::ui::import_dialog::ImportDialog| {
                dialog.ui(ui.ctx(), Language::English);
            },
            dialog,
        );
    storylens::ui::install_fonts(&harness.ctx);
    let deadline = Instant::now() + Duration::from_secs(60);
    while harness.state().is_busy() {
        assert!(Instant::now() < deadline);
        std::thread::sleep(Duration::from_millis(5));
        harness.step();
    }
    harness.run();
    harness.get_by_label("Another file…").click();
    harness.run();
    harness.get_by_label("Folder or file").focus();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness
        .get_by_label("Folder or file")
        .type_text(&other.display().to_string());
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run_ok();
    let deadline = Instant::now() + Duration::from_secs(60);
    while harness.state().is_busy() {
        assert!(Instant::now() < deadline);
        std::thread::sleep(Duration::from_millis(5));
        harness.step();
    }
    harness.run_ok();
    assert_eq!(harness.state().path(), other.as_path());
    assert_eq!(harness.state().imported().map(|i| i.dataset.len()), Some(3));
}
