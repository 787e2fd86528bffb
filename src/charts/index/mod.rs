//! [`ColumnIndex`]: what every chart needs to know about a column, derived
//! once per dataset (through [`Dataset::cache`]) so that a chart is a few
//! passes over `u64` words and small count arrays:
//!
//! - `answered` / `not_applicable` as bitsets, so a panel's rows are
//!   `population & answered(a) & answered(b)`, word by word;
//! - for a slider, [`SliderRanks`]: its distinct values on the 0–100 scale
//!   in ascending order and, per row, the index of its value among them.
//!   Rank statistics (Mann–Whitney, Kruskal–Wallis) and quantiles then
//!   follow from counts per distinct value instead of sorting every panel.
//!
//! [`Answered`] is one population's rows that answered every question of a
//! chart, with the missing and not-applicable counts; [`for_each_row`]
//! walks its words.

use std::sync::Arc;

use crate::model::{Column, Dataset, Question, QuestionId, Selection};

use super::ChartError;

/// Sliders with more distinct values than this are ranked by sorting each
/// panel instead (count arrays per option would outgrow the data).
const MAX_DISTINCT: usize = 1 << 14;

/// Row code of an unanswered slider in [`SliderRanks::codes`].
pub(crate) const NO_CODE: u32 = u32::MAX;

/// Derived facts of one column (see the module docs).
pub(crate) struct ColumnIndex {
    pub answered: Selection,
    pub not_applicable: Selection,
    pub ranks: Option<SliderRanks>,
    /// A text column's words, for its chart: the dataset's shared index
    /// (see `words::text_index`), built with the first chart of the
    /// question unless the app built it in the background before.
    pub words: Option<Arc<crate::words::WordIndex>>,
}

/// A slider's distinct values and each row's index among them.
pub(crate) struct SliderRanks {
    /// Distinct answers × 100, ascending (−0 and 0 are one value).
    pub distinct: Arc<[f64]>,
    /// Per row, the index of its value in `distinct`, or [`NO_CODE`].
    pub codes: Vec<u32>,
}

impl ColumnIndex {
    pub(crate) fn build(column: &Column, words: Option<Arc<crate::words::WordIndex>>) -> Self {
        let (answered, not_applicable) = column.presence_sets();
        let ranks = match column {
            Column::Number(numbers) => SliderRanks::build(&numbers.values),
            _ => None,
        };
        Self {
            answered,
            not_applicable,
            ranks,
            words,
        }
    }
}

impl SliderRanks {
    /// The distinct answers are gathered by their bits, a look-up per
    /// story, and only they are sorted: sorting every story's value and a
    /// binary search per story were most of what `warm_indexes` was left
    /// with.
    fn build(values: &[f64]) -> Option<Self> {
        // Each bit pattern of the answers × 100, and later its code.
        let mut code_of: foldhash::HashMap<u64, u32> = foldhash::HashMap::default();
        for v in values {
            if !v.is_nan() {
                code_of.entry((v * 100.0).to_bits()).or_insert(NO_CODE);
                // −0 and 0 are two patterns of one value: one more fits.
                if code_of.len() > MAX_DISTINCT + 1 {
                    return None;
                }
            }
        }
        let mut distinct: Vec<f64> = code_of.keys().map(|&bits| f64::from_bits(bits)).collect();
        distinct.sort_unstable_by(f64::total_cmp);
        // `==` (not bit equality) so that −0 and 0 tie, as in ranking; the
        // first of the two in `total_cmp` order (−0) stays, as it did when
        // every story's value was sorted.
        distinct.dedup_by(|a, b| a == b);
        if distinct.len() > MAX_DISTINCT {
            return None;
        }
        for (&bits, code) in &mut code_of {
            let scaled = f64::from_bits(bits);
            // Float `<` keeps −0 and 0 together, matching the dedup.
            *code = distinct.partition_point(|d| *d < scaled) as u32;
        }
        let codes = values
            .iter()
            .map(|v| {
                if v.is_nan() {
                    return NO_CODE;
                }
                // Every answer's pattern was gathered above.
                code_of
                    .get(&(v * 100.0).to_bits())
                    .copied()
                    .unwrap_or(NO_CODE)
            })
            .collect();
        Some(Self {
            distinct: distinct.into(),
            codes,
        })
    }
}

