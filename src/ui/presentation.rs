//! Presentation mode: full screen, one finding per slide — large title, the
//! comparison big, the two texts. ←/→ (and PageUp/PageDown, as presenter
//! clickers send) move; space flips between the baseline alone and the
//! selection alone, full width; a click on a mark shows its stories in a
//! large overlay; Esc leaves.

use egui::RichText;

use crate::charts::ChartData;
use crate::i18n;
use crate::project::FindingId;

use super::app::StorylensApp;
use super::commands::Command;
use super::view::View;
use super::{chart_view, stories_panel};

/// Which panels a slide shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Showing {
    #[default]
    Both,
    Baseline,
    Selection,
}

/// The running presentation.
#[derive(Clone, Debug)]
pub struct Presentation {
    pub slides: Vec<FindingId>,
    pub index: usize,
    pub showing: Showing,
    /// What the workspace showed before, restored on leaving.
    before: (View, Option<FindingId>),
}

impl Presentation {
    pub fn current(&self) -> Option<FindingId> {
        self.slides.get(self.index).copied()
    }
}

impl StorylensApp {
    /// Starts or leaves presentation mode.
    pub(crate) fn present(&mut self, on: bool) {
        if on {
            if self.presentation.is_some() {
                return;
            }
            let mut slides: Vec<FindingId> = self
                .project
                .perspectives
                .iter()
                .flat_map(|p| p.findings.iter().copied())
                .collect();
            slides.extend(self.project.ungrouped_findings());
            let start = self
                .open_finding
                .and_then(|id| slides.iter().position(|s| *s == id))
                .unwrap_or(0);
            self.presentation = Some(Presentation {
                slides,
                index: start,
                showing: Showing::Both,
                before: (self.view.clone(), self.open_finding),
            });
            self.browser = None;
            self.full_screen = true;
            self.viewport_commands
                .push(egui::ViewportCommand::Fullscreen(true));
            self.show_slide();
        } else if let Some(presentation) = self.presentation.take() {
            (self.view, self.open_finding) = presentation.before;
            self.browser = None;
            self.full_screen = false;
            self.viewport_commands
                .push(egui::ViewportCommand::Fullscreen(false));
            self.recompute();
        }
    }

    pub(crate) fn present_step(&mut self, step: isize) {
        if let Some(presentation) = &mut self.presentation {
            let last = presentation.slides.len().saturating_sub(1) as isize;
            presentation.index = (presentation.index as isize + step).clamp(0, last) as usize;
            presentation.showing = Showing::Both;
            self.browser = None;
            self.show_slide();
        }
    }

    /// Space: the baseline alone, then the selection alone, in turn.
    pub(crate) fn present_flip(&mut self) {
        if let Some(presentation) = &mut self.presentation {
            presentation.showing = match presentation.showing {
                Showing::Both | Showing::Selection => Showing::Baseline,
                Showing::Baseline => Showing::Selection,
            };
        }
    }

    fn show_slide(&mut self) {
        if let Some(id) = self.presentation.as_ref().and_then(Presentation::current) {
            self.open_finding(id);
        }
    }
}

/// Draws the current slide over the whole window.
pub fn presentation_ui(ui: &mut egui::Ui, app: &StorylensApp, commands: &mut Vec<Command>) {
    let tr = app.strings();
    let language = app.settings.language;
    let Some(presentation) = &app.presentation else {
        return;
    };
    egui::CentralPanel::default().show(ui, |ui| {
        let style = ui.style_mut();
        for font in style.text_styles.values_mut() {
            font.size *= 1.45;
        }
        let finding = presentation
            .current()
            .and_then(|id| app.project.finding(id));
        ui.horizontal(|ui| {
            let counter = i18n::fill(
                tr.slide_of,
                &[
                    ("i", &(presentation.index + 1)),
                    ("n", &presentation.slides.len()),
                ],
            );
            ui.label(RichText::new(counter).weak());
            ui.label(RichText::new(tr.flip_hint).weak().small());
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui
                    .button(tr.leave_presentation)
                    .on_hover_text("Esc")
                    .clicked()
                {
                    commands.push(Command::Present(false));
                }
            });
        });
        let Some(finding) = finding else {
            ui.centered_and_justified(|ui| ui.heading(tr.no_slides));
            return;
        };
        ui.label(RichText::new(&finding.title).size(36.0).strong());
        ui.add_space(8.0);
        let names = [app.view.baseline_name(language), app.compared_name()];
        let text_height = 170.0;
        let chart_height = (ui.available_height() - text_height).max(200.0);
        egui::ScrollArea::both()
            .max_height(chart_height)
            .show(ui, |ui| {
                let shown = app.chart.as_ref().map(|chart| {
                    chart
                        .as_ref()
                        .map(|data| only(data, presentation.showing))
                        .map_err(Clone::clone)
                });
                let names = match presentation.showing {
                    Showing::Selection => [names[1].clone(), names[1].clone()],
                    _ => names,
                };
                chart_view::chart_ui(
                    ui,
                    shown.as_ref(),
                    &names,
                    app.cell_value,
                    language,
                    commands,
                );
            });
        ui.separator();
        ui.columns(2, |columns| {
            columns[0].label(RichText::new(tr.what_we_saw).strong());
            columns[0].label(&finding.saw);
            columns[1].label(RichText::new(tr.what_we_see_now).strong());
            columns[1].label(&finding.see_now);
        });
    });
    if let Some(browser) = &app.browser {
        egui::Window::new(&browser.label)
            .collapsible(false)
            .default_size([760.0, 620.0])
            .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
            .show(ui.ctx(), |ui| {
                for font in ui.style_mut().text_styles.values_mut() {
                    font.size *= 1.35;
                }
                let options = super::redaction_ui::ReaderOptions {
                    quote_into: None,
                    redactions: &app.project.redactions,
                    edit_redactions: false,
                    highlight: "",
                };
                stories_panel::stories_panel_ui(
                    ui,
                    browser,
                    &app.dataset,
                    &options,
                    language,
                    commands,
                );
            });
    }
}

/// The chart with only the panels a slide shows.
fn only(data: &ChartData, showing: Showing) -> ChartData {
    let mut data = data.clone();
    match showing {
        Showing::Both => {}
        Showing::Baseline => data.selection = None,
        Showing::Selection => {
            if let Some(selection) = data.selection.take() {
                data.whole = selection;
            }
        }
    }
    data.comparison = data.comparison.filter(|_| showing == Showing::Both);
    data
}
