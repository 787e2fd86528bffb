//! A multiple-choice question by itself: which options go together.
//!
//! [`co_occurrence`] counts, over the stories that answered the question,
//! the stories choosing both of each pair of options (the diagonal: the
//! stories choosing the option) with bitset `and`s, and the lift of each
//! pair, P(i ∧ j) / (P(i) · P(j)): 1 when the two are chosen together as
//! often as if they were independent, above 1 more often. The result is a
//! [`CoOccurrenceData`], drawn by `export::cooccur` as a k × k grid whose
//! cells are `Mark::Cell`s (row option × column option), so a click lists
//! the stories choosing both exactly as a cross-tab cell does.

use serde::{Deserialize, Serialize};

use crate::model::{MultiColumn, Question, QuestionKind};

use super::index::and_words;

/// Below this many stories expected to choose both options (were the two
/// independent), a pair's lift rests on too few stories to read: it is
/// drawn without colour, in brackets, and a note counts such pairs. The
/// rule of thumb of χ² tests, which the cross-tab's warning uses too.
pub const MIN_EXPECTED: f64 = 5.0;

/// The co-occurrence matrix of a multiple-choice question's options over
/// the stories that answered it (the panel's `n`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CoOccurrenceData {
    /// The options shown, rows and columns alike.
    pub options: Vec<String>,
    /// `both[i][j]`: stories choosing options i and j; `both[i][i]`:
    /// stories choosing option i.
    pub both: Vec<Vec<u64>>,
    /// `lift[i][j]` = both·n / (both[i][i] · both[j][j]); `None` on the
    /// diagonal (an option always goes with itself) and where an option
    /// was never chosen.
    pub lift: Vec<Vec<Option<f64>>>,
    /// Stories that answered the question: P(i) = both[i][i] / n.
    #[serde(skip)]
    pub n: usize,
    /// Each row's (and column's) index among the question's options
    /// (`ChartOptions::option_order` may hide and reorder them).
    #[serde(default)]
    pub option_indices: Vec<usize>,
}

impl CoOccurrenceData {
    /// The question's option that row (and column) `i` shows.
    pub fn option_of(&self, i: usize) -> usize {
        self.option_indices.get(i).copied().unwrap_or(i)
    }

    /// The lift of cell `(i, j)`, when it has one.
    pub fn lift_of(&self, i: usize, j: usize) -> Option<f64> {
        self.lift
            .get(i)
            .and_then(|row| row.get(j))
            .copied()
            .flatten()
    }

    /// Stories expected to choose the options of cell `(i, j)` both, were
    /// they independent: `both[i][i] · both[j][j] / n`; `None` without
    /// stories.
    pub fn expected_of(&self, i: usize, j: usize) -> Option<f64> {
        let chosen = |k: usize| self.both.get(k).and_then(|row| row.get(k)).copied();
        let (a, b) = (chosen(i)?, chosen(j)?);
        (self.n > 0).then(|| a as f64 * b as f64 / self.n as f64)
    }

    /// Whether the lift of cell `(i, j)` rests on too few stories to read
    /// (fewer than [`MIN_EXPECTED`] expected together).
    pub fn is_sparse(&self, i: usize, j: usize) -> bool {
        self.lift_of(i, j).is_some() && self.expected_of(i, j).is_some_and(|e| e < MIN_EXPECTED)
    }

    /// The pairs of options with a lift, each counted once, and how many
    /// of them are [sparse](Self::is_sparse).
    pub fn sparse_pairs(&self) -> (usize, usize) {
        let k = self.options.len();
        let pairs = (0..k).flat_map(|i| (0..i).map(move |j| (i, j)));
        pairs
            .filter(|&(i, j)| self.lift_of(i, j).is_some())
            .fold((0, 0), |(sparse, all), (i, j)| {
                (sparse + usize::from(self.is_sparse(i, j)), all + 1)
            })
    }

    /// Keeps the options `keep` (indices into the current rows), in that
    /// order, as rows and as columns.
    pub(crate) fn keep_options(&mut self, keep: &[usize]) {
        let pick = |items: &[String]| -> Vec<String> {
            keep.iter().filter_map(|&i| items.get(i).cloned()).collect()
        };
        fn square<T: Clone>(matrix: &[Vec<T>], keep: &[usize]) -> Vec<Vec<T>> {
            keep.iter()
                .filter_map(|&i| matrix.get(i))
                .map(|row| keep.iter().filter_map(|&j| row.get(j).cloned()).collect())
                .collect()
        }
        self.option_indices = keep.iter().map(|&i| self.option_of(i)).collect();
        self.options = pick(&self.options);
        self.both = square(&self.both, keep);
        self.lift = square(&self.lift, keep);
    }
}

/// Whether `question × by` is a question by itself that charts as
/// co-occurrence: the same multiple-choice question twice.
pub(crate) fn is_co_occurrence(question: &Question, by: &Question) -> bool {
    question.id == by.id && matches!(question.kind, QuestionKind::MultiChoice { .. })
}

