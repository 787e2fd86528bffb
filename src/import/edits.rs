//! [`CodebookEdits`]: what the researcher changed about the detected
//! codebook in the import dialog, kept with the project and applied again to
//! the next export of the same survey.
//!
//! Edits name questions by a *source column header* (the first column that
//! feeds the question), not by position or generated id: headers are what
//! stay the same between two exports of one survey. [`apply`](super::apply)
//! carries the edits out on the detected questions, in order; an edit whose
//! column the file does not have is reported, never silently dropped.

use serde::{Deserialize, Serialize};

use crate::model::{QuestionKind, TextRole};

/// The kinds a user can give a question in the dialog. Triads are made by
/// merging three columns ([`Edit::Triad`]), not by picking a kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum KindChoice {
    /// Free text other than the title and the story.
    Text,
    /// The story's title.
    Title,
    /// The story itself.
    Story,
    /// A single choice: one option per story.
    Single,
    /// A multiple choice: any number of options per story.
    Multi,
    /// A slider: a position between two poles.
    Slider,
    /// A number.
    Number,
    /// A date.
    Date,
    /// The story id.
    Id,
    /// Not imported.
    Ignore,
}

impl KindChoice {
    /// Every choice in the order the dialog lists them.
    pub const ALL: [Self; 10] = [
        Self::Title,
        Self::Story,
        Self::Text,
        Self::Single,
        Self::Multi,
        Self::Slider,
        Self::Number,
        Self::Date,
        Self::Id,
        Self::Ignore,
    ];

    /// The choice that describes `kind`; `None` for triads and stones,
    /// which have no single-column equivalent.
    pub fn of(kind: &QuestionKind) -> Option<Self> {
        Some(match kind {
            QuestionKind::Id => Self::Id,
            QuestionKind::Text {
                role: TextRole::Title,
            } => Self::Title,
            QuestionKind::Text {
                role: TextRole::Story,
            } => Self::Story,
            QuestionKind::Text {
                role: TextRole::Other,
            } => Self::Text,
            QuestionKind::Date => Self::Date,
            QuestionKind::Number => Self::Number,
            QuestionKind::SingleChoice { .. } => Self::Single,
            QuestionKind::MultiChoice { .. } => Self::Multi,
            QuestionKind::Slider { .. } => Self::Slider,
            QuestionKind::Triad { .. } | QuestionKind::Stones { .. } => return None,
        })
    }
}

/// One change to the detected codebook. `column` is a source column header.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "edit", rename_all = "snake_case")]
pub enum Edit {
    /// A new title for the question fed by `column`; the id stays.
    Rename {
        /// The source column header of the question.
        column: String,
        /// The new title.
        title: String,
    },
    /// A new kind for the question fed by `column` (each of its columns
    /// when it has several); [`KindChoice::Ignore`] leaves it out.
    Kind {
        /// The source column header of the question.
        column: String,
        /// The kind it gets.
        kind: KindChoice,
    },
    /// Three numeric columns as one triad, corners in this order.
    Triad {
        /// The triad's title.
        title: String,
        /// The header of the top corner's column.
        top: String,
        /// The header of the left corner's column.
        left: String,
        /// The header of the right corner's column.
        right: String,
    },
    /// Several columns as one multi-choice question: yes/no columns give
    /// one option each, columns holding labels give their labels.
    Multi {
        /// The question's title.
        title: String,
        /// The source column headers to merge, in order.
        columns: Vec<String>,
    },
    /// One column holding several options per cell, split on `delimiter`.
    Split {
        /// The source column header.
        column: String,
        /// The character between two options in a cell.
        delimiter: char,
    },
    /// The options of a choice question in this order (labels not named
    /// keep their order after these).
    Order {
        /// The source column header of the question.
        column: String,
        /// Option labels in the wanted order.
        options: Vec<String>,
    },
    /// Whether a single-choice question's option order means something.
    Ordinal {
        /// The source column header of the question.
        column: String,
        /// True: the options are ordered (low to high).
        ordinal: bool,
    },
}

