//! A stones question as a scene: the square canvas with its axis labels
//! (x from start to end left to right, y from start at the bottom to end
//! at the top, both 0–100), one dot per story per stone in the stone's
//! colour, the mean position of each stone as a large ring with a ± 1 SD
//! cross, and a key with each stone's n and mean. The key's rows and the
//! means are hit regions: a click lists the stories that placed the stone.

use crate::charts::text::Note;
use crate::charts::{Mark, StonesData};
use crate::i18n;

use super::layout::{PanelFrame, Style};
use super::palette;
use super::panel::note;
use super::scene::{Anchor, Area, Baseline, Circle, Point, Rect, Scene, Stroke, pt};
use super::text_style::TextStyle;

/// The canvas of one panel: where 0–100 on both axes lands.
struct Canvas {
    left: f32,
    top: f32,
    side: f32,
}

impl Canvas {
    fn point(&self, [x, y]: [f64; 2]) -> Point {
        pt(
            self.left + (x / 100.0) as f32 * self.side,
            self.top + (1.0 - y / 100.0) as f32 * self.side,
        )
    }
}

/// Draws the stones of one panel in `frame`; `axes` are the question's
/// (x start, x end) and (y start, y end) labels, empty where the
/// framework named none. Returns the height.
pub(super) fn stones_panel(
    scene: &mut Scene,
    style: &Style,
    frame: &PanelFrame,
    data: &StonesData,
    axes: [&(String, String); 2],
) -> f32 {
    let u = style.unit;
    let axis = TextStyle::new(style.tick_px, palette::MUTED);
    // Room on the left for the rotated y labels and the 0/100 ticks.
    let gutter = axis.line_height() + axis.width("100") + 10.0 * u;
    let side = (frame.width_px - gutter - 4.0 * u).clamp(60.0 * u, 560.0 * u);
    let canvas = Canvas {
        left: frame.x + gutter,
        top: frame.top + 4.0 * u,
        side,
    };
    canvas_frame(scene, style, &canvas, axes);
    let mut y = canvas.top + side + 6.0 * u;
    y += x_labels(scene, style, &canvas, axes[0], y);

    for (index, stone) in data.stones.iter().enumerate() {
        let color = palette::category(index);
        let dot = palette::dot_color(color, stone.points.len() * data.stones.len());
        for &point in &stone.points {
            scene.push(Circle {
                centre: canvas.point(point),
                radius_px: 2.4 * u,
                fill: Some(dot),
                stroke: None,
            });
        }
    }
    for (index, stone) in data.stones.iter().enumerate() {
        let (Some(mean), color) = (stone.mean, palette::category(index)) else {
            continue;
        };
        let centre = canvas.point(mean);
        if let Some([sd_x, sd_y]) = stone.sd {
            let stroke = Stroke::solid(color, 1.5 * u);
            let clamp = |v: f64| v.clamp(0.0, 100.0);
            scene.line(
                canvas.point([clamp(mean[0] - sd_x), mean[1]]),
                canvas.point([clamp(mean[0] + sd_x), mean[1]]),
                stroke,
            );
            scene.line(
                canvas.point([mean[0], clamp(mean[1] - sd_y)]),
                canvas.point([mean[0], clamp(mean[1] + sd_y)]),
                stroke,
            );
        }
        let radius = 7.0 * u;
        scene.push(Circle {
            centre,
            radius_px: radius,
            fill: Some(color),
            stroke: Some(Stroke::solid(palette::BACKGROUND, 2.0 * u)),
        });
        let area = Area {
            x: centre.x - radius,
            y: centre.y - radius,
            width_px: 2.0 * radius,
            height_px: 2.0 * radius,
        };
        scene.hit(
            area,
            Mark::Stone { stone: index },
            stone.label.clone(),
            stone.n as u64,
        );
    }

    y += 6.0 * u;
    y += key(scene, style, frame, data, y);
    let drawn: usize = data.stones.iter().map(|s| s.points.len()).sum();
    let placed: usize = data.stones.iter().map(|s| s.n).sum();
    if let Some(sample) = Note::dot_sample(drawn, placed) {
        y += note(scene, style, frame, y, &sample.text(style.language));
    }
    y += note(scene, style, frame, y, style.tr().stones_note);
    y - frame.top
}

