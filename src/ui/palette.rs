//! Colours shared by the chart views, chosen to read on light and dark
//! backgrounds and for colour-blind viewers (Okabe–Ito hues).

use egui::Color32;

/// Dots and bars of the whole set.
pub const WHOLE: Color32 = Color32::from_rgb(0, 114, 178);
/// The geometric mean and the mean line.
pub const MEAN: Color32 = Color32::from_rgb(213, 94, 0);
/// The median line and the arithmetic mean mark.
pub const MEDIAN: Color32 = Color32::from_rgb(0, 158, 115);

/// Colour for `n` dots drawn on top of each other: fainter when many, so
/// that density stays visible.
pub fn dot_color(base: Color32, n: usize) -> Color32 {
    let alpha = match n {
        0..=300 => 210,
        301..=1500 => 150,
        1501..=6000 => 90,
        _ => 40,
    };
    Color32::from_rgba_unmultiplied(base.r(), base.g(), base.b(), alpha)
}
