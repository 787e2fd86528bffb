//! [`compute`]: `ChartSpec` + dataset + populations → `ChartData`.
//!
//! Each panel is one pass over the question's column restricted to the
//! population's bitset. Bins, labels and scales come from the question, not
//! from the population, so the whole set and a selection always share them.

use crate::model::{
    Column, Dataset, MISSING_CODE, NumberColumn, Question, QuestionKind, Selection,
};
use std::sync::Arc;

use crate::model::KindName;
use crate::stats::descriptive;

use super::choice::ChoiceAccess;
use super::index::{
    Answered, ColumnIndex, NO_CODE, SliderRanks, and_words, count_ones, for_each_row, indexed,
    indexed_with_words,
};
use super::lumping::Lumped;
use super::{
    BarsData, ByQuestion, ChartData, ChartSpec, HistogramData, MultiplesData, PanelData, PanelKind,
    RankCounts, SubPanel, TextData,
};
use super::{colour, comparison, options, pair, triad};

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

/// The question's own chart for the answered stories of each option of
/// the `by` choice question.
fn multiples(
    spec: &ChartSpec,
    (question, column, index): (&Question, &Column, &ColumnIndex),
    (by_question, by_column): (&Question, &Column),
    answered: &Answered,
) -> Result<PanelKind, ChartError> {
    let (access, options) =
        ChoiceAccess::of(by_question, by_column).ok_or_else(|| ChartError::UnsupportedPair {
            question: question.title.clone(),
            by: by_question.title.clone(),
        })?;
    // Each option's rows as bitset words, in one pass.
    let mut words = vec![vec![0u64; answered.words.len()]; options.len()];
    pair::for_each_choice(access, options.len(), &answered.words, |row, o| {
        words[o][row / 64] |= 1 << (row % 64);
    });
    let mut panels = Vec::with_capacity(options.len());
    for (label, words) in options.iter().zip(words) {
        let n = count_ones(&words);
        let rows = Answered {
            words,
            stories: n,
            n,
            n_missing: 0,
            n_not_applicable: 0,
        };
        panels.push(SubPanel {
            label: label.clone(),
            n,
            too_few: n < spec.options.min_n,
            chart: single_panel(spec, question, column, index, &rows, true)?,
        });
    }
    Ok(PanelKind::Multiples(MultiplesData { panels }))
}

fn single_panel(
    spec: &ChartSpec,
    question: &Question,
    column: &Column,
    index: &ColumnIndex,
    answered: &Answered,
    detail: bool,
) -> Result<PanelKind, ChartError> {
    Ok(match (&question.kind, column) {
        (QuestionKind::Triad { .. }, Column::Triad(triad)) => {
            PanelKind::Triad(triad::triad_panel(spec, triad, answered))
        }
        (QuestionKind::Slider { .. }, Column::Number(numbers)) => PanelKind::Histogram(histogram(
            numbers,
            index.ranks.as_ref(),
            answered,
            spec.options.bins,
            detail,
        )),
        (QuestionKind::SingleChoice { options, .. }, Column::Single(choice)) => {
            let mut counts = vec![0u64; options.len()];
            for_each_row(&answered.words, |row| {
                let code = choice.codes.get(row).copied().unwrap_or(MISSING_CODE);
                if let Some(slot) = counts.get_mut(usize::from(code)) {
                    *slot += 1;
                }
            });
            PanelKind::Bars(bars(spec, options, counts, answered.n, false))
        }
        (QuestionKind::MultiChoice { options }, Column::Multi(multi)) => {
            let counts = (0..options.len())
                .map(|option| {
                    multi.chosen.get(option).map_or(0, |chosen| {
                        and_words(&answered.words, chosen.words())
                            .map(|w| u64::from(w.count_ones()))
                            .sum()
                    })
                })
                .collect();
            PanelKind::Bars(bars(spec, options, counts, answered.n, true))
        }
        (QuestionKind::Text { .. }, Column::Text(_)) => match &index.words {
            Some(words) => PanelKind::Words(super::words::words_panel(
                words,
                &answered.words,
                answered.n,
            )),
            None => PanelKind::Text(TextData {}),
        },
        (QuestionKind::Stones { stones, .. }, Column::Stones(column)) => {
            PanelKind::Stones(super::stones::stones_panel(stones, column, answered))
        }
        (
            QuestionKind::Text { .. }
            | QuestionKind::Id
            | QuestionKind::Number
            | QuestionKind::Date,
            _,
        ) => PanelKind::Text(TextData {}),
        (kind, column) => {
            return Err(ChartError::ColumnMismatch {
                title: question.title.clone(),
                kind: KindName::of(kind),
                found: column_kind(column),
            });
        }
    })
}

