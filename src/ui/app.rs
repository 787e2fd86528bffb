//! [`StorylensApp`]: the state of the window and its frame layout. State
//! changes only in `commands.rs` (`apply`); panels draw from `&` state.

use std::path::PathBuf;
use std::sync::Arc;

use crate::charts::{self, ChartData, Mark, Populations};
use crate::demo;
use crate::i18n::{self, Language, Strings};
use crate::import::{CodebookEdits, ImportOptions};
use crate::model::{Dataset, QuestionId, QuestionKind};
use crate::project::{FindingId, History, Project, SourceRef, open_any};

use super::file_dialogs::{DATA_EXTENSIONS, FileDialogs, FileFilter, RfdDialogs};
use super::import_dialog::{DialogOutcome, ImportDialog};

/// What File → Open offers: projects and every export the import reads.
const OPENABLE: &[&str] = &[
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

use super::commands::{Command, PanelPopulation};
use super::crosstab_view::CellValue;
use super::presentation::Presentation;
use super::selections_panel::SelectionEditor;
use super::settings::{Settings, Theme};
use super::stories_panel::{self, StoryBrowser};
use super::view::View;
use super::{
    chart_view, explore_bar, findings_panel, grid_view, menu, overlay_view, presentation,
    question_list, selections_panel, toolbar,
};

/// Where the open dataset came from, for the status bar and window title.
#[derive(Clone, Debug, PartialEq)]
pub enum Source {
    Demo,
    File(PathBuf),
}

/// The tabs of the left panel.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum LeftTab {
    #[default]
    Questions,
    Selections,
    Findings,
}

/// The application state.
pub struct StorylensApp {
    pub settings: Settings,
    pub(crate) dataset: Arc<Dataset>,
    pub(crate) source: Source,
    pub(crate) project: Project,
    pub(crate) history: History,
    pub(crate) view: View,
    pub(crate) cell_value: CellValue,
    pub(crate) left_tab: LeftTab,
    /// Text buffers of the selection editor (UI-local, like egui memory).
    pub(crate) editor: SelectionEditor,
    /// The finding whose comparison is on screen.
    pub(crate) open_finding: Option<FindingId>,
    /// The stories behind the last clicked mark.
    pub(crate) browser: Option<StoryBrowser>,
    pub(crate) presentation: Option<Presentation>,
    /// The populations of `view`, or why its filters failed.
    pub(crate) populations: Result<Populations, String>,
    /// The computed chart of `view`, or the reason it could not be.
    pub(crate) chart: Option<Result<ChartData, String>>,
    /// Stories that answered each question, in codebook order.
    pub(crate) answered: Vec<usize>,
    /// Theme and zoom last given to egui, to apply changes once.
    applied_look: Option<(Theme, f32)>,
    /// Window commands (full screen, close) to send after the frame.
    pub(crate) viewport_commands: Vec<egui::ViewportCommand>,
    pub(crate) full_screen: bool,
    /// Where the project was last saved or opened from.
    pub(crate) project_path: Option<PathBuf>,
    /// Messages for the user: errors stay until dismissed.
    pub(crate) notices: Vec<Notice>,
    /// The window title must be updated (a file was opened).
    title_changed: bool,
    /// The system's open/save dialogs (scripted in tests).
    pub(crate) dialogs: Box<dyn FileDialogs>,
    /// The import dialog, while a data file is being imported.
    pub(crate) import_dialog: Option<ImportDialog>,
    /// Brushing, overlay, grid view and search.
    pub(crate) explore: super::explore::Explore,
}

/// A message shown at the top of the window.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub text: String,
    pub level: NoticeLevel,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoticeLevel {
    Info,
    Warning,
    Error,
}

