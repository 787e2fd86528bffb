//! NarraFirma's story form CSV: which column holds which question, its
//! import type, its answers, and the import settings (scale range, yes/no
//! spelling, delimiter, the names of the title and text columns).
//!
//! Layout: comment lines (`;`), then the header `Data column name, Type,
//! About, Short name, Long name, Options, Answers…`, one row per question,
//! then rows with an empty first cell holding form texts and, with About =
//! `import`, the import settings.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::super::{CellRef, ImportOptions, RawTable, Reporter};

/// How a question's answers are written in the stories file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormType {
    Eliciting,
    SingleChoice,
    SingleChoiceIndexed,
    /// One column per option, all with the question's header, each holding
    /// the option's text when chosen.
    MultiTexts,
    /// One column per option, `Question: option`, holding the yes word.
    MultiYesNo,
    /// One column, options joined by the delimiter.
    MultiDelimited,
    /// One column, 1-based option numbers joined by the delimiter.
    MultiDelimitedIndexed,
    Scale,
    Text,
    Other(String),
}

/// An answer: the value written in the data and the label shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answer {
    pub value: String,
    pub label: String,
}

/// One question of the form.
#[derive(Clone, Debug, PartialEq)]
pub struct FormQuestion {
    pub column: String,
    pub kind: FormType,
    pub short_name: String,
    pub answers: Vec<Answer>,
    /// `key=value` pairs from the Options cell (`maxNumAnswers=2`, …).
    pub options: HashMap<String, String>,
}

/// The form's import settings, with NarraFirma's defaults.
#[derive(Clone, Debug, PartialEq)]
pub struct Settings {
    pub scale_range: (f64, f64),
    pub yes_no_separator: String,
    pub yes_no_ending: String,
    pub yes_indicator: String,
    pub delimiter: String,
    pub title_column: String,
    pub text_column: String,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            scale_range: (0.0, 100.0),
            yes_no_separator: ": ".into(),
            yes_no_ending: String::new(),
            yes_indicator: "Yes".into(),
            delimiter: ",".into(),
            title_column: "Story title".into(),
            text_column: "Story text".into(),
        }
    }
}

/// A parsed story form.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StoryForm {
    pub questions: Vec<FormQuestion>,
    pub settings: Settings,
}

impl StoryForm {
    /// Reads the form at `path`; `None` when it is not a story form.
    pub fn load(path: &Path) -> Option<Self> {
        let mut quiet = Reporter::default();
        let table = super::super::read_table(path, &ImportOptions::default(), &mut quiet).ok()?;
        Self::from_table(&table)
    }

    /// Interprets a table whose header starts with `Data column name`.
    pub fn from_table(table: &RawTable) -> Option<Self> {
        if !table.header(0).eq_ignore_ascii_case("Data column name") {
            return None;
        }
        let mut form = Self::default();
        for row in 0..table.len() {
            let text = |column: usize| {
                table
                    .cell(row, column)
                    .text()
                    .map(|t| t.into_owned())
                    .unwrap_or_default()
            };
            let answers: Vec<String> = (6..table.width())
                .map(text)
                .filter(|a| !a.is_empty())
                .collect();
            let (column, kind) = (text(0), text(1));
            if column.starts_with(';') {
                continue;
            }
            if column.is_empty() {
                if text(2).eq_ignore_ascii_case("import") {
                    // Settings keep their spaces: the yes/no separator is ": ".
                    let raw: Vec<String> = (6..table.width())
                        .map(|c| match table.cell(row, c) {
                            CellRef::Text(raw) => raw.to_owned(),
                            other => other.text().map(|t| t.into_owned()).unwrap_or_default(),
                        })
                        .collect();
                    form.settings.apply(&kind, &answers, &raw);
                }
                continue;
            }
            let kind = form_type(&kind);
            form.questions.push(FormQuestion {
                short_name: Some(text(3))
                    .filter(|s| !s.is_empty())
                    .unwrap_or_else(|| column.clone()),
                answers: answers.iter().map(|a| answer(a, &kind)).collect(),
                options: text(5)
                    .split('|')
                    .filter_map(|pair| pair.split_once('='))
                    .map(|(k, v)| (k.trim().to_owned(), v.trim().to_owned()))
                    .collect(),
                column,
                kind,
            });
        }
        Some(form)
    }
}

impl Settings {
    fn apply(&mut self, name: &str, answers: &[String], raw: &[String]) {
        let first = raw.first().cloned().unwrap_or_default();
        match name.to_lowercase().as_str() {
            "scale range" => {
                let bound = |i: usize| {
                    answers
                        .get(i)
                        .and_then(|a| super::super::cell::parse_number(a))
                };
                if let (Some(low), Some(high)) = (bound(0), bound(1)) {
                    self.scale_range = (low, high);
                }
            }
            "yes no questions q-a separator" => self.yes_no_separator = first,
            "yes no questions q-a ending" => self.yes_no_ending = first,
            "yes no questions yes indicator" if !first.is_empty() => self.yes_indicator = first,
            "multi choice single column delimiter" if !first.is_empty() => self.delimiter = first,
            "story title column name" if !first.is_empty() => self.title_column = first,
            "story text column name" if !first.is_empty() => self.text_column = first,
            _ => {}
        }
    }
}

fn form_type(name: &str) -> FormType {
    match name.trim().to_lowercase().as_str() {
        "eliciting" => FormType::Eliciting,
        "single choice" => FormType::SingleChoice,
        "single choice indexed" => FormType::SingleChoiceIndexed,
        "multi-choice multi-column texts" => FormType::MultiTexts,
        "multi-choice multi-column yes/no" => FormType::MultiYesNo,
        "multi-choice single-column delimited" => FormType::MultiDelimited,
        "multi-choice single-column delimited indexed" => FormType::MultiDelimitedIndexed,
        "scale" => FormType::Scale,
        "text" | "textarea" | "free text" | "write-in" => FormType::Text,
        other => FormType::Other(other.to_owned()),
    }
}

/// `value|label`; an eliciting question's label is its short name (the
/// part before the bar), not the whole question text.
fn answer(text: &str, kind: &FormType) -> Answer {
    match text.split_once('|') {
        Some((value, _)) if *kind == FormType::Eliciting => Answer {
            value: value.trim().to_owned(),
            label: value.trim().to_owned(),
        },
        Some((value, label)) => Answer {
            value: value.trim().to_owned(),
            label: label.trim().to_owned(),
        },
        None => Answer {
            value: text.trim().to_owned(),
            label: text.trim().to_owned(),
        },
    }
}

/// The story form beside a stories file: `x_stories.csv` →
/// `x_story_form.csv`, else the only CSV in the folder whose name has
/// "form" in it.
pub fn find_beside(stories: &Path) -> Option<PathBuf> {
    let folder = stories.parent()?;
    let name = stories.file_name()?.to_string_lossy().into_owned();
    let direct = folder.join(name.replace("stories", "story_form"));
    if direct != stories && direct.is_file() {
        return Some(direct);
    }
    let forms: Vec<PathBuf> = std::fs::read_dir(folder)
        .ok()?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p != stories)
        .filter(|p| {
            let lower = p
                .file_name()
                .map(|n| n.to_string_lossy().to_lowercase())
                .unwrap_or_default();
            lower.ends_with(".csv") && lower.contains("form")
        })
        .collect();
    match forms.as_slice() {
        [only] => Some(only.clone()),
        _ => None,
    }
}
