//! The dialog's own file questions: "Other file…" and "Save report…"
//! through the system's dialog, or the built-in file browser where that
//! cannot be shown, and what comes of the answer.

use std::path::{Path, PathBuf};

use crate::i18n::{self, Language, Strings};
use crate::import::report_text;

use super::ImportDialog;
use crate::ui::file_browser::{BrowsePurpose, BrowserOutcome, FileBrowser};
use crate::ui::file_dialogs::{DATA_EXTENSIONS, DialogAnswer, FileFilter};

impl ImportDialog {
    /// "Other file…": asks for another data file to import instead.
    pub(super) fn open_other_file(&mut self, tr: &Strings) {
        let filter = FileFilter {
            name: tr.import_survey_files,
            extensions: DATA_EXTENSIONS,
        };
        match self.dialogs.open_file(tr.import_open_title, &[filter]) {
            DialogAnswer::Chosen(path) => self.import_other(path),
            DialogAnswer::Cancelled => {}
            DialogAnswer::Unavailable => {
                self.status = Some(tr.file_dialog_unavailable.to_owned());
                self.browse(
                    BrowsePurpose::ImportOtherFile,
                    tr.import_open_title,
                    &[filter],
                    "",
                    tr,
                );
            }
        }
    }

    /// "Save report…": asks where to write the import report.
    pub(super) fn save_report(&mut self, language: Language) {
        if self.imported.is_none() {
            return;
        }
        let tr = language.strings();
        let stem = self
            .path
            .file_stem()
            .map_or_else(String::new, |s| s.to_string_lossy().into_owned());
        let default_name = format!("{stem}-{}.txt", tr.import_report_file);
        let filter = FileFilter {
            name: tr.import_text_files,
            extensions: &["txt"],
        };
        let target = match self
            .dialogs
            .save_file(tr.import_save_report, &default_name, &[filter])
        {
            DialogAnswer::Chosen(target) => target,
            DialogAnswer::Cancelled => return,
            DialogAnswer::Unavailable => {
                self.status = Some(tr.file_dialog_unavailable.to_owned());
                let title = tr.import_save_report;
                self.browse(
                    BrowsePurpose::ImportSaveReport,
                    title,
                    &[filter],
                    &default_name,
                    tr,
                );
                return;
            }
        };
        self.write_report(&target, language);
    }

    /// Opens the built-in browser for one of the dialog's own questions,
    /// in the folder of the file being imported.
    fn browse(
        &mut self,
        purpose: BrowsePurpose,
        title: &str,
        filters: &[FileFilter],
        default_name: &str,
        tr: &Strings,
    ) {
        let start = self
            .path
            .parent()
            .filter(|p| p.is_dir())
            .map_or_else(|| PathBuf::from("."), Path::to_path_buf);
        self.browser = Some(FileBrowser::new(
            purpose,
            title,
            filters,
            default_name,
            &start,
            &[],
            tr,
        ));
    }

    /// The built-in browser while it is open; its answer is handled as the
    /// system dialog's would have been.
    pub(super) fn browser_ui(&mut self, ctx: &egui::Context, language: Language) {
        let Some(browser) = &mut self.browser else {
            return;
        };
        let Some(outcome) = browser.ui(ctx, language) else {
            return;
        };
        let purpose = browser.purpose();
        self.browser = None;
        let BrowserOutcome::Chosen(path) = outcome else {
            return;
        };
        match purpose {
            BrowsePurpose::ImportSaveReport => self.write_report(&path, language),
            _ => self.import_other(path),
        }
    }

    /// Imports `path` instead of the file the dialog was opened on.
    fn import_other(&mut self, path: PathBuf) {
        self.path = path;
        self.imported = None;
        self.merge.clear();
        self.restart();
    }

    /// Writes the import report to `target` and says how that went.
    fn write_report(&mut self, target: &Path, language: Language) {
        let tr = language.strings();
        let Some((imported, _)) = &self.imported else {
            return;
        };
        let text = report_text(
            &self.file_name(),
            imported.dataset.len(),
            &imported.warnings,
            language,
        );
        self.status = Some(match crate::files::atomic_write(target, text.as_bytes()) {
            Ok(()) => i18n::fill(tr.import_report_saved, &[("path", &target.display())]),
            Err(error) => i18n::fill(tr.import_report_failed, &[("reason", &error)]),
        });
    }
}