impl Notice {
    pub fn info(text: String) -> Self {
        Self {
            text,
            level: NoticeLevel::Info,
        }
    }
    pub fn warning(text: String) -> Self {
        Self {
            text,
            level: NoticeLevel::Warning,
        }
    }
    pub fn error(text: String) -> Self {
        Self {
            text,
            level: NoticeLevel::Error,
        }
    }
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
        if let Some(path) = path {
            app.apply(Command::OpenPath(path));
        }
        app
    }

    /// Replaces the open project with `path` (a project or an export); on
    /// failure everything stays as it was and a notice says why.
    pub(crate) fn open_path(&mut self, path: &std::path::Path) {
        match open_any(path) {
            Ok(opened) => {
                let settings = self.settings.clone();
                let is_project = path
                    .extension()
                    .is_some_and(|e| e.eq_ignore_ascii_case("storylens"));
                *self = Self::new(
                    Arc::new(opened.dataset),
                    Source::File(path.to_path_buf()),
                    opened.project,
                    settings,
                );
                self.project_path = is_project.then(|| path.to_path_buf());
                for warning in opened.warnings.iter().take(20) {
                    self.notices.push(Notice::warning(warning.to_string()));
                }
                self.title_changed = true;
            }
            Err(error) => self.notices.push(Notice::error(error.to_string())),
        }
    }

    /// Saves the project to `path` (atomically, keeping a `.bak`).
    pub(crate) fn save_project(&mut self, path: &std::path::Path) {
        match crate::project::save(&self.project, path) {
            Ok(()) => {
                self.project_path = Some(path.to_path_buf());
                let tr = self.strings();
                self.notices.push(Notice::info(i18n::fill(
                    tr.saved_to,
                    &[("file", &path.display())],
                )));
            }
            Err(error) => self.notices.push(Notice::error(error.to_string())),
        }
    }

    /// Uses `dialogs` for File → Open and Save as (tests script them).
    pub fn with_dialogs(mut self, dialogs: Box<dyn FileDialogs>) -> Self {
        self.dialogs = dialogs;
        self
    }

    pub fn import_dialog(&self) -> Option<&ImportDialog> {
        self.import_dialog.as_ref()
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
        if let Some(path) = self.dialogs.open_file(tr.open_title, &filters) {
            self.open_or_import(path);
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
            self.import_dialog = Some(ImportDialog::open(
                path,
                ImportOptions::default(),
                CodebookEdits::default(),
                Box::new(RfdDialogs),
            ));
        }
    }

    /// File → Save as…
    pub(crate) fn save_with_dialog(&mut self) {
        let tr = self.strings();
        let name = format!("{}.storylens", self.project.name);
        let filters = [FileFilter {
            name: "Storylens",
            extensions: &["storylens"],
        }];
        if let Some(path) = self.dialogs.save_file(tr.save_title, &name, &filters) {
            self.save_project(&path);
        }
    }

    /// The import dialog's outcome: the imported survey becomes the open
    /// project.
    fn import_dialog_ui(&mut self, ctx: &egui::Context) {
        let Some(dialog) = &mut self.import_dialog else {
            return;
        };
        match dialog.ui(ctx, self.settings.language) {
            Some(DialogOutcome::Import(imported, _edits)) => {
                let path = dialog.path().to_path_buf();
                let settings = self.settings.clone();
                let source = SourceRef::for_file(&path).unwrap_or(SourceRef::Demo);
                let project = Project::new(imported.dataset.name.clone(), source);
                let dataset = Arc::new(imported.dataset);
                *self = Self::new(dataset, Source::File(path), project, settings)
                    .with_dialogs(std::mem::replace(&mut self.dialogs, Box::new(RfdDialogs)));
                self.title_changed = true;
            }
            Some(DialogOutcome::Cancelled) => self.import_dialog = None,
            None => {}
        }
    }

    pub fn notices(&self) -> &[Notice] {
        &self.notices
    }

    pub fn new(
        dataset: Arc<Dataset>,
        source: Source,
        project: Project,
        settings: Settings,
    ) -> Self {
        let answered = dataset
            .questions()
            .map(|(q, _)| dataset.answered_count(&q.id))
            .collect();
        let mut app = Self {
            settings,
            populations: Ok(Populations::all(&dataset)),
            dataset,
            source,
            project,
            history: History::new(200),
            view: View::default(),
            cell_value: CellValue::default(),
            left_tab: LeftTab::default(),
            editor: SelectionEditor::default(),
            open_finding: None,
            browser: None,
            presentation: None,
            chart: None,
            answered,
            applied_look: None,
            viewport_commands: Vec::new(),
            full_screen: false,
            project_path: None,
            notices: Vec::new(),
            title_changed: false,
            dialogs: Box::new(RfdDialogs),
            import_dialog: None,
            explore: Default::default(),
        };
        // Open on the first chartable question so the window is never empty.
        let first = app
            .dataset
            .questions()
            .find(|(q, _)| matches!(q.kind, QuestionKind::Triad { .. }))
            .or_else(|| app.dataset.questions().find(|(q, _)| q.kind.is_choice()))
            .map(|(q, _)| q.id.clone());
        if let Some(id) = first {
            app.apply(Command::ShowQuestion(id));
        }
        app
    }

    /// Takes the remembered settings from eframe storage.
    pub fn with_creation_context(mut self, cc: &eframe::CreationContext<'_>) -> Self {
        self.settings = Settings::load(cc.storage);
        self.recompute();
        self
    }

    pub fn window_title(&self) -> String {
        format!("Storylens — {}", self.dataset.name)
    }

    pub fn dataset(&self) -> &Dataset {
        &self.dataset
    }

    pub fn project(&self) -> &Project {
        &self.project
    }

    pub fn view(&self) -> &View {
        &self.view
    }

    pub fn chart(&self) -> Option<&Result<ChartData, String>> {
        self.chart.as_ref()
    }

    pub fn current_question(&self) -> Option<&QuestionId> {
        self.view.question.as_ref()
    }

    pub fn open_finding_id(&self) -> Option<FindingId> {
        self.open_finding
    }

    pub fn presentation(&self) -> Option<&Presentation> {
        self.presentation.as_ref()
    }

    pub fn strings(&self) -> &'static Strings {
        self.settings.language.strings()
    }

    /// The stories currently listed, if any.
    pub fn browser(&self) -> Option<&StoryBrowser> {
        self.browser.as_ref()
    }

    pub(crate) fn open_mark(&mut self, population: PanelPopulation, mark: &Mark, label: String) {
        let (Some(spec), Ok(populations)) =
            (self.view.spec(self.settings.min_n), &self.populations)
        else {
            return;
        };
        let selection = match (population, &populations.selection) {
            (PanelPopulation::Selection, Some(selection)) => selection,
            _ => &populations.whole,
        };
        if let Ok(rows) = charts::rows_of_mark(&spec, &self.dataset, selection, mark) {
            self.browser = Some(StoryBrowser {
                label,
                rows,
                reading: None,
            });
        }
    }

    pub(crate) fn recompute(&mut self) {
        self.populations = self.view.populations(&self.dataset);
        self.chart = self.view.spec(self.settings.min_n).map(|spec| {
            let populations = self.populations.as_ref().map_err(Clone::clone)?;
            charts::compute(&spec, &self.dataset, populations).map_err(|e| e.to_string())
        });
    }

    fn status_bar_ui(&self, ui: &mut egui::Ui) {
        let tr = self.strings();
        let source = match &self.source {
            Source::Demo => tr.embedded_demo.to_owned(),
            Source::File(path) => path.display().to_string(),
        };
        let count = i18n::format_count(self.settings.language, self.dataset.len());
        ui.horizontal(|ui| {
            ui.label(format!("{}: {source}", tr.source));
            ui.separator();
            ui.label(i18n::fill(tr.stories_count, &[("n", &count)]));
        });
    }

    fn top_bar_ui(&self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        let tr = self.strings();
        ui.horizontal(|ui| {
            ui.heading("Storylens");
            ui.label(egui::RichText::new(&self.dataset.name).weak());
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                for language in Language::ALL.into_iter().rev() {
                    let selected = self.settings.language == language;
                    if ui
                        .selectable_label(selected, language.native_name())
                        .clicked()
                        && !selected
                    {
                        commands.push(Command::SetLanguage(language));
                    }
                }
                ui.label(format!("{}:", tr.language));
            });
        });
    }

    fn left_panel_ui(&mut self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        let tr = self.strings();
        ui.horizontal(|ui| {
            for (tab, label) in [
                (LeftTab::Questions, tr.questions),
                (LeftTab::Selections, tr.selections),
                (LeftTab::Findings, tr.findings),
            ] {
                if ui.selectable_label(self.left_tab == tab, label).clicked() {
                    commands.push(Command::SetLeftTab(tab));
                }
            }
        });
        ui.separator();
        let language = self.settings.language;
        match self.left_tab {
            LeftTab::Questions => question_list::question_list_ui(
                ui,
                &self.dataset,
                &self.answered,
                self.view.question.as_ref(),
                language,
                commands,
            ),
            LeftTab::Selections => selections_panel::selections_panel_ui(
                ui,
                &mut self.editor,
                &self.project,
                &self.dataset,
                self.view.selection.as_ref().and_then(|c| c.from),
                language,
                commands,
            ),
            LeftTab::Findings => {
                findings_panel::findings_list_ui(
                    ui,
                    &self.project,
                    self.open_finding,
                    language,
                    commands,
                );
            }
        }
    }
}

