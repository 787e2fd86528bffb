//! The embedded fonts, text measurement and line breaking.
//!
//! Exports use only the fonts in `assets/fonts/`: Noto Sans (regular and
//! bold) for text and DejaVu Sans for the symbols Noto lacks (≥ − ● ○ →).
//! [`text_width`] measures with the fonts' own advance widths (through
//! `skrifa`, which `usvg` uses too), so layout code can keep every label
//! inside its box; [`wrap`] and [`ellipsize`] break or shorten labels that
//! do not fit. [`font_database`] is the `fontdb` that the PNG renderer
//! gets: these three fonts and nothing from the system.

use std::sync::{Arc, OnceLock};

use resvg::usvg::fontdb;
use skrifa::instance::{LocationRef, Size};
use skrifa::metrics::GlyphMetrics;
use skrifa::{FontRef, MetadataProvider};

use super::scene::Weight;

const NOTO_SANS: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Regular.ttf");
const NOTO_SANS_BOLD: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Bold.ttf");
const DEJAVU_SANS: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");

/// The `font-family` of every text in an export: the embedded fonts by
/// name, then the generic family for viewers that lack them.
pub const FONT_FAMILY: &str = "'Noto Sans', 'DejaVu Sans', sans-serif";

/// Distance between two lines of text, as a multiple of the font size.
pub const LINE_HEIGHT: f32 = 1.28;

/// What a text is shortened with.
const ELLIPSIS: &str = "…";

/// Advance widths of one embedded font, per em.
struct Face {
    font: FontRef<'static>,
    metrics: GlyphMetrics<'static>,
    units_per_em: f32,
}

impl Face {
    fn new(bytes: &'static [u8]) -> Option<Self> {
        let font = FontRef::new(bytes).ok()?;
        let metrics = font.glyph_metrics(Size::unscaled(), LocationRef::default());
        let units_per_em = f32::from(
            font.metrics(Size::unscaled(), LocationRef::default())
                .units_per_em,
        );
        Some(Self {
            font,
            metrics,
            units_per_em: units_per_em.max(1.0),
        })
    }

    /// Width of `c` in ems, or `None` when the font has no glyph for it.
    fn advance_em(&self, c: char) -> Option<f32> {
        let glyph = self.font.charmap().map(c)?;
        Some(self.metrics.advance_width(glyph)? / self.units_per_em)
    }

    fn cap_height_em(&self) -> Option<f32> {
        let metrics = self.font.metrics(Size::unscaled(), LocationRef::default());
        Some(metrics.cap_height? / self.units_per_em)
    }
}

struct Faces {
    regular: Option<Face>,
    bold: Option<Face>,
    fallback: Option<Face>,
}

fn faces() -> &'static Faces {
    static FACES: OnceLock<Faces> = OnceLock::new();
    FACES.get_or_init(|| Faces {
        regular: Face::new(NOTO_SANS),
        bold: Face::new(NOTO_SANS_BOLD),
        fallback: Face::new(DEJAVU_SANS),
    })
}

/// Width in ems of a character no font has, and of everything when the
/// embedded fonts could not be read (a test proves they can).
const UNKNOWN_ADVANCE_EM: f32 = 0.6;

/// The width in pixels of `text` on one line at `size_px`, as the
/// renderer lays it out (kerning aside, which only narrows text). A text
/// with a character Noto Sans lacks (● ≥ →) is set in DejaVu Sans whole.
pub fn text_width(text: &str, size_px: f32, weight: Weight) -> f32 {
    let faces = faces();
    let primary = match weight {
        Weight::Regular => faces.regular.as_ref(),
        Weight::Bold => faces.bold.as_ref(),
    };
    let fallback = faces.fallback.as_ref();
    // usvg sets a whole text in the fallback font as soon as one character
    // is missing from the primary one, so measure the same way.
    let (first, second) = match primary {
        Some(face) if text.chars().all(|c| face.advance_em(c).is_some()) => (primary, fallback),
        _ => (fallback, primary),
    };
    let ems: f32 = text
        .chars()
        .map(|c| {
            first
                .and_then(|face| face.advance_em(c))
                .or_else(|| second.and_then(|face| face.advance_em(c)))
                .unwrap_or(UNKNOWN_ADVANCE_EM)
        })
        .sum();
    ems * size_px
}

