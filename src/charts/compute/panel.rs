//! One panel of one question over a population's answered rows: the
//! chart its kind draws (histogram, bars, triad, stones, words), or one
//! small chart per option of a second question.

use crate::model::{Column, MISSING_CODE, NumberColumn, Question, QuestionKind};

use crate::model::KindName;
use crate::stats::descriptive;

use crate::charts::choice::ChoiceAccess;
use crate::charts::index::{
    Answered, ColumnIndex, NO_CODE, SliderRanks, and_words, count_ones, for_each_row,
};
use crate::charts::{
    BarsData, ChartSpec, HistogramData, MultiplesData, PanelKind, RankCounts, SubPanel, TextData,
};
use crate::charts::{ChartError, pair, triad};

/// The question's own chart for the answered stories of each option of
/// the `by` choice question.
pub(super) fn multiples(
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

pub(super) fn single_panel(
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
            Some(words) => PanelKind::Words(crate::charts::words::words_panel(
                words,
                &answered.words,
                answered.n,
            )),
            None => PanelKind::Text(TextData {}),
        },
        (QuestionKind::Stones { stones, .. }, Column::Stones(column)) => PanelKind::Stones(
            crate::charts::stones::stones_panel(stones, column, answered),
        ),
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
        crate::charts::BarValue::Mentions => counts.iter().sum::<u64>(),
        crate::charts::BarValue::Percent | crate::charts::BarValue::Counts => n as u64,
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
