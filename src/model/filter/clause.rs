//! The longer predicates of the filter language: `in …` (option lists,
//! intervals, zones, polygons), `is …` and `stone … in x … y …`.

use super::lex::Token;
use super::parse::{ParseError, Parser, kw};
use super::predicate::{answered_and_not, check_slider, is_choice, not_allowed, option_label};
use super::{Date, Filter, TriadZone, eval::find_label};
use crate::model::{Question, QuestionKind};

/// One end of an interval as written.
#[derive(Clone, Copy)]
enum Bound {
    Number(f64),
    Date(Date),
    /// `-inf` or `inf`.
    Open,
}

/// An interval as written: bounds with their columns, and whether each
/// bracket is round (exclusive).
struct Interval {
    lo: (Bound, usize),
    hi: (Bound, usize),
    lo_exclusive: bool,
    hi_exclusive: bool,
}

impl Parser<'_> {
    /// After `in` (or `not in` when `negated`).
    pub(super) fn in_clause(
        &mut self,
        question: &Question,
        negated: bool,
    ) -> Result<Filter, ParseError> {
        let at = self.peek().clone();
        let id = question.id.clone();
        let is_list =
            at.token == Token::Open && matches!(self.peek_at(1), Token::Str(_) | Token::Close);
        if is_list {
            if !is_choice(&question.kind) {
                return Err(not_allowed(
                    question,
                    at.column,
                    "a list of options",
                    "an interval like [20, 70]",
                ));
            }
            let mut labels = Vec::new();
            for (label, column) in self.string_list("an option in quotes")? {
                labels.push(option_label(question, &label, column)?);
            }
            return Ok(if negated {
                Filter::NotOptions {
                    question: id,
                    none_of: labels,
                }
            } else {
                Filter::Options {
                    question: id,
                    any_of: labels,
                }
            });
        }
        let triad = matches!(question.kind, QuestionKind::Triad { .. });
        if at.token.is_word(kw::ZONE) || at.token.is_word(kw::POLYGON) {
            if !triad || negated {
                let what = if negated {
                    "not in zone or polygon"
                } else {
                    "a zone or polygon"
                };
                return Err(not_allowed(question, at.column, what, "not (… in zone …)"));
            }
            self.next();
            return if at.token.is_word(kw::ZONE) {
                self.zone(question)
            } else {
                self.polygon(question)
            };
        }
        if !matches!(at.token, Token::Open | Token::OpenBracket) {
            return Err(self.expected("a list in quotes like (\"a\", \"b\"), an interval like [20, 70], zone or polygon after in"));
        }
        let interval = self.interval()?;
        let filter = match question.kind {
            QuestionKind::Slider { .. } => Filter::SliderRange {
                question: id.clone(),
                min: check_slider(finite(interval.lo)?, interval.lo.1)?,
                max: check_slider(finite(interval.hi)?, interval.hi.1)?,
                min_exclusive: interval.lo_exclusive,
                max_exclusive: interval.hi_exclusive,
            },
            QuestionKind::Number => Filter::NumberRange {
                question: id.clone(),
                min: number_or_open(interval.lo)?,
                max: number_or_open(interval.hi)?,
                min_exclusive: interval.lo_exclusive,
                max_exclusive: interval.hi_exclusive,
            },
            QuestionKind::Date => {
                // Whole days: a round bracket moves the bound by one day.
                let from =
                    date_or_open(interval.lo)?.map(|d| d.days + i64::from(interval.lo_exclusive));
                let to =
                    date_or_open(interval.hi)?.map(|d| d.days - i64::from(interval.hi_exclusive));
                Filter::DateRange {
                    question: id.clone(),
                    from: from.map(Date::from_days),
                    to: to.map(Date::from_days),
                }
            }
            _ => {
                return Err(not_allowed(
                    question,
                    at.column,
                    "an interval",
                    "= or in (…)",
                ));
            }
        };
        Ok(if negated {
            answered_and_not(&id, filter)
        } else {
            filter
        })
    }

    /// `[a, b]`, `(a, b)`, `[a, b)`, `(a, b]`.
    fn interval(&mut self) -> Result<Interval, ParseError> {
        let lo_exclusive = self.next().token == Token::Open;
        let lo = self.bound(true)?;
        self.expect(&Token::Comma, ", between the two ends of the interval")?;
        let hi = self.bound(false)?;
        let hi_exclusive = match self.peek().token {
            Token::Close => true,
            Token::CloseBracket => false,
            _ => return Err(self.expected("] or ) to close the interval")),
        };
        self.next();
        Ok(Interval {
            lo,
            hi,
            lo_exclusive,
            hi_exclusive,
        })
    }

    fn bound(&mut self, lower: bool) -> Result<(Bound, usize), ParseError> {
        let at = self.peek().clone();
        let quoted_date = match &at.token {
            Token::Str(s) => Date::parse(s),
            _ => None,
        };
        let bound = match (&at.token, quoted_date) {
            (Token::Number(v), _) if v.is_finite() => Bound::Number(*v),
            (Token::Number(_), _) if lower => Bound::Open,
            (Token::Word(_), _) if !lower && at.token.is_word(kw::INF) => Bound::Open,
            (Token::Date(d), _) => Bound::Date(*d),
            (Token::Str(_), Some(d)) => Bound::Date(d),
            _ => {
                let what = if lower {
                    "a number, a date or -inf"
                } else {
                    "a number, a date or inf"
                };
                return Err(self.expected(what));
            }
        };
        self.next();
        Ok((bound, at.column))
    }

    fn zone(&mut self, question: &Question) -> Result<Filter, ParseError> {
        let zone = match &self.peek().token {
            Token::Word(w) | Token::Str(w) => TriadZone::from_code(w),
            _ => None,
        };
        let Some(zone) = zone else {
            return Err(self
                .expected("a zone: top, left, right, top_left, left_right, top_right or centre"));
        };
        self.next();
        Ok(Filter::TriadZone {
            question: question.id.clone(),
            zone,
        })
    }

    /// `((top, left, right), …)`, possibly empty.
    fn polygon(&mut self, question: &Question) -> Result<Filter, ParseError> {
        self.expect(&Token::Open, "( to start the list of points")?;
        let mut polygon = Vec::new();
        if self.peek().token != Token::Close {
            loop {
                self.expect(&Token::Open, "( to start a point (top, left, right)")?;
                let mut point = [0.0; 3];
                for (i, weight) in point.iter_mut().enumerate() {
                    if i > 0 {
                        self.expect(&Token::Comma, ", between the weights of a point")?;
                    }
                    *weight = match self.peek().token {
                        Token::Number(v) if v.is_finite() => v,
                        _ => return Err(self.expected("a weight")),
                    };
                    self.next();
                }
                self.expect(&Token::Close, ") to end the point")?;
                polygon.push(point);
                if self.peek().token != Token::Comma {
                    break;
                }
                self.next();
            }
        }
        self.expect(&Token::Close, ", or ) after a point")?;
        Ok(Filter::TriadPolygon {
            question: question.id.clone(),
            polygon,
        })
    }

    /// After `is`.
    pub(super) fn is_clause(&mut self, question: &Question) -> Result<Filter, ParseError> {
        let id = question.id.clone();
        if self.eat_word(kw::ANSWERED) {
            return Ok(Filter::Answered { question: id });
        }
        if self.eat_word(kw::MISSING) {
            return Ok(Filter::Missing { question: id });
        }
        if self.eat_word(&["na", "nvt"]) {
            return Ok(Filter::NotApplicable { question: id });
        }
        if self.peek().token.is_word(kw::NOT) && self.peek_at(1).is_word(kw::APPLICABLE) {
            self.next();
            self.next();
            return Ok(Filter::NotApplicable { question: id });
        }
        Err(self.expected("answered, missing or not applicable after is"))
    }

    /// After `stone`: `"label" in x [a, b] y [c, d]`.
    pub(super) fn stones(
        &mut self,
        question: &Question,
        column: usize,
    ) -> Result<Filter, ParseError> {
        let QuestionKind::Stones { stones, .. } = &question.kind else {
            return Err(not_allowed(question, column, "stone", "another condition"));
        };
        let label_column = self.peek().column;
        let label = self.string("the stone's label in quotes after stone")?;
        let Some(index) = find_label(stones, &label) else {
            return Err(ParseError::new(
                label_column,
                format!(
                    "question \"{}\" has no stone \"{label}\"; its stones are {}",
                    question.title,
                    stones.join(", ")
                ),
            ));
        };
        if !self.eat_word(kw::IN) {
            return Err(self.expected("in after the stone"));
        }
        let mut boxes = [(0.0, 0.0); 2];
        for (axis, range) in ["x", "y"].into_iter().zip(&mut boxes) {
            if !self.eat_word(&[axis]) {
                return Err(self.expected(axis));
            }
            let at = self.peek().column;
            let interval = self.interval()?;
            if interval.lo_exclusive || interval.hi_exclusive {
                return Err(ParseError::new(
                    at,
                    "a stone region includes its edges; use [ and ]",
                ));
            }
            *range = (finite(interval.lo)?, finite(interval.hi)?);
        }
        Ok(Filter::StonesRegion {
            question: question.id.clone(),
            stone: stones[index].clone(),
            x_min: boxes[0].0,
            x_max: boxes[0].1,
            y_min: boxes[1].0,
            y_max: boxes[1].1,
        })
    }
}

fn finite((bound, column): (Bound, usize)) -> Result<f64, ParseError> {
    match bound {
        Bound::Number(v) => Ok(v),
        _ => Err(ParseError::new(column, "expected a number here")),
    }
}

fn number_or_open((bound, column): (Bound, usize)) -> Result<Option<f64>, ParseError> {
    match bound {
        Bound::Number(v) => Ok(Some(v)),
        Bound::Open => Ok(None),
        Bound::Date(_) => Err(ParseError::new(
            column,
            "expected a number here, not a date",
        )),
    }
}

fn date_or_open((bound, column): (Bound, usize)) -> Result<Option<Date>, ParseError> {
    match bound {
        Bound::Date(d) => Ok(Some(d)),
        Bound::Open => Ok(None),
        Bound::Number(_) => Err(ParseError::new(
            column,
            "expected a date like 2019-03-31 here",
        )),
    }
}
