//! Bars of a choice question, drawn with the painter: one row per option in
//! the question's order, label, bar, and its number — percent or count, as
//! the chart's `BarValue` says; hovering a row shows both numbers.

use egui::{Align2, FontId, Rect, Sense, pos2, vec2};

use crate::charts::{BarValue, BarsData, ChartData, Mark, PanelKind};
use crate::i18n::{self, Language};

use super::chart_view::Clicked;
use super::palette;

const ROW_HEIGHT: f32 = 24.0;

/// The longest bar of every panel of `chart` (both populations, every
/// small multiple), in the bars' unit: one length scale for all of them,
/// as in the exports, so that counts compare across panels.
pub fn longest_bar(chart: &ChartData) -> f64 {
    chart
        .panels()
        .flat_map(|panel| match &panel.chart {
            PanelKind::Bars(bars) => vec![bars.max_length()],
            PanelKind::Multiples(multiples) => multiples
                .panels
                .iter()
                .filter_map(|sub| match &sub.chart {
                    PanelKind::Bars(bars) => Some(bars.max_length()),
                    _ => None,
                })
                .collect(),
            _ => Vec::new(),
        })
        .fold(0.0, f64::max)
}

/// Draws the bars panel in the available width, bar lengths relative to
/// `longest` (see [`longest_bar`]).
pub fn bars_ui(
    ui: &mut egui::Ui,
    data: &BarsData,
    longest: f64,
    language: Language,
) -> Option<Clicked> {
    let mut clicked = None;
    let tr = language.strings();
    let width = ui.available_width().max(240.0);
    let font = FontId::proportional(14.0);
    let label_width = data
        .labels
        .iter()
        .map(|label| {
            ui.fonts_mut(|f| {
                f.layout_no_wrap(label.clone(), font.clone(), ui.visuals().text_color())
                    .size()
                    .x
            })
        })
        .fold(0.0f32, f32::max)
        .min(width * 0.45)
        + 12.0;
    let value_width = 110.0;
    let bar_space = (width - label_width - value_width).max(40.0);
    let max_length = longest.max(data.max_length()).max(1e-9);
    let text_color = ui.visuals().text_color();

    for (i, label) in data.labels.iter().enumerate() {
        let count = data.counts.get(i).copied().unwrap_or(0);
        let percent = data.percents.get(i).copied().unwrap_or(0.0);
        let (rect, response) = ui.allocate_exact_size(vec2(width, ROW_HEIGHT), Sense::click());
        let painter = ui.painter_at(rect);
        // A label wider than its column is shortened with "…" rather than
        // cut off at the panel's left edge.
        let mut job =
            egui::text::LayoutJob::simple_singleline(label.clone(), font.clone(), text_color);
        job.wrap = egui::text::TextWrapping::truncate_at_width((label_width - 12.0).max(10.0));
        let galley = ui.fonts_mut(|f| f.layout_job(job));
        let size = galley.size();
        painter.galley(
            pos2(
                rect.left() + label_width - 10.0 - size.x,
                rect.center().y - size.y / 2.0,
            ),
            galley,
            text_color,
        );
        let bar_length = (data.length(i) / max_length) as f32 * bar_space;
        let bar = Rect::from_min_size(
            pos2(rect.left() + label_width, rect.top() + 3.0),
            vec2(bar_length, ROW_HEIGHT - 6.0),
        );
        let color = if response.hovered() {
            palette::WHOLE.gamma_multiply(0.75)
        } else {
            palette::WHOLE
        };
        painter.rect_filled(bar, 2.0, color);
        let percent_text = format!("{}%", i18n::format_decimal(language, percent, 1));
        let count_text = i18n::format_count(language, usize::try_from(count).unwrap_or(usize::MAX));
        let (main, secondary) = match data.value {
            BarValue::Percent => (percent_text, count_text),
            BarValue::Counts => (count_text, percent_text),
        };
        painter.text(
            pos2(bar.right() + 6.0, rect.center().y),
            Align2::LEFT_CENTER,
            &main,
            font.clone(),
            text_color,
        );
        response.widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::Button, true, format!("{label}: {main}"))
        });
        if response.clicked() {
            let option = data.option_of_bar(i);
            clicked = Some(Clicked::Mark(Mark::Option { option }, label.clone()));
        }
        response
            .on_hover_cursor(egui::CursorIcon::PointingHand)
            .on_hover_text(format!("{label}: {main} · {secondary}"));
    }
    ui.add_space(6.0);
    let axis = match (data.value, data.multiple) {
        (BarValue::Percent, true) => tr.multi_note,
        (BarValue::Percent, false) => tr.percent_of_stories,
        (BarValue::Counts, true) => tr.multi_count_note,
        (BarValue::Counts, false) => tr.stories_per_option,
    };
    ui.label(egui::RichText::new(axis).small().weak());
    clicked
}
