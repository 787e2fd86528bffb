//! File → Export: a report of the project, an image of the open finding, or
//! the stories of the compared selection as a table.
//!
//! `StorylensApp::export_with_dialog` asks where through the
//! [`FileDialogs`](super::file_dialogs::FileDialogs) save dialog, then hands
//! a copy of what the export needs (the project, the shared dataset, the
//! selection) to a background thread: a PDF or DOCX with a dozen charts
//! takes seconds. [`ExportJobs`] collects the finished threads each frame
//! and turns them into a notice: where the file went, or one sentence on
//! why it could not be written.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::thread::JoinHandle;

use crate::export::{self, SnapshotOptions};
use crate::i18n::{self, Language};
use crate::model::{Dataset, Selection};
use crate::project::{FindingId, Project};
use crate::report::{self, Report, ReportOptions};

use super::app::{Notice, StorylensApp};
use super::commands::Command;
use super::file_browser::BrowsePurpose;
use super::file_dialogs::{DialogAnswer, FileFilter};
pub use crate::workspace::{ExportKind, ImageFormat, TableFormat};

/// Width of a snapshot before the PNG's 2× scale (as `storylens snapshot`).
const SNAPSHOT_WIDTH_PX: f32 = 1400.0;

/// What a background export needs, copied off the app's state.
struct ExportInput {
    kind: ExportKind,
    project: Project,
    dataset: Arc<Dataset>,
    finding: Option<FindingId>,
    selection: Selection,
    language: Language,
}

/// A running export.
#[derive(Debug)]
struct Job {
    path: PathBuf,
    /// The "exporting to …" notice, taken away when the job ends.
    running_notice: String,
    handle: JoinHandle<Result<(), String>>,
}

/// Exports running in the background.
#[derive(Debug, Default)]
pub struct ExportJobs {
    jobs: Vec<Job>,
}

impl ExportJobs {
    /// Whether an export is still being written.
    pub fn is_running(&self) -> bool {
        !self.jobs.is_empty()
    }
}

impl StorylensApp {
    /// Uses `dialogs` from now on (tests script each export's answer).
    pub fn set_dialogs(&mut self, dialogs: Box<dyn super::file_dialogs::FileDialogs>) {
        self.dialogs = dialogs;
    }

    /// File → Export → `kind`: asks where, then writes in the background.
    pub(crate) fn export_with_dialog(&mut self, kind: ExportKind) {
        let tr = self.strings();
        let finding = self.workspace.open_finding;
        if matches!(kind, ExportKind::Snapshot(_)) && finding.is_none() {
            self.notices
                .push(Notice::error(tr.export_needs_finding.to_owned()));
            return;
        }
        let extension = kind.extensions()[0];
        let stem = match kind {
            ExportKind::Report(_) => self.workspace.document.project().name.clone(),
            ExportKind::Snapshot(_) => finding
                .and_then(|id| self.workspace.document.project().finding(id))
                .map_or_else(String::new, |f| f.title.clone()),
            ExportKind::Table(_) => self.compared_name(),
        };
        let default_name = format!("{}.{extension}", file_stem(&stem));
        let filters = [FileFilter {
            name: kind.label(self.settings.language),
            extensions: kind.extensions(),
        }];
        match self
            .dialogs
            .save_file(tr.export_save_title, &default_name, &filters)
        {
            DialogAnswer::Chosen(path) => self.export_to(kind, path),
            DialogAnswer::Cancelled => {}
            DialogAnswer::Unavailable => {
                let purpose = BrowsePurpose::Export(kind);
                self.browse(purpose, tr.export_save_title, &filters, &default_name);
            }
        }
    }

    /// Writes `kind` to `path` in the background (the extension added when
    /// the name has none).
    pub(crate) fn export_to(&mut self, kind: ExportKind, mut path: PathBuf) {
        let tr = self.strings();
        if path.extension().is_none() {
            path.set_extension(kind.extensions()[0]);
        }
        let selection = match &self.workspace.populations {
            Ok(populations) => populations
                .selection
                .clone()
                .unwrap_or_else(|| populations.whole.clone()),
            Err(error) => {
                let text = i18n::fill(tr.export_failed, &[("error", error)]);
                self.notices.push(Notice::error(text));
                return;
            }
        };
        let input = ExportInput {
            kind,
            project: self.workspace.document.project().clone(),
            dataset: Arc::clone(&self.workspace.document.dataset),
            finding: self.workspace.open_finding,
            selection,
            language: self.settings.language,
        };
        let target = path.clone();
        let handle = std::thread::spawn(move || write_export(&input, &target));
        let running_notice = i18n::fill(tr.export_running, &[("file", &path.display())]);
        self.notices.push(Notice::info(running_notice.clone()));
        self.exports.jobs.push(Job {
            path,
            running_notice,
            handle,
        });
    }

