//! A slider's baseline and selection overlaid in one panel, where that
//! reads better than side by side: the two histograms as percentages on
//! one axis, on egui_plot, where dragging a range brushes them. A triad
//! overlaid is laid out by the export (`export::overlay`: one triangle,
//! both clouds, the step between the means) and drawn by `scene_chart`
//! like every other triad, so it looks the same on screen and on paper.

use egui::{Color32, RichText};
use egui_plot::{Bar, BarChart, Legend, LineStyle, Plot, VLine};

use crate::charts::{ChartData, HistogramData, PanelData, PanelKind};
use crate::i18n::{self, Language};
use crate::model::QuestionKind;

use super::brush::{self, Brush};
use super::commands::{Command, PanelPopulation};
use super::palette;
use crate::workspace::ExploreCommand;

/// The selection's colour when overlaid (Okabe–Ito orange, apart from the
/// baseline's blue for colour-blind readers too).
pub const SELECTION: Color32 = Color32::from_rgb(230, 159, 0);

/// Draws the overlaid histograms with their heading and comparison
/// sentence; `false` (drawing nothing) when `data` is no compared slider
/// (a triad overlaid is the chart view's, from the export layout).
pub fn overlay_ui(
    ui: &mut egui::Ui,
    data: &ChartData,
    names: &[String; 2],
    language: Language,
    commands: &mut Vec<Command>,
) -> bool {
    let Some(selection) = data
        .selection
        .as_ref()
        .filter(|_| crate::export::can_overlay(data))
    else {
        return false;
    };
    if crate::export::lays_out_overlay(data) {
        return false;
    }
    ui.heading(&data.title);
    if let Some(comparison) = &data.comparison {
        for sentence in crate::charts::text::comparison_sentences(comparison, language) {
            ui.label(sentence);
        }
    }
    legend_ui(ui, [&data.whole, selection], names, language);
    let brushed = match (&data.whole.chart, &selection.chart, &data.kind) {
        (
            PanelKind::Histogram(whole),
            PanelKind::Histogram(part),
            QuestionKind::Slider { left, right },
        ) => histograms_ui(
            ui,
            [whole, part],
            [data.whole.n, selection.n],
            names,
            [left, right],
            language,
        ),
        _ => None,
    };
    if let Some(brush) = brushed {
        commands.push(Command::Explore(ExploreCommand::Brushed {
            population: PanelPopulation::Whole,
            brush,
        }));
    }
    true
}

fn legend_ui(ui: &mut egui::Ui, panels: [&PanelData; 2], names: &[String; 2], language: Language) {
    ui.horizontal_wrapped(|ui| {
        for (k, (panel, name)) in panels.iter().zip(names).enumerate() {
            let color = if k == 0 { palette::WHOLE } else { SELECTION };
            ui.label(RichText::new("■").color(color).size(18.0));
            let n = i18n::format_count(language, panel.n);
            ui.label(RichText::new(format!("{name} (n = {n})")).strong());
            ui.add_space(12.0);
        }
    });
}

fn histograms_ui(
    ui: &mut egui::Ui,
    data: [&HistogramData; 2],
    n: [usize; 2],
    names: &[String; 2],
    poles: [&String; 2],
    language: Language,
) -> Option<Brush> {
    let tr = language.strings();
    // Percentages, so that a selection of 300 and a whole of 2,000 share
    // one axis; the selection's bars are narrower and drawn on top.
    let bars = |k: usize, width: f64| -> Vec<Bar> {
        let (data, n) = (data[k], n[k].max(1) as f64);
        data.counts
            .iter()
            .enumerate()
            .filter_map(|(i, &count)| {
                let (low, high) = (*data.edges.get(i)?, *data.edges.get(i + 1)?);
                let percent = 100.0 * count as f64 / n;
                Some(
                    Bar::new((low + high) / 2.0, percent)
                        .width((high - low) * width)
                        .name(format!(
                            "{low:.0}–{high:.0}: {}%",
                            i18n::format_decimal(language, percent, 1)
                        )),
                )
            })
            .collect()
    };
    let whole = BarChart::new(names[0].as_str(), bars(0, 0.92))
        .color(palette::WHOLE.gamma_multiply(0.55))
        .element_formatter(Box::new(|bar, _| bar.name.clone()));
    let part = BarChart::new(names[1].as_str(), bars(1, 0.5))
        .color(SELECTION)
        .element_formatter(Box::new(|bar, _| bar.name.clone()));
    let height = (ui.available_height() - 60.0).clamp(180.0, 420.0);
    let plot =
        super::histogram_view::slider_plot(Plot::new(("overlay_histogram", ui.scope_id())), height)
            .legend(Legend::default().follow_insertion_order(true))
            .y_axis_label(tr.percent_of_n)
            .show(ui, |plot| {
                plot.bar_chart(whole);
                plot.bar_chart(part);
                for (k, histogram) in data.iter().enumerate() {
                    let color = if k == 0 { palette::WHOLE } else { SELECTION };
                    if let Some(mean) = histogram.mean {
                        let mean_text = i18n::format_decimal(language, mean, 1);
                        let label = format!("{} {mean_text} ({})", tr.mean, names[k]);
                        plot.vline(
                            VLine::new(label, mean)
                                .color(color)
                                .width(2.5)
                                .style(LineStyle::dashed_loose()),
                        );
                    }
                }
            });
    let brushed = brush::slider_brush_ui(ui, &plot.response, &plot.transform);
    ui.horizontal(|ui| {
        ui.label(RichText::new(poles[0]).strong());
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            ui.label(RichText::new(poles[1]).strong());
        });
    });
    brushed
}