fn histogram(
    numbers: &NumberColumn,
    ranks: Option<&SliderRanks>,
    answered: &Answered,
    bins: usize,
    detail: bool,
) -> HistogramData {
    // Ranked sliders need the values only for other views of the panel.
    let mut values = Vec::new();
    if detail || ranks.is_none() {
        values.reserve_exact(answered.n);
        for_each_row(&answered.words, |row| {
            if let Some(v) = numbers.values.get(row) {
                values.push(v * 100.0);
            }
        });
    }
    let Some(ranks) = ranks else {
        let rounded: Vec<f64> = values.iter().map(|&v| for_binning(v)).collect();
        let summary = descriptive::summarize(&values);
        return HistogramData {
            edges: descriptive::histogram_edges(0.0, 100.0, bins),
            counts: descriptive::histogram_counts(&rounded, 0.0, 100.0, bins),
            mean: summary.as_ref().map(|s| s.mean),
            median: summary.as_ref().map(|s| s.median),
            sd: summary.and_then(|s| s.sd),
            values,
            ranks: None,
        };
    };
    let counts = code_counts(ranks, &answered.words);
    // Each distinct value's bin, once, instead of once per story.
    let mut bin_counts = vec![0u64; bins];
    for (&value, &count) in ranks.distinct.iter().zip(&counts) {
        if count > 0
            && let Some(bin) = descriptive::histogram_bin(for_binning(value), 0.0, 100.0, bins)
        {
            bin_counts[bin] += count;
        }
    }
    let summary = descriptive::summarize_counts(&ranks.distinct, &counts);
    HistogramData {
        values,
        edges: descriptive::histogram_edges(0.0, 100.0, bins),
        counts: bin_counts,
        mean: summary.as_ref().map(|s| s.mean),
        median: summary.as_ref().map(|s| s.median),
        sd: summary.and_then(|s| s.sd),
        ranks: Some(RankCounts {
            distinct: ranks.distinct.clone(),
            counts,
        }),
    }
}

/// How many of `words`' rows hold each of the slider's distinct values.
pub(crate) fn code_counts(ranks: &SliderRanks, words: &[u64]) -> Vec<u64> {
    let mut counts = vec![0u64; ranks.distinct.len()];
    for_each_row(words, |row| {
        let code = ranks.codes.get(row).copied().unwrap_or(NO_CODE);
        if let Some(slot) = counts.get_mut(code as usize) {
            *slot += 1;
        }
    });
    counts
}

/// A slider value on 0–100 rounded to 1e-9 for binning, so that
/// 0.3 × 100 = 30.000000000000004 and 0.29 × 100 = 28.999999999999996 land
/// in the bins a reader expects.
pub(crate) fn for_binning(value_0_100: f64) -> f64 {
    (value_0_100 * 1e9).round() / 1e9
}

fn bars(
    spec: &ChartSpec,
    options: &[String],
    counts: Vec<u64>,
    n: usize,
    multiple: bool,
) -> BarsData {
    // Of the answering stories, or of every option chosen (mentions).
    let base = match spec.options.bar_value {
        super::BarValue::Mentions => counts.iter().sum::<u64>(),
        super::BarValue::Percent | super::BarValue::Counts => n as u64,
    };
    let percents = counts
        .iter()
        .map(|&c| {
            if base == 0 {
                0.0
            } else {
                100.0 * c as f64 / base as f64
            }
        })
        .collect();
    BarsData {
        labels: options.to_vec(),
        counts,
        percents,
        multiple,
        options: (0..options.len()).collect(),
        value: spec.options.bar_value,
    }
}

/// The kind of question a column's storage fits.
fn column_kind(column: &Column) -> KindName {
    match column {
        Column::Text(_) => KindName::Text,
        Column::Number(_) => KindName::Number,
        Column::Single(_) => KindName::SingleChoice,
        Column::Multi(_) => KindName::MultiChoice,
        Column::Triad(_) => KindName::Triad,
        Column::Stones(_) => KindName::Stones,
    }
}

#[cfg(test)]
#[path = "compute_tests.rs"]
mod tests;
