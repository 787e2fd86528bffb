//! `storylens inspect`: the questions of a dataset as JSON or a table,
//! with the layout that was recognised and every import warning.

use clap::Args;
use serde_json::{Value, json};

use crate::model::{Dataset, QuestionKind};

use super::{CliError, DataArgs, Loaded, load};

/// Arguments of `storylens inspect`.
#[derive(Debug, Args)]
pub struct InspectArgs {
    /// The data to inspect.
    #[command(flatten)]
    pub source: DataArgs,
    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,
}

pub fn run(args: &InspectArgs) -> Result<String, CliError> {
    let loaded = load(&args.source)?;
    let (layout, warnings) = match &loaded {
        Loaded::Demo(_) => (json!("demo"), Vec::new()),
        Loaded::File(imported) => (json!(imported.layout), imported.warnings.clone()),
    };
    if args.json {
        let mut value = inspect_json(loaded.dataset());
        value["layout"] = layout;
        value["warnings"] = json!(warnings);
        Ok(value.to_string())
    } else {
        let mut out = inspect_table(loaded.dataset());
        for warning in &warnings {
            out.push_str(&format!("warning: {warning}\n"));
        }
        Ok(out)
    }
}

/// `{"stories": N, "questions": [{"id", "title", "kind", "n", "options" |
/// "poles" | "corners" | "stones", "columns"}]}`.
pub fn inspect_json(dataset: &Dataset) -> Value {
    let questions: Vec<Value> = dataset
        .questions()
        .map(|(question, _)| {
            let mut entry = json!({
                "id": question.id.as_str(),
                "title": question.title,
                "kind": question.kind.code(),
                "n": dataset.answered_count(&question.id),
                "columns": question.columns,
            });
            let labels = match &question.kind {
                QuestionKind::SingleChoice { options, ordinal } => {
                    entry["ordinal"] = json!(ordinal);
                    Some(("options", json!(options)))
                }
                QuestionKind::MultiChoice { options } => Some(("options", json!(options))),
                QuestionKind::Slider { left, right } => Some(("poles", json!([left, right]))),
                QuestionKind::Triad { top, left, right } => {
                    Some(("corners", json!([top, left, right])))
                }
                QuestionKind::Stones { stones, .. } => Some(("stones", json!(stones))),
                _ => None,
            };
            if let Some((key, value)) = labels {
                entry[key] = value;
            }
            entry
        })
        .collect();
    json!({
        "name": dataset.name,
        "stories": dataset.len(),
        "questions": questions,
    })
}

/// A plain table: kind, n and title per question.
pub fn inspect_table(dataset: &Dataset) -> String {
    let mut out = format!("{}: {} stories\n", dataset.name, dataset.len());
    for (question, _) in dataset.questions() {
        out.push_str(&format!(
            "{:<7} n={:<7} {}\n",
            question.kind.code(),
            dataset.answered_count(&question.id),
            question.title
        ));
    }
    out
}