impl eframe::App for StorylensApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.apply_look(ui.ctx());
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
        menu::shortcut_commands(ui.ctx(), self.presentation.is_some(), &mut commands);
        if self.presentation.is_some() {
            presentation::presentation_ui(ui, self, &mut commands);
        } else {
            self.workspace_ui(ui, &mut commands);
            self.import_dialog_ui(ui.ctx());
        }
        for command in commands {
            self.apply(command);
        }
        for command in self.viewport_commands.drain(..) {
            ui.ctx().send_viewport_cmd(command);
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, Settings::STORAGE_KEY, &self.settings);
    }
}

/// The notices, newest last; each can be dismissed.
fn notices_ui(ui: &mut egui::Ui, notices: &[Notice], commands: &mut Vec<Command>) {
    for (index, notice) in notices.iter().enumerate().rev().take(4) {
        ui.horizontal(|ui| {
            let color = match notice.level {
                NoticeLevel::Info => ui.visuals().text_color(),
                NoticeLevel::Warning => ui.visuals().warn_fg_color,
                NoticeLevel::Error => ui.visuals().error_fg_color,
            };
            if ui.small_button("✕").clicked() {
                commands.push(Command::DismissNotice(index));
            }
            ui.colored_label(color, &notice.text);
        });
    }
}

