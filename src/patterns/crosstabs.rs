//! [`crosstabs`]: every pair of choice questions, ranked by Cramér's V.
//!
//! A pair of single-choice questions is one Pearson χ² test of its table
//! (the stories that answered both). A multiple-choice question cannot
//! enter one table (a story counts once per option it chose), so, as the
//! cross-tab chart does, each of its options is tested in its own table:
//! chosen / not chosen × the other question's options (2 × 2 per pair of
//! options when both are multiple choice). The pair's row is then its
//! strongest table (largest V), with its p Bonferroni-adjusted across the
//! tables tested. q is Benjamini–Hochberg across the pairs tested.

use serde::{Deserialize, Serialize};

use crate::charts::index::{and_words, count_ones, for_each_row, indexed};
use crate::model::{Column, Dataset, Question, QuestionId, Selection};
use crate::stats::crosstab::{self, CrossTabWarning};
use crate::stats::differences::bonferroni;
use crate::stats::multitest::benjamini_hochberg;

/// Every pair of choice questions of a population, strongest first.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CrossTabs {
    /// Stories in the population.
    pub stories: usize,
    /// Every pair tested, strongest first.
    pub pairs: Vec<CrossTabPair>,
}

/// The test of one pair of choice questions.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CrossTabPair {
    /// Titles and ids; `question` comes first in the codebook.
    pub question: String,
    /// Id of `question`.
    pub question_id: QuestionId,
    /// Title of the second question (later in the codebook).
    pub by: String,
    /// Id of `by`.
    pub by_id: QuestionId,
    /// Whether one table or one per option was tested.
    pub test: PairTest,
    /// Stories that answered both questions.
    pub n: usize,
    /// Pearson χ² of the (strongest) table.
    pub chi2: f64,
    /// Degrees of freedom of that table.
    pub df: usize,
    /// Bonferroni-adjusted across the tables tested (`tables` > 1).
    pub p: f64,
    /// Benjamini–Hochberg q across every pair tested.
    pub q: f64,
    /// Cramér's V of that table, 0–1.
    pub cramers_v: f64,
    /// With a multiple-choice question: the option (or `option × option`)
    /// of the strongest table, and how many tables were tested.
    pub option: Option<String>,
    /// How many tables were tested for the pair (the Bonferroni factor).
    pub tables: usize,
    /// More than 20 % of the expected counts of the table below 5.
    pub sparse: bool,
}

/// How a pair was tested.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PairTest {
    /// One χ² of the whole table.
    Chi2,
    /// The strongest of one χ² per option of the multiple-choice question.
    Chi2PerOption,
}

