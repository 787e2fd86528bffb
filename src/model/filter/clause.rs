//! The longer predicates of the filter language: `in …` (option lists,
//! intervals, zones, polygons), `is …` and `stone … in x … y …`.

use super::error::{Construct, Expected, Instead, ParseError, ParseErrorKind, Place};
use super::lex::{Spanned, Token};
use super::parse::{Parser, kw};
use super::predicate::{answered_and_not, check_slider, is_choice, not_allowed, option_label};
use super::{Bounds, Date, Filter, Region, TriadZone, eval::find_label};
use crate::model::{Question, QuestionKind};

/// One end of an interval as written.
#[derive(Clone, Copy)]
enum Bound {
    Number(f64),
    Date(Date),
    /// `-inf` or `inf`.
    Open,
}

/// An interval as written: bounds with their places, and whether each
/// bracket is round (exclusive).
struct Interval {
    lo: (Bound, Place),
    hi: (Bound, Place),
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
        // `(` opens a list of options, or an interval: a quoted date after
        // it belongs to an interval.
        let is_list = at.token == Token::Open
            && match self.peek_at(1) {
                Token::Close => true,
                Token::Str(_) => !matches!(question.kind, QuestionKind::Date),
                _ => false,
            };
        if is_list {
            return self.option_list(question, &at, negated);
        }
        let triad = matches!(question.kind, QuestionKind::Triad { .. });
        if at.token.is_word(kw::ZONE) || at.token.is_word(kw::POLYGON) {
            if !triad || negated {
                let what = if negated {
                    Construct::NotInZone
                } else {
                    Construct::ZoneOrPolygon
                };
                return Err(not_allowed(question, at.place(), what, Instead::NotInZone));
            }
            self.next();
            return if at.token.is_word(kw::ZONE) {
                self.zone(question)
            } else {
                self.polygon(question)
            };
        }
        if !matches!(at.token, Token::Open | Token::OpenBracket) {
            return Err(self.expected(Expected::AfterIn));
        }
        let interval = self.interval()?;
        let filter = match question.kind {
            QuestionKind::Slider { .. } => Filter::SliderRange {
                question: id.clone(),
                range: Bounds {
                    min: check_slider(finite(interval.lo)?, interval.lo.1)?,
                    max: check_slider(finite(interval.hi)?, interval.hi.1)?,
                    min_exclusive: interval.lo_exclusive,
                    max_exclusive: interval.hi_exclusive,
                },
            },
            QuestionKind::Number => Filter::NumberRange {
                question: id.clone(),
                range: Bounds {
                    min: number_or_open(interval.lo)?,
                    max: number_or_open(interval.hi)?,
                    min_exclusive: interval.lo_exclusive,
                    max_exclusive: interval.hi_exclusive,
                },
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
                    at.place(),
                    Construct::Interval,
                    Instead::EqualOrIn,
                ));
            }
        };
        Ok(if negated {
            answered_and_not(&id, filter)
        } else {
            filter
        })
    }

    /// `("a", "b")` after `in` (or `not in` when `negated`).
    fn option_list(
        &mut self,
        question: &Question,
        at: &Spanned,
        negated: bool,
    ) -> Result<Filter, ParseError> {
        let id = question.id.clone();
        if !is_choice(&question.kind) {
            return Err(not_allowed(
                question,
                at.place(),
                Construct::OptionList,
                Instead::IntervalExample,
            ));
        }
        let mut labels = Vec::new();
        for (label, column) in self.string_list(Expected::OptionInQuotes)? {
            labels.push(option_label(question, &label, column)?);
        }
        if labels.is_empty() {
            // `in ()` would select nobody and `not in ()` everybody who
            // answered: neither is what someone typing it meant.
            let list = Place {
                end: self.previous_end(),
                ..at.place()
            };
            return Err(ParseError::at(list, ParseErrorKind::EmptyList));
        }
        Ok(if negated {
            Filter::NotOptions {
                question: id,
                none_of: labels,
            }
        } else {
            Filter::Options {
                question: id,
                any_of: labels,
            }
        })
    }

    /// `[a, b]`, `(a, b)`, `[a, b)`, `(a, b]`.
    fn interval(&mut self) -> Result<Interval, ParseError> {
        let open = self.next();
        let lo_exclusive = open.token == Token::Open;
        let lo = self.bound(true)?;
        self.expect(&Token::Comma, Expected::IntervalComma)?;
        let hi = self.bound(false)?;
        let hi_exclusive = match self.peek().token {
            Token::Close => true,
            Token::CloseBracket => false,
            _ => return Err(self.expected(Expected::IntervalClose)),
        };
        self.next();
        let reversed = match (lo.0, hi.0) {
            (Bound::Number(a), Bound::Number(b)) if a > b => Some((a.to_string(), b.to_string())),
            (Bound::Date(a), Bound::Date(b)) if a.days > b.days => {
                Some((a.to_string(), b.to_string()))
            }
            _ => None,
        };
        if let Some((lo, hi)) = reversed {
            let whole = Place {
                end: self.previous_end(),
                ..open.place()
            };
            return Err(ParseError::at(
                whole,
                ParseErrorKind::ReversedInterval { lo, hi },
            ));
        }
        Ok(Interval {
            lo,
            hi,
            lo_exclusive,
            hi_exclusive,
        })
    }

    fn bound(&mut self, lower: bool) -> Result<(Bound, Place), ParseError> {
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
                    Expected::LowerBound
                } else {
                    Expected::UpperBound
                };
                return Err(self.expected(what));
            }
        };
        self.next();
        Ok((bound, at.place()))
    }

    fn zone(&mut self, question: &Question) -> Result<Filter, ParseError> {
        let zone = match &self.peek().token {
            Token::Word(w) | Token::Str(w) => TriadZone::from_code(w),
            _ => None,
        };
        let Some(zone) = zone else {
            return Err(self.expected(Expected::Zone));
        };
        self.next();
        Ok(Filter::TriadZone {
            question: question.id.clone(),
            zone,
        })
    }

    /// `((top, left, right), …)` with three points or more.
    fn polygon(&mut self, question: &Question) -> Result<Filter, ParseError> {
        let open = self.expect(&Token::Open, Expected::PointsOpen)?;
        let mut polygon = Vec::new();
        if self.peek().token != Token::Close {
            loop {
                self.expect(&Token::Open, Expected::PointOpen)?;
                let mut point = [0.0; 3];
                for (i, weight) in point.iter_mut().enumerate() {
                    if i > 0 {
                        self.expect(&Token::Comma, Expected::PointComma)?;
                    }
                    *weight = match self.peek().token {
                        Token::Number(v) if v.is_finite() => v,
                        _ => return Err(self.expected(Expected::Weight)),
                    };
                    self.next();
                }
                self.expect(&Token::Close, Expected::PointClose)?;
                polygon.push(point);
                if self.peek().token != Token::Comma {
                    break;
                }
                self.next();
            }
        }
        self.expect(&Token::Close, Expected::PointsNext)?;
        if polygon.len() < 3 {
            // Fewer corners enclose no area: the selection would be empty
            // (or only the points on a line) without saying so.
            let whole = Place {
                end: self.previous_end(),
                ..open.place()
            };
            return Err(ParseError::at(
                whole,
                ParseErrorKind::TooFewCorners(polygon.len()),
            ));
        }
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
        Err(self.expected(Expected::AfterIs))
    }

    /// After `stone`: `"label" in x [a, b] y [c, d]`.
    pub(super) fn stones(
        &mut self,
        question: &Question,
        column: Place,
    ) -> Result<Filter, ParseError> {
        let QuestionKind::Stones { stones, .. } = &question.kind else {
            let (what, instead) = (Construct::Stone, Instead::OtherCondition);
            return Err(not_allowed(question, column, what, instead));
        };
        let label_column = self.peek().place();
        let label = self.string(Expected::StoneLabel)?;
        let Some(index) = find_label(stones, &label) else {
            return Err(ParseError::at(
                label_column,
                ParseErrorKind::UnknownStone {
                    question: question.title.clone(),
                    stone: label,
                    stones: stones.clone(),
                },
            ));
        };
        if !self.eat_word(kw::IN) {
            return Err(self.expected(Expected::InAfterStone));
        }
        let mut boxes = [(0.0, 0.0); 2];
        for (axis, range) in ["x", "y"].into_iter().zip(&mut boxes) {
            if !self.eat_word(&[axis]) {
                return Err(self.expected(Expected::Axis(axis)));
            }
            let at = self.peek().place();
            let interval = self.interval()?;
            if interval.lo_exclusive || interval.hi_exclusive {
                return Err(ParseError::at(at, ParseErrorKind::StoneEdges));
            }
            *range = (finite(interval.lo)?, finite(interval.hi)?);
        }
        Ok(Filter::StonesRegion {
            question: question.id.clone(),
            stone: stones[index].clone(),
            region: Region {
                x_min: boxes[0].0,
                x_max: boxes[0].1,
                y_min: boxes[1].0,
                y_max: boxes[1].1,
            },
        })
    }
}

fn finite((bound, column): (Bound, Place)) -> Result<f64, ParseError> {
    match bound {
        Bound::Number(v) => Ok(v),
        _ => Err(ParseError::at(column, ParseErrorKind::NumberNeeded)),
    }
}

fn number_or_open((bound, column): (Bound, Place)) -> Result<Option<f64>, ParseError> {
    match bound {
        Bound::Number(v) => Ok(Some(v)),
        Bound::Open => Ok(None),
        Bound::Date(_) => Err(ParseError::at(column, ParseErrorKind::NumberNotDate)),
    }
}

fn date_or_open((bound, column): (Bound, Place)) -> Result<Option<Date>, ParseError> {
    match bound {
        Bound::Date(d) => Ok(Some(d)),
        Bound::Open => Ok(None),
        Bound::Number(_) => Err(ParseError::at(column, ParseErrorKind::DateNeeded)),
    }
}
