//! The chart of a text question: per population the terms most of its
//! stories use, and when comparing, the terms the selection uses more or
//! less often than the rest (keyness, see [`crate::words`]).

use serde::{Deserialize, Serialize};

use crate::model::Selection;
use crate::words::{self, WordIndex};

/// Terms shown per panel.
pub const TERMS_SHOWN: usize = 15;
/// Key terms shown each way (over- and under-used).
pub const KEY_TERMS_SHOWN: usize = 10;
/// Terms in fewer stories (selection and rest together) are not tested.
pub const MIN_STORIES: usize = 5;

/// The terms most stories of a population use.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WordsData {
    /// The terms the most stories use, most first (ties by label), at most
    /// `TERMS_SHOWN`.
    pub terms: Vec<WordShare>,
    /// Terms are Snowball stems (labelled by their most common form).
    pub stemmed: bool,
    /// Terms are two-word phrases (issue 16).
    #[serde(default)]
    pub phrases: bool,
}

/// A term and the share of a population's stories that use it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WordShare {
    /// The index's term (a stem).
    pub term: String,
    /// The term as most often written: what the chart shows.
    pub label: String,
    /// Stories of the panel that use the term.
    pub stories: usize,
    /// Percent of the panel's answering stories.
    pub percent: f64,
}

/// The terms a selection uses more (and less) often than the rest.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct KeynessData {
    /// Terms tested: the m of the Benjamini–Hochberg correction.
    pub tested: usize,
    /// The most over-used terms (G² descending), then the most under-used
    /// (the strongest last).
    pub terms: Vec<KeyWord>,
}

/// One term of a keyness chart.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct KeyWord {
    /// The index's term (a stem when stemming).
    pub term: String,
    /// The term as most often written: what the chart shows.
    pub label: String,
    /// Stories of the selection that use the term.
    pub selection_stories: usize,
    /// Stories of the rest that use the term.
    pub rest_stories: usize,
    /// Percent of the selection's and the rest's stories using the term.
    pub selection_percent: f64,
    /// Percent of the rest's stories using the term.
    pub rest_percent: f64,
    /// Signed log-likelihood: > 0 over-used in the selection.
    pub g2: f64,
    /// Log Ratio: log₂ of the selection's share over the rest's, ½ added to
    /// both counts; +1 means twice as often in the selection.
    pub log_ratio: f64,
    /// The p of G² (χ² with 1 df), uncorrected.
    pub p: f64,
    /// Benjamini–Hochberg adjusted p across the `tested` terms.
    pub q: f64,
}

/// The panel of the stories in `answered` (bitset words).
pub(crate) fn words_panel(index: &WordIndex, answered: &[u64], n: usize) -> WordsData {
    let contains = |row: usize| {
        answered
            .get(row / 64)
            .is_some_and(|w| w >> (row % 64) & 1 == 1)
    };
    let mut terms: Vec<WordShare> = index
        .listed_terms()
        .filter_map(|term| {
            let stories = term
                .postings
                .iter()
                .filter(|(row, _)| contains(*row as usize))
                .count();
            (stories > 0).then(|| WordShare {
                term: term.key.clone(),
                label: label_of(term),
                stories,
                percent: percent(stories, n),
            })
        })
        .collect();
    terms.sort_by(|a, b| {
        b.stories
            .cmp(&a.stories)
            .then_with(|| a.label.cmp(&b.label))
    });
    terms.truncate(TERMS_SHOWN);
    WordsData {
        terms,
        stemmed: index.analyzer().options().stem,
        phrases: index.analyzer().options().phrases,
    }
}

/// The keyness of `selection` against the other stories of `whole`.
pub(crate) fn keyness_of(
    index: &WordIndex,
    selection: &Selection,
    whole: &Selection,
) -> KeynessData {
    let keyness = words::keyness(index, selection, whole, MIN_STORIES);
    let (n_selection, n_rest) = (keyness.n_selection, keyness.n_rest);
    let terms = keyness
        .top(KEY_TERMS_SHOWN)
        .into_iter()
        .map(|t| KeyWord {
            term: t.term.clone(),
            label: t.forms.first().cloned().unwrap_or_else(|| t.term.clone()),
            selection_stories: t.selection.stories,
            rest_stories: t.rest.stories,
            selection_percent: percent(t.selection.stories, n_selection),
            rest_percent: percent(t.rest.stories, n_rest),
            g2: t.g2,
            log_ratio: t.log_ratio,
            p: t.p,
            q: t.q,
        })
        .collect();
    KeynessData {
        tested: keyness.tested,
        terms,
    }
}

