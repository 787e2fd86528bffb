//! Colours of the exports: the screen's Okabe–Ito hues, copied from
//! `ui::palette` (which is built on egui's `Color32` and so cannot be used
//! outside `ui`; keep the two in step), plus the greys of a printed page.

use super::scene::Rgba;

/// Dots and bars of the whole set (Okabe–Ito blue).
pub const WHOLE: Rgba = Rgba::rgb(0, 114, 178);
/// Dots and bars of the selection (Okabe–Ito reddish purple), apart from
/// the mean's orange and the median's green.
pub const SELECTION: Rgba = Rgba::rgb(204, 121, 167);
/// The geometric mean and the mean line (Okabe–Ito vermillion).
pub const MEAN: Rgba = Rgba::rgb(213, 94, 0);
/// The median line and the arithmetic mean mark (Okabe–Ito bluish green).
pub const MEDIAN: Rgba = Rgba::rgb(0, 158, 115);

pub const BACKGROUND: Rgba = Rgba::WHITE;
/// Titles, labels and numbers.
pub const TEXT: Rgba = Rgba::rgb(33, 37, 41);
/// Secondary text: n, axis ticks, notes.
pub const MUTED: Rgba = Rgba::rgb(96, 101, 107);
/// Axis lines and the triangle's outline.
pub const AXIS: Rgba = Rgba::rgb(110, 115, 122);
/// Grid lines.
pub const GRID: Rgba = Rgba::rgb(222, 225, 229);
/// Panels that hold no chart ("too few stories").
pub const PLACEHOLDER: Rgba = Rgba::rgb(244, 245, 247);

/// Colour for `n` dots drawn on top of each other: fainter when many, so
/// that density stays visible (the same steps as the screen's
/// `ui::palette::dot_color`).
pub fn dot_color(base: Rgba, n: usize) -> Rgba {
    let alpha = match n {
        0..=300 => 210,
        301..=1500 => 150,
        1501..=6000 => 90,
        _ => 40,
    };
    base.with_alpha(alpha)
}
