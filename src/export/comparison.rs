//! How the selection differs from the rest, in words under the panels:
//! "De selectie verschilt van de rest: χ² = 41,20, df = 5, p < 0,001." or
//! the Mann–Whitney sentence, and for cross-tabs the cells whose residual
//! tells a different story ("ik zelf × leraren: +6,2 → +16,2") — the same
//! sentences as the screen's, from the same i18n keys.

use crate::charts::{ChartData, Comparison, ComparisonTest};
use crate::i18n::{self, Language};

use super::layout::Style;
use super::palette;
use super::scene::Scene;
use super::text_style::TextStyle;

/// Changed cells named at most; the screen shows as many.
const CHANGED_CELLS_SHOWN: usize = 6;

/// The sentences for `comparison`: the test, then the changed cells.
pub fn sentences(comparison: &Comparison, language: Language) -> Vec<String> {
    let tr = language.strings();
    let significant = |p: f64| p < 0.05;
    let mut out = Vec::new();
    match &comparison.test {
        Some(ComparisonTest::Chi2 { chi2, df, p }) => {
            let template = if significant(*p) {
                tr.differs_chi2
            } else {
                tr.same_chi2
            };
            let chi2 = i18n::format_decimal(language, *chi2, 2);
            let p = i18n::format_p(language, *p);
            out.push(i18n::fill(
                template,
                &[("chi2", &chi2), ("df", df), ("p", &p)],
            ));
        }
        Some(ComparisonTest::MannWhitney { u, p, .. }) => {
            let template = if significant(*p) {
                tr.differs_mwu
            } else {
                tr.same_mwu
            };
            let u = i18n::format_decimal(language, *u, 1);
            let p = i18n::format_p(language, *p);
            out.push(i18n::fill(template, &[("u", &u), ("p", &p)]));
        }
        None => {}
    }
    if !comparison.changed_cells.is_empty() {
        let cells: Vec<String> = comparison
            .changed_cells
            .iter()
            .take(CHANGED_CELLS_SHOWN)
            .map(|c| {
                format!(
                    "{} × {}: {} → {}",
                    c.row,
                    c.column,
                    signed(language, c.whole),
                    signed(language, c.selection)
                )
            })
            .collect();
        out.push(format!("{}: {}.", tr.changed_cells, cells.join("; ")));
    }
    out
}

/// "+6,2" or "−4,3" (a real minus sign).
pub(super) fn signed(language: Language, z: f64) -> String {
    let text = i18n::format_decimal(language, z.abs(), 1);
    if z < 0.0 {
        format!("−{text}")
    } else {
        format!("+{text}")
    }
}

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
    for (i, sentence) in sentences(comparison, style.language).iter().enumerate() {
        if i > 0 {
            y += 6.0 * style.unit;
        }
        let lines = text.wrap(sentence, width_px, 4);
        y += text.draw(scene, &lines, x, y);
    }
    y - top
}
