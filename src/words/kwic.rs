//! Keywords in context: every occurrence of a term as a line — left
//! context, the word as written, right context — each pointing at its
//! story and the word's place in it, so a reader can open the story with
//! the word highlighted.

use serde::Serialize;

use crate::model::{Dataset, Selection, TextRole};

use super::analyzer::{Analyzer, Token, lower};
use super::index::{Term, WordIndex};

/// Characters of context on each side of the word.
pub const CONTEXT_CHARS: usize = 60;

/// One occurrence of a term.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct KwicLine {
    /// The story's row in the dataset.
    pub row: usize,
    /// The context before the word, cut at a word boundary, on one line.
    pub left: String,
    /// The word as written in the story.
    pub word: String,
    /// The context after the word, cut at a word boundary, on one line.
    pub right: String,
    /// Byte range of the word in the story's text.
    pub start: usize,
    /// Exclusive end of that byte range.
    pub end: usize,
}

/// How the lines are ordered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum KwicOrder {
    /// Story by story, in text order.
    #[default]
    Story,
    /// By the words just before the term, nearest first.
    Left,
    /// By the words just after the term.
    Right,
}

/// Every occurrence of `term` in the stories of `population` (all when
/// `None`); `text_of` gives a row's story text, as the index read it.
pub fn kwic<'t>(
    index: &WordIndex,
    term: &Term,
    population: Option<&Selection>,
    text_of: impl Fn(usize) -> &'t str,
    order: KwicOrder,
) -> Vec<KwicLine> {
    let mut lines = if term.is_phrase() {
        super::phrase::phrase_lines(index, term, population, text_of)
    } else {
        word_lines(index, term, population, text_of)
    };
    sort(&mut lines, order);
    lines
}

/// Every occurrence of the word `term` in the stories of `population`,
/// in story order.
fn word_lines<'t>(
    index: &WordIndex,
    term: &Term,
    population: Option<&Selection>,
    text_of: impl Fn(usize) -> &'t str,
) -> Vec<KwicLine> {
    let analyzer = index.analyzer();
    // The term's written forms (lower case): a word is checked against the
    // analyzer only when it is one of them, so a story is cut into words
    // but not stemmed again.
    let forms: std::collections::HashSet<String> = term
        .forms
        .iter()
        .map(|(form, _)| form.to_lowercase())
        .collect();
    // Forms of plain ASCII letters (most Dutch and English words) are
    // found by a search of the text first; only the stretch of text around
    // each hit is cut into words (`candidate_tokens`). Other forms (and
    // phrases) cut whole stories.
    let searchable = forms
        .iter()
        .all(|f| !f.is_empty() && f.bytes().all(|b| b.is_ascii_alphanumeric()));
    let finders: Vec<memchr::memmem::Finder<'_>> = if searchable {
        forms
            .iter()
            .map(|f| memchr::memmem::Finder::new(f.as_bytes()))
            .collect()
    } else {
        Vec::new()
    };
    let mut lines = Vec::new();
    for &(row, _) in &term.postings {
        let row = row as usize;
        if population.is_some_and(|p| !p.contains(row)) {
            continue;
        }
        let text = text_of(row);
        let language = index.language_of(row);
        let tokens: Vec<Token<'_>> = if searchable {
            candidate_tokens(text, &finders)
        } else {
            Analyzer::words(text).collect()
        };
        for token in tokens {
            if !forms.contains(lower(token.form).as_ref())
                || analyzer.term(token.form, language).as_deref() != Some(term.key.as_str())
            {
                continue;
            }
            lines.push(KwicLine {
                row,
                left: left_context(&text[..token.start]),
                word: token.form.to_owned(),
                right: right_context(&text[token.end..]),
                start: token.start,
                end: token.end,
            });
        }
    }
    lines
}

/// Puts `lines` (in story order) in `order`.
fn sort(lines: &mut [KwicLine], order: KwicOrder) {
    match order {
        KwicOrder::Story => {}
        KwicOrder::Left => lines.sort_by_cached_key(|line| {
            let mut words: Vec<&str> = Analyzer::words(&line.left).map(|t| t.form).collect();
            words.reverse();
            (sort_key(&words), line.row, line.start)
        }),
        KwicOrder::Right => lines.sort_by_cached_key(|line| {
            let words: Vec<&str> = Analyzer::words(&line.right).map(|t| t.form).collect();
            (sort_key(&words), line.row, line.start)
        }),
    }
}

