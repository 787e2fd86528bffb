//! [`Redaction`]: an overlay that replaces words in one story's texts (a
//! school name becomes `[naam school]`) in every export and on screen,
//! while the source data stays untouched.
//!
//! Redactions are anchored to text, not to positions, so they survive a
//! re-import in which the story's text moved or gained a sentence.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use crate::model::StoryId;

/// Replace every occurrence of `original` in the texts of one story.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Redaction {
    /// The story whose texts are redacted.
    pub story_id: StoryId,
    /// The words to hide, as they appear in the story.
    pub original: String,
    /// What is shown instead (`[naam school]`).
    pub placeholder: String,
}

/// A piece of a story's text: kept as it is, or replaced by a placeholder.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RedactedSpan<'a> {
    /// Text shown as it is.
    Kept(&'a str),
    /// Words hidden behind a placeholder.
    Replaced {
        /// The hidden words.
        original: &'a str,
        /// What is shown instead.
        placeholder: &'a str,
    },
}

impl RedactedSpan<'_> {
    /// What the reader sees.
    pub fn shown(&self) -> &str {
        match self {
            Self::Kept(text) => text,
            Self::Replaced { placeholder, .. } => placeholder,
        }
    }
}

/// `text` of story `story_id` cut into kept and replaced pieces, so the
/// screen can mark what was replaced. Longer originals go first, so "Jan
/// de Vries" is replaced whole before "Jan" could split it, and a
/// placeholder is never searched again ("\[naam\]" stays when "naam" is
/// redacted too).
pub fn redacted_spans<'a>(
    text: &'a str,
    story_id: &StoryId,
    redactions: &'a [Redaction],
) -> Vec<RedactedSpan<'a>> {
    let mut applicable: Vec<&Redaction> = redactions
        .iter()
        .filter(|r| &r.story_id == story_id && !r.original.is_empty())
        .collect();
    applicable.sort_by_key(|r| std::cmp::Reverse(r.original.len()));
    let mut spans = vec![RedactedSpan::Kept(text)];
    for redaction in applicable {
        spans = spans
            .into_iter()
            .flat_map(|span| match span {
                RedactedSpan::Kept(kept) if kept.contains(&redaction.original) => {
                    split_on(kept, redaction)
                }
                other => vec![other],
            })
            .collect();
    }
    spans
}

fn split_on<'a>(kept: &'a str, redaction: &'a Redaction) -> Vec<RedactedSpan<'a>> {
    let mut out = Vec::new();
    let mut rest = kept;
    while let Some(at) = rest.find(&redaction.original) {
        if at > 0 {
            out.push(RedactedSpan::Kept(&rest[..at]));
        }
        let end = at + redaction.original.len();
        out.push(RedactedSpan::Replaced {
            original: &rest[at..end],
            placeholder: &redaction.placeholder,
        });
        rest = &rest[end..];
    }
    if !rest.is_empty() {
        out.push(RedactedSpan::Kept(rest));
    }
    out
}

/// `text` of story `story_id` with its redactions applied (see
/// [`redacted_spans`]). Borrows when nothing matched.
pub fn apply_redactions<'a>(
    text: &'a str,
    story_id: &StoryId,
    redactions: &[Redaction],
) -> Cow<'a, str> {
    let spans = redacted_spans(text, story_id, redactions);
    if spans
        .iter()
        .any(|span| matches!(span, RedactedSpan::Replaced { .. }))
    {
        Cow::Owned(spans.iter().map(RedactedSpan::shown).collect())
    } else {
        Cow::Borrowed(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn redaction(story: &str, original: &str, placeholder: &str) -> Redaction {
        Redaction {
            story_id: StoryId(story.into()),
            original: original.into(),
            placeholder: placeholder.into(),
        }
    }

    #[test]
    fn replaces_every_occurrence_in_its_own_story_only() {
        let redactions = [
            redaction("V1", "De Regenboog", "[naam school]"),
            redaction("V1", "Jan", "[naam]"),
            redaction("V1", "Jan de Vries", "[naam leraar]"),
            redaction("V2", "Utrecht", "[plaats]"),
            redaction("V1", "", "[leeg]"),
        ];
        let text = "Op De Regenboog hielp Jan de Vries ons; Jan belde. De Regenboog!";
        let v1 = StoryId("V1".into());
        assert_eq!(
            apply_redactions(text, &v1, &redactions),
            "Op [naam school] hielp [naam leraar] ons; [naam] belde. [naam school]!"
        );
        let untouched = apply_redactions("In Utrecht", &v1, &redactions);
        assert!(matches!(untouched, Cow::Borrowed("In Utrecht")));
        let v2 = StoryId("V2".into());
        assert_eq!(
            apply_redactions("In Utrecht", &v2, &redactions),
            "In [plaats]"
        );
    }

    #[test]
    fn spans_mark_what_was_replaced_and_never_search_a_placeholder() {
        let redactions = [
            redaction("V1", "naam", "[x]"),
            redaction("V1", "Elsje", "[naam]"),
        ];
        let v1 = StoryId("V1".into());
        let spans = redacted_spans("Elsje zei haar naam.", &v1, &redactions);
        assert_eq!(
            spans,
            [
                RedactedSpan::Replaced {
                    original: "Elsje",
                    placeholder: "[naam]"
                },
                RedactedSpan::Kept(" zei haar "),
                RedactedSpan::Replaced {
                    original: "naam",
                    placeholder: "[x]"
                },
                RedactedSpan::Kept("."),
            ]
        );
        assert_eq!(
            apply_redactions("Elsje zei haar naam.", &v1, &redactions),
            "[naam] zei haar [x]."
        );
        assert_eq!(apply_redactions("", &v1, &redactions), "");
    }
}
