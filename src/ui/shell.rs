//! [`StorylensApp::apply`]: a [`Command`] goes to the workspace
//! ([`crate::workspace::apply`]), and the [`Effect`]s it hands back are
//! the shell's to carry out: settings, notices, dialogs, files, windows
//! and background jobs.

use crate::workspace::{Command, Effect, loses_work};

use super::app::StorylensApp;
use super::unsaved::UnsavedPrompt;

impl StorylensApp {
    /// Carries out one command; one that would replace or close a project
    /// with unsaved changes first asks *Save / Don't save / Cancel*.
    pub fn apply(&mut self, command: Command) {
        // While the prompt is open, its own answer (and anything else)
        // goes straight through, as the prompt already asked.
        if self.unsaved.is_some() {
            return self.carry_out(command);
        }
        self.sync_workspace();
        let effects = crate::workspace::apply(&mut self.workspace, command);
        self.carry_out_effects(effects);
    }

    /// Carries out one command without asking.
    pub(crate) fn carry_out(&mut self, command: Command) {
        self.sync_workspace();
        let effects = self.workspace.carry_out(command);
        self.carry_out_effects(effects);
    }

    /// Holds `command` back behind the prompt when it would lose work;
    /// true when it did.
    pub(crate) fn hold_back(&mut self, command: &Command) -> bool {
        if self.unsaved.is_some()
            || !loses_work(command)
            || !self.workspace.document.has_unsaved_changes()
        {
            return false;
        }
        self.unsaved = Some(UnsavedPrompt {
            then: command.clone(),
        });
        true
    }

    fn carry_out_effects(&mut self, effects: Vec<Effect>) {
        for effect in effects {
            match effect {
                Effect::Shell(command) => self.carry_out_shell(command),
                Effect::AskUnsaved(command) => {
                    self.unsaved = Some(UnsavedPrompt { then: command });
                }
                Effect::EditSelection(id) => self.editor.select(
                    id,
                    self.workspace.document.project(),
                    &self.workspace.document.dataset,
                ),
                Effect::SelectionRefused(error) => self.editor.error = Some(error),
                Effect::FocusFindingNotes => self.focus_new_finding.set(true),
                Effect::UndoOpen => self.undo_open(),
                Effect::RefreshEditor(id) => {
                    if self.editor.editing == Some(id) {
                        self.editor.select(
                            id,
                            self.workspace.document.project(),
                            &self.workspace.document.dataset,
                        );
                    }
                }
                Effect::Error(sentence) => self.notices.push(super::app::Notice::error(sentence)),
                Effect::FullScreen(on) => {
                    self.full_screen = on;
                    self.viewport_commands
                        .push(egui::ViewportCommand::Fullscreen(on));
                }
            }
        }
    }

    /// The commands that are the shell's, not the workspace's.
    fn carry_out_shell(&mut self, command: Command) {
        match command {
            Command::SetLanguage(language) => {
                self.settings.language = language;
                self.sync_workspace();
            }
            Command::SetTheme(theme) => self.settings.theme = theme,
            Command::Zoom(step) => self.settings.zoom(step),
            Command::ToggleFullScreen => {
                self.full_screen = !self.full_screen;
                self.viewport_commands
                    .push(egui::ViewportCommand::Fullscreen(self.full_screen));
            }
            Command::Quit => {
                self.quitting = true;
                self.viewport_commands.push(egui::ViewportCommand::Close);
            }
            Command::OpenDemo => self.open_demo(),
            Command::CloseProject => {
                self.open_demo();
                self.welcome.get_or_insert_with(Default::default);
            }
            Command::NewProject => self.new_project(),
            Command::AnswerUnsaved(answer) => self.answer_unsaved(answer),
            Command::ShowImportReport(open) => self.import_report_open = open,
            Command::OpenRecent(path) => self.open_recent(path),
            Command::ReimportDialog => self.reimport_with_dialog(),
            Command::Reimport(path) => self.reimport(path),
            Command::SetReopenLast(on) => self.settings.reopen_last = on,
            Command::ShowWelcome => {
                self.welcome.get_or_insert_with(Default::default);
            }
            Command::CloseWelcome => {
                self.welcome = None;
                self.settings.welcome_seen = true;
            }
            Command::AnswerRecovery(restore) => self.answer_recovery(restore),
            Command::Export(kind) => self.export_with_dialog(kind),
            Command::ExportTo(kind, path) => self.export_to(kind, path),
            Command::OpenPath(path) => self.open_path(&path),
            Command::OpenOrImport(path) => self.open_or_import(path),
            Command::OpenDialog => self.open_with_dialog(),
            Command::SaveAsDialog => self.save_with_dialog(),
            Command::Save => match self.project_path.clone() {
                Some(path) => self.save_project(&path),
                None => self.save_with_dialog(),
            },
            Command::SaveAs(path) => self.save_project(&path),
            Command::DismissNotice(index) if index < self.notices.len() => {
                self.notices.remove(index);
            }
            // The workspace carried out everything else.
            _ => {}
        }
    }

    /// File → Recent: open it again, or say it is gone and forget it.
    fn open_recent(&mut self, path: std::path::PathBuf) {
        if path.exists() {
            self.open_or_import(path);
        } else {
            self.settings.recent.retain(|p| *p != path);
            let tr = self.strings();
            let text = crate::i18n::fill(tr.recent_missing, &[("file", &path.display())]);
            self.notices.push(super::app::Notice::warning(text));
        }
    }

    pub(crate) fn after_project_change(&mut self) {
        self.sync_workspace();
        self.workspace.after_project_change();
    }

    /// Shows a finding's frozen comparison.
    /// Brushing, overlay, grid, search and keywords-in-context state.
    pub fn explore(&self) -> &crate::workspace::Explore {
        &self.workspace.explore
    }

    /// The search term to highlight in the stories, if searching; else
    /// the word of the keywords-in-context line being read.
    pub(crate) fn search_term(&self) -> &str {
        self.workspace.search_term()
    }
}