impl StorylensApp {
    fn workspace_ui(&mut self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        egui::Panel::top("top_bar").show(ui, |ui| {
            menu::menu_bar_ui(ui, self.settings.language, self.settings.theme, commands);
            self.top_bar_ui(ui, commands);
        });
        egui::Panel::bottom("status_bar").show(ui, |ui| self.status_bar_ui(ui));
        if !self.notices.is_empty() {
            egui::Panel::top("notices").show(ui, |ui| notices_ui(ui, &self.notices, commands));
        }
        egui::Panel::left("left")
            .resizable(true)
            .default_size(320.0)
            .show(ui, |ui| self.left_panel_ui(ui, commands));
        if let Some(browser) = &self.browser {
            egui::Panel::right("stories")
                .resizable(true)
                .default_size(420.0)
                .show(ui, |ui| {
                    stories_panel::stories_panel_ui(
                        ui,
                        browser,
                        &self.dataset,
                        self.open_finding,
                        self.search_term(),
                        self.settings.language,
                        commands,
                    );
                });
        }
        if let Some(finding) = self.open_finding.and_then(|id| self.project.finding(id)) {
            egui::Panel::bottom("finding")
                .resizable(true)
                .default_size(260.0)
                .show(ui, |ui| {
                    findings_panel::finding_editor_ui(
                        ui,
                        finding,
                        &self.dataset,
                        &self.project,
                        self.settings.language,
                        commands,
                    );
                });
        }
        egui::CentralPanel::default().show(ui, |ui| {
            toolbar::chart_toolbar_ui(ui, self, commands);
            explore_bar::explore_bar_ui(ui, self, commands);
            ui.separator();
            if let Some(grid) = &self.explore.grid {
                let language = self.settings.language;
                grid_view::grid_ui(ui, grid, self.cell_value, language, commands);
                return;
            }
            egui::ScrollArea::both().show(ui, |ui| {
                let names = [
                    self.view.baseline_name(self.settings.language),
                    self.compared_name(),
                ];
                let overlaid = self.explore.overlay
                    && matches!(&self.chart, Some(Ok(data)) if overlay_view::overlay_ui(
                        ui, data, &names, self.settings.language, commands,
                    ));
                if !overlaid {
                    chart_view::chart_ui(
                        ui,
                        self.chart.as_ref(),
                        &names,
                        self.cell_value,
                        self.settings.language,
                        commands,
                    );
                }
            });
        });
    }

    /// Heading of the selection panel.
    pub(crate) fn compared_name(&self) -> String {
        self.view
            .selection
            .as_ref()
            .map_or_else(|| self.strings().selection.to_owned(), |c| c.name.clone())
    }

    /// Gives egui the theme and text size of the settings when they change.
    fn apply_look(&mut self, ctx: &egui::Context) {
        let look = (self.settings.theme, self.settings.font_scale);
        if self.applied_look != Some(look) {
            ctx.set_visuals(look.0.visuals());
            ctx.set_zoom_factor(look.1 * look.0.zoom());
            self.applied_look = Some(look);
        }
    }
}
