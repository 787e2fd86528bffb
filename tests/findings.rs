//! Findings, perspectives, redaction, autosave and exports, driven through
//! the app with egui_kittest.

use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::support::harness_of;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use storylens::i18n::Language;
use storylens::model::{StoryId, TextRole};
use storylens::project::{AUTOSAVE_IDLE, Redaction, autosave_path, load};
use storylens::ui::autosave_driver::{AutosaveDriver, Clock, UNSAVED_NAME};
use storylens::ui::export_actions::{ExportKind, ImageFormat, TableFormat};
use storylens::ui::file_dialogs::ScriptedDialogs;
use storylens::ui::{ArrangeCommand, Command, FindingEdit, NoticeLevel, StorylensApp};

fn with_autosave(dir: &Path, clock: &Clock) -> StorylensApp {
    StorylensApp::demo().with_autosave(AutosaveDriver::new(dir.to_path_buf(), clock.clone()))
}

/// Lets the idle time pass and waits for the background write.
fn let_autosave_run(harness: &mut Harness<'static, StorylensApp>, clock: &Clock) {
    harness.run(); // the frame that notices the change
    clock.advance(AUTOSAVE_IDLE + Duration::from_secs(1));
    harness.run();
    harness.state_mut().finish_autosave();
}

fn open_findings_tab(harness: &mut Harness<'static, StorylensApp>) {
    let findings = harness.state().strings().findings;
    harness.get_by_label(findings).click();
    harness.run();
}

// --- autosave ---------------------------------------------------------------

#[test]
fn an_edit_is_autosaved_after_the_idle_time_and_restored_after_a_crash() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Clock::manual();
    let mut harness = harness_of(with_autosave(dir.path(), &clock), Language::Dutch);
    let first = harness.state().project().findings[0].clone();
    open_findings_tab(&mut harness);
    harness.get_by_label(&first.title).click();
    harness.run();
    let proposals = harness.get_by_label("Verbetervoorstellen (één per regel)");
    proposals.focus();
    proposals.type_text("\nEen vaste contactpersoon");
    harness.run();

    let autosave = autosave_path(&dir.path().join(UNSAVED_NAME));
    clock.advance(AUTOSAVE_IDLE / 2);
    harness.run();
    harness.state_mut().finish_autosave();
    assert!(!autosave.exists(), "not before the idle time");
    let_autosave_run(&mut harness, &clock);
    let saved = load(&autosave).expect("the autosave loads");
    let proposals = &saved.finding(first.id).unwrap().proposals;
    assert_eq!(proposals.last().unwrap(), "Een vaste contactpersoon");
    // The app "crashes": nothing is flushed or cleaned up.
    drop(harness);

    let mut harness = harness_of(with_autosave(dir.path(), &Clock::manual()), Language::Dutch);
    assert_eq!(harness.state().project().finding(first.id), Some(&first));
    harness.get_by_label_contains("Herstel niet-opgeslagen wijzigingen van ");
    harness.get_by_label("Herstellen").click();
    harness.run();
    let restored = harness.state().project().finding(first.id).unwrap();
    assert_eq!(
        restored.proposals.last().unwrap(),
        "Een vaste contactpersoon"
    );
    assert!(
        harness.query_by_label("Herstellen").is_none(),
        "banner gone"
    );
    assert!(autosave.exists(), "kept until the project is saved");
}

