//! Never lose work, never get stuck: the unsaved-changes prompt before
//! opening, closing and quitting, undoing an open, the `*` in the title,
//! the split that resets, the import notes behind one notice, and Dutch
//! without English left in.

use std::path::{Path, PathBuf};

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use storylens::i18n::Language;
use storylens::ui::file_dialogs::ScriptedDialogs;
use storylens::ui::{Command, ExploreCommand, GridSource, LeftTab, NoticeLevel, StorylensApp};

use crate::support::{demo_app, harness_of};

/// The demo with one more finding than it opened with: unsaved work.
fn demo_with_a_new_finding(language: Language) -> Harness<'static, StorylensApp> {
    let mut harness = demo_app(language);
    harness.state_mut().apply(Command::SaveAsFinding);
    harness.run();
    assert!(harness.state().has_unsaved_changes());
    harness
}

fn findings(harness: &Harness<'_, StorylensApp>) -> usize {
    harness.state().project().findings.len()
}

#[test]
fn opening_the_demo_over_unsaved_work_asks_and_cancel_keeps_it() {
    let mut harness = demo_with_a_new_finding(Language::English);
    let before = findings(&harness);
    harness.state_mut().apply(Command::OpenDemo);
    harness.run();
    assert!(harness.state().unsaved_prompt().is_some());
    harness.get_by_label("Save changes?");
    harness.get_by_label("Cancel").click();
    harness.run();
    assert!(harness.state().unsaved_prompt().is_none());
    assert_eq!(findings(&harness), before, "nothing was replaced");

    // Don't save replaces the project, and Undo brings the old one back.
    harness.state_mut().apply(Command::OpenDemo);
    harness.run();
    harness.get_by_label("Don't save").click();
    harness.run();
    assert_eq!(findings(&harness), before - 1, "the demo as it ships");
    assert!(!harness.state().has_unsaved_changes());
    harness.state_mut().apply(Command::Undo);
    harness.run();
    assert_eq!(findings(&harness), before, "the open was undone");
    let notice = harness.state().notices().last().expect("a notice");
    assert!(
        notice.text.contains("opening was undone"),
        "{}",
        notice.text
    );
}

#[test]
fn save_in_the_prompt_saves_first_and_then_opens() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("mijn analyse.storylens");
    let mut harness = demo_with_a_new_finding(Language::Dutch);
    let before = findings(&harness);
    harness.state_mut().set_dialogs(Box::new(ScriptedDialogs {
        save_to: Some(target.clone()),
        ..Default::default()
    }));
    harness.state_mut().apply(Command::OpenDemo);
    harness.run();
    harness.get_by_label("Wijzigingen bewaren?");
    harness.get_by_label("Bewaren").click();
    harness.run();
    let saved = storylens::project::load(&target).expect("the project was saved");
    assert_eq!(saved.findings.len(), before);
    assert_eq!(findings(&harness), before - 1, "then the demo opened");
}

#[test]
fn a_cancelled_save_as_opens_nothing() {
    let mut harness = demo_with_a_new_finding(Language::English);
    let before = findings(&harness);
    // No path: the user cancels the Save as dialog.
    harness
        .state_mut()
        .set_dialogs(Box::new(ScriptedDialogs::default()));
    harness.state_mut().apply(Command::OpenDemo);
    harness.run();
    harness.get_by_label("Save").click();
    harness.run();
    assert_eq!(findings(&harness), before, "still the unsaved project");
    assert!(harness.state().has_unsaved_changes());
    // A later, unrelated save does not run the abandoned open.
    let dir = tempfile::tempdir().unwrap();
    harness
        .state_mut()
        .apply(Command::SaveAs(dir.path().join("p.storylens")));
    harness.run();
    assert_eq!(findings(&harness), before);
}

#[test]
fn quitting_and_the_close_button_ask_with_unsaved_work() {
    let mut harness = demo_with_a_new_finding(Language::English);
    harness.state_mut().apply(Command::Quit);
    harness.run();
    assert!(harness.state().unsaved_prompt().is_some(), "Ctrl+Q asks");
    harness.get_by_label("Cancel").click();
    harness.run();
    assert!(!harness.state().is_quitting());

    // The window's close button: the close is cancelled and the prompt asks.
    harness
        .input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    harness.run();
    let prompt = harness.state().unsaved_prompt().expect("the close asks");
    assert_eq!(prompt.then, Command::Quit);
    harness.get_by_label("Don't save").click();
    harness.run();
    assert!(harness.state().is_quitting());
}

#[test]
fn nothing_to_lose_means_no_question() {
    let mut harness = demo_app(Language::English);
    harness.state_mut().apply(Command::OpenDemo);
    harness.run();
    assert!(harness.state().unsaved_prompt().is_none());
    harness.state_mut().apply(Command::Quit);
    harness.run();
    assert!(harness.state().is_quitting());
}

