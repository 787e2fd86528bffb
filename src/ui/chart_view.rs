//! The central chart: heading with n, then one panel per population side by
//! side (whole set, and the selection when comparing), the statistics of
//! each panel, and how the selection differs from the rest.

use crate::charts::text::{self, Counts};
use crate::charts::{ChartData, Comparison, Mark, PanelData, PanelKind};
use crate::i18n::{self, Language};
use crate::model::QuestionKind;

use super::commands::{Command, PanelPopulation};
use super::crosstab_view::CellValue;
use super::{histogram_view, multiples_view, scatter_view};
use crate::workspace::ExploreCommand;

/// What a click on a chart asks to show.
pub enum Clicked {
    /// The stories of a mark, with a label saying what they share.
    Mark(Mark, String),
    /// Story rows found near the pointer (dots), with a label.
    Rows(Vec<usize>, String),
    /// A range or lasso brushed with the pointer.
    Brush(super::brush::Brush),
}

/// Draws `chart`, or a hint when there is none; with `overlay` a compared
/// triad as one triangle with both clouds (`export::overlay`).
pub fn chart_ui(
    ui: &mut egui::Ui,
    chart: Option<&Result<ChartData, String>>,
    names: &[String; 2],
    (cell_value, overlay): (CellValue, bool),
    language: Language,
    commands: &mut Vec<Command>,
) {
    let tr = language.strings();
    match chart {
        None => {
            ui.centered_and_justified(|ui| ui.label(tr.pick_question));
        }
        Some(Err(message)) => {
            ui.colored_label(ui.visuals().error_fg_color, message);
        }
        Some(Ok(data)) => {
            let title = text::title(data, language);
            if super::scene_triad::has_triangles(data) {
                // The lasso's "click corners" beside the title: on the
                // screen only, never in the scene (slides have none).
                ui.horizontal_wrapped(|ui| {
                    ui.heading(title);
                    super::scene_triad::controls_ui(ui, language);
                });
            } else {
                ui.heading(title);
            }
            if super::scene_chart::draws(data) {
                let look = super::scene_chart::Look {
                    cell_value,
                    overlay,
                };
                let (rects, clicked) =
                    super::scene_chart::scene_chart_ui(ui, data, names, look, language);
                if let Some(click) = clicked {
                    push_click(commands, click.population, click.clicked);
                }
                remember_panel_rects(ui.ctx(), rects);
                return;
            }
            if let Some(comparison) = &data.comparison {
                comparison_ui(ui, comparison, language);
            }
            let panels: Vec<&PanelData> = data.panels().collect();
            let gaps = ui.spacing().item_spacing.x * (panels.len() as f32 - 1.0);
            let width = (ui.available_width() - gaps) / panels.len() as f32;
            // Measured once: inside the row, the second panel would see the
            // room the first one's content added, and draw a larger chart.
            let height = ui.available_height();
            let mut panel_rects = Vec::new();
            ui.horizontal_top(|ui| {
                for panel in panels {
                    let response = ui.allocate_ui(egui::vec2(width, height), |ui| {
                        // Exactly this wide, whatever the panel holds: the
                        // compared panels are the same size.
                        ui.set_width(width);
                        // Each panel its own id scope: both draw the same cells.
                        let clicked = ui
                            .push_id(&panel.population, |ui| {
                                ui.vertical(|ui| {
                                    panel_ui(ui, data, panel, names, cell_value, language)
                                })
                                .inner
                            })
                            .inner;
                        let population = if panel.population == "selection" {
                            PanelPopulation::Selection
                        } else {
                            PanelPopulation::Whole
                        };
                        if let Some(clicked) = clicked {
                            push_click(commands, population, clicked);
                        }
                    });
                    panel_rects.push(response.response.rect);
                }
            });
            remember_panel_rects(ui.ctx(), panel_rects);
        }
    }
}

