//! [`ChoiceAccess`]: single and multiple choice answers read the same way,
//! as the set of options a story chose.

use crate::model::{Column, Question, QuestionKind};

/// A choice question's column, read as "which options did this row choose".
#[derive(Clone, Copy)]
pub(crate) enum ChoiceAccess<'a> {
    Single(&'a crate::model::ChoiceColumn),
    Multi(&'a crate::model::MultiColumn),
}

impl<'a> ChoiceAccess<'a> {
    /// The access for a choice question, with its option labels.
    pub fn of(question: &'a Question, column: &'a Column) -> Option<(Self, &'a [String])> {
        match (&question.kind, column) {
            (QuestionKind::SingleChoice { options, .. }, Column::Single(c)) => {
                Some((Self::Single(c), options))
            }
            (QuestionKind::MultiChoice { options }, Column::Multi(c)) => {
                Some((Self::Multi(c), options))
            }
            _ => None,
        }
    }

    pub fn is_multi(self) -> bool {
        matches!(self, Self::Multi(_))
    }

    /// Clears `out` and fills it with the options `row` chose. Empty when
    /// the row did not answer (or, for multiple choice, chose nothing).
    pub fn options_of(self, row: usize, option_count: usize, out: &mut Vec<usize>) {
        out.clear();
        match self {
            Self::Single(c) => out.extend(c.get(row).filter(|&o| o < option_count)),
            Self::Multi(c) => {
                if c.answered.contains(row) {
                    out.extend((0..option_count).filter(|&o| c.has(row, o)));
                }
            }
        }
    }
}