#[test]
fn the_title_marks_unsaved_changes_until_saved() {
    let mut harness = demo_app(Language::English);
    assert!(!harness.state().window_title().starts_with('*'));
    harness.state_mut().apply(Command::SaveAsFinding);
    harness.run();
    assert!(harness.state().window_title().starts_with('*'));
    let dir = tempfile::tempdir().unwrap();
    harness
        .state_mut()
        .apply(Command::SaveAs(dir.path().join("p.storylens")));
    harness.run();
    assert!(!harness.state().window_title().starts_with('*'));
    assert!(!harness.state().has_unsaved_changes());
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn import_notes_are_one_information_notice_with_the_report_behind_it() {
    let dir = tempfile::tempdir().unwrap();
    // Two triad rows with a weight of 0 and one slider value out of range.
    let csv = write(
        dir.path(),
        "survey.csv",
        "id,Titel,Verhaal,Rol,Kind %,School %,Ouders %,Gevoel\n\
         a1,Een,Mijn zoon kreeg hulp.,ouder,20,30,50,40\n\
         a2,Twee,De school wachtte.,leraar,0,60,40,55\n\
         a3,Drie,Samen een plan.,ouder,70,10,20,140\n\
         a4,Vier,Het duurde lang.,leraar,0,50,50,70\n",
    );
    let mut harness = demo_app(Language::English);
    harness.state_mut().apply(Command::OpenPath(csv));
    harness.run();
    let notes = harness.state().import_notes().len();
    assert!(notes > 0, "the file has something to note");
    let notices = harness.state().notices().to_vec();
    assert!(
        notices.iter().all(|n| n.level == NoticeLevel::Info),
        "repairs and doubts are no warning cards: {notices:?}"
    );
    assert_eq!(notices.len(), 1, "{notices:?}");
    harness.get_by_label("Show").click();
    harness.run();
    assert!(harness.state().import_report_is_open());
    harness.get_by_label_contains("Import report (");

    // The next import clears the stale notice.
    harness.state_mut().apply(Command::OpenDemo);
    harness.run();
    assert!(harness.state().notices().is_empty());
    assert!(harness.state().import_notes().is_empty());
}

#[test]
fn a_data_file_on_the_command_line_goes_through_the_import_dialog() {
    let dir = tempfile::tempdir().unwrap();
    let csv = write(
        dir.path(),
        "survey.csv",
        "id,Titel,Rol\na1,Een,ouder\na2,Twee,leraar\n",
    );
    let app = StorylensApp::from_path(Some(csv));
    assert!(
        app.import_dialog().is_some(),
        "the user can check the guess"
    );
}

/// English words a Dutch screen must not show (whole words, any case).
const ENGLISH: &[&str] = &[
    // Not "of": it is Dutch for "or".
    "the",
    "and",
    "stories",
    "story",
    "selection",
    "findings",
    "questions",
    "save",
    "open",
    "close",
    "cancel",
    "show",
    "expected",
    "counts",
    "below",
    "equals",
    "mean",
    "whole",
    "set",
    "chart",
    "compare",
    "with",
];

/// Every word the screen shows, from the accessibility tree.
fn screen_words(harness: &Harness<'_, StorylensApp>) -> Vec<String> {
    let mut words = Vec::new();
    for node in harness.query_all_by(|_| true) {
        let node = node.accesskit_node();
        // egui names its own title-bar ✕ "Close window" for screen
        // readers, in English whatever the language; nothing to see.
        let texts = [node.label(), node.value()];
        for text in texts.into_iter().flatten().filter(|t| t != "Close window") {
            words.extend(
                text.split(|c: char| !c.is_alphabetic())
                    .filter(|w| !w.is_empty())
                    .map(str::to_lowercase),
            );
        }
    }
    words
}

/// Fails on any word of [`ENGLISH`] among `seen`.
fn assert_no_english(seen: &[String]) {
    let english: Vec<&String> = seen
        .iter()
        .filter(|w| ENGLISH.contains(&w.as_str()))
        .collect();
    assert!(english.is_empty(), "English on a Dutch screen: {english:?}");
}

#[test]
fn dutch_screens_show_no_english() {
    let mut app = StorylensApp::demo();
    // The demo's data and findings are Dutch; the charts' labels come from
    // the data. A cross-tab with a warning, a finding and every tab.
    let singles: Vec<_> = app
        .dataset()
        .codebook()
        .questions
        .iter()
        .filter(|q| matches!(q.kind, storylens::model::QuestionKind::SingleChoice { .. }))
        .map(|q| q.id.clone())
        .collect();
    app.apply(Command::ShowQuestion(singles[0].clone()));
    app.apply(Command::SetBy(Some(singles[singles.len() - 1].clone())));
    let mut harness = harness_of(app, Language::Dutch);
    let mut seen = Vec::new();
    for tab in [LeftTab::Questions, LeftTab::Selections, LeftTab::Findings] {
        harness.state_mut().apply(Command::SetLeftTab(tab));
        harness.run();
        seen.extend(screen_words(&harness));
    }
    let first = harness.state().project().findings[0].id;
    harness.state_mut().apply(Command::OpenFinding(first));
    harness.run();
    seen.extend(screen_words(&harness));
    // Search, the grid of a perspective, the overlay.
    for command in [
        ExploreCommand::OpenSearch,
        ExploreCommand::SetSearch("juf".into()),
    ] {
        harness.state_mut().apply(Command::Explore(command));
    }
    harness.run();
    seen.extend(screen_words(&harness));
    harness
        .state_mut()
        .apply(Command::Explore(ExploreCommand::CloseSearch));
    let perspective = harness.state().project().perspectives[0].id;
    harness
        .state_mut()
        .apply(Command::Explore(ExploreCommand::OpenGrid(
            GridSource::Perspective(perspective),
        )));
    harness.run();
    seen.extend(screen_words(&harness));
    harness
        .state_mut()
        .apply(Command::Explore(ExploreCommand::CloseGrid));
    // The unsaved-changes prompt and the welcome screen.
    harness.state_mut().apply(Command::SaveAsFinding);
    harness.state_mut().apply(Command::OpenDemo);
    harness.run();
    seen.extend(screen_words(&harness));
    harness.get_by_label("Annuleren").click();
    harness.state_mut().apply(Command::ShowWelcome);
    harness.run();
    seen.extend(screen_words(&harness));
    assert_no_english(&seen);
}

#[test]
fn the_dutch_import_dialog_and_report_show_no_english() {
    let dir = tempfile::tempdir().unwrap();
    let csv = write(
        dir.path(),
        "enquete.csv",
        "id,Titel,Verhaal,Rol,Kind %,School %,Ouders %\n\
         a1,Een,Mijn zoon kreeg hulp.,ouder,20,30,50\n\
         a2,Twee,De school wachtte.,leraar,0,60,40\n\
         a3,Drie,Samen een plan.,ouder,70,10,20\n",
    );
    let mut harness = demo_app(Language::Dutch);
    harness
        .state_mut()
        .apply(Command::OpenOrImport(csv.clone()));
    crate::support::settle(&mut harness);
    let mut seen = screen_words(&harness);
    harness.get_by_label("Importeren").click();
    harness.run();
    harness.state_mut().apply(Command::OpenPath(csv));
    harness.state_mut().apply(Command::ShowImportReport(true));
    harness.run();
    seen.extend(screen_words(&harness));
    assert_no_english(&seen);
}

#[test]
fn while_a_dialog_asks_the_shortcuts_wait_and_esc_cancels_an_import() {
    let mut harness = demo_with_a_new_finding(Language::English);
    harness.state_mut().apply(Command::OpenDemo);
    harness.run();
    assert!(harness.state().unsaved_prompt().is_some());
    // Ctrl+Q behind the prompt does not quit.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Q);
    harness.run();
    assert!(!harness.state().is_quitting());
    harness.get_by_label("Cancel").click();
    harness.run();

    let dir = tempfile::tempdir().unwrap();
    let csv = write(
        dir.path(),
        "survey.csv",
        "id,Titel,Rol\na1,Een,ouder\na2,Twee,leraar\n",
    );
    harness.state_mut().apply(Command::OpenOrImport(csv));
    harness.run();
    harness.get_by_label("Don't save").click();
    harness.step();
    assert!(harness.state().import_dialog().is_some());
    harness.key_press(egui::Key::Escape);
    harness.run_ok();
    assert!(harness.state().import_dialog().is_none(), "Esc cancels");
    assert!(
        harness.state().has_unsaved_changes(),
        "nothing was replaced"
    );
}

#[test]
fn save_as_suggests_a_file_name_every_system_accepts() {
    let mut harness = demo_app(Language::English);
    let dialogs = std::rc::Rc::new(ScriptedDialogs::default());
    harness
        .state_mut()
        .set_dialogs(Box::new(SharedDialogs(dialogs.clone())));
    harness.state_mut().apply(Command::SaveAsDialog);
    let asked = dialogs.asked.borrow().join("\n");
    assert!(asked.contains("Demo- Ervaringen"), "{asked}");
    assert!(!asked.contains("Demo:"), "{asked}");
}

/// Scripted dialogs the test can still read after handing them over.
struct SharedDialogs(std::rc::Rc<ScriptedDialogs>);

impl storylens::ui::file_dialogs::FileDialogs for SharedDialogs {
    fn save_file(
        &self,
        title: &str,
        default_name: &str,
        filters: &[storylens::ui::file_dialogs::FileFilter],
    ) -> storylens::ui::file_dialogs::DialogAnswer {
        self.0.save_file(title, default_name, filters)
    }

    fn open_file(
        &self,
        title: &str,
        filters: &[storylens::ui::file_dialogs::FileFilter],
    ) -> storylens::ui::file_dialogs::DialogAnswer {
        self.0.open_file(title, filters)
    }
}

/// The demo at `size`, comparing `question` (split by `by`) with the
/// demo's first named selection.
fn compared_at(
    size: egui::Vec2,
    question: &str,
    by: Option<&str>,
) -> Harness<'static, StorylensApp> {
    let mut app = StorylensApp::demo();
    let id = |title: &str| {
        app.dataset()
            .codebook()
            .questions
            .iter()
            .find(|q| q.title == title)
            .map(|q| q.id.clone())
            .unwrap_or_else(|| panic!("no question {title}"))
    };
    let (question, by) = (id(question), by.map(id));
    let selection = app.project().selections.iter().next().unwrap().id;
    app.apply(Command::ShowQuestion(question));
    app.apply(Command::SetBy(by));
    app.apply(Command::Compare(Some(selection)));
    app.settings.language = Language::English;
    crate::support::harness_at(app, size)
}

