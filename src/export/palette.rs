//! Colours of the charts: the Okabe–Ito hues (defined here, once, and
//! turned into egui colours by `ui::palette`), plus the greys of a printed
//! page.

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

/// Opacity for `n` dots drawn on top of each other: fainter when many, so
/// that density stays visible (on screen too).
pub fn dot_alpha(n: usize) -> u8 {
    match n {
        0..=300 => 210,
        301..=1500 => 150,
        1501..=6000 => 90,
        _ => 40,
    }
}

/// `base` at the opacity for `n` dots ([`dot_alpha`]).
pub fn dot_color(base: Rgba, n: usize) -> Rgba {
    base.with_alpha(dot_alpha(n))
}

/// Colours for the options of a choice question: Okabe–Ito, then Tol's
/// muted hues for questions with more than eight options.
pub const CATEGORIES: [Rgba; 12] = [
    Rgba::rgb(230, 159, 0),
    Rgba::rgb(86, 180, 233),
    Rgba::rgb(0, 158, 115),
    Rgba::rgb(204, 121, 167),
    Rgba::rgb(0, 114, 178),
    Rgba::rgb(213, 94, 0),
    Rgba::rgb(240, 228, 66),
    Rgba::rgb(153, 153, 153),
    Rgba::rgb(136, 34, 85),
    Rgba::rgb(68, 170, 153),
    Rgba::rgb(17, 119, 51),
    Rgba::rgb(170, 68, 153),
];

/// The colour of option `index`.
pub fn category(index: usize) -> Rgba {
    CATEGORIES[index % CATEGORIES.len()]
}

/// A cross-tab cell's fill for adjusted residual `z`, on the screen's
/// diverging scale: blue for "more often than expected", vermillion for
/// "less often", stronger up to |z| = 4. Opaque (the screen's alpha mixed
/// with white), so that print and PNG agree.
pub fn residual_color(z: f64) -> Rgba {
    let strength = (z.abs() / 4.0).min(1.0) as f32;
    let base = if z >= 0.0 { WHOLE } else { MEAN };
    let alpha = (30.0 + 200.0 * strength) / 255.0;
    base.lighten(1.0 - alpha)
}

/// Text colour that reads on `fill`: white on dark fills, else [`TEXT`].
pub fn text_on(fill: Rgba) -> Rgba {
    let channel = |c: u8| {
        let c = f32::from(c) / 255.0;
        if c <= 0.040_45 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    let luminance = 0.2126 * channel(fill.r) + 0.7152 * channel(fill.g) + 0.0722 * channel(fill.b);
    // Below this, white has the better WCAG contrast ratio.
    if luminance < 0.2 { Rgba::WHITE } else { TEXT }
}
