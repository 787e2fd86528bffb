//! A triad's ternary plot as a scene: the triangle with a 10 % grid, the
//! corner labels, one dot per story (or, above [`DENSITY_THRESHOLD`]
//! stories, a density layer of small triangular cells counting every story;
//! coloured dots past `dots::DOT_LIMIT` are a stated sample), the closed
//! geometric mean (orange, white rim) and the arithmetic mean (green ring),
//! a legend table with both means per corner, and the zero replacement.

use crate::charts::density::DensityGrid;
use crate::charts::text::{LegendEntry, Note};
use crate::charts::{Mark, TriadData, geometry};

use super::layout::{PanelFrame, Style};
use super::palette;
use super::panel::note;
use super::scene::Area;
use super::scene::{Anchor, Baseline, Circle, Point, Polygon, Rgba, Scene, Stroke, pt};
use super::text_style::TextStyle;
use super::triad_hits::{TriangleFrame, TriangleHit};

/// Above this many points a panel shows density shading instead of dots:
/// tens of thousands of translucent dots become one flat blot.
pub use crate::charts::density::DENSITY_THRESHOLD;

/// Draws the triangle of a triad panel — the top corner's label, the 10 %
/// grid, `marks` (dots or shading, drawn by the caller under the outline),
/// the outline and the base corners' labels — and returns the triangle
/// and the y under the labels.
pub(super) fn triangle_with_labels(
    scene: &mut Scene,
    style: &Style,
    frame: &PanelFrame,
    corners: [&String; 3],
    marks: impl FnOnce(&mut Scene, &TriangleFrame),
) -> (TriangleFrame, f32) {
    let u = style.unit;
    let corner = TextStyle::new(style.label_px, palette::TEXT).bold();
    let side = (frame.width_px - 8.0 * u).min(600.0 * u);
    let centre_x = frame.x + frame.width_px / 2.0;

    let top_lines = corner.wrap(corners[0], frame.width_px * 0.7, 2);
    let mut y = frame.top;
    y += corner
        .anchor(Anchor::Middle)
        .draw(scene, &top_lines, centre_x, y)
        + 8.0 * u;
    let triangle = TriangleFrame {
        origin: pt(centre_x - side / 2.0, y),
        side_px: side,
    };
    for (a, b) in geometry::grid_lines(0.1) {
        scene.line(
            triangle.point(a),
            triangle.point(b),
            Stroke::solid(palette::GRID, u),
        );
    }
    marks(scene, &triangle);
    scene.push(Polygon {
        points: vec![
            triangle.point([1.0, 0.0, 0.0]),
            triangle.point([0.0, 1.0, 0.0]),
            triangle.point([0.0, 0.0, 1.0]),
        ],
        fill: None,
        stroke: Some(Stroke::solid(palette::AXIS, 1.5 * u)),
    });

    // The base corners' labels, each in its half under the triangle.
    y += triangle.height_px() + 10.0 * u;
    let half = side / 2.0 - 10.0 * u;
    let left = corner.wrap(corners[1], half, 2);
    let right = corner.wrap(corners[2], half, 2);
    let left_height = corner.draw(scene, &left, triangle.origin.x, y);
    let right_height = corner
        .anchor(Anchor::End)
        .draw(scene, &right, triangle.origin.x + side, y);
    y += left_height.max(right_height);
    (triangle, y)
}

/// Draws the triad in `frame`; returns its height.
pub(super) fn triad_panel(
    scene: &mut Scene,
    style: &Style,
    frame: &PanelFrame,
    data: &TriadData,
    corners: [&String; 3],
) -> f32 {
    let u = style.unit;
    let mut density_max = None;
    let (triangle, mut y) =
        triangle_with_labels(scene, style, frame, corners, |scene, triangle| {
            if let (Some(grid), None) = (&data.density, &data.colour) {
                density_max = Some(density_layer(scene, triangle, grid, frame.color, u));
            } else {
                let color = palette::dot_color(frame.color, data.points.len());
                let radius = if data.points.len() > 3000 { 1.8 } else { 2.6 } * u;
                for (k, &p) in data.points.iter().enumerate() {
                    let fill = data
                        .colour
                        .as_ref()
                        .map_or(color, |colour| super::colour::dot_color(colour, k));
                    scene.push(Circle {
                        centre: triangle.point(p),
                        radius_px: radius,
                        fill: Some(fill),
                        stroke: None,
                    });
                }
            }
        });
    let shaded = data.density.as_ref().filter(|_| data.colour.is_none());
    scene.triangles.push(TriangleHit::new(
        triangle,
        data.points
            .iter()
            .copied()
            .zip(data.rows.iter().copied())
            .filter(|_| shaded.is_none()),
        shaded.cloned(),
    ));
    zone_layer(scene, style, &triangle, data, corners);
    if let Some(region) = &data.confidence_region {
        confidence_outline(scene, &triangle, region, u);
    }
    if let Some(mean) = data.arithmetic_mean {
        arithmetic_mark(scene, triangle.point(mean), u);
    }
    if let Some(mean) = data.geometric_mean {
        geometric_mark(scene, triangle.point(mean), u);
    }
    let side = triangle.side_px;
    y += 18.0 * u;
    y += legend(scene, style, triangle.origin.x, side, y, data, corners) + 12.0 * u;
    // Notes line up with the triangle and its legend, not the panel.
    let frame = &PanelFrame {
        x: triangle.origin.x,
        width_px: side,
        ..*frame
    };
    if let Some(colour) = &data.colour {
        y += super::colour::legend(scene, style, frame, y, colour) + 8.0 * u;
    }
    for text in Note::triad(data, density_max) {
        y += note(scene, style, frame, y, &text.text(style.language)) + 4.0 * u;
    }
    y - frame.top
}

