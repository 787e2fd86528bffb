//! Two-word phrases outside the index's build: the occurrences of a
//! phrase term in a story (for keywords in context), the phrase term a
//! typed "samen plannen" stands for, and the stories using a phrase (for
//! the filter clause `text has phrase "…"`).
//!
//! An occurrence is what the index counted (see `build.rs`): two words of
//! [`Analyzer::words`] next to each other, whose gap holds no
//! [`Analyzer::phrase_break`], each reduced to its term in the story's
//! language. The second word is looked for first (its written forms, with
//! memmem when they are plain ASCII, as for a single word), then the word
//! just before it; so a story is not cut into words or stemmed whole.

use std::collections::{HashMap, HashSet};

use crate::i18n::Language;
use crate::model::Selection;

use super::analyzer::{Analyzer, Token, lower};
use super::index::{Term, WordIndex};
use super::kwic::{KwicLine, candidate_tokens, left_context, right_context};

/// Why a text is not a phrase the index can look up.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NotAPhrase {
    /// Not two words (none, one, or more than two).
    NotTwoWords,
    /// The two words are split by a sentence or clause end (`.`, `;`, …),
    /// so no story can use them as a phrase.
    Broken,
    /// This word of the two is a stop word of both languages (or one
    /// letter), never half of a phrase.
    StopWord(String),
}

/// Checks that `text` is two words the default analyzer could count as a
/// phrase, as the filter language requires of `has phrase`.
pub fn check_phrase(text: &str) -> Result<(), NotAPhrase> {
    let words: Vec<Token<'_>> = Analyzer::words(text).collect();
    let [first, second] = words.as_slice() else {
        return Err(NotAPhrase::NotTwoWords);
    };
    if Analyzer::phrase_break(text.get(first.end..second.start).unwrap_or("")) {
        return Err(NotAPhrase::Broken);
    }
    let analyzer = Analyzer::new(super::WordOptions::default());
    for word in [first, second] {
        let indexed = [Language::Dutch, Language::English]
            .into_iter()
            .any(|language| analyzer.term(word.form, language).is_some());
        if !indexed {
            return Err(NotAPhrase::StopWord(word.form.to_owned()));
        }
    }
    Ok(())
}

/// The key of the phrase `text` (two words) in `language`: the two terms
/// with a space between, or `None` when it is not two words that are
/// both terms.
fn phrase_key(analyzer: &Analyzer, text: &str, language: Language) -> Option<String> {
    let mut words = Analyzer::words(text);
    let (Some(first), Some(second), None) = (words.next(), words.next(), words.next()) else {
        return None;
    };
    let first = analyzer.term(first.form, language)?;
    let second = analyzer.term(second.form, language)?;
    Some(format!("{first} {second}"))
}

impl WordIndex {
    /// The phrase term two typed words stand for ("Samen plannen" →
    /// "sam plann"), in either language (Dutch first); `None` when `text`
    /// is not two words or the index holds no such phrase.
    pub fn find_phrase(&self, text: &str) -> Option<&Term> {
        [Language::Dutch, Language::English]
            .into_iter()
            .filter_map(|language| phrase_key(self.analyzer(), text, language))
            .find_map(|key| self.term(&key))
    }

    /// The stories using the phrase `text`: those holding its phrase term
    /// in the story's own language, as [`WordIndex::stories_with_word`]
    /// does for a word. Empty unless the index counts phrases.
    pub fn stories_with_phrase(&self, text: &str) -> Selection {
        self.stories_with_term(|language| phrase_key(self.analyzer(), text, language))
    }
}

/// A word term's key and written forms (lower case), and what it knows
/// of the forms met: a story's words repeat, and stemming is the dearest
/// step of a line.
struct Forms<'k, 't> {
    key: &'k str,
    lower: HashSet<String>,
    known: HashMap<(&'t str, Language), bool>,
}

impl<'k, 't> Forms<'k, 't> {
    fn of(index: &WordIndex, key: &'k str) -> Self {
        let lower = index
            .term(key)
            .map(|term| term.forms.iter().map(|(f, _)| f.to_lowercase()).collect())
            .unwrap_or_default();
        Self {
            key,
            lower,
            known: HashMap::new(),
        }
    }

