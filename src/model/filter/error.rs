//! [`ParseError`]: every mistake the filter language can report, as a typed
//! value with its place in the text, rendered in Dutch or English by one
//! function ([`ParseError::message`]) when it is shown.
//!
//! The lexer, the parser and the predicate checks build a
//! [`ParseErrorKind`]; nothing below the UI and the CLI builds a sentence.
//! `Display` renders English (`column 14: …`), which is what logs and the
//! tests read.

use std::ops::Range;

use super::describe::render;
use super::error_text::message;
use crate::i18n::{Language, Strings};
use crate::model::QuestionKind;

/// How deep a filter may nest: parentheses, `not`s, and `and`/`or`/`not`
/// levels of a [`super::Filter`] tree. Every recursive pass over a filter
/// stays far inside a 1 MB stack (Windows' main-thread default) at this
/// depth; deeper input is refused with [`ParseErrorKind::TooDeep`].
pub const MAX_DEPTH: usize = 256;

/// A mistake in a filter text: what is wrong, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    /// What is wrong, with the values the message quotes.
    pub kind: ParseErrorKind,
    /// 1-based character column of the mistake.
    pub column: usize,
    /// Byte range of the mistake in the text (empty at the end of it).
    pub span: Range<usize>,
}

/// What is wrong with a filter text. Values the user typed are kept as
/// written (numbers as text), so the message quotes them exactly.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ParseErrorKind {
    /// Nothing but spaces.
    Empty,
    /// A character the language has no use for outside quotes.
    UnexpectedCharacter(char),
    /// A quoted text without its closing quote; the text so far.
    UnclosedQuote(String),
    /// A date that is not `YYYY-MM-DD` or not a real day; the text as typed.
    BadDate(String),
    /// A number that does not parse; the text as typed.
    BadNumber(String),
    /// Something else than what the grammar allows at this place.
    Expected {
        /// What the grammar allows here.
        expected: Expected,
        /// What the text holds instead.
        found: Found,
    },
    /// A `)` that closes nothing.
    UnmatchedClose,
    /// Deeper than [`MAX_DEPTH`] levels.
    TooDeep,
    /// A question name that no question of the dataset has; the name as typed.
    UnknownQuestion(String),
    /// An option a choice question does not have.
    UnknownOption {
        /// The question's name.
        question: String,
        /// The option as typed.
        option: String,
        /// Every option the question has, listed in the message.
        options: Vec<String>,
    },
    /// A stone a stones question does not have.
    UnknownStone {
        /// The question's name.
        question: String,
        /// The stone's label as typed.
        stone: String,
        /// Every stone label the question has, listed in the message.
        stones: Vec<String>,
    },
    /// A predicate the question's kind does not take.
    NotAllowed {
        /// The predicate that was written.
        what: Construct,
        /// The kind of the question it was written for.
        kind: KindName,
        /// The question's name.
        question: String,
        /// What fits this kind instead.
        instead: Instead,
    },
    /// A slider value outside 0–100; the value as typed.
    SliderOutOfRange(String),
    /// A stones region written with a round bracket.
    StoneEdges,
    /// A number was needed here (a slider or number question).
    NumberNeeded,
    /// A date was written where a number question needs a number.
    NumberNotDate,
    /// A date question compared with something that is not a date.
    DateNeeded,
    /// An interval whose lower end is above its upper end.
    ReversedInterval {
        /// The lower end as typed.
        lo: String,
        /// The upper end as typed.
        hi: String,
    },
    /// `in ()` or `not in ()`.
    EmptyList,
    /// A polygon with fewer than three corners.
    TooFewCorners(usize),
    /// `has word` with no word or several (the text as typed).
    NotOneWord(String),
    /// `has word` with a stop word, which the word index leaves out.
    StopWord(String),
    /// `has phrase` with no two words (the text as typed).
    NotTwoWords(String),
    /// `has phrase` with two words split by a sentence or clause end.
    PhraseBroken(String),
}

