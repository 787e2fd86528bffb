//! Import notes in the UI's language: a Dutch user who imports a file with
//! a slider value off the scale reads the note in Dutch, in the import
//! dialog and in the import report behind the notice.

use std::path::PathBuf;

use egui_kittest::kittest::Queryable;
use storylens::i18n::Language;
use storylens::import::{ImportNote, Rejection};
use storylens::ui::Command;

use crate::support::{demo_app, settle};

/// A Spryng-style export whose slider "Voorbeeld van goed onderwijs" has
/// 101 in file row 4, off its 0–100 scale.
fn export_with_a_bad_slider_value(dir: &std::path::Path) -> PathBuf {
    let path = dir.join("enquete.csv");
    let text = "\
Respondent,Voorbeeld van goed onderwijs - X,Gevoel - hoop,Gevoel - boosheid,Rol
1,72,1,0,ouder
2,15,0,1,leraar
3,101,1,1,ouder
4,40,0,0,leraar
";
    std::fs::write(&path, text).unwrap();
    path
}

const DUTCH_NOTE: &str =
    "Voorbeeld van goed onderwijs: geen getal van 0 tot 100; leeg gelaten: \"101\" (rij 4)";

#[test]
fn a_dutch_import_reports_a_bad_slider_value_in_dutch() {
    let dir = tempfile::tempdir().unwrap();
    let csv = export_with_a_bad_slider_value(dir.path());
    let mut harness = demo_app(Language::Dutch);
    harness.state_mut().apply(Command::OpenOrImport(csv));
    settle(&mut harness);
    // The dialog's own report lists the note in Dutch.
    harness.get_by_label(&format!("• {DUTCH_NOTE}"));
    assert!(harness.query_by_label_contains("not a number").is_none());
    harness.get_by_label("Importeren").click();
    harness.run();

    // The note is kept typed, and shown in Dutch behind the notice.
    let notes = harness.state().import_notes();
    assert!(
        notes.iter().any(|w| w.rows == [4]
            && matches!(
                &w.note,
                ImportNote::Rejected {
                    what: Rejection::NotInRange { .. },
                    values,
                    ..
                } if values == &["101"]
            )),
        "{notes:?}"
    );
    harness.get_by_label("Tonen").click();
    harness.run();
    assert!(harness.state().import_report_is_open());
    harness.get_by_label(&format!("• {DUTCH_NOTE}"));
    assert!(harness.query_by_label_contains("left missing").is_none());
}
