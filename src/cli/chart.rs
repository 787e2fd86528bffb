//! `storylens chart`: one chart's numbers as JSON, or the chart as SVG/PNG,
//! for the whole set or a comparison with a selection. The arguments become
//! a `project::Comparison`, computed as every view computes it.

use std::path::PathBuf;

use clap::Args;

use crate::charts::{self, ChartSpec};
use crate::export::{self, ExportOptions};
use crate::i18n::Language;
use crate::model::{Dataset, parse_filter};
use crate::project::{Comparison, FrozenSelection};

use super::compare::CompareArgs;
use super::{CliError, DataArgs, load};

/// Pixels per layout pixel of `chart --png`: crisp on slides and projectors.
pub(super) const PNG_SCALE: f32 = 2.0;

/// Arguments of `storylens chart`.
#[derive(Debug, Args)]
pub struct ChartArgs {
    /// The data to chart.
    #[command(flatten)]
    pub source: DataArgs,
    /// The question to chart, by id or title.
    #[arg(long)]
    pub question: String,
    /// A second question: cross-tab, slider by choice, scatter, triad by choice.
    #[arg(long, value_name = "Q2")]
    pub by: Option<String>,
    /// `--select`, `--baseline` and `--vs-rest`.
    #[command(flatten)]
    pub compare: CompareArgs,
    /// Print the chart data as JSON (the default).
    #[arg(long, conflicts_with_all = ["svg", "png"])]
    pub json: bool,
    /// Write the chart as an SVG image to OUT.
    #[arg(long, value_name = "OUT", conflicts_with = "png")]
    pub svg: Option<PathBuf>,
    /// Write the chart as a PNG image to OUT (2× for crisp slides).
    #[arg(long, value_name = "OUT")]
    pub png: Option<PathBuf>,
    /// Language of the image's labels (default nl) and, when given, of a
    /// selection's error message (default English, like every CLI error).
    #[arg(long, value_name = "nl|en")]
    pub language: Option<String>,
    /// Triads: show the seven zones with their counts.
    #[arg(long)]
    pub zones: bool,
    /// With --by: one small chart of the question per option of Q2.
    #[arg(long, requires = "by")]
    pub per_option: bool,
    /// Triads and scatters: colour the dots by this choice question.
    #[arg(long, value_name = "Q3")]
    pub colour_by: Option<String>,
    /// Which options to show, in order: their numbers from 1, e.g. 3,1,2.
    #[arg(long, value_name = "LIST", value_delimiter = ',')]
    pub options: Option<Vec<usize>>,
    /// Bars: lengths and numbers in stories instead of percent.
    #[arg(long, conflicts_with = "mentions")]
    pub counts: bool,
    /// Multiple-choice bars: percent of all mentions (they add up to 100)
    /// instead of percent of the stories.
    #[arg(long)]
    pub mentions: bool,
    /// Panels with fewer stories say "too few stories" (default 20).
    #[arg(long, value_name = "N")]
    pub min_n: Option<usize>,
    /// --svg/--png of a triad compared with a selection: both on one
    /// triangle, with the step between their geometric means (other
    /// charts stay side by side).
    #[arg(long, requires = "select")]
    pub overlay: bool,
    /// Cross-tabs: outline the cells whose Holm-corrected p is below 0.05
    /// instead of those with |adjusted residual| ≥ 1.96.
    #[arg(long)]
    pub outline_holm: bool,
    /// Merge options in this chart only, e.g. "negatief=boos,gefrustreerd"
    /// (repeatable; the data and the codebook do not change).
    #[arg(long, value_name = "NEW=A,B")]
    pub merge: Vec<String>,
    /// Show an option under another label, e.g. "weet niet=onbekend"
    /// (repeatable).
    #[arg(long, value_name = "OLD=NEW")]
    pub rename: Vec<String>,
    /// Leave an option out of this chart, its n and its tests (repeatable).
    #[arg(long, value_name = "OPTION")]
    pub hide: Vec<String>,
}

pub fn run(args: &ChartArgs) -> Result<String, CliError> {
    let loaded = load(&args.source)?;
    let dataset = loaded.dataset();
    let language = Language::from_locale(args.language.as_deref().unwrap_or("nl"));
    let comparison = comparison(args, dataset, language)?;
    let data = comparison.compute(dataset)?;
    let image = || {
        let options = ExportOptions {
            source: dataset.name.clone(),
            overlay: args.overlay,
            ..ExportOptions::new(language)
        };
        export::scene_from_chart(&data, &options)
    };
    if let Some(path) = &args.svg {
        export::write_svg(&image(), path)?;
        return Ok(format!("Wrote {}", path.display()));
    }
    if let Some(path) = &args.png {
        export::write_png(&image(), PNG_SCALE, path)?;
        return Ok(format!("Wrote {}", path.display()));
    }
    // ChartData holds only strings, finite or null numbers and vectors,
    // which serde_json always serialises.
    Ok(serde_json::to_string_pretty(&data).unwrap_or_default())
}

/// The comparison the arguments ask for: the chart spec with its options,
/// `--baseline` (all stories by default), `--select` and `--vs-rest`.
fn comparison(
    args: &ChartArgs,
    dataset: &Dataset,
    language: Language,
) -> Result<Comparison, CliError> {
    let find = |title: &str| {
        dataset
            .codebook()
            .find(title)
            .map(|q| q.id.clone())
            .ok_or_else(|| CliError::UnknownQuestion(title.to_owned()))
    };
    let mut spec = ChartSpec::new(find(&args.question)?);
    spec.by = args.by.as_deref().map(find).transpose()?;
    // The JSON lists every story's dot; images draw a sample past the limit.
    spec.options.all_dots = args.svg.is_none() && args.png.is_none();
    spec.options.show_zones = args.zones;
    spec.options.small_multiples = args.per_option;
    spec.options.colour_by = args.colour_by.as_deref().map(find).transpose()?;
    spec.options.option_order = args
        .options
        .as_ref()
        .map(|numbers| numbers.iter().filter_map(|n| n.checked_sub(1)).collect());
    if args.counts {
        spec.options.bar_value = charts::BarValue::Counts;
    }
    if args.mentions {
        spec.options.bar_value = charts::BarValue::Mentions;
    }
    if let Some(min_n) = args.min_n {
        spec.options.min_n = min_n;
    }
    spec.options.outline_holm = args.outline_holm;
    let flags = super::lumping::LumpingFlags {
        merge: &args.merge,
        rename: &args.rename,
        hide: &args.hide,
    };
    spec.options.lumping = super::lumping::lumping_from_flags(
        &flags,
        dataset.codebook(),
        &spec.question,
        spec.by.as_ref(),
    )
    .map_err(CliError::Lumping)?;
    let mut comparison = Comparison::of_all(spec, language);
    // Errors are English unless `--language` asks otherwise.
    let error_language = args
        .language
        .as_deref()
        .map_or(Language::English, Language::from_locale);
    args.compare
        .apply(&mut comparison, dataset, error_language)?;
    Ok(comparison)
}

/// A selection typed on the command line, named by its own text; a
/// mistake is reported in `error_language`.
pub(super) fn frozen(
    text: &str,
    dataset: &Dataset,
    error_language: Language,
) -> Result<FrozenSelection, CliError> {
    let filter = parse_filter(text, dataset.codebook()).map_err(|error| CliError::Select {
        text: text.to_owned(),
        error: Box::new(error),
        language: error_language,
    })?;
    Ok(FrozenSelection {
        name: text.to_owned(),
        filter,
        from: None,
    })
}
