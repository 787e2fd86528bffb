//! A slider's histogram as a scene: 10 bins on 0–100 as percentages of the
//! panel's stories (so a selection compares with the whole set on one
//! shared y-axis), ticks every 10, the mean (solid orange) and median
//! (dashed green) lines named with their values in a legend above the
//! plot, the poles under the axis, and the sd in a footnote.

use crate::charts::text::LegendEntry;
use crate::charts::{HistogramData, Mark};

use super::layout::{PanelFrame, Style};
use super::palette;
use super::panel::note;
use super::scene::{Anchor, Area, Baseline, Rect, Scene, Stroke, pt};
use super::text_style::TextStyle;

/// What the histogram panels of one chart share.
pub(super) struct HistogramScale<'a> {
    /// The largest bin of any panel, in percent of that panel's n.
    pub max_percent: f64,
    pub poles: [&'a String; 2],
}

/// The largest bin of `data` in percent of `n`.
pub(super) fn max_percent(data: &HistogramData, n: usize) -> f64 {
    let top = data.counts.iter().copied().max().unwrap_or(0);
    percent(top, n)
}

fn percent(count: u64, n: usize) -> f64 {
    if n == 0 {
        0.0
    } else {
        100.0 * count as f64 / n as f64
    }
}

/// A step for the y ticks giving at most six intervals up to `max`.
fn tick_step(max: f64) -> f64 {
    [1.0, 2.0, 5.0, 10.0, 20.0, 25.0, 50.0]
        .into_iter()
        .find(|step| max / step <= 6.0)
        .unwrap_or(100.0)
}

/// Draws the histogram in `frame`; returns its height.
#[allow(clippy::too_many_lines, reason = "one panel laid out top to bottom")]
pub(super) fn histogram_panel(
    scene: &mut Scene,
    style: &Style,
    frame: &PanelFrame,
    data: &HistogramData,
    n: usize,
    scale: &HistogramScale,
) -> f32 {
    let tr = style.tr();
    let u = style.unit;
    let tick = TextStyle::new(style.tick_px, palette::MUTED);
    let mut y = frame.top;
    y += legend(scene, style, frame, data, y);

    // The y-axis: a rotated title, then tick labels, then the plot.
    let step = tick_step(scale.max_percent.max(1.0));
    // A little headroom, so that the tallest bar does not touch the top.
    let y_max = (scale.max_percent * 1.04 / step).ceil().max(1.0) * step;
    let tick_label = |v: f64| format!("{v:.0}%");
    let ticks: Vec<f64> = (0..)
        .map(|i| i as f64 * step)
        .take_while(|v| *v <= y_max + 1e-9)
        .collect();
    let tick_width = ticks
        .iter()
        .map(|&v| tick.width(&tick_label(v)))
        .fold(0.0, f32::max);
    let axis_title = TextStyle::new(style.tick_px, palette::MUTED);
    let plot_left = frame.x + axis_title.line_height() + 6.0 * u + tick_width + 8.0 * u;
    // Room for half of the "100" under the right end of the axis.
    let plot_right = frame.x + frame.width_px - tick.width("100") / 2.0;
    let plot_width = plot_right - plot_left;
    let plot_top = y + style.tick_px / 2.0;
    let plot_height = (frame.width_px * 0.52).clamp(160.0 * u, 420.0 * u);
    let plot_bottom = plot_top + plot_height;
    let y_of = |v: f64| plot_bottom - (v / y_max) as f32 * plot_height;
    let x_of = |v: f64| plot_left + (v / 100.0) as f32 * plot_width;

    for &v in &ticks {
        let ty = y_of(v);
        if v > 0.0 {
            scene.line(
                pt(plot_left, ty),
                pt(plot_right, ty),
                Stroke::solid(palette::GRID, u),
            );
        }
        scene.push(
            tick.anchor(Anchor::End)
                .text(&tick_label(v), pt(plot_left - 8.0 * u, ty))
                .baseline(Baseline::Middle),
        );
    }
    let title = tr.percent_of_stories;
    let title =
        crate::export::fonts::ellipsize(title, plot_height, axis_title.size_px, axis_title.weight);
    scene.push(
        axis_title
            .anchor(Anchor::Middle)
            .text(
                &title,
                pt(
                    frame.x + axis_title.line_height() / 2.0,
                    plot_top + plot_height / 2.0,
                ),
            )
            .baseline(Baseline::Middle)
            .rotated(-90.0),
    );

    // Bars, with a small gap so that bins read as bins.
    let gap = (plot_width / 100.0 * 0.8).max(1.0);
    for (i, &count) in data.counts.iter().enumerate() {
        let (Some(&low), Some(&high)) = (data.edges.get(i), data.edges.get(i + 1)) else {
            continue;
        };
        // The bin's whole column is its mark, so low bins are easy to hit.
        let column = Area {
            x: x_of(low),
            y: plot_top,
            width_px: x_of(high) - x_of(low),
            height_px: plot_height,
        };
        scene.hit(
            column,
            Mark::Bin { bin: i },
            format!("{low:.0}–{high:.0}"),
            count,
        );
        let height = plot_bottom - y_of(percent(count, n));
        if height <= 0.0 {
            continue;
        }
        scene.push(Rect {
            x: x_of(low) + gap / 2.0,
            y: plot_bottom - height,
            width_px: x_of(high) - x_of(low) - gap,
            height_px: height,
            corner_radius_px: 0.0,
            fill: Some(frame.color),
            stroke: None,
        });
    }

    // The x-axis with ticks every 10.
    scene.line(
        pt(plot_left, plot_bottom),
        pt(plot_right, plot_bottom),
        Stroke::solid(palette::AXIS, 1.2 * u),
    );
    for k in 0..=10 {
        let tx = x_of(f64::from(k) * 10.0);
        scene.line(
            pt(tx, plot_bottom),
            pt(tx, plot_bottom + 5.0 * u),
            Stroke::solid(palette::AXIS, 1.2 * u),
        );
        scene.push(
            tick.anchor(Anchor::Middle)
                .text(&(k * 10).to_string(), pt(tx, plot_bottom + 9.0 * u))
                .baseline(Baseline::Top),
        );
    }

    // Mean and median over the bars, each on a white halo so that the
    // green and orange stay visible on the bars' blue or purple.
    let lines = [(data.median, median_stroke(u)), (data.mean, mean_stroke(u))];
    for (value, stroke) in lines.iter().filter_map(|(v, s)| Some((v.as_ref()?, s))) {
        let x = x_of(*value);
        let halo = Stroke::solid(palette::BACKGROUND, stroke.width_px + 3.0 * u);
        scene.line(pt(x, plot_bottom), pt(x, plot_top), halo);
    }
    for (value, stroke) in lines.iter().filter_map(|(v, s)| Some((v.as_ref()?, s))) {
        let x = x_of(*value);
        scene.line(pt(x, plot_bottom), pt(x, plot_top), *stroke);
    }

    // The poles under the tick labels, each in its half of the axis.
    y = plot_bottom + 9.0 * u + tick.line_height() + 6.0 * u;
    let pole = TextStyle::new(style.label_px, palette::TEXT).bold();
    let half = plot_width / 2.0 - 12.0 * u;
    let left = pole.wrap(scale.poles[0], half, 2);
    let right = pole.wrap(scale.poles[1], half, 2);
    let left_height = pole.draw(scene, &left, plot_left, y);
    let right_height = pole.anchor(Anchor::End).draw(scene, &right, plot_right, y);
    y += left_height.max(right_height) + 10.0 * u;

    if let Some(sd) = data.sd {
        y += note(
            scene,
            style,
            frame,
            y,
            &format!("{} = {}", tr.sd, style.decimal(sd)),
        );
    }
    y - frame.top
}