/// The co-occurrence of the options of `column` over the rows of `words`
/// (the stories that answered the question).
pub(crate) fn co_occurrence(
    options: &[String],
    column: &MultiColumn,
    words: &[u64],
) -> CoOccurrenceData {
    let k = options.len().min(column.chosen.len());
    let n = super::index::count_ones(words);
    // Each option's rows among the answered, once; then one `and` per pair.
    let chosen: Vec<Vec<u64>> = column
        .chosen
        .iter()
        .take(k)
        .map(|c| and_words(words, c.words()).collect())
        .collect();
    let mut both = vec![vec![0u64; k]; k];
    for i in 0..k {
        both[i][i] = chosen[i].iter().map(|w| u64::from(w.count_ones())).sum();
        for j in 0..i {
            let count: u64 = and_words(&chosen[i], &chosen[j])
                .map(|w| u64::from(w.count_ones()))
                .sum();
            both[i][j] = count;
            both[j][i] = count;
        }
    }
    let lift = (0..k)
        .map(|i| {
            (0..k)
                .map(|j| {
                    let (a, b) = (both[i][i], both[j][j]);
                    (i != j && a > 0 && b > 0)
                        .then(|| both[i][j] as f64 * n as f64 / (a as f64 * b as f64))
                })
                .collect()
        })
        .collect();
    CoOccurrenceData {
        options: options.iter().take(k).cloned().collect(),
        both,
        lift,
        n,
        option_indices: (0..k).collect(),
    }
}

#[cfg(test)]
mod tests {
    use crate::charts::{ChartSpec, Mark, PanelKind, Populations, compute, rows_of_mark};
    use crate::demo::{demo_dataset, ids};
    use crate::model::QuestionId;

    /// Gevoel by Gevoel on the demo, checked against pandas:
    ///
    /// ```text
    /// pip install pandas
    /// storylens stories --demo --json > s.json
    /// python3 -c "import json, pandas as pd
    /// rows = json.load(open('s.json'))['rows']
    /// g = [r['Gevoel'] for r in rows if isinstance(r['Gevoel'], list) and r['Gevoel']]
    /// opts = ['tevredenheid','hoop','trots','blijdschap','opluchting','teleurstelling',
    ///         'hopeloosheid','boosheid','frustratie','verdriet','onmacht','zorgen']
    /// X = pd.DataFrame([[o in a for o in opts] for a in g], columns=opts).astype(int)
    /// both = X.T @ X; n = len(X); p = X.mean()
    /// lift = (both / n) / pd.DataFrame(p.values[:, None] * p.values[None, :], opts, opts)
    /// print(n, both.loc['hoop','trots'], both.loc['hoop','hoop'], both.loc['frustratie','onmacht'])
    /// print(repr(lift.loc['hoop','trots']), repr(lift.loc['frustratie','onmacht']),
    ///       repr(lift.loc['tevredenheid','frustratie']))"
    /// ```
    // The output of the command above.
    const PANDAS_N: usize = 2000;
    const PANDAS_HOOP_TROTS: u64 = 25;
    const PANDAS_HOOP: u64 = 318;
    const PANDAS_FRUSTRATIE_ONMACHT: u64 = 155;
    const PANDAS_LIFT_HOOP_TROTS: f64 = 1.7666596000282666;
    const PANDAS_LIFT_FRUSTRATIE_ONMACHT: f64 = 0.938625972689012;
    const PANDAS_LIFT_TEVREDENHEID_FRUSTRATIE: f64 = 0.23025558369790466;

    #[test]
    fn counts_and_lift_agree_with_pandas_on_the_demo() {
        let dataset = demo_dataset();
        let q = QuestionId::new(ids::GEVOEL);
        let spec = ChartSpec::pair(q.clone(), q);
        let data = compute(&spec, &dataset, &Populations::all(&dataset)).unwrap();
        let PanelKind::CoOccurrence(co) = &data.whole.chart else {
            panic!("{:?}", data.whole.chart)
        };
        let at = |name: &str| co.options.iter().position(|o| o == name).unwrap();
        let (hoop, trots) = (at("hoop"), at("trots"));
        let (frustratie, onmacht) = (at("frustratie"), at("onmacht"));
        let tevredenheid = at("tevredenheid");
        assert_eq!(data.whole.n, PANDAS_N);
        assert_eq!(co.both[hoop][trots], PANDAS_HOOP_TROTS);
        assert_eq!(co.both[trots][hoop], PANDAS_HOOP_TROTS);
        assert_eq!(co.both[hoop][hoop], PANDAS_HOOP);
        assert_eq!(co.both[frustratie][onmacht], PANDAS_FRUSTRATIE_ONMACHT);
        let close = |a: Option<f64>, b: f64| {
            let a = a.unwrap();
            assert!((a - b).abs() <= 1e-12 * b.abs().max(1.0), "{a} vs {b}");
        };
        close(co.lift_of(hoop, trots), PANDAS_LIFT_HOOP_TROTS);
        close(
            co.lift_of(frustratie, onmacht),
            PANDAS_LIFT_FRUSTRATIE_ONMACHT,
        );
        close(
            co.lift_of(tevredenheid, frustratie),
            PANDAS_LIFT_TEVREDENHEID_FRUSTRATIE,
        );
        assert_eq!(co.lift_of(hoop, hoop), None, "no lift on the diagonal");
        // Every cell's mark holds the stories its count says.
        let all = dataset.all();
        for i in 0..co.options.len() {
            for j in 0..co.options.len() {
                let mark = Mark::Cell { row: i, column: j };
                let rows = rows_of_mark(&spec, &dataset, &all, &mark).unwrap();
                assert_eq!(rows.len() as u64, co.both[i][j], "cell {i},{j}");
            }
        }
    }

