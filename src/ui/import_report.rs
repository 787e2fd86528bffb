//! The import report after the import: the repairs and doubts of the last
//! import (a triad weight of 0, a value out of range, a sheet chosen) in a
//! window of their own, announced by one information notice ("12 notes on
//! the import — Show") instead of a warning card per note.

use crate::i18n::{self, Language};
use crate::import::ImportWarning;

use super::app::{Notice, StorylensApp};
use super::commands::Command;

impl StorylensApp {
    /// Keeps the notes of the import that made the open dataset and says
    /// how many there are, with a button that shows them.
    pub(crate) fn announce_import_notes(&mut self, notes: Vec<ImportWarning>) {
        self.import_notes = notes;
        self.import_report_open = false;
        if self.import_notes.is_empty() {
            return;
        }
        let tr = self.strings();
        let text = i18n::fill(tr.import_notes, &[("n", &self.import_notes.len())]);
        self.notices.push(
            Notice::info(text).with_action(tr.import_notes_show, Command::ShowImportReport(true)),
        );
    }

    /// The notes of the import behind the open data.
    pub fn import_notes(&self) -> &[ImportWarning] {
        &self.import_notes
    }

    /// Whether the import report window is open.
    pub fn import_report_is_open(&self) -> bool {
        self.import_report_open
    }
}

/// Whether a notice announces an import's notes: such a notice is stale
/// once another file is opened.
pub fn announces_notes(notice: &Notice) -> bool {
    matches!(&notice.action, Some((_, Command::ShowImportReport(_))))
}

/// The window with the notes, while it is open.
pub fn import_report_ui(
    ctx: &egui::Context,
    notes: &[ImportWarning],
    language: Language,
    commands: &mut Vec<Command>,
) {
    let tr = language.strings();
    let mut open = true;
    egui::Window::new(i18n::fill(tr.import_report, &[("n", &notes.len())]))
        .id(egui::Id::unique("import_report"))
        .open(&mut open)
        .collapsible(false)
        .default_width(620.0)
        .max_height(ctx.content_rect().height() * 0.7)
        .show(ctx, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                if notes.is_empty() {
                    ui.weak(tr.import_report_empty);
                }
                for note in notes {
                    ui.add(egui::Label::new(format!("• {}", note.sentence(language))).wrap());
                }
            });
        });
    if !open {
        commands.push(Command::ShowImportReport(false));
    }
}
