//! The word index of a dataset's text question, built once and shared by
//! everything that needs it — the words chart, the `has word` filter
//! clause, the background job that builds it after an import — through the
//! dataset's [`ColumnCache`](crate::model::ColumnCache).
//!
//! One index per text question and [`WordOptions`]: the cache holds a
//! small list per column, so a project's own stop words get their own
//! index without evicting the default one.

use std::sync::{Arc, Mutex, PoisonError};

use crate::model::{Column, Dataset, QuestionId, QuestionKind, Selection, TextColumn, TextRole};

use super::analyzer::{Analyzer, Token, WordOptions};
use super::index::WordIndex;

/// The indexes built for one column, by options.
#[derive(Default)]
struct ColumnIndexes {
    built: Mutex<Vec<(WordOptions, Arc<WordIndex>)>>,
}

impl ColumnIndexes {
    fn get(&self, options: &WordOptions) -> Option<Arc<WordIndex>> {
        let built = self.built.lock().unwrap_or_else(PoisonError::into_inner);
        built
            .iter()
            .find(|(o, _)| o == options)
            .map(|(_, index)| index.clone())
    }

    fn get_or_build(
        &self,
        options: &WordOptions,
        build: impl FnOnce() -> WordIndex,
    ) -> Arc<WordIndex> {
        if let Some(found) = self.get(options) {
            return found;
        }
        // Built outside the lock (it takes a while): two threads may both
        // build, the first insert is kept, and both results are equal.
        let index = Arc::new(build());
        let mut built = self.built.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some((_, found)) = built.iter().find(|(o, _)| o == options) {
            return found.clone();
        }
        built.push((options.clone(), index.clone()));
        index
    }
}

/// Why a text question has no word index.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NoIndex {
    /// The dataset has no story text (no text question with the story role).
    NoStoryText,
    /// No question with this id.
    UnknownQuestion(QuestionId),
    /// The question is not a text question (its title).
    NotText(String),
}

/// The word index of the text question `question` (the story text with
/// `None`), built with `options` the first time it is asked for.
pub fn text_index(
    dataset: &Dataset,
    question: Option<&QuestionId>,
    options: &WordOptions,
) -> Result<Arc<WordIndex>, NoIndex> {
    let id = match question {
        Some(id) => id.clone(),
        None => dataset
            .codebook()
            .text_with_role(TextRole::Story)
            .map(|q| q.id.clone())
            .ok_or(NoIndex::NoStoryText)?,
    };
    let (question, column, slot) = dataset
        .question_at(&id)
        .ok_or_else(|| NoIndex::UnknownQuestion(id.clone()))?;
    let (QuestionKind::Text { .. }, Column::Text(texts)) = (&question.kind, column) else {
        return Err(NoIndex::NotText(question.title.clone()));
    };
    Ok(column_index(dataset, slot, texts, options))
}

/// The index of the text column at `slot` of `dataset`'s cache.
pub(crate) fn column_index(
    dataset: &Dataset,
    slot: usize,
    texts: &TextColumn,
    options: &WordOptions,
) -> Arc<WordIndex> {
    dataset
        .cache()
        .get_or_build(slot, ColumnIndexes::default)
        .get_or_build(options, || index_of_column(texts, dataset.len(), options))
}

/// Whether the index of `question` (the story with `None`) with `options`
/// is built already: what the words chart asks before it would wait.
pub fn is_built(dataset: &Dataset, question: Option<&QuestionId>, options: &WordOptions) -> bool {
    let id = match question {
        Some(id) => Some(id.clone()),
        None => dataset
            .codebook()
            .text_with_role(TextRole::Story)
            .map(|q| q.id.clone()),
    };
    let Some((_, _, slot)) = id.as_ref().and_then(|id| dataset.question_at(id)) else {
        return false;
    };
    dataset
        .cache()
        .get_or_build(slot, ColumnIndexes::default)
        .get(options)
        .is_some()
}

/// The word index of a text column (every row, empty when unanswered).
fn index_of_column(column: &TextColumn, len: usize, options: &WordOptions) -> WordIndex {
    let texts: Vec<&str> = (0..len).map(|row| column.get(row).unwrap_or("")).collect();
    WordIndex::from_texts(&texts, options.clone())
}

/// Why a text is not a word the index can look up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotAWord {
    /// No word at all, or more than one (a phrase is `contains`' job).
    NotOneWord,
    /// A stop word of both languages (or one letter): never indexed.
    StopWord,
}

