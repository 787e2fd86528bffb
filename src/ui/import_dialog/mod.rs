//! [`ImportDialog`]: opens a data file, shows what detection made of it,
//! and lets the researcher correct the codebook before importing.
//!
//! The dialog owns an [`ImportJob`] and a set of [`CodebookEdits`]. Every
//! edit starts the import again on its thread (the previous run is
//! cancelled), so the preview, the questions and the report always show
//! the file as it will be imported. Controls push `Change`s while drawing;
//! [`ImportDialog::ui`] carries them out after the window is drawn, the same
//! pattern the app uses for its `Command`s.
//!
//! - `preview`: the first rows as read, and the import report.
//! - `questions`: the detected questions with their kind, title,
//!   confidence, options and ignore toggles.
//! - `merge`: ticked questions merged into a triad or a multi-choice.
//! - `files`: "Other file…" and "Save report…", with the built-in file
//!   browser where the system's dialog cannot be shown.

mod files;
mod merge;
mod preview;
mod questions;

use std::path::{Path, PathBuf};

use crate::i18n::{self, Language, Strings};
use crate::import::{
    CodebookEdits, Edit, ImportJob, ImportOptions, ImportRecipe, Imported, Layout,
};

use super::file_browser::FileBrowser;
use super::file_dialogs::FileDialogs;
use merge::MergeState;

/// How the dialog ended.
#[derive(Debug)]
#[must_use]
pub enum DialogOutcome {
    /// The user pressed "Import": the dataset with the edits applied, and
    /// the options and edits to keep with the project.
    Import(Box<Imported>, ImportRecipe),
    /// The user closed the dialog; nothing was imported.
    Cancelled,
}

/// What a control asked for; carried out after drawing.
#[derive(Clone, Debug, PartialEq)]
enum Change {
    Edit(Edit),
    Unignore(String),
    Select(String, bool),
    /// Read another sheet of the workbook.
    Sheet(String),
    /// Corner slot (top, left, right) takes the selected column at index.
    Corner(usize, usize),
    SaveReport,
    Stop,
    Retry,
    OtherFile,
    Import,
    Cancel,
}

/// The import dialog's state.
pub struct ImportDialog {
    path: PathBuf,
    options: ImportOptions,
    edits: CodebookEdits,
    job: Option<ImportJob>,
    /// The last finished import, and the edits it was made with.
    imported: Option<(Imported, CodebookEdits)>,
    /// The sentence of the last failed import.
    error: Option<String>,
    merge: MergeState,
    /// Outcome of the last "save report" (where to, or why not).
    status: Option<String>,
    dialogs: Box<dyn FileDialogs>,
    /// The built-in file browser, when the system's dialog could not be
    /// shown for "Other file…" or "Save report…".
    browser: Option<FileBrowser>,
}

impl ImportDialog {
    /// Opens the dialog on `path` and starts importing it with `edits`
    /// (those a project kept for this survey, or none).
    pub fn open(
        path: PathBuf,
        options: ImportOptions,
        edits: CodebookEdits,
        dialogs: Box<dyn FileDialogs>,
    ) -> Self {
        let mut dialog = Self {
            path,
            options,
            edits,
            job: None,
            imported: None,
            error: None,
            merge: MergeState::default(),
            status: None,
            dialogs,
            browser: None,
        };
        dialog.restart();
        dialog
    }

    /// The file being imported.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The codebook edits made in the dialog so far.
    pub fn edits(&self) -> &CodebookEdits {
        &self.edits
    }

    /// The import options chosen so far (sheet, header row, …).
    pub fn options(&self) -> &ImportOptions {
        &self.options
    }

    /// Whether an import is running.
    pub fn is_busy(&self) -> bool {
        self.job.is_some()
    }

    /// The sentence of the last failed import.
    pub fn error(&self) -> Option<&str> {
        self.error.as_deref()
    }

    /// The last finished import.
    pub fn imported(&self) -> Option<&Imported> {
        self.imported.as_ref().map(|(imported, _)| imported)
    }

