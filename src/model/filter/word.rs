//! The word clause of the filter language: `text has word "plan"` (Dutch
//! `tekst bevat woord "plan"`), or `"Question" has word "plan"` for another
//! text question. It selects the stories whose word index holds the word's
//! term in the story's own language — "plannen" finds "plan" and
//! "planning" where the stemmer makes them one — next to `contains`, which
//! matches letters.

use super::error::{Expected, ParseError, ParseErrorKind};
use super::eval::FilterError;
use super::parse::{Parser, kw};
use crate::model::{Dataset, QuestionId, QuestionKind, Selection};
use crate::words::{self, NoIndex, NotAWord, WordOptions};

impl Parser<'_> {
    /// After `has`: `word "…"`.
    pub(super) fn word_clause(
        &mut self,
        question: Option<QuestionId>,
    ) -> Result<super::Filter, ParseError> {
        if !self.eat_word(kw::WORD) {
            return Err(self.expected(Expected::WordAfterHas));
        }
        self.word(question)
    }

    /// After `has word` or `contains word`: the word in quotes.
    pub(super) fn word(
        &mut self,
        question: Option<QuestionId>,
    ) -> Result<super::Filter, ParseError> {
        let place = self.peek().place();
        let word = self.string(Expected::WordInQuotes)?;
        let word = word.trim().to_owned();
        match words::check_word(&word) {
            Ok(()) => Ok(super::Filter::HasWord { question, word }),
            Err(NotAWord::NotOneWord) => {
                Err(ParseError::at(place, ParseErrorKind::NotOneWord(word)))
            }
            Err(NotAWord::StopWord) => Err(ParseError::at(place, ParseErrorKind::StopWord(word))),
        }
    }
}

/// The stories of `dataset` whose text (`question`, or the story) uses
/// `word`, through the dataset's word index (built now if it is not yet).
pub(super) fn has_word(
    dataset: &Dataset,
    question: Option<&QuestionId>,
    word: &str,
) -> Result<Selection, FilterError> {
    if let Some((q, _)) = question.and_then(|id| dataset.question(id))
        && !matches!(q.kind, QuestionKind::Text { .. })
    {
        return Err(super::eval::wrong_kind(q, super::Condition::HasWord));
    }
    match words::text_index(dataset, question, &WordOptions::default()) {
        Ok(index) => Ok(index.stories_with_word(word)),
        Err(NoIndex::NoStoryText) => Err(FilterError::NoStoryText),
        Err(NoIndex::UnknownQuestion(id)) => Err(FilterError::UnknownQuestion(id)),
        // A text question whose answers are not stored as text.
        Err(NoIndex::NotText(title)) => Err(FilterError::ColumnMismatch(title)),
    }
}
