//! A cross-tab grid drawn with the painter: one cell per option pair with
//! its count (or row/column percent), coloured by the adjusted residual on a
//! diverging scale, flagged cells outlined, and a legend.

use egui::{Align2, Color32, FontId, Rect, Sense, Stroke, StrokeKind, pos2, vec2};

use crate::charts::{CrossTabData, Mark};
use crate::i18n::{self, Language};

use super::chart_view::Clicked;
use super::palette;

/// What a cell shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum CellValue {
    #[default]
    Counts,
    RowPercent,
    ColumnPercent,
}

const CELL_HEIGHT: f32 = 34.0;
/// Column labels are drawn at this angle (radians, counter-clockwise) so
/// long option names fit above narrow cells without breaking words.
const HEADER_ANGLE: f32 = -0.6;

/// Draws the grid in the available width.
pub fn crosstab_ui(
    ui: &mut egui::Ui,
    data: &CrossTabData,
    value: CellValue,
    language: Language,
) -> Option<Clicked> {
    let mut clicked = None;
    let tr = language.strings();
    let font = FontId::proportional(13.0);
    let text_color = ui.visuals().text_color();
    let width = ui.available_width().max(320.0);
    let row_label_width = data
        .row_labels
        .iter()
        .map(|l| {
            ui.fonts_mut(|f| {
                f.layout_no_wrap(l.clone(), font.clone(), text_color)
                    .size()
                    .x
            })
        })
        .fold(0.0f32, f32::max)
        .min(width * 0.3)
        + 12.0;
    let columns = data.column_labels.len().max(1);
    // Leave room on the right for the last rotated column label.
    let cell_width = ((width - row_label_width - 70.0) / columns as f32).clamp(44.0, 140.0);

    header_ui(ui, &data.column_labels, width, row_label_width, cell_width);

    for (i, row_label) in data.row_labels.iter().enumerate() {
        let (row_rect, _) = ui.allocate_exact_size(vec2(width, CELL_HEIGHT), Sense::hover());
        ui.painter().text(
            pos2(row_rect.left() + row_label_width - 8.0, row_rect.center().y),
            Align2::RIGHT_CENTER,
            row_label,
            font.clone(),
            text_color,
        );
        for (j, column_label) in data.column_labels.iter().enumerate() {
            let rect = Rect::from_min_size(
                pos2(
                    row_rect.left() + row_label_width + j as f32 * cell_width,
                    row_rect.top(),
                ),
                vec2(cell_width, CELL_HEIGHT),
            )
            .shrink(1.0);
            let z = data
                .adjusted_residuals
                .get(i)
                .and_then(|r| r.get(j))
                .copied()
                .flatten();
            let count = data
                .observed
                .get(i)
                .and_then(|r| r.get(j))
                .copied()
                .unwrap_or(0);
            let response = ui.interact(rect, ui.scope_id().with(("cell", i, j)), Sense::click());
            response.widget_info(|| {
                egui::WidgetInfo::labeled(
                    egui::Role::Button,
                    true,
                    format!("{row_label} × {column_label}: {count}"),
                )
            });
            if response.clicked() {
                // Columns may be reordered: the mark names the option.
                let column = data.option_of_column(j);
                let mark = Mark::Cell { row: i, column };
                clicked = Some(Clicked::Mark(mark, format!("{row_label} × {column_label}")));
            }
            cell_ui(ui, rect, data, (i, j), z, value, language);
            let expected = data
                .expected
                .get(i)
                .and_then(|r| r.get(j))
                .copied()
                .unwrap_or(0.0);
            let z_text = z.map_or("–".to_owned(), |z| i18n::format_decimal(language, z, 2));
            response.on_hover_text(format!(
                "{row_label} × {column_label}\n{count} · {} {} · z = {z_text}",
                i18n::format_decimal(language, expected, 1),
                tr.expected,
            ));
        }
    }
    legend_ui(ui, language);
    clicked
}

