//! `storylens snapshot`: one finding of a project as an annotated image —
//! title, chart pair, what we saw, what we see now, the selection in
//! words, proposals, quoted stories, source, date and n — as PNG (2×, for
//! projectors) or SVG, chosen by the output's extension.
//!
//! The data comes from the project: the embedded demo with `--demo`, else
//! the data embedded in the project file, else the source file it names
//! (a relative path is tried beside the project too).

use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use clap::Args;

use crate::export::{self, ExportError, Scene, SnapshotError, SnapshotOptions};
use crate::i18n::Language;
use crate::import::{self, ImportOptions};
use crate::model::{Dataset, iso_date_from_days};
use crate::project::{self, FindingId, Project, SourceRef};

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
    let (scene, format) = scene(args).map_err(ExportError::from)?;
    match format {
        Format::Png => export::write_png(&scene, PNG_SCALE, &args.out)?,
        Format::Svg => export::write_svg(&scene, &args.out)?,
    }
    Ok(format!("Wrote {}", args.out.display()))
}

/// The snapshot's scene and the format `--out` asks for.
fn scene(args: &SnapshotArgs) -> Result<(Scene, Format), SnapshotError> {
    let extension = args
        .out
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase());
    let format = match extension.as_deref() {
        Some("png") => Format::Png,
        Some("svg") => Format::Svg,
        _ => {
            return Err(SnapshotError::Format {
                path: args.out.clone(),
            });
        }
    };
    let (project, dataset) = match &args.project {
        Some(path) if !args.demo => {
            let project = project::load(path)?;
            let dataset = dataset_of(&project, path)?;
            (project, dataset)
        }
        _ => (crate::demo::demo_project(), crate::demo::demo_dataset()),
    };
    let finding = project
        .finding(FindingId(args.finding))
        .ok_or_else(|| unknown_finding(&project, args.finding))?;
    let options = SnapshotOptions {
        language: Language::from_locale(&args.language),
        width_px: WIDTH_PX,
        date: today(),
    };
    let scene = export::snapshot_scene(&project, finding, &dataset, &options)?;
    Ok((scene, format))
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

/// The project's data: embedded, the demo, or its source file.
fn dataset_of(project: &Project, project_path: &Path) -> Result<Dataset, SnapshotError> {
    if let Some(dataset) = project.embedded_dataset()? {
        return Ok(dataset);
    }
    let source = match &project.source {
        SourceRef::Demo => return Ok(crate::demo::demo_dataset()),
        source => source.path().ok_or(SnapshotError::NoSource)?,
    };
    let beside = project_path
        .parent()
        .map(|folder| folder.join(source))
        .filter(|_| source.is_relative());
    let path = std::iter::once(source.to_owned())
        .chain(beside)
        .find(|p| p.is_file())
        .ok_or_else(|| SnapshotError::MissingSource {
            path: source.to_owned(),
        })?;
    Ok(import::import_path(&path, &ImportOptions::default())?.dataset)
}

/// Today's date as 2025-05-12, from the system clock (UTC).
fn today() -> String {
    let seconds = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    iso_date_from_days(i64::try_from(seconds / 86_400).unwrap_or(0))
}
