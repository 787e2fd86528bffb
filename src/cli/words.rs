//! `storylens words` and `storylens kwic`: the word list of the stories,
//! the keyness of a selection against the rest, and every occurrence of a
//! term in context — as JSON; `words --svg/--png` draws the app's chart of
//! the story text instead.

use std::path::PathBuf;

use clap::{Args, ValueEnum};
use serde::Serialize;

use crate::charts::ChartSpec;
use crate::export::{self, ExportOptions};
use crate::i18n::Language;
use crate::model::{Dataset, Selection, TextRole};
use crate::project::Comparison;
use crate::words::{self, KwicOrder, WordIndex, WordOptions};

use super::chart::{PNG_SCALE, frozen};
use super::compare::CompareArgs;
use super::{CliError, DataArgs, load};

/// Arguments of `storylens words`; the comparison flags are `chart`'s,
/// their help said for keyness: the selection's words are always tested
/// against the rest of the baseline.
#[derive(Debug, Args)]
#[command(
    mut_arg("select", |arg| arg.help(
        "Test the words of this selection against the rest, e.g. \
         '\"Voorbeeld van goed onderwijs\" >= 70'"
    )),
    mut_arg("baseline", |arg| arg.help(
        "The stories the selection is compared within (default: all); \
         the rest is the baseline's stories outside the selection"
    )),
    mut_arg("vs_rest", |arg| arg.help(
        "Compare with the rest of the baseline (the default; for symmetry with `chart`)"
    )),
)]
pub struct WordsArgs {
    /// The data to read.
    #[command(flatten)]
    pub source: DataArgs,
    /// `--select`, `--baseline` and `--vs-rest`.
    #[command(flatten)]
    pub compare: CompareArgs,
    /// Count words as written (lower-cased), not by their stem.
    #[arg(long)]
    pub no_stem: bool,
    /// Count two-word phrases (two adjacent words of a sentence, neither a
    /// stop word) instead of single words.
    #[arg(long)]
    pub phrases: bool,
    /// Leave out the words of this file too (UTF-8, one word per line,
    /// `#` starts a comment), each with every word sharing its stem.
    #[arg(long, value_name = "FILE")]
    pub stop_words: Option<PathBuf>,
    /// Leave out these words too, e.g. `school,kind`.
    #[arg(long, value_name = "W1,W2", value_delimiter = ',')]
    pub leave_out: Vec<String>,
    /// Only terms in at least this many stories (default 5).
    #[arg(long, value_name = "N", default_value_t = 5)]
    pub min_stories: usize,
    /// With --select: the N most over- and N most under-used terms;
    /// without: the N most frequent (default: all).
    #[arg(long, value_name = "N")]
    pub top: Option<usize>,
    /// Treat every story as Dutch (nl) or English (en) instead of
    /// detecting each story's language.
    #[arg(long, value_name = "nl|en")]
    pub language: Option<String>,
    /// Print JSON (the default).
    #[arg(long, conflicts_with_all = ["svg", "png"])]
    pub json: bool,
    /// Write the app's chart of the story text as an SVG image to OUT: the
    /// words most stories use, and with --select the keyness chart (the
    /// app's settings: stemmed, detected languages, terms in 5+ stories).
    #[arg(
        long,
        value_name = "OUT",
        conflicts_with_all = ["png", "no_stem", "top", "language", "min_stories"]
    )]
    pub svg: Option<PathBuf>,
    /// Write the same chart as a PNG image to OUT (2× for crisp slides).
    #[arg(
        long,
        value_name = "OUT",
        conflicts_with_all = ["no_stem", "top", "language", "min_stories"]
    )]
    pub png: Option<PathBuf>,
    /// Language of an image's labels (default nl).
    #[arg(long, value_name = "nl|en")]
    pub labels: Option<String>,
}

