//! Desktop behaviour through egui_kittest: the welcome screen, recent
//! files and reopening the last project, notices that fade or stay, the
//! codebook kept with a project and applied to a newer export, and the
//! sheet choice of a workbook.

use std::path::{Path, PathBuf};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use storylens::i18n::Language;
use storylens::import::Edit;
use storylens::ui::file_dialogs::ScriptedDialogs;
use storylens::ui::{Command, NoticeLevel, Settings, StorylensApp};

use crate::support::settle;

const SURVEY: &str = "\
id,Titel,Verhaal,Rol,Kind %,School %,Ouders %
a1,Goed geregeld,Mijn zoon kreeg eindelijk de ondersteuning die hij nodig had.,ouder,20,30,50
a2,Vastgelopen,De school zei dat ze niets meer konden doen.,leraar,10,60,30
a3,Samen,Met de intern begeleider maakten we samen een plan.,ouder,70,10,20
a4,Wachten,Het duurde een half jaar voordat er iets gebeurde.,leraar,0,50,50
";

/// The same survey a month later: two more stories.
const NEWER: &str = "\
a5,Eindelijk,Na de zomer had hij een vaste begeleider.,ouder,40,40,20
a6,Te laat,Toen de hulp kwam was hij al thuis komen te zitten.,ouder,10,20,70
";

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write the test file");
    path
}

fn harness_for(mut app: StorylensApp, language: Language) -> Harness<'static, StorylensApp> {
    app.settings.language = language;
    crate::support::harness(app)
}

fn settings(language: Language) -> Settings {
    Settings {
        language,
        ..Settings::default()
    }
}

#[test]
fn the_welcome_screen_shows_three_pictures_and_opens_the_demo() {
    let mut harness = harness_for(StorylensApp::demo().with_welcome(), Language::Dutch);
    harness.get_by_label("Welkom bij Storylens");
    harness.get_by_label("Hoe het werkt");
    assert!(
        harness.state().welcome_has_pictures(),
        "the three pictures were rendered"
    );
    // Each picture's caption is its tooltip; the steps are text.
    harness.get_by_label_contains("1. Kijken");
    harness.get_by_label_contains("2. Vergelijken");
    harness.get_by_label_contains("3. Vertellen");
    harness.get_by_label("De demo verkennen").click();
    harness.run();
    assert!(!harness.state().welcome_is_open());
    assert!(harness.state().settings().welcome_seen, "not shown again");
    // Help → Welcome brings it back.
    harness.get_by_label("Help").click();
    harness.run();
    harness.get_by_label("Welkom en uitleg").click();
    harness.run();
    assert!(harness.state().welcome_is_open());
    harness.get_by_label("Welkom bij Storylens");
}

#[test]
fn open_a_file_from_the_welcome_screen() {
    let dir = tempfile::tempdir().unwrap();
    let csv = write(dir.path(), "ervaringen.csv", SURVEY);
    let dialogs = ScriptedDialogs {
        open: Some(csv),
        ..Default::default()
    };
    let app = StorylensApp::demo()
        .with_dialogs(Box::new(dialogs))
        .with_welcome();
    let mut harness = harness_for(app, Language::English);
    harness.get_by_label("Open a file…").click();
    settle(&mut harness);
    assert!(!harness.state().welcome_is_open());
    let dialog = harness.state().import_dialog().expect("the import dialog");
    assert_eq!(dialog.imported().map(|i| i.dataset.len()), Some(4));
}

