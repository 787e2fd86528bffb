//! [`Filter::evaluate`]: a filter into a [`Selection`], one pass per column.
//!
//! Leaf conditions build their bitset with [`Selection::from_fn`], which
//! fills one `u64` word per 64 rows from a flat column slice; multi-choice
//! conditions combine the column's own bitsets word by word; `And`, `Or`
//! and `Not` are word-wise operations on the results.

use std::collections::HashSet;

use super::error::KindName;
use super::eval_sentence::Condition;
use super::fold::fold_into;
use super::{Filter, zone_of};
use crate::model::{Column, Dataset, Presence, Question, QuestionId, QuestionKind, Selection};
use crate::stats::triangle::{TrianglePolygon, cartesian_from_barycentric};
use crate::words::WordOptions;

/// Why a filter cannot be evaluated on a dataset; each message is one
/// sentence naming the question, option or stone.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{}", self.sentence(crate::i18n::Language::English))]
pub enum FilterError {
    /// The filter names a question the dataset does not have.
    UnknownQuestion(QuestionId),
    /// A condition that the question's kind does not take.
    WrongKind {
        /// The question's title.
        title: String,
        /// The question's kind.
        kind: KindName,
        /// The condition written for it.
        condition: Condition,
    },
    /// A choice question has no option with this label.
    UnknownOption {
        /// The question's title.
        title: String,
        /// The option as written in the filter.
        option: String,
    },
    /// A stones question has no stone with this label.
    UnknownStone {
        /// The question's title.
        title: String,
        /// The stone as written in the filter.
        stone: String,
    },
    /// A question whose column does not fit its kind (a damaged dataset); the question's title.
    ColumnMismatch(String),
    /// A text search on the story, but the dataset has no story text.
    NoStoryText,
    /// Deeper than [`super::MAX_DEPTH`] levels.
    TooDeep,
}

/// Slack on the 0–1 scale (1e-9 on 0–100), so that `>= 57` holds for a
/// slider stored as 0.57 whatever rounding produced it.
const SLIDER_SLACK: f64 = 1e-11;

impl Filter {
    /// The stories of `dataset` this filter selects, its word clauses
    /// (`has word`, `has phrase`) with the default word options: where no
    /// project says otherwise (the command line on a data file).
    pub fn evaluate(&self, dataset: &Dataset) -> Result<Selection, FilterError> {
        self.evaluate_with(dataset, &WordOptions::default())
    }

    /// The stories of `dataset` this filter selects, its word clauses
    /// counting words as `words` says (a project's stop words and
    /// stemming, as its words chart counts them), so that a word's
    /// selection holds the stories the chart counts for it.
    pub fn evaluate_with(
        &self,
        dataset: &Dataset,
        words: &WordOptions,
    ) -> Result<Selection, FilterError> {
        // The recursion below is as deep as the tree: bounded first.
        if self.is_too_deep() {
            return Err(FilterError::TooDeep);
        }
        self.evaluate_within_depth(dataset, words)
    }

    /// The recursion over `And`/`Or`/`Not`, kept apart from the leaves so
    /// that each level costs a small stack frame (256 levels fit in 1 MB
    /// even unoptimised).
    fn evaluate_within_depth(
        &self,
        dataset: &Dataset,
        words: &WordOptions,
    ) -> Result<Selection, FilterError> {
        let n = dataset.len();
        match self {
            Self::And(filters) => {
                let mut acc = Selection::all(n);
                for filter in filters {
                    acc = acc.and(&filter.evaluate_within_depth(dataset, words)?);
                }
                Ok(acc)
            }
            Self::Or(filters) => {
                let mut acc = Selection::none(n);
                for filter in filters {
                    acc = acc.or(&filter.evaluate_within_depth(dataset, words)?);
                }
                Ok(acc)
            }
            Self::Not(inner) => Ok(inner.evaluate_within_depth(dataset, words)?.not()),
            leaf => leaf.evaluate_leaf(dataset, words),
        }
    }

