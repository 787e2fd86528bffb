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

/// Colours for the options of a choice question (Okabe–Ito, then Tol's
/// muted hues for questions with more than eight options).
pub const CATEGORIES: [Color32; 12] = [
    Color32::from_rgb(230, 159, 0),
    Color32::from_rgb(86, 180, 233),
    Color32::from_rgb(0, 158, 115),
    Color32::from_rgb(204, 121, 167),
    Color32::from_rgb(0, 114, 178),
    Color32::from_rgb(213, 94, 0),
    Color32::from_rgb(240, 228, 66),
    Color32::from_rgb(153, 153, 153),
    Color32::from_rgb(136, 34, 85),
    Color32::from_rgb(68, 170, 153),
    Color32::from_rgb(17, 119, 51),
    Color32::from_rgb(170, 68, 153),
];

/// The colour of option `index`.
pub fn category(index: usize) -> Color32 {
    CATEGORIES[index % CATEGORIES.len()]
}
