//! Dots coloured by a choice question: each point's colour and the legend
//! naming the options ("Uw rolsoort: ● ouder/verzorger (n = 120) ● …").

use crate::charts::ColourBy;
use crate::i18n;

use super::layout::{PanelFrame, Style};
use super::palette;
use super::scene::{Anchor, Baseline, Circle, Rgba, Scene, pt};
use super::text_style::TextStyle;

/// The colour of point `k` (grey without an option), faded for many dots.
pub(super) fn dot_color(colour: &ColourBy, k: usize) -> Rgba {
    let base = match colour.options.get(k).copied().flatten() {
        Some(option) => palette::category(usize::from(option)),
        None => palette::MUTED,
    };
    palette::dot_color(base, colour.options.len())
}

/// Draws the legend at `top`, wrapping entries to the frame; returns its
/// height.
pub(super) fn legend(
    scene: &mut Scene,
    style: &Style,
    frame: &PanelFrame,
    top: f32,
    colour: &ColourBy,
) -> f32 {
    let u = style.unit;
    let text = TextStyle::new(style.tick_px, palette::TEXT);
    let row_height = text.line_height() + 4.0 * u;
    let dot = 5.0 * u;
    let mut x = frame.x;
    let mut y = top;
    let title = format!("{}:", colour.title);
    scene.push(
        text.bold()
            .anchor(Anchor::Start)
            .text(&title, pt(x, y + row_height / 2.0))
            .baseline(Baseline::Middle),
    );
    x += text.bold().width(&title) + 10.0 * u;
    for (k, (label, &count)) in colour.labels.iter().zip(&colour.counts).enumerate() {
        let entry = format!(
            "{label} (n = {})",
            i18n::format_count(style.language, count)
        );
        let width = 2.0 * dot + 6.0 * u + text.width(&entry) + 14.0 * u;
        if x + width > frame.x + frame.width_px && x > frame.x {
            x = frame.x;
            y += row_height;
        }
        let centre = y + row_height / 2.0;
        scene.push(Circle {
            centre: pt(x + dot, centre),
            radius_px: dot,
            fill: Some(palette::category(k)),
            stroke: None,
        });
        scene.push(
            text.text(&entry, pt(x + 2.0 * dot + 6.0 * u, centre))
                .baseline(Baseline::Middle),
        );
        x += width;
    }
    y + row_height - top
}