/// The filter of the stories using `term` of text question `question`'s
/// words chart: `text has word "…"` (or `"Q" has word "…"` for a text
/// question other than the story) with the term's most common form, which
/// stems back to the term. `None` when the question has no such term in
/// the index of `options`, or it is a phrase (`has word` takes one word).
pub fn word_filter_of_term(
    dataset: &crate::model::Dataset,
    question: &crate::model::QuestionId,
    term: &str,
    options: &words::WordOptions,
) -> Option<crate::model::Filter> {
    let index = words::text_index(dataset, Some(question), options).ok()?;
    let word = label_of(index.term(term).filter(|t| !t.is_phrase())?);
    let is_story = dataset
        .codebook()
        .text_with_role(crate::model::TextRole::Story)
        .is_some_and(|story| &story.id == question);
    Some(crate::model::Filter::HasWord {
        question: (!is_story).then(|| question.clone()),
        word,
    })
}

fn label_of(term: &words::Term) -> String {
    term.forms
        .first()
        .map_or_else(|| term.key.clone(), |(form, _)| form.clone())
}

fn percent(k: usize, n: usize) -> f64 {
    if n == 0 {
        0.0
    } else {
        k as f64 * 100.0 / n as f64
    }
}

#[cfg(test)]
mod tests {
    use crate::charts::{ChartSpec, Mark, PanelKind, Populations, compute, rows_of_mark};
    use crate::demo::demo_dataset;
    use crate::model::{TextRole, parse_filter};

    #[test]
    fn a_text_question_charts_its_words_and_a_selection_its_keyness() {
        let dataset = demo_dataset();
        let story = dataset
            .codebook()
            .text_with_role(TextRole::Story)
            .map(|q| q.id.clone())
            .expect("the demo has stories");
        let good = parse_filter("\"Voorbeeld van goed onderwijs\" >= 70", dataset.codebook())
            .expect("a valid selection")
            .evaluate(&dataset)
            .expect("it evaluates");
        let populations = Populations {
            whole: dataset.all(),
            selection: Some(good.clone()),
        };
        let data =
            compute(&ChartSpec::new(story.clone()), &dataset, &populations).expect("a words chart");
        let PanelKind::Words(words) = &data.whole.chart else {
            panic!("not a words chart: {:?}", data.whole.chart);
        };
        assert_eq!(words.terms.len(), super::TERMS_SHOWN);
        assert!(words.terms.windows(2).all(|w| w[0].stories >= w[1].stories));
        // Clicking a term opens exactly the stories the bar counts.
        let first = &words.terms[0];
        let mark = Mark::Term {
            term: first.term.clone(),
        };
        let rows = rows_of_mark(
            &ChartSpec::new(story.clone()),
            &dataset,
            &dataset.all(),
            &mark,
        )
        .expect("a term is a mark");
        assert_eq!(rows.len(), first.stories);
        let keyness = data
            .comparison
            .as_ref()
            .and_then(|c| c.keyness.as_ref())
            .expect("a comparison of a text question has keyness");
        let top = &keyness.terms[0];
        assert!(
            top.g2 > 0.0 && top.q < 0.05 && top.log_ratio > 1.0,
            "{top:?}"
        );
        let rows = rows_of_mark(
            &ChartSpec::new(story.clone()),
            &dataset,
            &good,
            &Mark::Term {
                term: top.term.clone(),
            },
        )
        .expect("a key term is a mark");
        assert_eq!(rows.len(), top.selection_stories);
        // Its selection is `text has word "…"`, holding the same stories.
        let filter = super::word_filter_of_term(&dataset, &story, &top.term, &Default::default())
            .expect("a term of the chart has a filter");
        assert!(
            matches!(&filter, crate::model::Filter::HasWord { question: None, word } if *word == top.label),
            "{filter:?}"
        );
        let selected = filter.evaluate(&dataset).expect("it evaluates");
        assert_eq!(selected.and(&good).count(), top.selection_stories);
    }
}