#[test]
fn a_first_launch_welcomes_and_a_later_one_reopens_the_last_project() {
    let first = StorylensApp::demo().on_launch_without_file();
    assert!(first.welcome_is_open(), "first run: the welcome screen");

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("passend.storylens");
    let mut app = StorylensApp::demo();
    app.apply(Command::SaveAs(path.clone()));
    let remembered = app.settings().clone();
    assert_eq!(
        remembered.recent.first().map(|p| p.file_name()),
        Some(path.file_name()),
        "a save is remembered as recent"
    );

    let mut later = StorylensApp::demo();
    later.settings = Settings {
        welcome_seen: true,
        ..remembered.clone()
    };
    let later = later.on_launch_without_file();
    assert!(!later.welcome_is_open());
    assert!(
        later
            .notices()
            .iter()
            .all(|n| n.level != NoticeLevel::Error),
        "{:?}",
        later.notices()
    );
    assert_eq!(
        later.window_title(),
        format!("Storylens — {}", storylens::demo::DEMO_NAME)
    );
    assert_eq!(later.project().findings.len(), 10);
    assert!(matches!(later.project_path(), Some(p) if p.ends_with("passend.storylens")));

    // With the setting off, the demo opens instead.
    let mut off = StorylensApp::demo();
    off.settings = Settings {
        reopen_last: false,
        welcome_seen: true,
        ..remembered
    };
    assert_eq!(off.on_launch_without_file().project_path(), None);
}

#[test]
fn file_recent_opens_a_file_again_and_forgets_a_missing_one() {
    let dir = tempfile::tempdir().unwrap();
    let csv = write(dir.path(), "ervaringen.csv", SURVEY);
    let gone = dir.path().join("weg.csv");
    let mut app = StorylensApp::demo();
    app.settings = settings(Language::Dutch);
    app.settings.remember_recent(&gone);
    app.settings.remember_recent(&csv);
    let mut harness = harness_for(app, Language::Dutch);
    harness.get_by_label("Bestand").click();
    harness.run();
    harness.get_by_label("Recente bestanden").click();
    harness.run();
    harness.get_by_label("Laatste project openen bij starten");
    harness.get_by_label("ervaringen.csv").click();
    settle(&mut harness);
    assert!(
        harness.state().import_dialog().is_some(),
        "an export is imported"
    );

    harness.state_mut().apply(Command::OpenRecent(gone.clone()));
    harness.run();
    assert!(!harness.state().settings().recent.contains(&gone));
    let notice = harness.state().notices().last().expect("a notice").clone();
    assert_eq!(notice.level, NoticeLevel::Warning);
    assert!(notice.text.contains("weg.csv"), "{}", notice.text);
}

#[test]
fn an_information_notice_fades_and_an_error_stays_until_closed() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = StorylensApp::demo();
    app.apply(Command::SaveAs(dir.path().join("p.storylens")));
    app.apply(Command::OpenPath(dir.path().join("missing.storylens")));
    // The story words indexed first: frames spent waiting for the
    // background index would count towards the notice's six seconds.
    let _ = storylens::words::text_index(app.dataset(), None, &Default::default());
    let mut harness = harness_for(app, Language::English);
    let levels = |h: &Harness<'_, StorylensApp>| {
        h.state()
            .notices()
            .iter()
            .map(|n| n.level)
            .collect::<Vec<_>>()
    };
    assert_eq!(levels(&harness), [NoticeLevel::Info, NoticeLevel::Error]);
    harness.get_by_label_contains("p.storylens");
    // Each step is a quarter of a second of egui time.
    for _ in 0..40 {
        harness.step();
    }
    assert_eq!(levels(&harness), [NoticeLevel::Error], "the info faded");
    assert!(harness.query_by_label_contains("p.storylens").is_none());
    harness.get_by_label("Close").click();
    harness.run();
    assert!(levels(&harness).is_empty(), "closed by the user");
}

/// Imports `path` through the app's import dialog, renaming the question
/// "Rol" to "Rol van de verteller" on the way.
fn import_with_rename(harness: &mut Harness<'static, StorylensApp>, path: PathBuf) {
    harness.state_mut().apply(Command::OpenOrImport(path));
    settle(harness);
    let field = harness.get_by_label("Titel van Rol");
    field.focus();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness
        .get_by_label("Titel van Rol")
        .type_text("Rol van de verteller");
    harness.key_press(egui::Key::Enter);
    settle(harness);
    harness.get_by_label("Importeren").click();
    harness.run();
}

