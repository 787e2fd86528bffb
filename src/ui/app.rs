//! [`StorylensApp`]: the shell's state around the [`Workspace`] and the
//! frame loop. Commands are carried out in `shell.rs` (`apply`); the
//! layout is drawn in `frame.rs`; panels draw from `&` state.

use std::path::PathBuf;
use std::sync::Arc;

use crate::charts::ChartData;
use crate::demo;
use crate::i18n::Strings;
use crate::model::{Dataset, QuestionId};
use crate::project::{FindingId, Project};
use crate::workspace::Workspace;

use super::autosave_driver::AutosaveDriver;
use super::file_dialogs::{FileDialogs, RfdDialogs};
use super::import_dialog::ImportDialog;
pub use super::notices::{Notice, NoticeLevel};
use super::welcome::Welcome;

/// What File → Open offers: projects and every export the import reads.
pub(crate) const OPENABLE: &[&str] = &[
    "storylens",
    "csv",
    "tsv",
    "txt",
    "xlsx",
    "xlsm",
    "xlsb",
    "xls",
    "ods",
];

use super::commands::Command;
use super::selections_panel::SelectionEditor;
use super::settings::{Settings, Theme};
use super::stories_panel::StoryBrowser;
use super::view::View;
use super::{menu, presentation};

pub use crate::workspace::LeftTab;

/// Where the open dataset came from, for the status bar and window title.
#[derive(Clone, Debug, PartialEq)]
pub enum Source {
    /// The embedded demo survey.
    Demo,
    /// File → New project: nothing is open yet.
    Empty,
    /// A project or data file at this path.
    File(PathBuf),
}

/// The application state.
pub struct StorylensApp {
    /// The user's settings, saved whole when they change.
    pub settings: Settings,
    /// Where the settings are saved; `None` (tests, a system without a
    /// data folder) saves nothing.
    pub(crate) settings_dir: Option<PathBuf>,
    /// The open document, the view and what is read: everything commands
    /// change without the shell.
    pub(crate) workspace: Workspace,
    pub(crate) source: Source,
    /// Text buffers of the selection editor (UI-local, like egui memory).
    pub(crate) editor: SelectionEditor,
    /// Theme and zoom last given to egui, to apply changes once.
    pub(crate) applied_look: Option<(Theme, f32)>,
    /// Window commands (full screen, close) to send after the frame.
    pub(crate) viewport_commands: Vec<egui::ViewportCommand>,
    pub(crate) full_screen: bool,
    /// Where the project was last saved or opened from.
    pub(crate) project_path: Option<PathBuf>,
    /// Messages for the user: errors stay until dismissed.
    pub(crate) notices: Vec<Notice>,
    /// The window title must be updated (a file was opened).
    pub(crate) title_changed: bool,
    /// The system's open/save dialogs (scripted in tests).
    pub(crate) dialogs: Box<dyn FileDialogs>,
    /// The built-in file browser, while it stands in for a system dialog
    /// that could not be shown.
    pub(crate) file_browser: Option<super::file_browser::FileBrowser>,
    /// The import dialog, while a data file is being imported.
    pub(crate) import_dialog: Option<ImportDialog>,
    /// What the import dialog's outcome is for.
    pub(crate) import_purpose: ImportPurpose,
    /// The welcome screen, while it is open.
    pub(crate) welcome: Option<Welcome>,
    /// Autosave timing, background writes and the recovery offer.
    pub(crate) autosave: AutosaveDriver,
    /// File → Export jobs running in the background.
    pub(crate) exports: super::export_actions::ExportJobs,
    /// Brushing, overlay, grid view and search.
    /// The story words, built in the background once a dataset is open.
    pub(crate) words_job: super::words_job::WordsJob,
    /// Save / Don't save / Cancel, while it is asked.
    pub(crate) unsaved: Option<super::unsaved::UnsavedPrompt>,
    /// What the prompt's *Save* holds back until the save succeeded.
    pub(crate) after_save: Option<Command>,
    /// The workspace before the last open or import, for Edit → Undo.
    pub(crate) previous: Option<Box<StorylensApp>>,
    /// Quit was confirmed: the window may close.
    pub(crate) quitting: bool,
    /// A finding was just saved: its first note takes the keyboard.
    pub(crate) focus_new_finding: std::cell::Cell<bool>,
    /// The repairs and doubts of the import behind the data on screen.
    pub(crate) import_notes: Vec<crate::import::ImportWarning>,
    pub(crate) import_report_open: bool,
    /// The title shows unsaved changes; checked at `title_revision`.
    pub(crate) title_dirty: bool,
    pub(crate) title_revision: Option<u64>,
}

