//! [`StorylensApp`]: the state of the window and the one place it changes.

use std::path::PathBuf;
use std::sync::Arc;

use crate::charts::{self, ChartData, ChartSpec, Mark, Populations};
use crate::demo;
use crate::i18n::{self, Language, Strings};
use crate::model::{Dataset, QuestionId, QuestionKind};

use super::crosstab_view::CellValue;
use super::settings::{Settings, Theme};
use super::stories_panel::{self, BrowserCommand, StoryBrowser};
use super::{chart_view, menu, question_list};

/// Where the open dataset came from, for the status bar and window title.
#[derive(Clone, Debug, PartialEq)]
pub enum Source {
    Demo,
    File(PathBuf),
}

/// Everything a panel may ask the app to do. Panels push commands while
/// drawing; [`StorylensApp::apply`] carries them out after the frame.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    ShowQuestion(QuestionId),
    /// Split the current chart by a second question, or stop splitting.
    SetBy(Option<QuestionId>),
    SetCellValue(CellValue),
    SetLanguage(Language),
    /// Show the stories behind a mark of a panel.
    OpenMark {
        population: PanelPopulation,
        mark: Mark,
        label: String,
    },
    /// Show these story rows (dots near a click).
    OpenRows {
        label: String,
        rows: Vec<usize>,
    },
    Browser(BrowserCommand),
    SetTheme(Theme),
    /// Text one step larger (1), smaller (-1) or normal (0).
    Zoom(i8),
    ToggleFullScreen,
    OpenDemo,
    Quit,
}

/// Which population a panel shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PanelPopulation {
    Whole,
    Selection,
}

/// The application state.
pub struct StorylensApp {
    pub settings: Settings,
    dataset: Arc<Dataset>,
    source: Source,
    /// The question whose chart is shown.
    current: Option<QuestionId>,
    /// The question the chart is split by.
    by: Option<QuestionId>,
    cell_value: CellValue,
    /// The stories behind the last clicked mark.
    browser: Option<StoryBrowser>,
    /// The computed chart of `current`, or the reason it could not be.
    chart: Option<Result<ChartData, String>>,
    /// Stories that answered each question, in codebook order.
    answered: Vec<usize>,
    /// Theme and zoom last given to egui, to apply changes once.
    applied_look: Option<(Theme, f32)>,
    /// Window commands (full screen, close) to send after the frame.
    viewport_commands: Vec<egui::ViewportCommand>,
    full_screen: bool,
}

impl StorylensApp {
    /// The app on the embedded demo survey, with default settings.
    pub fn demo() -> Self {
        Self::new(
            Arc::new(demo::demo_dataset()),
            Source::Demo,
            Settings::default(),
        )
    }

    /// The app for `storylens [PATH]`. Opening data files arrives with the
    /// importer; until then every start shows the demo.
    pub fn from_path(_path: Option<PathBuf>) -> Self {
        Self::demo()
    }

