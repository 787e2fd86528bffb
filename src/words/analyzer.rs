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

pub use super::stop_words::StopWordEdits;
use super::stop_words::standard_list;

/// How stories are cut into terms; saved with a chart (see
/// `charts::ChartOptions::words`), the stop words coming from the project.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WordOptions {
    /// Reduce words to their Snowball stem ("plannen", "planning" → "plan").
    pub stem: bool,
    /// The project's changes to the standard stop-word lists.
    #[serde(default, skip_serializing_if = "StopWordEdits::is_empty")]
    pub stop_words: StopWordEdits,
    /// Count two-word phrases instead of single words: two adjacent words
    /// of one sentence, neither a stop word (see [`Analyzer::phrase_break`]).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub phrases: bool,
    /// Treat every story as this language instead of detecting it.
    #[serde(default)]
    pub language: Option<Language>,
}

impl WordOptions {
    /// The defaults: stemmed, standard stop words, single words.
    pub fn is_default(&self) -> bool {
        *self == Self::default()
    }
}

impl Default for WordOptions {
    fn default() -> Self {
        Self {
            stem: true,
            stop_words: StopWordEdits::default(),
            phrases: false,
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
    /// The standard stop words minus the kept ones: left out, and the
    /// signs of a story's language.
    stop: [HashSet<String>; 2],
    /// The project's left-out words, as written and as terms (stems): a
    /// left-out word leaves out every word with its stem, but does not
    /// count towards a story's language.
    left_out: [HashSet<String>; 2],
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

const LANGUAGES: [Language; 2] = [Language::Dutch, Language::English];

impl Analyzer {
    /// An analyzer cutting texts as `options` say.
    pub fn new(options: WordOptions) -> Self {
        let stop = LANGUAGES.map(|language| {
            let mut words = standard_list(language);
            for kept in options.stop_words.kept(language) {
                words.remove(&kept.to_lowercase());
            }
            words
        });
        let stemmers = [
            Stemmer::create(Algorithm::Dutch),
            Stemmer::create(Algorithm::English),
        ];
        let left_out = LANGUAGES.map(|language| {
            let mut words = HashSet::new();
            for word in options.stop_words.left_out(language) {
                let lower = word.to_lowercase();
                if options.stem {
                    words.insert(stemmers[slot(language)].stem(&lower).into_owned());
                }
                words.insert(lower);
            }
            words
        });
        Self {
            stop,
            left_out,
            stemmers,
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
    /// stop word, a left-out word (or a word with its stem) or a single
    /// letter.
    pub fn term(&self, form: &str, language: Language) -> Option<String> {
        let lower = lower(form);
        let s = slot(language);
        if lower.chars().count() < 2
            || self.stop[s].contains(lower.as_ref())
            || self.left_out[s].contains(lower.as_ref())
        {
            return None;
        }
        let term = if self.options.stem {
            self.stemmers[s].stem(&lower).into_owned()
        } else {
            lower.into_owned()
        };
        (!self.left_out[s].contains(&term)).then_some(term)
    }

    /// Whether the text between two words (`gap`) ends a sentence or
    /// clause, so the two are no phrase: `.`, `!`, `?`, `;`, `:`, `…`, a
    /// line break, a bracket or a double quote. Commas and dashes do not
    /// break a phrase, as in the bigrams of R's tidytext.
    pub fn phrase_break(gap: &str) -> bool {
        gap.chars().any(|c| {
            matches!(
                c,
                '.' | '!' | '?' | ';' | ':' | '\n' | '\r' | '(' | ')' | '"' | '…'
            )
        })
    }

    /// Whether `form` (any case) is a stop word of `language`.
    pub fn is_stop_word(&self, form: &str, language: Language) -> bool {
        self.stop[slot(language)].contains(lower(form).as_ref())
    }

    /// The stop words in use for `language`, sorted: the standard list
    /// without the kept words, with the project's left-out words.
    pub fn stop_words(&self, language: Language) -> Vec<&str> {
        let s = slot(language);
        let mut words: Vec<&str> = self.stop[s].iter().map(String::as_str).collect();
        words.extend(
            self.options
                .stop_words
                .left_out(language)
                .iter()
                .map(String::as_str),
        );
        words.sort_unstable();
        words.dedup();
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
        let mut stop_words = StopWordEdits::default();
        assert!(stop_words.leave_out(Language::Dutch, "School"));
        assert!(stop_words.put_back(Language::Dutch, "niet"));
        let options = WordOptions {
            stem: false,
            stop_words,
            ..WordOptions::default()
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

    #[test]
    fn a_sentence_or_clause_end_breaks_a_phrase() {
        assert!(!Analyzer::phrase_break(" "));
        assert!(!Analyzer::phrase_break(", "));
        assert!(!Analyzer::phrase_break(" - "));
        for gap in [". ", "! ", "?", "; ", ": ", "\n", " (", "\" "] {
            assert!(Analyzer::phrase_break(gap), "{gap:?}");
        }
    }
}
