//! The chart colours as egui colours: the hues are defined once, in
//! `export::palette` (Okabe–Ito, readable on light and dark backgrounds and
//! for colour-blind viewers), so screen and exports cannot drift apart.

use egui::Color32;

use crate::export::Rgba;
use crate::export::palette as hues;

/// An opaque export colour as an egui colour.
const fn color(c: Rgba) -> Color32 {
    Color32::from_rgb(c.r, c.g, c.b)
}

/// Dots and bars of the whole set.
pub const WHOLE: Color32 = color(hues::WHOLE);
/// The geometric mean and the mean line.
pub const MEAN: Color32 = color(hues::MEAN);
/// The median line and the arithmetic mean mark.
pub const MEDIAN: Color32 = color(hues::MEDIAN);

/// Colour for `n` dots drawn on top of each other: fainter when many, so
/// that density stays visible.
pub fn dot_color(base: Color32, n: usize) -> Color32 {
    Color32::from_rgba_unmultiplied(base.r(), base.g(), base.b(), hues::dot_alpha(n))
}

/// Colours for the options of a choice question.
pub const CATEGORIES: [Color32; hues::CATEGORIES.len()] = {
    let mut colors = [Color32::BLACK; hues::CATEGORIES.len()];
    let mut i = 0;
    while i < colors.len() {
        colors[i] = color(hues::CATEGORIES[i]);
        i += 1;
    }
    colors
};

/// The colour of option `index`.
pub fn category(index: usize) -> Color32 {
    CATEGORIES[index % CATEGORIES.len()]
}

/// A cross-tab cell's fill for adjusted residual `z` on `background`:
/// blue for "more often than expected", vermillion for "less often",
/// stronger up to |z| = 4 — the ramp of `export::palette::residual_color`,
/// laid over the theme's background. Opaque, so that the text colour can
/// be chosen against exactly what is painted.
pub fn residual_fill(z: f64, background: Color32) -> Color32 {
    let strength = (z.abs() / 4.0).min(1.0) as f32;
    let base = if z >= 0.0 { WHOLE } else { MEAN };
    super::contrast::over(base, (30.0 + 200.0 * strength) / 255.0, background)
}
