//! The filter text box in the Dutch UI: a mistake is reported in Dutch,
//! with its column and what to do (issue 13 item 8).

use crate::support::demo_app;
use egui_kittest::kittest::Queryable;
use storylens::i18n::Language;

#[test]
fn a_bad_selection_typed_in_the_dutch_ui_is_explained_in_dutch() {
    let mut harness = demo_app(Language::Dutch);
    harness.get_by_label("Selecties").click();
    harness.run();
    harness.get_by_label("+ Nieuwe selectie").click();
    harness.run();
    // A new selection holds every story: its text is `all`, the typed text
    // follows it.
    let text_box = harness.get_by_label("Filter (als tekst)");
    text_box.focus();
    text_box.type_text(" and \"Gevoel\" has \"hoop\")");
    harness.run();
    harness.get_by_label("Toepassen").click();
    harness.run();
    harness.get_by_label("Kolom 28: onverwachte \")\": haal hem weg of zet er een \"(\" voor.");
    assert!(
        harness
            .query_by_label("Column 28: unexpected \")\": remove it or add a \"(\" before it.")
            .is_none()
    );
}
