//! The embedded fonts: Noto Sans for text, DejaVu Sans as fallback for the
//! symbols Noto lacks (≥ − ● ○ →), and egui's defaults after them (emoji,
//! icons). Embedded so every machine renders the same glyphs.

use std::sync::Arc;

use egui::{FontData, FontDefinitions, FontFamily};

const NOTO_SANS: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Regular.ttf");
const NOTO_SANS_BOLD: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Bold.ttf");
const DEJAVU_SANS: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");

/// Name of the bold family, for headings: `FontFamily::Name(BOLD.into())`.
pub const BOLD: &str = "bold";

/// Installs the fonts into `ctx`.
pub fn install_fonts(ctx: &egui::Context) {
    let mut fonts = FontDefinitions::default();
    for (name, bytes) in [
        ("noto-sans", NOTO_SANS),
        ("noto-sans-bold", NOTO_SANS_BOLD),
        ("dejavu-sans", DEJAVU_SANS),
    ] {
        fonts
            .font_data
            .insert(name.to_owned(), Arc::new(FontData::from_static(bytes)));
    }
    let proportional = fonts.families.entry(FontFamily::Proportional).or_default();
    proportional.splice(0..0, ["noto-sans".to_owned(), "dejavu-sans".to_owned()]);
    let fallbacks = proportional.clone();
    let mut bold = vec!["noto-sans-bold".to_owned()];
    bold.extend(fallbacks);
    fonts.families.insert(FontFamily::Name(BOLD.into()), bold);
    fonts
        .families
        .entry(FontFamily::Monospace)
        .or_default()
        .push("dejavu-sans".to_owned());
    ctx.set_fonts(fonts);
}