    /// Turns finished exports into notices; with `wait`, waits for all.
    fn collect_exports(&mut self, wait: bool) {
        let tr = self.strings();
        let (done, running): (Vec<Job>, Vec<Job>) = std::mem::take(&mut self.exports.jobs)
            .into_iter()
            .partition(|job| wait || job.handle.is_finished());
        self.exports.jobs = running;
        for job in done {
            self.notices.retain(|n| n.text != job.running_notice);
            let result = job
                .handle
                .join()
                .unwrap_or_else(|_| Err("the export stopped unexpectedly".to_owned()));
            self.notices.push(match result {
                Ok(()) => {
                    Notice::info(i18n::fill(tr.exported_to, &[("file", &job.path.display())]))
                }
                Err(error) => Notice::error(i18n::fill(tr.export_failed, &[("error", &error)])),
            });
        }
    }

    /// Once a frame: notices for finished exports; frames keep coming
    /// while one runs, so its notice shows without waiting for input.
    pub(crate) fn exports_tick(&mut self, ctx: &egui::Context) {
        self.collect_exports(false);
        if self.exports.is_running() {
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        }
    }

    /// Waits for every running export (tests).
    pub fn finish_exports(&mut self) {
        self.collect_exports(true);
    }
}

/// The File → Export submenu.
pub fn export_menu_ui(ui: &mut egui::Ui, language: Language, commands: &mut Vec<Command>) {
    let tr = language.strings();
    let groups = [
        (tr.export_report_menu, &ExportKind::ALL[0..4]),
        (tr.export_snapshot_menu, &ExportKind::ALL[4..6]),
        (tr.export_table_menu, &ExportKind::ALL[6..8]),
    ];
    for (heading, kinds) in groups {
        ui.menu_button(heading, |ui| {
            for &kind in kinds {
                if ui.button(kind.label(language)).clicked() {
                    commands.push(Command::Export(kind));
                }
            }
        });
    }
}

/// Writes one export; the error is one sentence.
fn write_export(input: &ExportInput, path: &Path) -> Result<(), String> {
    let dataset = input.dataset.as_ref();
    let language = input.language;
    match input.kind {
        ExportKind::Report(format) => {
            let report =
                Report::build(&input.project, dataset, &ReportOptions::new(input.language));
            report::write_report(&report, format, path).map_err(|e| e.sentence(language))
        }
        ExportKind::Snapshot(format) => {
            let finding = input
                .finding
                .and_then(|id| input.project.finding(id))
                .ok_or_else(|| input.language.strings().export_needs_finding.to_owned())?;
            let options = SnapshotOptions {
                language: input.language,
                width_px: SNAPSHOT_WIDTH_PX,
                date: crate::calendar::today_iso(),
            };
            let scene = export::snapshot_scene(&input.project, finding, dataset, &options)
                .map_err(|e| e.sentence(language))?;
            let bytes = match format {
                ImageFormat::Png => export::png_from_scene(&scene, report::PNG_SCALE)
                    .map_err(|e| e.sentence(language))?,
                ImageFormat::Svg => export::svg_from_scene(&scene).into_bytes(),
            };
            report::write_file(path, &bytes).map_err(|e| e.sentence(language))
        }
        ExportKind::Table(format) => {
            let redactions = &input.project.redactions;
            let selection = &input.selection;
            let table_language = input.language;
            report::write_selection(dataset, selection, redactions, table_language, format, path)
                .map_err(|e| e.sentence(language))
        }
    }
}

/// `name` as a file name: characters file systems refuse become `-`.
pub(crate) fn file_stem(name: &str) -> String {
    let cleaned: String = name
        .chars()
        .map(|c| match c {
            '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|' => '-',
            c if c.is_control() => '-',
            c => c,
        })
        .collect();
    let trimmed = cleaned.trim().trim_matches('.');
    if trimmed.is_empty() {
        "storylens".to_owned()
    } else {
        trimmed.chars().take(80).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_stems_lose_what_file_systems_refuse() {
        assert_eq!(file_stem("Gevoel × Rol: ouders?"), "Gevoel × Rol- ouders-");
        assert_eq!(file_stem("  ..  "), "storylens");
        assert_eq!(file_stem("a/b\\c"), "a-b-c");
    }

    #[test]
    fn every_kind_has_one_extension() {
        for kind in ExportKind::ALL {
            assert_eq!(kind.extensions().len(), 1, "{kind:?}");
        }
    }
}
