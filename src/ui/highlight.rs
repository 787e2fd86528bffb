//! Search-term highlighting: a text as a [`LayoutJob`] whose matches of the
//! term — case- and accent-insensitive, folded as the filter's `text
//! contains` folds (`model::folded_matches`) — stand out on a marker
//! colour; and the few words around the first match, for story lists.

use egui::text::{LayoutJob, TextFormat};
use egui::{Color32, FontId, WidgetText};

use crate::model::folded_matches;

/// Marker yellow under black text: readable on light and dark themes.
const MARK_BACKGROUND: Color32 = Color32::from_rgb(255, 214, 64);
const MARK_TEXT: Color32 = Color32::BLACK;

/// `text` in `font` and `color`, with every match of `term` marked. Plain
/// text when `term` is empty or does not occur.
pub fn highlighted(text: &str, term: &str, font: FontId, color: Color32) -> WidgetText {
    let mut job = LayoutJob::default();
    append_highlighted(&mut job, text, term, &TextFormat::simple(font, color));
    job.into()
}

/// Appends `text` to `job` in the `plain` format, every match of `term`
/// on the marker colour.
pub fn append_highlighted(job: &mut LayoutJob, text: &str, term: &str, plain: &TextFormat) {
    let marked = TextFormat {
        background: MARK_BACKGROUND,
        color: MARK_TEXT,
        ..plain.clone()
    };
    let mut at = 0;
    for range in folded_matches(text, term) {
        // `folded_matches` gives ordered, non-overlapping char boundaries.
        if let (Some(before), Some(found)) = (text.get(at..range.start), text.get(range.clone())) {
            job.append(before, 0.0, plain.clone());
            job.append(found, 0.0, marked.clone());
            at = range.end;
        }
    }
    job.append(text.get(at..).unwrap_or_default(), 0.0, plain.clone());
}

/// About `words` words of `text` around the first match of `term` (with
/// "…" where cut), or the first `words` words when it does not occur in
/// them anyway: what a story list shows under the title.
pub fn snippet(text: &str, term: &str, words: usize) -> String {
    let all: Vec<(usize, &str)> = word_spans(text);
    let first_match = folded_matches(text, term).first().map(|r| r.start);
    let at_word = first_match
        .and_then(|start| all.iter().rposition(|(offset, _)| *offset <= start))
        .unwrap_or(0);
    // The match a third into the snippet, but never a short last part.
    let from = if at_word < words {
        0
    } else {
        (at_word - words / 3).min(all.len().saturating_sub(words))
    };
    let to = (from + words).min(all.len());
    let mut out = String::new();
    if from > 0 {
        out.push_str("… ");
    }
    out.push_str(
        &all[from..to]
            .iter()
            .map(|(_, w)| *w)
            .collect::<Vec<_>>()
            .join(" "),
    );
    if to < all.len() {
        out.push_str(" …");
    }
    out
}

/// Every whitespace-separated word with its byte offset.
fn word_spans(text: &str) -> Vec<(usize, &str)> {
    text.split_whitespace()
        .map(|word| (word.as_ptr() as usize - text.as_ptr() as usize, word))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marked_parts(text: &str, term: &str) -> Vec<(String, bool)> {
        let job = match highlighted(text, term, FontId::proportional(14.0), Color32::GRAY) {
            WidgetText::LayoutJob(job) => job,
            other => panic!("{other:?}"),
        };
        job.sections
            .iter()
            .filter(|s| s.byte_range.start.0 < s.byte_range.end.0)
            .map(|s| {
                (
                    job.text[s.byte_range.start.0..s.byte_range.end.0].to_owned(),
                    s.format.background == MARK_BACKGROUND,
                )
            })
            .collect()
    }

    #[test]
    fn matches_are_marked_whatever_their_case_and_accents() {
        assert_eq!(
            marked_parts("De coördinator belde de Coordinator.", "coordinator"),
            [
                ("De ".to_owned(), false),
                ("coördinator".to_owned(), true),
                (" belde de ".to_owned(), false),
                ("Coordinator".to_owned(), true),
                (".".to_owned(), false),
            ]
        );
        assert_eq!(
            marked_parts("Niets te zien", "juf"),
            [("Niets te zien".to_owned(), false)]
        );
        assert_eq!(marked_parts("abc", ""), [("abc".to_owned(), false)]);
    }

    #[test]
    fn a_snippet_shows_the_words_around_the_first_match() {
        let text =
            "een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien juf veertien";
        assert_eq!(
            snippet(text, "JUF", 6),
            "… tien elf twaalf dertien juf veertien"
        );
        assert_eq!(snippet(text, "negen", 4), "… acht negen tien elf …");
        assert_eq!(snippet(text, "twee", 4), "een twee drie vier …");
        assert_eq!(snippet(text, "", 3), "een twee drie …");
        assert_eq!(snippet("kort", "x", 5), "kort");
    }
}
