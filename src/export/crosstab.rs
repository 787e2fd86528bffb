//! A choice × choice cross-tab as a scene: the row labels, the column
//! labels rotated 45° above their columns, one cell per option pair with
//! its count (and optionally its row or column percent) on a fill coloured
//! by the adjusted residual — the screen's diverging scale, blue "more
//! often than expected", vermillion "less often", fuller up to |z| = 4 —
//! with cells at |z| ≥ 1.96 outlined (or, with `ChartOptions::
//! outline_holm`, those whose Holm-corrected p is below 0.05: see
//! `CrossTabData::is_outlined`); under the grid the χ² line (or, with
//! a multiple-choice question, the note that cells count mentions) and a
//! warning when expected counts are sparse. [`legend`] explains the
//! colours once for both panels.

use std::f32::consts::FRAC_1_SQRT_2;

use crate::charts::text::{self, LegendEntry};
use crate::charts::{CellOutline, CrossTabData, Mark};
use crate::i18n;

use super::fonts;
use super::layout::{PanelFrame, Style};
use super::palette;
use super::panel::note;
use super::scene::{Anchor, Area, Baseline, Rect, Rgba, Scene, Stroke, pt};
use super::text_style::TextStyle;

/// What a cross-tab cell shows besides its count.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum CellValue {
    /// The count only.
    #[default]
    Counts,
    /// The count and the percent of its row.
    RowPercent,
    /// The count and the percent of its column.
    ColumnPercent,
}

/// From the first row up to where a column label's middle starts, in
/// design pixels: the lower corner of a rotated label's line box (its
/// descent, turned 45°) must stay above the cells, as it does on screen
/// where egui measures the whole box.
pub(super) const LABEL_GAP_PX: f32 = 8.0;

/// How the columns fit the panel: cell width and shortened labels.
pub(super) struct Columns {
    pub cell_width: f32,
    pub labels: Vec<String>,
    pub header_height: f32,
}

/// Column labels rise at 45° from the middle of their column; each must
/// end inside the panel, so the cells narrow (down to a minimum) before
/// the labels are shortened.
pub(super) fn fit_columns(style: &Style, labels: &[String], grid_width: f32) -> Columns {
    let u = style.unit;
    let label = label_style(style);
    let cap = fonts::cap_height_em() * label.size_px;
    let longest = (grid_width * 0.55).min(190.0 * u);
    let widths: Vec<f32> = labels.iter().map(|l| label.width(l).min(longest)).collect();
    let count = labels.len().max(1) as f32;
    let mut cell_width = (grid_width / count).min(64.0 * u);
    for (j, width) in widths.iter().enumerate() {
        let reach = (width + cap) * FRAC_1_SQRT_2;
        cell_width = cell_width.min((grid_width - reach) / (j as f32 + 0.5));
    }
    let cell_width = cell_width.max(30.0 * u).min(grid_width / count);
    let labels: Vec<String> = labels
        .iter()
        .enumerate()
        .map(|(j, text)| {
            let room = (grid_width - (j as f32 + 0.5) * cell_width) / FRAC_1_SQRT_2 - cap;
            fonts::ellipsize(
                text,
                room.min(longest).max(0.0),
                label.size_px,
                label.weight,
            )
        })
        .collect();
    // A label's line box rises about half an em above its turned length
    // from its anchor, which sits LABEL_GAP_PX above the cells; the cap
    // height (0.71 em) and the gap less 2 cover that with a pixel or two
    // to spare, so no empty band is left above the labels.
    let header_height = labels.iter().map(|l| label.width(l)).fold(0.0, f32::max) * FRAC_1_SQRT_2
        + cap
        + (LABEL_GAP_PX - 2.0) * u;
    Columns {
        cell_width,
        labels,
        header_height,
    }
}

pub(super) fn label_style(style: &Style) -> TextStyle {
    TextStyle::new(style.tick_px, palette::TEXT)
}

/// Where a grid of labelled rows and columns lies in its panel.
pub(super) struct GridFrame {
    /// Room for the row labels, right-aligned before the grid.
    pub row_label_width: f32,
    /// The x of the first column.
    pub grid_left: f32,
    pub cell_width: f32,
    /// The y under the column labels, where the first row starts.
    pub header_bottom: f32,
}

impl GridFrame {
    /// Draws each row's label, right-aligned and shortened before the
    /// grid, and calls `cell` with the area of each of its `columns` cells
    /// and their (row, column); returns the y under the last row.
    pub fn rows(
        &self,
        scene: &mut Scene,
        style: &Style,
        (row_labels, columns): (&[String], usize),
        cell_height: f32,
        mut cell: impl FnMut(&mut Scene, &Area, (usize, usize)),
    ) -> f32 {
        let label = label_style(style);
        let mut y = self.header_bottom;
        for (i, row_label) in row_labels.iter().enumerate() {
            let centre = y + cell_height / 2.0;
            let width = self.row_label_width;
            let shown = fonts::ellipsize(row_label, width, label.size_px, label.weight);
            let end = pt(self.grid_left - 8.0 * style.unit, centre);
            label.anchor(Anchor::End).line(scene, &shown, end);
            for j in 0..columns {
                let area = Area {
                    x: self.grid_left + j as f32 * self.cell_width,
                    y,
                    width_px: self.cell_width,
                    height_px: cell_height,
                };
                cell(scene, &area, (i, j));
            }
            y += cell_height;
        }
        y
    }
}

