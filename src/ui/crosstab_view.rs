//! A cross-tab grid drawn with the painter: one cell per option pair with
//! its count (or row/column percent), coloured by the adjusted residual on a
//! diverging scale, flagged cells outlined, and a legend in words.
//!
//! `Fit` sizes the grid to its panel (shrinking to `MIN_SCALE`, then
//! scrolling); the slanted column labels are placed by
//! `crosstab_layout::HeaderLayout`, which reserves exactly the band they
//! need; [`cell_colors`] picks each cell's fill and a text colour that
//! reads on it (`contrast`); [`crosstabs_drawn`] tells tests where the
//! grids went.

use std::sync::Arc;

use egui::{Align2, Color32, FontId, Galley, Rect, Sense, Stroke, StrokeKind, pos2, vec2};

use crate::charts::{CrossTabData, Mark};
use crate::i18n::{self, Language};

use super::chart_view::Clicked;
use super::crosstab_layout::{self, HeaderLayout};
use super::{contrast, palette};

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
/// Space between the column labels' lower edges and the first row.
const HEADER_GAP: f32 = 4.0;
/// The column labels rise at most this far; longer ones end in "…" (the
/// cell's tooltip names the option in full).
const MAX_HEADER_HEIGHT: f32 = 160.0;
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
    /// The column labels as laid out text, shortened to the header's
    /// maximum height.
    column_labels: Vec<Arc<Galley>>,
    header: HeaderLayout,
}

