//! The command-line commands: `inspect` and `chart`.
//!
//! [`Cli`] is parsed by clap in `main.rs`; [`run`] executes a command and
//! returns the text to print, or a [`CliError`] whose message is one
//! sentence for stderr. Exit codes: 0 ok, 1 bad input, 2 bad usage (clap).

mod inspect;

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::charts::{self, ChartSpec, Populations};
use crate::export::{self, ExportOptions};
use crate::i18n::Language;
use crate::model::Dataset;

pub use inspect::inspect_json;

/// Storylens: analyse self-signified narrative surveys.
#[derive(Debug, Parser)]
#[command(name = "storylens", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// A data file or project to open in the app.
    pub path: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Show the questions a data file holds, as Storylens reads them.
    Inspect(InspectArgs),
    /// Compute a chart's numbers.
    Chart(ChartArgs),
}

/// Where the data comes from: a file, or the embedded demo.
#[derive(Debug, Args)]
pub struct DataArgs {
    /// The data file (spreadsheet or CSV export).
    #[arg(required_unless_present = "demo")]
    pub data: Option<PathBuf>,
    /// Use the embedded demo survey instead of a file.
    #[arg(long, conflicts_with = "data")]
    pub demo: bool,
}

#[derive(Debug, Args)]
pub struct InspectArgs {
    #[command(flatten)]
    pub source: DataArgs,
    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct ChartArgs {
    #[command(flatten)]
    pub source: DataArgs,
    /// The question to chart, by id or title.
    #[arg(long)]
    pub question: String,
    /// Print the chart data as JSON.
    #[arg(long, conflicts_with_all = ["svg", "png"])]
    pub json: bool,
    /// Write the chart as an SVG image to OUT.
    #[arg(long, value_name = "OUT", conflicts_with = "png")]
    pub svg: Option<PathBuf>,
    /// Write the chart as a PNG image to OUT (2× for crisp slides).
    #[arg(long, value_name = "OUT")]
    pub png: Option<PathBuf>,
}

/// A command that could not be carried out; the message is one sentence.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error("Cannot read \"{}\": the file does not exist. Check the path and try again.", .0.display())]
    NotFound(PathBuf),
    #[error("Cannot read \"{}\": reading data files is not available in this build yet; use --demo.", .0.display())]
    Unsupported(PathBuf),
    #[error(
        "There is no question \"{0}\" in this survey; `storylens inspect` lists the questions."
    )]
    UnknownQuestion(String),
    #[error("{0}")]
    Chart(#[from] charts::ChartError),
    #[error("{0}")]
    Export(#[from] export::ExportError),
}

/// Pixels per layout pixel of `chart --png`: crisp on slides and projectors.
const PNG_SCALE: f32 = 2.0;

/// Runs `command` and returns what to print on stdout.
pub fn run(command: &Command) -> Result<String, CliError> {
    match command {
        Command::Inspect(args) => {
            let dataset = load(&args.source)?;
            if args.json {
                Ok(inspect_json(&dataset).to_string())
            } else {
                Ok(inspect::inspect_table(&dataset))
            }
        }
        Command::Chart(args) => {
            let dataset = load(&args.source)?;
            let question = dataset
                .codebook()
                .find(&args.question)
                .ok_or_else(|| CliError::UnknownQuestion(args.question.clone()))?;
            let spec = ChartSpec::new(question.id.clone());
            let data = charts::compute(&spec, &dataset, &Populations::all(&dataset))?;
            let image = |language| {
                let options = ExportOptions {
                    source: dataset.name.clone(),
                    ..ExportOptions::new(language)
                };
                export::scene_from_chart(&data, &options)
            };
            // Charts are drawn in Dutch, the language of the surveys
            // Storylens is made for.
            if let Some(path) = &args.svg {
                export::write_svg(&image(Language::Dutch), path)?;
                return Ok(format!("Wrote {}", path.display()));
            }
            if let Some(path) = &args.png {
                export::write_png(&image(Language::Dutch), PNG_SCALE, path)?;
                return Ok(format!("Wrote {}", path.display()));
            }
            // ChartData holds only strings, numbers and vectors, which
            // serde_json always serialises.
            Ok(serde_json::to_string_pretty(&data).unwrap_or_default())
        }
    }
}

fn load(source: &DataArgs) -> Result<Dataset, CliError> {
    match (&source.data, source.demo) {
        (_, true) | (None, _) => Ok(crate::demo::demo_dataset()),
        (Some(path), false) if !path.exists() => Err(CliError::NotFound(path.clone())),
        (Some(path), false) => Err(CliError::Unsupported(path.clone())),
    }
}