#[test]
fn saving_removes_the_autosave_and_discard_keeps_the_saved_project() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Clock::manual();
    let mut harness = harness_of(with_autosave(dir.path(), &clock), Language::English);
    let id = harness.state().project().findings[0].id;
    let edit = |title: &str| Command::EditFinding(id, FindingEdit::Title(title.into()));
    harness.state_mut().apply(edit("Unsaved title"));
    let_autosave_run(&mut harness, &clock);
    let unsaved = autosave_path(&dir.path().join(UNSAVED_NAME));
    assert!(unsaved.exists());

    let path = dir.path().join("project.storylens");
    harness.state_mut().apply(Command::SaveAs(path.clone()));
    assert!(path.exists() && !unsaved.exists(), "a real save removes it");
    harness.state_mut().apply(edit("Autosaved title"));
    let_autosave_run(&mut harness, &clock);
    let beside = autosave_path(&path);
    assert_eq!(
        load(&beside).unwrap().finding(id).unwrap().title,
        "Autosaved title"
    );

    // Opening the project again asks about the unsaved change (it is in
    // the autosave), then offers the newer autosave; discard it.
    harness.state_mut().apply(Command::OpenPath(path.clone()));
    harness.run();
    harness.get_by_label("Don't save").click();
    harness.run();
    harness.get_by_label_contains("Restore unsaved changes from ");
    harness.get_by_label("Discard").click();
    harness.run();
    assert!(!beside.exists());
    assert_eq!(
        harness.state().project().finding(id).unwrap().title,
        "Unsaved title"
    );

    // Restoring is one undoable step on the same data.
    harness.state_mut().apply(edit("Second try"));
    let_autosave_run(&mut harness, &clock);
    harness.state_mut().apply(Command::OpenPath(path.clone()));
    harness.run();
    harness.get_by_label("Don't save").click();
    harness.run();
    harness.get_by_label("Restore").click();
    harness.run();
    assert_eq!(
        harness.state().project().finding(id).unwrap().title,
        "Second try"
    );
    harness.state_mut().apply(Command::Undo);
    assert_eq!(
        harness.state().project().finding(id).unwrap().title,
        "Unsaved title"
    );
    harness.state_mut().apply(Command::Save);
    assert!(!beside.exists());
}

// --- findings panel -----------------------------------------------------------

fn perspective_ids(app: &StorylensApp, index: usize) -> Vec<u32> {
    app.project().perspectives[index]
        .findings
        .iter()
        .map(|f| f.0)
        .collect()
}

#[test]
fn perspectives_are_made_renamed_and_findings_moved_by_buttons_and_drag() {
    let mut harness = harness_of(StorylensApp::demo(), Language::English);
    open_findings_tab(&mut harness);
    assert_eq!(perspective_ids(harness.state(), 0), [1, 2, 3, 4, 10]);

    // Keyboard-accessible buttons: the first finding one down.
    harness
        .query_all_by_label("Move down")
        .next()
        .unwrap()
        .click();
    harness.run();
    assert_eq!(perspective_ids(harness.state(), 0), [2, 1, 3, 4, 10]);
    harness
        .query_all_by_label("Move up")
        .nth(1)
        .unwrap()
        .click();
    harness.run();
    assert_eq!(perspective_ids(harness.state(), 0), [1, 2, 3, 4, 10]);

    // A new perspective, renamed.
    harness.get_by_label("+ New perspective").click();
    harness.run();
    assert_eq!(harness.state().project().perspectives.len(), 4);
    harness.get_by_label("Perspective 4");
    harness
        .query_all_by_label("Edit perspective")
        .last()
        .unwrap()
        .click();
    harness.run();
    let title = harness.get_by_label("Title of the perspective");
    title.focus();
    title.type_text(": workshop");
    harness.run();
    let new = harness.state().project().perspectives[3].clone();
    assert_eq!(new.title, "Perspective 4: workshop");
    harness
        .query_all_by_label("Edit perspective")
        .last()
        .unwrap()
        .click(); // done editing
    harness.run();

    // Move the second finding of the first perspective into the new one
    // (the command a drop pushes; mouse dragging is not driven here).
    let to = Some(new.id);
    let finding = storylens::project::FindingId(2);
    harness
        .state_mut()
        .apply(Command::Arrange(ArrangeCommand::MoveFinding {
            finding,
            to,
            index: 0,
        }));
    harness.run();
    assert_eq!(perspective_ids(harness.state(), 0), [1, 3, 4, 10]);
    assert_eq!(
        harness.state().project().perspectives[3].findings,
        [storylens::project::FindingId(2)]
    );

    // Undo puts it back; deleting a perspective keeps its findings.
    harness.state_mut().apply(Command::Undo);
    assert_eq!(perspective_ids(harness.state(), 0), [1, 2, 3, 4, 10]);
    let id = harness.state().project().perspectives[0].id;
    harness
        .state_mut()
        .apply(Command::Arrange(ArrangeCommand::DeletePerspective(id)));
    harness.run();
    assert_eq!(harness.state().project().ungrouped_findings().len(), 5);
    harness.get_by_label("Other findings");
}