/// What an import becomes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ImportPurpose {
    /// A new project on the imported survey.
    #[default]
    NewProject,
    /// A newer export of the open project's survey: the project keeps its
    /// findings, selections and quotes, matched by story id.
    NewerExport,
}

impl StorylensApp {
    /// The app on the embedded demo survey and its example findings.
    pub fn demo() -> Self {
        Self::new(
            Arc::new(demo::demo_dataset()),
            Source::Demo,
            demo::demo_project(),
            Settings::default(),
        )
    }

    /// The app for `storylens [PATH]`: the file opened, or the demo with a
    /// notice saying why the file could not be.
    pub fn from_path(path: Option<PathBuf>) -> Self {
        let mut app = Self::demo();
        // A project opens at once; an export goes through the import
        // dialog, so a wrong guess (the sheet, a kind) can be corrected.
        if let Some(path) = path {
            app.apply(Command::OpenOrImport(path));
        }
        app
    }

    /// Uses `dialogs` for File → Open and Save as (tests script them).
    pub fn with_dialogs(mut self, dialogs: Box<dyn FileDialogs>) -> Self {
        self.dialogs = dialogs;
        self
    }

    /// Quit was confirmed (or nothing was at stake): the window closes.
    pub fn is_quitting(&self) -> bool {
        self.quitting
    }

    /// The import dialog, while open.
    pub fn import_dialog(&self) -> Option<&ImportDialog> {
        self.import_dialog.as_ref()
    }

    /// Whether the story words are being indexed in the background.
    pub fn indexing_words(&self) -> bool {
        self.words_job.is_running()
    }

    /// Whether the background index's thread has ended, before a frame
    /// has taken its result: tests wait for it without stepping frames
    /// (each frame moves the app's clock, and notices fade with it).
    pub fn words_thread_ended(&self) -> bool {
        self.words_job.has_ended()
    }

    /// The notices in the strip above the status bar, oldest first.
    pub fn notices(&self) -> &[Notice] {
        &self.notices
    }

    /// An app showing `dataset` and `project` from `source`, with `settings`;
    /// settings are not saved until a folder is given
    /// ([`Self::with_creation_context`] or [`Self::with_settings_dir`]).
    pub fn new(
        dataset: Arc<Dataset>,
        source: Source,
        project: Project,
        settings: Settings,
    ) -> Self {
        let workspace = Workspace::new(dataset, project, settings.language, settings.min_n);
        Self {
            settings,
            workspace,
            unsaved: None,
            after_save: None,
            previous: None,
            quitting: false,
            focus_new_finding: Default::default(),
            title_dirty: false,
            title_revision: None,
            import_notes: Vec::new(),
            import_report_open: false,
            source,
            editor: SelectionEditor::default(),
            applied_look: None,
            viewport_commands: Vec::new(),
            full_screen: false,
            project_path: None,
            notices: Vec::new(),
            title_changed: false,
            dialogs: Box::new(RfdDialogs),
            file_browser: None,
            import_dialog: None,
            import_purpose: ImportPurpose::default(),
            welcome: None,
            autosave: AutosaveDriver::default(),
            exports: Default::default(),
            settings_dir: None,
            words_job: Default::default(),
        }
    }

    /// Takes the remembered settings from the app's data folder (or what
    /// an older version kept in eframe storage), and saves them there.
    pub fn with_creation_context(mut self, cc: &eframe::CreationContext<'_>) -> Self {
        self.settings_dir = eframe::storage_dir("Storylens");
        self.settings = Settings::load(self.settings_dir.as_deref(), cc.storage);
        if let Source::File(path) = &self.source {
            self.settings.remember_recent(path);
        }
        self.recompute();
        self
    }

    /// Saves the settings in `dir` instead of the app's data folder.
    pub fn with_settings_dir(mut self, dir: PathBuf) -> Self {
        self.settings_dir = Some(dir);
        self
    }

    /// What a launch without a file shows: the last project when the
    /// setting asks for it, and the welcome screen on the first run.
    pub fn on_launch_without_file(mut self) -> Self {
        if let Some(path) = self.settings.project_to_reopen().map(PathBuf::from) {
            self.open_path(&path);
        }
        if !self.settings.welcome_seen {
            self.welcome = Some(Welcome::default());
        }
        self
    }

    /// Opens the welcome screen (Help → Welcome; first launch).
    pub fn with_welcome(mut self) -> Self {
        self.welcome = Some(Welcome::default());
        self
    }

    /// Whether the welcome screen is open.
    pub fn welcome_is_open(&self) -> bool {
        self.welcome.is_some()
    }

    /// Whether the welcome screen's three pictures were made.
    pub fn welcome_has_pictures(&self) -> bool {
        self.welcome.as_ref().is_some_and(Welcome::has_pictures)
    }