#[test]
fn the_codebook_is_kept_with_the_project_and_applied_to_a_newer_export() {
    let dir = tempfile::tempdir().unwrap();
    let csv = write(dir.path(), "ervaringen.csv", SURVEY);
    let mut harness = harness_for(StorylensApp::demo(), Language::Dutch);
    import_with_rename(&mut harness, csv.clone());
    assert!(harness.state().import_dialog().is_none(), "imported");
    let rename = Edit::Rename {
        column: "Rol".into(),
        title: "Rol van de verteller".into(),
    };
    assert_eq!(
        harness.state().project().import.edits.edits,
        std::slice::from_ref(&rename)
    );
    assert!(
        harness
            .state()
            .dataset()
            .codebook()
            .find("Rol van de verteller")
            .is_some()
    );

    // Saved and opened again: the source is read with the same edits.
    harness.state_mut().apply(Command::NewSelection);
    let project_file = dir.path().join("ervaringen.storylens");
    harness
        .state_mut()
        .apply(Command::SaveAs(project_file.clone()));
    let mut reopened = StorylensApp::demo();
    reopened.apply(Command::OpenPath(project_file.clone()));
    assert!(
        reopened
            .dataset()
            .codebook()
            .find("Rol van de verteller")
            .is_some(),
        "{:?}",
        reopened.notices()
    );
    assert_eq!(reopened.project().selections.len(), 1);

    // A month later: a newer export of the same survey, imported with the
    // project's edits already applied; the project keeps its selection.
    let newer = write(
        dir.path(),
        "ervaringen-juni.csv",
        &format!("{SURVEY}{NEWER}"),
    );
    let mut harness = harness_for(reopened, Language::Dutch);
    harness.state_mut().apply(Command::Reimport(newer.clone()));
    settle(&mut harness);
    let dialog = harness.state().import_dialog().expect("the import dialog");
    assert_eq!(
        dialog.edits().edits,
        std::slice::from_ref(&rename),
        "the project's edits"
    );
    let imported = dialog.imported().expect("imported with the edits");
    assert!(
        imported
            .dataset
            .codebook()
            .find("Rol van de verteller")
            .is_some()
    );
    harness.get_by_label("Importeren").click();
    harness.run();
    let app = harness.state();
    assert_eq!(app.dataset().len(), 6);
    assert!(
        app.dataset()
            .codebook()
            .find("Rol van de verteller")
            .is_some()
    );
    assert_eq!(app.project().selections.len(), 1, "the project is kept");
    assert_eq!(app.project().source.path(), Some(newer.as_path()));
    assert_eq!(app.project_path(), Some(project_file.as_path()));
    let notice = app.notices().last().expect("a notice");
    assert_eq!(notice.text, "Nieuwere export ingelezen: 6 verhalen.");
}

#[test]
fn a_workbook_sheet_is_chosen_in_the_import_dialog() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("twee-bladen.xlsx");
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let notes = workbook.add_worksheet().set_name("Toelichting").unwrap();
    notes.write(0, 0, "Export van 3 juni").unwrap();
    notes.write(1, 0, "Zie het tweede blad").unwrap();
    let data = workbook.add_worksheet().set_name("Verhalen").unwrap();
    for (row, line) in SURVEY.lines().enumerate() {
        for (col, cell) in line.split(',').enumerate() {
            data.write(row as u32, col as u16, cell).unwrap();
        }
    }
    workbook.save(&path).unwrap();

    let mut harness = harness_for(StorylensApp::demo(), Language::Dutch);
    harness.state_mut().apply(Command::OpenOrImport(path));
    settle(&mut harness);
    // The notes sheet comes first, but the data sheet looks more like a
    // survey table, so it is read ...
    let sheet = |h: &Harness<'_, StorylensApp>| {
        h.state()
            .import_dialog()
            .and_then(|d| d.imported())
            .and_then(|i| i.detected.sheet.clone())
    };
    assert_eq!(sheet(&harness).as_deref(), Some("Verhalen"));
    harness.get_by_label_contains("het meest op een tabel met verhalen lijkt");
    // ... and the researcher can still look at the other one, and back.
    harness.get_by_label("Werkblad").click();
    harness.run();
    harness.get_by_label("Toelichting").click();
    settle(&mut harness);
    assert_eq!(sheet(&harness).as_deref(), Some("Toelichting"));
    harness.get_by_label("Werkblad").click();
    harness.run();
    harness.get_by_label("Verhalen").click();
    settle(&mut harness);
    assert_eq!(sheet(&harness).as_deref(), Some("Verhalen"));
    harness.get_by_label("Importeren").click();
    harness.run();
    let app = harness.state();
    assert_eq!(app.dataset().len(), 4);
    assert_eq!(
        app.project().import.options.sheet.as_deref(),
        Some("Verhalen"),
        "the sheet is kept with the project"
    );
}