/// Whether Noto Sans (in `weight`) has every character of `text`; a text
/// for which it has not is set in DejaVu Sans whole (see [`text_width`]).
pub fn has_glyphs(text: &str, weight: Weight) -> bool {
    let faces = faces();
    let primary = match weight {
        Weight::Regular => faces.regular.as_ref(),
        Weight::Bold => faces.bold.as_ref(),
    };
    primary.is_some_and(|face| text.chars().all(|c| face.advance_em(c).is_some()))
}

/// Height of a capital letter in ems (Noto Sans: 0.714).
pub fn cap_height_em() -> f32 {
    faces()
        .regular
        .as_ref()
        .and_then(Face::cap_height_em)
        .unwrap_or(0.714)
}

/// `text` shortened with "…" so that it fits in `max_width_px`.
pub fn ellipsize(text: &str, max_width_px: f32, size_px: f32, weight: Weight) -> String {
    if text_width(text, size_px, weight) <= max_width_px {
        return text.to_owned();
    }
    let chars: Vec<char> = text.chars().collect();
    // The longest prefix that fits with the ellipsis: binary search, as
    // the width only grows with more characters.
    let (mut low, mut high) = (0, chars.len());
    while low < high {
        let mid = (low + high).div_ceil(2);
        let candidate: String = chars[..mid].iter().collect::<String>() + ELLIPSIS;
        if text_width(&candidate, size_px, weight) <= max_width_px {
            low = mid;
        } else {
            high = mid - 1;
        }
    }
    // Prefer ending at a word when that keeps most of the text:
    // "hoe breed het…" reads better than "hoe breed het ven…".
    let word_end = chars[..low]
        .iter()
        .rposition(|c| c.is_whitespace())
        .filter(|&space| space * 4 >= low * 3);
    let prefix: String = chars[..word_end.unwrap_or(low)].iter().collect();
    format!("{}{ELLIPSIS}", prefix.trim_end())
}

/// `text` broken into at most `max_lines` lines of at most `max_width_px`:
/// at spaces where possible, inside a word when one word alone is too
/// wide; the last line ends in "…" when the text does not fit.
pub fn wrap(
    text: &str,
    max_width_px: f32,
    size_px: f32,
    weight: Weight,
    max_lines: usize,
) -> Vec<String> {
    let fits = |s: &str| text_width(s, size_px, weight) <= max_width_px;
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    for word in text.split_whitespace() {
        let candidate = if current.is_empty() {
            word.to_owned()
        } else {
            format!("{current} {word}")
        };
        if fits(&candidate) {
            current = candidate;
            continue;
        }
        if !current.is_empty() {
            lines.push(std::mem::take(&mut current));
        }
        // A word wider than the box: cut it where it stops fitting.
        let mut rest = word.to_owned();
        while !fits(&rest) {
            let chars: Vec<char> = rest.chars().collect();
            let mut cut = chars.len().saturating_sub(1).max(1);
            while cut > 1 && !fits(&chars[..cut].iter().collect::<String>()) {
                cut -= 1;
            }
            lines.push(chars[..cut].iter().collect());
            rest = chars[cut..].iter().collect();
            if rest.is_empty() {
                break;
            }
        }
        current = rest;
    }
    if !current.is_empty() {
        lines.push(current);
    }
    let max_lines = max_lines.max(1);
    if lines.len() > max_lines {
        let rest = lines[max_lines - 1..].join(" ");
        lines.truncate(max_lines - 1);
        lines.push(ellipsize(&rest, max_width_px, size_px, weight));
    }
    lines
}

