//! The import dialog driven through egui_kittest: a CSV the test writes,
//! the preview, a kind changed through its ComboBox, a rename, a merge, the
//! report saved, and a broken file.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use storylens::i18n::Language;
use storylens::import::{CodebookEdits, Edit, ImportOptions, KindChoice};
use storylens::model::{Column, QuestionKind};
use storylens::ui::file_dialogs::ScriptedDialogs;
use storylens::ui::import_dialog::{DialogOutcome, ImportDialog};

const SURVEY: &str = "\
id,Titel,Verhaal,Rol,Leeftijd,Kind %,School %,Ouders %
a1,Goed geregeld,Mijn zoon kreeg eindelijk de ondersteuning die hij nodig had na maanden wachten.,ouder,41,20,30,50
a2,Vastgelopen,De school zei dat ze niets meer konden doen en we moesten zelf zoeken.,leraar,38,10,60,35
a3,Samen,Met de intern begeleider hebben we samen een plan gemaakt dat echt werkte.,ouder,52,70,10,20
a4,Wachten,Het duurde een half jaar voordat er iets gebeurde en toen was het te laat.,leraar,veertig,0,50,50
";

/// The dialog and what it ended with.
struct Host {
    dialog: ImportDialog,
    outcome: Option<DialogOutcome>,
    language: Language,
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write the test file");
    path
}

fn open_with(
    path: PathBuf,
    language: Language,
    dialogs: ScriptedDialogs,
) -> Harness<'static, Host> {
    let dialog = ImportDialog::open(
        path,
        ImportOptions::default(),
        CodebookEdits::default(),
        Box::new(dialogs),
    );
    let host = Host {
        dialog,
        outcome: None,
        language,
    };
    let mut harness = Harness::builder()
        .with_max_steps(crate::support::MAX_STEPS)
        .with_size(egui::vec2(1500.0, 1100.0))
        .with_context_setup(storylens::ui::install_fonts)
        .build_ui_state(
            |ui, host: &mut Host| {
                if host.outcome.is_none() {
                    host.outcome = host.dialog.ui(ui.ctx(), host.language);
                }
            },
            host,
        );
    settle(&mut harness);
    harness
}

fn open(path: PathBuf) -> Harness<'static, Host> {
    open_with(path, Language::Dutch, ScriptedDialogs::default())
}

/// Steps frames until the background import is done, then lets egui settle.
fn settle(harness: &mut Harness<'static, Host>) {
    let deadline = Instant::now() + Duration::from_secs(60);
    harness.step();
    while harness.state().dialog.is_busy() {
        assert!(Instant::now() < deadline, "the import never finished");
        std::thread::sleep(Duration::from_millis(5));
        harness.step();
    }
    harness.run();
}

fn imported_outcome<'a>(
    harness: &'a Harness<'static, Host>,
) -> (&'a storylens::import::Imported, &'a CodebookEdits) {
    match &harness.state().outcome {
        Some(DialogOutcome::Import(imported, recipe)) => (imported, &recipe.edits),
        other => panic!("expected an import, got {other:?}"),
    }
}

#[test]
fn preview_kind_rename_and_import() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = open(write(dir.path(), "ervaringen.csv", SURVEY.as_bytes()));
    harness.get_by_label("Bestand: ervaringen.csv");
    harness.get_by_label("Herkend als: tabel met één kolom per vraag");
    // The preview shows the first story's title.
    harness.get_by_label("Goed geregeld");
    harness.get_by_label_contains("Gevonden vragen");

    // Leeftijd: a number (with one typing slip) becomes a single choice.
    harness.get_by_label("Soort van Leeftijd").click();
    harness.run();
    harness
        .query_all_by_label("enkele keuze")
        .last()
        .expect("the kind list is open")
        .click();
    settle(&mut harness);
    assert_eq!(
        harness.state().dialog.edits().edits,
        [Edit::Kind {
            column: "Leeftijd".into(),
            kind: KindChoice::Single
        }]
    );
    harness.get_by_label_contains("door u gekozen");

    // Rename the title question: select all, type, Enter.
    let field = harness.get_by_label("Titel van Titel");
    field.focus();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness
        .get_by_label("Titel van Titel")
        .type_text("Kop van het verhaal");
    harness.key_press(egui::Key::Enter);
    settle(&mut harness);

    harness.get_by_label("Importeren").click();
    harness.run();
    let (imported, edits) = imported_outcome(&harness);
    let dataset = &imported.dataset;
    let age = dataset.codebook().find("Leeftijd").expect("Leeftijd");
    let QuestionKind::SingleChoice { options, .. } = &age.kind else {
        panic!("Leeftijd is {:?}", age.kind)
    };
    assert_eq!(options, &["41", "38", "52", "veertig"]);
    let title = dataset
        .codebook()
        .find("Kop van het verhaal")
        .expect("renamed");
    assert_eq!(title.id.as_str(), "titel");
    assert!(edits.edits.contains(&Edit::Rename {
        column: "Titel".into(),
        title: "Kop van het verhaal".into()
    }));
}

