//! Slider × slider: a scatter plot through egui_plot on 0–100 × 0–100.

use egui_plot::{MarkerShape, Plot, PlotPoint, Points};

use crate::charts::ScatterData;

use crate::i18n::Language;

use super::chart_view::Clicked;
use super::palette;

/// Draws the scatter; axis titles name the poles.
pub fn scatter_ui(
    ui: &mut egui::Ui,
    data: &ScatterData,
    x_title: &str,
    y_title: &str,
    language: Language,
) -> Option<Clicked> {
    let points: Vec<[f64; 2]> = data.points.clone();
    let dots = Points::new("", points)
        .shape(MarkerShape::Circle)
        .radius(2.5)
        .color(palette::dot_color(palette::WHOLE, data.points.len()));
    let size = ui
        .available_width()
        .min(ui.available_height() - 40.0)
        .max(220.0);
    let plot = Plot::new(("scatter", ui.scope_id()))
        .width(size)
        .height(size)
        .data_aspect(1.0)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .include_x(0.0)
        .include_x(100.0)
        .include_y(0.0)
        .include_y(100.0)
        .x_axis_label(format!(
            "{x_title}: {} → {}",
            data.x_poles[0], data.x_poles[1]
        ))
        .y_axis_label(format!(
            "{y_title}: {} → {}",
            data.y_poles[0], data.y_poles[1]
        ))
        .show(ui, |plot| plot.points(dots));
    let pointer = plot
        .response
        .interact_pointer_pos()
        .filter(|_| plot.response.clicked())?;
    let mut rows: Vec<usize> = data
        .points
        .iter()
        .zip(&data.rows)
        .filter(|(p, _)| {
            let screen = plot
                .transform
                .position_from_point(&PlotPoint::new(p[0], p[1]));
            screen.distance(pointer) <= 10.0
        })
        .map(|(_, &row)| row)
        .collect();
    rows.sort_unstable();
    (!rows.is_empty()).then(|| Clicked::Rows(rows, language.strings().near_point.to_owned()))
}
