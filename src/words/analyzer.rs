//! From a story's text to its terms: Unicode word boundaries (UAX #29),
//! lower case, stop words out, and the Snowball stem of the story's
//! language.
//!
//! The language of each story is the one whose stop words it uses more
//! (Dutch or English): in a short story the function words are the most
//! reliable sign of its language, and it costs nothing extra since the
//! stop words are looked up anyway. A story with no stop word of either
//! list takes the dataset's majority language.

use std::borrow::Cow;
use std::collections::HashSet;

use rust_stemmers::{Algorithm, Stemmer};
use serde::{Deserialize, Serialize};
use unicode_segmentation::UnicodeSegmentation;

use crate::i18n::Language;

/// How stories are cut into terms; saved with a project.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WordOptions {
    /// Reduce words to their Snowball stem ("plannen", "planning" → "plan").
    pub stem: bool,
    /// Words to leave out besides the standard lists (lower case).
    #[serde(default)]
    pub extra_stop_words: Vec<String>,
    /// Standard stop words to keep after all (lower case).
    #[serde(default)]
    pub kept_stop_words: Vec<String>,
    /// Treat every story as this language instead of detecting it.
    #[serde(default)]
    pub language: Option<Language>,
}

impl Default for WordOptions {
    fn default() -> Self {
        Self {
            stem: true,
            extra_stop_words: Vec::new(),
            kept_stop_words: Vec::new(),
            language: None,
        }
    }
}

/// One term occurrence in a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token<'t> {
    /// Byte range of the word in the text.
    pub start: usize,
    /// Exclusive end of that byte range.
    pub end: usize,
    /// The word as written.
    pub form: &'t str,
}

/// Cuts texts into terms with the options it was made with.
pub struct Analyzer {
    options: WordOptions,
    stop: [HashSet<String>; 2],
    stemmers: [Stemmer; 2],
}

impl std::fmt::Debug for Analyzer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Analyzer")
            .field("options", &self.options)
            .finish_non_exhaustive()
    }
}

fn slot(language: Language) -> usize {
    match language {
        Language::Dutch => 0,
        Language::English => 1,
    }
}

impl Analyzer {
    /// An analyzer with `options`: the Dutch and English stop word lists with
    /// the user's extra words added and kept words taken out, and both
    /// Snowball stemmers.
    pub fn new(options: WordOptions) -> Self {
        let list = |code: &str| -> HashSet<String> {
            let mut words: HashSet<String> = stop_words::lookup(code)
                .unwrap_or_default()
                .iter()
                .map(|w| w.to_lowercase())
                .collect();
            for kept in &options.kept_stop_words {
                words.remove(&kept.to_lowercase());
            }
            words.extend(options.extra_stop_words.iter().map(|w| w.to_lowercase()));
            words
        };
        Self {
            stop: [list("nl"), list("en")],
            stemmers: [
                Stemmer::create(Algorithm::Dutch),
                Stemmer::create(Algorithm::English),
            ],
            options,
        }
    }

    /// The options it was made with.
    pub fn options(&self) -> &WordOptions {
        &self.options
    }

    /// "snowball-nl+en" or "none": what the JSON reports as the stemmer.
    pub fn stemmer_name(&self) -> &'static str {
        match (self.options.stem, self.options.language) {
            (false, _) => "none",
            (true, Some(Language::Dutch)) => "snowball-dutch",
            (true, Some(Language::English)) => "snowball-english",
            (true, None) => "snowball-dutch+english",
        }
    }

    /// Every word of `text` with at least one letter, as written.
    pub fn words(text: &str) -> impl Iterator<Item = Token<'_>> {
        text.unicode_word_indices()
            .filter(|(_, w)| w.chars().any(char::is_alphabetic))
            .map(|(start, form)| Token {
                start,
                end: start + form.len(),
                form,
            })
    }

    /// The language `text` is most likely written in, or `None` when it
    /// uses no stop word of either list (the options' language wins).
    pub fn detect(&self, text: &str) -> Option<Language> {
        let mut hits = [0usize; 2];
        for token in Self::words(text) {
            let lower = lower(token.form);
            for (slot, list) in self.stop.iter().enumerate() {
                if list.contains(lower.as_ref()) {
                    hits[slot] += 1;
                }
            }
        }
        self.language_of_hits(hits)
    }

    /// The language of a text that used `hits` Dutch and English stop
    /// words: the one used more, `None` on a tie (the options' language
    /// wins).
    pub fn language_of_hits(&self, [dutch, english]: [usize; 2]) -> Option<Language> {
        self.options.language.or(match dutch.cmp(&english) {
            std::cmp::Ordering::Greater => Some(Language::Dutch),
            std::cmp::Ordering::Less => Some(Language::English),
            std::cmp::Ordering::Equal => None,
        })
    }

    /// The term a written word counts as in `language`, or `None` for a
    /// stop word or a single letter.
    pub fn term(&self, form: &str, language: Language) -> Option<String> {
        let lower = lower(form);
        if lower.chars().count() < 2 || self.stop[slot(language)].contains(lower.as_ref()) {
            return None;
        }
        if !self.options.stem {
            return Some(lower.into_owned());
        }
        Some(self.stemmers[slot(language)].stem(&lower).into_owned())
    }

    /// Whether `form` (any case) is a stop word of `language`.
    pub fn is_stop_word(&self, form: &str, language: Language) -> bool {
        self.stop[slot(language)].contains(lower(form).as_ref())
    }

    /// The stop words in use for `language`, sorted.
    pub fn stop_words(&self, language: Language) -> Vec<&str> {
        let mut words: Vec<&str> = self.stop[slot(language)]
            .iter()
            .map(String::as_str)
            .collect();
        words.sort_unstable();
        words
    }
}

