//! `storylens snapshot`: one finding of a project as an annotated image —
//! title, chart pair, what we saw, what we see now, the selection in
//! words, proposals, quoted stories, source, date and n — as PNG (2×, for
//! projectors) or SVG, chosen by the output's extension.
//!
//! The data comes from the project through `project::open_project` (the
//! app's loader): the embedded demo with `--demo`, else the data embedded
//! in the project file, else the source file it names, read with the
//! project's import recipe (a relative path is tried beside the project
//! too).

use std::path::{Path, PathBuf};

use clap::Args;

use crate::export::{self, ExportError, Scene, SnapshotError, SnapshotOptions};
use crate::i18n::Language;
use crate::model::Dataset;
use crate::project::{FindingId, Project};

use super::CliError;

/// Pixels per layout pixel of the PNG: crisp on projectors and slides.
const PNG_SCALE: f32 = 2.0;
/// Layout width of a snapshot in pixels (the PNG is twice as wide).
const WIDTH_PX: f32 = 1400.0;

#[derive(Debug, Args)]
pub struct SnapshotArgs {
    /// The project file.
    #[arg(required_unless_present = "demo", value_name = "PROJECT.storylens")]
    pub project: Option<PathBuf>,
    /// Use the embedded demo project instead of a file.
    #[arg(long, conflicts_with = "project")]
    pub demo: bool,
    /// The number of the finding to draw.
    #[arg(long, value_name = "ID")]
    pub finding: u32,
    /// The image to write: a .png (2× for projectors) or an .svg file.
    #[arg(long, value_name = "FILE.png|FILE.svg")]
    pub out: PathBuf,
    /// Language of the image's labels: nl or en.
    #[arg(long, value_name = "nl|en", default_value = "nl")]
    pub language: String,
}

/// What kind of image `--out` asks for.
enum Format {
    Png,
    Svg,
}

pub fn run(args: &SnapshotArgs) -> Result<String, CliError> {
    let format = format_of(&args.out).map_err(ExportError::from)?;
    let opened = super::load_project(args.project.as_deref(), args.demo)?;
    let scene = scene(args, &opened.project, &opened.dataset).map_err(ExportError::from)?;
    match format {
        Format::Png => export::write_png(&scene, PNG_SCALE, &args.out)?,
        Format::Svg => export::write_svg(&scene, &args.out)?,
    }
    Ok(format!("Wrote {}", args.out.display()))
}

/// The format `--out` asks for.
fn format_of(out: &Path) -> Result<Format, SnapshotError> {
    let extension = out.extension().map(|e| e.to_string_lossy().to_lowercase());
    match extension.as_deref() {
        Some("png") => Ok(Format::Png),
        Some("svg") => Ok(Format::Svg),
        _ => Err(SnapshotError::Format {
            path: out.to_owned(),
        }),
    }
}

/// The snapshot's scene of the finding `--finding` names.
fn scene(
    args: &SnapshotArgs,
    project: &Project,
    dataset: &Dataset,
) -> Result<Scene, SnapshotError> {
    let finding = project
        .finding(FindingId(args.finding))
        .ok_or_else(|| unknown_finding(project, args.finding))?;
    let options = SnapshotOptions {
        language: Language::from_locale(&args.language),
        width_px: WIDTH_PX,
        date: crate::calendar::today_iso(),
    };
    export::snapshot_scene(project, finding, dataset, &options)
}

fn unknown_finding(project: &Project, id: u32) -> SnapshotError {
    let mut ids: Vec<u32> = project.findings.iter().map(|f| f.id.0).collect();
    ids.sort_unstable();
    let valid = if ids.is_empty() {
        "none".to_owned()
    } else {
        ids.iter()
            .map(u32::to_string)
            .collect::<Vec<_>>()
            .join(", ")
    };
    SnapshotError::UnknownFinding { id, valid }
}