/// The seven zones (when the chart asks for them): their boundaries as
/// dashed lines and each zone's count and percent at its centre, on a
/// plate that is the zone's hit region (its stories).
fn zone_layer(
    scene: &mut Scene,
    style: &Style,
    triangle: &TriangleFrame,
    data: &TriadData,
    corners: [&String; 3],
) {
    if data.zones.is_empty() {
        return;
    }
    let u = style.unit;
    for (a, b) in geometry::zone_lines() {
        scene.line(
            triangle.point(a),
            triangle.point(b),
            Stroke::dashed(palette::AXIS, 1.2 * u, (5.0 * u, 3.0 * u)),
        );
    }
    let label = TextStyle::new(style.tick_px, palette::TEXT)
        .bold()
        .anchor(Anchor::Middle);
    for zone in &data.zones {
        let text = zone.label(style.language);
        let at = triangle.point(geometry::zone_label_point(zone.zone));
        let width = label.width(&text) + 8.0 * u;
        let height = label.line_height() + 2.0 * u;
        let area = Area {
            x: at.x - width / 2.0,
            y: at.y - height / 2.0,
            width_px: width,
            height_px: height,
        };
        scene.push(super::scene::Rect {
            x: area.x,
            y: area.y,
            width_px: width,
            height_px: height,
            corner_radius_px: 3.0 * u,
            fill: Some(Rgba::WHITE.with_alpha(210)),
            stroke: None,
        });
        scene.push(label.text(&text, at).baseline(Baseline::Middle));
        let name = zone.zone.label(corners.map(String::as_str), style.language);
        scene.hit(area, Mark::Zone { zone: zone.zone }, name, zone.count);
    }
}

/// The confidence region of the geometric mean as a closed outline in the
/// mean's colour.
fn confidence_outline(scene: &mut Scene, triangle: &TriangleFrame, region: &[[f64; 3]], u: f32) {
    scene.push(Polygon {
        points: region.iter().map(|&p| triangle.point(p)).collect(),
        fill: Some(palette::MEAN.with_alpha(30)),
        stroke: Some(Stroke::solid(palette::MEAN, 1.8 * u)),
    });
}

fn geometric_mark(scene: &mut Scene, centre: Point, u: f32) {
    scene.push(Circle {
        centre,
        radius_px: 7.5 * u,
        fill: Some(palette::MEAN),
        stroke: Some(Stroke::solid(Rgba::WHITE, 2.0 * u)),
    });
}

fn arithmetic_mark(scene: &mut Scene, centre: Point, u: f32) {
    scene.push(Circle {
        centre,
        radius_px: 7.0 * u,
        fill: None,
        stroke: Some(Stroke::solid(palette::MEDIAN, 2.6 * u)),
    });
}

/// The density layer: counts per small triangle of the shared grid
/// (`charts::density`, the same cells as on screen), darker for more;
/// returns the largest count.
fn density_layer(
    scene: &mut Scene,
    triangle: &TriangleFrame,
    grid: &DensityGrid,
    color: Rgba,
    u: f32,
) -> usize {
    let (cells, max) = grid.cells();
    for cell in cells {
        // A square root keeps sparse cells visible next to the densest.
        let strength = (cell.count as f32 / max.max(1) as f32).sqrt();
        let fill = color.lighten(0.9 * (1.0 - strength));
        scene.push(Polygon {
            points: cell.vertices.iter().map(|&v| triangle.point(v)).collect(),
            fill: Some(fill),
            // A hairline of the same colour closes the anti-aliasing seams
            // between neighbouring cells.
            stroke: Some(Stroke::solid(fill, 0.6 * u)),
        });
    }
    max.max(1)
}