impl Fit {
    fn at(ui: &egui::Ui, data: &CrossTabData, width: f32, scale: f32) -> Self {
        let font = FontId::proportional(FONT_SIZE * scale);
        let widest = data
            .row_labels
            .iter()
            .map(|l| elided(ui, l, &font, f32::INFINITY).size().x)
            .fold(0.0f32, f32::max);
        let row_label_width = widest.min(width * 0.3) + 12.0 * scale;
        let row_height = ui.fonts_mut(|f| f.row_height(&font));
        let max_width = crosstab_layout::max_label_width(
            row_height,
            HEADER_ANGLE,
            (MAX_HEADER_HEIGHT - HEADER_GAP) * scale,
        );
        let column_labels: Vec<_> = data
            .column_labels
            .iter()
            .map(|l| elided(ui, l, &font, max_width))
            .collect();
        let sizes: Vec<_> = column_labels.iter().map(|g| g.size()).collect();
        let columns = sizes.len().max(1) as f32;
        let header_at = |cell_width: f32| {
            HeaderLayout::new(&sizes, cell_width, HEADER_ANGLE, HEADER_GAP * scale)
        };
        // Room right of the cells: the labels' overhang, and a margin.
        let right = |header: &HeaderLayout| header.overhang_px.max(8.0 * scale);
        let cell_width_for = |right: f32| {
            ((width - row_label_width - right) / columns)
                .clamp(MIN_CELL_WIDTH * scale, 140.0 * scale)
        };
        // Twice: the overhang depends on the cells' width.
        let first = cell_width_for(right(&header_at(MIN_CELL_WIDTH * scale)));
        let cell_width = cell_width_for(right(&header_at(first)));
        Self {
            scale,
            font,
            cell_width,
            cell_height: CELL_HEIGHT * scale,
            row_label_width,
            column_labels,
            header: header_at(cell_width),
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
        self.row_label_width
            + self.cell_width * data.column_labels.len() as f32
            + self.header.overhang_px.max(8.0 * self.scale)
    }
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
    // What holds the chart may be clipped narrower than the space it
    // offers (by a scroll area's bar, 8 px on the right of a compared
    // pair): the labels must fit what is seen. Every grid leaves a bar's
    // width free, so that both panels of a pair get the same scale.
    let visible = ui.clip_rect().right() - ui.cursor().left();
    let available = ui.available_width() - ui.spacing().scroll.bar_width;
    let width = if visible > 0.0 {
        available.min(visible)
    } else {
        available
    }
    .max(160.0);
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
    let header = header_ui(ui, width, fit);
    let mut drawn = CrossTabPx {
        header,
        cells: Rect::NOTHING,
        row_labels_right: f32::NEG_INFINITY,
    };

    for (i, row_label) in data.row_labels.iter().enumerate() {
        let (row_rect, _) = ui.allocate_exact_size(vec2(width, fit.cell_height), Sense::hover());
        let label_right = row_rect.left() + fit.row_label_width - 8.0 * fit.scale;
        let label = elided(
            ui,
            row_label,
            &fit.font,
            fit.row_label_width - 8.0 * fit.scale,
        );
        let label_rect = Rect::from_min_size(
            pos2(
                label_right - label.size().x,
                row_rect.center().y - label.size().y / 2.0,
            ),
            label.size(),
        );
        drawn.row_labels_right = drawn.row_labels_right.max(label_rect.right());
        ui.painter().galley(label_rect.min, label, text_color);
        for (j, column_label) in data.column_labels.iter().enumerate() {
            let rect = Rect::from_min_size(
                pos2(
                    row_rect.left() + fit.row_label_width + j as f32 * fit.cell_width,
                    row_rect.top(),
                ),
                vec2(fit.cell_width, fit.cell_height),
            )
            .shrink(1.0);
            drawn.cells = drawn.cells.union(rect);
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
    remember_drawn(ui.ctx(), drawn);
    clicked
}

/// `text` on one line, shortened with "…" to `max_width`.
fn elided(ui: &egui::Ui, text: &str, font: &FontId, max_width: f32) -> Arc<Galley> {
    let mut job = egui::text::LayoutJob::simple_singleline(
        text.to_owned(),
        font.clone(),
        ui.visuals().text_color(),
    );
    job.wrap = egui::text::TextWrapping::truncate_at_width(max_width.max(10.0));
    ui.fonts_mut(|f| f.layout_job(job))
}

/// Column labels, rotated, each rising from above its column; the band is
/// exactly as high as the labels need. Returns the band.
fn header_ui(ui: &mut egui::Ui, width: f32, fit: &Fit) -> Rect {
    let text_color = ui.visuals().text_color();
    let (header, _) = ui.allocate_exact_size(vec2(width, fit.header.height_px), Sense::hover());
    // The layout's origin: the top-left corner of the first cell.
    let origin = pos2(header.left() + fit.row_label_width, header.bottom());
    for (galley, pivot) in fit.column_labels.iter().zip(&fit.header.pivots) {
        // The pivot is the text's bottom-left corner; a text shape's
        // position is its top-left corner before rotation.
        let pos = origin + pivot.to_vec2() - galley.rect.left_bottom().to_vec2();
        let shape = egui::epaint::TextShape::new(pos, galley.clone(), text_color)
            .with_angle_and_anchor(HEADER_ANGLE, Align2::LEFT_BOTTOM);
        ui.painter().add(shape);
    }
    header
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
    let colors = cell_colors(ui.visuals(), z);
    let painter = ui.painter();
    painter.rect_filled(rect, 2.0, colors.fill);
    if z.is_some_and(|z| z.abs() >= crate::stats::crosstab::FLAG_THRESHOLD) {
        painter.rect_stroke(rect, 2.0, Stroke::new(1.5, colors.text), StrokeKind::Inside);
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
    painter.text(
        rect.center(),
        Align2::CENTER_CENTER,
        text,
        font.clone(),
        colors.text,
    );
}

/// A cell's opaque fill and the colour of its number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CellColors {
    pub fill: Color32,
    pub text: Color32,
}

/// The colours of a cell with adjusted residual `z` (none: not computed)
/// in a theme: the residual's fill on the theme's background, and the
/// theme's strong text colour on it when that reads (≥ 4.5:1), else black
/// or white.
pub fn cell_colors(visuals: &egui::Visuals, z: Option<f64>) -> CellColors {
    let background = visuals.panel_fill.to_opaque();
    let fill = match z {
        Some(z) => palette::residual_fill(z, background),
        None => contrast::over(visuals.text_color(), 0.08, background),
    };
    let text = contrast::readable_text(fill, visuals.strong_text_color());
    CellColors { fill, text }
}

/// The legend in words at body size: a swatch per direction, the outline
/// rule. The statistics line follows under it (the chart view adds it).
fn legend_ui(ui: &mut egui::Ui, language: Language) {
    let tr = language.strings();
    let visuals = ui.visuals().clone();
    let swatch = vec2(1.6, 1.0) * ui.text_style_height(&egui::TextStyle::Body);
    ui.add_space(6.0);
    ui.horizontal_wrapped(|ui| {
        for (z, label) in [(3.5, tr.more_often), (-3.5, tr.less_often)] {
            let (rect, _) = ui.allocate_exact_size(swatch, Sense::hover());
            ui.painter()
                .rect_filled(rect, 2.0, cell_colors(&visuals, Some(z)).fill);
            ui.label(label);
            ui.add_space(12.0);
        }
        let (rect, _) = ui.allocate_exact_size(swatch, Sense::hover());
        let plain = cell_colors(&visuals, Some(0.0));
        ui.painter().rect_filled(rect, 2.0, plain.fill);
        ui.painter().rect_stroke(
            rect,
            2.0,
            Stroke::new(1.5, visuals.strong_text_color()),
            StrokeKind::Inside,
        );
        let z = i18n::format_decimal(language, crate::stats::crosstab::FLAG_THRESHOLD, 2);
        ui.label(i18n::fill(tr.flagged_note, &[("z", &z)]));
    });
}

/// Where a cross-tab was drawn, for tests: the column-label band, the
/// cells (all rows and columns) and the right edge of the row labels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CrossTabPx {
    pub header: Rect,
    pub cells: Rect,
    pub row_labels_right: f32,
}

fn drawn_id() -> egui::Id {
    egui::Id::NULL.with("storylens_crosstabs_drawn")
}

/// Adds `drawn` to this pass's cross-tabs (those of earlier passes go).
pub(super) fn remember_drawn(ctx: &egui::Context, drawn: CrossTabPx) {
    let pass = ctx.cumulative_pass_nr();
    ctx.data_mut(|d| {
        let list = d.get_temp_mut_or_default::<(u64, Vec<CrossTabPx>)>(drawn_id());
        if list.0 != pass {
            *list = (pass, Vec::new());
        }
        list.1.push(drawn);
    });
}

/// The cross-tabs drawn in the last pass of `ctx`, in drawing order.
pub fn crosstabs_drawn(ctx: &egui::Context) -> Vec<CrossTabPx> {
    ctx.data(|d| d.get_temp::<(u64, Vec<CrossTabPx>)>(drawn_id()))
        .map(|(_, list)| list)
        .unwrap_or_default()
}
