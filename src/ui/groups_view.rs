//! Slider × choice: one row per option with every story as a jittered dot
//! (deterministic jitter) and a box (quartiles, median, min–max whiskers) on
//! a shared 0–100 axis.

use egui::{Align2, FontId, Rect, Sense, Shape, Stroke, pos2, vec2};

use crate::charts::{GroupsData, Mark, geometry};
use crate::i18n::{self, Language};

use super::chart_view::Clicked;
use super::palette;

const ROW_HEIGHT: f32 = 38.0;

/// Draws the rows in the available width, with the slider's poles under
/// the axis.
#[allow(clippy::too_many_lines, reason = "one panel laid out top to bottom")]
pub fn groups_ui(
    ui: &mut egui::Ui,
    data: &GroupsData,
    poles: [&String; 2],
    min_n: usize,
    language: Language,
) -> Option<Clicked> {
    let mut clicked = None;
    let font = FontId::proportional(13.0);
    let text_color = ui.visuals().text_color();
    let width = ui.available_width().max(320.0);
    let label_width = data
        .groups
        .iter()
        .map(|g| {
            ui.fonts_mut(|f| {
                f.layout_no_wrap(g.label.clone(), font.clone(), text_color)
                    .size()
                    .x
            })
        })
        .fold(0.0f32, f32::max)
        .min(width * 0.35)
        + 60.0;
    let plot_left = label_width;
    let plot_width = (width - label_width - 16.0).max(100.0);
    let x_of = |rect: &Rect, v: f64| rect.left() + plot_left + (v / 100.0) as f32 * plot_width;
    let grid = ui.visuals().weak_text_color().gamma_multiply(0.3);

    for group in &data.groups {
        let option = group.option;
        let (rect, response) = ui.allocate_exact_size(vec2(width, ROW_HEIGHT), Sense::click());
        response.widget_info(|| {
            let label = format!("{}: n = {}", group.label, group.n);
            egui::WidgetInfo::labeled(egui::Role::Button, true, label)
        });
        if response.clicked() {
            clicked = Some(Clicked::Mark(Mark::Group { option }, group.label.clone()));
        }
        let painter = ui.painter_at(rect);
        painter.text(
            pos2(rect.left() + plot_left - 52.0, rect.center().y),
            Align2::RIGHT_CENTER,
            &group.label,
            font.clone(),
            text_color,
        );
        painter.text(
            pos2(rect.left() + plot_left - 8.0, rect.center().y),
            Align2::RIGHT_CENTER,
            format!("n={}", group.n),
            FontId::proportional(11.0),
            ui.visuals().weak_text_color(),
        );
        for tick in (0..=100).step_by(10) {
            let x = x_of(&rect, tick as f64);
            painter.line_segment(
                [pos2(x, rect.top()), pos2(x, rect.bottom())],
                Stroke::new(0.5, grid),
            );
        }
        if group.n < min_n.max(1) {
            // As the exports and slides say it: no box for a handful.
            let text = i18n::fill(language.strings().too_few, &[("n", &group.n)]);
            let band = Rect::from_min_max(
                pos2(rect.left() + plot_left, rect.top() + 4.0),
                pos2(rect.left() + plot_left + plot_width, rect.bottom() - 4.0),
            );
            painter.rect_filled(band, 4.0, ui.visuals().faint_bg_color);
            painter.text(
                pos2(band.left() + 10.0, band.center().y),
                Align2::LEFT_CENTER,
                text,
                FontId::proportional(12.0),
                ui.visuals().weak_text_color(),
            );
            continue;
        }
        let dot = palette::dot_color(palette::WHOLE, group.values.len() * 3);
        painter.extend(group.values.iter().enumerate().map(|(k, &v)| {
            let jitter = geometry::jitter(k) * (ROW_HEIGHT - 12.0) / 2.0;
            Shape::circle_filled(pos2(x_of(&rect, v), rect.center().y + jitter), 2.0, dot)
        }));
        if let (Some(q1), Some(q3), Some(median), Some(min), Some(max)) =
            (group.q1, group.q3, group.median, group.min, group.max)
        {
            let stroke = Stroke::new(1.6, text_color);
            let y = rect.center().y;
            let half = ROW_HEIGHT * 0.28;
            painter.line_segment(
                [pos2(x_of(&rect, min), y), pos2(x_of(&rect, q1), y)],
                stroke,
            );
            painter.line_segment(
                [pos2(x_of(&rect, q3), y), pos2(x_of(&rect, max), y)],
                stroke,
            );
            let box_rect = Rect::from_min_max(
                pos2(x_of(&rect, q1), y - half),
                pos2(x_of(&rect, q3), y + half),
            );
            painter.rect_stroke(box_rect, 1.0, stroke, egui::StrokeKind::Middle);
            let xm = x_of(&rect, median);
            painter.line_segment(
                [pos2(xm, y - half), pos2(xm, y + half)],
                Stroke::new(3.0, palette::MEDIAN),
            );
            if let Some(mean) = group.mean {
                painter.circle_filled(pos2(x_of(&rect, mean), y), 4.0, palette::MEAN);
            }
        }
        let summary =
            |v: Option<f64>| v.map_or("–".to_owned(), |v| i18n::format_decimal(language, v, 1));
        let tr = language.strings();
        response.on_hover_text(format!(
            "{} · n = {} · {} {} · {} {}",
            group.label,
            group.n,
            tr.median,
            summary(group.median),
            tr.mean,
            summary(group.mean)
        ));
    }
    ui.horizontal(|ui| {
        ui.add_space(plot_left);
        ui.label(egui::RichText::new(poles[0]).strong());
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            ui.add_space(16.0);
            ui.label(egui::RichText::new(poles[1]).strong());
        });
    });
    let kept = data.groups.iter().map(|g| g.values.len()).sum();
    let n = data.groups.iter().map(|g| g.n).sum();
    super::triad_view::sample_note_ui(ui, kept, n, language);
    clicked
}
