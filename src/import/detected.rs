//! [`Detected`]: what the import dialog shows about a file before the user
//! accepts it: a preview of the first rows as read, and per question the
//! kind detection chose with a [`Confidence`].
//!
//! Confidence is a prior for how ambiguous the rule that chose the kind is
//! (three weights summing to 100 are surely a triad; numbers between 0 and
//! 100 may be a slider or a plain number), times the share of the
//! question's answers taken without a repair. A kind the user chose is
//! certain.

use std::collections::HashSet;

use serde::Serialize;

use crate::model::{Dataset, QuestionId, QuestionKind, TextRole};

use super::edits::{CodebookEdits, Edit};
use super::{ImportWarning, RawTable};

/// Rows of the file shown in the preview.
pub const PREVIEW_ROWS: usize = 20;
/// Characters of a cell shown in the preview.
const PREVIEW_CHARS: usize = 120;
/// More options than this makes a single-choice question look like text.
const MANY_OPTIONS: usize = 12;

/// A summary of an import for the import dialog.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Detected {
    /// Column headers of the file, after title rows were skipped.
    pub headers: Vec<String>,
    /// The first [`PREVIEW_ROWS`] rows as text, long cells cut short.
    pub preview: Vec<Vec<String>>,
    /// Number of stories in the file.
    pub stories: usize,
    /// The detected questions (with the edits applied), in column order.
    pub questions: Vec<DetectedQuestion>,
    /// A workbook's sheet names (empty for text files), and the one read.
    pub sheets: Vec<String>,
    /// The sheet read; `None` for text files.
    pub sheet: Option<String>,
}

/// One question as detected (and edited).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DetectedQuestion {
    /// The question's id in the dataset.
    pub id: QuestionId,
    /// The question's title (the header, or the edited title).
    pub title: String,
    /// The kind detected or chosen, with its labels.
    pub kind: QuestionKind,
    /// Source column headers; the first names the question in edits.
    pub sources: Vec<String>,
    /// Stories that answered.
    pub answered: usize,
    /// How sure detection is of `kind`, and why.
    pub confidence: Confidence,
}

impl DetectedQuestion {
    /// The header that names this question in [`CodebookEdits`].
    pub fn key(&self) -> &str {
        self.sources.first().map_or("", String::as_str)
    }
}

/// How sure detection is of a question's kind.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Confidence {
    /// 0–1.
    pub value: f32,
    /// What made detection choose the kind.
    pub reason: Reason,
    /// Answers that needed a repair (listed in the import report).
    pub repaired: usize,
}

/// Why detection chose a kind, as a short phrase.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// The user chose the kind.
    Edited,
    /// Three weights that sum to 1 or 100.
    Weights,
    /// Stone positions.
    Stones,
    /// Yes/no columns or a list of options per cell.
    Options,
    /// A few answers repeated often.
    FewOptions,
    /// Many different answers: perhaps free text.
    ManyOptions,
    /// Numbers spread over 0–100 (or 0–1): could be a plain number.
    SliderRange,
    /// Numeric answers outside a slider's range.
    Numbers,
    /// Answers that read as dates.
    Dates,
    /// Unique values under an id header.
    Identifiers,
    /// The header names a story title.
    TitleHeader,
    /// Long texts, mostly different: the story.
    LongTexts,
    /// Text that is neither a title nor the story.
    OtherText,
}

impl std::fmt::Display for Reason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::Edited => "chosen by you",
            Self::Weights => "three weights that sum to a whole",
            Self::Stones => "stone positions",
            Self::Options => "options ticked per story",
            Self::FewOptions => "a few answers, repeated often",
            Self::ManyOptions => "many different answers; perhaps free text",
            Self::SliderRange => "numbers spread over the scale; could be plain numbers",
            Self::Numbers => "numbers",
            Self::Dates => "dates",
            Self::Identifiers => "an id header",
            Self::TitleHeader => "the header names a title",
            Self::LongTexts => "long, mostly different texts",
            Self::OtherText => "text that is neither title nor story",
        })
    }
}

