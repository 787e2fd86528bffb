//! The first rows of the file as read (a table, one column per header) and
//! the import report with its "save" button.

use egui_extras::{Column, TableBuilder};

use crate::i18n::{self, Language, Strings};
use crate::import::{Detected, ImportWarning};

use super::Change;

const HEADER_HEIGHT_PX: f32 = 22.0;
const ROW_HEIGHT_PX: f32 = 20.0;

pub(super) fn preview_ui(ui: &mut egui::Ui, detected: &Detected, tr: &Strings) {
    let heading = i18n::fill(tr.import_preview, &[("n", &detected.preview.len())]);
    egui::CollapsingHeader::new(heading)
        .id_salt("import_preview")
        .default_open(true)
        .show(ui, |ui| {
            egui::ScrollArea::horizontal()
                .id_salt("import_preview_scroll")
                .show(ui, |ui| table_ui(ui, detected));
        });
}

fn table_ui(ui: &mut egui::Ui, detected: &Detected) {
    let column = Column::initial(140.0)
        .at_least(40.0)
        .resizable(true)
        .clip(true);
    TableBuilder::new(ui)
        .id_salt("import_preview_table")
        .striped(true)
        .vscroll(false)
        .columns(column, detected.headers.len())
        .header(HEADER_HEIGHT_PX, |mut header| {
            for title in &detected.headers {
                header.col(|ui| {
                    ui.add(egui::Label::new(egui::RichText::new(title).strong()).truncate());
                });
            }
        })
        .body(|mut body| {
            for row in &detected.preview {
                body.row(ROW_HEIGHT_PX, |mut cells| {
                    for text in row {
                        cells.col(|ui| {
                            ui.add(egui::Label::new(text).truncate());
                        });
                    }
                });
            }
        });
}

/// Every warning with its rows (the first ten shown per warning; the saved
/// report lists them all).
pub(super) fn report_ui(
    ui: &mut egui::Ui,
    warnings: &[ImportWarning],
    status: Option<&str>,
    language: Language,
    changes: &mut Vec<Change>,
) {
    let tr = language.strings();
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        ui.strong(i18n::fill(tr.import_report, &[("n", &warnings.len())]));
        if ui.button(tr.import_save_report).clicked() {
            changes.push(Change::SaveReport);
        }
    });
    if let Some(status) = status {
        ui.label(status);
    }
    if warnings.is_empty() {
        ui.weak(tr.import_report_empty);
    }
    for warning in warnings {
        ui.label(format!("• {}", warning.sentence(language)));
    }
}
