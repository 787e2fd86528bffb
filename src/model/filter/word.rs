//! The word clauses of the filter language: `text has word "plan"` (Dutch
//! `tekst bevat woord "plan"`) and `text has phrase "samen plannen"`
//! (Dutch `tekst bevat woordpaar "samen plannen"`), or `"Question" has
//! word "plan"` for another text question. They select the stories whose
//! word index holds the word's (or the phrase's) term in the story's own
//! language — "plannen" finds "plan" and "planning" where the stemmer
//! makes them one — next to `contains`, which matches letters.
//!
//! The index is the one a words chart with the same [`WordOptions`] uses
//! (a project's stop words), so a word's selection holds the stories the
//! chart counts for it.

use super::error::{Expected, ParseError, ParseErrorKind};
use super::eval::FilterError;
use super::parse::{Parser, kw};
use crate::model::{Dataset, QuestionId, QuestionKind, Selection};
use crate::words::{self, NoIndex, NotAPhrase, NotAWord, WordIndex, WordOptions};

impl Parser<'_> {
    /// After `has`: `word "…"` or `phrase "…"`.
    pub(super) fn word_clause(
        &mut self,
        question: Option<QuestionId>,
    ) -> Result<super::Filter, ParseError> {
        if self.eat_word(kw::PHRASE) {
            return self.phrase(question);
        }
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

    /// After `has phrase` or `contains phrase`: the two words in quotes.
    pub(super) fn phrase(
        &mut self,
        question: Option<QuestionId>,
    ) -> Result<super::Filter, ParseError> {
        let place = self.peek().place();
        let phrase = self.string(Expected::WordInQuotes)?;
        let phrase = phrase.trim().to_owned();
        let kind = match words::check_phrase(&phrase) {
            Ok(()) => return Ok(super::Filter::HasPhrase { question, phrase }),
            Err(NotAPhrase::NotTwoWords) => ParseErrorKind::NotTwoWords(phrase),
            Err(NotAPhrase::Broken) => ParseErrorKind::PhraseBroken(phrase),
            Err(NotAPhrase::StopWord(word)) => ParseErrorKind::StopWord(word),
        };
        Err(ParseError::at(place, kind))
    }
}

/// The stories of `dataset` whose text (`question`, or the story) uses
/// `word`, through the dataset's word index with `options` (built now if
/// it is not yet; an index counting phrases already built serves too).
pub(super) fn has_word(
    dataset: &Dataset,
    question: Option<&QuestionId>,
    word: &str,
    options: &WordOptions,
) -> Result<Selection, FilterError> {
    let phrases = WordOptions {
        phrases: true,
        ..options.clone()
    };
    let options = if words::is_built(dataset, question, &phrases) {
        phrases
    } else {
        WordOptions {
            phrases: false,
            ..options.clone()
        }
    };
    let index = index(dataset, question, &options, super::Condition::HasWord)?;
    Ok(index.stories_with_word(word))
}

/// The stories of `dataset` whose text (`question`, or the story) uses
/// the two-word `phrase`, through the word index with `options` counting
/// phrases.
pub(super) fn has_phrase(
    dataset: &Dataset,
    question: Option<&QuestionId>,
    phrase: &str,
    options: &WordOptions,
) -> Result<Selection, FilterError> {
    let options = WordOptions {
        phrases: true,
        ..options.clone()
    };
    let index = index(dataset, question, &options, super::Condition::HasPhrase)?;
    Ok(index.stories_with_phrase(phrase))
}

fn index(
    dataset: &Dataset,
    question: Option<&QuestionId>,
    options: &WordOptions,
    condition: super::Condition,
) -> Result<std::sync::Arc<WordIndex>, FilterError> {
    if let Some((q, _)) = question.and_then(|id| dataset.question(id))
        && !matches!(q.kind, QuestionKind::Text { .. })
    {
        return Err(super::eval::wrong_kind(q, condition));
    }
    match words::text_index(dataset, question, options) {
        Ok(index) => Ok(index),
        Err(NoIndex::NoStoryText) => Err(FilterError::NoStoryText),
        Err(NoIndex::UnknownQuestion(id)) => Err(FilterError::UnknownQuestion(id)),
        // A text question whose answers are not stored as text.
        Err(NoIndex::NotText(title)) => Err(FilterError::ColumnMismatch(title)),
    }
}