#[test]
fn a_finding_whose_selection_changed_offers_update_to_current() {
    let mut harness = harness_of(StorylensApp::demo(), Language::English);
    let finding = harness.state().project().findings[0].clone();
    let from = finding.selection.from.expect("made from a named selection");
    harness
        .state_mut()
        .apply(Command::RenameSelection(from, "Renamed".into()));
    open_findings_tab(&mut harness);
    harness
        .get_by_label(&format!("⚠ {}", finding.title))
        .click();
    harness.run();
    harness.get_by_label_contains("changed since this finding");
    assert_eq!(
        harness
            .state()
            .project()
            .finding(finding.id)
            .unwrap()
            .selection
            .name,
        finding.selection.name
    );
    harness
        .get_by_label("Update to the current selection")
        .click();
    harness.run();
    assert_eq!(
        harness
            .state()
            .project()
            .finding(finding.id)
            .unwrap()
            .selection
            .name,
        "Renamed"
    );
    assert!(
        harness
            .query_by_label_contains("changed since this finding")
            .is_none()
    );
    assert_eq!(
        harness.state().view().selection.as_ref().unwrap().name,
        "Renamed"
    );
}

// --- redaction ----------------------------------------------------------------

/// Opens story `row` in the reader.
fn read_story(harness: &mut Harness<'static, StorylensApp>, row: usize) {
    harness.state_mut().apply(Command::OpenRows {
        label: "test".into(),
        rows: vec![row],
    });
    harness
        .state_mut()
        .apply(Command::Browser(storylens::ui::BrowserCommand::Read(0)));
    harness.run();
}

#[test]
fn selected_words_become_a_placeholder_shown_marked_and_removable() {
    let mut harness = harness_of(StorylensApp::demo(), Language::Dutch);
    read_story(&mut harness, 5);
    let dataset = harness.state().dataset();
    let text = dataset.text(TextRole::Story, 5).unwrap().to_owned();
    let story_id = dataset.story_ids()[5].clone();
    // Type words of the story (mouse selection is not driven here: see
    // the branch report).
    let word = text
        .split_whitespace()
        .find(|w| w.len() >= 6)
        .unwrap()
        .to_owned();
    let field = harness.get_by_label("Te vervangen tekst");
    field.focus();
    field.type_text(&word);
    harness.run();
    let chosen = harness.get_by_label("Te vervangen tekst").value().unwrap();
    assert!(chosen.len() >= 3 && text.contains(&chosen), "{chosen:?}");
    harness.get_by_label("[plaats]").click();
    harness.run();
    harness.get_by_label("Vervangen").click();
    harness.run();
    let expected = Redaction {
        story_id: story_id.clone(),
        original: chosen.clone(),
        placeholder: "[plaats]".into(),
    };
    assert_eq!(
        harness.state().project().redactions,
        std::slice::from_ref(&expected)
    );
    let shown = text.replace(&chosen, "[plaats]");
    harness.get_by_value(&shown);
    harness.get_by_label_contains("Gemarkeerde tekst is vervangen");

    // Words that are not in the story are refused with a sentence.
    let field = harness.get_by_label("Te vervangen tekst");
    field.focus();
    field.type_text("woorden die er niet in staan");
    harness.run();
    harness.get_by_label("Vervangen").click();
    harness.run();
    harness.get_by_label("Deze tekst staat niet in de titel of tekst van het verhaal.");
    assert_eq!(harness.state().project().redactions.len(), 1);

    harness.get_by_label(&format!("“{chosen}” → [plaats]"));
    // The panel's close button comes first, the redaction's remove last.
    harness.query_all_by_label("✕").last().unwrap().click();
    harness.run();
    assert!(harness.state().project().redactions.is_empty());
    harness.get_by_value(&text);
}