/// The commands a click on a chart asks for.
fn push_click(commands: &mut Vec<Command>, population: PanelPopulation, clicked: Clicked) {
    match clicked {
        Clicked::Mark(mark, label) => {
            let brush = ExploreCommand::BrushMark(mark.clone());
            commands.push(Command::OpenMark {
                population,
                mark,
                label,
            });
            commands.push(Command::Explore(brush));
        }
        Clicked::Brush(brush) => {
            commands.push(Command::Explore(ExploreCommand::Brushed {
                population,
                brush,
            }));
        }
        Clicked::Rows(rows, label) => {
            commands.push(Command::OpenRows { label, rows });
        }
    }
}

fn remember_panel_rects(ctx: &egui::Context, panel_rects: Vec<egui::Rect>) {
    let frame_nr = ctx.cumulative_frame_nr();
    ctx.data_mut(|d| d.insert_temp(panel_rects_id(), (frame_nr, panel_rects)));
}

fn panel_rects_id() -> egui::Id {
    egui::Id::NULL.with("storylens_chart_panel_rects")
}

/// The rectangles the chart's panels took in the last frame that drew a
/// chart (one per population), for tests: compared panels are equal.
pub fn panel_rects(ctx: &egui::Context) -> Vec<egui::Rect> {
    ctx.data(|d| {
        d.get_temp::<(u64, Vec<egui::Rect>)>(panel_rects_id())
            .map(|(_, rects)| rects)
            .unwrap_or_default()
    })
}

fn panel_ui(
    ui: &mut egui::Ui,
    data: &ChartData,
    panel: &PanelData,
    names: &[String; 2],
    cell_value: CellValue,
    language: Language,
) -> Option<Clicked> {
    if data.selection.is_some() {
        let name = if panel.population == "selection" {
            &names[1]
        } else {
            &names[0]
        };
        let stories = i18n::format_count(language, panel.stories);
        ui.label(
            egui::RichText::new(format!("{name} · {stories}"))
                .size(17.0)
                .strong(),
        );
    }
    ui.label(egui::RichText::new(Counts::of(panel).text(language)).strong());
    if let Some(note) = data
        .options_shown_note(language)
        .filter(|_| panel.population == "whole")
    {
        ui.label(egui::RichText::new(note).small().weak());
    }
    if panel.population == "whole" {
        for note in text::lumping_notes(data, language) {
            ui.label(egui::RichText::new(note).small().weak());
        }
    }
    if panel.too_few {
        let text = text::too_few(panel.n, language);
        ui.add_space(40.0);
        ui.vertical_centered(|ui| ui.label(egui::RichText::new(text).size(18.0).weak()));
        return None;
    }
    kind_ui(ui, data, &panel.chart, panel.n, cell_value, language)
}

/// Draws one chart of a panel (or of a small multiple); `n` is its
/// answering stories.
pub(super) fn kind_ui(
    ui: &mut egui::Ui,
    data: &ChartData,
    chart: &PanelKind,
    n: usize,
    cell_value: CellValue,
    language: Language,
) -> Option<Clicked> {
    let tr = language.strings();
    let mut clicked = None;
    match (chart, &data.kind) {
        (PanelKind::Histogram(histogram), QuestionKind::Slider { left, right }) => {
            clicked = histogram_view::histogram_ui(ui, histogram, n, [left, right], language);
        }
        (PanelKind::Scatter(scatter), _) => {
            let by = data.by.as_ref().map_or("", |b| b.title.as_str());
            clicked = scatter_view::scatter_ui(ui, scatter, &data.title, by, language);
            for line in text::panel_lines(chart) {
                stat_line(ui, line.text(language));
            }
        }
        (PanelKind::Multiples(multiples), _) => {
            clicked = multiples_view::multiples_ui(ui, data, multiples, cell_value, language);
        }
        // Triads, cross-tabs, bars, slider × choice and text are drawn
        // from the export layout (`scene_chart`), never here.
        _ => {
            ui.label(tr.no_chart);
        }
    }
    clicked
}

fn stat_line(ui: &mut egui::Ui, text: String) {
    ui.label(egui::RichText::new(text).small().weak());
}

/// One sentence on whether the selection differs from the rest, and the
/// cross-tab cells that changed — the same sentences as the exports'.
fn comparison_ui(ui: &mut egui::Ui, comparison: &Comparison, language: Language) {
    for sentence in text::comparison_sentences(comparison, language) {
        ui.label(sentence);
    }
}
