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

use crate::model::{
    Column, Dataset, MISSING_CODE, NOT_APPLICABLE_CODE, Presence, Question, QuestionId, Selection,
};

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
        let (answered, not_applicable) = presence_sets(column);
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

/// The rows that answered and the rows that said "not applicable", as
/// `Column::presence` says row by row — read from the column's own storage:
/// asking `presence` per row (a match on the kind, and a binary search of
/// the not-applicable rows for every unanswered one) was most of the 13.5
/// ms `warm_indexes` took at 100,000 stories.
fn presence_sets(column: &Column) -> (Selection, Selection) {
    let len = column.len();
    // Of the rows listed as not applicable, those not answered (a listed
    // row with an answer is answered, as in `presence`).
    let listed = |rows: &[usize], answered: &Selection| {
        Selection::from_rows(len, rows.iter().copied().filter(|&r| !answered.contains(r)))
    };
    // Every index below is a row of `0..len`, and `len` is the length of
    // the vectors read (`Column::len`, and the guards on the triad's other
    // corners and the multiple choice's second bitset).
    match column {
        Column::Number(numbers) => {
            let answered = Selection::from_fn(len, |r| !numbers.values[r].is_nan());
            let not_applicable = listed(&numbers.not_applicable, &answered);
            (answered, not_applicable)
        }
        Column::Single(choice) => (
            Selection::from_fn(len, |r| {
                !matches!(choice.codes[r], MISSING_CODE | NOT_APPLICABLE_CODE)
            }),
            Selection::from_fn(len, |r| choice.codes[r] == NOT_APPLICABLE_CODE),
        ),
        Column::Triad(triad) if triad.left.len() == len && triad.right.len() == len => {
            let answered = Selection::from_fn(len, |r| {
                !(triad.top[r].is_nan() || triad.left[r].is_nan() || triad.right[r].is_nan())
            });
            let not_applicable = listed(&triad.not_applicable, &answered);
            (answered, not_applicable)
        }
        Column::Multi(multi) if multi.not_applicable.len() == len => (
            multi.answered.clone(),
            multi.not_applicable.and_not(&multi.answered),
        ),
        // Texts, stones and uneven columns: row by row.
        _ => {
            let presence =
                |wanted: Presence| Selection::from_fn(len, |row| column.presence(row) == wanted);
            (
                presence(Presence::Answered),
                presence(Presence::NotApplicable),
            )
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
mod tests {
    use super::*;
    use crate::model::{ChoiceColumn, MISSING_CODE, NOT_APPLICABLE_CODE, NumberColumn};

    /// After `warm_indexes` every column but the texts has its index: a
    /// chart finds it built (the build below would panic) and the story
    /// text's words are left to their own thread.
    #[test]
    fn warm_indexes_builds_every_index_a_chart_reads_and_leaves_the_texts() {
        let dataset = crate::demo::demo_dataset();
        warm_indexes(&dataset);
        let mut texts = 0;
        for question in &dataset.codebook().questions {
            let Some((_, column, slot)) = dataset.question_at(&question.id) else {
                panic!("{} is in the codebook", question.id);
            };
            let built = std::sync::atomic::AtomicBool::new(false);
            let index: Arc<ColumnIndex> = dataset.cache().get_or_build(slot, || {
                built.store(true, std::sync::atomic::Ordering::Relaxed);
                ColumnIndex::build(column, None)
            });
            let was_built = built.load(std::sync::atomic::Ordering::Relaxed);
            if matches!(column, Column::Text(_)) {
                texts += 1;
                assert!(
                    was_built,
                    "{}: a text's index waits for its words",
                    question.id
                );
            } else {
                assert!(!was_built, "{}: warmed", question.id);
                assert_eq!(index.answered.len(), dataset.len());
            }
        }
        assert!(texts >= 2, "the demo has title and story texts");
    }

    /// The sets read from each kind's storage are what `presence` says row
    /// by row, also for the odd cases: a row listed as not applicable that
    /// has an answer, a triad with one corner missing, a multiple choice
    /// both answered and not applicable.
    #[test]
    fn presence_sets_match_presence_row_by_row() {
        use crate::model::{MultiColumn, TriadColumn};
        let nan = f64::NAN;
        let mut slider = NumberColumn::from_values(vec![0.5, nan, 0.25, nan, 0.1]);
        slider.not_applicable = vec![1, 2, 9];
        let triad = TriadColumn {
            top: vec![0.2, nan, 0.5, nan, 0.1],
            left: vec![0.3, 0.5, nan, nan, 0.1],
            right: vec![0.5, 0.5, 0.5, nan, 0.8],
            not_applicable: vec![2, 3, 4],
        };
        let multi = MultiColumn {
            chosen: vec![Selection::from_rows(5, [0, 4])],
            answered: Selection::from_rows(5, [0, 1, 4]),
            not_applicable: Selection::from_rows(5, [1, 2]),
        };
        let single = ChoiceColumn {
            codes: vec![3, NOT_APPLICABLE_CODE, MISSING_CODE, 0, NOT_APPLICABLE_CODE],
        };
        let mut columns = vec![
            Column::Number(slider),
            Column::Triad(triad),
            Column::Multi(multi),
            Column::Single(single),
        ];
        let demo = crate::demo::demo_dataset();
        columns.extend(demo.questions().map(|(_, c)| c.clone()));
        let mut kinds = std::collections::HashSet::new();
        for column in &columns {
            let (answered, not_applicable) = presence_sets(column);
            let by_row = |wanted: Presence| {
                Selection::from_fn(column.len(), |r| column.presence(r) == wanted)
            };
            assert_eq!(answered, by_row(Presence::Answered), "{column:?}");
            assert_eq!(
                not_applicable,
                by_row(Presence::NotApplicable),
                "{column:?}"
            );
            kinds.insert(std::mem::discriminant(column));
            if column.len() == 5 {
                assert!(answered.count() > 0 && not_applicable.count() > 0);
            }
        }
        assert!(kinds.len() >= 5, "every kind of column was tried");
    }

    /// Ranks as they were built before the distinct values were gathered by
    /// their bits: every value sorted, a binary search per row.
    fn ranks_by_sorting(values: &[f64]) -> Option<(Vec<u64>, Vec<u32>)> {
        let mut distinct: Vec<f64> = values
            .iter()
            .filter(|v| !v.is_nan())
            .map(|v| v * 100.0)
            .collect();
        distinct.sort_unstable_by(f64::total_cmp);
        distinct.dedup_by(|a, b| a == b);
        if distinct.len() > MAX_DISTINCT {
            return None;
        }
        let codes = values
            .iter()
            .map(|v| match v.is_nan() {
                true => NO_CODE,
                false => distinct.partition_point(|d| *d < v * 100.0) as u32,
            })
            .collect();
        Some((distinct.iter().map(|d| d.to_bits()).collect(), codes))
    }

    #[test]
    fn slider_ranks_are_those_of_sorting_every_value() {
        let ranks = |values: &[f64]| {
            SliderRanks::build(values).map(|r| {
                (
                    r.distinct.iter().map(|d| d.to_bits()).collect::<Vec<_>>(),
                    r.codes,
                )
            })
        };
        let (nan, cap) = (f64::NAN, MAX_DISTINCT as f64);
        // −0 before and after 0, NaN, repeats, and a value whose × 100
        // rounds onto another's.
        let mixed = [0.3, 0.0, -0.0, nan, 0.29, 0.3, -0.0, 1.0, 0.1 + 0.2, 0.0];
        // As many distinct values as allowed, plus −0 beside 0: one value.
        let full: Vec<f64> = (0..MAX_DISTINCT)
            .map(|i| i as f64 / cap)
            .chain([-0.0])
            .collect();
        let over: Vec<f64> = (0..=MAX_DISTINCT).map(|i| i as f64 / cap).collect();
        let demo = crate::demo::demo_dataset();
        let mut cases = vec![mixed.to_vec(), full, over, vec![nan; 3], Vec::new()];
        cases.extend(demo.questions().filter_map(|(_, c)| match c {
            Column::Number(n) => Some(n.values.clone()),
            _ => None,
        }));
        for values in &cases {
            assert_eq!(
                ranks(values),
                ranks_by_sorting(values),
                "{:?}",
                &values[..values.len().min(12)]
            );
        }
        assert_eq!(ranks(&mixed).map(|(d, _)| d[0]), Some((-0.0f64).to_bits()));
        assert!(ranks(&cases[1]).is_some() && ranks(&cases[2]).is_none());
        assert!(cases.len() > 5, "the demo's sliders were tried: {}", cases.len());
    }

    #[test]
    fn answered_counts_match_presence_row_by_row() {
        let mut slider = NumberColumn::from_values(vec![0.5, f64::NAN, 0.25, 0.0, -0.0, 0.25]);
        slider.values.push(f64::NAN);
        slider.not_applicable = vec![6];
        let single = ChoiceColumn {
            codes: vec![0, 1, NOT_APPLICABLE_CODE, MISSING_CODE, 2, 1, 0],
        };
        let a = ColumnIndex::build(&Column::Number(slider), None);
        let b = ColumnIndex::build(&Column::Single(single), None);
        let population = Selection::from_rows(7, [0, 1, 2, 3, 4, 6]);
        let answered = Answered::of(&population, &[&a, &b]);
        // Row 0, 4 answered both; 1 and 3 missing one; 2 and 6 N/A.
        assert_eq!(answered.rows(), vec![0, 4]);
        assert_eq!(
            (
                answered.stories,
                answered.n,
                answered.n_missing,
                answered.n_not_applicable
            ),
            (6, 2, 2, 2)
        );
        let ranks = a.ranks.unwrap();
        assert_eq!(&ranks.distinct[..], &[-0.0, 25.0, 50.0]);
        assert_eq!(ranks.codes, vec![2, NO_CODE, 1, 0, 0, 1, NO_CODE]);
    }
}