    /// Draws the dialog; `Some` once the user imports or cancels.
    pub fn ui(&mut self, ctx: &egui::Context, language: Language) -> Option<DialogOutcome> {
        self.poll(language);
        if self.is_busy() {
            ctx.request_repaint();
        }
        let tr = language.strings();
        let mut changes = Vec::new();
        let mut open = true;
        egui::Window::new(tr.import_window_title)
            .id(egui::Id::unique("import_dialog"))
            .open(&mut open)
            .collapsible(false)
            .resizable(true)
            .default_size([1000.0, 720.0])
            .show(ctx, |ui| self.contents_ui(ui, language, &mut changes));
        // Esc cancels, as the ✕ does; a combo box or menu open in the
        // dialog takes its Esc first.
        let escape =
            ctx.input(|i| i.key_pressed(egui::Key::Escape)) && !egui::Popup::is_any_open(ctx);
        if !open || escape {
            changes.push(Change::Cancel);
        }
        self.browser_ui(ctx, language);
        let mut outcome = None;
        for change in changes {
            outcome = outcome.or(self.carry_out(change, language));
        }
        outcome
    }

    /// Takes the result of a finished import; a failure is worded in
    /// `language`.
    fn poll(&mut self, language: Language) {
        let Some(result) = self.job.as_mut().and_then(ImportJob::poll) else {
            return;
        };
        self.job = None;
        match result {
            Ok(imported) => {
                self.imported = Some((imported, self.edits.clone()));
                self.error = None;
                self.merge.drafts.clear();
            }
            Err(error) => self.error = Some(error.sentence(language)),
        }
    }

    /// Imports again with the current edits (cancelling a running import).
    fn restart(&mut self) {
        self.error = None;
        self.job = Some(ImportJob::start(
            self.path.clone(),
            self.options.clone(),
            self.edits.clone(),
        ));
    }

    fn file_name(&self) -> String {
        self.path.file_name().map_or_else(
            || self.path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        )
    }

    /// The finished import is of the current edits and nothing runs.
    fn can_import(&self) -> bool {
        self.job.is_none()
            && self.error.is_none()
            && self
                .imported
                .as_ref()
                .is_some_and(|(_, edits)| *edits == self.edits)
    }

    fn contents_ui(&mut self, ui: &mut egui::Ui, language: Language, changes: &mut Vec<Change>) {
        let tr = language.strings();
        ui.horizontal(|ui| {
            ui.strong(i18n::fill(tr.import_file, &[("file", &self.file_name())]));
            if let Some((imported, _)) = &self.imported {
                ui.separator();
                let layout = layout_name(imported.layout, tr);
                ui.label(i18n::fill(tr.import_layout, &[("layout", &layout)]));
                ui.separator();
                let count = i18n::format_count(language, imported.dataset.len());
                ui.label(i18n::fill(tr.stories_count, &[("n", &count)]));
            }
        });
        if let Some((imported, _)) = &self.imported {
            let chosen_by_us = self.options.sheet.is_none();
            sheet_ui(ui, &imported.detected, chosen_by_us, tr, changes);
        }
        ui.horizontal(|ui| {
            if ui
                .add_enabled(self.can_import(), egui::Button::new(tr.import_button))
                .clicked()
            {
                changes.push(Change::Import);
            }
            if ui.button(tr.import_cancel).clicked() {
                changes.push(Change::Cancel);
            }
        });
        if let Some(job) = &self.job {
            ui.horizontal(|ui| {
                ui.add(
                    egui::ProgressBar::new(job.progress())
                        .desired_width(360.0)
                        .show_percentage(),
                )
                .accessible_name(tr.import_reading);
                ui.label(tr.import_reading);
                if ui.button(tr.import_stop).clicked() {
                    changes.push(Change::Stop);
                }
            });
        }
        if let Some(error) = &self.error {
            ui.colored_label(ui.visuals().error_fg_color, error);
            ui.horizontal(|ui| {
                if ui.button(tr.import_retry).clicked() {
                    changes.push(Change::Retry);
                }
                if ui.button(tr.import_other_file).clicked() {
                    changes.push(Change::OtherFile);
                }
            });
        }
        ui.separator();
        let Some((imported, _)) = &self.imported else {
            return;
        };
        egui::ScrollArea::vertical()
            .id_salt("import_dialog_scroll")
            .auto_shrink([false, false])
            .show(ui, |ui| {
                preview::preview_ui(ui, &imported.detected, tr);
                questions::questions_ui(
                    ui,
                    &imported.detected,
                    &self.edits,
                    &mut self.merge,
                    tr,
                    changes,
                );
                merge::merge_ui(ui, &imported.detected, &mut self.merge, tr, changes);
                preview::report_ui(
                    ui,
                    &imported.warnings,
                    self.status.as_deref(),
                    language,
                    changes,
                );
            });
    }