#[test]
fn the_presentation_overlay_lists_the_stories_of_a_clicked_mark_redacted() {
    let mut harness = harness_of(StorylensApp::demo(), Language::Dutch);
    harness.key_press(egui::Key::F5);
    harness.run();
    assert!(harness.state().presentation().is_some());
    // A cell of the slide's cross-table: "row × column: count".
    let cell = harness
        .query_all_by(|node| {
            node.label().is_some_and(|l| {
                l.contains(" × ")
                    && l.rsplit(": ")
                        .next()
                        .is_some_and(|n| n.parse::<usize>().is_ok_and(|n| n > 0))
            })
        })
        .next()
        .expect("a cell with stories");
    cell.click();
    harness.run();
    let rows = harness
        .state()
        .browser()
        .expect("overlay open")
        .rows
        .clone();
    let dataset = harness.state().dataset();
    let row = rows[0];
    let story_id: StoryId = dataset.story_ids()[row].clone();
    let title = dataset.text(TextRole::Title, row).unwrap().to_owned();
    let word = title
        .split_whitespace()
        .find(|w| w.len() >= 4)
        .unwrap()
        .to_owned();
    harness.state_mut().apply(Command::AddRedaction(Redaction {
        story_id,
        original: word.clone(),
        placeholder: "[naam]".into(),
    }));
    harness.run();
    let redacted = title.replace(&word, "[naam]");
    assert!(
        harness.query_by_label(&title).is_none(),
        "the original title is hidden"
    );
    harness
        .query_all_by_label(&redacted)
        .next()
        .unwrap()
        .click();
    harness.run();
    assert_eq!(harness.state().browser().unwrap().reading, Some(0));
    harness.get_by_label(&redacted);
    assert!(
        harness.query_by_label("Te vervangen tekst").is_none(),
        "no editing on a slide"
    );
    assert!(harness.state().presentation().is_some(), "still presenting");
}

// --- exports ------------------------------------------------------------------

/// Exports `kind` through the scripted save dialog into `dir`; returns the
/// path written.
fn export(
    harness: &mut Harness<'static, StorylensApp>,
    dir: &Path,
    kind: ExportKind,
    name: &str,
) -> PathBuf {
    let path = dir.join(name);
    let dialogs = ScriptedDialogs {
        save_to: Some(path.clone()),
        ..ScriptedDialogs::default()
    };
    harness.state_mut().set_dialogs(Box::new(dialogs));
    harness.state_mut().apply(Command::Export(kind));
    harness.run();
    harness.state_mut().finish_exports();
    harness.run();
    let notice = harness.state().notices().last().unwrap().clone();
    assert_eq!(notice.level, NoticeLevel::Info, "{}", notice.text);
    assert!(notice.text.contains(name), "{}", notice.text);
    path
}

