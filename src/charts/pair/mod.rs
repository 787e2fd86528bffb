//! Two-question charts: choice × choice cross-tabs, slider × choice groups,
//! slider × slider scatter, triad × choice groups. Each takes the rows that
//! answered both questions in one population, as bitset words, and counts
//! into flat arrays indexed by option code (and, for sliders, by the code of
//! the value among the slider's distinct values: see `index`).
//!
//! [`pair_panel`] picks the chart by the two kinds; `crosstabs` counts and
//! tests choice × choice, `groups` the slider and triad groups and the
//! scatter.

mod crosstabs;
mod groups;

use crate::model::{Column, Question, QuestionKind};

use super::choice::ChoiceAccess;
use super::index::{Answered, ColumnIndex, and_words, for_each_row};
use super::{ChartError, ChartSpec, PanelKind};
use crosstabs::cross_tab;
use groups::{scatter, slider_groups, triad_groups};

/// A question with its column and the column's index.
pub(crate) type Indexed<'a> = (&'a Question, &'a Column, &'a ColumnIndex);

fn as_choice<'a>((question, column, _): Indexed<'a>) -> Option<(ChoiceAccess<'a>, &'a [String])> {
    ChoiceAccess::of(question, column)
}

/// The panel of `question × by` over the `answered` rows of a population.
/// Without `detail` (a panel only compared against, never drawn) the
/// per-story points and values are left out where the numbers do not need
/// them.
pub(crate) fn pair_panel(
    spec: &ChartSpec,
    question: Indexed<'_>,
    by: Indexed<'_>,
    answered: &Answered,
    detail: bool,
) -> Result<PanelKind, ChartError> {
    let words = &answered.words;
    if let (true, Column::Multi(column), QuestionKind::MultiChoice { options }) = (
        super::cooccur::is_co_occurrence(question.0, by.0),
        question.1,
        &question.0.kind,
    ) {
        return Ok(PanelKind::CoOccurrence(super::cooccur::co_occurrence(
            options, column, words,
        )));
    }
    match (&question.0.kind, &by.0.kind, question.1) {
        (QuestionKind::Slider { .. }, QuestionKind::Slider { .. }, _) => {
            Ok(PanelKind::Scatter(scatter(question, by, &answered.rows())))
        }
        (QuestionKind::Slider { .. }, _, Column::Number(numbers)) if as_choice(by).is_some() => {
            let (access, options) = as_choice(by).ok_or_else(|| unsupported(question.0, by.0))?;
            let ranks = question.2.ranks.as_ref();
            Ok(PanelKind::Groups(slider_groups(
                numbers,
                ranks,
                (access, options),
                words,
                detail,
                spec.options.all_dots,
            )))
        }
        (QuestionKind::Triad { .. }, _, _) if as_choice(by).is_some() => {
            let (access, options) = as_choice(by).ok_or_else(|| unsupported(question.0, by.0))?;
            Ok(PanelKind::TriadGroups(triad_groups(
                spec, question.1, access, options, words, detail,
            )))
        }
        _ => match (as_choice(question), as_choice(by)) {
            (Some(row_choice), Some(column_choice)) => {
                let mut table = cross_tab(row_choice, column_choice, words);
                if spec.options.outline_holm {
                    table.outlined_by = super::CellOutline::HolmP;
                }
                Ok(PanelKind::CrossTab(table))
            }
            _ => Err(unsupported(question.0, by.0)),
        },
    }
}

/// Calls `f(row, option)` for every option every row of `words` chose:
/// row by row for a single choice, option by option (bitset `and`) for a
/// multiple choice — so rows of one option come in increasing order.
#[inline]
pub(crate) fn for_each_choice(
    access: ChoiceAccess<'_>,
    option_count: usize,
    words: &[u64],
    mut f: impl FnMut(usize, usize),
) {
    match access {
        ChoiceAccess::Single(column) => for_each_row(words, |row| {
            // Rows come from bitsets of the column's own length.
            let code = column
                .codes
                .get(row)
                .map_or(usize::MAX, |&c| usize::from(c));
            if code < option_count {
                f(row, code);
            }
        }),
        ChoiceAccess::Multi(column) => {
            for (option, chosen) in column.chosen.iter().enumerate().take(option_count) {
                let both: Vec<u64> = and_words(words, chosen.words()).collect();
                for_each_row(&both, |row| f(row, option));
            }
        }
    }
}

/// Stories of `words` per option.
fn option_counts(access: ChoiceAccess<'_>, option_count: usize, words: &[u64]) -> Vec<u64> {
    let mut counts = vec![0u64; option_count];
    match access {
        ChoiceAccess::Single(_) => for_each_choice(access, option_count, words, |_, o| {
            counts[o] += 1;
        }),
        ChoiceAccess::Multi(column) => {
            for (count, chosen) in counts.iter_mut().zip(&column.chosen) {
                *count = and_words(words, chosen.words())
                    .map(|w| u64::from(w.count_ones()))
                    .sum();
            }
        }
    }
    counts
}

fn unsupported(question: &Question, by: &Question) -> ChartError {
    ChartError::UnsupportedPair {
        question: question.title.clone(),
        by: by.title.clone(),
    }
}

#[allow(clippy::too_many_lines, reason = "the cross-tab statistics in order")]
#[cfg(test)]
mod tests;