/// `form` in lower case, borrowed when it already is.
pub fn lower(form: &str) -> Cow<'_, str> {
    if form.chars().any(char::is_uppercase) {
        Cow::Owned(form.to_lowercase())
    } else {
        Cow::Borrowed(form)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_follow_unicode_boundaries_and_skip_numbers() {
        let text = "Het kind's plan — 12 keer! Café, naïef; e-mail";
        let words: Vec<&str> = Analyzer::words(text).map(|t| t.form).collect();
        assert_eq!(
            words,
            [
                "Het", "kind's", "plan", "keer", "Café", "naïef", "e", "mail"
            ]
        );
        for token in Analyzer::words(text) {
            assert_eq!(&text[token.start..token.end], token.form);
        }
    }

    #[test]
    fn the_language_is_the_one_whose_function_words_a_story_uses() {
        let analyzer = Analyzer::new(WordOptions::default());
        let nl = "De juf heeft met ons een plan gemaakt en het werkte.";
        let en = "The teacher made a plan with us and it worked.";
        assert_eq!(analyzer.detect(nl), Some(Language::Dutch));
        assert_eq!(analyzer.detect(en), Some(Language::English));
        assert_eq!(analyzer.detect("Plan!"), None);
    }

    #[test]
    fn stems_follow_the_snowball_reference_implementation() {
        // rust-stemmers implements Snowball's original Dutch algorithm
        // (called `dutch_porter` since Snowball 3) and English (Porter2).
        // python3 -c "import snowballstemmer as s; d=s.stemmer('dutch_porter');
        //   e=s.stemmer('english'); print(d.stemWords(NL), e.stemWords(EN))"
        // with snowballstemmer 3.1.1 from PyPI and the words below.
        let analyzer = Analyzer::new(WordOptions::default());
        let dutch = [
            ("plannen", "plann"),
            ("planning", "planning"),
            ("samen", "sam"),
            ("lichamelijke", "licham"),
            ("opvoeding", "opvoed"),
            ("ouders", "ouder"),
            ("kinderen", "kinder"),
            ("samenwerking", "samenwerk"),
            ("overleggen", "overlegg"),
            ("leerkrachten", "leerkracht"),
            ("begeleiding", "begeleid"),
            ("ondersteuning", "ondersteun"),
            ("gesprekken", "gesprek"),
            ("luisterde", "luisterd"),
            ("frustratie", "frustratie"),
            ("duidelijkheid", "duidelijk"),
            ("zorgvuldig", "zorgvuld"),
            ("afspraken", "afsprak"),
            ("scholen", "schol"),
            ("klassen", "klass"),
        ];
        for (word, stem) in dutch {
            assert_eq!(
                analyzer.term(word, Language::Dutch).as_deref(),
                Some(stem),
                "{word}"
            );
        }
        let english = [
            ("planned", "plan"),
            ("planning", "plan"),
            ("teachers", "teacher"),
            ("listening", "listen"),
            ("supported", "support"),
            ("cooperation", "cooper"),
            ("generously", "generous"),
            ("happiness", "happi"),
            ("relational", "relat"),
            ("conditional", "condit"),
            ("children", "children"),
            ("frustration", "frustrat"),
            ("agreements", "agreement"),
        ];
        for (word, stem) in english {
            let got = analyzer.term(word, Language::English);
            assert_eq!(got.as_deref(), Some(stem), "{word}");
        }
    }

    #[test]
    fn stop_words_are_left_out_and_can_be_edited() {
        let analyzer = Analyzer::new(WordOptions::default());
        assert_eq!(analyzer.term("De", Language::Dutch), None);
        assert_eq!(analyzer.term("the", Language::English), None);
        assert_eq!(analyzer.term("x", Language::English), None);
        let options = WordOptions {
            stem: false,
            extra_stop_words: vec!["School".into()],
            kept_stop_words: vec!["niet".into()],
            language: None,
        };
        let analyzer = Analyzer::new(options);
        assert_eq!(analyzer.term("school", Language::Dutch), None);
        assert_eq!(
            analyzer.term("Niet", Language::Dutch).as_deref(),
            Some("niet")
        );
        assert_eq!(
            analyzer.term("Plannen", Language::Dutch).as_deref(),
            Some("plannen")
        );
    }
}
