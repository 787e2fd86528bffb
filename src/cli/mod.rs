//! The command-line commands: `inspect`, `chart`, `snapshot`, `report`,
//! `findings`, `words`, `kwic`, `stories`, `differences` and `crosstabs`.
//!
//! [`Cli`] is parsed by clap in `main.rs`; [`run`] executes a command and
//! returns the text to print, or a [`CliError`] whose message is one
//! sentence for stderr. Exit codes: 0 ok, 1 bad input, 2 bad usage (clap).
//! Each command lives in its own file; [`load`] is the one way a command
//! reads data (a file through `import`, or the embedded demo), and
//! [`load_project`] the one way it reads a project (through
//! `project::open_project`, the app's loader, with the import recipe).

mod chart;
mod compare;
mod differences;
mod findings;
mod inspect;
mod lumping;
mod report;
mod snapshot;
mod stories;
mod words;

use std::path::{Path, PathBuf};

use clap::{Args, Parser, Subcommand};

use crate::i18n::Language;
use crate::import::{self, ImportOptions, Imported};
use crate::project::{OpenError, Opened};
use crate::{charts, export};

pub use chart::ChartArgs;
pub use compare::CompareArgs;
pub use findings::FindingsArgs;
pub use inspect::{InspectArgs, inspect_json};

/// Storylens: analyse self-signified narrative surveys.
#[derive(Debug, Parser)]
#[command(name = "storylens", version, about, long_about = None)]
pub struct Cli {
    /// The command to run; `None` opens the app.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// A data file or project to open in the app.
    pub path: Option<PathBuf>,
    /// Open the app on the embedded demo project.
    #[arg(long, conflicts_with = "path")]
    pub demo: bool,
    /// Start the app in presentation mode, full screen.
    #[arg(long)]
    pub present: bool,
}

// Parsed once at start-up and matched once: boxing the big variant would
// save a few hundred bytes of stack for nothing.
/// The commands of `storylens`, each with its arguments.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Show the questions a data file holds, as Storylens reads them.
    Inspect(InspectArgs),
    /// Compute a chart's numbers, or draw it as SVG or PNG.
    Chart(ChartArgs),
    /// Draw a finding of a project as an annotated PNG or SVG.
    Snapshot(snapshot::SnapshotArgs),
    /// Write a project's findings as a report: HTML, PDF, DOCX or Markdown.
    Report(report::ReportArgs),
    /// List every finding of a project with its comparison and its n's.
    Findings(FindingsArgs),
    /// The words of the stories: a word list, or with --select the terms
    /// the selection uses more or less often than the rest (keyness).
    Words(words::WordsArgs),
    /// Every occurrence of a word in its context (keywords in context).
    Kwic(words::KwicArgs),
    /// The stories with every answer: JSON, or a CSV or Excel table.
    Stories(stories::StoriesArgs),
    /// What makes a selection different: every question tested against
    /// the rest, ranked by effect size.
    Differences(differences::DifferencesArgs),
    /// Every pair of choice questions, ranked by Cramér's V.
    Crosstabs(differences::CrossTabsArgs),
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
    /// The SenseMaker framework definition (JSON) that names the columns.
    #[arg(long, value_name = "DEF.json")]
    pub definition: Option<PathBuf>,
    /// The sheet to read from a workbook (default: the first with data).
    #[arg(long, value_name = "NAME")]
    pub sheet: Option<String>,
}