/// Controls a screen reader could not name: an interactive node without a
/// label, or with a label of symbols only ("✕", "▶").
fn unnamed_controls(harness: &Harness<'_, StorylensApp>) -> Vec<String> {
    use egui::accesskit::Role;
    use egui_kittest::kittest::{By, NodeT};
    let interactive = |role: Role| {
        matches!(
            role,
            Role::Button
                | Role::CheckBox
                | Role::ComboBox
                | Role::TextInput
                | Role::MultilineTextInput
                | Role::RadioButton
                | Role::Slider
                | Role::SpinButton
                | Role::Tab
                | Role::Link
                | Role::MenuItem
        )
    };
    harness
        .query_all(By::new().predicate(move |node| {
            interactive(node.role())
                && !node
                    .label()
                    .is_some_and(|label| label.chars().any(char::is_alphanumeric))
        }))
        .map(|node| {
            let node = node.accesskit_node();
            format!("{:?} {:?} {:?}", node.role(), node.label(), node.value())
        })
        .collect()
}

#[test]
fn every_control_has_a_name_a_screen_reader_can_say() {
    let mut harness = harness_for(StorylensApp::demo().with_welcome(), Language::Dutch);
    let mut unnamed = unnamed_controls(&harness);
    harness.get_by_label("De demo verkennen").click();
    harness.run();
    for tab in ["Vragen", "Selecties", "Bevindingen"] {
        harness.get_by_label(tab).click();
        harness.run();
        unnamed.extend(unnamed_controls(&harness));
    }
    // A finding open, a comparison split by a second question, the stories
    // of a mark and one story read.
    let finding = harness.state().project().findings[0].id;
    harness.state_mut().apply(Command::OpenFinding(finding));
    harness.run();
    unnamed.extend(unnamed_controls(&harness));
    harness.state_mut().apply(Command::OpenRows {
        label: "drie verhalen".into(),
        rows: vec![0, 1, 2],
    });
    harness.run();
    unnamed.extend(unnamed_controls(&harness));
    // One story read, with its redaction controls.
    harness
        .state_mut()
        .apply(Command::Browser(storylens::ui::BrowserCommand::Read(1)));
    harness.run();
    unnamed.extend(unnamed_controls(&harness));
    // An error notice with its close button.
    harness
        .state_mut()
        .apply(Command::OpenPath(PathBuf::from("/no/such/file.storylens")));
    harness.run();
    unnamed.extend(unnamed_controls(&harness));
    harness.state_mut().apply(Command::Present(true));
    harness.run();
    unnamed.extend(unnamed_controls(&harness));
    harness.state_mut().apply(Command::Present(false));
    // The import dialog, with its kinds, titles and merge controls.
    let dir = tempfile::tempdir().unwrap();
    let csv = write(dir.path(), "ervaringen.csv", SURVEY);
    harness.state_mut().apply(Command::OpenOrImport(csv));
    settle(&mut harness);
    unnamed.extend(unnamed_controls(&harness));
    unnamed.sort();
    unnamed.dedup();
    assert!(
        unnamed.is_empty(),
        "controls without a name:\n{}",
        unnamed.join("\n")
    );
}