impl Edit {
    /// The column an edit of one question is about; `None` for merges.
    pub fn column(&self) -> Option<&str> {
        match self {
            Self::Rename { column, .. }
            | Self::Kind { column, .. }
            | Self::Split { column, .. }
            | Self::Order { column, .. }
            | Self::Ordinal { column, .. } => Some(column),
            Self::Triad { .. } | Self::Multi { .. } => None,
        }
    }

    /// Whether `self` makes an earlier `other` pointless (same question,
    /// same sort of change).
    fn supersedes(&self, other: &Edit) -> bool {
        use std::mem::discriminant;
        let sets_kind = |e: &Edit| matches!(e, Self::Kind { .. } | Self::Split { .. });
        let same_sort =
            discriminant(self) == discriminant(other) || (sets_kind(self) && sets_kind(other));
        same_sort && self.column().is_some() && self.column() == other.column()
    }
}

/// The edits of one survey's codebook, applied in order after detection.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct CodebookEdits {
    /// The edits in the order they are applied; no edit supersedes an earlier
    /// one (see [`CodebookEdits::push`]).
    pub edits: Vec<Edit>,
}

impl CodebookEdits {
    /// Whether nothing was changed.
    pub fn is_empty(&self) -> bool {
        self.edits.is_empty()
    }

    /// Adds `edit`, dropping an earlier edit it supersedes (a second
    /// rename of the same question replaces the first).
    pub fn push(&mut self, edit: Edit) {
        self.edits.retain(|old| !edit.supersedes(old));
        self.edits.push(edit);
    }

    /// Gives the question fed by `column` the title `title`.
    pub fn rename(&mut self, column: &str, title: &str) {
        self.push(Edit::Rename {
            column: column.to_owned(),
            title: title.to_owned(),
        });
    }

    /// Gives the question fed by `column` the kind `kind`.
    pub fn set_kind(&mut self, column: &str, kind: KindChoice) {
        self.push(Edit::Kind {
            column: column.to_owned(),
            kind,
        });
    }

    /// Leaves the question fed by `column` out of the import.
    pub fn ignore(&mut self, column: &str) {
        self.set_kind(column, KindChoice::Ignore);
    }

    /// Takes back an ignore of `column` (the column is detected again).
    pub fn unignore(&mut self, column: &str) {
        self.edits.retain(
            |e| !matches!(e, Edit::Kind { column: c, kind: KindChoice::Ignore } if c == column),
        );
    }

    /// Whether the edits leave `column` out.
    pub fn is_ignored(&self, column: &str) -> bool {
        let last_kind = self.edits.iter().rev().find_map(|e| match e {
            Edit::Kind { column: c, kind } if c == column => Some(*kind),
            Edit::Split { column: c, .. } if c == column => Some(KindChoice::Multi),
            _ => None,
        });
        last_kind == Some(KindChoice::Ignore)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_later_edit_of_the_same_sort_replaces_the_earlier() {
        let mut edits = CodebookEdits::default();
        edits.rename("Rol", "Rol 1");
        edits.set_kind("Rol", KindChoice::Text);
        edits.rename("Leeftijd", "Age");
        edits.rename("Rol", "Rol 2");
        edits.ignore("Rol");
        assert_eq!(edits.edits.len(), 3, "{edits:?}");
        assert!(edits.is_ignored("Rol"));
        edits.unignore("Rol");
        assert!(!edits.is_ignored("Rol"));
        assert_eq!(
            edits.edits,
            [
                Edit::Rename {
                    column: "Leeftijd".into(),
                    title: "Age".into()
                },
                Edit::Rename {
                    column: "Rol".into(),
                    title: "Rol 2".into()
                },
            ]
        );
    }

    #[test]
    fn edits_round_trip_through_json() {
        let mut edits = CodebookEdits::default();
        edits.push(Edit::Triad {
            title: "Wie".into(),
            top: "a".into(),
            left: "b".into(),
            right: "c".into(),
        });
        edits.push(Edit::Split {
            column: "Gevoel".into(),
            delimiter: ';',
        });
        let json = serde_json::to_string(&edits).unwrap();
        assert!(json.contains(r#""edit":"triad""#), "{json}");
        let back: CodebookEdits = serde_json::from_str(&json).unwrap();
        assert_eq!(back, edits);
        let empty: CodebookEdits = serde_json::from_str("{}").unwrap();
        assert!(empty.is_empty());
    }
}
