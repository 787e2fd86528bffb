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

/// The picture's background.
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

/// Colours for the options of a choice question: Okabe–Ito without its
/// vermillion and bluish green — those mark the mean and the median, drawn
/// on top of the dots — and without its orange, which colour-blind viewers
/// confuse with the vermillion; then Tol's hues (muted, light) for
/// questions with more options. Every hue stays far from the mean and
/// median marks, also as deuteranopes and protanopes see them (see the
/// test below).
pub const CATEGORIES: [Rgba; 10] = [
    Rgba::rgb(86, 180, 233),
    Rgba::rgb(204, 121, 167),
    Rgba::rgb(0, 114, 178),
    Rgba::rgb(240, 228, 66),
    Rgba::rgb(136, 34, 85),
    Rgba::rgb(51, 34, 136),
    Rgba::rgb(187, 187, 187),
    Rgba::rgb(221, 204, 119),
    Rgba::rgb(170, 68, 153),
    Rgba::rgb(153, 221, 255),
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

/// Text colour that reads on `fill`: of [`TEXT`] and white the one with
/// the higher contrast, or black where neither reaches
/// [`MIN_TEXT_CONTRAST`] (fills of mid luminance, where dark grey and
/// white both fall just short).
pub fn text_on(fill: Rgba) -> Rgba {
    let on_fill = |text: Rgba| contrast_ratio(text, fill);
    let best = if on_fill(Rgba::WHITE) > on_fill(TEXT) {
        Rgba::WHITE
    } else {
        TEXT
    };
    if on_fill(best) >= MIN_TEXT_CONTRAST {
        best
    } else {
        Rgba::rgb(0, 0, 0)
    }
}

/// WCAG AA for body text.
pub const MIN_TEXT_CONTRAST: f64 = 4.5;

/// The WCAG 2 contrast ratio of two opaque colours (1 to 21).
pub fn contrast_ratio(a: Rgba, b: Rgba) -> f64 {
    let channel = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.040_45 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    let luminance = |c: Rgba| 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// sRGB channel to linear light.
    fn linear(c: u8) -> f64 {
        let c = f64::from(c) / 255.0;
        if c <= 0.040_45 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    }

    /// CIE L*a*b* (D65) of linear RGB.
    fn lab([r, g, b]: [f64; 3]) -> [f64; 3] {
        let x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.950_47;
        let y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        let z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.088_83;
        let f = |t: f64| {
            if t > 216.0 / 24389.0 {
                t.cbrt()
            } else {
                (24389.0 / 27.0 * t + 16.0) / 116.0
            }
        };
        let (fx, fy, fz) = (f(x), f(y), f(z));
        [116.0 * fy - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz)]
    }

    /// Full deuteranopia and protanopia (Machado, Oliveira & Fernandes
    /// 2009, severity 1), on linear RGB.
    const DEUTERANOPIA: [[f64; 3]; 3] = [
        [0.367_322, 0.860_646, -0.227_968],
        [0.280_085, 0.672_501, 0.047_413],
        [-0.011_820, 0.042_940, 0.968_881],
    ];
    const PROTANOPIA: [[f64; 3]; 3] = [
        [0.152_286, 1.052_583, -0.204_868],
        [0.114_503, 0.786_281, 0.099_216],
        [-0.003_882, -0.048_116, 1.051_998],
    ];

    /// `colour` in Lab as seen through `vision` (none: normal vision).
    fn seen(colour: Rgba, vision: Option<&[[f64; 3]; 3]>) -> [f64; 3] {
        let rgb = [linear(colour.r), linear(colour.g), linear(colour.b)];
        let rgb = match vision {
            None => rgb,
            Some(m) => m.map(|row| (0..3).map(|j| row[j] * rgb[j]).sum::<f64>().clamp(0.0, 1.0)),
        };
        lab(rgb)
    }

    /// CIE76 ΔE between two colours as seen through `vision`.
    fn delta_e(a: Rgba, b: Rgba, vision: Option<&[[f64; 3]; 3]>) -> f64 {
        let (a, b) = (seen(a, vision), seen(b, vision));
        (0..3).map(|i| (a[i] - b[i]).powi(2)).sum::<f64>().sqrt()
    }

    #[test]
    fn contrast_ratio_matches_wcag_examples() {
        // Black on white is 21:1; #767676 on white is the AA limit, 4.54:1.
        let white = Rgba::WHITE;
        assert!((contrast_ratio(Rgba::rgb(0, 0, 0), white) - 21.0).abs() < 1e-9);
        let grey = contrast_ratio(Rgba::rgb(0x76, 0x76, 0x76), white);
        assert!((grey - 4.54).abs() < 0.01, "{grey}");
    }

    #[test]
    fn cell_text_reads_on_every_residual_fill() {
        // Through the whole ramp, where dark grey and white both fell
        // short around |z| = 2.5 before black was the fallback.
        let mut worst = f64::INFINITY;
        for k in -600..=600 {
            let fill = residual_color(f64::from(k) / 100.0);
            worst = worst.min(contrast_ratio(text_on(fill), fill));
        }
        assert!(worst >= MIN_TEXT_CONTRAST, "{worst:.2}:1");
        // TEXT or white alone would not do on every fill.
        let short = (-600..=600)
            .map(|k| residual_color(f64::from(k) / 100.0))
            .any(|fill| {
                contrast_ratio(TEXT, fill).max(contrast_ratio(Rgba::WHITE, fill))
                    < MIN_TEXT_CONTRAST
            });
        assert!(short, "the black fallback is needed somewhere");
    }

    #[test]
    fn delta_e_matches_a_known_pair() {
        // sRGB red is Lab (53.24, 80.09, 67.20), green (87.73, −86.18, 83.18):
        // CIE76 ΔE = 170.6.
        let d = delta_e(Rgba::rgb(255, 0, 0), Rgba::rgb(0, 255, 0), None);
        assert!((d - 170.58).abs() < 0.1, "{d}");
    }

    #[test]
    fn category_colours_stay_apart_from_the_mean_and_median_marks() {
        for (k, &colour) in CATEGORIES.iter().enumerate() {
            for (mark, name) in [(MEAN, "mean"), (MEDIAN, "median")] {
                let normal = delta_e(colour, mark, None);
                assert!(
                    normal >= 40.0,
                    "category {k} is {normal:.1} from the {name}"
                );
                for (vision, label) in
                    [(&DEUTERANOPIA, "deuteranopia"), (&PROTANOPIA, "protanopia")]
                {
                    let d = delta_e(colour, mark, Some(vision));
                    assert!(
                        d >= 15.0,
                        "category {k} is {d:.1} from the {name} ({label})"
                    );
                }
            }
        }
    }

    #[test]
    fn category_colours_differ_from_each_other() {
        for (i, &a) in CATEGORIES.iter().enumerate() {
            for (j, &b) in CATEGORIES.iter().enumerate().skip(i + 1) {
                let d = delta_e(a, b, None);
                assert!(d >= 15.0, "categories {i} and {j} are {d:.1} apart");
            }
        }
    }
}