/// A command that could not be carried out; the message is one sentence.
#[derive(Debug, thiserror::Error)]
#[error("{}", self.sentence(Language::English))]
pub enum CliError {
    /// The data file could not be imported.
    Import(#[from] import::ImportError),
    /// `--question` names no question of the survey; the name as given.
    UnknownQuestion(String),
    /// `--select` is not a valid filter.
    Select {
        /// The selection as given.
        text: String,
        /// What is wrong with it, and where.
        error: Box<crate::model::ParseError>,
        /// The `--language` of the command (English by default).
        language: Language,
    },
    /// The selection cannot be evaluated on the data.
    Filter(#[from] crate::model::FilterError),
    /// The chart cannot be computed.
    Chart(#[from] charts::ChartError),
    /// The picture could not be drawn or written.
    Export(#[from] export::ExportError),
    /// The report could not be built or written.
    Report(#[from] report::ReportCommandError),
    /// The project or its data could not be opened.
    Open(#[from] OpenError),
    /// A finding's comparison cannot be resolved.
    Comparison(#[from] crate::project::ComparisonError),
    /// No story uses this word (or it is a stop word); the word as given.
    UnknownWord(String),
    /// `kwic --term` with two words that no story uses as a phrase.
    UnknownPhrase(String),
    /// A `chart --merge/--rename/--hide` that does not fit the chart.
    Lumping(lumping::LumpingArgError),
    /// `words --stop-words FILE` could not be read: the file and why.
    StopWordsFile {
        /// The file as given.
        path: String,
        /// Why it could not be read.
        detail: String,
    },
}

impl CliError {
    /// The one sentence for stderr, in `language`. A selection's mistake
    /// keeps the language it was parsed for.
    pub fn sentence(&self, language: Language) -> String {
        let e = language.errors();
        match self {
            Self::Import(error) => error.sentence(language),
            Self::UnknownQuestion(name) => {
                crate::i18n::fill(e.cli_unknown_question, &[("name", name)])
            }
            Self::Select {
                text,
                error,
                language,
            } => error.sentence_for(text, *language),
            Self::Filter(error) => error.sentence(language),
            Self::Chart(error) => error.sentence(language),
            Self::Export(error) => error.sentence(language),
            Self::Report(error) => error.sentence(language),
            Self::Open(error) => error.sentence(language),
            Self::Comparison(error) => error.sentence(language),
            Self::UnknownWord(word) => crate::i18n::fill(e.cli_unknown_word, &[("word", word)]),
            Self::UnknownPhrase(phrase) => {
                crate::i18n::fill(e.cli_unknown_phrase, &[("phrase", phrase)])
            }
            Self::Lumping(error) => error.sentence(language),
            Self::StopWordsFile { path, detail } => {
                crate::i18n::fill(e.cli_stop_words_file, &[("path", path), ("detail", detail)])
            }
        }
    }
}

impl Command {
    /// The language of the command's error sentence: English, unless the
    /// command's `--language` is also the language of its mistakes
    /// (`chart` when given, `stories`).
    pub fn error_language(&self) -> Language {
        match self {
            Self::Chart(args) => args
                .language
                .as_deref()
                .map_or(Language::English, Language::from_locale),
            Self::Stories(args) => Language::from_locale(&args.language),
            _ => Language::English,
        }
    }
}

/// Runs `command` and returns what to print on stdout.
pub fn run(command: &Command) -> Result<String, CliError> {
    match command {
        Command::Inspect(args) => inspect::run(args),
        Command::Chart(args) => chart::run(args),
        Command::Snapshot(args) => snapshot::run(args),
        Command::Report(args) => report::run(args),
        Command::Findings(args) => findings::run(args),
        Command::Words(args) => words::run_words(args),
        Command::Kwic(args) => words::run_kwic(args),
        Command::Stories(args) => stories::run(args),
        Command::Differences(args) => differences::run_differences(args),
        Command::Crosstabs(args) => differences::run_crosstabs(args),
    }
}

/// The project a command works on, with its data: the demo project, or the
/// project file read by the app's own loader (embedded data, else the
/// source read with the project's import recipe).
pub fn load_project(path: Option<&Path>, demo: bool) -> Result<Opened, OpenError> {
    match path {
        Some(path) if !demo => crate::project::open_project(path),
        _ => Ok(Opened {
            project: crate::demo::demo_project(),
            dataset: crate::demo::demo_dataset(),
            warnings: Vec::new(),
        }),
    }
}

/// Reads the data a command works on. The demo reports layout `demo`.
pub fn load(source: &DataArgs) -> Result<Loaded, CliError> {
    match &source.data {
        Some(path) if !source.demo => {
            let options = ImportOptions {
                definition: source.definition.clone(),
                sheet: source.sheet.clone(),
            };
            Ok(Loaded::File(import::import_path(path, &options)?))
        }
        _ => Ok(Loaded::Demo(crate::demo::demo_dataset())),
    }
}

/// Data a command read.
pub enum Loaded {
    /// The embedded demo survey.
    Demo(crate::model::Dataset),
    /// A data file, with its import warnings.
    File(Imported),
}

impl Loaded {
    /// The stories read.
    pub fn dataset(&self) -> &crate::model::Dataset {
        match self {
            Self::Demo(dataset) => dataset,
            Self::File(imported) => &imported.dataset,
        }
    }
}
