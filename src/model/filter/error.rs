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

fn message(kind: &ParseErrorKind, s: &Strings) -> String {
    use ParseErrorKind as K;
    match kind {
        K::Empty => s.filter_error_empty.to_owned(),
        K::UnexpectedCharacter(c) => render(s.filter_error_character, &[("c", &c.to_string())]),
        K::UnclosedQuote(text) => render(s.filter_error_unclosed_quote, &[("text", text)]),
        K::BadDate(text) => render(s.filter_error_bad_date, &[("text", text)]),
        K::BadNumber(text) => render(s.filter_error_bad_number, &[("text", text)]),
        K::Expected { expected, found } => {
            let expected = expected_text(expected, s);
            let found = match found {
                Found::Token(token) => token.clone(),
                Found::End => s.filter_error_found_end.to_owned(),
            };
            render(
                s.filter_error_expected,
                &[("expected", &expected), ("found", &found)],
            )
        }
        K::UnmatchedClose => s.filter_error_unmatched_close.to_owned(),
        K::TooDeep => render(
            s.filter_error_too_deep,
            &[("limit", &MAX_DEPTH.to_string())],
        ),
        K::UnknownQuestion(name) => render(s.filter_error_unknown_question, &[("name", name)]),
        K::UnknownOption {
            question,
            option,
            options,
        } => render(
            s.filter_error_unknown_option,
            &[
                ("question", question),
                ("option", option),
                ("options", &options.join(", ")),
            ],
        ),
        K::UnknownStone {
            question,
            stone,
            stones,
        } => render(
            s.filter_error_unknown_stone,
            &[
                ("question", question),
                ("stone", stone),
                ("stones", &stones.join(", ")),
            ],
        ),
        K::NotAllowed {
            what,
            kind,
            question,
            instead,
        } => render(
            s.filter_error_not_allowed,
            &[
                ("what", &construct_text(*what, s)),
                ("kind", kind.name(s)),
                ("question", question),
                ("instead", instead_text(*instead, s)),
            ],
        ),
        K::SliderOutOfRange(value) => render(s.filter_error_slider_range, &[("value", value)]),
        K::StoneEdges => s.filter_error_stone_edges.to_owned(),
        K::NumberNeeded => s.filter_error_number_needed.to_owned(),
        K::NumberNotDate => s.filter_error_number_not_date.to_owned(),
        K::DateNeeded => s.filter_error_date_needed.to_owned(),
        K::ReversedInterval { lo, hi } => {
            render(s.filter_error_reversed, &[("lo", lo), ("hi", hi)])
        }
        K::EmptyList => s.filter_error_empty_list.to_owned(),
        K::TooFewCorners(n) => render(s.filter_error_few_corners, &[("n", &n.to_string())]),
        K::NotOneWord(text) => render(s.filter_error_not_one_word, &[("text", text)]),
        K::StopWord(word) => render(s.filter_error_stop_word, &[("word", word)]),
    }
}

fn expected_text(expected: &Expected, s: &Strings) -> String {
    use Expected as E;
    let plain = match expected {
        E::AndOrEnd => s.filter_expect_and_or_end,
        E::CloseParen(column) => {
            return render(
                s.filter_expect_close_paren,
                &[("column", &column.to_string())],
            );
        }
        E::ContainsAfterText => s.filter_expect_contains_after_text,
        E::SearchText => s.filter_expect_search_text,
        E::InAfterStory => s.filter_expect_in_after_story,
        E::Condition => s.filter_expect_condition,
        E::ConditionAfter(word) => {
            return render(s.filter_expect_condition_after, &[("word", word)]);
        }
        E::ConditionStart => s.filter_expect_condition_start,
        E::ListOpen => s.filter_expect_list_open,
        E::StoryId => s.filter_expect_story_id,
        E::OptionInQuotes => s.filter_expect_option,
        E::CommaOrClose => s.filter_expect_comma_or_close,
        E::Predicate(name) => return render(s.filter_expect_predicate, &[("name", name)]),
        E::OptionAfter(after) => {
            return render(s.filter_expect_option_after, &[("after", after)]);
        }
        E::NumberAfter(op) => return render(s.filter_expect_number_after, &[("op", op)]),
        E::DateAfter(op) => return render(s.filter_expect_date_after, &[("op", op)]),
        E::AfterIn => s.filter_expect_after_in,
        E::IntervalComma => s.filter_expect_interval_comma,
        E::IntervalClose => s.filter_expect_interval_close,
        E::LowerBound => s.filter_expect_lower_bound,
        E::UpperBound => s.filter_expect_upper_bound,
        E::Zone => s.filter_expect_zone,
        E::PointsOpen => s.filter_expect_points_open,
        E::PointOpen => s.filter_expect_point_open,
        E::PointComma => s.filter_expect_point_comma,
        E::Weight => s.filter_expect_weight,
        E::PointClose => s.filter_expect_point_close,
        E::PointsNext => s.filter_expect_points_next,
        E::AfterIs => s.filter_expect_after_is,
        E::StoneLabel => s.filter_expect_stone_label,
        E::InAfterStone => s.filter_expect_in_after_stone,
        E::Axis(axis) => axis,
        E::WordAfterHas => s.filter_expect_word_after_has,
        E::WordInQuotes => s.filter_expect_word_in_quotes,
    };
    plain.to_owned()
}

fn construct_text(what: Construct, s: &Strings) -> String {
    match what {
        Construct::OptionList => s.filter_what_list.to_owned(),
        Construct::ZoneOrPolygon => s.filter_what_zone_or_polygon.to_owned(),
        Construct::NotInZone => s.filter_what_not_in_zone.to_owned(),
        Construct::Interval => s.filter_what_interval.to_owned(),
        Construct::Operator(op) => render(s.filter_what_operator, &[("op", op)]),
        Construct::Has => "has".to_owned(),
        Construct::Contains => "contains".to_owned(),
        Construct::Stone => "stone".to_owned(),
    }
}

fn instead_text(instead: Instead, s: &Strings) -> &'static str {
    match instead {
        Instead::IntervalExample => s.filter_instead_interval,
        Instead::NotInZone => "not (… in zone …)",
        Instead::EqualOrIn => s.filter_instead_equal_or_in,
        Instead::OtherCondition => s.filter_instead_other,
        Instead::EqualNotEqualOrIn => s.filter_instead_equal_not_equal_or_in,
        Instead::IsAnswered => "is answered",
        Instead::EqualOrNotEqual => s.filter_instead_equal_or_not_equal,
        Instead::ZoneOrPolygon => s.filter_instead_zone_or_polygon,
        Instead::StoneRegion => "stone \"…\" in x [a, b] y [c, d]",
        Instead::Contains => "contains",
    }
}
