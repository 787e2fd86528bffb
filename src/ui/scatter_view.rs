//! Slider × slider: a scatter plot through egui_plot on 0–100 × 0–100.

use egui_plot::{MarkerShape, Plot, PlotPoint, Points};

use crate::charts::{ColourBy, ScatterData};
use crate::i18n::{self, Language};

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
    let dots = dot_series(data);
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
        .show(ui, |plot| {
            for series in dots {
                plot.points(series);
            }
        });
    if let Some(colour) = &data.colour {
        colour_legend_ui(ui, colour, language);
    }
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

/// One series of dots, or with a colouring question one per option (and
/// one grey series for stories without an option).
fn dot_series(data: &ScatterData) -> Vec<Points<'static>> {
    let n = data.points.len();
    let series = |points: Vec<[f64; 2]>, color| {
        Points::new("", points)
            .shape(MarkerShape::Circle)
            .radius(2.5)
            .color(palette::dot_color(color, n))
    };
    let Some(colour) = &data.colour else {
        return vec![series(data.points.clone(), palette::WHOLE)];
    };
    let mut by_option = vec![Vec::new(); colour.labels.len() + 1];
    for (point, option) in data.points.iter().zip(&colour.options) {
        let slot = option.map_or(colour.labels.len(), usize::from);
        if let Some(points) = by_option.get_mut(slot) {
            points.push(*point);
        }
    }
    by_option
        .into_iter()
        .enumerate()
        .map(|(k, points)| {
            let color = if k < colour.labels.len() {
                palette::category(k)
            } else {
                egui::Color32::GRAY
            };
            series(points, color)
        })
        .collect()
}

/// "● option (n = 12)" per option of the colouring question.
fn colour_legend_ui(ui: &mut egui::Ui, colour: &ColourBy, language: Language) {
    ui.horizontal_wrapped(|ui| {
        ui.label(egui::RichText::new(format!("{}:", colour.title)).small());
        for (k, (label, &count)) in colour.labels.iter().zip(&colour.counts).enumerate() {
            ui.label(egui::RichText::new("●").color(palette::category(k)));
            let n = i18n::format_count(language, count);
            ui.label(egui::RichText::new(format!("{label} (n = {n})")).small());
        }
    });
}