/// The means per corner as a small table under the triangle:
///
/// ```text
///                            het kind  de school  de ouders
/// ● geometrisch gemiddelde     24,1%     40,2%      35,7%
/// ○ rekenkundig gemiddelde     25,0%     38,9%      36,1%
/// ```
fn legend(
    scene: &mut Scene,
    style: &Style,
    x: f32,
    width: f32,
    top: f32,
    data: &TriadData,
    corners: [&String; 3],
) -> f32 {
    let rows: Vec<MeanRow> = [
        (
            LegendEntry::GeometricMean,
            data.geometric_mean,
            MeanMarker::Geometric,
        ),
        (
            LegendEntry::ArithmeticMean,
            data.arithmetic_mean,
            MeanMarker::Arithmetic,
        ),
    ]
    .into_iter()
    .filter_map(|(entry, mean, marker)| {
        Some(MeanRow {
            name: entry.text(style.language),
            mean: mean?,
            marker,
        })
    })
    .collect();
    mean_table(scene, style, (x, width, top), &rows, corners)
}

/// How a row of [`mean_table`] is marked.
#[derive(Clone, Copy)]
pub(super) enum MeanMarker {
    /// The geometric mean's orange dot.
    Geometric,
    /// The arithmetic mean's green ring.
    Arithmetic,
    /// A dot in a population's colour (the overlay's two means).
    Dot(Rgba),
}

/// One row of [`mean_table`]: its name, a composition and its marker.
pub(super) struct MeanRow {
    pub name: String,
    pub mean: [f64; 3],
    pub marker: MeanMarker,
}

/// Means per corner as a table in the band `(x, width, top)`: the
/// corners as column heads, a row per mean; returns its height.
pub(super) fn mean_table(
    scene: &mut Scene,
    style: &Style,
    (x, width, top): (f32, f32, f32),
    rows: &[MeanRow],
    corners: [&String; 3],
) -> f32 {
    if rows.is_empty() {
        return 0.0;
    }
    let u = style.unit;
    let header = TextStyle::new(style.tick_px, palette::MUTED).anchor(Anchor::Middle);
    let cell = TextStyle::new(style.tick_px, palette::TEXT);
    let marker = 22.0 * u;
    // Each column keeps room for "100,0%" and a gap: in a narrow panel
    // (a compared triad beside the story list) the names give way, so
    // the numbers never run into each other.
    let number_column = cell.width(&format!("{}%", style.decimal(100.0))) + 10.0 * u;
    let name_width = rows
        .iter()
        .map(|row| cell.width(&row.name))
        .fold(0.0, f32::max)
        .min(width * 0.42)
        .min(width - marker - 12.0 * u - 3.0 * number_column)
        .max(0.0);
    let columns_left = x + marker + name_width + 12.0 * u;
    let column_width = (x + width - columns_left) / 3.0;
    let column_centre = |i: usize| columns_left + column_width * (i as f32 + 0.5);

    let mut y = top;
    let heads: Vec<Vec<String>> = corners
        .iter()
        .map(|c| header.wrap(c, column_width - 8.0 * u, 2))
        .collect();
    let head_lines = heads.iter().map(Vec::len).max().unwrap_or(1);
    for (i, lines) in heads.iter().enumerate() {
        // Bottom-align the headers so their last lines share a baseline.
        let offset = (head_lines - lines.len()) as f32 * header.line_height();
        header.draw(scene, lines, column_centre(i), y + offset);
    }
    y += head_lines as f32 * header.line_height() + 4.0 * u;
    scene.line(pt(x, y), pt(x + width, y), Stroke::solid(palette::GRID, u));
    y += 4.0 * u;
    let row_height = cell.line_height() + 6.0 * u;
    for row in rows {
        let centre = y + row_height / 2.0;
        let mark = pt(x + marker / 2.0 - 2.0 * u, centre);
        match row.marker {
            MeanMarker::Geometric => geometric_mark(scene, mark, u),
            MeanMarker::Arithmetic => arithmetic_mark(scene, mark, u),
            MeanMarker::Dot(color) => population_mark(scene, mark, color, u),
        }
        let name = super::fonts::ellipsize(&row.name, name_width, cell.size_px, cell.weight);
        scene.push(
            cell.text(&name, pt(x + marker, centre))
                .baseline(Baseline::Middle),
        );
        for (i, w) in row.mean.iter().enumerate() {
            let text = format!("{}%", style.decimal(w * 100.0));
            scene.push(
                cell.anchor(Anchor::Middle)
                    .text(&text, pt(column_centre(i), centre))
                    .baseline(Baseline::Middle),
            );
        }
        y += row_height;
    }
    y - top
}

/// A population's geometric mean where two are drawn on one triangle: a
/// dot in its colour with a white rim.
pub(super) fn population_mark(scene: &mut Scene, centre: Point, color: Rgba, u: f32) {
    scene.push(Circle {
        centre,
        radius_px: 7.5 * u,
        fill: Some(color),
        stroke: Some(Stroke::solid(Rgba::WHITE, 2.0 * u)),
    });
}

/// The footer note saying what replaced zero parts in the geometric mean;
/// returns its height.
pub(super) fn zero_note(
    scene: &mut Scene,
    style: &Style,
    frame: &PanelFrame,
    top: f32,
    zero_replacement: f64,
) -> f32 {
    let text = Note::ZeroReplacement(zero_replacement).text(style.language);
    note(scene, style, frame, top, &text)
}