    /// Pairs whose lift rests on fewer than 5 expected stories, on the
    /// demo and in Utrecht (n = 150), checked against pandas:
    ///
    /// ```text
    /// storylens stories --demo --json > s.json
    /// python3 -c "import json, pandas as pd, numpy as np
    /// rows = json.load(open('s.json'))['rows']
    /// opts = ['tevredenheid','hoop','trots','blijdschap','opluchting','teleurstelling',
    ///         'hopeloosheid','boosheid','frustratie','verdriet','onmacht','zorgen']
    /// def sparse(rows):
    ///     g = [r['Gevoel'] for r in rows if isinstance(r['Gevoel'], list) and r['Gevoel']]
    ///     X = pd.DataFrame([[o in a for o in opts] for a in g], columns=opts).astype(int)
    ///     n = len(X); c = X.sum(); E = np.outer(c, c) / n
    ///     iu = np.triu_indices(len(opts), 1)
    ///     return n, int((E < 5)[iu].sum()), E[2, 3]
    /// print(sparse(rows), sparse([r for r in rows if r['Regio'] == 'Utrecht']))"
    /// ```
    ///
    /// prints `(2000, 1, 4.628) (150, 42, 0.12)`.
    #[test]
    fn lifts_resting_on_fewer_than_five_expected_stories_are_sparse() {
        let dataset = demo_dataset();
        let q = QuestionId::new(ids::GEVOEL);
        let spec = ChartSpec::pair(q.clone(), q);
        let utrecht = crate::model::parse_filter("Regio = \"Utrecht\"", dataset.codebook())
            .unwrap()
            .evaluate(&dataset)
            .unwrap();
        let populations = Populations {
            whole: dataset.all(),
            selection: Some(utrecht),
        };
        let data = compute(&spec, &dataset, &populations).unwrap();
        let (PanelKind::CoOccurrence(all), Some(PanelKind::CoOccurrence(utrecht))) =
            (&data.whole.chart, data.selection.as_ref().map(|p| &p.chart))
        else {
            panic!("{data:?}")
        };
        // trots × blijdschap: 89 · 104 / 2000 stories expected.
        let expected = all.expected_of(2, 3).unwrap();
        assert!((expected - 4.628).abs() < 1e-12, "{expected}");
        assert!(all.is_sparse(2, 3) && all.is_sparse(3, 2));
        assert!(!all.is_sparse(1, 2), "hoop × trots expects 14");
        assert!(!all.is_sparse(2, 2), "the diagonal has no lift");
        assert_eq!(all.sparse_pairs(), (1, 66));
        assert_eq!(utrecht.sparse_pairs(), (42, 66));
        assert!((utrecht.expected_of(2, 3).unwrap() - 0.12).abs() < 1e-12);
    }

    #[test]
    fn an_option_order_keeps_rows_and_columns_alike() {
        let dataset = demo_dataset();
        let q = QuestionId::new(ids::GEVOEL);
        let mut spec = ChartSpec::pair(q.clone(), q);
        let full = compute(&spec, &dataset, &Populations::all(&dataset)).unwrap();
        spec.options.option_order = Some(vec![8, 1]);
        let data = compute(&spec, &dataset, &Populations::all(&dataset)).unwrap();
        let (PanelKind::CoOccurrence(full), PanelKind::CoOccurrence(co)) =
            (&full.whole.chart, &data.whole.chart)
        else {
            panic!()
        };
        assert_eq!(
            co.options,
            vec![full.options[8].clone(), full.options[1].clone()]
        );
        assert_eq!(co.option_indices, vec![8, 1]);
        assert_eq!(co.both[0][1], full.both[8][1]);
        assert_eq!(co.both[1][1], full.both[1][1]);
        assert_eq!(co.lift_of(0, 1), full.lift_of(8, 1));
        // A click on a shown cell names the question's own options.
        assert_eq!((co.option_of(0), co.option_of(1)), (8, 1));
    }
}
