//! Choice answers of a NarraFirma question: a single choice (plain,
//! indexed, or with write-ins mixed in) and a multi-choice over one or more
//! columns, mapping the values written in the data to the form's labels.

use std::collections::HashMap;

use crate::model::{Column, TextColumn};

use super::super::choice::{At, MultiBuilder, Options, SingleBuilder};
use super::super::{ImportNote, RawTable, Reporter};
use super::{FormQuestion, FormType};

/// A single choice, indexed or not, with write-ins mixed into the
/// column when the form says so (then also returned as text).
pub fn single(
    table: &RawTable,
    q: &FormQuestion,
    column: usize,
    report: &mut Reporter,
) -> (Vec<String>, Column, Option<Column>) {
    let mut options = Options::declared(q.answers.iter().map(|a| a.label.clone()));
    let by_value: HashMap<&str, &str> = q
        .answers
        .iter()
        .map(|a| (a.value.as_str(), a.label.as_str()))
        .collect();
    let write_in_label = q.options.get("writeInTextBoxLabel").filter(|_| {
        q.options
            .get("writeInTextsAreInSeparateColumn")
            .is_some_and(|v| v.eq_ignore_ascii_case("no"))
    });
    let mut write_ins = write_in_label.map(|_| TextColumn::default());
    let mut builder = SingleBuilder::default();
    for (row, cell) in table.column(column).enumerate() {
        let at = At {
            column: &q.column,
            row: table.row_number(row),
        };
        let mut write_in = None;
        let code = cell.text().and_then(|value| {
            if q.kind == FormType::SingleChoiceIndexed {
                let answer = value
                    .parse::<usize>()
                    .ok()
                    .and_then(|i| q.answers.get(i.checked_sub(1)?));
                return match answer {
                    Some(answer) => options.code(&answer.label, at, report),
                    None => {
                        report.row(&q.column, at.row, ImportNote::AnswerNumberMissing);
                        None
                    }
                };
            }
            let known = by_value
                .get(value.as_ref())
                .copied()
                .or_else(|| options_has(q, &value));
            match (known, write_in_label) {
                (Some(label), _) => options.code(label, at, report),
                (None, Some(other)) => {
                    write_in = Some(value.into_owned());
                    options.insert(other)
                }
                (None, None) => options.code(&value, at, report),
            }
        });
        builder.push(code);
        if let Some(texts) = write_ins.as_mut() {
            texts.push(write_in.as_deref());
        }
    }
    (
        options.into_labels(),
        builder.finish(),
        write_ins.map(Column::Text),
    )
}

/// The label of the answer whose label equals `value` (data that uses the
/// display label rather than the value).
fn options_has<'a>(q: &'a FormQuestion, value: &str) -> Option<&'a str> {
    q.answers
        .iter()
        .find(|a| a.label == value)
        .map(|a| a.label.as_str())
}

/// A multi-choice question over `sources`, where `split` turns one cell's
/// text into answer values (or `None` for an unreadable cell).
pub fn multi(
    table: &RawTable,
    sources: &[usize],
    labels: Vec<String>,
    q: &FormQuestion,
    report: &mut Reporter,
    split: impl Fn(&str) -> Option<Vec<String>>,
) -> (Vec<String>, Column) {
    let by_value: HashMap<&str, &str> = q
        .answers
        .iter()
        .map(|a| (a.value.as_str(), a.label.as_str()))
        .collect();
    let mut options = Options::declared(labels);
    let mut builder = MultiBuilder::new(table.len());
    for row in 0..table.len() {
        for &column in sources {
            let Some(text) = table.cell(row, column).text() else {
                continue;
            };
            builder.answered(row);
            let at = At {
                column: &q.column,
                row: table.row_number(row),
            };
            let Some(values) = split(&text) else {
                report.row(&q.column, at.row, ImportNote::AnswerNumberUnknown);
                continue;
            };
            for value in values {
                let label = by_value
                    .get(value.as_str())
                    .copied()
                    .or_else(|| options_has(q, &value));
                if let Some(code) = options.code(label.unwrap_or(&value), at, report) {
                    builder.choose(row, code);
                }
            }
        }
    }
    let labels = options.into_labels();
    let built = builder.finish(labels.len());
    (labels, built)
}