impl Detected {
    /// Summarises an import of `table` into `dataset`.
    pub fn new(
        table: &RawTable,
        dataset: &Dataset,
        warnings: &[ImportWarning],
        edits: &CodebookEdits,
    ) -> Self {
        let preview = (0..table.len().min(PREVIEW_ROWS))
            .map(|row| table.row(row).map(preview_text).collect())
            .collect();
        let edited = edited_columns(edits);
        let questions = dataset
            .questions()
            .map(|(question, _)| {
                let answered = dataset.answered_count(&question.id);
                let repaired = repaired_rows(warnings, &question.title, &question.columns);
                let by_user = question.columns.iter().any(|c| edited.contains(c.as_str()));
                DetectedQuestion {
                    id: question.id.clone(),
                    title: question.title.clone(),
                    kind: question.kind.clone(),
                    sources: question.columns.clone(),
                    answered,
                    confidence: confidence(&question.kind, answered, repaired, by_user),
                }
            })
            .collect();
        Self {
            headers: table.headers.clone(),
            preview,
            stories: dataset.len(),
            questions,
            sheets: table.sheets.clone(),
            sheet: table.sheet.clone(),
        }
    }
}

fn preview_text(cell: super::CellRef<'_>) -> String {
    let Some(text) = cell.text() else {
        return String::new();
    };
    let one_line = text.replace(['\r', '\n'], " ");
    if one_line.chars().count() > PREVIEW_CHARS {
        let cut: String = one_line.chars().take(PREVIEW_CHARS - 1).collect();
        format!("{cut}…")
    } else {
        one_line
    }
}

/// Columns whose kind the edits set (a kind, a split or a merge).
fn edited_columns(edits: &CodebookEdits) -> HashSet<&str> {
    let mut columns = HashSet::new();
    for edit in &edits.edits {
        match edit {
            Edit::Kind { column, .. } | Edit::Split { column, .. } => {
                columns.insert(column.as_str());
            }
            Edit::Triad {
                top, left, right, ..
            } => columns.extend([top.as_str(), left.as_str(), right.as_str()]),
            Edit::Multi {
                columns: merged, ..
            } => {
                columns.extend(merged.iter().map(String::as_str));
            }
            Edit::Rename { .. } | Edit::Order { .. } | Edit::Ordinal { .. } => {}
        }
    }
    columns
}

/// Distinct rows with a warning about the question (by title or column).
fn repaired_rows(warnings: &[ImportWarning], title: &str, sources: &[String]) -> usize {
    let mut rows = HashSet::new();
    for warning in warnings {
        if warning.column == title || sources.contains(&warning.column) {
            rows.extend(warning.rows.iter().copied());
        }
    }
    rows.len()
}

fn confidence(kind: &QuestionKind, answered: usize, repaired: usize, by_user: bool) -> Confidence {
    let (prior, reason) = if by_user {
        (1.0, Reason::Edited)
    } else {
        match kind {
            QuestionKind::Triad { .. } => (0.95, Reason::Weights),
            QuestionKind::Stones { .. } => (0.95, Reason::Stones),
            QuestionKind::MultiChoice { .. } => (0.9, Reason::Options),
            QuestionKind::SingleChoice { options, .. } if options.len() <= MANY_OPTIONS => {
                (0.9, Reason::FewOptions)
            }
            QuestionKind::SingleChoice { .. } => (0.6, Reason::ManyOptions),
            QuestionKind::Slider { .. } => (0.75, Reason::SliderRange),
            QuestionKind::Number => (0.85, Reason::Numbers),
            QuestionKind::Date => (0.95, Reason::Dates),
            QuestionKind::Id => (0.95, Reason::Identifiers),
            QuestionKind::Text {
                role: TextRole::Title,
            } => (0.85, Reason::TitleHeader),
            QuestionKind::Text {
                role: TextRole::Story,
            } => (0.85, Reason::LongTexts),
            QuestionKind::Text {
                role: TextRole::Other,
            } => (0.6, Reason::OtherText),
        }
    };
    let clean = if repaired == 0 {
        1.0
    } else {
        1.0 - repaired as f32 / (answered + repaired) as f32
    };
    Confidence {
        value: (prior * clean).clamp(0.0, 1.0),
        reason,
        repaired,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repairs_lower_confidence_and_user_choices_are_certain() {
        let clean = confidence(&QuestionKind::Number, 90, 0, false);
        let repaired = confidence(&QuestionKind::Number, 90, 10, false);
        assert_eq!(clean.value, 0.85);
        assert!((repaired.value - 0.85 * 0.9).abs() < 1e-6);
        assert_eq!(repaired.repaired, 10);
        let chosen = confidence(&QuestionKind::Number, 90, 0, true);
        assert_eq!((chosen.value, chosen.reason), (1.0, Reason::Edited));
        let many = QuestionKind::SingleChoice {
            options: (0..20).map(|i| i.to_string()).collect(),
            ordinal: false,
        };
        assert_eq!(confidence(&many, 40, 0, false).reason, Reason::ManyOptions);
    }
}