#[test]
fn compared_panels_get_equal_rectangles_at_every_size() {
    let sizes = [
        egui::vec2(1280.0, 720.0),
        egui::vec2(1024.0, 768.0),
        egui::vec2(1920.0, 1080.0),
    ];
    let charts = [
        ("Wie was aan zet?", None),
        ("Voorbeeld van goed onderwijs", None),
        ("Gevoel", None),
        ("Gevoel", Some("Ondersteuning")),
        ("De manier waarop", Some("Heeft te maken met")),
        ("Wie was aan zet?", Some("Uw rolsoort")),
    ];
    for size in sizes {
        for (question, by) in charts {
            let harness = compared_at(size, question, by);
            let rects = storylens::ui::panel_rects(&harness.ctx);
            let what = format!("{question} × {by:?} at {size:?}");
            assert_eq!(rects.len(), 2, "{what}");
            assert!(
                (rects[0].width() - rects[1].width()).abs() < 0.5
                    && (rects[0].top() - rects[1].top()).abs() < 0.5,
                "{what}: {rects:?}"
            );
            assert!(
                rects[0].right() <= rects[1].left() + 0.5,
                "{what}: side by side"
            );
        }
        // The two triangles of a compared triad are the same size.
        let harness = compared_at(size, "Wie was aan zet?", None);
        let triangles = storylens::ui::triangles_drawn(&harness.ctx);
        assert_eq!(triangles.len(), 2, "{size:?}");
        assert!(
            (triangles[0].side - triangles[1].side).abs() < 0.5,
            "{size:?}: {triangles:?}"
        );
        assert!((triangles[0].origin.y - triangles[1].origin.y).abs() < 0.5);
        // Both in the window: the scene is laid out for the part of the
        // chart area that is seen (the old view ran the second triangle
        // off a 1280 × 720 window, to x = 1404).
        assert!(
            triangles[1].origin.x + triangles[1].side <= size.x,
            "{size:?}: {triangles:?}"
        );
    }
}

