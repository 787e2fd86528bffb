//! `storylens differences` and `storylens crosstabs`: every question tested
//! for a selection against the rest, and every pair of choice questions
//! ranked by Cramér's V — as JSON (see `crate::patterns`).

use clap::Args;
use serde::Serialize;

use crate::i18n::Language;
use crate::patterns::{self, Difference, DifferencesOptions, Skipped};
use crate::project::FrozenSelection;

use super::chart::frozen;
use super::{CliError, DataArgs, load};

#[derive(Debug, Args)]
pub struct DifferencesArgs {
    #[command(flatten)]
    pub source: DataArgs,
    /// The selection, in the filter language, e.g.
    /// '"Voorbeeld van goed onderwijs" >= 70'.
    #[arg(long, value_name = "EXPR", allow_hyphen_values = true)]
    pub select: String,
    /// The stories the selection is compared within (default: all); the
    /// tests compare the selection with the baseline's other stories.
    #[arg(long, value_name = "EXPR", allow_hyphen_values = true)]
    pub baseline: Option<String>,
    /// Compare with the rest of the baseline (the default: the tests need
    /// two groups without stories in common; for symmetry with `chart`).
    #[arg(long)]
    pub vs_rest: bool,
    /// Questions with fewer answers on either side are skipped (default 20).
    #[arg(long, value_name = "N", default_value_t = 20)]
    pub min_n: usize,
    /// Language of each row's `line` and of a selection's error message
    /// (default English).
    #[arg(long, value_name = "nl|en")]
    pub language: Option<String>,
    /// Print JSON (the default and only output).
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct CrossTabsArgs {
    #[command(flatten)]
    pub source: DataArgs,
    /// Only the stories of this selection (default: all).
    #[arg(long, value_name = "EXPR", allow_hyphen_values = true)]
    pub select: Option<String>,
    /// Print JSON (the default and only output).
    #[arg(long)]
    pub json: bool,
}

#[derive(Serialize)]
struct DifferencesJson<'a> {
    selection: &'a str,
    baseline: &'a str,
    against: &'static str,
    n_selection: usize,
    n_rest: usize,
    tests: Vec<RowJson<'a>>,
    skipped: &'a [Skipped],
}

#[derive(Serialize)]
struct RowJson<'a> {
    #[serde(flatten)]
    row: &'a Difference,
    /// The detail in words, in `--language`.
    line: String,
}

fn to_json(value: &impl Serialize) -> String {
    // Strings, counts and numbers (NaN becomes null): serde_json always
    // serialises them.
    serde_json::to_string_pretty(value).unwrap_or_default()
}

pub fn run_differences(args: &DifferencesArgs) -> Result<String, CliError> {
    let loaded = load(&args.source)?;
    let dataset = loaded.dataset();
    let language = args
        .language
        .as_deref()
        .map_or(Language::English, Language::from_locale);
    let baseline = match &args.baseline {
        Some(text) => frozen(text, dataset, language)?,
        None => FrozenSelection::all(language),
    };
    let selection = frozen(&args.select, dataset, language)?;
    let options = DifferencesOptions { min_n: args.min_n };
    // The story text is tested by its words: index them first (the app
    // does so on a thread of its own). A dataset without story text has
    // nothing to index, and its texts stay untested.
    let _ = crate::words::text_index(dataset, None, &crate::words::WordOptions::default());
    let result = crate::project::selection_differences(
        dataset,
        &baseline,
        &selection,
        &options,
        &crate::words::WordOptions::default(),
    )?;
    Ok(to_json(&DifferencesJson {
        selection: &args.select,
        baseline: args.baseline.as_deref().unwrap_or("all"),
        against: "rest",
        n_selection: result.n_selection,
        n_rest: result.n_rest,
        tests: result
            .tests
            .iter()
            .map(|row| RowJson {
                row,
                line: patterns::text::line(row, language),
            })
            .collect(),
        skipped: &result.skipped,
    }))
}

pub fn run_crosstabs(args: &CrossTabsArgs) -> Result<String, CliError> {
    let loaded = load(&args.source)?;
    let dataset = loaded.dataset();
    let population = match &args.select {
        Some(text) => frozen(text, dataset, Language::English)?
            .filter
            .evaluate(dataset)?,
        None => dataset.all(),
    };
    Ok(to_json(&patterns::crosstabs(dataset, &population)))
}