#[test]
fn three_ticked_columns_become_a_triad() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = open(write(dir.path(), "wie.csv", SURVEY.as_bytes()));
    for column in ["Ouders %", "Kind %", "School %"] {
        harness.get_by_label(&format!("Kiezen: {column}")).click();
        harness.run();
    }
    harness.get_by_label("Boven:");
    let title = harness.get_by_label("Titel van de nieuwe vraag:");
    title.focus();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness
        .get_by_label("Titel van de nieuwe vraag:")
        .type_text("Wie was aan zet?");
    harness.run();
    harness.get_by_label("Maak triade").click();
    settle(&mut harness);
    harness.get_by_label("Importeren").click();
    harness.run();
    let (imported, _) = imported_outcome(&harness);
    let (question, column) = imported
        .dataset
        .questions()
        .find(|(q, _)| q.title == "Wie was aan zet?")
        .expect("the triad");
    assert_eq!(question.columns, ["Ouders %", "Kind %", "School %"]);
    let Column::Triad(triad) = column else {
        panic!("not a triad")
    };
    assert_eq!(triad.get(0), Some([0.5, 0.2, 0.3]));
}

#[test]
fn the_report_is_saved_through_the_file_dialog() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("verslag.txt");
    let dialogs = ScriptedDialogs {
        save_to: Some(target.clone()),
        ..ScriptedDialogs::default()
    };
    let path = write(dir.path(), "ervaringen.csv", SURVEY.as_bytes());
    let mut harness = open_with(path, Language::English, dialogs);
    harness.get_by_label_contains("Import report (");
    harness.get_by_label_contains("not a number; left missing: \"veertig\" (row 5)");
    harness.get_by_label("Save report…").click();
    harness.run();
    let saved = std::fs::read_to_string(&target).expect("the report was written");
    assert!(
        saved.starts_with("Import report: ervaringen.csv\n4 stories"),
        "{saved}"
    );
    assert!(
        saved.contains("Leeftijd: not a number; left missing: \"veertig\" (row 5)"),
        "{saved}"
    );
    harness.get_by_label(&format!("Report saved to {}", target.display()));
}

#[test]
fn a_broken_file_shows_its_sentence_and_the_dialog_stays_usable() {
    let dir = tempfile::tempdir().unwrap();
    let good = write(dir.path(), "goed.csv", SURVEY.as_bytes());
    let broken = write(
        dir.path(),
        "kapot.csv",
        &[0, 159, 146, 150, 0, 1, 2, 3, 0, 0, 7],
    );
    let dialogs = ScriptedDialogs {
        open: Some(good),
        ..ScriptedDialogs::default()
    };
    let mut harness = open_with(broken, Language::Dutch, dialogs);
    let sentence = harness.state().dialog.error().expect("an error").to_owned();
    assert!(
        sentence.starts_with("Kan \"kapot.csv\" niet lezen"),
        "{sentence}"
    );
    harness.get_by_label(&sentence);
    // Nothing to import: the button does nothing.
    harness.get_by_label("Importeren").click();
    harness.run();
    assert!(harness.state().outcome.is_none());
    // Another file through the open dialog imports fine.
    harness.get_by_label("Ander bestand…").click();
    settle(&mut harness);
    assert!(harness.state().dialog.error().is_none());
    harness.get_by_label("Goed geregeld");
    harness.get_by_label("Annuleren").click();
    harness.run();
    assert!(matches!(
        harness.state().outcome,
        Some(DialogOutcome::Cancelled)
    ));
}

#[test]
fn options_reorder_ordinal_and_ignore_toggle() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = open(write(dir.path(), "ervaringen.csv", SURVEY.as_bytes()));
    harness.get_by_label("Opties van Rol").click();
    harness.run();
    harness.get_by_label("Omhoog: leraar").click();
    settle(&mut harness);
    harness.get_by_label("Ordinaal: Rol").click();
    settle(&mut harness);
    let rol = |harness: &Harness<'static, Host>| {
        let imported = harness.state().dialog.imported().expect("imported");
        imported
            .dataset
            .codebook()
            .find("Rol")
            .map(|q| q.kind.clone())
    };
    assert_eq!(
        rol(&harness),
        Some(QuestionKind::SingleChoice {
            options: vec!["leraar".into(), "ouder".into()],
            ordinal: true
        })
    );

    harness.get_by_label("Negeren: Rol").click();
    settle(&mut harness);
    assert_eq!(rol(&harness), None);
    harness.get_by_label("(genegeerd)");
    harness.get_by_label("Negeren: Rol").click();
    settle(&mut harness);
    assert!(rol(&harness).is_some(), "back after un-ignoring");
}