#[test]
fn open_save_as_save_and_full_screen_from_the_keyboard() {
    let dir = tempfile::tempdir().unwrap();
    let csv = write(dir.path(), "ervaringen.csv", SURVEY);
    let project = dir.path().join("demo.storylens");
    let dialogs = ScriptedDialogs {
        open: Some(csv),
        save_to: Some(project.clone()),
        ..Default::default()
    };
    let app = StorylensApp::demo().with_dialogs(Box::new(dialogs));
    let mut harness = harness_for(app, Language::Dutch);
    let command = egui::Modifiers::COMMAND;

    harness.key_press_modifiers(command.plus(egui::Modifiers::SHIFT), egui::Key::S);
    harness.run();
    assert!(
        project.is_file(),
        "Ctrl+Shift+S saved where the dialog said"
    );
    assert_eq!(harness.state().project_path(), Some(project.as_path()));

    std::fs::remove_file(&project).unwrap();
    harness.key_press_modifiers(command, egui::Key::S);
    harness.run();
    assert!(project.is_file(), "Ctrl+S saved to the same file again");
    let saved = storylens::project::load(&project).unwrap();
    assert_eq!(saved.findings.len(), 10);

    harness.key_press(egui::Key::F11);
    harness.run();
    assert!(harness.state().is_full_screen());
    harness.key_press(egui::Key::F11);
    harness.run();
    assert!(!harness.state().is_full_screen());

    harness.key_press_modifiers(command, egui::Key::O);
    settle(&mut harness);
    let dialog = harness
        .state()
        .import_dialog()
        .expect("Ctrl+O opened the file");
    assert_eq!(dialog.imported().map(|i| i.dataset.len()), Some(4));
}

/// eframe's storage, in memory.
#[derive(Default)]
struct MemoryStorage(std::collections::HashMap<String, String>);

impl eframe::Storage for MemoryStorage {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }
    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_owned(), value);
    }
    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }
    fn flush(&mut self) {}
}

#[test]
fn settings_are_remembered_through_eframe_storage() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness_for(
        StorylensApp::demo().with_settings_dir(dir.path().join("data")),
        Language::English,
    );
    harness.get_by_label("View").click();
    harness.run();
    harness.get_by_label("Projector (high contrast)").click();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Equals);
    harness.run();
    harness.get_by_label("Nederlands").click();
    harness.run();
    harness
        .state_mut()
        .apply(Command::SaveAs(dir.path().join("p.storylens")));
    harness.state_mut().apply(Command::SetReopenLast(false));
    harness.state_mut().apply(Command::CloseWelcome);
    let settings = harness.state().settings().clone();
    assert_eq!(settings.language, Language::Dutch);
    assert_eq!(settings.theme, storylens::ui::Theme::Projector);
    assert!(settings.font_scale > 1.0);
    assert_eq!(settings.recent.len(), 1);
    assert!(!settings.reopen_last && settings.welcome_seen);

    // Saved into the data folder's own file, not into eframe's storage.
    let mut storage = MemoryStorage::default();
    eframe::App::save(harness.state_mut(), &mut storage);
    let data = dir.path().join("data");
    assert_eq!(Settings::load(Some(&data), None), settings);
    assert!(eframe::get_value::<Settings>(&storage, Settings::STORAGE_KEY).is_none());
    // Settings an older version kept in eframe's storage are still read.
    let mut old = MemoryStorage::default();
    eframe::set_value(&mut old, Settings::STORAGE_KEY, &settings);
    assert_eq!(
        Settings::load(Some(&dir.path().join("none")), Some(&old)),
        settings
    );
    // Nothing stored (first run): the defaults, with the welcome screen.
    let first_run = Settings::load(None, Some(&MemoryStorage::default()));
    assert!(!first_run.welcome_seen);
}