/// Errors (issue 13, item 8): a project that is not there and an empty
/// export, with the app in Dutch, are told in Dutch.
#[test]
fn a_dutch_screen_tells_errors_in_dutch() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = demo_app(Language::Dutch);
    let missing = dir.path().join("weg.storylens");
    harness
        .state_mut()
        .apply(Command::OpenPath(missing.clone()));
    harness.run();
    let notice = harness.state().notices().last().expect("a notice");
    assert_eq!(notice.level, NoticeLevel::Error);
    assert!(
        notice.text.starts_with(&format!(
            "Kan {} niet openen (het bestand bestaat niet); controleer",
            missing.display()
        )),
        "{}",
        notice.text
    );
    let mut seen = screen_words(&harness);
    let empty = write(dir.path(), "leeg.csv", "");
    harness.state_mut().apply(Command::OpenOrImport(empty));
    crate::support::settle(&mut harness);
    let error = harness
        .state()
        .import_dialog()
        .and_then(|dialog| dialog.error())
        .expect("the import dialog's error line")
        .to_owned();
    assert_eq!(
        error,
        "Kan \"leeg.csv\" niet importeren: het bestand is leeg; exporteer de gegevens opnieuw uit het verzamelplatform."
    );
    harness.get_by_label(&error);
    seen.extend(screen_words(&harness));
    assert_no_english(&seen);
}