#[derive(Debug, Args)]
pub struct KwicArgs {
    #[command(flatten)]
    pub source: DataArgs,
    /// The word to find (any form: "plannen" finds "plan" and "plannen"),
    /// or two words for a phrase ("samen plannen").
    #[arg(long, allow_hyphen_values = true)]
    pub term: String,
    /// Only the stories of this selection.
    #[arg(long, value_name = "EXPR", allow_hyphen_values = true)]
    pub select: Option<String>,
    /// Count words as written, not by their stem.
    #[arg(long)]
    pub no_stem: bool,
    /// Order of the lines: by story, or by the word left or right of it.
    #[arg(long, value_enum, default_value_t = Order::Story)]
    pub order: Order,
    /// Treat every story as Dutch (nl) or English (en).
    #[arg(long, value_name = "nl|en")]
    pub language: Option<String>,
    /// Print JSON (the default and only output).
    #[arg(long)]
    pub json: bool,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum Order {
    Story,
    Left,
    Right,
}

/// The stop words in use, as the JSON reports them: how many per
/// language, and the words left out besides the standard list.
#[derive(Serialize)]
struct StopWords {
    list: &'static str,
    dutch: usize,
    english: usize,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    left_out_nl: Vec<String>,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    left_out_en: Vec<String>,
}

#[derive(Serialize)]
struct WordsJson<T: Serialize> {
    #[serde(flatten)]
    result: T,
    stemmer: &'static str,
    /// Whether the terms are two-word phrases.
    phrases: bool,
    stop_words: StopWords,
    /// Stories per detected language.
    languages: Languages,
}

#[derive(Serialize)]
struct Languages {
    nl: usize,
    en: usize,
}

fn options(no_stem: bool, language: Option<&str>) -> WordOptions {
    WordOptions {
        stem: !no_stem,
        language: language.map(Language::from_locale),
        ..WordOptions::default()
    }
}

/// The word options of `words`: its stemming, language, phrases and the
/// words it leaves out (in the `--language` given, else in both).
fn words_options(args: &WordsArgs) -> Result<WordOptions, CliError> {
    let mut options = options(args.no_stem, args.language.as_deref());
    options.phrases = args.phrases;
    let mut left_out = args.leave_out.clone();
    if let Some(path) = &args.stop_words {
        let text = std::fs::read_to_string(path).map_err(|e| CliError::StopWordsFile {
            path: path.display().to_string(),
            detail: e.to_string(),
        })?;
        left_out.extend(stop_words_of_file(&text));
    }
    let languages = match options.language {
        Some(language) => vec![language],
        None => vec![Language::Dutch, Language::English],
    };
    for word in &left_out {
        for &language in &languages {
            options.stop_words.leave_out(language, word);
        }
    }
    Ok(options)
}

/// The words of a stop-word file: one per line, trimmed, `#` to the end of
/// the line a comment, blank lines skipped.
fn stop_words_of_file(text: &str) -> impl Iterator<Item = String> + '_ {
    text.lines()
        .map(|line| line.split('#').next().unwrap_or("").trim())
        .filter(|word| !word.is_empty())
        .map(str::to_owned)
}

/// A selection typed on the command line, its word clauses counting words
/// as the command does (`words`: given here the same stop words and
/// stemming); mistakes are reported in English.
fn selection(text: &str, dataset: &Dataset, words: &WordOptions) -> Result<Selection, CliError> {
    Ok(frozen(text, dataset, Language::English)?
        .filter
        .evaluate_with(dataset, words)?)
}

fn to_json(value: &impl Serialize) -> String {
    // Counts, strings and finite or null numbers: serde_json always
    // serialises them.
    serde_json::to_string_pretty(value).unwrap_or_default()
}

fn wrap<T: Serialize>(index: &WordIndex, result: T) -> String {
    let analyzer = index.analyzer();
    let (nl, en) = index.language_counts();
    to_json(&WordsJson {
        result,
        stemmer: analyzer.stemmer_name(),
        phrases: analyzer.options().phrases,
        stop_words: StopWords {
            list: "nltk",
            dutch: analyzer.stop_words(Language::Dutch).len(),
            english: analyzer.stop_words(Language::English).len(),
            left_out_nl: analyzer.options().stop_words.left_out_nl.clone(),
            left_out_en: analyzer.options().stop_words.left_out_en.clone(),
        },
        languages: Languages { nl, en },
    })
}

