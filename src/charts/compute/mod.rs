//! [`compute`]: `ChartSpec` + dataset + populations → `ChartData`.
//!
//! Each panel is one pass over the question's column restricted to the
//! population's bitset. Bins, labels and scales come from the question, not
//! from the population, so the whole set and a selection always share them.
//! `panel` computes one panel of one question (histogram, bars, triad, …)
//! or its small multiples.

mod panel;

use crate::model::{Column, Dataset, Question, Selection};
use std::sync::Arc;

use crate::model::KindName;

use super::index::{Answered, ColumnIndex, indexed, indexed_with_words};
use super::lumping::Lumped;
use super::{ByQuestion, ChartData, ChartSpec, PanelData, PanelKind, TextData};
use super::{colour, comparison, options, pair};
pub(crate) use panel::for_binning;
use panel::{multiples, single_panel};

/// The populations a chart compares.
#[derive(Clone, Debug)]
pub struct Populations {
    /// The baseline: every story the chart counts (all stories, or a
    /// perspective's filter).
    pub whole: Selection,
    /// The selection compared with the rest of the baseline, if any.
    pub selection: Option<Selection>,
}

impl Populations {
    /// Every story, no selection.
    pub fn all(dataset: &Dataset) -> Self {
        Self {
            whole: dataset.all(),
            selection: None,
        }
    }
}

/// Why a chart cannot be computed.
#[derive(Debug, thiserror::Error, PartialEq)]
#[error("{}", self.sentence(crate::i18n::Language::English))]
pub enum ChartError {
    /// The spec names a question id the dataset does not have.
    UnknownQuestion(String),
    /// The mark is not a part of this chart (question title); e.g. a bin of a
    /// choice question.
    NotAMark(String),
    /// The two questions (titles) have no chart together.
    UnsupportedPair {
        /// The chart's question's title.
        question: String,
        /// The `by` question's title.
        by: String,
    },
    /// `colour_by` names a question (title) that is not a choice question.
    ColourByNotChoice(String),
    /// A column that does not hold what its question's kind needs.
    ColumnMismatch {
        /// The question's title.
        title: String,
        /// The kind its question says the column holds.
        kind: KindName,
        /// The kind the column holds.
        found: KindName,
    },
}

/// Computes the chart of `spec` for the whole set and the selection.
pub fn compute(
    spec: &ChartSpec,
    dataset: &Dataset,
    populations: &Populations,
) -> Result<ChartData, ChartError> {
    // Display lumping: a lumped question is computed from its lumped
    // column, so every number and mark follows the chart's options.
    let (own, by_own) = Lumped::of_chart(dataset, spec)?;
    let (question, column, index) = match &own {
        Some(l) => (&l.question, &l.column, Arc::clone(&l.index)),
        None => indexed_with_words(dataset, &spec.question, &spec.options.words)?,
    };
    let by = match (&spec.by, &by_own) {
        (_, Some(l)) => Some((&l.question, &l.column, Arc::clone(&l.index))),
        (Some(id), None) => Some(indexed(dataset, id)?),
        (None, None) => None,
    };
    let colour_by = spec
        .options
        .colour_by
        .as_ref()
        .map(|id| indexed(dataset, id))
        .transpose()?;
    let inputs = ChartInputs {
        spec,
        question: (question, column, index),
        by,
        colour_by,
    };
    // The selection and the rest of the baseline: the rest is only tested
    // against (or only counted) in charts whose comparison reads it. Its
    // kind is the selection panel's, the whole set's too.
    let selection_and_rest = || -> Result<Option<(PanelData, PanelData)>, ChartError> {
        let Some(chosen) = &populations.selection else {
            return Ok(None);
        };
        let selection = inputs.panel("selection", chosen, PanelUse::Drawn)?;
        let use_ = if comparison::reads_rest(&selection.chart) {
            PanelUse::Compared
        } else {
            PanelUse::Counted
        };
        let rest = inputs.panel("rest", &populations.whole.and_not(chosen), use_)?;
        Ok(Some((selection, rest)))
    };
    // Big comparisons compute the whole set on this thread and the
    // selection with the rest on another.
    let parallel = populations.selection.is_some() && populations.whole.len() >= PARALLEL_FROM;
    let (whole, selection_and_rest) = if parallel {
        std::thread::scope(|scope| {
            let other = scope.spawn(selection_and_rest);
            let whole = inputs.panel("whole", &populations.whole, PanelUse::Drawn);
            // Should the other thread panic, its work is done again here,
            // where the panic then shows as without threads.
            let other = other.join().unwrap_or_else(|_| selection_and_rest());
            (whole, other)
        })
    } else {
        (
            inputs.panel("whole", &populations.whole, PanelUse::Drawn),
            selection_and_rest(),
        )
    };
    let whole = whole?;
    let (selection, comparison) = match selection_and_rest? {
        Some((selection, rest)) => {
            let mut comparison = comparison::compare(&whole, &selection, &rest);
            if let (Some(words), Some(chosen), PanelKind::Words(_)) = (
                inputs.question.2.words.as_ref(),
                &populations.selection,
                &whole.chart,
            ) {
                let answered = &inputs.question.2.answered;
                comparison.keyness = Some(super::words::keyness_of(
                    words,
                    &chosen.and(answered),
                    &populations.whole.and(answered),
                ));
            }
            (Some(selection), Some(comparison))
        }
        None => (None, None),
    };
    Ok(ChartData {
        question: question.id.to_string(),
        title: question.title.clone(),
        kind: question.kind.clone(),
        by: inputs.by.as_ref().map(|(q, _, _)| ByQuestion {
            question: q.id.to_string(),
            title: q.title.clone(),
            kind: q.kind.clone(),
        }),
        min_n: spec.options.min_n,
        whole,
        selection,
        comparison,
        options_shown: spec.options.option_order.as_deref().and_then(|order| {
            // The order names the options of the `by` question, or of the
            // question itself without one.
            let named = inputs.by.as_ref().map_or(question, |(q, _, _)| q);
            options::shown_of(order, &named.kind)
        }),
        lumping: lumping_notes(spec, dataset),
    })
}