fn xml_texts(xml: &str) -> String {
    let options = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..Default::default()
    };
    let document = roxmltree::Document::parse_with_options(xml, options).expect("well-formed");
    document
        .descendants()
        .filter_map(|n| n.text())
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn every_export_kind_is_written_from_the_menu_and_opens() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness_of(StorylensApp::demo(), Language::Dutch);
    let project = harness.state().project().clone();
    let first = project.findings[0].clone();
    let quote = first.quotes[0].clone();
    let word = quote
        .excerpt
        .split_whitespace()
        .find(|w| w.len() >= 5)
        .unwrap()
        .to_owned();
    harness.state_mut().apply(Command::AddRedaction(Redaction {
        story_id: quote.story_id.clone(),
        original: word.clone(),
        placeholder: "[naam school]".into(),
    }));
    harness.state_mut().apply(Command::OpenFinding(first.id));
    harness.run();

    // Through the menu once: File → Export → Report → HTML.
    let html_path = dir.path().join("rapport.html");
    harness.state_mut().set_dialogs(Box::new(ScriptedDialogs {
        save_to: Some(html_path.clone()),
        ..ScriptedDialogs::default()
    }));
    harness.get_by_label("Bestand").click();
    harness.run();
    harness.get_by_label("Exporteren").hover();
    harness.run();
    harness.get_by_label("Rapport").hover();
    harness.run();
    harness.get_by_label("HTML").click();
    harness.run();
    harness.state_mut().finish_exports();
    let html = std::fs::read_to_string(&html_path).unwrap();
    let text = xml_texts(&html);
    for finding in &project.findings {
        assert!(text.contains(&finding.title), "{}", finding.title);
    }
    assert!(text.contains("[naam school]") && !text.contains(&quote.excerpt));

    let docx = export(
        &mut harness,
        dir.path(),
        ExportKind::Report(storylens::report::Format::Docx),
        "rapport.docx",
    );
    let mut zip = zip::ZipArchive::new(std::fs::File::open(docx).unwrap()).unwrap();
    let mut document = String::new();
    std::io::Read::read_to_string(
        &mut zip.by_name("word/document.xml").unwrap(),
        &mut document,
    )
    .unwrap();
    let text = xml_texts(&document);
    assert!(text.contains(&first.title) && text.contains("[naam school]"));

    let pdf = export(
        &mut harness,
        dir.path(),
        ExportKind::Report(storylens::report::Format::Pdf),
        "rapport.pdf",
    );
    assert!(std::fs::read(pdf).unwrap().starts_with(b"%PDF-"));
    let md = export(
        &mut harness,
        dir.path(),
        ExportKind::Report(storylens::report::Format::Markdown),
        "rapport.md",
    );
    let markdown = std::fs::read_to_string(md).unwrap();
    assert!(markdown.contains(&first.title) && markdown.contains("images/"));
    assert!(dir.path().join("images").read_dir().unwrap().count() >= project.findings.len());

    let png = export(
        &mut harness,
        dir.path(),
        ExportKind::Snapshot(ImageFormat::Png),
        "bevinding.png",
    );
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(png).unwrap()));
    let mut reader = decoder.read_info().unwrap();
    let mut pixels = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut pixels).unwrap();
    assert_eq!(info.width, 2800, "1400 px at 2×");
    assert!(info.height > 1000);
    let distinct: std::collections::HashSet<&[u8]> = pixels.chunks(4).take(4_000_000).collect();
    assert!(
        distinct.len() > 50,
        "a picture, not a blank: {}",
        distinct.len()
    );

    let svg = export(
        &mut harness,
        dir.path(),
        ExportKind::Snapshot(ImageFormat::Svg),
        "bevinding.svg",
    );
    let svg = std::fs::read_to_string(svg).unwrap();
    let text = xml_texts(&svg);
    assert!(text.contains("[naam school]") && !text.contains(&quote.excerpt));

    let dataset = harness.state().dataset();
    let selection_n = first.selection.filter.evaluate(dataset).unwrap().count();
    let csv = export(
        &mut harness,
        dir.path(),
        ExportKind::Table(TableFormat::Csv),
        "selectie.csv",
    );
    let mut reader = csv::Reader::from_path(csv).unwrap();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), selection_n);
    let xlsx = export(
        &mut harness,
        dir.path(),
        ExportKind::Table(TableFormat::Xlsx),
        "selectie.xlsx",
    );
    use calamine::Reader;
    let mut workbook: calamine::Xlsx<_> = calamine::open_workbook(xlsx).unwrap();
    let sheet = workbook.worksheet_range_at(0).unwrap().unwrap();
    assert_eq!(sheet.height(), rows.len() + 1);
}