pub fn run_words(args: &WordsArgs) -> Result<String, CliError> {
    let loaded = load(&args.source)?;
    let dataset = loaded.dataset();
    let options = words_options(args)?;
    if args.svg.is_some() || args.png.is_some() {
        return image(args, dataset, options);
    }
    let index = WordIndex::build(dataset, options.clone());
    let Some(select) = &args.compare.select else {
        let mut list = words::word_list(&index, &dataset.all(), args.min_stories);
        if let Some(top) = args.top {
            list.terms.truncate(top);
        }
        return Ok(wrap(&index, list));
    };
    let chosen = selection(select, dataset, &options)?;
    let baseline = match &args.compare.baseline {
        Some(text) => selection(text, dataset, &options)?,
        None => dataset.all(),
    };
    let selected = chosen.and(&baseline);
    let mut keyness = words::keyness(&index, &selected, &baseline, args.min_stories);
    if let Some(top) = args.top {
        keyness.terms = keyness.top(top).into_iter().cloned().collect();
    }
    Ok(wrap(&index, keyness))
}

/// `--svg`/`--png`: the story text's chart as the app draws it — the same
/// `Comparison` of the story question, computed and laid out as a scene.
fn image(args: &WordsArgs, dataset: &Dataset, words: WordOptions) -> Result<String, CliError> {
    let story = dataset
        .codebook()
        .text_with_role(TextRole::Story)
        .ok_or(crate::model::FilterError::NoStoryText)?
        .id
        .clone();
    let language = Language::from_locale(args.labels.as_deref().unwrap_or("nl"));
    let mut spec = ChartSpec::new(story);
    spec.options.words = words;
    let mut comparison = Comparison::of_all(spec, language);
    args.compare
        .apply(&mut comparison, dataset, Language::English)?;
    let data = comparison.compute(dataset)?;
    let options = ExportOptions {
        source: dataset.name.clone(),
        ..ExportOptions::new(language)
    };
    let scene = export::scene_from_chart(&data, &options);
    match (&args.svg, &args.png) {
        (Some(path), _) => {
            export::write_svg(&scene, path)?;
            Ok(format!("Wrote {}", path.display()))
        }
        (None, Some(path)) => {
            export::write_png(&scene, PNG_SCALE, path)?;
            Ok(format!("Wrote {}", path.display()))
        }
        (None, None) => Ok(String::new()),
    }
}

#[derive(Serialize)]
struct KwicJson {
    term: String,
    forms: Vec<String>,
    lines: Vec<KwicLineJson>,
}

#[derive(Serialize)]
struct KwicLineJson {
    story: String,
    #[serde(flatten)]
    line: words::KwicLine,
}

pub fn run_kwic(args: &KwicArgs) -> Result<String, CliError> {
    let loaded = load(&args.source)?;
    let dataset = loaded.dataset();
    // Two words are a phrase, looked up in an index counting phrases.
    let phrase = words::Analyzer::words(&args.term).nth(1).is_some();
    let options = WordOptions {
        phrases: phrase,
        ..options(args.no_stem, args.language.as_deref())
    };
    let index = WordIndex::build(dataset, options.clone());
    let population = args
        .select
        .as_deref()
        .map(|text| selection(text, dataset, &options))
        .transpose()?;
    let term = if phrase {
        index.find_phrase(&args.term)
    } else {
        index.find(&args.term)
    };
    let Some(term) = term else {
        let term = args.term.clone();
        return Err(if phrase {
            CliError::UnknownPhrase(term)
        } else {
            CliError::UnknownWord(term)
        });
    };
    let order = match args.order {
        Order::Story => KwicOrder::Story,
        Order::Left => KwicOrder::Left,
        Order::Right => KwicOrder::Right,
    };
    let text_of = |row| dataset.text(TextRole::Story, row).unwrap_or("");
    let lines = words::kwic(&index, term, population.as_ref(), text_of, order)
        .into_iter()
        .map(|line| KwicLineJson {
            story: dataset
                .story_ids()
                .get(line.row)
                .map(ToString::to_string)
                .unwrap_or_default(),
            line,
        })
        .collect();
    Ok(wrap(
        &index,
        KwicJson {
            term: term.key.clone(),
            forms: term.form_names(),
            lines,
        },
    ))
}
