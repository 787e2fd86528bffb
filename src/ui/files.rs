//! Opening, importing, re-importing and saving: what replaces the data or
//! the project on screen, and File → Open / Save as through the
//! [`FileDialogs`] (scripted in tests).

use std::path::PathBuf;
use std::sync::Arc;

use crate::demo;
use crate::i18n::{self, Strings};
use crate::import::{CodebookEdits, ImportOptions, ImportRecipe, Imported};
use crate::model::{Codebook, Dataset};
use crate::project::{Project, RematchReport, SourceRef, open_any};

use super::app::{ImportPurpose, Notice, OPENABLE, Source, StorylensApp};
use super::file_browser::BrowsePurpose;
use super::file_dialogs::{DATA_EXTENSIONS, DialogAnswer, FileFilter, RfdDialogs};
use super::import_dialog::{DialogOutcome, ImportDialog};

impl StorylensApp {
    /// Replaces the open project with `path` (a project or an export); on
    /// failure everything stays as it was and a notice says why.
    pub(crate) fn open_path(&mut self, path: &std::path::Path) {
        match open_any(path) {
            Ok(opened) => {
                let is_project = path
                    .extension()
                    .is_some_and(|e| e.eq_ignore_ascii_case("storylens"));
                self.replace_workspace(
                    Arc::new(opened.dataset),
                    Source::File(path.to_path_buf()),
                    opened.project,
                    is_project.then(|| path.to_path_buf()),
                    true,
                );
                self.settings.remember_recent(path);
                self.announce_import_notes(opened.warnings);
            }
            Err(error) => {
                let sentence = error.sentence(self.settings.language);
                self.notices.push(Notice::error(sentence));
            }
        }
    }

    /// Saves the project to `path` (atomically, keeping a `.bak`).
    pub(crate) fn save_project(&mut self, path: &std::path::Path) {
        match crate::project::save(self.workspace.document.project(), path) {
            Ok(()) => {
                let previous = self.project_path.replace(path.to_path_buf());
                self.autosave_after_save(path, previous.as_deref());
                self.workspace.document.mark_clean();
                self.title_revision = None;
                self.settings.remember_recent(path);
                let tr = self.strings();
                self.notices.push(Notice::info(i18n::fill(
                    tr.saved_to,
                    &[("file", &path.display())],
                )));
                self.run_after_save();
            }
            Err(error) => {
                let sentence = error.sentence(self.settings.language);
                self.notices.push(Notice::error(sentence));
            }
        }
    }

    /// File → Open: a project opens at once; an export opens the import
    /// dialog (preview, kinds, merges, report).
    pub(crate) fn open_with_dialog(&mut self) {
        let tr = self.strings();
        let filters = [
            FileFilter {
                name: tr.open_filter_all,
                extensions: OPENABLE,
            },
            FileFilter {
                name: "Storylens",
                extensions: &["storylens"],
            },
            FileFilter {
                name: tr.open_filter_data,
                extensions: DATA_EXTENSIONS,
            },
        ];
        match self.dialogs.open_file(tr.open_title, &filters) {
            DialogAnswer::Chosen(path) => self.open_or_import(path),
            DialogAnswer::Cancelled => {}
            DialogAnswer::Unavailable => {
                self.browse(BrowsePurpose::Open, tr.open_title, &filters, "")
            }
        }
    }

