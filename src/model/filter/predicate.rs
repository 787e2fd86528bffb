//! What may follow a question in the filter language, by its kind:
//!
//! | kind | predicates |
//! | --- | --- |
//! | single / multi choice | `= "a"`, `!= "a"`, `has "a"`, `in ("a", "b")`, `not in (…)` |
//! | slider (0–100) | `= < <= > >= != 70`, `in [20, 70)`, `not in [20, 70]` |
//! | number | as slider, any number; `-inf` and `inf` as interval bounds |
//! | date | as number, with dates `2019-03-31` (quoted or not) |
//! | text, id | `contains "…"`, `has word "…"`, `has phrase "…"` (also `contains word`/`phrase`) |
//! | triad | `in zone top_left`, `in polygon ((1, 0, 0), (0, 1, 0), …)` |
//! | stones | `stone "a" in x [0.1, 0.5] y [0, 1]` |
//! | any | `is answered`, `is missing`, `is not applicable` |
//!
//! `!=` and `not in` on a number, slider or date mean "answered, and not
//! …": they become `answered and not (…)`, so missing answers stay out.

use super::error::{Construct, Expected, Instead, KindName, ParseError, ParseErrorKind, Place};
use super::eval::find_label;
use super::lex::{Op, Token};
use super::parse::{Parser, kw};
use super::{Bounds, Date, Filter};
use crate::model::{Question, QuestionId, QuestionKind};

/// A predicate parser: called after its keyword, with the keyword's column.
type Predicate<'a> = fn(&mut Parser<'a>, &Question, Place) -> Result<Filter, ParseError>;

