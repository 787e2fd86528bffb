//! NarraFirma stories CSV, read with the story form CSV beside it
//! ([`form`]): every question gets the kind and options the form declares,
//! in the encoding the form names (single choice, indexed, four multi-choice
//! encodings, scales with their range, write-ins). Columns the form does not
//! mention (collection date, language, …) go to the generic recogniser.

mod answers;
mod form;

pub use form::{FormQuestion, FormType, StoryForm, find_beside};

use std::collections::{HashMap, HashSet};

use crate::model::{Column, QuestionKind, TextRole};

use super::assemble::{Assembly, slug};
use super::choice::MultiBuilder;
use super::columns::{self, is_truthy};
use super::{ImportNote, RawTable, Reporter, generic};

/// Recognises NarraFirma stories in `table` with `form`. Comment lines
/// (first cell starting with `;`) are dropped from the table first.
pub fn recognise(table: &mut RawTable, form: &StoryForm, report: &mut Reporter) -> Assembly {
    let before = table.len();
    table.retain_rows(|table, row| {
        !table
            .cell(row, 0)
            .text()
            .is_some_and(|t| t.starts_with(';'))
    });
    if table.len() < before {
        report.file(ImportNote::CommentLinesSkipped {
            count: before - table.len(),
        });
    }
    let table: &RawTable = table;
    let mut by_header: HashMap<&str, Vec<usize>> = HashMap::new();
    for (column, header) in table.headers.iter().enumerate() {
        by_header.entry(header.as_str()).or_default().push(column);
    }
    let mut narra = Narra {
        table,
        by_header,
        consumed: HashSet::new(),
        assembly: Assembly::default(),
    };
    for (name, role) in [
        (&form.settings.title_column, TextRole::Title),
        (&form.settings.text_column, TextRole::Story),
    ] {
        if let Some(column) = narra.take(name) {
            let built = columns::text(table, column);
            narra.push(
                name,
                name.clone(),
                QuestionKind::Text { role },
                vec![column],
                built,
            );
        }
    }
    for question in &form.questions {
        if narra.first(&question.column).is_none() && question.kind != FormType::MultiYesNo {
            report.column(&question.column, ImportNote::FormColumnMissing);
            continue;
        }
        narra.question(question, form, report);
    }
    let leftover: Vec<usize> = (0..table.width())
        .filter(|c| !narra.consumed.contains(c))
        .collect();
    let mut assembly = narra.assembly;
    generic::recognise_columns(table, &leftover, &mut assembly, report);
    assembly
}

struct Narra<'a> {
    table: &'a RawTable,
    by_header: HashMap<&'a str, Vec<usize>>,
    consumed: HashSet<usize>,
    assembly: Assembly,
}

