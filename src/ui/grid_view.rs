//! The grid view: several comparisons at once — the findings of a
//! perspective, or chosen questions compared as the chart on screen is —
//! in a scrollable grid of small panels. A click on a panel's heading or on
//! any of its marks shows it full size.

use crate::charts::ChartData;
use crate::i18n::Language;
use crate::project::FindingId;

use super::app::StorylensApp;
use super::chart_view;
use super::commands::Command;
use super::crosstab_view::CellValue;
use super::explore::ExploreCommand;
use super::view::View;
pub use crate::workspace::GridSource;

/// One small comparison of the grid.
#[derive(Debug)]
pub struct GridCell {
    pub title: String,
    pub view: View,
    /// The finding it shows, which opens with it at full size.
    pub finding: Option<FindingId>,
    /// Its computed chart, or why it could not be.
    pub chart: Result<ChartData, String>,
    /// Headings of its two panels.
    pub names: [String; 2],
}

/// The open grid.
#[derive(Debug)]
pub struct Grid {
    pub title: String,
    pub cells: Vec<GridCell>,
}

impl Grid {
    /// Computes every cell of `source` once, when the grid opens.
    pub fn open(app: &StorylensApp, source: GridSource) -> Self {
        let language = app.settings.language;
        let (title, cells) = match source {
            GridSource::Perspective(id) => {
                let perspective = app.project().perspectives.iter().find(|p| p.id == id);
                let cells = perspective
                    .into_iter()
                    .flat_map(|p| &p.findings)
                    .filter_map(|&id| app.project().finding(id).map(|f| (id, f)))
                    .map(|(id, finding)| {
                        let view = View::of_comparison(&finding.comparison());
                        cell(app, finding.title.clone(), view, Some(id))
                    })
                    .collect();
                (
                    perspective.map_or_else(String::new, |p| p.title.clone()),
                    cells,
                )
            }
            GridSource::Questions(ids) => {
                let cells = ids
                    .iter()
                    .filter_map(|id| app.dataset().codebook().get(id))
                    .map(|question| {
                        let view = View {
                            question: Some(question.id.clone()),
                            by: None,
                            ..app.view().clone()
                        };
                        cell(app, question.title.clone(), view, None)
                    })
                    .collect();
                (language.strings().grid_chosen.to_owned(), cells)
            }
        };
        Self { title, cells }
    }
}

fn cell(app: &StorylensApp, title: String, view: View, finding: Option<FindingId>) -> GridCell {
    let language = app.settings.language;
    let chart = match view.comparison(app.settings.min_n, language) {
        Some(comparison) => comparison
            .compute(app.dataset())
            .map_err(|e| e.sentence(language)),
        None => Err(app.strings().no_chart.to_owned()),
    };
    let selection_name = view
        .selection
        .as_ref()
        .map_or_else(|| app.strings().selection.to_owned(), |c| c.name.clone());
    GridCell {
        names: [view.baseline_name(language), selection_name],
        title,
        view,
        finding,
        chart,
    }
}

/// Height of one grid cell.
const CELL_HEIGHT_PX: f32 = 470.0;

/// Draws the grid; a click on a cell shows it full size.
pub fn grid_ui(
    ui: &mut egui::Ui,
    grid: &Grid,
    cell_value: CellValue,
    language: Language,
    commands: &mut Vec<Command>,
) {
    let tr = language.strings();
    ui.horizontal(|ui| {
        ui.heading(&grid.title);
        ui.label(
            egui::RichText::new(crate::i18n::fill(
                tr.grid_count,
                &[("n", &grid.cells.len())],
            ))
            .weak(),
        );
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui.button(format!("✕ {}", tr.grid_close)).clicked() {
                commands.push(Command::Explore(ExploreCommand::CloseGrid));
            }
        });
    });
    if grid.cells.is_empty() {
        ui.label(tr.grid_empty);
        return;
    }
    let columns = if ui.available_width() > 1000.0 { 2 } else { 1 };
    let width = ui.available_width() / columns as f32 - 12.0;
    egui::ScrollArea::vertical()
        .id_salt("grid")
        .auto_shrink(false)
        .show(ui, |ui| {
            for (row, chunk) in grid.cells.chunks(columns).enumerate() {
                ui.horizontal_top(|ui| {
                    for (k, cell) in chunk.iter().enumerate() {
                        let index = row * columns + k;
                        ui.push_id(("grid_cell", index), |ui| {
                            cell_ui(ui, cell, index, width, cell_value, language, commands);
                        });
                    }
                });
                ui.add_space(8.0);
            }
        });
}

fn cell_ui(
    ui: &mut egui::Ui,
    cell: &GridCell,
    index: usize,
    width: f32,
    cell_value: CellValue,
    language: Language,
    commands: &mut Vec<Command>,
) {
    let full_size = Command::Explore(ExploreCommand::GridFullSize(index));
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(width);
        ui.set_height(CELL_HEIGHT_PX);
        // The frame takes the row's horizontal layout; a cell reads down.
        ui.vertical(|ui| cell_content_ui(ui, cell, full_size, cell_value, language, commands));
    });
}

fn cell_content_ui(
    ui: &mut egui::Ui,
    cell: &GridCell,
    full_size: Command,
    cell_value: CellValue,
    language: Language,
    commands: &mut Vec<Command>,
) {
    let tr = language.strings();
    {
        if ui
            .button(format!("↗ {}", cell.title))
            .on_hover_text(tr.grid_full_size)
            .clicked()
        {
            commands.push(full_size.clone());
        }
        // A mark clicked in a small panel opens the panel full size rather
        // than stories of a chart that is not the one on screen.
        let mut inner = Vec::new();
        // A chart taller than the cell (a cross-tab of many options)
        // scrolls inside it rather than being cut off.
        egui::ScrollArea::vertical()
            .id_salt("grid_cell_chart")
            .max_height(CELL_HEIGHT_PX - 30.0)
            .auto_shrink([false, true])
            .show(ui, |ui| {
                ui.style_mut().override_text_style = Some(egui::TextStyle::Small);
                chart_view::chart_ui(
                    ui,
                    Some(&cell.chart),
                    &cell.names,
                    cell_value,
                    language,
                    &mut inner,
                );
            });
        if !inner.is_empty() {
            commands.push(full_size);
        }
    }
}