    fn carry_out(&mut self, change: Change, language: Language) -> Option<DialogOutcome> {
        let tr = language.strings();
        match change {
            Change::Edit(edit) => {
                if matches!(edit, Edit::Triad { .. } | Edit::Multi { .. }) {
                    self.merge.clear();
                }
                self.edits.push(edit);
                self.restart();
            }
            Change::Unignore(column) => {
                self.edits.unignore(&column);
                self.restart();
            }
            Change::Select(key, selected) => self.merge.select(&key, selected),
            Change::Sheet(sheet) => {
                // Another sheet has other columns: the edits were made for
                // this one, so they start over.
                self.options.sheet = Some(sheet);
                self.edits = CodebookEdits::default();
                self.imported = None;
                self.merge.clear();
                self.restart();
            }
            Change::Corner(slot, index) => {
                if let Some(corner) = self.merge.corners.get_mut(slot) {
                    *corner = index;
                }
            }
            Change::SaveReport => self.save_report(language),
            Change::Stop => {
                if let Some(job) = &self.job {
                    job.cancel();
                }
            }
            Change::Retry => self.restart(),
            Change::OtherFile => self.open_other_file(tr),
            Change::Import => {
                if self.can_import()
                    && let Some((imported, edits)) = self.imported.take()
                {
                    let recipe = ImportRecipe {
                        options: self.options.clone(),
                        edits,
                    };
                    return Some(DialogOutcome::Import(Box::new(imported), recipe));
                }
            }
            Change::Cancel => {
                if let Some(job) = self.job.take() {
                    job.cancel();
                }
                return Some(DialogOutcome::Cancelled);
            }
        }
        None
    }
}

/// A workbook with more than one sheet: which one to read, and, when the
/// import chose it (`chosen_by_us`), why.
fn sheet_ui(
    ui: &mut egui::Ui,
    detected: &crate::import::Detected,
    chosen_by_us: bool,
    tr: &Strings,
    changes: &mut Vec<Change>,
) {
    if detected.sheets.len() < 2 {
        return;
    }
    let current = detected.sheet.clone().unwrap_or_default();
    ui.horizontal(|ui| {
        let label = ui.label(tr.import_sheet);
        egui::ComboBox::from_id_salt("import_sheet")
            .selected_text(&current)
            .show_ui(ui, |ui| {
                for name in &detected.sheets {
                    if ui.selectable_label(*name == current, name).clicked() && *name != current {
                        changes.push(Change::Sheet(name.clone()));
                    }
                }
            })
            .response
            .labelled_by(label.id);
        if chosen_by_us {
            ui.weak(tr.import_sheet_auto);
        }
    });
}

/// The name of a layout as the dialog shows it.
pub fn layout_name(layout: Layout, tr: &Strings) -> &'static str {
    match layout {
        Layout::SensemakerRaw => tr.layout_sensemaker_raw,
        Layout::SensemakerWorkbench => tr.layout_sensemaker_workbench,
        Layout::Spryng => tr.layout_spryng,
        Layout::Narrafirma => tr.layout_narrafirma,
        Layout::Generic => tr.layout_generic,
    }
}
