//! Text that reads on a coloured fill: the WCAG 2.x contrast ratio
//! ([`contrast_ratio`], from [`relative_luminance`]) and the choice of a
//! text colour by it ([`readable_text`]). Pure functions of colours, so
//! tests can check every fill a chart can produce.

use egui::Color32;

/// The contrast WCAG 2.x level AA asks of normal-size text.
pub const MIN_TEXT_CONTRAST: f64 = 4.5;

/// WCAG 2.x relative luminance of an opaque sRGB colour (0 black, 1 white).
/// The colour's alpha is ignored: pass what is actually on screen.
pub fn relative_luminance(color: Color32) -> f64 {
    let linear = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.040_45 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * linear(color.r()) + 0.7152 * linear(color.g()) + 0.0722 * linear(color.b())
}

/// WCAG 2.x contrast ratio of two opaque colours, from 1 (same) to 21
/// (black and white); symmetric.
pub fn contrast_ratio(a: Color32, b: Color32) -> f64 {
    let (la, lb) = (relative_luminance(a), relative_luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// The text colour for an opaque `fill`: `preferred` (the theme's text
/// colour) when it reaches [`MIN_TEXT_CONTRAST`], else black or white,
/// whichever contrasts more. One of black and white always reaches 4.58:1
/// (the worst fill, luminance √(1.05 · 0.05) − 0.05, is √21 from both).
pub fn readable_text(fill: Color32, preferred: Color32) -> Color32 {
    let preferred = preferred.to_opaque();
    if contrast_ratio(preferred, fill) >= MIN_TEXT_CONTRAST {
        return preferred;
    }
    if contrast_ratio(Color32::BLACK, fill) >= contrast_ratio(Color32::WHITE, fill) {
        Color32::BLACK
    } else {
        Color32::WHITE
    }
}

/// `color` at opacity `alpha` (0–1) laid over an opaque `background`, as
/// one opaque colour (blended in sRGB, as egui blends).
pub fn over(color: Color32, alpha: f32, background: Color32) -> Color32 {
    let alpha = alpha.clamp(0.0, 1.0);
    let mix = |c: u8, b: u8| {
        let value = f32::from(c) * alpha + f32::from(b) * (1.0 - alpha);
        // In 0..=255 as a mix of two bytes; the cast only drops the fraction.
        value.round() as u8
    };
    Color32::from_rgb(
        mix(color.r(), background.r()),
        mix(color.g(), background.g()),
        mix(color.b(), background.b()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64, tolerance: f64) -> bool {
        (a - b).abs() <= tolerance
    }

    #[test]
    fn known_wcag_ratios() {
        // Reference values as the WebAIM contrast checker gives them.
        assert!(close(
            contrast_ratio(Color32::WHITE, Color32::BLACK),
            21.0,
            1e-9
        ));
        assert!(close(
            contrast_ratio(Color32::BLACK, Color32::WHITE),
            21.0,
            1e-9
        ));
        assert!(close(
            contrast_ratio(Color32::RED, Color32::RED),
            1.0,
            1e-12
        ));
        let grey = Color32::from_gray(0x77);
        assert!(close(contrast_ratio(grey, Color32::WHITE), 4.48, 0.005));
        // #767676 is the lightest grey that passes AA on white: 4.54:1.
        let grey = Color32::from_gray(0x76);
        assert!(close(contrast_ratio(grey, Color32::WHITE), 4.54, 0.005));
        // Pure blue on white 8.59:1, pure red on white 4.00:1.
        let blue = Color32::from_rgb(0, 0, 255);
        assert!(close(contrast_ratio(blue, Color32::WHITE), 8.59, 0.005));
        assert!(close(
            contrast_ratio(Color32::RED, Color32::WHITE),
            4.00,
            0.005
        ));
    }

    #[test]
    fn luminance_of_the_primaries() {
        assert!(close(relative_luminance(Color32::BLACK), 0.0, 1e-12));
        assert!(close(relative_luminance(Color32::WHITE), 1.0, 1e-12));
        assert!(close(
            relative_luminance(Color32::from_rgb(0, 255, 0)),
            0.7152,
            1e-12
        ));
    }

    #[test]
    fn the_preferred_colour_wins_only_when_it_reads() {
        let grey = Color32::from_gray(140);
        // Light grey on black reads: kept.
        assert_eq!(readable_text(Color32::BLACK, grey), grey);
        // Grey on a dark brown does not (the old cross-tab): white instead.
        let brown = Color32::from_rgb(80, 45, 20);
        assert!(contrast_ratio(grey, brown) < MIN_TEXT_CONTRAST);
        assert_eq!(readable_text(brown, grey), Color32::WHITE);
        // On a bright orange black contrasts more than white.
        let orange = Color32::from_rgb(213, 94, 0);
        assert_eq!(readable_text(orange, Color32::WHITE), Color32::BLACK);
    }

    #[test]
    fn black_or_white_always_reaches_aa() {
        for r in (0..=255).step_by(15) {
            for g in (0..=255).step_by(15) {
                for b in (0..=255).step_by(15) {
                    let fill = Color32::from_rgb(r, g, b);
                    let text = readable_text(fill, Color32::from_gray(128));
                    let ratio = contrast_ratio(text, fill);
                    assert!(ratio >= MIN_TEXT_CONTRAST, "{fill:?}: {ratio:.2}");
                }
            }
        }
    }

    #[test]
    fn over_mixes_towards_the_background() {
        let blue = Color32::from_rgb(0, 114, 178);
        assert_eq!(over(blue, 1.0, Color32::WHITE), blue);
        assert_eq!(over(blue, 0.0, Color32::WHITE), Color32::WHITE);
        assert_eq!(
            over(Color32::WHITE, 0.5, Color32::BLACK),
            Color32::from_gray(128)
        );
    }
}
