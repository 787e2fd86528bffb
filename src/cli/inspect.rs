//! `storylens inspect`: the questions of a dataset as JSON or a table.

use serde_json::{Value, json};

use crate::model::{Dataset, QuestionKind};

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
