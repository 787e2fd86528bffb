//! Word lists and keyness: which terms the stories of a selection use more
//! (or less) often than the rest.
//!
//! Per term, the 2 × 2 table of stories with and without the term in the
//! selection and in the rest gives:
//!
//! - **G²**, the log-likelihood ratio statistic `2 Σ O ln(O / E)` (Dunning
//!   1993), signed: positive when the term is in a larger share of the
//!   selection's stories than of the rest's;
//! - **p** from χ² with one degree of freedom, and **q**, the
//!   Benjamini–Hochberg adjusted p across every term tested;
//! - **Log Ratio** (Hardie 2014): the binary log of the ratio of the two
//!   shares of stories, `log2((a + ½) / n_sel ÷ (b + ½) / n_rest)` — ½ is
//!   added to both story counts so a term absent from one side gets a
//!   finite value. +1 means twice as common in the selection.
//!
//! Counting stories (document frequency) rather than occurrences keeps one
//! talkative story from making a term "key": the test's unit is the story,
//! as for every other chart. Occurrences are reported next to it.

use serde::Serialize;

use crate::model::Selection;
use crate::stats::distributions::chi2_sf;
use crate::stats::multitest::benjamini_hochberg;

use super::index::{Term, WordIndex};

/// A term's count in one population.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct TermCounts {
    /// Stories containing the term.
    pub stories: usize,
    /// Times the term occurs in those stories.
    pub occurrences: u64,
}

/// A term of a word list.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ListedTerm {
    /// The term: a stem, or the lower-case word without stemming.
    pub term: String,
    /// Its written forms, most frequent first.
    pub forms: Vec<String>,
    /// Its stories and occurrences in the population.
    #[serde(flatten)]
    pub counts: TermCounts,
}

/// The terms of a population by the number of stories containing them.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct WordList {
    /// Stories in the population.
    pub n_stories: usize,
    /// Terms in at least `min_stories` stories, most stories first, then most
    /// occurrences, then alphabetical.
    pub terms: Vec<ListedTerm>,
}

/// The word list of `population`: terms in at least `min_stories` of its
/// stories, most stories first, then most occurrences, then alphabetical.
pub fn word_list(index: &WordIndex, population: &Selection, min_stories: usize) -> WordList {
    let mut terms: Vec<ListedTerm> = index
        .listed_terms()
        .filter_map(|term| {
            let (stories, occurrences) = term.counts_in(population);
            (stories >= min_stories.max(1)).then(|| ListedTerm {
                term: term.key.clone(),
                forms: term.form_names(),
                counts: TermCounts {
                    stories,
                    occurrences,
                },
            })
        })
        .collect();
    terms.sort_by(|a, b| {
        (b.counts.stories, b.counts.occurrences)
            .cmp(&(a.counts.stories, a.counts.occurrences))
            .then_with(|| a.term.cmp(&b.term))
    });
    WordList {
        n_stories: population.count(),
        terms,
    }
}

/// One term's keyness.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct KeyTerm {
    /// The term: a stem, or the lower-case word without stemming.
    pub term: String,
    /// Its written forms, most frequent first.
    pub forms: Vec<String>,
    /// Its stories and occurrences in the selection.
    pub selection: TermCounts,
    /// Its stories and occurrences in the rest (outside the selection).
    pub rest: TermCounts,
    /// Signed log-likelihood G²: > 0 over-used in the selection.
    pub g2: f64,
    /// Log Ratio: log₂ of the selection's share of stories over the rest's,
    /// ½ added to both counts; +1 means twice as common in the selection.
    pub log_ratio: f64,
    /// The p of G² (χ² with 1 df), uncorrected.
    pub p: f64,
    /// Benjamini–Hochberg adjusted p across all tested terms.
    pub q: f64,
}

/// The keyness table of a selection against the rest.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Keyness {
    /// Stories in the selection.
    pub n_selection: usize,
    /// Stories in the rest, the selection's stories taken out.
    pub n_rest: usize,
    /// Terms tested (in at least the minimum number of stories of both
    /// populations together): the m of the BH correction.
    pub tested: usize,
    /// Tested terms, most over-used first (G² descending), the most
    /// under-used last.
    pub terms: Vec<KeyTerm>,
}

impl Keyness {
    /// The `top` most over-used and the `top` most under-used terms, in
    /// that order: the ones a chart shows.
    pub fn top(&self, top: usize) -> Vec<&KeyTerm> {
        let over = self.terms.iter().filter(|t| t.g2 > 0.0).take(top);
        let mut under: Vec<&KeyTerm> = self
            .terms
            .iter()
            .rev()
            .filter(|t| t.g2 < 0.0)
            .take(top)
            .collect();
        under.reverse();
        over.chain(under).collect()
    }
}

/// Keyness of `selection` against `rest` (disjoint populations: a story in
/// both counts for the selection only). Terms in fewer than `min_stories`
/// stories of the two together are not tested.
pub fn keyness(
    index: &WordIndex,
    selection: &Selection,
    rest: &Selection,
    min_stories: usize,
) -> Keyness {
    let rest = rest.and_not(selection);
    let n_selection = selection.count();
    let n_rest = rest.count();
    let mut terms: Vec<KeyTerm> = index
        .listed_terms()
        .filter_map(|term| key_term(term, selection, &rest, (n_selection, n_rest), min_stories))
        .collect();
    let q = benjamini_hochberg(&terms.iter().map(|t| t.p).collect::<Vec<_>>());
    for (term, q) in terms.iter_mut().zip(q) {
        term.q = q;
    }
    terms.sort_by(|a, b| {
        b.g2.total_cmp(&a.g2)
            .then_with(|| b.selection.stories.cmp(&a.selection.stories))
            .then_with(|| a.term.cmp(&b.term))
    });
    Keyness {
        n_selection,
        n_rest,
        tested: terms.len(),
        terms,
    }
}