/// Column labels, rotated, anchored at the bottom centre of their column.
fn header_ui(ui: &mut egui::Ui, labels: &[String], width: f32, left: f32, cell_width: f32) {
    let font = FontId::proportional(13.0);
    let text_color = ui.visuals().text_color();
    let galleys: Vec<_> = labels
        .iter()
        .map(|l| ui.fonts_mut(|f| f.layout_no_wrap(l.clone(), font.clone(), text_color)))
        .collect();
    let longest = galleys.iter().map(|g| g.size().x).fold(0.0f32, f32::max);
    let height = (longest * HEADER_ANGLE.abs().sin() + 24.0).min(160.0);
    let (header, _) = ui.allocate_exact_size(vec2(width, height), Sense::hover());
    for (j, galley) in galleys.into_iter().enumerate() {
        let anchor = pos2(
            header.left() + left + (j as f32 + 0.5) * cell_width - 6.0,
            header.bottom() - 2.0,
        );
        let shape = egui::epaint::TextShape::new(anchor, galley, text_color)
            .with_angle_and_anchor(HEADER_ANGLE, Align2::LEFT_BOTTOM);
        ui.painter().add(shape);
    }
}

fn cell_ui(
    ui: &egui::Ui,
    rect: Rect,
    data: &CrossTabData,
    (i, j): (usize, usize),
    z: Option<f64>,
    value: CellValue,
    language: Language,
) {
    let painter = ui.painter();
    let fill = z.map_or(ui.visuals().faint_bg_color, residual_color);
    painter.rect_filled(rect, 2.0, fill);
    if z.is_some_and(|z| z.abs() >= crate::stats::crosstab::FLAG_THRESHOLD) {
        painter.rect_stroke(
            rect,
            2.0,
            Stroke::new(1.5, ui.visuals().text_color()),
            StrokeKind::Inside,
        );
    }
    let count = data.observed[i][j];
    let text = match value {
        CellValue::Counts => count.to_string(),
        CellValue::RowPercent => format!(
            "{}%",
            i18n::format_decimal(language, data.row_percents[i][j], 0)
        ),
        CellValue::ColumnPercent => {
            format!(
                "{}%",
                i18n::format_decimal(language, data.column_percents[i][j], 0)
            )
        }
    };
    let strong = z.is_some_and(|z| z.abs() >= 2.5);
    let color = if strong {
        Color32::WHITE
    } else {
        ui.visuals().text_color()
    };
    painter.text(
        rect.center(),
        Align2::CENTER_CENTER,
        text,
        FontId::proportional(13.0),
        color,
    );
}

/// Diverging scale: blue for "more often than expected", vermillion for
/// "less often", strength by |z| up to 4.
pub fn residual_color(z: f64) -> Color32 {
    let strength = (z.abs() / 4.0).min(1.0) as f32;
    let base = if z >= 0.0 {
        palette::WHOLE
    } else {
        palette::MEAN
    };
    Color32::from_rgba_unmultiplied(
        base.r(),
        base.g(),
        base.b(),
        (30.0 + 200.0 * strength) as u8,
    )
}

fn legend_ui(ui: &mut egui::Ui, language: Language) {
    let tr = language.strings();
    ui.add_space(6.0);
    ui.horizontal_wrapped(|ui| {
        for (z, label) in [(3.5, tr.more_often), (-3.5, tr.less_often)] {
            let (rect, _) = ui.allocate_exact_size(vec2(16.0, 12.0), Sense::hover());
            ui.painter().rect_filled(rect, 2.0, residual_color(z));
            ui.label(egui::RichText::new(label).small());
            ui.add_space(10.0);
        }
        let z = i18n::format_decimal(language, crate::stats::crosstab::FLAG_THRESHOLD, 2);
        ui.label(
            egui::RichText::new(i18n::fill(tr.flagged_note, &[("z", &z)]))
                .small()
                .weak(),
        );
    });
}
