//! `storylens stories`: the stories with every answer — as JSON (each story
//! an object keyed by question title, text exactly as imported), or as the
//! app's selection table in CSV or XLSX (cells a spreadsheet would read as
//! a formula neutralised).

use std::path::PathBuf;

use clap::Args;
use serde_json::{Map, Value, json};

use crate::calendar::iso_date_from_days;
use crate::i18n::Language;
use crate::model::{Answer, Dataset, Selection};
use crate::report::{self, TableFormat};

use super::chart::frozen;
use super::{CliError, DataArgs, load};

#[derive(Debug, Args)]
pub struct StoriesArgs {
    #[command(flatten)]
    pub source: DataArgs,
    /// Only the stories of this selection, e.g. 'Regio = "Noord"'.
    #[arg(long, value_name = "EXPR", allow_hyphen_values = true)]
    pub select: Option<String>,
    /// Print the stories as JSON (the default).
    #[arg(long, conflicts_with_all = ["csv", "xlsx"])]
    pub json: bool,
    /// Write the stories as a CSV table to OUT.
    #[arg(long, value_name = "OUT", conflicts_with = "xlsx")]
    pub csv: Option<PathBuf>,
    /// Write the stories as an Excel workbook to OUT.
    #[arg(long, value_name = "OUT")]
    pub xlsx: Option<PathBuf>,
    /// Language of the table's column names and of mistakes: nl or en.
    #[arg(long, value_name = "nl|en", default_value = "en")]
    pub language: String,
}

pub fn run(args: &StoriesArgs) -> Result<String, CliError> {
    let loaded = load(&args.source)?;
    let dataset = loaded.dataset();
    let language = Language::from_locale(&args.language);
    let selection = match &args.select {
        Some(text) => frozen(text, dataset, language)?.filter.evaluate(dataset)?,
        None => dataset.all(),
    };
    let table = match (&args.csv, &args.xlsx) {
        (Some(path), _) => Some((TableFormat::Csv, path)),
        (None, Some(path)) => Some((TableFormat::Xlsx, path)),
        (None, None) => None,
    };
    if let Some((format, path)) = table {
        report::write_selection(dataset, &selection, &[], language, format, path)
            .map_err(report_error)?;
        return Ok(format!("Wrote {}", path.display()));
    }
    // Strings, finite numbers, nulls, arrays and objects: serde_json always
    // writes them.
    Ok(serde_json::to_string_pretty(&stories_json(dataset, &selection)).unwrap_or_default())
}

fn report_error(error: report::ReportError) -> CliError {
    CliError::Report(error.into())
}

/// `{"stories": n, "questions": [titles…], "rows": [{"id": …, title: answer…}]}`.
fn stories_json(dataset: &Dataset, selection: &Selection) -> Value {
    let questions: Vec<&str> = dataset
        .codebook()
        .questions
        .iter()
        .map(|q| q.title.as_str())
        .collect();
    let rows: Vec<Value> = selection
        .iter()
        .filter(|&row| row < dataset.len())
        .map(|row| {
            let mut story = Map::new();
            let id = dataset.story_ids().get(row).map(|id| id.0.clone());
            story.insert("id".into(), json!(id));
            for (index, (question, _)) in dataset.questions().enumerate() {
                let answer = answer_json(dataset.answer(index, row), &question.kind);
                story.insert(question.title.clone(), answer);
            }
            Value::Object(story)
        })
        .collect();
    json!({
        "stories": rows.len(),
        "questions": questions,
        "rows": rows,
    })
}

/// An answer as JSON: `null` when missing, `{"not_applicable": true}`,
/// text as imported, numbers and sliders (0–100) as numbers, dates as
/// `YYYY-MM-DD`, a single choice as its label, a multiple choice as a list,
/// a triad as its corners' percents, stones as `{label, x, y}` (0–100).
fn answer_json(answer: Answer<'_>, kind: &crate::model::QuestionKind) -> Value {
    use crate::model::QuestionKind;
    let number = |v: f64| serde_json::Number::from_f64(v).map_or(Value::Null, Value::Number);
    match answer {
        Answer::Missing => Value::Null,
        Answer::NotApplicable => json!({ "not_applicable": true }),
        Answer::Text(text) => json!(text),
        Answer::Number(n) | Answer::Slider(n) => number(n),
        Answer::Date(days) => json!(iso_date_from_days(days)),
        Answer::Choice(options) => match kind {
            QuestionKind::MultiChoice { .. } => json!(options),
            _ => options.first().map_or(Value::Null, |o| json!(o)),
        },
        Answer::Triad(parts) => match kind {
            QuestionKind::Triad { top, left, right } => {
                let mut corners = Map::new();
                for (corner, part) in [top, left, right].into_iter().zip(parts) {
                    corners.insert(corner.clone(), number(part * 100.0));
                }
                Value::Object(corners)
            }
            _ => json!(parts.iter().map(|p| p * 100.0).collect::<Vec<_>>()),
        },
        Answer::Stones(stones) => Value::Array(
            stones
                .iter()
                .map(|(label, x, y)| json!({ "label": label, "x": x * 100.0, "y": y * 100.0 }))
                .collect(),
        ),
    }
}