/// The question `id`, its column and the column's index.
pub(crate) fn indexed<'a>(
    dataset: &'a Dataset,
    id: &QuestionId,
) -> Result<(&'a Question, &'a Column, Arc<ColumnIndex>), ChartError> {
    let (question, column, slot) = dataset
        .question_at(id)
        .ok_or_else(|| ChartError::UnknownQuestion(id.to_string()))?;
    let index = dataset.cache().get_or_build(slot, || {
        let words = match column {
            Column::Text(texts) => Some(crate::words::column_index(
                dataset,
                slot,
                texts,
                &crate::words::WordOptions::default(),
            )),
            _ => None,
        };
        ColumnIndex::build(column, words)
    });
    Ok((question, column, index))
}

/// Builds the index of every column but the texts (a text column's index
/// is its words, which the app builds on a thread of its own): done on
/// the import's thread, the first chart after an import costs what a
/// later one does instead of building the indexes it reads.
pub fn warm_indexes(dataset: &Dataset) {
    for question in &dataset.codebook().questions {
        let text = matches!(
            dataset.question_at(&question.id),
            Some((_, Column::Text(_), _))
        );
        if !text {
            // Every id comes from the codebook: it is found.
            let _ = indexed(dataset, &question.id);
        }
    }
}

/// The question `id` as [`indexed`], its words counted with `words` (the
/// chart's stop words and phrases) when it is a text question and these
/// are not the defaults the shared index was built with.
pub(crate) fn indexed_with_words<'a>(
    dataset: &'a Dataset,
    id: &QuestionId,
    words: &crate::words::WordOptions,
) -> Result<(&'a Question, &'a Column, Arc<ColumnIndex>), ChartError> {
    let (question, column, index) = indexed(dataset, id)?;
    if *words == crate::words::WordOptions::default() {
        return Ok((question, column, index));
    }
    let Some((_, _, slot)) = dataset.question_at(id) else {
        return Ok((question, column, index));
    };
    let Column::Text(texts) = column else {
        return Ok((question, column, index));
    };
    let words = crate::words::column_index(dataset, slot, texts, words);
    let index = Arc::new(ColumnIndex {
        answered: index.answered.clone(),
        not_applicable: index.not_applicable.clone(),
        ranks: None,
        words: Some(words),
    });
    Ok((question, column, index))
}

/// The rows of one population that answered every question of a chart.
pub(crate) struct Answered {
    pub words: Vec<u64>,
    pub stories: usize,
    pub n: usize,
    pub n_missing: usize,
    pub n_not_applicable: usize,
}

impl Answered {
    /// A row that said "not applicable" to any question counts as such,
    /// else one that skipped any as missing (as `Column::presence` per row).
    pub fn of(population: &Selection, indexes: &[&ColumnIndex]) -> Self {
        let mut words = population.words().to_vec();
        let mut not_applicable = vec![0u64; words.len()];
        for index in indexes {
            for ((word, na), (&answered, &index_na)) in
                words.iter_mut().zip(&mut not_applicable).zip(
                    index
                        .answered
                        .words()
                        .iter()
                        .zip(index.not_applicable.words()),
                )
            {
                *word &= answered;
                *na |= index_na;
            }
        }
        let stories = population.count();
        let n = count_ones(&words);
        let n_not_applicable = population
            .words()
            .iter()
            .zip(&words)
            .zip(&not_applicable)
            .map(|((&p, &w), &na)| (p & !w & na).count_ones() as usize)
            .sum();
        Self {
            words,
            stories,
            n,
            n_missing: stories - n - n_not_applicable,
            n_not_applicable,
        }
    }

    /// The answered rows in increasing order.
    pub fn rows(&self) -> Vec<usize> {
        let mut rows = Vec::with_capacity(self.n);
        for_each_row(&self.words, |row| rows.push(row));
        rows
    }
}

pub(crate) fn count_ones(words: &[u64]) -> usize {
    words.iter().map(|w| w.count_ones() as usize).sum()
}

/// Calls `f` with every row whose bit is set, in increasing order.
#[inline]
pub(crate) fn for_each_row(words: &[u64], mut f: impl FnMut(usize)) {
    for (w, &word) in words.iter().enumerate() {
        let mut bits = word;
        while bits != 0 {
            f(w * 64 + bits.trailing_zeros() as usize);
            bits &= bits - 1;
        }
    }
}

/// The words of `a & b` (over the shorter).
pub(crate) fn and_words(a: &[u64], b: &[u64]) -> impl Iterator<Item = u64> {
    a.iter().zip(b).map(|(x, y)| x & y)
}

#[cfg(test)]
mod tests;