    /// The user's settings.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// Whether the window is full screen.
    pub fn is_full_screen(&self) -> bool {
        self.full_screen
    }

    /// Where the project was last saved or opened from.
    pub fn project_path(&self) -> Option<&std::path::Path> {
        self.project_path.as_deref()
    }

    /// "Storylens — name", with a leading `*` while there are unsaved
    /// changes, as desktop editors mark them.
    pub fn window_title(&self) -> String {
        let mark = if self.title_dirty { "*" } else { "" };
        format!("{mark}Storylens — {}", self.workspace.document.dataset.name)
    }

    /// Marks the title for an update when the project became dirty or
    /// clean; the comparison runs only when the history moved.
    fn track_dirty_title(&mut self) {
        let revision = self.workspace.document.revision();
        if self.title_revision == Some(revision) {
            return;
        }
        self.title_revision = Some(revision);
        let dirty = self.has_unsaved_changes();
        if dirty != self.title_dirty {
            self.title_dirty = dirty;
            self.title_changed = true;
        }
    }

    /// The open stories.
    pub fn dataset(&self) -> &Dataset {
        &self.workspace.document.dataset
    }

    /// The open project as it is now.
    pub fn project(&self) -> &Project {
        self.workspace.document.project()
    }

    /// The chart in view and its comparison.
    pub fn view(&self) -> &View {
        &self.workspace.view
    }

    /// The chart in view, or why it could not be computed; `None` before a question is picked.
    pub fn chart(&self) -> Option<&Result<ChartData, String>> {
        self.workspace.chart.as_ref()
    }

    /// The question charted.
    pub fn current_question(&self) -> Option<&QuestionId> {
        self.workspace.view.question.as_ref()
    }

    /// The finding whose comparison is on screen.
    pub fn open_finding_id(&self) -> Option<FindingId> {
        self.workspace.open_finding
    }

    /// The running presentation, if any.
    pub fn presentation(&self) -> Option<&crate::workspace::Presentation> {
        self.workspace.presentation.as_ref()
    }

    /// The UI strings in the settings' language.
    pub fn strings(&self) -> &'static Strings {
        self.settings.language.strings()
    }

    /// The stories currently listed, if any.
    pub fn browser(&self) -> Option<&StoryBrowser> {
        self.workspace.browser.as_ref()
    }

    /// Gives the workspace the settings it computes with.
    pub(crate) fn sync_workspace(&mut self) {
        self.workspace.language = self.settings.language;
        self.workspace.min_n = self.settings.min_n;
    }

    pub(crate) fn recompute(&mut self) {
        self.sync_workspace();
        self.workspace.recompute();
    }
}

impl eframe::App for StorylensApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.drive_words_job(ui.ctx());
        self.apply_look(ui.ctx());
        self.guard_close_request(ui.ctx());
        self.track_dirty_title();
        if std::mem::take(&mut self.title_changed) {
            self.viewport_commands
                .push(egui::ViewportCommand::Title(self.window_title()));
        }
        let mut commands = Vec::new();
        // Files dropped onto the window are opened like File → Open.
        let dropped: Vec<PathBuf> = ui.ctx().input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .filter(|p| !p.as_os_str().is_empty())
                .collect()
        });
        commands.extend(dropped.into_iter().map(Command::OpenOrImport));
        // While a dialog asks something, the window's shortcuts wait: Ctrl+O
        // must not open a second file behind "Save changes?".
        let asking =
            self.unsaved.is_some() || self.file_browser.is_some() || self.import_dialog.is_some();
        if !asking {
            menu::shortcut_commands(
                ui.ctx(),
                self.workspace.presentation.is_some(),
                &mut commands,
            );
        }
        if self.workspace.presentation.is_some() {
            presentation::presentation_ui(ui, self, &mut commands);
        } else {
            self.workspace_ui(ui, &mut commands);
            self.import_dialog_ui(ui.ctx());
        }
        self.file_browser_ui(ui.ctx());
        // Commands change state after this frame was drawn: draw it again,
        // or a prompt or a focused field would wait for the next input.
        if !commands.is_empty() {
            ui.ctx().request_repaint();
        }
        for command in commands {
            self.apply(command);
        }
        self.autosave_tick(ui.ctx());
        self.exports_tick(ui.ctx());
        for command in self.viewport_commands.drain(..) {
            ui.ctx().send_viewport_cmd(command);
        }
    }

    fn save(&mut self, _storage: &mut dyn eframe::Storage) {
        // Not into eframe's storage: its app.ron is written in place, and
        // settings cut short by a kill would be lost.
        if let Some(dir) = &self.settings_dir
            && let Err(error) = self.settings.save(dir)
        {
            eprintln!(
                "storylens: could not save the settings in {}: {error}",
                dir.display()
            );
        }
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.flush_autosave();
    }
}