impl Narra<'_> {
    fn first(&self, header: &str) -> Option<usize> {
        self.by_header.get(header)?.first().copied()
    }

    /// The first column named `header`, marked as used.
    fn take(&mut self, header: &str) -> Option<usize> {
        let column = self.first(header)?;
        self.consumed.insert(column);
        Some(column)
    }

    fn push(
        &mut self,
        id: &str,
        title: String,
        kind: QuestionKind,
        sources: Vec<usize>,
        built: Column,
    ) {
        let headers = sources
            .iter()
            .map(|&c| self.table.header(c).to_owned())
            .collect();
        self.assembly.push(&slug(id), title, kind, headers, built);
    }

    #[allow(clippy::too_many_lines, reason = "one match over question types")]
    fn question(&mut self, q: &FormQuestion, form: &StoryForm, report: &mut Reporter) {
        let table = self.table;
        let title = q.short_name.clone();
        let labels: Vec<String> = q.answers.iter().map(|a| a.label.clone()).collect();
        match &q.kind {
            FormType::Eliciting | FormType::SingleChoice | FormType::SingleChoiceIndexed => {
                let Some(column) = self.take(&q.column) else {
                    return;
                };
                let (options, built, write_ins) = answers::single(table, q, column, report);
                let kind = QuestionKind::SingleChoice {
                    options,
                    ordinal: false,
                };
                self.push(&q.column, title.clone(), kind, vec![column], built);
                if let Some(write_ins) = write_ins {
                    let kind = QuestionKind::Text {
                        role: TextRole::Other,
                    };
                    self.push(
                        &format!("{} write-in", q.column),
                        format!("{title} (write-in)"),
                        kind,
                        vec![column],
                        write_ins,
                    );
                }
            }
            FormType::MultiTexts => {
                let sources = self
                    .by_header
                    .get(q.column.as_str())
                    .cloned()
                    .unwrap_or_default();
                self.consumed.extend(&sources);
                let (options, built) =
                    answers::multi(table, &sources, labels, q, report, |cell_text| {
                        Some(vec![cell_text.to_owned()])
                    });
                self.push(
                    &q.column,
                    title.clone(),
                    QuestionKind::MultiChoice { options },
                    sources,
                    built,
                );
            }
            FormType::MultiYesNo => {
                let settings = &form.settings;
                let mut builder = MultiBuilder::new(table.len());
                let mut sources = Vec::new();
                for (option, answer) in q.answers.iter().enumerate() {
                    let header = format!(
                        "{}{}{}{}",
                        q.column, settings.yes_no_separator, answer.value, settings.yes_no_ending
                    );
                    let Some(column) = self.take(&header) else {
                        report.column(&header, ImportNote::FormYesNoColumnMissing);
                        continue;
                    };
                    sources.push(column);
                    for row in 0..table.len() {
                        let cell = table.cell(row, column);
                        if cell.is_empty() {
                            continue;
                        }
                        builder.answered(row);
                        let yes = cell
                            .text()
                            .is_some_and(|t| t.eq_ignore_ascii_case(&settings.yes_indicator));
                        if yes || is_truthy(cell) {
                            builder.choose(row, option);
                        }
                    }
                }
                let built = builder.finish(labels.len());
                self.push(
                    &q.column,
                    title.clone(),
                    QuestionKind::MultiChoice { options: labels },
                    sources,
                    built,
                );
            }
            FormType::MultiDelimited | FormType::MultiDelimitedIndexed => {
                let Some(column) = self.take(&q.column) else {
                    return;
                };
                let delimiter = form.settings.delimiter.clone();
                let indexed = q.kind == FormType::MultiDelimitedIndexed;
                let values: Vec<String> = q.answers.iter().map(|a| a.value.clone()).collect();
                let (options, built) =
                    answers::multi(table, &[column], labels, q, report, |text| {
                        text.split(delimiter.as_str())
                            .map(str::trim)
                            .filter(|t| !t.is_empty())
                            .map(|t| {
                                if indexed {
                                    let index = t.parse::<usize>().ok()?.checked_sub(1)?;
                                    values.get(index).cloned()
                                } else {
                                    Some(t.to_owned())
                                }
                            })
                            .collect()
                    });
                self.push(
                    &q.column,
                    title.clone(),
                    QuestionKind::MultiChoice { options },
                    vec![column],
                    built,
                );
            }
            FormType::Scale => {
                let Some(column) = self.take(&q.column) else {
                    return;
                };
                let label = |i: usize| {
                    q.answers
                        .get(i)
                        .map(|a| a.label.clone())
                        .unwrap_or_default()
                };
                let bound = |i: usize| {
                    q.answers
                        .get(i)
                        .and_then(|a| super::cell::parse_number(&a.value))
                };
                let range = match (bound(2), bound(3)) {
                    (Some(low), Some(high)) if high > low => (low, high),
                    _ => form.settings.scale_range,
                };
                let built = columns::slider(table, column, range, None, &q.column, report);
                let kind = QuestionKind::Slider {
                    left: label(0),
                    right: label(1),
                };
                self.push(&q.column, title.clone(), kind, vec![column], built);
            }
            FormType::Text => {
                let Some(column) = self.take(&q.column) else {
                    return;
                };
                let built = columns::text(table, column);
                self.push(
                    &q.column,
                    title.clone(),
                    QuestionKind::Text {
                        role: TextRole::Other,
                    },
                    vec![column],
                    built,
                );
            }
            FormType::Other(kind) => {
                let Some(column) = self.take(&q.column) else {
                    return;
                };
                report.column(
                    &q.column,
                    ImportNote::FormTypeUnknown { kind: kind.clone() },
                );
                let plan = generic::plan(table, column, &self.assembly);
                generic::build_planned(
                    table,
                    column,
                    &slug(&q.column),
                    title.clone(),
                    plan,
                    &mut self.assembly,
                    report,
                );
            }
        }
        let write_in = format!("WRITEIN_{}", q.column);
        if let Some(column) = self.take(&write_in) {
            let built = columns::text(table, column);
            let kind = QuestionKind::Text {
                role: TextRole::Other,
            };
            self.push(
                &write_in,
                format!("{title} (write-in)"),
                kind,
                vec![column],
                built,
            );
        }
    }
}
