//! [`WordIndex`]: every term of a dataset's stories with the stories that
//! contain it, built once (on a background thread in the app).
//!
//! A term keeps a posting list — the rows that contain it, with how often —
//! rather than a bitset over all stories: most terms occur in a handful of
//! stories (Zipf), so postings are a fraction of the memory of one bitset
//! per term, and counting a selection's stories for every term walks each
//! posting once (`Selection::contains` is one bit test), which is the same
//! work as AND-ing bitsets for the common terms and far less for the rare.

use std::collections::HashMap;

use crate::i18n::Language;
use crate::model::{Dataset, Selection, TextRole};

use super::analyzer::{Analyzer, WordOptions, lower};

/// A term of the index.
#[derive(Clone, Debug)]
pub struct Term {
    /// The stem (or the lower-case word without stemming).
    pub key: String,
    /// Written forms, most frequent first, with their counts.
    pub forms: Vec<(String, u32)>,
    /// Rows containing the term, ascending, with its occurrences there.
    pub postings: Vec<(u32, u32)>,
}

impl Term {
    /// Whether the term is a two-word phrase (its key is two terms with a
    /// space between; a word never holds a space).
    pub fn is_phrase(&self) -> bool {
        self.key.contains(' ')
    }

    /// Stories containing the term.
    pub fn stories(&self) -> usize {
        self.postings.len()
    }

    /// Occurrences of the term over all stories.
    pub fn occurrences(&self) -> u64 {
        self.postings.iter().map(|&(_, n)| u64::from(n)).sum()
    }

    /// The stories and occurrences of the term within `population`.
    pub fn counts_in(&self, population: &Selection) -> (usize, u64) {
        let mut stories = 0;
        let mut occurrences = 0;
        for &(row, n) in &self.postings {
            if population.contains(row as usize) {
                stories += 1;
                occurrences += u64::from(n);
            }
        }
        (stories, occurrences)
    }

    /// The rows containing the term, as a selection of `len` stories.
    pub fn selection(&self, len: usize) -> Selection {
        Selection::from_rows(len, self.postings.iter().map(|&(row, _)| row as usize))
    }

    /// The written forms, most frequent first.
    pub fn form_names(&self) -> Vec<String> {
        self.forms.iter().map(|(form, _)| form.clone()).collect()
    }
}

/// The terms of a dataset's stories.
#[derive(Debug)]
pub struct WordIndex {
    analyzer: Analyzer,
    terms: Vec<Term>,
    by_key: HashMap<String, usize>,
    /// Each story's language (detected, or the majority's when unclear).
    languages: Vec<Language>,
    stories: usize,
}

impl WordIndex {
    /// Indexes the story text (the question with the story role) of every
    /// row of `dataset`.
    pub fn build(dataset: &Dataset, options: WordOptions) -> Self {
        let texts: Vec<&str> = (0..dataset.len())
            .map(|row| dataset.text(TextRole::Story, row).unwrap_or(""))
            .collect();
        Self::from_texts(&texts, options)
    }

    /// Indexes `texts`, one per row.
    pub fn from_texts(texts: &[&str], options: WordOptions) -> Self {
        let analyzer = Analyzer::new(options);
        let built = super::build::build(&analyzer, texts);
        Self {
            analyzer,
            terms: built.terms,
            by_key: built.by_key,
            languages: built.languages,
            stories: texts.len(),
        }
    }

    /// The analyzer the index was built with (its options, stop words and
    /// stemmers), to cut other texts the same way.
    pub fn analyzer(&self) -> &Analyzer {
        &self.analyzer
    }

    /// Every term, in the order first met in the texts.
    pub fn terms(&self) -> &[Term] {
        &self.terms
    }

    /// The terms word lists and keyness rank: the two-word phrases when
    /// the index was built with phrases, else the single words.
    pub fn listed_terms(&self) -> impl Iterator<Item = &Term> {
        let phrases = self.analyzer.options().phrases;
        self.terms.iter().filter(move |t| t.is_phrase() == phrases)
    }

    /// How many stories the index was built over.
    pub fn stories(&self) -> usize {
        self.stories
    }

    /// Story `row`'s language (detected, or the majority's when unclear);
    /// Dutch for a row past the index.
    pub fn language_of(&self, row: usize) -> Language {
        self.languages.get(row).copied().unwrap_or_default()
    }

    /// How many stories are in each language: (Dutch, English).
    pub fn language_counts(&self) -> (usize, usize) {
        let dutch = self
            .languages
            .iter()
            .filter(|l| **l == Language::Dutch)
            .count();
        (dutch, self.languages.len() - dutch)
    }

    /// The term with this key (a stem, as the index stores it).
    pub fn term(&self, key: &str) -> Option<&Term> {
        self.by_key.get(key).map(|&i| &self.terms[i])
    }

    /// The term a word a user typed stands for: its stem in either
    /// language, whichever the index holds (Dutch first).
    pub fn find(&self, word: &str) -> Option<&Term> {
        let word = word.trim();
        let candidates = [Language::Dutch, Language::English]
            .into_iter()
            .filter_map(|language| self.analyzer.term(word, language))
            .chain(std::iter::once(lower(word).into_owned()));
        candidates
            .filter_map(|key| self.by_key.get(&key))
            .map(|&i| &self.terms[i])
            .next()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index(texts: &[&str]) -> WordIndex {
        WordIndex::from_texts(texts, WordOptions::default())
    }

    #[test]
    fn a_term_knows_its_stories_occurrences_and_forms() {
        let index = index(&[
            "We hadden een gesprek. Het gesprek hielp.",
            "Zonder gesprekken ging het mis.",
            "De juf luisterde niet.",
        ]);
        let postings = index.find("gesprekken").map(|t| t.postings.clone());
        assert_eq!(postings, Some(vec![(0, 2), (1, 1)]));
        let term = index
            .find("Gesprek")
            .map(|t| (t.stories(), t.occurrences(), t.form_names()));
        assert_eq!(
            term,
            Some((2, 3, vec!["gesprek".to_owned(), "gesprekken".to_owned()]))
        );
        assert!(index.find("de").is_none(), "a stop word is not indexed");
        let first_and_last = Selection::from_rows(3, [0, 2]);
        let counts = index.find("gesprek").map(|t| t.counts_in(&first_and_last));
        assert_eq!(counts, Some((1, 2)));
    }

    #[test]
    fn stories_get_their_own_language_and_unclear_ones_the_majority() {
        let index = index(&[
            "De ouders en de school werkten samen.",
            "The parents and the school worked together.",
            "Het was een goed gesprek met de leraar.",
            "Samenwerking!",
        ]);
        assert_eq!(index.language_of(0), Language::Dutch);
        assert_eq!(index.language_of(1), Language::English);
        assert_eq!(index.language_of(3), Language::Dutch);
        assert_eq!(index.language_counts(), (3, 1));
    }

    #[test]
    fn forms_differing_in_case_count_as_one() {
        let index = index(&["School SCHOOL School school", "School"]);
        let forms = index.find("school").map(|t| t.forms.clone());
        assert_eq!(forms, Some(vec![("school".to_owned(), 5)]));
        let index = self::index(&["Utrecht en Utrecht", "UTRECHT"]);
        let forms = index.find("utrecht").map(|t| t.forms.clone());
        assert_eq!(forms, Some(vec![("Utrecht".to_owned(), 3)]));
    }
}