    /// A condition that is not `And`, `Or` or `Not`.
    #[inline(never)]
    fn evaluate_leaf(
        &self,
        dataset: &Dataset,
        words: &WordOptions,
    ) -> Result<Selection, FilterError> {
        let n = dataset.len();
        match self {
            Self::All => Ok(Selection::all(n)),
            Self::Options { question, any_of } => choice(dataset, question, any_of, true),
            Self::NotOptions { question, none_of } => choice(dataset, question, none_of, false),
            Self::SliderRange { question, range } => {
                let values = number_values(dataset, question, Expect::Slider)?;
                let lo = lower_bound(range.min / 100.0, SLIDER_SLACK, range.min_exclusive);
                let hi = upper_bound(range.max / 100.0, SLIDER_SLACK, range.max_exclusive);
                Ok(in_range(values, lo, hi))
            }
            Self::NumberRange { question, range } => {
                let values = number_values(dataset, question, Expect::Number)?;
                let lo = range.min.map_or(f64::NEG_INFINITY, |m| {
                    lower_bound(m, 0.0, range.min_exclusive)
                });
                let hi = range
                    .max
                    .map_or(f64::INFINITY, |m| upper_bound(m, 0.0, range.max_exclusive));
                Ok(in_range(values, lo, hi))
            }
            Self::DateRange { question, from, to } => {
                let values = number_values(dataset, question, Expect::Date)?;
                // Whole days: a value of day d (with any time of day) is in
                // [from, to] when from <= value < to + 1.
                let lo = from.map_or(f64::NEG_INFINITY, |d| d.days as f64);
                let hi = to.map_or(f64::INFINITY, |d| ((d.days + 1) as f64).next_down());
                Ok(in_range(values, lo, hi))
            }
            Self::TriadZone { question, zone } => {
                let triad = triad_column(dataset, question)?;
                // `triad_column` checked that the column holds n rows.
                let (top, left, right) = (&triad.top[..n], &triad.left[..n], &triad.right[..n]);
                Ok(Selection::from_fn(n, |row| {
                    let w = [top[row], left[row], right[row]];
                    !w.iter().any(|v| v.is_nan()) && zone_of(w) == *zone
                }))
            }
            Self::TriadPolygon { question, polygon } => {
                let triad = triad_column(dataset, question)?;
                let shape = TrianglePolygon::new(polygon);
                Ok(Selection::from_fn(n, |row| {
                    triad
                        .get(row)
                        .is_some_and(|w| shape.contains(cartesian_from_barycentric(w)))
                }))
            }
            Self::StonesRegion {
                question,
                stone,
                region,
            } => {
                let (q, column) = lookup(dataset, question)?;
                let QuestionKind::Stones { stones, .. } = &q.kind else {
                    return Err(wrong_kind(q, Condition::StonesRegion));
                };
                let Column::Stones(column) = column else {
                    return Err(FilterError::ColumnMismatch(q.title.clone()));
                };
                let index = find_label(stones, stone).ok_or_else(|| FilterError::UnknownStone {
                    title: q.title.clone(),
                    stone: stone.clone(),
                })?;
                Ok(Selection::from_fn(n, |row| {
                    column
                        .position(index, row)
                        .is_some_and(|point| region.contains(point))
                }))
            }
            Self::TextContains { question, text } => text_contains(dataset, question, text),
            Self::HasWord { question, word } => {
                super::word::has_word(dataset, question.as_ref(), word, words)
            }
            Self::HasPhrase { question, phrase } => {
                super::word::has_phrase(dataset, question.as_ref(), phrase, words)
            }
            Self::StoryIds(ids) => {
                let wanted: HashSet<&str> = ids.iter().map(|id| id.0.as_str()).collect();
                let all = dataset.story_ids();
                Ok(Selection::from_fn(n, |row| {
                    wanted.contains(all[row].0.as_str())
                }))
            }
            Self::Answered { question } => presence(dataset, question, Presence::Answered),
            Self::Missing { question } => presence(dataset, question, Presence::Missing),
            Self::NotApplicable { question } => {
                presence(dataset, question, Presence::NotApplicable)
            }
            Self::And(_) | Self::Or(_) | Self::Not(_) => self.evaluate_within_depth(dataset, words),
        }
    }
}

pub(super) fn wrong_kind(question: &Question, condition: Condition) -> FilterError {
    FilterError::WrongKind {
        title: question.title.clone(),
        kind: KindName::of(&question.kind),
        condition,
    }
}

fn lookup<'a>(
    dataset: &'a Dataset,
    id: &QuestionId,
) -> Result<(&'a Question, &'a Column), FilterError> {
    dataset
        .question(id)
        .ok_or_else(|| FilterError::UnknownQuestion(id.clone()))
}

/// Index of `wanted` among `labels`: the exact label, or else the first
/// that matches ignoring case.
pub(super) fn find_label(labels: &[String], wanted: &str) -> Option<usize> {
    labels.iter().position(|l| l == wanted).or_else(|| {
        let wanted = wanted.to_lowercase();
        labels.iter().position(|l| l.to_lowercase() == wanted)
    })
}

fn choice(
    dataset: &Dataset,
    id: &QuestionId,
    labels: &[String],
    matching: bool,
) -> Result<Selection, FilterError> {
    let (question, column) = lookup(dataset, id)?;
    if !question.kind.is_choice() {
        return Err(wrong_kind(question, Condition::Options));
    }
    let options = question.kind.options();
    let mut wanted = vec![false; options.len()];
    for label in labels {
        let index = find_label(options, label).ok_or_else(|| FilterError::UnknownOption {
            title: question.title.clone(),
            option: label.clone(),
        })?;
        wanted[index] = true;
    }
    let n = dataset.len();
    match column {
        Column::Single(column) => {
            if !matching {
                wanted.iter_mut().for_each(|w| *w = !*w);
            }
            // Missing and N/A codes lie past the options: never wanted.
            let codes = column
                .codes
                .get(..n)
                .ok_or_else(|| FilterError::ColumnMismatch(question.title.clone()))?;
            Ok(Selection::from_fn(n, |row| {
                wanted
                    .get(usize::from(codes[row]))
                    .copied()
                    .unwrap_or(false)
            }))
        }
        Column::Multi(column) => {
            let chosen = wanted
                .iter()
                .zip(&column.chosen)
                .filter(|(w, _)| **w)
                .fold(Selection::none(n), |acc, (_, s)| acc.or(s));
            Ok(if matching {
                chosen.and(&column.answered)
            } else {
                column.answered.and_not(&chosen)
            })
        }
        _ => Err(FilterError::ColumnMismatch(question.title.clone())),
    }
}

