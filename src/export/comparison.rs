//! How the selection differs from the rest, in words under the panels:
//! "De selectie verschilt van de rest: χ² = 41,20, df = 5, p < 0,001." and
//! the cross-tab cells whose residual tells a different story — the
//! sentences of [`crate::charts::text::comparison_sentences`], laid out.

use crate::charts::ChartData;
use crate::charts::text::comparison_sentences;

use super::layout::Style;
use super::palette;
use super::scene::Scene;
use super::text_style::TextStyle;

/// Draws the sentences of `data`'s comparison in the band `(x, top,
/// width)`; returns their height (0 without a comparison).
pub(super) fn draw(
    scene: &mut Scene,
    style: &Style,
    data: &ChartData,
    (x, top, width_px): (f32, f32, f32),
) -> f32 {
    let Some(comparison) = &data.comparison else {
        return 0.0;
    };
    let text = TextStyle::new(style.label_px, palette::TEXT);
    let mut y = top;
    for (i, sentence) in comparison_sentences(comparison, style.language)
        .iter()
        .enumerate()
    {
        if i > 0 {
            y += 6.0 * style.unit;
        }
        let lines = text.wrap(sentence, width_px, 4);
        y += text.draw(scene, &lines, x, y);
    }
    if let Some(keyness) = &comparison.keyness {
        let gap = if y > top { 14.0 * style.unit } else { 0.0 };
        let height = super::words::keyness_chart(scene, style, keyness, (x, y + gap, width_px));
        if height > 0.0 {
            y += gap + height;
        }
    }
    y - top
}