impl<'a> Parser<'a> {
    /// `question predicate`, the question being the next token.
    pub(super) fn question_condition(&mut self) -> Result<Filter, ParseError> {
        let start = self.peek().clone();
        let name = match &start.token {
            Token::Word(_) if kw::RESERVED.iter().any(|k| start.token.is_word(k)) => {
                return Err(self.expected(Expected::ConditionStart));
            }
            Token::Str(s) | Token::Word(s) => s.clone(),
            _ => return Err(self.expected(Expected::ConditionStart)),
        };
        let question = self.codebook.find(&name).ok_or_else(|| {
            ParseError::at(start.place(), ParseErrorKind::UnknownQuestion(name.clone()))
        })?;
        self.next();
        let at = self.peek().clone();
        let column = at.place();
        let t = &at.token;
        if let Token::Op(op) = *t {
            self.next();
            return self.comparison(question, op, column);
        }
        if t.is_word(kw::NOT) && self.peek_at(1).is_word(kw::IN) {
            self.next();
            self.next();
            return self.in_clause(question, true);
        }
        let keywords: [(&[&str], Predicate<'a>); 5] = [
            (kw::HAS, Self::has),
            (kw::CONTAINS, Self::contains),
            (kw::IN, |p, q, _| p.in_clause(q, false)),
            (kw::IS, |p, q, _| p.is_clause(q)),
            (kw::STONE, Self::stones),
        ];
        match keywords.iter().find(|(spellings, _)| t.is_word(spellings)) {
            Some((_, predicate)) => {
                self.next();
                predicate(self, question, column)
            }
            None => Err(self.expected(Expected::Predicate(name))),
        }
    }

    fn has(&mut self, question: &Question, column: Place) -> Result<Filter, ParseError> {
        if is_text(&question.kind)
            && (self.peek().token.is_word(kw::WORD) || self.peek().token.is_word(kw::PHRASE))
        {
            return self.word_clause(Some(question.id.clone()));
        }
        let (what, instead) = (Construct::Has, Instead::EqualNotEqualOrIn);
        self.require(question, column, what, is_choice, instead)?;
        let (label, label_column) = self.option_string("has")?;
        let option = option_label(question, &label, label_column)?;
        Ok(Filter::Options {
            question: question.id.clone(),
            any_of: vec![option],
        })
    }

    fn contains(&mut self, question: &Question, column: Place) -> Result<Filter, ParseError> {
        let (what, instead) = (Construct::Contains, Instead::IsAnswered);
        self.require(question, column, what, is_text, instead)?;
        if self.eat_word(kw::WORD) {
            return self.word(Some(question.id.clone()));
        }
        if self.eat_word(kw::PHRASE) {
            return self.phrase(Some(question.id.clone()));
        }
        let text = self.string(Expected::SearchText)?;
        Ok(Filter::TextContains {
            question: Some(question.id.clone()),
            text,
        })
    }

    /// Fails with "… is not allowed for {kind} question …" unless `fits`.
    fn require(
        &self,
        question: &Question,
        column: Place,
        what: Construct,
        fits: fn(&QuestionKind) -> bool,
        instead: Instead,
    ) -> Result<(), ParseError> {
        if fits(&question.kind) {
            return Ok(());
        }
        Err(not_allowed(question, column, what, instead))
    }

    fn comparison(
        &mut self,
        question: &Question,
        op: Op,
        column: Place,
    ) -> Result<Filter, ParseError> {
        let id = question.id.clone();
        match &question.kind {
            QuestionKind::SingleChoice { .. } | QuestionKind::MultiChoice { .. } => {
                if !matches!(op, Op::Eq | Op::Ne) {
                    let what = Construct::Operator(op.symbol());
                    return Err(not_allowed(
                        question,
                        column,
                        what,
                        Instead::EqualOrNotEqual,
                    ));
                }
                let (label, label_column) = self.option_string(op.symbol())?;
                let label = option_label(question, &label, label_column)?;
                Ok(match op {
                    Op::Eq => Filter::Options {
                        question: id,
                        any_of: vec![label],
                    },
                    _ => Filter::NotOptions {
                        question: id,
                        none_of: vec![label],
                    },
                })
            }
            QuestionKind::Slider { .. } => {
                let value = self.slider_value(op)?;
                let range = |range| Filter::SliderRange {
                    question: id.clone(),
                    range,
                };
                Ok(compare(op, value, 0.0, 100.0, &id, range))
            }
            QuestionKind::Number => {
                let value = self.finite_number(op)?;
                let range = |range: Bounds<f64>| Filter::NumberRange {
                    question: id.clone(),
                    range: range.with_optional_ends(),
                };
                Ok(compare(
                    op,
                    value,
                    f64::NEG_INFINITY,
                    f64::INFINITY,
                    &id,
                    range,
                ))
            }
            QuestionKind::Date => {
                let date = self.date_value(op)?;
                let d = date.days;
                let range = |from: Option<i64>, to: Option<i64>| Filter::DateRange {
                    question: id.clone(),
                    from: from.map(Date::from_days),
                    to: to.map(Date::from_days),
                };
                Ok(match op {
                    Op::Eq => range(Some(d), Some(d)),
                    Op::Ne => answered_and_not(&id, range(Some(d), Some(d))),
                    Op::Lt => range(None, Some(d - 1)),
                    Op::Le => range(None, Some(d)),
                    Op::Gt => range(Some(d + 1), None),
                    Op::Ge => range(Some(d), None),
                })
            }
            _ => {
                let what = Construct::Operator(op.symbol());
                Err(not_allowed(
                    question,
                    column,
                    what,
                    instead_of_compare(question),
                ))
            }
        }
    }

    /// A quoted option after `after`.
    fn option_string(&mut self, after: &str) -> Result<(String, Place), ParseError> {
        let place = self.peek().place();
        let label = self.string(Expected::OptionAfter(after.to_owned()))?;
        Ok((label, place))
    }

    fn slider_value(&mut self, op: Op) -> Result<f64, ParseError> {
        let column = self.peek().place();
        let value = self.finite_number(op)?;
        check_slider(value, column)
    }

    fn finite_number(&mut self, op: Op) -> Result<f64, ParseError> {
        match self.peek().token {
            Token::Number(v) if v.is_finite() => {
                self.next();
                Ok(v)
            }
            _ => Err(self.expected(Expected::NumberAfter(op.symbol()))),
        }
    }

    fn date_value(&mut self, op: Op) -> Result<Date, ParseError> {
        let date = match &self.peek().token {
            Token::Date(d) => Some(*d),
            Token::Str(s) => Date::parse(s),
            _ => None,
        };
        match date {
            Some(d) => {
                self.next();
                Ok(d)
            }
            None => Err(self.expected(Expected::DateAfter(op.symbol()))),
        }
    }
}

pub(super) fn is_choice(kind: &QuestionKind) -> bool {
    kind.is_choice()
}

fn is_text(kind: &QuestionKind) -> bool {
    matches!(kind, QuestionKind::Text { .. } | QuestionKind::Id)
}

/// What to use instead of a comparison on a question of this kind.
fn instead_of_compare(question: &Question) -> Instead {
    match question.kind {
        QuestionKind::Triad { .. } => Instead::ZoneOrPolygon,
        QuestionKind::Stones { .. } => Instead::StoneRegion,
        _ => Instead::Contains,
    }
}

/// "{what} is not allowed for {kind} question "{title}"; use {instead}".
pub(super) fn not_allowed(
    question: &Question,
    column: Place,
    what: Construct,
    instead: Instead,
) -> ParseError {
    ParseError::at(
        column,
        ParseErrorKind::NotAllowed {
            what,
            kind: KindName::of(&question.kind),
            question: question.title.clone(),
            instead,
        },
    )
}

/// The option label as the codebook spells it.
pub(super) fn option_label(
    question: &Question,
    label: &str,
    column: Place,
) -> Result<String, ParseError> {
    let options = question.kind.options();
    match find_label(options, label) {
        Some(i) => Ok(options[i].clone()),
        None => Err(ParseError::at(
            column,
            ParseErrorKind::UnknownOption {
                question: question.title.clone(),
                option: label.to_owned(),
                options: options.to_vec(),
            },
        )),
    }
}

pub(super) fn check_slider(value: f64, column: Place) -> Result<f64, ParseError> {
    if (0.0..=100.0).contains(&value) {
        Ok(value)
    } else {
        Err(ParseError::at(
            column,
            ParseErrorKind::SliderOutOfRange(value.to_string()),
        ))
    }
}

/// `answered and not (inner)`: how `!=` and `not in` keep missing answers
/// out.
pub(super) fn answered_and_not(question: &QuestionId, inner: Filter) -> Filter {
    Filter::And(vec![
        Filter::Answered {
            question: question.clone(),
        },
        Filter::Not(Box::new(inner)),
    ])
}

/// A comparison on a scale from `lowest` to `highest` as a range.
fn compare(
    op: Op,
    value: f64,
    lowest: f64,
    highest: f64,
    question: &QuestionId,
    range: impl Fn(Bounds<f64>) -> Filter,
) -> Filter {
    let bounds = |min, max, min_exclusive, max_exclusive| {
        range(Bounds {
            min,
            max,
            min_exclusive,
            max_exclusive,
        })
    };
    match op {
        Op::Eq => bounds(value, value, false, false),
        Op::Ne => answered_and_not(question, bounds(value, value, false, false)),
        Op::Lt => bounds(lowest, value, false, true),
        Op::Le => bounds(lowest, value, false, false),
        Op::Gt => bounds(value, highest, true, false),
        Op::Ge => bounds(value, highest, false, false),
    }
}
