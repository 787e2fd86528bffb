//! The frame layout of the workspace: top bar, status bar, left panel,
//! story and finding panels around the chart, and the dialogs over them.
//! Panels draw from `&` state and push commands.

use crate::i18n::{self, Language};
use crate::workspace::{Command, LeftTab};

use super::app::{Source, StorylensApp};
use super::settings::ThemeLook;
use super::stories_panel;
use super::{
    autosave_driver, chart_view, explore_bar, findings_panel, grid_view, menu, overlay_view,
    question_list, selections_panel, toolbar,
};

impl StorylensApp {
    fn status_bar_ui(&self, ui: &mut egui::Ui) {
        let tr = self.strings();
        let source = match &self.source {
            Source::Demo => tr.embedded_demo.to_owned(),
            Source::Empty => tr.no_data_open.to_owned(),
            Source::File(path) => path.display().to_string(),
        };
        let count = i18n::format_count(
            self.settings.language,
            self.workspace.document.dataset.len(),
        );
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
            ui.label(egui::RichText::new(&self.workspace.document.dataset.name).weak());
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
                if ui
                    .selectable_label(self.workspace.left_tab == tab, label)
                    .clicked()
                {
                    commands.push(Command::SetLeftTab(tab));
                }
            }
        });
        ui.separator();
        let language = self.settings.language;
        match self.workspace.left_tab {
            LeftTab::Questions => question_list::question_list_ui(
                ui,
                &self.workspace.document.dataset,
                &self.workspace.answered,
                self.workspace.view.question.as_ref(),
                language,
                commands,
            ),
            LeftTab::Selections => {
                selections_panel::selections_panel_ui(
                    ui,
                    &mut self.editor,
                    self.workspace.document.project(),
                    &self.workspace.document.dataset,
                    self.workspace.view.selection.as_ref().and_then(|c| c.from),
                    language,
                    commands,
                );
                ui.separator();
                super::differences_panel::differences_ui(
                    ui,
                    &self.workspace.view,
                    &self.workspace.document.dataset,
                    &self.workspace.project().settings.word_options(),
                    language,
                    commands,
                );
            }
            LeftTab::Findings => {
                findings_panel::findings_list_ui(
                    ui,
                    self.workspace.document.project(),
                    self.workspace.open_finding,
                    language,
                    commands,
                );
            }
        }
    }

    #[allow(clippy::too_many_lines, reason = "split by the Workspace refactor")]
    pub(super) fn workspace_ui(&mut self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        egui::Panel::top("top_bar").show(ui, |ui| {
            menu::menu_bar_ui(ui, &self.settings, commands);
            self.top_bar_ui(ui, commands);
        });
        egui::Panel::bottom("status_bar").show(ui, |ui| self.status_bar_ui(ui));
        let tr = self.strings();
        super::notices::notices_ui(ui, &mut self.notices, tr, commands);
        if let Some(recovery) = self.autosave.recovery() {
            let language = self.settings.language;
            egui::Panel::top("recovery").show(ui, |ui| {
                autosave_driver::recovery_banner_ui(ui, recovery, language, commands);
            });
        }
        let area = ui.available_rect_before_wrap().size();
        // From the view, not the computed chart: the room is the same from
        // the first frame on, and a panel never shrinks under the pointer.
        let room = if self.workspace.view.selection.is_some() {
            super::room::PanelRoom::compared(area)
        } else {
            super::room::PanelRoom::of(area)
        };
        egui::Panel::left("left")
            .resizable(true)
            .default_size(room.left_px)
            .size_range(180.0..=room.left_px)
            .show(ui, |ui| self.left_panel_ui(ui, commands));
        if let Some(browser) = &self.workspace.browser {
            egui::Panel::right("stories")
                .resizable(true)
                .default_size(room.stories_px.min(420.0))
                .size_range(240.0..=room.stories_px)
                .show(ui, |ui| {
                    let options = super::redaction_ui::ReaderOptions {
                        quote_into: self.workspace.open_finding,
                        redactions: &self.workspace.document.project().redactions,
                        edit_redactions: true,
                        highlight: self.search_term(),
                    };
                    stories_panel::stories_panel_ui(
                        ui,
                        browser,
                        &self.workspace.document.dataset,
                        &options,
                        self.settings.language,
                        commands,
                    );
                });
        }
        if let Some(finding) = self
            .workspace
            .open_finding
            .and_then(|id| self.workspace.document.project().finding(id))
        {
            egui::Panel::bottom("finding")
                .resizable(true)
                .default_size(room.finding_px.min(260.0))
                .size_range(120.0..=room.finding_px)
                .show(ui, |ui| {
                    findings_panel::finding_editor_ui(
                        ui,
                        finding,
                        (
                            &self.workspace.document.dataset,
                            self.workspace.document.project(),
                        ),
                        &self.focus_new_finding,
                        self.settings.language,
                        commands,
                    );
                });
        }
        egui::CentralPanel::default().show(ui, |ui| {
            toolbar::chart_toolbar_ui(ui, self, commands);
            explore_bar::explore_bar_ui(ui, self, commands);
            ui.separator();
            if let Some(grid) = &self.workspace.explore.grid {
                let language = self.settings.language;
                grid_view::grid_ui(ui, grid, self.workspace.cell_value, language, commands);
                return;
            }
            egui::ScrollArea::both().show(ui, |ui| {
                let names = [
                    self.workspace.view.baseline_name(self.settings.language),
                    self.compared_name(),
                ];
                let overlaid = self.workspace.explore.overlay
                    && matches!(&self.workspace.chart, Some(Ok(data)) if overlay_view::overlay_ui(
                        ui, data, &names, self.settings.language, commands,
                    ));
                if !overlaid {
                    chart_view::chart_ui(
                        ui,
                        self.workspace.chart.as_ref(),
                        &names,
                        (self.workspace.cell_value, self.workspace.explore.overlay),
                        self.settings.language,
                        commands,
                    );
                }
            });
        });
        if let Some(kwic) = &self.workspace.explore.kwic {
            super::kwic::kwic_window_ui(ui.ctx(), kwic, self.settings.language, commands);
        }
        super::stop_words::stop_words_window_ui(
            ui.ctx(),
            self.workspace.document.project(),
            self.settings.language,
            commands,
        );
        if let Some(welcome) = &mut self.welcome {
            welcome.ui(ui.ctx(), self.settings.language, commands);
        }
        if self.import_report_open {
            let language = self.settings.language;
            super::import_report::import_report_ui(
                ui.ctx(),
                &self.import_notes,
                language,
                commands,
            );
        }
        if self.unsaved.is_some() {
            let language = self.settings.language;
            super::unsaved::unsaved_prompt_ui(
                ui.ctx(),
                &self.workspace.document.project().name,
                language,
                commands,
            );
        }
    }

    /// Heading of the selection panel.
    pub(crate) fn compared_name(&self) -> String {
        self.workspace
            .view
            .selection
            .as_ref()
            .map_or_else(|| self.strings().selection.to_owned(), |c| c.name.clone())
    }

    /// Gives egui the theme and text size of the settings when they change.
    pub(super) fn apply_look(&mut self, ctx: &egui::Context) {
        let look = (self.settings.theme, self.settings.font_scale);
        if self.applied_look != Some(look) {
            ctx.set_visuals(look.0.visuals());
            ctx.set_zoom_factor(look.1 * look.0.zoom());
            self.applied_look = Some(look);
        }
    }
}
