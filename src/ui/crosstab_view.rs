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
const FONT_SIZE: f32 = 13.0;
const MIN_CELL_WIDTH: f32 = 44.0;
/// Column labels are drawn at this angle (radians, counter-clockwise) so
/// long option names fit above narrow cells without breaking words.
const HEADER_ANGLE: f32 = -0.6;
/// Below this the text of a cell cannot be read; a table that still does
/// not fit scrolls sideways instead.
const MIN_SCALE: f32 = 0.6;

/// Sizes of the grid at one scale: the full sizes where they fit, smaller
/// in a narrow space (a grid cell, two panels side by side). Only the
/// width is fitted: a tall table scrolls with what holds it.
struct Fit {
    scale: f32,
    font: FontId,
    cell_width: f32,
    cell_height: f32,
    row_label_width: f32,
    header_height: f32,
    /// Room right of the cells for the rotated column labels.
    overhang: f32,
}

impl Fit {
    fn at(ui: &egui::Ui, data: &CrossTabData, width: f32, scale: f32) -> Self {
        let font = FontId::proportional(FONT_SIZE * scale);
        let widest = |labels: &[String]| {
            labels
                .iter()
                .map(|l| text_width(ui, l, &font))
                .fold(0.0f32, f32::max)
        };
        let row_label_width = widest(&data.row_labels).min(width * 0.3) + 12.0 * scale;
        let columns = data.column_labels.len().max(1) as f32;
        let label_widths: Vec<f32> = data
            .column_labels
            .iter()
            .map(|l| text_width(ui, l, &font))
            .collect();
        // How far the rotated column labels reach past the last cell.
        let overhang = |cell_width: f32| {
            label_widths
                .iter()
                .enumerate()
                .map(|(j, w)| {
                    (j as f32 + 0.5) * cell_width - 6.0 * scale + w * HEADER_ANGLE.cos()
                        - columns * cell_width
                })
                .fold(8.0 * scale, f32::max)
        };
        let cell_width_for = |right: f32| {
            ((width - row_label_width - right) / columns)
                .clamp(MIN_CELL_WIDTH * scale, 140.0 * scale)
        };
        // Twice: the overhang depends on the cells' width.
        let first = cell_width_for(overhang(MIN_CELL_WIDTH * scale));
        let cell_width = cell_width_for(overhang(first));
        let longest = widest(&data.column_labels);
        Self {
            scale,
            font,
            cell_width,
            cell_height: CELL_HEIGHT * scale,
            row_label_width,
            header_height: (longest * HEADER_ANGLE.abs().sin() + 24.0 * scale).min(160.0 * scale),
            overhang: overhang(cell_width),
        }
    }

    /// The largest scale (at most 1, at least [`MIN_SCALE`]) at which the
    /// grid fits `width`.
    fn of(ui: &egui::Ui, data: &CrossTabData, width: f32) -> Self {
        let mut scale = 1.0f32;
        loop {
            let fit = Self::at(ui, data, width, scale);
            if fit.width(data) <= width + 0.5 || scale <= MIN_SCALE {
                return fit;
            }
            // Sizes shrink with the scale, so the first that fits is the best.
            scale = (scale - 0.05).max(MIN_SCALE);
        }
    }

    /// Width of the row labels, the cells and the labels' overhang.
    fn width(&self, data: &CrossTabData) -> f32 {
        self.row_label_width + self.cell_width * data.column_labels.len() as f32 + self.overhang
    }
}

fn text_width(ui: &egui::Ui, text: &str, font: &FontId) -> f32 {
    ui.fonts_mut(|f| {
        f.layout_no_wrap(text.to_owned(), font.clone(), ui.visuals().text_color())
            .size()
            .x
    })
}

/// Draws the grid in the available width: scaled down (to [`MIN_SCALE`])
/// where it would not fit, and scrolling sideways when even that is too
/// wide.
pub fn crosstab_ui(
    ui: &mut egui::Ui,
    data: &CrossTabData,
    value: CellValue,
    language: Language,
) -> Option<Clicked> {
    let width = ui.available_width().max(160.0);
    let fit = Fit::of(ui, data, width);
    let clicked = if fit.width(data) > width + 0.5 {
        egui::ScrollArea::horizontal()
            .id_salt("crosstab")
            .show(ui, |ui| grid_ui(ui, data, &fit, width, value, language))
            .inner
    } else {
        grid_ui(ui, data, &fit, width, value, language)
    };
    legend_ui(ui, language);
    clicked
}

fn grid_ui(
    ui: &mut egui::Ui,
    data: &CrossTabData,
    fit: &Fit,
    width: f32,
    value: CellValue,
    language: Language,
) -> Option<Clicked> {
    let mut clicked = None;
    let tr = language.strings();
    let text_color = ui.visuals().text_color();
    // A table wider than the space (at the smallest scale) scrolls.
    let width = width.max(fit.width(data));
    header_ui(ui, &data.column_labels, width, fit);

    for (i, row_label) in data.row_labels.iter().enumerate() {
        let (row_rect, _) = ui.allocate_exact_size(vec2(width, fit.cell_height), Sense::hover());
        let label = elided(
            ui,
            row_label,
            &fit.font,
            fit.row_label_width - 8.0 * fit.scale,
        );
        ui.painter().galley(
            pos2(
                row_rect.left() + fit.row_label_width - 8.0 * fit.scale - label.size().x,
                row_rect.center().y - label.size().y / 2.0,
            ),
            label,
            text_color,
        );
        for (j, column_label) in data.column_labels.iter().enumerate() {
            let rect = Rect::from_min_size(
                pos2(
                    row_rect.left() + fit.row_label_width + j as f32 * fit.cell_width,
                    row_rect.top(),
                ),
                vec2(fit.cell_width, fit.cell_height),
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
            cell_ui(ui, rect, data, (i, j), (value, &fit.font), language);
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
    clicked
}

/// `text` on one line, shortened with "…" to `max_width`.
fn elided(
    ui: &egui::Ui,
    text: &str,
    font: &FontId,
    max_width: f32,
) -> std::sync::Arc<egui::Galley> {
    let mut job = egui::text::LayoutJob::simple_singleline(
        text.to_owned(),
        font.clone(),
        ui.visuals().text_color(),
    );
    job.wrap = egui::text::TextWrapping::truncate_at_width(max_width.max(10.0));
    ui.fonts_mut(|f| f.layout_job(job))
}

/// Column labels, rotated, anchored at the bottom centre of their column.
fn header_ui(ui: &mut egui::Ui, labels: &[String], width: f32, fit: &Fit) {
    let text_color = ui.visuals().text_color();
    let galleys: Vec<_> = labels
        .iter()
        .map(|l| ui.fonts_mut(|f| f.layout_no_wrap(l.clone(), fit.font.clone(), text_color)))
        .collect();
    let (header, _) = ui.allocate_exact_size(vec2(width, fit.header_height), Sense::hover());
    for (j, galley) in galleys.into_iter().enumerate() {
        let anchor = pos2(
            header.left() + fit.row_label_width + (j as f32 + 0.5) * fit.cell_width
                - 6.0 * fit.scale,
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
    (value, font): (CellValue, &FontId),
    language: Language,
) {
    let z = data.adjusted_residuals[i][j];
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
        font.clone(),
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