/// The fonts the PNG renderer may use: the embedded ones only, never the
/// system's, so an export looks the same on every machine.
pub fn font_database() -> Arc<fontdb::Database> {
    static DATABASE: OnceLock<Arc<fontdb::Database>> = OnceLock::new();
    DATABASE
        .get_or_init(|| {
            let mut database = fontdb::Database::new();
            for bytes in [NOTO_SANS, NOTO_SANS_BOLD, DEJAVU_SANS] {
                database.load_font_source(fontdb::Source::Binary(Arc::new(bytes)));
            }
            database.set_sans_serif_family("Noto Sans");
            Arc::new(database)
        })
        .clone()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_fonts_parse_and_measure() {
        let faces = faces();
        assert!(faces.regular.is_some() && faces.bold.is_some() && faces.fallback.is_some());
        // Noto Sans "H" is 0.742 em wide; bold text is wider.
        let h = text_width("H", 100.0, Weight::Regular);
        assert!((h - 74.2).abs() < 1.0, "{h}");
        assert!(
            text_width("Gevoel", 20.0, Weight::Bold) > text_width("Gevoel", 20.0, Weight::Regular)
        );
        // ● is not in Noto Sans and comes from DejaVu Sans.
        assert!(faces.regular.as_ref().unwrap().advance_em('●').is_none());
        assert!(faces.fallback.as_ref().unwrap().advance_em('●').is_some());
        assert!((cap_height_em() - 0.714).abs() < 0.01);
        assert_eq!(font_database().len(), 3);
    }

    /// Our measure must never be narrower than what usvg sets (the ink is
    /// a little narrower than the advances: side bearings, kerning).
    #[test]
    fn measured_width_bounds_what_the_renderer_sets() {
        use resvg::usvg;
        let options = usvg::Options {
            fontdb: font_database(),
            ..usvg::Options::default()
        };
        for (text, weight) in [
            ("Voorbeeld van goed onderwijs", Weight::Regular),
            ("intern begeleider/zorgcoördinator", Weight::Bold),
            ("n ≥ 20 → ● ○ − 1.234 (61,7%)", Weight::Regular),
            ("≥ 3 jaar", Weight::Bold),
        ] {
            let bold = if weight == Weight::Bold {
                r#" font-weight="bold""#
            } else {
                ""
            };
            let svg = format!(
                r#"<svg xmlns="http://www.w3.org/2000/svg" width="2000" height="100"><text x="10" y="60" font-size="40" font-family="{FONT_FAMILY}"{bold}>{text}</text></svg>"#
            );
            let tree = usvg::Tree::from_str(&svg, &options).unwrap();
            let ink = tree.root().abs_bounding_box().width();
            let measured = text_width(text, 40.0, weight);
            assert!(
                ink <= measured + 0.5,
                "{text}: ink {ink} > measured {measured}"
            );
            assert!(
                ink >= measured - 0.15 * 40.0,
                "{text}: ink {ink} ≪ measured {measured}"
            );
        }
    }

    #[test]
    fn wrap_and_ellipsize_keep_text_inside_the_box() {
        let text = "Voorbeeld van goed onderwijs in het samenwerkingsverband";
        let lines = wrap(text, 120.0, 14.0, Weight::Regular, 3);
        assert!(lines.len() <= 3);
        for line in &lines {
            assert!(text_width(line, 14.0, Weight::Regular) <= 120.0, "{line}");
        }
        assert!(lines.last().unwrap().ends_with('…'));
        assert_eq!(wrap("kort", 120.0, 14.0, Weight::Regular, 2), vec!["kort"]);
        let long_word = wrap(
            "Samenwerkingsverbandondersteuning",
            60.0,
            14.0,
            Weight::Regular,
            9,
        );
        assert!(long_word.len() > 1);
        assert_eq!(long_word.concat(), "Samenwerkingsverbandondersteuning");
        let short = ellipsize(text, 80.0, 14.0, Weight::Bold);
        assert!(short.ends_with('…') && text_width(&short, 14.0, Weight::Bold) <= 80.0);
        assert_eq!(ellipsize("ja", 80.0, 14.0, Weight::Bold), "ja");
    }
}
