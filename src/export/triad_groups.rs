//! Triad × choice as a scene: the triangle with every story (or an even
//! sample past `dots::DOT_LIMIT`, said in a note) as a dot in
//! its option's colour (Okabe–Ito, `palette::CATEGORIES`), each option's
//! closed geometric mean as a large ringed dot, and a legend naming the
//! options with their n (in two columns when they fit). Options with fewer stories than the chart's
//! minimum n keep their dots but get no mean, and say so in the legend's
//! muted text.

use crate::charts::TriadGroupsData;
use crate::charts::text::Note;

use super::fonts;
use super::layout::{PanelFrame, Style};
use super::palette;
use super::panel::note;
use super::scene::{Baseline, Circle, Point, Rgba, Scene, Stroke, pt};
use super::text_style::TextStyle;
use super::triad::{triangle_with_labels, zero_note};
use super::triad_hits::TriangleHit;

/// Draws the triangle and legend in `frame`; returns their height.
pub(super) fn triad_groups_panel(
    scene: &mut Scene,
    style: &Style,
    frame: &PanelFrame,
    data: &TriadGroupsData,
    corners: [&String; 3],
    min_n: usize,
) -> f32 {
    let u = style.unit;
    let total: usize = data.groups.iter().map(|g| g.n).sum();
    let kept: usize = data.groups.iter().map(|g| g.points.len()).sum();
    let (triangle, mut y) =
        triangle_with_labels(scene, style, frame, corners, |scene, triangle| {
            for (k, group) in data.groups.iter().enumerate() {
                let color = palette::dot_color(palette::category(k), kept);
                for &p in &group.points {
                    scene.push(Circle {
                        centre: triangle.point(p),
                        radius_px: 2.4 * u,
                        fill: Some(color),
                        stroke: None,
                    });
                }
            }
        });
    for (k, group) in data.groups.iter().enumerate() {
        if let Some(mean) = group.geometric_mean.filter(|_| group.n >= min_n) {
            mean_mark(
                scene,
                triangle.point(mean),
                palette::category(k),
                8.0 * u,
                u,
            );
        }
    }
    scene.triangles.push(TriangleHit::new(
        triangle,
        data.groups
            .iter()
            .flat_map(|g| g.points.iter().copied().zip(g.rows.iter().copied())),
        None,
    ));
    y += 18.0 * u;
    // The legend and notes line up with the triangle, not the panel.
    let frame = &PanelFrame {
        x: triangle.origin.x,
        width_px: triangle.side_px,
        ..*frame
    };
    y += legend(scene, style, frame, y, data, min_n) + 10.0 * u;
    let means = Note::GroupMeans { min_n }.text(style.language);
    y += note(scene, style, frame, y, &means) + 4.0 * u;
    if let Some(text) = Note::dot_sample(kept, total) {
        y += note(scene, style, frame, y, &text.text(style.language)) + 4.0 * u;
    }
    y += zero_note(scene, style, frame, y, data.zero_replacement);
    y - frame.top
}

/// A large dot in `color` with a dark ring and a white halo, so it stands
/// out on dots of its own colour.
fn mean_mark(scene: &mut Scene, centre: Point, color: Rgba, radius: f32, u: f32) {
    scene.push(Circle {
        centre,
        radius_px: radius + 2.0 * u,
        fill: Some(palette::BACKGROUND),
        stroke: None,
    });
    scene.push(Circle {
        centre,
        radius_px: radius,
        fill: Some(color),
        stroke: Some(Stroke::solid(palette::TEXT, 2.0 * u)),
    });
}

/// The options in two columns: "● ouder/verzorger  n = 167"; returns the
/// legend's height.
fn legend(
    scene: &mut Scene,
    style: &Style,
    frame: &PanelFrame,
    top: f32,
    data: &TriadGroupsData,
    min_n: usize,
) -> f32 {
    let u = style.unit;
    let label = TextStyle::new(style.tick_px, palette::TEXT);
    let muted = TextStyle::new(style.tick_px, palette::MUTED);
    let row_height = label.line_height() + 6.0 * u;
    let swatch = 6.0 * u;
    // Two columns when every entry fits in half the width, else one.
    let entry_width = |g: &crate::charts::TriadGroup| {
        2.0 * swatch
            + 12.0 * u
            + label.width(&g.label)
            + 8.0 * u
            + muted.width(&style.n(g.n))
            + 12.0 * u
    };
    let widest = data.groups.iter().map(entry_width).fold(0.0, f32::max);
    let columns = if widest <= frame.width_px / 2.0 { 2 } else { 1 };
    let column_width = frame.width_px / columns as f32;
    for (k, group) in data.groups.iter().enumerate() {
        let x = frame.x + (k % columns) as f32 * column_width;
        let centre = top + (k / columns) as f32 * row_height + row_height / 2.0;
        mean_mark(
            scene,
            pt(x + swatch + 2.0 * u, centre),
            palette::category(k),
            swatch,
            u,
        );
        let n = style.n(group.n);
        let n_width = muted.width(&n);
        let text_x = x + 2.0 * swatch + 12.0 * u;
        let room = column_width - (text_x - x) - n_width - 8.0 * u - 12.0 * u;
        let text_style = if group.n >= min_n { label } else { muted };
        let name = fonts::ellipsize(&group.label, room.max(0.0), label.size_px, label.weight);
        let name_width = text_style.width(&name);
        scene.push(
            text_style
                .text(&name, pt(text_x, centre))
                .baseline(Baseline::Middle),
        );
        scene.push(
            muted
                .text(&n, pt(text_x + name_width + 8.0 * u, centre))
                .baseline(Baseline::Middle),
        );
    }
    data.groups.len().div_ceil(columns) as f32 * row_height
}