/// What the grammar wanted where it found something else.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Expected {
    /// `and`, `or` or the end after a complete condition.
    AndOrEnd,
    /// `)` for the `(` at this column.
    CloseParen(usize),
    /// `contains` or `has word` after `text`.
    ContainsAfterText,
    /// The quoted text to search for after `contains`.
    SearchText,
    /// `in` after `story`.
    InAfterStory,
    /// Any condition.
    Condition,
    /// A condition after this word (or `(`).
    ConditionAfter(String),
    /// The start of a condition: a question, `text`, `not` or `(`.
    ConditionStart,
    /// The `(` that opens a list of quoted values.
    ListOpen,
    /// A story id in quotes.
    StoryId,
    /// An option in quotes.
    OptionInQuotes,
    /// `,` or `)` inside a list.
    CommaOrClose,
    /// An operator or keyword after this question.
    Predicate(String),
    /// An option in quotes after this operator or keyword.
    OptionAfter(String),
    /// A number after this operator.
    NumberAfter(&'static str),
    /// A date after this operator.
    DateAfter(&'static str),
    /// A list, an interval, `zone` or `polygon` after `in`.
    AfterIn,
    /// The `,` between the two ends of an interval.
    IntervalComma,
    /// `]` or `)` closing an interval.
    IntervalClose,
    /// An interval's lower end: a number, a date or `-inf`.
    LowerBound,
    /// An interval's upper end: a number, a date or `inf`.
    UpperBound,
    /// One of the seven triad zone names.
    Zone,
    /// The `(` that opens a polygon's list of points.
    PointsOpen,
    /// The `(` that opens one point `(top, left, right)`.
    PointOpen,
    /// The `,` between a point's weights.
    PointComma,
    /// A point's weight (a number).
    Weight,
    /// The `)` that closes a point.
    PointClose,
    /// `,` or `)` after a point of a polygon.
    PointsNext,
    /// `answered`, `missing` or `not applicable` after `is`.
    AfterIs,
    /// The stone's label in quotes after `stone`.
    StoneLabel,
    /// `in` after a stone's label.
    InAfterStone,
    /// The axis `x` or `y` of a stones region.
    Axis(&'static str),
    /// `word` after `text has`.
    WordAfterHas,
    /// The word in quotes after `has word`.
    WordInQuotes,
}

/// What was found instead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Found {
    /// A token, as the user wrote it (`"ouder"`, `)`, `150`).
    Token(String),
    /// The end of the filter text.
    End,
}

/// A predicate that a question's kind does not take.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Construct {
    /// A list of options: `in ("a", "b")`.
    OptionList,
    /// A triad region: `in zone …` or `in polygon (…)`.
    ZoneOrPolygon,
    /// `not in zone …`.
    NotInZone,
    /// An interval: `in [20, 70]`.
    Interval,
    /// A comparison operator such as `<` or `=`.
    Operator(&'static str),
    /// `has` (a multiple choice that includes an option).
    Has,
    /// `contains` (a text search).
    Contains,
    /// `stone "…" in …` (a stones region).
    Stone,
}

/// What to write instead of a [`Construct`] that does not fit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Instead {
    /// An interval such as `[20, 70]`.
    IntervalExample,
    /// `not (… in zone …)`.
    NotInZone,
    /// `=` or `in (…)`.
    EqualOrIn,
    /// Another condition (nothing better fits).
    OtherCondition,
    /// `=`, `!=` or `in`.
    EqualNotEqualOrIn,
    /// `is answered`.
    IsAnswered,
    /// `=` or `!=`.
    EqualOrNotEqual,
    /// `in zone …` or `in polygon (…)`.
    ZoneOrPolygon,
    /// `stone "…" in x [a, b] y [c, d]`.
    StoneRegion,
    /// `contains`.
    Contains,
}

/// A question's kind, named in the message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KindName {
    /// The story id column.
    Id,
    /// A free-text question.
    Text,
    /// A date question.
    Date,
    /// A number question.
    Number,
    /// A single-choice question.
    SingleChoice,
    /// A multiple-choice question.
    MultiChoice,
    /// A slider question.
    Slider,
    /// A triad question.
    Triad,
    /// A stones question.
    Stones,
}

impl KindName {
    /// The name for a question of `kind`.
    pub fn of(kind: &QuestionKind) -> Self {
        match kind {
            QuestionKind::Id => Self::Id,
            QuestionKind::Text { .. } => Self::Text,
            QuestionKind::Date => Self::Date,
            QuestionKind::Number => Self::Number,
            QuestionKind::SingleChoice { .. } => Self::SingleChoice,
            QuestionKind::MultiChoice { .. } => Self::MultiChoice,
            QuestionKind::Slider { .. } => Self::Slider,
            QuestionKind::Triad { .. } => Self::Triad,
            QuestionKind::Stones { .. } => Self::Stones,
        }
    }

    pub(crate) fn name(self, s: &Strings) -> &'static str {
        match self {
            Self::Id => s.kind_id,
            Self::Text => s.kind_text,
            Self::Date => s.kind_date,
            Self::Number => s.kind_number,
            Self::SingleChoice => s.kind_single,
            Self::MultiChoice => s.kind_multi,
            Self::Slider => s.kind_slider,
            Self::Triad => s.kind_triad,
            Self::Stones => s.kind_stones,
        }
    }
}

impl ParseError {
    /// An error of `kind` at `place`.
    pub(super) fn at(place: Place, kind: ParseErrorKind) -> Self {
        Self {
            kind,
            column: place.column,
            span: place.start..place.end,
        }
    }

    /// What is wrong and what to do, in `language`, without the column:
    /// `unexpected ")": remove it or add a "(" before it`.
    pub fn message(&self, language: Language) -> String {
        message(&self.kind, language.strings())
    }

    /// One sentence for the app: `Column 14: unexpected ")": …`.
    pub fn sentence(&self, language: Language) -> String {
        let column = self.column.to_string();
        let message = self.message(language);
        render(
            language.strings().filter_error_at,
            &[("column", &column), ("message", &message)],
        )
    }

    /// One sentence for the command line, quoting the selection `text`.
    pub fn sentence_for(&self, text: &str, language: Language) -> String {
        let column = self.column.to_string();
        let message = self.message(language);
        render(
            language.strings().filter_error_in,
            &[("text", text), ("column", &column), ("message", &message)],
        )
    }
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "column {}: {}",
            self.column,
            self.message(Language::English)
        )
    }
}

impl std::error::Error for ParseError {}

/// Where a token or mistake is: its 1-based character column and its byte
/// range in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Place {
    pub column: usize,
    pub start: usize,
    pub end: usize,
}