/// The notes of the chart's lumpings: the question's, then the `by`
/// question's (once when both are the same question).
fn lumping_notes(spec: &ChartSpec, dataset: &Dataset) -> Vec<super::LumpingNote> {
    let by = spec.by.as_ref().filter(|by| **by != spec.question);
    std::iter::once(&spec.question)
        .chain(by)
        .filter_map(|id| {
            let lumping = super::lumping::lumping_of(&spec.options.lumping, id)?;
            let (question, _) = dataset.question(id)?;
            super::LumpingNote::of(lumping, question)
        })
        .collect()
}

/// What the panels of one chart share: the spec and its questions, each
/// with its column and index.
struct ChartInputs<'a> {
    spec: &'a ChartSpec,
    question: Indexed<'a>,
    by: Option<Indexed<'a>>,
    colour_by: Option<Indexed<'a>>,
}

/// A question with its column and the column's index.
type Indexed<'a> = (&'a Question, &'a Column, Arc<ColumnIndex>);

impl ChartInputs<'_> {
    /// The panel of one population, computed for `use_`.
    fn panel(
        &self,
        name: &str,
        population: &Selection,
        use_: PanelUse,
    ) -> Result<PanelData, ChartError> {
        let spec = self.spec;
        let (question, column, index) = (self.question.0, self.question.1, &self.question.2);
        let answered = match &self.by {
            Some((_, _, by_index)) => Answered::of(population, &[index, by_index]),
            None => Answered::of(population, &[index]),
        };
        let detail = use_ == PanelUse::Drawn;
        let chart = match &self.by {
            _ if use_ == PanelUse::Counted => PanelKind::Text(TextData {}),
            Some((by_question, by_column, _)) if spec.options.small_multiples => multiples(
                spec,
                (question, column, index),
                (by_question, by_column),
                &answered,
            )?,
            Some((by_question, by_column, by_index)) => pair::pair_panel(
                spec,
                (question, column, index),
                (by_question, by_column, by_index),
                &answered,
                detail,
            )?,
            None => single_panel(spec, question, column, index, &answered, detail)?,
        };
        let mut chart = chart;
        if let Some((colour_question, colour_column, _)) = &self.colour_by {
            colour::colour_dots(
                &mut chart,
                (colour_question, colour_column),
                &answered.words,
            )?;
        }
        if let Some(order) = &spec.options.option_order {
            options::apply_option_order(&mut chart, order);
        }
        Ok(PanelData {
            population: name.to_owned(),
            stories: answered.stories,
            n: answered.n,
            n_missing: answered.n_missing,
            n_not_applicable: answered.n_not_applicable,
            too_few: answered.n < spec.options.min_n,
            chart,
        })
    }
}

/// Comparisons of at least this many stories compute their panels on two
/// threads: below it, starting a thread costs more than it saves.
const PARALLEL_FROM: usize = 20_000;

/// What a panel is computed for.
#[derive(Clone, Copy, PartialEq, Eq)]
enum PanelUse {
    /// Drawn: every story's point or value is kept.
    Drawn,
    /// Only tested against: points and values the test does not read are
    /// left out.
    Compared,
    /// Only its n is reported (the rest of a chart whose comparison does
    /// not test it).
    Counted,
}

#[cfg(test)]
mod tests;
