//! Slider × slider as a scene: a square 0–100 × 0–100 plot with a grid
//! every 20, one translucent dot per story, each axis named by its
//! question with its poles at the ends ("onacceptabel · De manier waarop ·
//! perfect"), and Spearman's ρ below.

use crate::charts::ScatterData;
use crate::charts::text::Statistic;

use super::fonts;
use super::layout::{PanelFrame, Style};
use super::palette;
use super::panel::note;
use super::scene::{Anchor, Baseline, Circle, Rect, Scene, Stroke, pt};
use super::text_style::TextStyle;

/// Draws the scatter in `frame`; `titles` are the x and y questions'.
/// Returns its height.
pub(super) fn scatter_panel(
    scene: &mut Scene,
    style: &Style,
    frame: &PanelFrame,
    data: &ScatterData,
    titles: [&str; 2],
) -> f32 {
    let u = style.unit;
    let tick = TextStyle::new(style.tick_px, palette::MUTED);
    let axis_text = TextStyle::new(style.tick_px, palette::TEXT);
    let left_room = axis_text.line_height() + 8.0 * u + tick.width("100") + 8.0 * u;
    let right_room = tick.width("100") / 2.0;
    let side = (frame.width_px - left_room - right_room).min(440.0 * u);
    let block_left = frame.x + (frame.width_px - left_room - right_room - side) / 2.0;
    let plot_left = block_left + left_room;
    let plot_top = frame.top + tick.size_px / 2.0;
    let plot_bottom = plot_top + side;
    let x_of = |v: f64| plot_left + (v.clamp(0.0, 100.0) / 100.0) as f32 * side;
    let y_of = |v: f64| plot_bottom - (v.clamp(0.0, 100.0) / 100.0) as f32 * side;

    scene.push(Rect {
        x: plot_left,
        y: plot_top,
        width_px: side,
        height_px: side,
        corner_radius_px: 0.0,
        fill: None,
        stroke: Some(Stroke::solid(palette::GRID, u)),
    });
    for k in (0..=100).step_by(20) {
        let v = f64::from(k);
        let grid = Stroke::solid(palette::GRID, u);
        scene.line(pt(x_of(v), plot_top), pt(x_of(v), plot_bottom), grid);
        scene.line(pt(plot_left, y_of(v)), pt(plot_left + side, y_of(v)), grid);
        scene.push(
            tick.anchor(Anchor::Middle)
                .text(&k.to_string(), pt(x_of(v), plot_bottom + 9.0 * u))
                .baseline(Baseline::Top),
        );
        scene.push(
            tick.anchor(Anchor::End)
                .text(&k.to_string(), pt(plot_left - 8.0 * u, y_of(v)))
                .baseline(Baseline::Middle),
        );
    }
    let color = palette::dot_color(frame.color, data.points.len());
    for (k, p) in data.points.iter().enumerate() {
        let fill = data
            .colour
            .as_ref()
            .map_or(color, |colour| super::colour::dot_color(colour, k));
        scene.push(Circle {
            centre: pt(x_of(p[0]), y_of(p[1])),
            radius_px: 2.6 * u,
            fill: Some(fill),
            stroke: None,
        });
    }
    let axis = Stroke::solid(palette::AXIS, 1.2 * u);
    scene.line(
        pt(plot_left, plot_bottom),
        pt(plot_left + side, plot_bottom),
        axis,
    );
    scene.line(pt(plot_left, plot_top), pt(plot_left, plot_bottom), axis);

    // The x axis's name under its tick labels, the y axis's rotated.
    let mut y = plot_bottom + 9.0 * u + tick.line_height() + 6.0 * u;
    let line = axis_line(style, &data.x_poles, titles[0], side);
    y += draw_axis_line(scene, &line, axis_text, (plot_left, y), side, None);
    let line = axis_line(style, &data.y_poles, titles[1], side);
    let x = block_left + axis_text.line_height() / 2.0;
    draw_axis_line(scene, &line, axis_text, (x, plot_bottom), side, Some(-90.0));

    y += 10.0 * u;
    if let Some(colour) = &data.colour {
        let under_plot = PanelFrame {
            x: block_left,
            width_px: frame.x + frame.width_px - block_left,
            ..*frame
        };
        y += super::colour::legend(scene, style, &under_plot, y, colour) + 6.0 * u;
    }
    if let (Some(rho), Some(p)) = (data.rho, data.p) {
        let n = data.points.len();
        let text = Statistic::Spearman { rho, p, n }.text(style.language);
        // Under the plot's left edge, like the axis's name.
        let under_plot = PanelFrame {
            x: block_left,
            width_px: frame.x + frame.width_px - block_left,
            ..*frame
        };
        y += note(scene, style, &under_plot, y, &text);
    }
    y - frame.top
}

/// An axis's low pole, title and high pole, shortened to share `length`.
struct AxisLine {
    low: String,
    title: String,
    high: String,
}

fn axis_line(style: &Style, poles: &[String; 2], title: &str, length: f32) -> AxisLine {
    let u = style.unit;
    let pole = TextStyle::new(style.tick_px, palette::TEXT).bold();
    let shorten =
        |text: &str, room: f32| fonts::ellipsize(text, room.max(0.0), pole.size_px, pole.weight);
    let low = shorten(&poles[0], length * 0.3);
    let high = shorten(&poles[1], length * 0.3);
    // The title is centred, so it has twice the room of the wider pole's
    // side to itself.
    let side = pole.width(&low).max(pole.width(&high)) + 16.0 * u;
    let title = fonts::ellipsize(
        title,
        (length - 2.0 * side).max(0.0),
        style.tick_px,
        super::scene::Weight::Regular,
    );
    AxisLine { low, title, high }
}

/// Draws `line` from `start` along `length` (rotated by `rotation` around
/// each text's anchor); returns the line's height.
fn draw_axis_line(
    scene: &mut Scene,
    line: &AxisLine,
    text: TextStyle,
    (x, y): (f32, f32),
    length: f32,
    rotation: Option<f32>,
) -> f32 {
    let pole = text.bold();
    let muted = TextStyle::new(text.size_px, palette::MUTED);
    // Along the axis: right for x, up for a y axis rotated by −90°.
    let at = |distance: f32| match rotation {
        Some(_) => pt(x, y - distance),
        None => pt(x + distance, y + text.line_height() / 2.0),
    };
    let items = [
        pole.anchor(Anchor::Start).text(&line.low, at(0.0)),
        muted
            .anchor(Anchor::Middle)
            .text(&line.title, at(length / 2.0)),
        pole.anchor(Anchor::End).text(&line.high, at(length)),
    ];
    for item in items {
        let item = item.baseline(Baseline::Middle);
        scene.push(match rotation {
            Some(degrees) => item.rotated(degrees),
            None => item,
        });
    }
    text.line_height()
}
