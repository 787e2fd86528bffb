//! Slider × choice as a scene: one row per option — its label and n, every
//! story as a jittered dot, and a box from the lower to the upper quartile
//! with the median (green bar), the mean (orange dot) and a line from the
//! lowest to the highest score — on one 0–100 axis shared by the rows and
//! the panels, with the slider's poles under it and the Kruskal–Wallis
//! test below; [`legend`] explains the marks once for both panels. An option with fewer stories than the chart's minimum n
//! says "too few stories" instead, as whole panels do.

use crate::charts::text::{self, LegendEntry, Note, Statistic};
use crate::charts::{GroupsData, Mark, SliderGroup, geometry};

use super::fonts;
use super::layout::{PanelFrame, Style};
use super::palette;
use super::panel::note;
use super::scene::{Anchor, Area, Baseline, Circle, Rect, Rgba, Scene, Stroke, pt};
use super::text_style::TextStyle;

/// Lines an option's label may take.
const LABEL_LINES: usize = 2;

/// Maps 0–100 onto the plot.
#[derive(Clone, Copy)]
struct Axis {
    left: f32,
    width: f32,
}

impl Axis {
    fn x(self, value: f64) -> f32 {
        self.left + (value.clamp(0.0, 100.0) / 100.0) as f32 * self.width
    }
}

/// Draws the rows in `frame`; returns their height.
#[allow(clippy::too_many_lines, reason = "one panel laid out top to bottom")]
pub(super) fn groups_panel(
    scene: &mut Scene,
    style: &Style,
    frame: &PanelFrame,
    data: &GroupsData,
    poles: [&String; 2],
    min_n: usize,
) -> f32 {
    let u = style.unit;
    let label = TextStyle::new(style.tick_px, palette::TEXT).anchor(Anchor::End);
    let n_style = TextStyle::new(style.tick_px * 0.85, palette::MUTED).anchor(Anchor::End);
    let tick = TextStyle::new(style.tick_px, palette::MUTED);
    // Labels wrap to two lines in at most 30 % of the panel, widened (up
    // to 40 %) so that no single word has to break.
    let widest = |measure: &dyn Fn(&str) -> f32| {
        data.groups
            .iter()
            .map(|g| measure(&g.label))
            .fold(n_style.width("n = 0.000"), f32::max)
    };
    let longest_word = widest(&|l: &str| {
        l.split_whitespace()
            .map(|w| label.width(w))
            .fold(0.0, f32::max)
    });
    let label_width = widest(&|l: &str| label.width(l))
        .min(frame.width_px * 0.3)
        .max(longest_word.min(frame.width_px * 0.4));
    let axis = Axis {
        left: frame.x + label_width + 14.0 * u,
        // Room for half of "100" right of the axis.
        width: frame.x + frame.width_px
            - tick.width("100") / 2.0
            - (frame.x + label_width + 14.0 * u),
    };
    let mut y = frame.top;

    let rows: Vec<(Vec<String>, f32)> = data
        .groups
        .iter()
        .map(|g| {
            let lines = label.wrap(&g.label, label_width, LABEL_LINES);
            let block = label.line_height() * lines.len() as f32 + n_style.line_height();
            (lines, block.max(40.0 * u) + 10.0 * u)
        })
        .collect();
    let plot_top = y;
    let plot_bottom = plot_top + rows.iter().map(|(_, h)| h).sum::<f32>();
    for k in 0..=10 {
        let x = axis.x(f64::from(k) * 10.0);
        scene.line(
            pt(x, plot_top),
            pt(x, plot_bottom),
            Stroke::solid(palette::GRID, u),
        );
    }
    for (group, (lines, height)) in data.groups.iter().zip(&rows) {
        let centre = y + height / 2.0;
        let block = label.line_height() * lines.len() as f32 + n_style.line_height();
        let text_x = axis.left - 14.0 * u;
        let label_top = centre - block / 2.0;
        label.draw(scene, lines, text_x, label_top);
        n_style.draw(
            scene,
            &[style.n(group.n)],
            text_x,
            label_top + label.line_height() * lines.len() as f32,
        );
        let row = Area {
            x: frame.x,
            y,
            width_px: frame.width_px,
            height_px: *height,
        };
        let mark = Mark::Group {
            option: group.option,
        };
        scene.hit(row, mark, group.label.clone(), group.n as u64);
        if group.n < min_n.max(1) {
            let text = text::too_few(group.n, style.language);
            let muted = TextStyle::new(style.tick_px, palette::MUTED);
            let text = fonts::ellipsize(&text, axis.width - 16.0 * u, muted.size_px, muted.weight);
            scene.push(Rect {
                x: axis.left,
                y: y + 4.0 * u,
                width_px: axis.width,
                height_px: height - 8.0 * u,
                corner_radius_px: 4.0 * u,
                fill: Some(palette::PLACEHOLDER),
                stroke: None,
            });
            scene.push(
                muted
                    .text(&text, pt(axis.left + 10.0 * u, centre))
                    .baseline(Baseline::Middle),
            );
        } else {
            strip(scene, u, axis, group, centre, height * 0.36, frame.color);
        }
        y += height;
    }

    // The shared axis: ticks every 10, labelled every 20 when narrow.
    scene.line(
        pt(axis.left, plot_bottom),
        pt(axis.left + axis.width, plot_bottom),
        Stroke::solid(palette::AXIS, 1.2 * u),
    );
    let label_every = if axis.width < 360.0 * u { 20 } else { 10 };
    for k in (0..=100).step_by(10) {
        let x = axis.x(f64::from(k));
        scene.line(
            pt(x, plot_bottom),
            pt(x, plot_bottom + 5.0 * u),
            Stroke::solid(palette::AXIS, 1.2 * u),
        );
        if k % label_every == 0 {
            scene.push(
                tick.anchor(Anchor::Middle)
                    .text(&k.to_string(), pt(x, plot_bottom + 9.0 * u))
                    .baseline(Baseline::Top),
            );
        }
    }
    y = plot_bottom + 9.0 * u + tick.line_height() + 6.0 * u;
    let pole = TextStyle::new(style.label_px, palette::TEXT).bold();
    let half = axis.width / 2.0 - 12.0 * u;
    let left = pole.wrap(poles[0], half, 2);
    let right = pole.wrap(poles[1], half, 2);
    let left_height = pole.draw(scene, &left, axis.left, y);
    let right_height = pole
        .anchor(Anchor::End)
        .draw(scene, &right, axis.left + axis.width, y);
    y += left_height.max(right_height) + 10.0 * u;

    if let (Some(h), Some(df), Some(p)) = (data.h, data.df, data.p) {
        let line = Statistic::KruskalWallis { h, df, p }.text(style.language);
        y += note(scene, style, frame, y, &line);
    }
    let kept = data.groups.iter().map(|g| g.values.len()).sum();
    let n = data.groups.iter().map(|g| g.n).sum();
    if let Some(text) = Note::dot_sample(kept, n) {
        let text = text.text(style.language);
        y += 4.0 * u + note(scene, style, frame, y + 4.0 * u, &text);
    }
    y - frame.top
}

