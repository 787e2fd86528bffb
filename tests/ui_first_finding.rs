//! The guided first finding: from the welcome screen to an exported,
//! annotated PNG of a before/after finding, counting every click. Typing
//! the two notes (and Tab between them) is not counted; the file dialogs
//! are scripted, as a person's answer to them is not a click in the app.

use std::path::{Path, PathBuf};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use storylens::i18n::Language;
use storylens::model::QuestionKind;
use storylens::ui::StorylensApp;
use storylens::ui::file_dialogs::ScriptedDialogs;

/// The harness and the clicks made so far.
struct Walk {
    harness: Harness<'static, StorylensApp>,
    clicks: usize,
}

impl Walk {
    fn new(app: StorylensApp) -> Self {
        let mut harness = crate::support::harness_of(app, Language::English);
        harness.run();
        Self { harness, clicks: 0 }
    }

    /// Clicks the first widget whose label is `label`.
    fn click(&mut self, label: &str) {
        self.harness
            .query_all_by_label(label)
            .next()
            .unwrap_or_else(|| panic!("nothing labelled {label:?}"))
            .click();
        self.after_click();
    }

    /// Clicks the first widget whose label starts with `prefix`.
    fn click_starting(&mut self, prefix: &str) {
        let node = self
            .harness
            .query_all_by(|node| node.label().is_some_and(|l| l.starts_with(prefix)))
            .next()
            .unwrap_or_else(|| panic!("nothing labelled {prefix:?}…"));
        node.click();
        self.after_click();
    }

    fn after_click(&mut self) {
        self.clicks += 1;
        // A background import keeps asking for frames: do not insist that
        // the UI settles here (`finish_import` waits for it).
        self.harness.run_ok();
    }

    /// Types into the focused field (not a click).
    fn type_text(&mut self, text: &str) {
        self.harness
            .input_mut()
            .events
            .push(egui::Event::Text(text.to_owned()));
        self.harness.run();
    }

    fn press(&mut self, key: egui::Key) {
        self.harness.key_press(key);
        self.harness.run();
    }

    fn app(&self) -> &StorylensApp {
        self.harness.state()
    }
}

/// Question → bar → select → story → finding with both notes → PNG: the
/// steps after the data is open. Returns the exported picture.
fn from_question_to_png(walk: &mut Walk, question: &str, option: &str, png: &Path) {
    walk.click(question);
    assert_eq!(
        walk.app()
            .chart()
            .and_then(|c| c.as_ref().ok())
            .map(|c| c.title.clone()),
        Some(question.to_owned())
    );
    // A bar both brushes and lists its stories.
    walk.click_starting(&format!("{option}: "));
    walk.click("Select these stories");
    let compared = walk.app().view().selection.clone().expect("compared");
    assert!(compared.from.is_some(), "a named selection");
    // Read the first story of the list.
    let row = walk.app().browser().expect("the stories are listed").rows[0];
    let title = walk
        .app()
        .dataset()
        .text(storylens::model::TextRole::Title, row)
        .expect("a title")
        .to_owned();
    walk.click(&title);
    assert!(walk.app().browser().unwrap().reading.is_some(), "reading");

    walk.click("Save as finding");
    let finding = walk.app().open_finding_id().expect("a finding");
    walk.type_text("Parents and teachers answer alike.");
    walk.press(egui::Key::Tab);
    walk.type_text("In this selection, parents stand out.");
    let saved = walk.app().project().finding(finding).unwrap().clone();
    assert_eq!(saved.saw, "Parents and teachers answer alike.");
    assert_eq!(saved.see_now, "In this selection, parents stand out.");

    walk.click("Export this finding…");
    walk.harness.state_mut().finish_exports();
    let bytes = std::fs::read(png).expect("the PNG was written");
    let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    let reader = decoder.read_info().expect("a PNG");
    assert!(reader.info().width >= 1000, "a picture at 2×");
}

fn first_single_choice(app: &StorylensApp) -> (String, String) {
    let question = app
        .dataset()
        .codebook()
        .questions
        .iter()
        .find(|q| matches!(q.kind, QuestionKind::SingleChoice { .. }) && !q.is_metadata())
        .expect("a choice question");
    (question.title.clone(), question.kind.options()[0].clone())
}

fn scripted(open: Option<PathBuf>, png: &Path) -> Box<ScriptedDialogs> {
    Box::new(ScriptedDialogs {
        open,
        save_to: Some(png.to_path_buf()),
        ..Default::default()
    })
}

#[test]
fn the_demo_to_an_exported_finding_in_at_most_eight_clicks() {
    let dir = tempfile::tempdir().unwrap();
    let png = dir.path().join("finding.png");
    let app = StorylensApp::demo()
        .with_welcome()
        .with_dialogs(scripted(None, &png));
    let mut walk = Walk::new(app);
    walk.click("Explore the demo");
    let (question, option) = first_single_choice(walk.app());
    from_question_to_png(&mut walk, &question, &option, &png);
    eprintln!("demo: {} clicks", walk.clicks);
    assert!(walk.clicks <= 8, "{} clicks", walk.clicks);
}

/// A home-made Excel export: 60 stories, a role, a triad in three columns.
fn write_workbook(path: &Path) {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    let header = [
        "id", "Titel", "Verhaal", "Rol", "Kind %", "School %", "Ouders %",
    ];
    for (c, name) in header.iter().enumerate() {
        sheet.write_string(0, c as u16, *name).unwrap();
    }
    let roles = ["ouder", "leraar", "begeleider"];
    for i in 0..60u32 {
        let r = i + 1;
        let kind = (i * 7) % 80 + 10;
        let school = (100 - kind) / 2;
        sheet.write_string(r, 0, format!("s{i}")).unwrap();
        sheet
            .write_string(r, 1, format!("Verhaal nummer {i}"))
            .unwrap();
        sheet
            .write_string(r, 2, format!("Dit is wat er gebeurde in situatie {i}."))
            .unwrap();
        sheet.write_string(r, 3, roles[(i % 3) as usize]).unwrap();
        sheet.write_number(r, 4, f64::from(kind)).unwrap();
        sheet.write_number(r, 5, f64::from(school)).unwrap();
        sheet
            .write_number(r, 6, f64::from(100 - kind - school))
            .unwrap();
    }
    book.save(path).unwrap();
}

#[test]
fn an_excel_export_to_an_exported_finding_in_at_most_eight_clicks() {
    let dir = tempfile::tempdir().unwrap();
    let xlsx = dir.path().join("verhalen.xlsx");
    write_workbook(&xlsx);
    let png = dir.path().join("finding.png");
    let app = StorylensApp::demo()
        .with_welcome()
        .with_dialogs(scripted(Some(xlsx), &png));
    let mut walk = Walk::new(app);
    walk.click("Open a file…");
    assert!(walk.app().import_dialog().is_some(), "the import dialog");
    crate::support::finish_import(&mut walk.harness);
    walk.clicks += 1; // finish_import clicked Import.
    assert_eq!(walk.app().dataset().len(), 60);
    from_question_to_png(&mut walk, "Rol", "ouder", &png);
    eprintln!("xlsx: {} clicks", walk.clicks);
    assert!(walk.clicks <= 8, "{} clicks", walk.clicks);
}