/// The canvas outline, a light grid at 25, 50 and 75, the 0/100 ticks of
/// the y axis and its labels, rotated, start at the bottom.
fn canvas_frame(scene: &mut Scene, style: &Style, canvas: &Canvas, axes: [&(String, String); 2]) {
    let u = style.unit;
    for step in [25.0, 50.0, 75.0] {
        let grid = Stroke::solid(palette::GRID, u);
        scene.line(canvas.point([step, 0.0]), canvas.point([step, 100.0]), grid);
        scene.line(canvas.point([0.0, step]), canvas.point([100.0, step]), grid);
    }
    scene.push(Rect {
        x: canvas.left,
        y: canvas.top,
        width_px: canvas.side,
        height_px: canvas.side,
        corner_radius_px: 0.0,
        fill: None,
        stroke: Some(Stroke::solid(palette::AXIS, 1.5 * u)),
    });
    let tick = TextStyle::new(style.tick_px, palette::MUTED).anchor(Anchor::End);
    for (value, baseline) in [(0.0, Baseline::Alphabetic), (100.0, Baseline::Top)] {
        let at = canvas.point([0.0, value]);
        scene.push(
            tick.text(
                &i18n::format_count(style.language, value as usize),
                pt(at.x - 4.0 * u, at.y),
            )
            .baseline(baseline),
        );
    }
    let label = TextStyle::new(style.tick_px, palette::TEXT);
    let x = canvas.left - tick.width("100") - 8.0 * u;
    let half = canvas.side / 2.0 - 8.0 * u;
    let (start, end) = axes[1];
    for (text, y, anchor) in [
        (start, canvas.top + canvas.side, Anchor::Start),
        (end, canvas.top, Anchor::End),
    ] {
        if text.is_empty() {
            continue;
        }
        let shown = super::fonts::ellipsize(text, half, label.size_px, label.weight);
        scene.push(
            label
                .anchor(anchor)
                .text(&shown, pt(x, y))
                .baseline(Baseline::Alphabetic)
                .rotated(-90.0),
        );
    }
}

/// The x axis under the canvas: 0 and 100, and the start and end labels;
/// returns the height.
fn x_labels(
    scene: &mut Scene,
    style: &Style,
    canvas: &Canvas,
    (start, end): &(String, String),
    top: f32,
) -> f32 {
    let u = style.unit;
    let tick = TextStyle::new(style.tick_px, palette::MUTED);
    scene.push(tick.text("0", pt(canvas.left, top)).baseline(Baseline::Top));
    scene.push(
        tick.anchor(Anchor::End)
            .text(
                &i18n::format_count(style.language, 100),
                pt(canvas.left + canvas.side, top),
            )
            .baseline(Baseline::Top),
    );
    if start.is_empty() && end.is_empty() {
        return tick.line_height();
    }
    let label = TextStyle::new(style.tick_px, palette::TEXT);
    let half = canvas.side / 2.0 - 8.0 * u;
    let y = top + tick.line_height() + 2.0 * u;
    let left = label.wrap(start, half, 2);
    let right = label.wrap(end, half, 2);
    let left_height = label.draw(scene, &left, canvas.left, y);
    let right_height = label
        .anchor(Anchor::End)
        .draw(scene, &right, canvas.left + canvas.side, y);
    tick.line_height() + 2.0 * u + left_height.max(right_height)
}

/// One row per stone: its colour, label, n and mean. Returns the height.
fn key(scene: &mut Scene, style: &Style, frame: &PanelFrame, data: &StonesData, top: f32) -> f32 {
    let u = style.unit;
    let tr = style.tr();
    let label = TextStyle::new(style.label_px, palette::TEXT);
    let detail = TextStyle::new(style.tick_px, palette::MUTED);
    let row_height = label.line_height() + 6.0 * u;
    let text_x = frame.x + 20.0 * u;
    let label_width = (frame.width_px * 0.45).max(40.0 * u);
    let mut y = top;
    for (index, stone) in data.stones.iter().enumerate() {
        let centre = y + row_height / 2.0;
        scene.push(Circle {
            centre: pt(frame.x + 7.0 * u, centre),
            radius_px: 6.0 * u,
            fill: Some(palette::category(index)),
            stroke: None,
        });
        let name = super::fonts::ellipsize(&stone.label, label_width, label.size_px, label.weight);
        scene.push(
            label
                .text(&name, pt(text_x, centre))
                .baseline(Baseline::Middle),
        );
        let numbers = match stone.mean {
            Some([x, mean_y]) => i18n::fill(
                tr.stone_placed,
                &[
                    ("n", &style.count(stone.n as u64)),
                    ("x", &style.decimal(x)),
                    ("y", &style.decimal(mean_y)),
                ],
            ),
            None => tr.stone_not_placed.to_owned(),
        };
        let numbers_x = text_x + label.width(&name) + 12.0 * u;
        scene.push(
            detail
                .text(&numbers, pt(numbers_x, centre))
                .baseline(Baseline::Middle),
        );
        let row = Area {
            x: frame.x,
            y,
            width_px: frame.width_px,
            height_px: row_height,
        };
        scene.hit(
            row,
            Mark::Stone { stone: index },
            stone.label.clone(),
            stone.n as u64,
        );
        y += row_height;
    }
    y - top + 4.0 * u
}