    fn searchable(&self) -> bool {
        self.lower
            .iter()
            .all(|f| !f.is_empty() && f.bytes().all(|b| b.is_ascii_alphanumeric()))
    }

    /// Whether `token` is this term in `language`.
    fn is(&mut self, analyzer: &Analyzer, token: &Token<'t>, language: Language) -> bool {
        if let Some(&known) = self.known.get(&(token.form, language)) {
            return known;
        }
        let is = self.lower.contains(lower(token.form).as_ref())
            && analyzer.term(token.form, language).as_deref() == Some(self.key);
        self.known.insert((token.form, language), is);
        is
    }
}

/// Every occurrence of the phrase `term` in the stories of `population`
/// (all with `None`), in story order: one line per occurrence the index
/// counted, the "word" being the two words with what stands between them
/// as written.
pub(super) fn phrase_lines<'t>(
    index: &WordIndex,
    term: &Term,
    population: Option<&Selection>,
    text_of: impl Fn(usize) -> &'t str,
) -> Vec<KwicLine> {
    let Some((first_key, second_key)) = term.key.split_once(' ') else {
        return Vec::new();
    };
    let analyzer = index.analyzer();
    let mut first = Forms::of(index, first_key);
    let mut second = Forms::of(index, second_key);
    let searched: Vec<String> = if second.searchable() {
        second.lower.iter().cloned().collect()
    } else {
        Vec::new()
    };
    let finders: Vec<memchr::memmem::Finder<'_>> = searched
        .iter()
        .map(|f| memchr::memmem::Finder::new(f.as_bytes()))
        .collect();
    let mut lines = Vec::new();
    for &(row, _) in &term.postings {
        let row = row as usize;
        if population.is_some_and(|p| !p.contains(row)) {
            continue;
        }
        let text = text_of(row);
        let language = index.language_of(row);
        let pairs: Vec<(Token<'_>, Token<'_>)> = if finders.is_empty() {
            let words: Vec<Token<'_>> = Analyzer::words(text).collect();
            words
                .windows(2)
                .map(|pair| (pair[0].clone(), pair[1].clone()))
                .collect()
        } else {
            candidate_tokens(text, &finders)
                .into_iter()
                .filter(|token| second.lower.contains(lower(token.form).as_ref()))
                .filter_map(|token| Some((word_before(text, token.start)?, token)))
                .collect()
        };
        for (one, two) in pairs {
            let gap = text.get(one.end..two.start).unwrap_or("");
            if Analyzer::phrase_break(gap)
                || !second.is(analyzer, &two, language)
                || !first.is(analyzer, &one, language)
            {
                continue;
            }
            let (start, end) = (one.start, two.end);
            lines.push(KwicLine {
                row,
                left: left_context(&text[..start]),
                word: text[start..end].to_owned(),
                right: right_context(&text[end..]),
                start,
                end,
            });
        }
    }
    lines
}

/// The last word of `text` ending at or before byte `before` (a word
/// boundary): the whitespace-bounded stretches before it are cut into
/// words one by one, back to the first that holds a word, as the whole
/// text would be cut (word boundaries never cross whitespace). Numbers
/// and punctuation are no words, so "samen 12 plannen" finds "samen"
/// before "plannen", as the index pairs them.
fn word_before(text: &str, before: usize) -> Option<Token<'_>> {
    let bytes = text.as_bytes();
    let mut end = before;
    loop {
        let start = bytes
            .get(..end)?
            .iter()
            .rposition(u8::is_ascii_whitespace)
            .map_or(0, |i| i + 1);
        let stretch_end = bytes
            .get(start..)?
            .iter()
            .position(u8::is_ascii_whitespace)
            .map_or(text.len(), |i| start + i);
        let stretch = text.get(start..stretch_end)?;
        let last = Analyzer::words(stretch)
            .map(|token| Token {
                start: token.start + start,
                end: token.end + start,
                form: token.form,
            })
            .filter(|token| token.end <= before)
            .last();
        if last.is_some() {
            return last;
        }
        if start == 0 {
            return None;
        }
        end = start - 1;
    }
}

#[cfg(test)]
#[path = "phrase_tests.rs"]
mod tests;