#[derive(Clone, Copy)]
enum Expect {
    Slider,
    Number,
    Date,
}

fn number_values<'a>(
    dataset: &'a Dataset,
    id: &QuestionId,
    expect: Expect,
) -> Result<&'a [f64], FilterError> {
    let (question, column) = lookup(dataset, id)?;
    let fits = match expect {
        Expect::Slider => matches!(question.kind, QuestionKind::Slider { .. }),
        Expect::Number => matches!(question.kind, QuestionKind::Number),
        Expect::Date => matches!(question.kind, QuestionKind::Date),
    };
    if !fits {
        return Err(match expect {
            Expect::Slider => wrong_kind(question, Condition::SliderRange),
            Expect::Number => wrong_kind(question, Condition::NumberRange),
            Expect::Date => wrong_kind(question, Condition::DateRange),
        });
    }
    match column {
        // A project file edited by hand could hold a short column.
        Column::Number(column) => column
            .values
            .get(..dataset.len())
            .ok_or_else(|| FilterError::ColumnMismatch(question.title.clone())),
        _ => Err(FilterError::ColumnMismatch(question.title.clone())),
    }
}

/// The smallest value a lower bound admits, as an inclusive bound.
fn lower_bound(bound: f64, slack: f64, exclusive: bool) -> f64 {
    if exclusive {
        (bound + slack).next_up()
    } else {
        bound - slack
    }
}

/// The largest value an upper bound admits, as an inclusive bound.
fn upper_bound(bound: f64, slack: f64, exclusive: bool) -> f64 {
    if exclusive {
        (bound - slack).next_down()
    } else {
        bound + slack
    }
}

/// Rows with `lo <= value <= hi`; NaN (missing, N/A) never matches.
fn in_range(values: &[f64], lo: f64, hi: f64) -> Selection {
    Selection::from_fn(values.len(), |row| {
        let v = values[row];
        v >= lo && v <= hi
    })
}

fn triad_column<'a>(
    dataset: &'a Dataset,
    id: &QuestionId,
) -> Result<&'a crate::model::TriadColumn, FilterError> {
    let (question, column) = lookup(dataset, id)?;
    if !matches!(question.kind, QuestionKind::Triad { .. }) {
        return Err(wrong_kind(question, Condition::TriadZone));
    }
    match column {
        Column::Triad(triad)
            if [&triad.top, &triad.left, &triad.right]
                .iter()
                .all(|v| v.len() == dataset.len()) =>
        {
            Ok(triad)
        }
        _ => Err(FilterError::ColumnMismatch(question.title.clone())),
    }
}

fn text_contains(
    dataset: &Dataset,
    id: &Option<QuestionId>,
    needle: &str,
) -> Result<Selection, FilterError> {
    let mut columns = Vec::new();
    match id {
        Some(id) => {
            let (question, column) = lookup(dataset, id)?;
            if !matches!(question.kind, QuestionKind::Text { .. } | QuestionKind::Id) {
                return Err(wrong_kind(question, Condition::Contains));
            }
            columns.push((question, column));
        }
        None => {
            for role in [crate::model::TextRole::Title, crate::model::TextRole::Story] {
                if let Some(question) = dataset.codebook().text_with_role(role) {
                    columns.extend(dataset.question(&question.id));
                }
            }
            if columns.is_empty() {
                return Err(FilterError::NoStoryText);
            }
        }
    }
    let needle = super::fold::fold(needle);
    let mut folded = String::new();
    let mut selection = Selection::none(dataset.len());
    for (question, column) in columns {
        let Column::Text(column) = column else {
            return Err(FilterError::ColumnMismatch(question.title.clone()));
        };
        selection = selection.or(&Selection::from_fn(dataset.len(), |row| {
            column.get(row).is_some_and(|text| {
                folded.clear();
                fold_into(text, &mut folded);
                folded.contains(&needle)
            })
        }));
    }
    Ok(selection)
}

fn presence(
    dataset: &Dataset,
    id: &QuestionId,
    wanted: Presence,
) -> Result<Selection, FilterError> {
    let (_, column) = lookup(dataset, id)?;
    Ok(Selection::from_fn(dataset.len(), |row| {
        column.presence(row) == wanted
    }))
}