/// A cell's coloured square, a unit inside `area` so cells stay apart.
pub(super) fn cell_fill(
    scene: &mut Scene,
    style: &Style,
    area: &Area,
    fill: Rgba,
    stroke: Option<Stroke>,
) {
    let (u, inset) = (style.unit, style.unit);
    scene.push(Rect {
        x: area.x + inset,
        y: area.y + inset,
        width_px: area.width_px - 2.0 * inset,
        height_px: area.height_px - 2.0 * inset,
        corner_radius_px: 2.0 * u,
        fill: Some(fill),
        stroke,
    });
}

/// Measures the row labels, fits the columns into what is left of
/// `frame`, and draws the column labels rotated up and to the right from
/// each column's middle (a cross-tab's, or a co-occurrence grid's).
pub(super) fn grid_frame(
    scene: &mut Scene,
    style: &Style,
    frame: &PanelFrame,
    row_labels: &[String],
    column_labels: &[String],
) -> GridFrame {
    let u = style.unit;
    let label = label_style(style);
    let row_label_width = row_labels
        .iter()
        .map(|l| label.width(l))
        .fold(0.0, f32::max)
        .min(frame.width_px * 0.34);
    let grid_left = frame.x + row_label_width + 10.0 * u;
    let columns = fit_columns(style, column_labels, frame.x + frame.width_px - grid_left);
    let header_bottom = frame.top + columns.header_height;
    for (j, text) in columns.labels.iter().enumerate() {
        let x = grid_left + (j as f32 + 0.5) * columns.cell_width;
        scene.push(
            label
                .text(text, pt(x, header_bottom - LABEL_GAP_PX * u))
                .baseline(Baseline::Middle)
                .rotated(-45.0),
        );
    }
    GridFrame {
        row_label_width,
        grid_left,
        cell_width: columns.cell_width,
        header_bottom,
    }
}

/// Draws the grid in `frame`; returns its height.
pub(super) fn crosstab_panel(
    scene: &mut Scene,
    style: &Style,
    frame: &PanelFrame,
    data: &CrossTabData,
    value: CellValue,
) -> f32 {
    let u = style.unit;
    let grid = grid_frame(scene, style, frame, &data.row_labels, &data.column_labels);
    let cell_height = match value {
        CellValue::Counts => 30.0 * u,
        CellValue::RowPercent | CellValue::ColumnPercent => 42.0 * u,
    };
    let rows = (&data.row_labels[..], data.column_labels.len());
    let mut y = grid.rows(scene, style, rows, cell_height, |scene, area, (i, j)| {
        draw_cell(scene, style, area, data, (i, j), value);
        let row_label = data.row_labels.get(i).map_or("", String::as_str);
        let column_label = data.column_labels.get(j).map_or("", String::as_str);
        // Columns may be reordered: the mark names the option.
        let mark = Mark::Cell {
            row: i,
            column: data.option_of_column(j),
        };
        let count = data.observed.get(i).and_then(|r| r.get(j)).copied();
        let label = format!("{row_label} × {column_label}");
        scene.hit(*area, mark, label, count.unwrap_or(0));
    });
    y += 12.0 * u;
    for line in text::crosstab_lines(data) {
        y += note(scene, style, frame, y, &line.text(style.language)) + 4.0 * u;
    }
    y - frame.top
}

