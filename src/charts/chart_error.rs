//! [`ChartError::sentence`]: why a chart cannot be computed, worded in
//! Dutch or English from [`crate::i18n::ErrorStrings`]. A fragment without
//! a full stop: the comparison and snapshot errors put it inside their own
//! sentence.

use super::ChartError;
use crate::i18n::{Language, fill};

impl ChartError {
    /// What is wrong, in `language`.
    pub fn sentence(&self, language: Language) -> String {
        let e = language.errors();
        match self {
            Self::UnknownQuestion(name) => fill(e.chart_unknown_question, &[("name", name)]),
            Self::NotAMark(name) => fill(e.chart_not_a_mark, &[("name", name)]),
            Self::UnsupportedPair { question, by } => fill(
                e.chart_unsupported_pair,
                &[("question", question), ("by", by)],
            ),
            Self::ColourByNotChoice(name) => fill(e.chart_colour_by_not_choice, &[("name", name)]),
            Self::ColumnMismatch { title, kind, found } => {
                let s = language.strings();
                fill(
                    e.chart_column_mismatch,
                    &[
                        ("title", title),
                        ("kind", &kind.name(s)),
                        ("found", &found.name(s)),
                    ],
                )
            }
        }
    }
}
