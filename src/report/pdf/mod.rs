//! [`pdf_from_report`]: the report as an A4 PDF.
//!
//! `layout` flows the report onto pages (positions in points, measured
//! with the embedded fonts), then this module draws them with krilla: text
//! in the embedded Noto Sans / DejaVu Sans (subset and embedded, so the
//! text can be searched and copied), quotes slanted as Noto has no italic
//! in `assets/fonts/`, and each chart as vectors (`chart`): its SVG goes
//! through usvg, the same parser the PNG export uses, and every path is
//! drawn as a PDF path.

mod chart;
pub mod layout;

use krilla::Document;
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Transform};
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, LineCap, Stroke};
use krilla::surface::Surface;
use krilla::text::{Font, TextDirection};

use super::document::Report;
use super::{BuildDetail, ReportError};
use crate::export::{Rgba, Weight, fonts};
use layout::{Op, PAGE_HEIGHT_PT, PAGE_WIDTH_PT, Page};

/// Horizontal slant of the quotes' oblique text (tan of about 11°).
const OBLIQUE_SLANT: f32 = 0.2;

/// The PDF bytes of `report`.
pub fn pdf_from_report(report: &Report) -> Result<Vec<u8>, ReportError> {
    let faces = Faces::load()?;
    let pages = layout::pages(report);
    let mut document = Document::new();
    document.set_metadata(
        Metadata::new()
            .title(report.title.clone())
            .creator(format!("Storylens {}", env!("CARGO_PKG_VERSION"))),
    );
    for page in &pages {
        let settings = PageSettings::from_wh(PAGE_WIDTH_PT, PAGE_HEIGHT_PT)
            .ok_or(ReportError::Pdf(BuildDetail::PageSize))?;
        let mut pdf_page = document.start_page_with(settings);
        let mut surface = pdf_page.surface();
        draw_page(&mut surface, page, &faces)?;
        surface.finish();
        pdf_page.finish();
    }
    document
        .finish()
        .map_err(|error| ReportError::Pdf(BuildDetail::Library(format!("{error:?}"))))
}

fn draw_page(surface: &mut Surface<'_>, page: &Page<'_>, faces: &Faces) -> Result<(), ReportError> {
    for op in &page.ops {
        match op {
            Op::Text {
                x,
                y,
                size_pt,
                weight,
                italic,
                color,
                text,
            } => {
                let font = faces.for_text(text, *weight);
                surface.set_fill(Some(fill(*color)));
                surface.set_stroke(None);
                // Oblique: shear around the baseline origin.
                let transform = if *italic {
                    Transform::from_row(1.0, 0.0, -OBLIQUE_SLANT, 1.0, *x, *y)
                } else {
                    Transform::from_translate(*x, *y)
                };
                surface.push_transform(&transform);
                surface.draw_text(
                    Point::from_xy(0.0, 0.0),
                    font,
                    *size_pt,
                    text,
                    false,
                    TextDirection::Auto,
                );
                surface.pop();
            }
            Op::Rule {
                x1,
                y1,
                x2,
                y2,
                width_pt,
                color,
            } => {
                let mut builder = PathBuilder::new();
                builder.move_to(*x1, *y1);
                builder.line_to(*x2, *y2);
                if let Some(path) = builder.finish() {
                    surface.set_fill(None);
                    surface.set_stroke(Some(Stroke {
                        paint: rgb::Color::new(color.r, color.g, color.b).into(),
                        width: *width_pt,
                        line_cap: LineCap::Butt,
                        ..Stroke::default()
                    }));
                    surface.draw_path(&path);
                    surface.set_stroke(None);
                }
            }
            Op::Chart {
                chart,
                x,
                y,
                width_pt,
            } => chart::draw(surface, chart, *x, *y, *width_pt)?,
        }
    }
    Ok(())
}

fn fill(color: Rgba) -> Fill {
    Fill {
        paint: rgb::Color::new(color.r, color.g, color.b).into(),
        opacity: NormalizedF32::new(f32::from(color.a) / 255.0).unwrap_or(NormalizedF32::ONE),
        rule: Default::default(),
    }
}

/// The embedded fonts, for krilla (drawing) and skrifa (coverage).
struct Faces {
    regular: Font,
    bold: Font,
    fallback: Font,
    regular_chars: Coverage,
    bold_chars: Coverage,
}

/// Which characters a font has a glyph for.
struct Coverage(Vec<u8>);

impl Coverage {
    fn has_all(&self, text: &str) -> bool {
        use skrifa::MetadataProvider;
        match skrifa::FontRef::new(&self.0) {
            Ok(font) => {
                let charmap = font.charmap();
                text.chars()
                    .all(|c| c.is_whitespace() || charmap.map(c).is_some())
            }
            Err(_) => false,
        }
    }
}

impl Faces {
    /// Takes the fonts' bytes from the export's font database, so the
    /// binary holds them once.
    fn load() -> Result<Self, ReportError> {
        let database = fonts::font_database();
        let bytes_of = |family: &str, bold: bool| -> Option<Vec<u8>> {
            let face = database.faces().find(|face| {
                face.families.iter().any(|(name, _)| name == family)
                    && (face.weight.0 >= 600) == bold
            })?;
            database.with_face_data(face.id, |data, _| data.to_vec())
        };
        let missing = || ReportError::Pdf(BuildDetail::Fonts);
        let regular = bytes_of("Noto Sans", false).ok_or_else(missing)?;
        let bold = bytes_of("Noto Sans", true).ok_or_else(missing)?;
        let fallback = bytes_of("DejaVu Sans", false).ok_or_else(missing)?;
        let font = |bytes: &Vec<u8>| Font::new(bytes.clone().into(), 0).ok_or_else(missing);
        Ok(Self {
            regular: font(&regular)?,
            bold: font(&bold)?,
            fallback: font(&fallback)?,
            regular_chars: Coverage(regular),
            bold_chars: Coverage(bold),
        })
    }

    /// Noto Sans in `weight`, or DejaVu Sans when Noto lacks a character
    /// of `text` (as `fonts::text_width` measures it).
    fn for_text(&self, text: &str, weight: Weight) -> Font {
        let (font, coverage) = match weight {
            Weight::Regular => (&self.regular, &self.regular_chars),
            Weight::Bold => (&self.bold, &self.bold_chars),
        };
        if coverage.has_all(text) {
            font.clone()
        } else {
            self.fallback.clone()
        }
    }
}
