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
    pub story_id: StoryId,
    pub original: String,
    pub placeholder: String,
}

/// `text` of story `story_id` with its redactions applied. Longer originals
/// go first, so "Jan de Vries" is replaced whole before "Jan" could split
/// it. Borrows when nothing matched.
pub fn apply_redactions<'a>(
    text: &'a str,
    story_id: &StoryId,
    redactions: &[Redaction],
) -> Cow<'a, str> {
    let mut applicable: Vec<&Redaction> = redactions
        .iter()
        .filter(|r| &r.story_id == story_id && !r.original.is_empty())
        .collect();
    applicable.sort_by_key(|r| std::cmp::Reverse(r.original.len()));
    let mut out = Cow::Borrowed(text);
    for redaction in applicable {
        if out.contains(&redaction.original) {
            out = Cow::Owned(out.replace(&redaction.original, &redaction.placeholder));
        }
    }
    out
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
}
