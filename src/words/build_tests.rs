//! Tests of phrases in the word index, on a tiny hand-made dataset.

use crate::model::Selection;
use crate::words::{WordIndex, WordOptions, word_list};

const TEXTS: [&str; 4] = [
    "De ouders en de juf gingen samen plannen. Plannen samen werkt.",
    "Samen plannen met de school, samen plannen!",
    "Samen. Plannen!",
    "The teachers planned together.",
];

fn postings(index: &WordIndex, key: &str) -> Vec<(u32, u32)> {
    index
        .term(key)
        .map(|t| t.postings.clone())
        .unwrap_or_default()
}

#[test]
fn phrases_are_adjacent_terms_of_one_sentence_counted_per_story() {
    let options = WordOptions {
        stem: false,
        phrases: true,
        ..WordOptions::default()
    };
    let index = WordIndex::from_texts(&TEXTS, options);
    // Story 0 once (the second sentence has "plannen samen"), story 1
    // twice (the comma does not break), story 2 never (the full stop
    // does).
    assert_eq!(postings(&index, "samen plannen"), [(0, 1), (1, 2)]);
    assert_eq!(postings(&index, "plannen samen"), [(0, 1)]);
    assert_eq!(postings(&index, "school samen"), [(1, 1)]);
    assert_eq!(postings(&index, "juf gingen"), [(0, 1)]);
    assert_eq!(postings(&index, "teachers planned"), [(3, 1)]);
    // A stop word is no half of a phrase, nor a bridge over it:
    // "ouders en de juf" gives no phrase at all.
    assert!(postings(&index, "ouders juf").is_empty());
    assert!(index.terms().iter().all(|t| !t.key.starts_with("de ")));
    // Single words are still indexed, but the list ranks phrases only.
    assert_eq!(postings(&index, "samen"), [(0, 2), (1, 2), (2, 1)]);
    let all = Selection::from_rows(TEXTS.len(), 0..TEXTS.len());
    let list = word_list(&index, &all, 1);
    assert!(list.terms.iter().all(|t| t.term.contains(' ')));
    let top = &list.terms[0];
    assert_eq!(
        (
            top.term.as_str(),
            top.counts.stories,
            top.counts.occurrences
        ),
        ("samen plannen", 2, 3)
    );
    assert_eq!(list.terms.len(), 8, "{:?}", list.terms);
}

#[test]
fn a_stemmed_phrase_is_labelled_by_its_words_most_common_forms() {
    let options = WordOptions {
        phrases: true,
        ..WordOptions::default()
    };
    let index = WordIndex::from_texts(&TEXTS, options);
    let phrase = index.term("sam plann").expect("the phrase is indexed");
    assert_eq!(phrase.forms, [("samen plannen".to_owned(), 3)]);
    // "planned together" stems to "plan togeth" in English.
    assert_eq!(postings(&index, "plan togeth"), [(3, 1)]);
    let words = WordIndex::from_texts(&TEXTS, WordOptions::default());
    assert!(words.terms().iter().all(|t| !t.is_phrase()));
}
