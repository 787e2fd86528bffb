//! [`StopWordEdits`]: a project's changes to the standard stop-word lists
//! (NLTK's Dutch and English lists, from the `stop-words` crate), per
//! language — words it leaves out besides them, and stop words it counts
//! after all. The [`Analyzer`](super::Analyzer) applies them.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use crate::i18n::Language;

/// A project's changes to the stop-word lists, per language: words it
/// leaves out besides the standard list, and standard stop words it keeps.
/// Words are stored in lower case, sorted, each once.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct StopWordEdits {
    /// Dutch words left out besides the standard list.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub left_out_nl: Vec<String>,
    /// English words left out besides the standard list.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub left_out_en: Vec<String>,
    /// Standard Dutch stop words counted after all.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub kept_nl: Vec<String>,
    /// Standard English stop words counted after all.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub kept_en: Vec<String>,
}

impl StopWordEdits {
    /// No change to the standard lists.
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }

    /// The words left out in `language` besides the standard list.
    pub fn left_out(&self, language: Language) -> &[String] {
        match language {
            Language::Dutch => &self.left_out_nl,
            Language::English => &self.left_out_en,
        }
    }

    /// The standard stop words of `language` counted after all.
    pub fn kept(&self, language: Language) -> &[String] {
        match language {
            Language::Dutch => &self.kept_nl,
            Language::English => &self.kept_en,
        }
    }

    /// Leaves `word` out in `language` (a kept standard stop word is simply
    /// no longer kept). Returns whether anything changed.
    pub fn leave_out(&mut self, language: Language, word: &str) -> bool {
        let word = word.trim().to_lowercase();
        if word.is_empty() {
            return false;
        }
        let (left_out, kept) = self.lists_mut(language);
        if let Some(at) = kept.iter().position(|w| *w == word) {
            kept.remove(at);
            return true;
        }
        insert_sorted(left_out, word)
    }

    /// Counts `word` again in `language`: taken off the left-out words, or
    /// kept when it is a standard stop word. Returns whether anything
    /// changed.
    pub fn put_back(&mut self, language: Language, word: &str) -> bool {
        let word = word.trim().to_lowercase();
        let standard = standard_list(language).contains(&word);
        let (left_out, kept) = self.lists_mut(language);
        if let Some(at) = left_out.iter().position(|w| *w == word) {
            left_out.remove(at);
            return true;
        }
        standard && insert_sorted(kept, word)
    }

    fn lists_mut(&mut self, language: Language) -> (&mut Vec<String>, &mut Vec<String>) {
        match language {
            Language::Dutch => (&mut self.left_out_nl, &mut self.kept_nl),
            Language::English => (&mut self.left_out_en, &mut self.kept_en),
        }
    }
}

fn insert_sorted(list: &mut Vec<String>, word: String) -> bool {
    match list.binary_search(&word) {
        Ok(_) => false,
        Err(at) => {
            list.insert(at, word);
            true
        }
    }
}

/// The standard stop words of `language` (NLTK's lists, lower case).
pub(super) fn standard_list(language: Language) -> HashSet<String> {
    let code = match language {
        Language::Dutch => "nl",
        Language::English => "en",
    };
    stop_words::lookup(code)
        .unwrap_or_default()
        .iter()
        .map(|w| w.to_lowercase())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::words::{Analyzer, WordOptions};

    #[test]
    fn a_left_out_word_leaves_out_its_stem_and_can_be_put_back() {
        let mut edits = StopWordEdits::default();
        assert!(edits.leave_out(Language::Dutch, " Plannen "));
        assert!(!edits.leave_out(Language::Dutch, "plannen"), "once");
        assert_eq!(edits.left_out_nl, ["plannen"]);
        let analyzer = Analyzer::new(WordOptions {
            stop_words: edits.clone(),
            ..WordOptions::default()
        });
        // Every Dutch form with the stem "plann" goes; English is untouched.
        assert_eq!(analyzer.term("plannen", Language::Dutch), None);
        assert_eq!(analyzer.term("Plannen", Language::Dutch), None);
        assert_eq!(
            analyzer.term("plannen", Language::English).as_deref(),
            Some("plannen")
        );
        assert!(analyzer.stop_words(Language::Dutch).contains(&"plannen"));
        // Not a sign of Dutch: detection uses the standard list only.
        assert_eq!(analyzer.detect("plannen plannen"), None);
        assert!(edits.put_back(Language::Dutch, "plannen"));
        assert!(edits.is_empty());
        // Putting back a standard stop word keeps it; leaving it out again
        // undoes that.
        assert!(edits.put_back(Language::English, "the"));
        assert_eq!(edits.kept_en, ["the"]);
        assert!(
            !edits.put_back(Language::English, "zebra"),
            "not a stop word"
        );
        assert!(edits.leave_out(Language::English, "the"));
        assert!(edits.is_empty());
    }
}
