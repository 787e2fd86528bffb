//! The grid view: several comparisons at once — the findings of a
//! perspective, or chosen questions compared as the chart on screen is —
//! in a scrollable grid of small panels. A click on a panel's heading or on
//! any of its marks shows it full size.

use crate::i18n::Language;
pub use crate::workspace::{Grid, GridCell};

use super::chart_view;
use super::commands::Command;
use super::crosstab_view::CellValue;
use crate::workspace::ExploreCommand;
pub use crate::workspace::GridSource;

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
                    (cell_value, false),
                    language,
                    &mut inner,
                );
            });
        if !inner.is_empty() {
            commands.push(full_size);
        }
    }
}
