//! A slider histogram through egui_plot: bins on 0–100, mean and median
//! lines, pole labels under the axis; hovering a bin shows its count.

use egui_plot::{Bar, BarChart, Legend, LineStyle, Plot, VLine};

use crate::charts::{HistogramData, Mark};
use crate::i18n::{self, Language};

use super::chart_view::Clicked;
use super::palette;

/// The bin under a click, as a mark labelled with its range.
fn clicked_bin(
    response: &egui::Response,
    transform: &egui_plot::PlotTransform,
    data: &HistogramData,
) -> Option<Clicked> {
    let position = response
        .interact_pointer_pos()
        .filter(|_| response.clicked())?;
    let x = transform.value_from_position(position).x;
    let bin = crate::stats::descriptive::histogram_bin(x, 0.0, 100.0, data.counts.len())?;
    let (low, high) = (data.edges.get(bin)?, data.edges.get(bin + 1)?);
    Some(Clicked::Mark(
        Mark::Bin { bin },
        format!("{low:.0}–{high:.0}"),
    ))
}

/// Draws the histogram panel in the available width.
pub fn histogram_ui(
    ui: &mut egui::Ui,
    data: &HistogramData,
    n: usize,
    poles: [&String; 2],
    language: Language,
) -> Option<Clicked> {
    let tr = language.strings();
    let bars: Vec<Bar> = data
        .counts
        .iter()
        .enumerate()
        .filter_map(|(i, &count)| {
            let (low, high) = (*data.edges.get(i)?, *data.edges.get(i + 1)?);
            let percent = if n == 0 {
                0.0
            } else {
                100.0 * count as f64 / n as f64
            };
            Some(
                Bar::new((low + high) / 2.0, count as f64)
                    .width((high - low) * 0.92)
                    .name(format!(
                        "{low:.0}–{high:.0}: {count} ({}%)",
                        i18n::format_decimal(language, percent, 1)
                    )),
            )
        })
        .collect();
    let chart = BarChart::new(tr.count, bars)
        .color(palette::WHOLE)
        .element_formatter(Box::new(|bar, _| bar.name.clone()));
    let height = (ui.available_height() - 60.0).clamp(180.0, 420.0);
    let plot = slider_plot(Plot::new(("histogram", ui.scope_id())), height)
        .legend(Legend::default())
        .y_axis_label(tr.count)
        .show(ui, |plot| {
            plot.bar_chart(chart);
            if let Some(mean) = data.mean {
                let label = format!("{} {}", tr.mean, i18n::format_decimal(language, mean, 1));
                plot.vline(VLine::new(label, mean).color(palette::MEAN).width(2.5));
            }
            if let Some(median) = data.median {
                let label = format!(
                    "{} {}",
                    tr.median,
                    i18n::format_decimal(language, median, 1)
                );
                plot.vline(
                    VLine::new(label, median)
                        .color(palette::MEDIAN)
                        .width(2.5)
                        .style(LineStyle::dashed_loose()),
                );
            }
        });
    let clicked = super::brush::slider_brush_ui(ui, &plot.response, &plot.transform)
        .map(Clicked::Brush)
        .or_else(|| clicked_bin(&plot.response, &plot.transform, data));
    ui.horizontal(|ui| {
        ui.label(egui::RichText::new(poles[0]).strong());
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            ui.label(egui::RichText::new(poles[1]).strong());
        });
    });
    if let Some(sd) = data.sd {
        ui.label(
            egui::RichText::new(format!(
                "{} {}",
                tr.sd,
                i18n::format_decimal(language, sd, 1)
            ))
            .small()
            .weak(),
        );
    }
    clicked
}

/// A plot of a slider's 0–100 scale that stays put: no zoom, drag or
/// scroll (bins are categories, and the pointer brushes instead), no hover
/// coordinates.
pub(super) fn slider_plot(plot: Plot<'_>, height: f32) -> Plot<'_> {
    plot.height(height)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show_x(false)
        .show_y(false)
        .include_x(0.0)
        .include_x(100.0)
        .include_y(0.0)
}
