//! No lost work: before a command would replace or close the open project
//! while it has changes that are not in its file, [`UnsavedPrompt`] asks
//! *Save / Don't save / Cancel*; opening another file can be undone.
//!
//! "Unsaved" means the project differs from the one last opened or saved
//! ([`Document::clean_project`](crate::workspace::Document::clean_project)), compared field by field, so undoing
//! back to the saved state is clean again. The commands that are guarded
//! are listed in [`loses_work`](crate::workspace::loses_work); the window's close button is guarded in
//! [`StorylensApp::guard_close_request`]. A *Save* that needs a file name
//! asks for it and carries the command out once the save succeeded.

use crate::i18n::{self, Language};

use super::app::{Notice, StorylensApp};
use super::commands::Command;
pub use crate::workspace::UnsavedAnswer;

/// The question on screen, and the command it holds back.
#[derive(Clone, Debug, PartialEq)]
pub struct UnsavedPrompt {
    /// What to carry out after *Save* or *Don't save*; dropped on *Cancel*.
    pub then: Command,
}

impl StorylensApp {
    /// Whether the project has changes that are not in its file.
    pub fn has_unsaved_changes(&self) -> bool {
        self.workspace.document.has_unsaved_changes()
    }

    /// The question on screen, if any.
    pub fn unsaved_prompt(&self) -> Option<&UnsavedPrompt> {
        self.unsaved.as_ref()
    }

    /// Carries out the prompt's answer.
    pub(crate) fn answer_unsaved(&mut self, answer: UnsavedAnswer) {
        let Some(prompt) = self.unsaved.take() else {
            return;
        };
        match answer {
            UnsavedAnswer::Cancel => self.after_save = None,
            UnsavedAnswer::Discard => self.carry_out(prompt.then),
            UnsavedAnswer::Save => {
                // `save_project` carries the command out once the project
                // is in its file; a cancelled "Save as" leaves it undone.
                self.after_save = Some(prompt.then);
                self.carry_out(Command::Save);
                if !self.saving() {
                    self.after_save = None;
                }
            }
        }
    }

    /// Whether a save is still under way: the built-in browser asks for
    /// the file name.
    fn saving(&self) -> bool {
        self.file_browser
            .as_ref()
            .is_some_and(|b| b.purpose == super::file_browser::BrowsePurpose::SaveProjectAs)
    }

    /// After a successful save: the command the prompt held back.
    pub(crate) fn run_after_save(&mut self) {
        if let Some(command) = self.after_save.take() {
            self.carry_out(command);
        }
    }

    /// The window's close button: with unsaved changes the window stays
    /// open and the prompt asks first.
    pub(crate) fn guard_close_request(&mut self, ctx: &egui::Context) {
        if !ctx.input(|i| i.viewport().close_requested()) || self.quitting {
            return;
        }
        if self.has_unsaved_changes() {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.hold_back(&Command::Quit);
        }
    }

    /// Edit → Undo with nothing left to undo in this project: go back to
    /// the project that was open before the last open or import.
    pub(crate) fn undo_open(&mut self) {
        let Some(previous) = self.previous.take() else {
            return;
        };
        let autosave = self.take_autosave();
        let mut current = std::mem::replace(self, *previous);
        current.hand_window_to(self);
        self.title_revision = None;
        self.restore_autosave(autosave, None);
        let tr = self.strings();
        self.notices.push(Notice::info(i18n::fill(
            tr.unsaved_reopened,
            &[("project", &self.workspace.document.project().name)],
        )));
    }
}

/// The modal question: Save / Don't save / Cancel. Esc cancels.
pub fn unsaved_prompt_ui(
    ctx: &egui::Context,
    project_name: &str,
    language: Language,
    commands: &mut Vec<Command>,
) {
    let tr = language.strings();
    let modal = egui::Modal::new(egui::Id::unique("unsaved_prompt")).show(ctx, |ui| {
        ui.set_max_width(460.0);
        ui.heading(tr.unsaved_title);
        ui.add_space(6.0);
        ui.add(egui::Label::new(i18n::fill(tr.unsaved_body, &[("project", &project_name)])).wrap());
        ui.add_space(12.0);
        ui.horizontal(|ui| {
            let save = ui.button(tr.unsaved_save);
            if save.clicked() {
                commands.push(Command::AnswerUnsaved(UnsavedAnswer::Save));
            }
            if ui.button(tr.unsaved_discard).clicked() {
                commands.push(Command::AnswerUnsaved(UnsavedAnswer::Discard));
            }
            if ui.button(tr.unsaved_cancel).clicked() {
                commands.push(Command::AnswerUnsaved(UnsavedAnswer::Cancel));
            }
            // Enter saves, as in every desktop app's dialog.
            if !ui.memory(|m| m.focused().is_some()) {
                save.request_focus();
            }
        });
    });
    if modal.should_close() {
        commands.push(Command::AnswerUnsaved(UnsavedAnswer::Cancel));
    }
}