    /// A project opens at once; an export goes through the import dialog.
    pub(crate) fn open_or_import(&mut self, path: PathBuf) {
        let is_project = path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("storylens"));
        if is_project {
            self.open_path(&path);
        } else {
            self.import_purpose = ImportPurpose::NewProject;
            self.import_dialog = Some(ImportDialog::open(
                path,
                ImportOptions::default(),
                CodebookEdits::default(),
                Box::new(RfdDialogs),
            ));
        }
    }

    /// File → Import a newer export…: the import dialog on the chosen
    /// file, with the project's options and codebook edits already applied.
    pub(crate) fn reimport_with_dialog(&mut self) {
        let tr = self.strings();
        let filter = FileFilter {
            name: tr.open_filter_data,
            extensions: DATA_EXTENSIONS,
        };
        match self.dialogs.open_file(tr.reimport_title, &[filter]) {
            DialogAnswer::Chosen(path) => self.reimport(path),
            DialogAnswer::Cancelled => {}
            DialogAnswer::Unavailable => {
                self.browse(BrowsePurpose::Reimport, tr.reimport_title, &[filter], "");
            }
        }
    }

    /// Opens the import dialog on `path` as a newer export of this survey.
    pub(crate) fn reimport(&mut self, path: PathBuf) {
        let recipe = &self.workspace.document.project().import;
        self.import_purpose = ImportPurpose::NewerExport;
        self.import_dialog = Some(ImportDialog::open(
            path,
            recipe.options.clone(),
            recipe.edits.clone(),
            Box::new(RfdDialogs),
        ));
    }

    /// File → Open the demo: the embedded survey and its example project.
    pub(crate) fn open_demo(&mut self) {
        self.replace_workspace(
            Arc::new(demo::demo_dataset()),
            Source::Demo,
            demo::demo_project(),
            None,
            false,
        );
    }

    /// File → New project: no data and an empty project, with the welcome
    /// screen offering to open an export. Undo goes back to the project
    /// that was open, as after any open.
    pub(crate) fn new_project(&mut self) {
        let name = self.strings().new_project;
        let dataset = match Dataset::new(name, Vec::new(), Codebook::default(), Vec::new()) {
            Ok(dataset) => dataset,
            // An empty dataset has no columns to disagree on; kept as a
            // notice rather than a panic all the same.
            Err(error) => {
                let sentence = error.sentence(self.settings.language);
                return self.notices.push(Notice::error(sentence));
            }
        };
        let project = Project::new(name, SourceRef::Demo);
        self.replace_workspace(Arc::new(dataset), Source::Empty, project, None, false);
        self.welcome.get_or_insert_with(Default::default);
    }

    /// Rebuilds the window's state on new data, keeping what belongs to the
    /// window rather than the data: settings, dialogs, notices, running
    /// exports and the autosave (pending changes are written first). With
    /// `offer_recovery`, an autosave of the project at `project_path` newer
    /// than the file is offered.
    pub(crate) fn replace_workspace(
        &mut self,
        dataset: Arc<Dataset>,
        source: Source,
        project: Project,
        project_path: Option<PathBuf>,
        offer_recovery: bool,
    ) {
        let autosave = self.take_autosave();
        let mut next = Self::new(dataset, source, project, self.settings.clone());
        self.hand_window_to(&mut next);
        // The last import's notes belong to the data being replaced.
        next.notices
            .retain(|n| !super::import_report::announces_notes(n));
        next.project_path = project_path;
        let mut previous = std::mem::replace(self, next);
        // One step back is enough to undo an open; older ones would hold
        // every dataset opened this session in memory.
        previous.previous = None;
        self.previous = Some(Box::new(previous));
        let recover_from = self.project_path.clone().filter(|_| offer_recovery);
        self.restore_autosave(autosave, recover_from.as_deref());
    }

    /// Moves what belongs to the window rather than the data to `next`:
    /// settings, dialogs, notices, running exports, the look given to egui
    /// and full screen; `next` updates the window title.
    pub(crate) fn hand_window_to(&mut self, next: &mut Self) {
        next.settings = std::mem::take(&mut self.settings);
        next.dialogs = std::mem::replace(&mut self.dialogs, Box::new(RfdDialogs));
        next.notices = std::mem::take(&mut self.notices);
        next.exports = std::mem::take(&mut self.exports);
        next.applied_look = self.applied_look;
        next.full_screen = self.full_screen;
        next.title_changed = true;
    }

    /// The import dialog's data becomes the open project, or replaces the
    /// open project's data when it is a newer export of the same survey.
    pub(crate) fn finish_import(
        &mut self,
        path: PathBuf,
        imported: Imported,
        recipe: ImportRecipe,
    ) {
        let source = SourceRef::for_file(&path).unwrap_or(SourceRef::Demo);
        let notes = imported.warnings;
        let dataset = Arc::new(imported.dataset);
        self.settings.remember_recent(&path);
        match self.import_purpose {
            ImportPurpose::NewProject => {
                let mut project = Project::new(dataset.name.clone(), source);
                project.import = recipe;
                self.replace_workspace(dataset, Source::File(path), project, None, false);
                self.announce_import_notes(notes);
            }
            ImportPurpose::NewerExport => {
                let saved = self.workspace.document.clean_project().clone();
                let mut project = self.workspace.document.project().clone();
                project.source = source;
                project.import = recipe;
                let report = project.rematch(&dataset);
                // Undo history starts over: an older snapshot would point
                // at the old export while the new one is on screen.
                let project_path = self.project_path.clone();
                self.replace_workspace(dataset, Source::File(path), project, project_path, false);
                // The project now reads another export than its file says.
                self.workspace.document.set_clean_project(saved);
                self.announce_import_notes(notes);
                let tr = self.strings();
                let text = reimport_summary(&report, self.workspace.document.dataset.len(), tr);
                self.notices.push(if report.is_clean() {
                    Notice::info(text)
                } else {
                    Notice::warning(text)
                });
            }
        }
    }

    /// File → Save as…
    pub(crate) fn save_with_dialog(&mut self) {
        let tr = self.strings();
        // "Demo: …" would be refused by Windows: the same cleaning as exports.
        let name = format!(
            "{}.storylens",
            super::export_actions::file_stem(&self.workspace.document.project().name)
        );
        let filters = [FileFilter {
            name: "Storylens",
            extensions: &["storylens"],
        }];
        match self.dialogs.save_file(tr.save_title, &name, &filters) {
            DialogAnswer::Chosen(path) => self.save_project(&path),
            DialogAnswer::Cancelled => {}
            DialogAnswer::Unavailable => {
                self.browse(BrowsePurpose::SaveProjectAs, tr.save_title, &filters, &name);
            }
        }
    }

    /// The import dialog's outcome: the imported survey becomes the open
    /// project.
    pub(crate) fn import_dialog_ui(&mut self, ctx: &egui::Context) {
        let Some(dialog) = &mut self.import_dialog else {
            return;
        };
        match dialog.ui(ctx, self.settings.language) {
            Some(DialogOutcome::Import(imported, recipe)) => {
                let path = dialog.path().to_path_buf();
                self.import_dialog = None;
                self.finish_import(path, *imported, recipe);
            }
            Some(DialogOutcome::Cancelled) => self.import_dialog = None,
            None => {}
        }
    }
}

/// One sentence on a re-import: how many stories, and what no longer
/// matches.
fn reimport_summary(report: &RematchReport, stories: usize, tr: &Strings) -> String {
    let mut text = i18n::fill(tr.reimport_done, &[("n", &stories)]);
    if !report.is_clean() {
        let vanished: usize = report
            .vanished_stories
            .iter()
            .map(|v| v.story_ids.len())
            .sum();
        text.push(' ');
        text.push_str(&i18n::fill(
            tr.reimport_vanished,
            &[
                (
                    "quotes",
                    &(report.vanished_quotes.len() + report.changed_quotes.len()),
                ),
                ("stories", &vanished),
                ("questions", &report.missing_questions.len()),
            ],
        ));
    }
    text
}