/// One option's dots and box, centred on `centre` with half-height `half`.
fn strip(
    scene: &mut Scene,
    u: f32,
    axis: Axis,
    group: &SliderGroup,
    centre: f32,
    half: f32,
    color: Rgba,
) {
    let dot = palette::dot_color(color, group.values.len() * 3);
    for (k, &value) in group.values.iter().enumerate() {
        scene.push(Circle {
            centre: pt(axis.x(value), centre + geometry::jitter(k) * half),
            radius_px: 2.3 * u,
            fill: Some(dot),
            stroke: None,
        });
    }
    let (Some(q1), Some(q3), Some(median), Some(min), Some(max)) =
        (group.q1, group.q3, group.median, group.min, group.max)
    else {
        return;
    };
    let ink = Stroke::solid(palette::TEXT, 1.5 * u);
    let box_half = half * 0.75;
    scene.line(pt(axis.x(min), centre), pt(axis.x(q1), centre), ink);
    scene.line(pt(axis.x(q3), centre), pt(axis.x(max), centre), ink);
    for end in [min, max] {
        let x = axis.x(end);
        scene.line(
            pt(x, centre - box_half / 2.0),
            pt(x, centre + box_half / 2.0),
            ink,
        );
    }
    scene.push(Rect {
        x: axis.x(q1),
        y: centre - box_half,
        width_px: (axis.x(q3) - axis.x(q1)).max(1.0 * u),
        height_px: 2.0 * box_half,
        corner_radius_px: 1.5 * u,
        // Half-white, so the dots under the box stay visible but quiet.
        fill: Some(palette::BACKGROUND.with_alpha(150)),
        stroke: Some(ink),
    });
    let x = axis.x(median);
    scene.line(
        pt(x, centre - box_half),
        pt(x, centre + box_half),
        Stroke::solid(palette::MEDIAN, 3.5 * u),
    );
    if let Some(mean) = group.mean {
        mean_mark(scene, pt(axis.x(mean), centre), u);
    }
}

fn mean_mark(scene: &mut Scene, centre: super::scene::Point, u: f32) {
    scene.push(Circle {
        centre,
        radius_px: 5.0 * u,
        fill: Some(palette::MEAN),
        stroke: Some(Stroke::solid(palette::BACKGROUND, 1.5 * u)),
    });
}

/// "▭ kwartielen (middelste helft)  ┃ mediaan  ● gemiddelde  ─ laagste tot
/// hoogste" with samples, once for both panels in the band `(x, top,
/// width)`; returns its height.
pub(super) fn legend(scene: &mut Scene, style: &Style, (x, top, width): (f32, f32, f32)) -> f32 {
    let u = style.unit;
    let text = TextStyle::new(style.note_px, palette::TEXT);
    let line_height = text.line_height() + 4.0 * u;
    let sample = 18.0 * u;
    let (left, right) = (x, x + width);
    let (mut x, mut y) = (left, top);
    for entry in text::groups_legend() {
        let name = entry.text(style.language);
        let width = sample + 6.0 * u + text.width(&name);
        if x > left && x + width > right {
            x = left;
            y += line_height;
        }
        let centre = y + line_height / 2.0;
        let ink = Stroke::solid(palette::TEXT, 1.5 * u);
        match entry {
            LegendEntry::Quartiles => scene.push(Rect {
                x,
                y: centre - 6.0 * u,
                width_px: sample,
                height_px: 12.0 * u,
                corner_radius_px: 1.5 * u,
                fill: None,
                stroke: Some(ink),
            }),
            LegendEntry::Median(_) => scene.line(
                pt(x + sample / 2.0, centre - 7.0 * u),
                pt(x + sample / 2.0, centre + 7.0 * u),
                Stroke::solid(palette::MEDIAN, 3.5 * u),
            ),
            LegendEntry::Mean(_) => mean_mark(scene, pt(x + sample / 2.0, centre), u),
            _ => scene.line(pt(x, centre), pt(x + sample, centre), ink),
        }
        let name = fonts::ellipsize(
            &name,
            right - x - sample - 6.0 * u,
            text.size_px,
            text.weight,
        );
        scene.push(
            text.text(&name, pt(x + sample + 6.0 * u, centre))
                .baseline(Baseline::Middle),
        );
        x += width + 20.0 * u;
    }
    y + line_height - top
}