/// `words` lower-cased in one string, each followed by U+0000: it sorts
/// as the list of words would (U+0000 sorts before every letter, so a
/// word before its longer forms and a shorter list before a longer one),
/// with one allocation per line instead of one per word.
fn sort_key(words: &[&str]) -> String {
    let mut key = String::with_capacity(words.iter().map(|w| w.len() + 1).sum());
    for word in words {
        key.extend(word.chars().flat_map(char::to_lowercase));
        key.push('\0');
    }
    key
}

/// Every occurrence in `dataset`'s story text of the term `word` stands
/// for (any form: "haalbare" finds "haalbaar"; two words a phrase: "samen
/// plannen" finds "Samen plande"), through the dataset's shared word index
/// with `options` (the project's stop words; phrases are looked up in the
/// index that counts them); `None` when the word is no term of the
/// stories (unknown, a stop word, or no story text at all).
pub fn story_kwic(
    dataset: &Dataset,
    word: &str,
    options: &super::WordOptions,
    population: Option<&Selection>,
    order: KwicOrder,
) -> Option<Vec<KwicLine>> {
    let options = super::WordOptions {
        phrases: Analyzer::words(word).nth(1).is_some(),
        ..options.clone()
    };
    let index = super::text_index(dataset, None, &options).ok()?;
    let term = if options.phrases {
        index.find_phrase(word)?
    } else {
        index.find(word)?
    };
    let text_of = |row| dataset.text(TextRole::Story, row).unwrap_or("");
    Some(kwic(&index, term, population, text_of, order))
}

/// The words of `text` that may be one of the forms `finders` look for
/// (plain ASCII, lower case): each hit in the ASCII-lower-cased text (the
/// byte offsets stay those of `text`) is widened to the stretch between
/// whitespace around it, and that stretch is cut into words as the whole
/// text would be (word boundaries never cross whitespace). A non-ASCII
/// letter never lower-cases to an ASCII one in the stories' scripts, so
/// no occurrence of such a form is missed.
pub(super) fn candidate_tokens<'t>(
    text: &'t str,
    finders: &[memchr::memmem::Finder<'_>],
) -> Vec<Token<'t>> {
    let lowered = text.as_bytes().to_ascii_lowercase();
    let mut hits: Vec<usize> = finders
        .iter()
        .flat_map(|finder| finder.find_iter(&lowered))
        .collect();
    hits.sort_unstable();
    let mut tokens = Vec::new();
    let mut segmented_to = 0;
    for hit in hits {
        let before = lowered.get(..hit).unwrap_or_default();
        let start = before
            .iter()
            .rposition(u8::is_ascii_whitespace)
            .map_or(0, |i| i + 1);
        if start < segmented_to {
            continue; // the stretch of an earlier hit
        }
        let after = lowered.get(hit..).unwrap_or_default();
        let end = after
            .iter()
            .position(u8::is_ascii_whitespace)
            .map_or(text.len(), |i| hit + i);
        segmented_to = end;
        let Some(stretch) = text.get(start..end) else {
            continue;
        };
        tokens.extend(Analyzer::words(stretch).map(|token| Token {
            start: token.start + start,
            end: token.end + start,
            form: token.form,
        }));
    }
    tokens
}

/// The last ~[`CONTEXT_CHARS`] characters before a word, starting at a
/// word boundary, with line breaks as spaces. Only the window is looked at,
/// not the story up to the word.
pub(super) fn left_context(before: &str) -> String {
    let window = before
        .char_indices()
        .rev()
        .nth(CONTEXT_CHARS - 1)
        .map_or(0, |(at, _)| at);
    let mut start = window;
    if window > 0 {
        // Start after the first space of the window, not mid-word.
        if let Some((at, c)) = before[window..]
            .char_indices()
            .find(|(_, c)| c.is_whitespace())
        {
            start = window + at + c.len_utf8();
        }
    }
    let text = one_line(&before[start..]);
    if start > 0 {
        format!("…{text}")
    } else {
        text
    }
}

/// The first ~[`CONTEXT_CHARS`] characters after a word, ending at a word
/// boundary, with line breaks as spaces.
pub(super) fn right_context(after: &str) -> String {
    let window = after
        .char_indices()
        .nth(CONTEXT_CHARS)
        .map_or(after.len(), |(at, _)| at);
    let mut end = window;
    if window < after.len()
        && let Some((at, _)) = after[..window]
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_whitespace())
    {
        end = at;
    }
    let text = one_line(&after[..end]);
    if end < after.len() {
        format!("{text}…")
    } else {
        text
    }
}

fn one_line(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_control() || c == '\u{2028}' {
                ' '
            } else {
                c
            }
        })
        .collect()
}

#[cfg(test)]
#[path = "kwic_tests.rs"]
mod tests;
