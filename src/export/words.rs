//! A text question as a scene: per panel the words most stories use (label
//! | bar | "61,7% (1.234)", on one scale for both panels), and under the
//! panels the keyness of the selection: a diverging bar per term, right
//! for words the selection uses more often than the rest, left for less,
//! the length its Log Ratio, grey when not significant after the
//! Benjamini–Hochberg correction.

use crate::charts::text::Note;
use crate::charts::{KeynessData, Mark, WordsData};

use super::bars::BarColumn;
use super::fonts;
use super::layout::{PanelFrame, Style};
use super::palette;
use super::panel::note;
use super::scene::{Anchor, Area, Baseline, Rect, Scene, Stroke, pt};
use super::text_style::TextStyle;

/// q from which a key term is drawn grey.
const ALPHA: f64 = 0.05;

/// Draws the words of one panel in `frame`; `max_percent` is the longest
/// bar of any panel. Returns the height.
pub(super) fn words_panel(
    scene: &mut Scene,
    style: &Style,
    frame: &PanelFrame,
    data: &WordsData,
    max_percent: f64,
) -> f32 {
    let u = style.unit;
    let label = TextStyle::new(style.label_px, palette::TEXT).anchor(Anchor::End);
    let value = TextStyle::new(style.tick_px, palette::MUTED);
    let label_width = data
        .terms
        .iter()
        .map(|t| label.width(&t.label))
        .fold(0.0, f32::max)
        .min(frame.width_px * 0.36);
    let value_width = value.width("100,0% (100.000)");
    let bar_left = frame.x + label_width + 12.0 * u;
    let thickness = style.label_px * 1.1;
    let column = BarColumn::new(style, frame, bar_left, value_width, thickness);
    let row_height = label.line_height().max(thickness) + 10.0 * u;
    let mut y = frame.top;
    for term in &data.terms {
        let centre = y + row_height / 2.0;
        let text = fonts::ellipsize(&term.label, label_width, label.size_px, label.weight);
        scene.push(
            label
                .text(&text, pt(bar_left - 12.0 * u, centre))
                .baseline(Baseline::Middle),
        );
        let shown = format!(
            "{}% ({})",
            style.decimal(term.percent),
            style.count(term.stories as u64)
        );
        column.bar_and_value(
            scene,
            frame,
            &value,
            centre,
            (term.percent, max_percent),
            &shown,
        );
        let row = Area {
            x: frame.x,
            y,
            width_px: frame.width_px,
            height_px: row_height,
        };
        let mark = Mark::Term {
            term: term.term.clone(),
        };
        scene.hit(row, mark, term.label.clone(), term.stories as u64);
        y += row_height;
    }
    scene.line(
        pt(bar_left, frame.top),
        pt(bar_left, y),
        Stroke::solid(palette::AXIS, u),
    );
    y += 10.0 * u;
    let text = Note::Words {
        stemmed: data.stemmed,
        phrases: data.phrases,
    }
    .text(style.language);
    y += note(scene, style, frame, y, &text);
    y - frame.top
}

/// Draws the keyness chart in the band `(x, top, width)`; returns its
/// height (0 without key terms).
pub(super) fn keyness_chart(
    scene: &mut Scene,
    style: &Style,
    keyness: &KeynessData,
    (x, top, width): (f32, f32, f32),
) -> f32 {
    if keyness.terms.is_empty() {
        return 0.0;
    }
    let u = style.unit;
    let tr = style.tr();
    let heading = TextStyle::new(style.label_px, palette::TEXT).bold();
    let label = TextStyle::new(style.label_px, palette::TEXT);
    let value = TextStyle::new(style.tick_px, palette::MUTED);
    let mut y = top;
    let lines = heading.wrap(tr.keyness_heading, width, 2);
    y += heading.draw(scene, &lines, x, y) + 8.0 * u;

    let centre_x = x + width / 2.0;
    // Each side: label and values beside the bar, the bar towards the axis.
    let max_ratio = keyness
        .terms
        .iter()
        .map(|t| t.log_ratio.abs())
        .fold(0.0, f64::max)
        .max(1.0);
    let half = width / 2.0;
    let bar_space = half * 0.42;
    let thickness = style.label_px * 1.0;
    let row_height = label.line_height().max(thickness) + 8.0 * u;
    let axis_top = y;
    for term in &keyness.terms {
        let centre = y + row_height / 2.0;
        let over = term.g2 > 0.0;
        let significant = term.q < ALPHA;
        let fill = match (significant, over) {
            (false, _) => palette::GRID,
            (true, true) => palette::SELECTION,
            (true, false) => palette::WHOLE,
        };
        let length = (term.log_ratio.abs() / max_ratio) as f32 * bar_space;
        let bar_x = if over { centre_x } else { centre_x - length };
        scene.push(Rect {
            x: bar_x,
            y: centre - thickness / 2.0,
            width_px: length,
            height_px: thickness,
            corner_radius_px: 2.0 * u,
            fill: Some(fill),
            stroke: None,
        });
        let shown = format!(
            "{} · {}% / {}%",
            term.label,
            style.decimal(term.selection_percent),
            style.decimal(term.rest_percent)
        );
        let room = half - length - 12.0 * u;
        let text_style = if significant { label } else { value };
        let shown = fonts::ellipsize(&shown, room, text_style.size_px, text_style.weight);
        let text = if over {
            text_style
                .text(&shown, pt(centre_x + length + 8.0 * u, centre))
                .baseline(Baseline::Middle)
        } else {
            text_style
                .anchor(Anchor::End)
                .text(&shown, pt(centre_x - length - 8.0 * u, centre))
                .baseline(Baseline::Middle)
        };
        scene.push(text);
        let row = Area {
            x,
            y,
            width_px: width,
            height_px: row_height,
        };
        let mark = Mark::Term {
            term: term.term.clone(),
        };
        let count = (term.selection_stories + term.rest_stories) as u64;
        scene.hit(row, mark, term.label.clone(), count);
        y += row_height;
    }
    scene.line(
        pt(centre_x, axis_top),
        pt(centre_x, y),
        Stroke::solid(palette::AXIS, u),
    );
    y += 8.0 * u;
    y += footer(scene, style, keyness, (x, y, width));
    y - top
}

/// "← less often | more often in the selection →" under the axis, and how
/// to read the chart; returns the height.
fn footer(
    scene: &mut Scene,
    style: &Style,
    keyness: &KeynessData,
    (x, top, width): (f32, f32, f32),
) -> f32 {
    let (u, tr) = (style.unit, style.tr());
    let centre_x = x + width / 2.0;
    let mut y = top;
    let side = TextStyle::new(style.note_px, palette::MUTED);
    scene.push(
        side.anchor(Anchor::End)
            .text(tr.keyness_less, pt(centre_x - 8.0 * u, y))
            .baseline(Baseline::Top),
    );
    scene.push(
        side.text(tr.keyness_more, pt(centre_x + 8.0 * u, y))
            .baseline(Baseline::Top),
    );
    y += side.line_height() + 6.0 * u;
    let frame = PanelFrame {
        x,
        top: y,
        width_px: width,
        color: palette::TEXT,
    };
    let text = Note::Keyness {
        tested: keyness.tested,
    }
    .text(style.language);
    y += note(scene, style, &frame, y, &text);
    y - top
}