fn key_term(
    term: &Term,
    selection: &Selection,
    rest: &Selection,
    (n_selection, n_rest): (usize, usize),
    min_stories: usize,
) -> Option<KeyTerm> {
    let (a, a_occurrences) = term.counts_in(selection);
    let (b, b_occurrences) = term.counts_in(rest);
    if a + b < min_stories.max(1) || n_selection == 0 || n_rest == 0 {
        return None;
    }
    let g2 = log_likelihood(a, n_selection, b, n_rest);
    let share = |k: usize, n: usize| (k as f64 + 0.5) / n as f64;
    let over = (a as f64) * (n_rest as f64) >= (b as f64) * (n_selection as f64);
    Some(KeyTerm {
        term: term.key.clone(),
        forms: term.form_names(),
        selection: TermCounts {
            stories: a,
            occurrences: a_occurrences,
        },
        rest: TermCounts {
            stories: b,
            occurrences: b_occurrences,
        },
        g2: if over { g2 } else { -g2 },
        log_ratio: (share(a, n_selection) / share(b, n_rest)).log2(),
        p: chi2_sf(g2, 1.0),
        q: f64::NAN,
    })
}

/// Unsigned G² of the table [[a, n₁ − a], [b, n₂ − b]].
pub fn log_likelihood(a: usize, n_selection: usize, b: usize, n_rest: usize) -> f64 {
    let observed = [
        a as f64,
        (n_selection - a) as f64,
        b as f64,
        (n_rest - b) as f64,
    ];
    let total = (n_selection + n_rest) as f64;
    let with = (a + b) as f64;
    let without = total - with;
    let expected = [
        n_selection as f64 * with / total,
        n_selection as f64 * without / total,
        n_rest as f64 * with / total,
        n_rest as f64 * without / total,
    ];
    let sum: f64 = observed
        .iter()
        .zip(expected)
        .filter(|(o, _)| **o > 0.0)
        .map(|(o, e)| o * (o / e).ln())
        .sum();
    (2.0 * sum).max(0.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::words::WordOptions;

    #[test]
    fn g2_and_p_match_scipy() {
        // python3 -c "from scipy.stats import chi2_contingency as c;
        //   [print(c(t, correction=False, lambda_='log-likelihood')[:2]) for t in
        //   ([[30,70],[10,190]], [[0,50],[12,388]], [[5,5],[5,5]], [[1,999],[40,960]])]"
        let cases = [
            (
                (30, 100, 10, 200),
                34.025722587203546,
                5.4388291283191446e-09,
            ),
            ((0, 50, 12, 400), 2.867564859436775, 0.09038152850043311),
            ((5, 10, 5, 10), 0.0, 1.0),
            (
                (1, 1000, 40, 1000),
                48.211983499055464,
                3.825433325233785e-12,
            ),
        ];
        for ((a, n1, b, n2), g2, p) in cases {
            let got = log_likelihood(a, n1, b, n2);
            assert!((got - g2).abs() <= 1e-9 * g2.max(1.0), "{got} vs {g2}");
            let got_p = chi2_sf(got, 1.0);
            assert!((got_p - p).abs() <= 1e-9 * p, "{got_p} vs {p}");
        }
    }

    fn stories() -> Vec<&'static str> {
        let mut texts = Vec::new();
        for _ in 0..20 {
            texts.push("We maakten samen een plan met de juf.");
            texts.push("Samen overleggen hielp ons kind.");
        }
        texts.extend(["Niemand luisterde en het kind bleef thuis."; 40]);
        texts
    }

    #[test]
    fn planted_words_are_key_and_signs_point_the_right_way() {
        let texts = stories();
        let index = WordIndex::from_texts(&texts, WordOptions::default());
        let selection = Selection::from_fn(texts.len(), |row| row < 40);
        let all = Selection::all(texts.len());
        let keyness = keyness(&index, &selection, &all, 5);
        assert_eq!((keyness.n_selection, keyness.n_rest), (40, 40));
        let first = &keyness.terms[0];
        assert_eq!(first.term, "sam", "{:?}", keyness.terms);
        assert_eq!(first.selection.stories, 40);
        assert!(first.g2 > 0.0 && first.q < 0.001);
        let last = keyness.terms.last().map(|t| (t.term.as_str(), t.g2 < 0.0));
        assert_eq!(last.map(|(_, under)| under), Some(true));
        // "kind" is in 20 of the selection's and all 40 of the rest's.
        let kind = keyness.terms.iter().find(|t| t.term == "kind");
        let kind = kind.map(|t| (t.selection.stories, t.rest.stories, t.g2 < 0.0));
        assert_eq!(kind, Some((20, 40, true)));
        // Log Ratio with ½ added: log2((40.5/40) / (0.5/40)).
        let expected = (40.5_f64 / 0.5).log2();
        assert!((first.log_ratio - expected).abs() < 1e-12);
        let top = keyness.top(1);
        assert_eq!(top.len(), 2);
        assert!(top[0].g2 > 0.0 && top[1].g2 < 0.0);
    }

    #[test]
    fn the_word_list_ranks_by_stories_then_occurrences() {
        let texts = stories();
        let index = WordIndex::from_texts(&texts, WordOptions::default());
        let list = word_list(&index, &Selection::all(texts.len()), 1);
        assert_eq!(list.n_stories, 80);
        assert_eq!(list.terms[0].term, "kind");
        assert_eq!(list.terms[0].counts.stories, 60);
        assert!(word_list(&index, &Selection::all(80), 61).terms.is_empty());
    }
}
