//! A choice question's bars as a scene: one row per option in the
//! question's order — label | bar | "percent (count)", or "count (percent)"
//! when the chart shows counts (`BarValue`) — with the bar length on a
//! scale shared by the panels, and a note under the bars saying what the
//! numbers are (for multiple choice: percentages do not add up to 100).

use crate::charts::text::Note;
use crate::charts::{BarValue, BarsData, Mark};

use super::fonts;
use super::layout::{PanelFrame, Style};
use super::palette;
use super::panel::note;
use super::scene::{Anchor, Area, Baseline, Rect, Scene, Stroke, pt};
use super::text_style::TextStyle;

/// Lines an option label may take before it is shortened.
const MAX_LABEL_LINES: usize = 2;

/// What the bar panels of one chart share: one length scale, one label
/// column and one value column, so rows line up across panels.
#[derive(Clone, Debug)]
pub(super) struct BarsScale {
    /// The longest bar of any panel, in the bars' unit (percent or count).
    pub max_length: f64,
    pub label_width_px: f32,
    pub value_width_px: f32,
}

impl BarsScale {
    /// The shared scale of `bars`; `None` when there are none.
    pub fn of(bars: &[&BarsData], style: &Style, panel_width_px: f32) -> Option<Self> {
        let first = bars.first()?;
        let label = label_style(style);
        let value = value_style(style);
        let widest_label = first
            .labels
            .iter()
            .map(|l| label.width(l))
            .fold(0.0, f32::max);
        let value_width_px = bars
            .iter()
            .flat_map(|b| (0..b.labels.len()).map(|i| value_text(style, b, i)))
            .map(|text| value.width(&text))
            .fold(0.0, f32::max);
        Some(Self {
            max_length: bars.iter().map(|b| b.max_length()).fold(0.0, f64::max),
            label_width_px: widest_label.min(panel_width_px * 0.36),
            value_width_px,
        })
    }
}

fn label_style(style: &Style) -> TextStyle {
    TextStyle::new(style.label_px, palette::TEXT)
}

fn value_style(style: &Style) -> TextStyle {
    TextStyle::new(style.tick_px, palette::MUTED)
}

/// "61,7% (1.234)", or "1.234 (61,7%)" when the bars show counts.
fn value_text(style: &Style, data: &BarsData, i: usize) -> String {
    let count = style.count(data.counts.get(i).copied().unwrap_or(0));
    let percent = format!(
        "{}%",
        style.decimal(data.percents.get(i).copied().unwrap_or(0.0))
    );
    match data.value {
        BarValue::Percent | BarValue::Mentions => format!("{percent} ({count})"),
        BarValue::Counts => format!("{count} ({percent})"),
    }
}

/// Where the bars of a panel lie: option bars here, word bars in `words`.
pub(super) struct BarColumn {
    /// The x where every bar starts.
    pub left: f32,
    /// The length of the longest bar.
    pub space: f32,
    /// The height of a bar.
    pub thickness: f32,
    unit: f32,
}

impl BarColumn {
    /// Bars from `left`, as long as `frame` allows with room for a value
    /// `value_width_px` wide after the longest.
    pub fn new(
        style: &Style,
        frame: &PanelFrame,
        left: f32,
        value_width_px: f32,
        thickness: f32,
    ) -> Self {
        let u = style.unit;
        Self {
            left,
            space: (frame.x + frame.width_px - left - 10.0 * u - value_width_px).max(20.0 * u),
            thickness,
            unit: u,
        }
    }

    /// One row's bar, `length` of `max` long (none at 0), centred on
    /// `centre` in `frame`'s colour, and `text` after it in `value`;
    /// returns the bar's length in pixels.
    pub fn bar_and_value(
        &self,
        scene: &mut Scene,
        frame: &PanelFrame,
        value: &TextStyle,
        centre: f32,
        (length, max): (f64, f64),
        text: &str,
    ) -> f32 {
        let u = self.unit;
        let length = if max > 0.0 {
            (length / max) as f32 * self.space
        } else {
            0.0
        };
        if length > 0.0 {
            scene.push(Rect {
                x: self.left,
                y: centre - self.thickness / 2.0,
                width_px: length,
                height_px: self.thickness,
                corner_radius_px: 2.0 * u,
                fill: Some(frame.color),
                stroke: None,
            });
        }
        // Shared widths make the value fit; shorten anyway rather than spill.
        let value_x = self.left + length + 8.0 * u;
        let room = frame.x + frame.width_px - value_x;
        let text = fonts::ellipsize(text, room, value.size_px, value.weight);
        scene.push(
            value
                .text(&text, pt(value_x, centre))
                .baseline(Baseline::Middle),
        );
        length
    }
}

/// Draws the bars in `frame`; returns their height.
pub(super) fn bars_panel(
    scene: &mut Scene,
    style: &Style,
    frame: &PanelFrame,
    data: &BarsData,
    scale: &BarsScale,
) -> f32 {
    let u = style.unit;
    let label = label_style(style).anchor(Anchor::End);
    let value = value_style(style);
    let label_gap = 12.0 * u;
    let bar_left = frame.x + scale.label_width_px + label_gap;
    let thickness = style.label_px * 1.25;
    let column = BarColumn::new(style, frame, bar_left, scale.value_width_px, thickness);
    let padding = 7.0 * u;
    let mut y = frame.top;
    for (i, text) in data.labels.iter().enumerate() {
        let lines = label.wrap(text, scale.label_width_px, MAX_LABEL_LINES);
        let row_height = (label.line_height() * lines.len() as f32).max(thickness) + 2.0 * padding;
        let centre = y + row_height / 2.0;
        let block = label.line_height() * lines.len() as f32;
        label.draw(scene, &lines, bar_left - label_gap, centre - block / 2.0);
        let bar = (data.length(i), scale.max_length);
        column.bar_and_value(
            scene,
            frame,
            &value,
            centre,
            bar,
            &value_text(style, data, i),
        );
        // The whole row holds the option's stories: label, bar and value.
        let row = Area {
            x: frame.x,
            y,
            width_px: frame.width_px,
            height_px: row_height,
        };
        let mark = Mark::Option {
            option: data.option_of_bar(i),
        };
        let count = data.counts.get(i).copied().unwrap_or(0);
        scene.hit(row, mark, text.clone(), count);
        y += row_height;
    }
    scene.line(
        pt(bar_left, frame.top),
        pt(bar_left, y),
        Stroke::solid(palette::AXIS, 1.2 * u),
    );
    y += 14.0 * u;
    let text = Note::bars(data).text(style.language);
    y += note(scene, style, frame, y, &text);
    y - frame.top
}