/// One cell inside `area`: fill, outline when flagged, count and percent.
fn draw_cell(
    scene: &mut Scene,
    style: &Style,
    area: &Area,
    data: &CrossTabData,
    (i, j): (usize, usize),
    value: CellValue,
) {
    let u = style.unit;
    let z = data
        .adjusted_residuals
        .get(i)
        .and_then(|r| r.get(j))
        .copied()
        .flatten();
    let fill = z.map_or(palette::PLACEHOLDER, palette::residual_color);
    let flagged = data.is_outlined(i, j);
    let stroke = flagged.then(|| Stroke::solid(palette::TEXT, 1.6 * u));
    cell_fill(scene, style, area, fill, stroke);
    let count = data.observed.get(i).and_then(|r| r.get(j)).copied();
    // A percent of an empty row or column (an option nobody chose in this
    // population) would be a meaningless 0 %.
    let total = |cells: &mut dyn Iterator<Item = u64>| cells.sum::<u64>();
    let percent = match value {
        CellValue::Counts => None,
        CellValue::RowPercent => data
            .row_percents
            .get(i)
            .and_then(|r| r.get(j))
            .filter(|_| total(&mut data.observed.get(i).into_iter().flatten().copied()) > 0),
        CellValue::ColumnPercent => data
            .column_percents
            .get(i)
            .and_then(|r| r.get(j))
            .filter(|_| total(&mut data.observed.iter().filter_map(|r| r.get(j).copied())) > 0),
    };
    let color = palette::text_on(fill);
    let room = area.width_px - 4.0 * u;
    let centre_x = area.x + area.width_px / 2.0;
    let count_y = match value {
        CellValue::Counts => area.y + area.height_px / 2.0,
        _ => area.y + area.height_px * 0.36,
    };
    let count = style.count(count.unwrap_or(0));
    let count_style = fitted(TextStyle::new(style.tick_px * 0.95, color), &count, room);
    count_style.line(scene, &count, pt(centre_x, count_y));
    if let Some(percent) = percent {
        let text = format!("{}%", i18n::format_decimal(style.language, *percent, 0));
        let small = fitted(TextStyle::new(style.tick_px * 0.78, color), &text, room);
        small.line(scene, &text, pt(centre_x, area.y + area.height_px * 0.72));
    }
}

/// `style`, centred and made smaller where `text` would not fit in
/// `room`: a number must never be shortened with "…".
pub(super) fn fitted(style: TextStyle, text: &str, room: f32) -> TextStyle {
    let width = style.width(text);
    let size_px = if width > room && width > 0.0 {
        style.size_px * room / width
    } else {
        style.size_px
    };
    TextStyle { size_px, ..style }.anchor(Anchor::Middle)
}

/// The colour key for both panels in the band `(x, top, width)`:
/// "▮▮▮▮ vaker dan verwacht   ▮▮▮▮ minder vaak dan verwacht   ▢ omlijnd:
/// |z| ≥ 1,96   kleur: aangepast residu z …"; returns its height.
pub(super) fn legend(
    scene: &mut Scene,
    style: &Style,
    band: (f32, f32, f32),
    outline: CellOutline,
) -> f32 {
    legend_entries(scene, style, band, &text::crosstab_legend(outline))
}

/// A key of residual-coloured cells (a cross-tab's or a co-occurrence
/// chart's) with `entries`, in the band `(x, top, width)`; returns its
/// height.
pub(super) fn legend_entries(
    scene: &mut Scene,
    style: &Style,
    (x, top, width_px): (f32, f32, f32),
    entries: &[LegendEntry],
) -> f32 {
    let u = style.unit;
    let text = TextStyle::new(style.note_px, palette::TEXT);
    let muted = TextStyle::new(style.note_px, palette::MUTED);
    let swatch = 16.0 * u;
    let line_height = text.line_height().max(swatch) + 6.0 * u;
    let (mut cx, mut y) = (x, top);
    for entry in entries {
        // The sample: residual swatches, an outlined cell, or none.
        let (residuals, outlined, is_muted): (&[f64], bool, bool) = match entry {
            LegendEntry::MoreOften | LegendEntry::TogetherMore => {
                (&[1.0, 2.0, 3.0, 4.0], false, false)
            }
            LegendEntry::LessOften | LegendEntry::TogetherLess => {
                (&[-1.0, -2.0, -3.0, -4.0], false, false)
            }
            LegendEntry::Flagged { .. } | LegendEntry::FlaggedHolm { .. } => (&[0.0], true, false),
            _ => (&[], false, true),
        };
        let label = entry.text(style.language);
        let style_of = if is_muted { muted } else { text };
        let swatches = residuals.len() as f32 * swatch;
        let label_gap = if residuals.is_empty() { 0.0 } else { 8.0 * u };
        let label = fonts::ellipsize(
            &label,
            width_px - swatches - label_gap,
            style_of.size_px,
            style_of.weight,
        );
        let width = swatches + label_gap + style_of.width(&label);
        if cx > x && cx + width > x + width_px {
            cx = x;
            y += line_height;
        }
        let centre = y + line_height / 2.0;
        for (k, &z) in residuals.iter().enumerate() {
            scene.push(Rect {
                x: cx + k as f32 * swatch,
                y: centre - swatch / 2.0,
                width_px: swatch,
                height_px: swatch,
                corner_radius_px: 0.0,
                fill: Some(if outlined {
                    palette::BACKGROUND
                } else {
                    palette::residual_color(z)
                }),
                stroke: outlined.then(|| Stroke::solid(palette::TEXT, 1.6 * u)),
            });
        }
        scene.push(
            style_of
                .text(&label, pt(cx + swatches + label_gap, centre))
                .baseline(Baseline::Middle),
        );
        cx += width + 28.0 * u;
    }
    y + line_height - top
}
