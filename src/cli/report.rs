//! `storylens report`: a project (or the demo project) as a report in the
//! format its `--out` extension names. The project is read by
//! `project::open_project`, with its import recipe.

use std::path::PathBuf;

use clap::Args;

use crate::i18n::Language;
use crate::project;
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
#[error("{}", self.sentence(crate::i18n::Language::English))]
pub enum ReportCommandError {
    Open(#[from] project::OpenError),
    Report(#[from] report::ReportError),
}

impl ReportCommandError {
    /// The one sentence for stderr, in `language`.
    pub fn sentence(&self, language: crate::i18n::Language) -> String {
        match self {
            Self::Open(error) => error.sentence(language),
            Self::Report(error) => error.sentence(language),
        }
    }
}

pub fn run(args: &ReportArgs) -> Result<String, CliError> {
    Ok(write(args)?)
}

fn write(args: &ReportArgs) -> Result<String, ReportCommandError> {
    let opened = super::load_project(args.project.as_deref(), args.demo)?;
    let options = ReportOptions {
        title: args.title.clone(),
        ..ReportOptions::new(Language::from_locale(&args.language))
    };
    // `report_path` accepted only known extensions.
    let format = Format::from_path(&args.out).unwrap_or(Format::Html);
    let report = Report::build(&opened.project, &opened.dataset, &options);
    report::write_report(&report, format, &args.out)?;
    Ok(format!("Wrote {}", args.out.display()))
}