    pub fn new(dataset: Arc<Dataset>, source: Source, settings: Settings) -> Self {
        let answered = dataset
            .questions()
            .map(|(q, _)| dataset.answered_count(&q.id))
            .collect();
        let mut app = Self {
            settings,
            dataset,
            source,
            current: None,
            by: None,
            cell_value: CellValue::default(),
            browser: None,
            chart: None,
            answered,
            applied_look: None,
            viewport_commands: Vec::new(),
            full_screen: false,
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

    pub fn current_question(&self) -> Option<&QuestionId> {
        self.current.as_ref()
    }

    pub fn strings(&self) -> &'static Strings {
        self.settings.language.strings()
    }

    /// Carries out one command.
    pub fn apply(&mut self, command: Command) {
        match command {
            Command::ShowQuestion(id) => {
                if self.by.as_ref() == Some(&id) {
                    self.by = None;
                }
                self.current = Some(id);
                self.recompute();
            }
            Command::SetBy(by) => {
                self.by = by;
                self.recompute();
            }
            Command::SetCellValue(value) => self.cell_value = value,
            Command::SetLanguage(language) => self.settings.language = language,
            Command::OpenMark {
                population,
                mark,
                label,
            } => self.open_mark(population, &mark, label),
            Command::OpenRows { label, rows } => {
                self.browser = Some(StoryBrowser {
                    label,
                    rows,
                    reading: None,
                });
            }
            Command::SetTheme(theme) => self.settings.theme = theme,
            Command::Zoom(step) => self.settings.zoom(step),
            Command::ToggleFullScreen => {
                self.full_screen = !self.full_screen;
                self.viewport_commands
                    .push(egui::ViewportCommand::Fullscreen(self.full_screen));
            }
            Command::Quit => self.viewport_commands.push(egui::ViewportCommand::Close),
            Command::OpenDemo => {
                let settings = self.settings.clone();
                *self = Self::demo();
                self.settings = settings;
            }
            Command::Browser(BrowserCommand::Close) => self.browser = None,
            Command::Browser(command) => {
                if let Some(browser) = &mut self.browser {
                    browser.apply(&command);
                }
            }
        }
    }

    /// The stories currently listed, if any.
    pub fn browser(&self) -> Option<&StoryBrowser> {
        self.browser.as_ref()
    }

    fn populations(&self) -> Populations {
        Populations::all(&self.dataset)
    }

    fn open_mark(&mut self, population: PanelPopulation, mark: &Mark, label: String) {
        let Some(current) = &self.current else { return };
        let mut spec = ChartSpec::new(current.clone());
        spec.by = self.by.clone();
        spec.options.min_n = self.settings.min_n;
        let populations = self.populations();
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

    fn recompute(&mut self) {
        self.chart = self.current.as_ref().map(|id| {
            let mut spec = ChartSpec::new(id.clone());
            spec.by = self.by.clone();
            spec.options.min_n = self.settings.min_n;
            charts::compute(&spec, &self.dataset, &self.populations()).map_err(|e| e.to_string())
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
}

impl StorylensApp {
    /// Gives egui the theme and text size of the settings when they change.
    fn apply_look(&mut self, ctx: &egui::Context) {
        let look = (self.settings.theme, self.settings.font_scale);
        if self.applied_look != Some(look) {
            ctx.set_visuals(look.0.visuals());
            ctx.set_zoom_factor(look.1 * look.0.zoom());
            self.applied_look = Some(look);
        }
    }

    /// Above the chart: what to split it by, and what cross-tab cells show.
    fn chart_toolbar_ui(&self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        let tr = self.strings();
        let Some(current) = &self.current else { return };
        ui.horizontal(|ui| {
            let label = ui.label(format!("{}:", tr.split_by));
            let selected_title = self
                .by
                .as_ref()
                .and_then(|id| self.dataset.codebook().get(id))
                .map_or(tr.split_none.to_owned(), |q| q.title.clone());
            egui::ComboBox::from_id_salt("split_by")
                .selected_text(selected_title)
                .width(260.0)
                .show_ui(ui, |ui| {
                    if ui
                        .selectable_label(self.by.is_none(), tr.split_none)
                        .clicked()
                    {
                        commands.push(Command::SetBy(None));
                    }
                    for question in &self.dataset.codebook().questions {
                        let splittable = question.kind.is_choice()
                            || matches!(question.kind, QuestionKind::Slider { .. });
                        if !splittable || &question.id == current {
                            continue;
                        }
                        let selected = self.by.as_ref() == Some(&question.id);
                        if ui.selectable_label(selected, &question.title).clicked() {
                            commands.push(Command::SetBy(Some(question.id.clone())));
                        }
                    }
                })
                .response
                .labelled_by(label.id);
            let is_crosstab = matches!(
                &self.chart,
                Some(Ok(data)) if matches!(data.whole.chart, charts::PanelKind::CrossTab(_))
            );
            if is_crosstab {
                ui.separator();
                for (value, text) in [
                    (CellValue::Counts, tr.cell_counts),
                    (CellValue::RowPercent, tr.cell_row_percent),
                    (CellValue::ColumnPercent, tr.cell_column_percent),
                ] {
                    if ui
                        .selectable_label(self.cell_value == value, text)
                        .clicked()
                    {
                        commands.push(Command::SetCellValue(value));
                    }
                }
            }
        });
    }
}

impl eframe::App for StorylensApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.apply_look(ui.ctx());
        let mut commands = Vec::new();
        menu::shortcut_commands(ui.ctx(), &mut commands);
        egui::Panel::top("top_bar").show(ui, |ui| {
            menu::menu_bar_ui(
                ui,
                self.settings.language,
                self.settings.theme,
                &mut commands,
            );
            self.top_bar_ui(ui, &mut commands);
        });
        egui::Panel::bottom("status_bar").show(ui, |ui| self.status_bar_ui(ui));
        egui::Panel::left("questions")
            .resizable(true)
            .default_size(300.0)
            .show(ui, |ui| {
                question_list::question_list_ui(
                    ui,
                    &self.dataset,
                    &self.answered,
                    self.current.as_ref(),
                    self.settings.language,
                    &mut commands,
                );
            });
        if let Some(browser) = &self.browser {
            egui::Panel::right("stories")
                .resizable(true)
                .default_size(420.0)
                .show(ui, |ui| {
                    stories_panel::stories_panel_ui(
                        ui,
                        browser,
                        &self.dataset,
                        self.settings.language,
                        &mut commands,
                    );
                });
        }
        egui::CentralPanel::default().show(ui, |ui| {
            self.chart_toolbar_ui(ui, &mut commands);
            ui.separator();
            egui::ScrollArea::both().show(ui, |ui| {
                chart_view::chart_ui(
                    ui,
                    self.chart.as_ref(),
                    self.cell_value,
                    self.settings.language,
                    &mut commands,
                );
            });
        });
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