/// A choice question's answers, as the pass reads them.
enum Choice<'a> {
    Single(&'a [u16]),
    Multi(&'a crate::model::MultiColumn),
}

/// One table's result: (χ², df, p, V, sparse).
type TableTest = (f64, usize, f64, f64, bool);

fn test_table(table: &[Vec<f64>]) -> Option<TableTest> {
    let t = crosstab::crosstab(table).ok()?;
    let sparse = t
        .warnings
        .iter()
        .any(|w| matches!(w, CrossTabWarning::SparseExpected { .. }));
    Some((t.chi2?, t.df, t.p?, t.cramers_v?, sparse))
}

/// Every pair of the dataset's choice questions (metadata left out) over
/// the stories of `population`.
pub fn crosstabs(dataset: &Dataset, population: &Selection) -> CrossTabs {
    let choices: Vec<(&Question, Choice<'_>, Vec<u64>)> = dataset
        .questions()
        .filter(|(q, _)| !q.is_metadata() && q.kind.options().len() >= 2)
        .filter_map(|(q, column)| {
            let (_, _, index) = indexed(dataset, &q.id).ok()?;
            let answered = and_words(population.words(), index.answered.words()).collect();
            let choice = match column {
                Column::Single(c) => Choice::Single(&c.codes),
                Column::Multi(c) => Choice::Multi(c),
                _ => return None,
            };
            Some((q, choice, answered))
        })
        .collect();
    let mut pairs = Vec::new();
    for (i, (a, choice_a, answered_a)) in choices.iter().enumerate() {
        for (b, choice_b, answered_b) in &choices[i + 1..] {
            let both: Vec<u64> = and_words(answered_a, answered_b).collect();
            let (ka, kb) = (a.kind.options().len(), b.kind.options().len());
            let tables = tables_of((choice_a, ka), (choice_b, kb), &both);
            let count = tables.iter().filter(|(_, t)| t.is_some()).count();
            let strongest = tables
                .into_iter()
                .filter_map(|(option, t)| t.map(|t| (option, t)))
                .max_by(|x, y| x.1.3.total_cmp(&y.1.3).then(y.1.2.total_cmp(&x.1.2)));
            let Some((option, (chi2, df, p, v, sparse))) = strongest else {
                continue;
            };
            let multi =
                matches!(choice_a, Choice::Multi(_)) || matches!(choice_b, Choice::Multi(_));
            let label =
                |q: &Question, o: usize| q.kind.options().get(o).cloned().unwrap_or_default();
            pairs.push(CrossTabPair {
                question: a.title.clone(),
                question_id: a.id.clone(),
                by: b.title.clone(),
                by_id: b.id.clone(),
                test: if multi {
                    PairTest::Chi2PerOption
                } else {
                    PairTest::Chi2
                },
                n: count_ones(&both),
                chi2,
                df,
                p: bonferroni(p, count),
                q: f64::NAN,
                cramers_v: v,
                option: match option {
                    (Some(x), Some(y)) => Some(format!("{} × {}", label(a, x), label(b, y))),
                    (Some(x), None) => Some(label(a, x)),
                    (None, Some(y)) => Some(label(b, y)),
                    (None, None) => None,
                },
                tables: count,
                sparse,
            });
        }
    }
    let q = benjamini_hochberg(&pairs.iter().map(|p| p.p).collect::<Vec<_>>());
    for (pair, q) in pairs.iter_mut().zip(q) {
        pair.q = q;
    }
    pairs.sort_by(|x, y| {
        y.cramers_v
            .total_cmp(&x.cramers_v)
            .then(x.p.total_cmp(&y.p))
    });
    CrossTabs {
        stories: population.count(),
        pairs,
    }
}

/// The option of each question a table is about (`None`: all its options).
type TableOf = (Option<usize>, Option<usize>);

/// The tables of a pair over the rows `both` answered: one, or one per
/// option of a multiple-choice question (per pair of options for two).
fn tables_of(
    (a, ka): (&Choice<'_>, usize),
    (b, kb): (&Choice<'_>, usize),
    both: &[u64],
) -> Vec<(TableOf, Option<TableTest>)> {
    match (a, b) {
        (Choice::Single(x), Choice::Single(y)) => {
            let mut table = vec![vec![0.0; kb]; ka];
            for_each_row(both, |row| {
                let (i, j) = (usize::from(x[row]), usize::from(y[row]));
                if i < ka && j < kb {
                    table[i][j] += 1.0;
                }
            });
            vec![((None, None), test_table(&table))]
        }
        (Choice::Multi(m), Choice::Single(s)) => per_option(m, s, kb, both)
            .into_iter()
            .map(|(o, t)| ((Some(o), None), t))
            .collect(),
        (Choice::Single(s), Choice::Multi(m)) => per_option(m, s, ka, both)
            .into_iter()
            .map(|(o, t)| ((None, Some(o)), t))
            .collect(),
        (Choice::Multi(x), Choice::Multi(y)) => {
            let n = count_ones(both) as f64;
            let mut out = Vec::new();
            for (i, chosen_x) in x.chosen.iter().enumerate().take(ka) {
                let in_x: Vec<u64> = and_words(both, chosen_x.words()).collect();
                let nx = count_ones(&in_x) as f64;
                for (j, chosen_y) in y.chosen.iter().enumerate().take(kb) {
                    let ny = count_ones(&and_words(both, chosen_y.words()).collect::<Vec<_>>());
                    let xy = count_ones(&and_words(&in_x, chosen_y.words()).collect::<Vec<_>>());
                    let (ny, xy) = (ny as f64, xy as f64);
                    let table = vec![vec![xy, nx - xy], vec![ny - xy, n - nx - ny + xy]];
                    out.push(((Some(i), Some(j)), test_table(&table)));
                }
            }
            out
        }
    }
}

/// Per option of `multi`: chosen / not chosen × the options of `single`.
fn per_option(
    multi: &crate::model::MultiColumn,
    single: &[u16],
    k: usize,
    both: &[u64],
) -> Vec<(usize, Option<TableTest>)> {
    let count_codes = |words: &[u64]| {
        let mut counts = vec![0.0; k];
        for_each_row(words, |row| {
            if let Some(count) = single
                .get(row)
                .and_then(|&c| counts.get_mut(usize::from(c)))
            {
                *count += 1.0;
            }
        });
        counts
    };
    let totals = count_codes(both);
    multi
        .chosen
        .iter()
        .enumerate()
        .map(|(o, chosen)| {
            let chosen_counts = count_codes(&and_words(both, chosen.words()).collect::<Vec<_>>());
            let others = totals
                .iter()
                .zip(&chosen_counts)
                .map(|(t, c)| t - c)
                .collect();
            (o, test_table(&[chosen_counts, others]))
        })
        .collect()
}

#[cfg(test)]
#[path = "crosstabs_tests.rs"]
mod tests;
