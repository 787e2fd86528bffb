//! Chart export: `ChartData` → [`Scene`] → SVG → PNG.
//!
//! [`scene_from_chart`] lays a computed chart out as a [`Scene`], a small
//! neutral vector picture (lines, polygons, circles, rectangles, text) in
//! pixels; [`svg_from_scene`] writes it as SVG and [`png_from_scene`]
//! renders that SVG with resvg. Text is set in the embedded fonts only
//! (`fonts`), measured with their real advance widths so that labels are
//! wrapped or shortened to fit, and rendered without any system font, so
//! an export looks the same on every machine. Colours are the screen's
//! (Okabe–Ito). Nothing here uses egui: the CLI and reports export too.
//!
//! Every panel kind has its module: `triad`, `histogram`, `bars`,
//! `crosstab`, `groups` (slider × choice), `scatter` (slider × slider) and
//! `triad_groups` (triad × choice); `panel` picks one and draws headings
//! and "too few stories", `comparison` the sentence on how the selection
//! differs. [`snapshot_scene`] lays out a project's finding around the
//! same chart block: title, what we saw and see now, the selection in
//! words, proposals, redacted quotes and a footer; [`slide_scene`] lays
//! the same block out as a presentation slide of a given size.
//!
//! ```no_run
//! use storylens::export::{ExportOptions, png_from_scene, scene_from_chart};
//! # fn demo(data: &storylens::charts::ChartData) -> Result<(), storylens::export::ExportError> {
//! let scene = scene_from_chart(data, &ExportOptions::new(storylens::i18n::Language::Dutch));
//! std::fs::write("chart.png", png_from_scene(&scene, 2.0)?).ok();
//! # Ok(()) }
//! ```

mod bars;
mod colour;
mod comparison;
mod cooccur;
mod crosstab;
pub mod fonts;
mod groups;
mod histogram;
mod layout;
mod multiples;
mod overlay;
pub mod palette;
mod panel;
mod png;
mod scatter;
mod scene;
mod screen;
mod slide;
mod snapshot;
mod stones;
mod svg;
mod text_style;
mod triad;
mod triad_groups;
mod triad_hits;
mod words;

use std::path::{Path, PathBuf};

pub use crosstab::CellValue;
pub use layout::{ExportOptions, scene_from_chart};
pub use overlay::{can_overlay, lays_out_overlay};
pub use png::{png_from_scene, rgba_from_scene};
pub use scene::{
    Anchor, Area, Baseline, Circle, Hit, HitPopulation, Item, Point, Polygon, Polyline, Rect, Rgba,
    Scene, Stroke, Text, Weight, pt,
};
pub use screen::{ScreenChart, ScreenOptions, ScreenPanel, screen_chart};
pub use slide::{Slide, SlideOptions, slide_scene};
pub use snapshot::{SnapshotError, SnapshotOptions, finding_chart, snapshot_scene};
pub use svg::{escape, svg_from_scene};
pub use triad::DENSITY_THRESHOLD;
pub use triad_hits::{Dot, DotIndex, TriangleFrame, TriangleHit};

/// Why a chart could not be exported; the message is one sentence.
#[derive(Debug, thiserror::Error)]
#[error("{}", self.sentence(crate::i18n::Language::English))]
pub enum ExportError {
    /// The SVG renderer failed; its own message.
    Render(String),
    /// The PNG encoder failed; its own message.
    Encode(String),
    /// The picture would be too large (or empty) to render.
    Size {
        /// Requested width in pixels, after scaling.
        width_px: f32,
        /// Requested height in pixels, after scaling.
        height_px: f32,
    },
    /// The file could not be written.
    Write {
        /// The file that was being written.
        path: PathBuf,
        /// Why the system refused.
        reason: WriteReason,
    },
    /// The finding's comparison could not be drawn.
    Snapshot(#[from] SnapshotError),
}

impl ExportError {
    /// The one sentence for the user, in `language`.
    pub fn sentence(&self, language: crate::i18n::Language) -> String {
        use crate::i18n::fill;
        let e = language.errors();
        match self {
            Self::Render(detail) => fill(e.export_render, &[("detail", detail)]),
            Self::Encode(detail) => fill(e.export_encode, &[("detail", detail)]),
            Self::Size {
                width_px,
                height_px,
            } => fill(
                e.export_size,
                &[("width_px", width_px), ("height_px", height_px)],
            ),
            Self::Write { path, reason } => fill(
                e.export_write,
                &[
                    ("path", &path.display()),
                    ("reason", &reason.text(language)),
                ],
            ),
            Self::Snapshot(error) => error.sentence(language),
        }
    }
}

/// Why a file could not be written, worded by the error table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WriteReason {
    /// The folder to write in does not exist.
    FolderMissing,
    /// The system does not allow writing there.
    PermissionDenied,
    /// The path names a folder, not a file.
    IsAFolder,
    /// Any other I/O error: the system's text.
    System(String),
}

impl WriteReason {
    /// The reason of a failed write.
    pub fn of(error: &std::io::Error) -> Self {
        match error.kind() {
            std::io::ErrorKind::NotFound => Self::FolderMissing,
            std::io::ErrorKind::PermissionDenied => Self::PermissionDenied,
            std::io::ErrorKind::IsADirectory => Self::IsAFolder,
            _ => Self::System(error.to_string()),
        }
    }

    /// The reason in `language`, for the middle of a sentence.
    pub fn text(&self, language: crate::i18n::Language) -> String {
        let e = language.errors();
        match self {
            Self::FolderMissing => e.write_folder_missing.to_owned(),
            Self::PermissionDenied => e.write_permission.to_owned(),
            Self::IsAFolder => e.write_is_folder.to_owned(),
            Self::System(text) => text.clone(),
        }
    }
}

/// Writes `scene` as SVG to `path`.
pub fn write_svg(scene: &Scene, path: &Path) -> Result<(), ExportError> {
    write(path, svg_from_scene(scene).as_bytes())
}

/// Renders `scene` at `scale` and writes the PNG to `path`.
pub fn write_png(scene: &Scene, scale: f32, path: &Path) -> Result<(), ExportError> {
    write(path, &png_from_scene(scene, scale)?)
}

/// Writes `bytes` to `path` atomically (a killed export leaves the old
/// file or none, never half an image).
fn write(path: &Path, bytes: &[u8]) -> Result<(), ExportError> {
    crate::files::atomic_write(path, bytes).map_err(|error| ExportError::Write {
        path: path.to_owned(),
        reason: WriteReason::of(&error),
    })
}
