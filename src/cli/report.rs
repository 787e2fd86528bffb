//! `storylens report`: a project (or the demo project) as a report in the
//! format its `--out` extension names.

use std::path::{Path, PathBuf};

use clap::Args;

use crate::i18n::Language;
use crate::import::{self, ImportOptions};
use crate::model::Dataset;
use crate::project::{self, Project, SourceRef};
use crate::report::{self, Format, Report, ReportOptions};

use super::CliError;

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// The project file (.storylens).
    #[arg(required_unless_present = "demo")]
    pub project: Option<PathBuf>,
    /// Report on the embedded demo project instead of a file.
    #[arg(long, conflicts_with = "project")]
    pub demo: bool,
    /// The report to write: .html, .pdf, .docx or .md (Markdown also writes
    /// an images/ folder beside it).
    #[arg(long, value_name = "FILE", value_parser = report_path)]
    pub out: PathBuf,
    /// Language of the report's headings and labels: nl or en.
    #[arg(long, value_name = "nl|en", default_value = "nl")]
    pub language: String,
    /// The report's title (default: the project's name).
    #[arg(long)]
    pub title: Option<String>,
}

/// Accepts only paths whose extension names a report format, so a wrong
/// one is a usage error (exit 2) that lists the formats.
fn report_path(text: &str) -> Result<PathBuf, String> {
    let path = PathBuf::from(text);
    match Format::from_path(&path) {
        Some(_) => Ok(path),
        None => Err(format!(
            "the report's format comes from its extension, one of: {}",
            Format::ALL
                .iter()
                .map(|f| format!(".{}", f.extension()))
                .collect::<Vec<_>>()
                .join(", ")
        )),
    }
}

/// Why `storylens report` failed; the message is one sentence.
#[derive(Debug, thiserror::Error)]
pub enum ReportCommandError {
    #[error("{0}")]
    Project(#[from] project::ProjectFileError),
    #[error("The data stored in \"{}\" cannot be read: {reason}.", .path.display())]
    Embedded { path: PathBuf, reason: String },
    #[error("{0}")]
    Import(#[from] import::ImportError),
    #[error("{0}")]
    Report(#[from] report::ReportError),
}

pub fn run(args: &ReportArgs) -> Result<String, CliError> {
    Ok(write(args)?)
}

fn write(args: &ReportArgs) -> Result<String, ReportCommandError> {
    let (project, dataset) = match &args.project {
        Some(path) if !args.demo => load_project(path)?,
        _ => (crate::demo::demo_project(), crate::demo::demo_dataset()),
    };
    let options = ReportOptions {
        title: args.title.clone(),
        ..ReportOptions::new(Language::from_locale(&args.language))
    };
    // `report_path` accepted only known extensions.
    let format = Format::from_path(&args.out).unwrap_or(Format::Html);
    let report = Report::build(&project, &dataset, &options);
    report::write_report(&report, format, &args.out)?;
    Ok(format!("Wrote {}", args.out.display()))
}

/// The project and its data: the embedded copy, or else the source file
/// (a relative source path is taken from the project's folder).
fn load_project(path: &Path) -> Result<(Project, Dataset), ReportCommandError> {
    let project = project::load(path)?;
    let embedded = project
        .embedded_dataset()
        .map_err(|error| ReportCommandError::Embedded {
            path: path.to_owned(),
            reason: error.to_string(),
        })?;
    if let Some(dataset) = embedded {
        return Ok((project, dataset));
    }
    let dataset = match &project.source {
        SourceRef::Demo => crate::demo::demo_dataset(),
        SourceRef::File { path: source, .. } => {
            let source = match path.parent() {
                Some(folder) if source.is_relative() && !source.exists() => folder.join(source),
                _ => source.clone(),
            };
            import::import_path(&source, &ImportOptions::default())?.dataset
        }
    };
    Ok((project, dataset))
}
