//! Baseline and selection overlaid in one panel, where that reads better
//! than side by side: a slider's two histograms as percentages on one axis,
//! and a triad's two clouds with their geometric means and the step from
//! one to the other. Same scales for both; a legend says which colour is
//! which. Brushing works here as on the side-by-side panels.

use egui::{Color32, RichText, Shape, Stroke};
use egui_plot::{Bar, BarChart, Legend, LineStyle, Plot, VLine};

use crate::charts::{ChartData, HistogramData, PanelData, PanelKind, TriadData};
use crate::i18n::{self, Language};
use crate::model::QuestionKind;

use super::brush::{self, Brush};
use super::commands::{Command, PanelPopulation};
use super::{palette, triangle};
use crate::workspace::ExploreCommand;

/// The selection's colour when overlaid (Okabe–Ito orange, apart from the
/// baseline's blue for colour-blind readers too).
pub const SELECTION: Color32 = Color32::from_rgb(230, 159, 0);

/// Whether `data` can be overlaid: a comparison of a slider or a triad on
/// its own, with enough stories in both panels.
pub fn applies(data: &ChartData) -> bool {
    let Some(selection) = &data.selection else {
        return false;
    };
    let both_shown = !data.whole.too_few && !selection.too_few;
    let kinds = matches!(
        (&data.whole.chart, &selection.chart),
        (PanelKind::Histogram(_), PanelKind::Histogram(_))
            | (PanelKind::Triad(_), PanelKind::Triad(_))
    );
    data.by.is_none() && both_shown && kinds
}

/// Draws the overlaid chart with its heading and comparison sentence;
/// `false` (drawing nothing) when `data` cannot be overlaid.
pub fn overlay_ui(
    ui: &mut egui::Ui,
    data: &ChartData,
    names: &[String; 2],
    language: Language,
    commands: &mut Vec<Command>,
) -> bool {
    let Some(selection) = data.selection.as_ref().filter(|_| applies(data)) else {
        return false;
    };
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
        (
            PanelKind::Triad(whole),
            PanelKind::Triad(part),
            QuestionKind::Triad { top, left, right },
        ) => triads_ui(ui, [whole, part], [top, left, right], language),
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

fn triads_ui(
    ui: &mut egui::Ui,
    data: [&TriadData; 2],
    corners: [&String; 3],
    language: Language,
) -> Option<Brush> {
    let tr = language.strings();
    let (response, painter, frame) = triangle::triangle_ui(ui, corners, 90.0);
    for (k, triad) in data.iter().enumerate() {
        let base = if k == 0 { palette::WHOLE } else { SELECTION };
        // The baseline fainter, so the selection reads on top of it.
        let color = palette::dot_color(base, triad.points.len() * (2 - k));
        let radius = if k == 0 { 2.0 } else { 2.6 };
        painter.extend(
            triad
                .points
                .iter()
                .map(|&p| Shape::circle_filled(frame.screen(p), radius, color)),
        );
    }
    let means = data.map(|d| d.geometric_mean.map(|m| frame.screen(m)));
    if let [Some(from), Some(to)] = means {
        painter.arrow(from, to - from, Stroke::new(2.5, ui.visuals().text_color()));
    }
    for (k, mean) in means.iter().enumerate() {
        if let Some(centre) = mean {
            let color = if k == 0 { palette::WHOLE } else { SELECTION };
            painter.circle_filled(*centre, 7.0, color);
            painter.circle_stroke(*centre, 7.0, Stroke::new(1.5, Color32::WHITE));
        }
    }
    let lasso = brush::triad_lasso_ui(
        ui,
        &response,
        |w| frame.screen(w),
        |p| frame.weights(p),
        language,
    );
    ui.label(
        RichText::new(format!(
            "● = {} · → {}",
            tr.geometric_mean, tr.overlay_shift
        ))
        .small()
        .weak(),
    );
    lasso.brush
}
