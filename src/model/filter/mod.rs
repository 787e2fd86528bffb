//! [`Filter`]: which stories a selection holds, as plain serde data saved in
//! project files, and everything that turns it into or out of text.
//!
//! - [`Filter::evaluate`] turns a filter into a [`Selection`] bitset with
//!   single passes over the dataset's columns (`filter/eval.rs`).
//! - [`parse_filter`] reads the filter language the CLI's `--select` and the
//!   filter bar take (`"Gevoel" has "hoop" and not "Regio" = "Zeeland"`),
//!   and [`to_text`] writes it back, so that
//!   `parse_filter(&to_text(f, codebook), codebook) == Ok(f)`.
//! - [`describe`] writes a one-line summary in Dutch or English for
//!   captions, reports and selection lists.
//! - [`TriadZone`] and [`zone_of`] split a triangle into seven zones; charts
//!   count per zone with the same function.
//!
//! Filters name questions by [`QuestionId`] and options by their label, not
//! their code, so a re-import with reordered options keeps them valid. A
//! missing or not-applicable answer never matches a value condition
//! (`SliderRange`, `Options`, `NotOptions`, …); only `Missing`,
//! `NotApplicable` and `Not` can select it.

mod bounds;
mod clause;
mod date;
mod describe;
mod error;
mod error_text;
mod eval;
mod eval_sentence;
mod fold;
mod lex;
mod nest;
mod parse;
mod predicate;
mod text;
mod word;
mod zones;

#[cfg(test)]
mod tests;

use serde::{Deserialize, Serialize};

use super::{QuestionId, StoryId};

pub use bounds::{Bounds, Region};
pub use date::Date;
pub use describe::describe;
pub use error::{
    Construct, Expected, Found, Instead, KindName, MAX_DEPTH, ParseError, ParseErrorKind,
};
pub use eval::FilterError;
pub use eval_sentence::Condition;
pub use fold::{fold as fold_text, folded_matches};
pub use parse::parse_filter;
pub use text::to_text;
pub use zones::{CENTRE_WEIGHT, CORNER_WEIGHT, TriadZone, zone_of};

/// A predicate over stories. Serialised externally tagged in snake case:
/// `{"and": [{"slider_range": {"question": "voorbeeld", "min": 70.0, "max":
/// 100.0}}, …]}`; `"all"` for [`Filter::All`].
///
/// Range ends ([`Bounds`]) are inclusive unless an `*_exclusive` flag is
/// set; they and a stones [`Region`] stand flat in their variant's JSON.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Filter {
    /// Every story.
    All,
    /// A single or multiple choice question answered with at least one of
    /// these options (labels, matched exactly or else ignoring case).
    Options {
        /// The choice question.
        question: QuestionId,
        /// Option labels; one of them is enough.
        any_of: Vec<String>,
    },
    /// A single or multiple choice question answered, but with none of these
    /// options.
    NotOptions {
        /// The choice question.
        question: QuestionId,
        /// Option labels the answer must not include.
        none_of: Vec<String>,
    },
    /// A slider answer between `min` and `max` on the 0–100 scale.
    SliderRange {
        /// The slider question.
        question: QuestionId,
        /// The ends, 0–100.
        #[serde(flatten)]
        range: Bounds<f64>,
    },
    /// A number answer between `min` and `max` in the question's own
    /// units; an end of `None` leaves that side open.
    NumberRange {
        /// The number question.
        question: QuestionId,
        /// The ends; `None` for no lower or upper end.
        #[serde(flatten)]
        range: Bounds<Option<f64>>,
    },
    /// A triad answer in one of the seven zones.
    TriadZone {
        /// The triad question.
        question: QuestionId,
        /// The zone the answer must lie in.
        zone: TriadZone,
    },
    /// A triad answer inside a polygon drawn on the triangle, its corners
    /// given as compositions `[top, left, right]`.
    TriadPolygon {
        /// The triad question.
        question: QuestionId,
        /// Corners as `[top, left, right]` weights, in drawing order.
        polygon: Vec<[f64; 3]>,
    },
    /// A stone (by label) placed inside a rectangle of the canvas (0..=1 on
    /// both axes, bounds inclusive).
    StonesRegion {
        /// The stones question.
        question: QuestionId,
        /// The stone's label.
        stone: String,
        /// The rectangle, 0–1 on both axes.
        #[serde(flatten)]
        region: Region,
    },
    /// Text containing `text`, ignoring case and accents; in one text
    /// question, or with `None` in the title or the story.
    TextContains {
        /// The text question; `None` searches the title and the story.
        question: Option<QuestionId>,
        /// The text to look for, as typed.
        text: String,
    },
    /// Text using a word (`text has word "plan"`): the stories whose word
    /// index holds the word's term in the story's own language (stemmed,
    /// see [`crate::words`]); in one text question, or with `None` in the
    /// story.
    HasWord {
        /// The text question; `None` uses the story.
        question: Option<QuestionId>,
        /// The word as typed; stemmed when evaluated.
        word: String,
    },
    /// Text using a two-word phrase (`text has phrase "samen plannen"`):
    /// the stories whose word index, counting phrases, holds the phrase's
    /// term in the story's own language — two adjacent words of one
    /// sentence, each stemmed (see [`crate::words::Analyzer::phrase_break`]);
    /// in one text question, or with `None` in the story.
    HasPhrase {
        /// The text question; `None` uses the story.
        question: Option<QuestionId>,
        /// The two words as typed; stemmed when evaluated.
        phrase: String,
    },
    /// A date answer from `from` to `to`, whole days inclusive; `None`
    /// leaves that side open.
    DateRange {
        /// The date question.
        question: QuestionId,
        /// First day included; `None` for no start.
        from: Option<Date>,
        /// Last day included; `None` for no end.
        to: Option<Date>,
    },
    /// These stories; ids the dataset does not hold are ignored, so a
    /// selection survives a newer export that dropped a story.
    StoryIds(Vec<StoryId>),
    /// Stories that answered the question.
    Answered {
        /// The question.
        question: QuestionId,
    },
    /// Stories that gave no answer (not "not applicable").
    Missing {
        /// The question.
        question: QuestionId,
    },
    /// Stories that said the question does not apply to them.
    NotApplicable {
        /// The question.
        question: QuestionId,
    },
    /// Stories matching every filter (all stories when empty).
    And(Vec<Filter>),
    /// Stories matching at least one filter (none when empty).
    Or(Vec<Filter>),
    /// Stories not matching the filter, including those that did not answer.
    Not(Box<Filter>),
}