fn mean_stroke(unit: f32) -> Stroke {
    Stroke::solid(palette::MEAN, 2.5 * unit)
}

fn median_stroke(unit: f32) -> Stroke {
    Stroke::dashed(palette::MEDIAN, 2.5 * unit, (7.0 * unit, 5.0 * unit))
}

/// "━ gemiddelde 63,5   ┅ mediaan 60,0" with line samples; returns its
/// height (one line, or nothing when there are no values).
fn legend(
    scene: &mut Scene,
    style: &Style,
    frame: &PanelFrame,
    data: &HistogramData,
    top: f32,
) -> f32 {
    let u = style.unit;
    let label = TextStyle::new(style.label_px, palette::TEXT);
    let sample = 26.0 * u;
    let centre = top + label.line_height() / 2.0;
    let mut x = frame.x;
    let mut any = false;
    for entry in crate::charts::text::histogram_legend(data) {
        let stroke = match entry {
            LegendEntry::Median(_) => median_stroke(u),
            _ => mean_stroke(u),
        };
        let text = entry.text(style.language);
        let room = frame.x + frame.width_px - x - sample - 8.0 * u;
        if room < label.width("…") * 3.0 {
            break;
        }
        let text = crate::export::fonts::ellipsize(&text, room, label.size_px, label.weight);
        scene.line(pt(x, centre), pt(x + sample, centre), stroke);
        let text_x = x + sample + 8.0 * u;
        scene.push(
            label
                .text(&text, pt(text_x, centre))
                .baseline(Baseline::Middle),
        );
        x = text_x + label.width(&text) + 28.0 * u;
        any = true;
    }
    if any {
        label.line_height() + 16.0 * u
    } else {
        0.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn y_ticks_give_at_most_six_intervals() {
        assert_eq!(tick_step(23.0), 5.0);
        assert_eq!(tick_step(12.5), 5.0);
        assert_eq!(tick_step(5.5), 1.0);
        assert_eq!(tick_step(100.0), 20.0);
        assert_eq!(
            max_percent(
                &HistogramData {
                    values: vec![],
                    edges: vec![],
                    counts: vec![1, 3],
                    mean: None,
                    median: None,
                    sd: None,
                    ranks: None,
                },
                4
            ),
            75.0
        );
    }
}