/// Checks that `text` is one word the default analyzer indexes in at least
/// one language, as the filter language requires of `has word`.
pub fn check_word(text: &str) -> Result<(), NotAWord> {
    let mut words = Analyzer::words(text);
    let (Some(word), None) = (words.next(), words.next()) else {
        return Err(NotAWord::NotOneWord);
    };
    let Token { form, .. } = word;
    let analyzer = Analyzer::new(WordOptions::default());
    let indexed = [crate::i18n::Language::Dutch, crate::i18n::Language::English]
        .into_iter()
        .any(|language| analyzer.term(form, language).is_some());
    if indexed {
        Ok(())
    } else {
        Err(NotAWord::StopWord)
    }
}

impl WordIndex {
    /// The stories using `word`: those whose terms include the word's term
    /// in the story's own language (so "plannen" finds a Dutch story with
    /// "planning" and an English one with "plans" only through the stem of
    /// each language).
    pub fn stories_with_word(&self, word: &str) -> Selection {
        let word = word.trim();
        self.stories_with_term(|language| self.analyzer().term(word, language))
    }

    /// The stories holding the term `key_in(language)` of their own
    /// language (`None`: that language has no such term).
    pub(super) fn stories_with_term(
        &self,
        key_in: impl Fn(crate::i18n::Language) -> Option<String>,
    ) -> Selection {
        let mut rows = Vec::new();
        for language in [crate::i18n::Language::Dutch, crate::i18n::Language::English] {
            let Some(term) = key_in(language).and_then(|key| self.term(&key)) else {
                continue;
            };
            rows.extend(
                term.postings
                    .iter()
                    .map(|&(row, _)| row as usize)
                    .filter(|&row| self.language_of(row) == language),
            );
        }
        Selection::from_rows(self.stories(), rows)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_finds_its_stem_in_each_storys_own_language() {
        let index = WordIndex::from_texts(
            &[
                "We hebben samen een plan gemaakt en de plannen werkten.",
                "The plans we made with the school worked.",
                "Er was geen enkel overleg met de school.",
                "Planning was not something they did.",
            ],
            WordOptions::default(),
        );
        let rows = |word: &str| index.stories_with_word(word).iter().collect::<Vec<_>>();
        // Dutch "plan" and English "plans"/"Planning" all stem to "plan".
        assert_eq!(rows("plan"), vec![0, 1, 3]);
        // English "planning" is "plan"; the Dutch stem "planning" is in no
        // Dutch story.
        assert_eq!(rows("planning"), vec![1, 3]);
        // Dutch "plannen" is "plann" (row 0's second form); in English it
        // would be "plannen", which no English story uses.
        assert_eq!(rows("plannen"), vec![0]);
        assert_eq!(rows("school"), vec![1, 2]);
        assert_eq!(rows("overleg"), vec![2]);
        assert!(rows("gesprek").is_empty());
    }

    #[test]
    fn only_one_indexed_word_is_a_word() {
        assert_eq!(check_word("plan"), Ok(()));
        assert_eq!(check_word("  Plannen "), Ok(()));
        assert_eq!(check_word("goed onderwijs"), Err(NotAWord::NotOneWord));
        assert_eq!(check_word(" ,"), Err(NotAWord::NotOneWord));
        // "de" is a Dutch stop word but an English word; "was" is both.
        assert_eq!(check_word("de"), Ok(()));
        assert_eq!(check_word("Was"), Err(NotAWord::StopWord));
        assert_eq!(check_word("x"), Err(NotAWord::StopWord));
    }

    #[test]
    fn the_index_is_built_once_per_options_and_shared() {
        let dataset = crate::demo::demo_dataset();
        let options = WordOptions::default();
        assert!(!is_built(&dataset, None, &options));
        let first = text_index(&dataset, None, &options).expect("the demo has stories");
        assert!(is_built(&dataset, None, &options));
        let again = text_index(&dataset, None, &options).expect("the demo has stories");
        assert!(Arc::ptr_eq(&first, &again));
        let unstemmed = WordOptions {
            stem: false,
            ..WordOptions::default()
        };
        assert!(!is_built(&dataset, None, &unstemmed));
        let other = text_index(&dataset, None, &unstemmed).expect("the demo has stories");
        assert!(!Arc::ptr_eq(&first, &other));
    }
}