impl Filter {
    /// Slider answers of at least `min` (0–100).
    pub fn slider_at_least(question: impl Into<String>, min: f64) -> Self {
        Self::slider_range(question, min, 100.0)
    }

    /// Slider answers from `min` to `max` inclusive (0–100).
    pub fn slider_range(question: impl Into<String>, min: f64, max: f64) -> Self {
        Self::SliderRange {
            question: QuestionId::new(question),
            range: Bounds::inclusive(min, max),
        }
    }

    /// Number answers from `min` to `max` inclusive; `None` is open.
    pub fn number_range(question: impl Into<String>, min: Option<f64>, max: Option<f64>) -> Self {
        Self::NumberRange {
            question: QuestionId::new(question),
            range: Bounds::inclusive(min, max),
        }
    }

    /// Choice answers with at least one of `options`.
    pub fn options<S: Into<String>>(
        question: impl Into<String>,
        options: impl IntoIterator<Item = S>,
    ) -> Self {
        Self::Options {
            question: QuestionId::new(question),
            any_of: options.into_iter().map(Into::into).collect(),
        }
    }

    /// Title or story containing `text`.
    pub fn text_contains(text: impl Into<String>) -> Self {
        Self::TextContains {
            question: None,
            text: text.into(),
        }
    }

    /// The story text using `word` (stem-aware, see [`Filter::HasWord`]).
    pub fn has_word(word: impl Into<String>) -> Self {
        Self::HasWord {
            question: None,
            word: word.into(),
        }
    }

    /// The story text using the two-word `phrase` (see
    /// [`Filter::HasPhrase`]).
    pub fn has_phrase(phrase: impl Into<String>) -> Self {
        Self::HasPhrase {
            question: None,
            phrase: phrase.into(),
        }
    }

    /// `self and other`, flattening into an existing `And`.
    #[must_use]
    pub fn and(self, other: Filter) -> Self {
        match self {
            Self::All => other,
            Self::And(mut filters) => {
                filters.push(other);
                Self::And(filters)
            }
            first => Self::And(vec![first, other]),
        }
    }

    /// `not self`.
    #[must_use]
    #[allow(clippy::should_implement_trait)] // `!filter` would read worse than `filter.not()` in UI code.
    pub fn not(self) -> Self {
        Self::Not(Box::new(self))
    }

    /// How deeply `And`, `Or` and `Not` nest: 0 for a single condition.
    /// Measured without recursion, so any tree (from a project file, say)
    /// can be checked against [`MAX_DEPTH`] before a recursive pass.
    pub fn depth(&self) -> usize {
        let mut deepest = 0;
        let mut stack = vec![(self, 0)];
        while let Some((filter, depth)) = stack.pop() {
            deepest = deepest.max(depth);
            match filter {
                Self::And(filters) | Self::Or(filters) => {
                    stack.extend(filters.iter().map(|f| (f, depth + 1)));
                }
                Self::Not(inner) => stack.push((inner, depth + 1)),
                _ => {}
            }
        }
        deepest
    }

    /// Whether the filter nests deeper than [`MAX_DEPTH`]; the parser
    /// never makes such a filter, and recursive passes refuse one.
    pub fn is_too_deep(&self) -> bool {
        self.depth() > MAX_DEPTH
    }

    /// The questions this filter refers to, in order of first mention.
    pub fn questions(&self) -> Vec<&QuestionId> {
        // Depth first with an explicit stack, children in order, so that
        // no tree is too deep for it.
        let mut out = Vec::new();
        let mut stack = vec![self];
        while let Some(filter) = stack.pop() {
            match filter {
                Self::And(filters) | Self::Or(filters) => stack.extend(filters.iter().rev()),
                Self::Not(inner) => stack.push(inner),
                leaf => leaf.collect_question(&mut out),
            }
        }
        out
    }

    fn collect_question<'a>(&'a self, out: &mut Vec<&'a QuestionId>) {
        let question = match self {
            Self::All
            | Self::StoryIds(_)
            | Self::TextContains { question: None, .. }
            | Self::HasWord { question: None, .. }
            | Self::HasPhrase { question: None, .. } => None,
            Self::Options { question, .. }
            | Self::NotOptions { question, .. }
            | Self::SliderRange { question, .. }
            | Self::NumberRange { question, .. }
            | Self::TriadZone { question, .. }
            | Self::TriadPolygon { question, .. }
            | Self::StonesRegion { question, .. }
            | Self::TextContains {
                question: Some(question),
                ..
            }
            | Self::HasWord {
                question: Some(question),
                ..
            }
            | Self::HasPhrase {
                question: Some(question),
                ..
            }
            | Self::DateRange { question, .. }
            | Self::Answered { question }
            | Self::Missing { question }
            | Self::NotApplicable { question } => Some(question),
            Self::And(_) | Self::Or(_) | Self::Not(_) => None,
        };
        if let Some(question) = question
            && !out.contains(&question)
        {
            out.push(question);
        }
    }
}
