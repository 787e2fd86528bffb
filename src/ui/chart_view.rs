//! The central chart: heading with n, then one panel per population side by
//! side (whole set, and the selection when comparing).

use crate::charts::{ChartData, PanelData, PanelKind};
use crate::i18n::{self, Language};
use crate::model::QuestionKind;

use super::{bars_view, histogram_view, triad_view};

/// Draws `chart`, or a hint when there is none.
pub fn chart_ui(ui: &mut egui::Ui, chart: Option<&Result<ChartData, String>>, language: Language) {
    let tr = language.strings();
    match chart {
        None => {
            ui.centered_and_justified(|ui| ui.label(tr.pick_question));
        }
        Some(Err(message)) => {
            ui.colored_label(ui.visuals().error_fg_color, message);
        }
        Some(Ok(data)) => {
            ui.heading(&data.title);
            let panels: Vec<&PanelData> = data.panels().collect();
            let width = ui.available_width() / panels.len() as f32;
            ui.horizontal_top(|ui| {
                for panel in panels {
                    ui.allocate_ui(egui::vec2(width, ui.available_height()), |ui| {
                        ui.vertical(|ui| panel_ui(ui, data, panel, language));
                    });
                }
            });
        }
    }
}

fn panel_ui(ui: &mut egui::Ui, data: &ChartData, panel: &PanelData, language: Language) {
    let tr = language.strings();
    ui.horizontal_wrapped(|ui| {
        let n = i18n::format_count(language, panel.n);
        ui.label(egui::RichText::new(i18n::fill(tr.n_answered, &[("n", &n)])).strong());
        if panel.n_missing > 0 {
            ui.label(egui::RichText::new(format!("{} {}", panel.n_missing, tr.missing)).weak());
        }
        if panel.n_not_applicable > 0 {
            ui.label(
                egui::RichText::new(format!("{} {}", panel.n_not_applicable, tr.not_applicable))
                    .weak(),
            );
        }
    });
    if panel.too_few {
        let text = i18n::fill(tr.too_few, &[("n", &panel.n)]);
        ui.add_space(40.0);
        ui.vertical_centered(|ui| ui.label(egui::RichText::new(text).size(18.0).weak()));
        return;
    }
    match (&panel.chart, &data.kind) {
        (PanelKind::Triad(triad), QuestionKind::Triad { top, left, right }) => {
            triad_view::triad_ui(ui, triad, [top, left, right], language);
        }
        (PanelKind::Histogram(histogram), QuestionKind::Slider { left, right }) => {
            histogram_view::histogram_ui(ui, histogram, panel.n, [left, right], language);
        }
        (PanelKind::Bars(bars), _) => bars_view::bars_ui(ui, bars, language),
        (PanelKind::Text(_), _) => {
            let n = i18n::format_count(language, panel.n);
            ui.label(i18n::fill(tr.text_question_info, &[("n", &n)]));
        }
        _ => {
            ui.label(tr.no_chart);
        }
    }
}
