//! [`FilterError::sentence`]: why a filter cannot be evaluated, worded in
//! Dutch or English from [`crate::i18n::ErrorStrings`]. A fragment without
//! a full stop: the selection editor and [`crate::project::ComparisonError`]
//! put it inside their own sentence.

use super::FilterError;
use crate::i18n::{Language, fill};

/// A condition of a filter that needs a question of one kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Condition {
    /// `stone "…" in …`: needs a stones question.
    StonesRegion,
    /// An option list or `has`: needs a choice question.
    Options,
    /// A 0–100 range: needs a slider.
    SliderRange,
    /// A numeric range: needs a number question.
    NumberRange,
    /// A range of days: needs a date question.
    DateRange,
    /// A zone or polygon: needs a triad.
    TriadZone,
    /// `contains`: needs a text question.
    Contains,
    /// `has word`: needs a text question.
    HasWord,
    /// `has phrase`: needs a text question.
    HasPhrase,
}

impl Condition {
    /// The condition and the kind of question it needs, in `language`.
    fn texts(self, language: Language) -> (&'static str, &'static str) {
        let e = language.errors();
        let s = language.strings();
        match self {
            Self::StonesRegion => (e.filter_condition_stones, s.kind_stones),
            Self::Options => (e.filter_condition_options, e.kind_choice),
            Self::SliderRange => (e.filter_condition_slider, s.kind_slider),
            Self::NumberRange => (e.filter_condition_number, s.kind_number),
            Self::DateRange => (e.filter_condition_date, s.kind_date),
            Self::TriadZone => (e.filter_condition_triad, s.kind_triad),
            Self::Contains => (e.filter_condition_contains, s.kind_text),
            Self::HasWord => (e.filter_condition_has_word, s.kind_text),
            Self::HasPhrase => (e.filter_condition_has_phrase, s.kind_text),
        }
    }
}

impl FilterError {
    /// What is wrong, in `language`: `question "Gevoel" has no option "x"`.
    pub fn sentence(&self, language: Language) -> String {
        let e = language.errors();
        match self {
            Self::UnknownQuestion(id) => fill(e.filter_unknown_question, &[("id", id)]),
            Self::WrongKind {
                title,
                kind,
                condition,
            } => {
                let (condition, expected) = condition.texts(language);
                fill(
                    e.filter_wrong_kind,
                    &[
                        ("title", title),
                        ("kind", &kind.name(language.strings())),
                        ("condition", &condition),
                        ("expected", &expected),
                    ],
                )
            }
            Self::UnknownOption { title, option } => fill(
                e.filter_unknown_option,
                &[("title", title), ("option", option)],
            ),
            Self::UnknownStone { title, stone } => fill(
                e.filter_unknown_stone,
                &[("title", title), ("stone", stone)],
            ),
            Self::ColumnMismatch(title) => fill(e.filter_column_mismatch, &[("title", title)]),
            Self::NoStoryText => e.filter_no_story_text.to_owned(),
            Self::TooDeep => fill(e.filter_too_deep, &[("limit", &super::MAX_DEPTH)]),
        }
    }
}
