//! Tests of phrase occurrences: keywords in context and the stories of a
//! phrase are exactly what the index counted.

use std::collections::BTreeSet;

use super::*;
use crate::words::{KwicOrder, WordOptions, kwic};

/// Traps for a phrase's occurrences, one per story.
const TRAPS: [&str; 9] = [
    // 0: two inflections that stem together ("goed gesprek"), twice.
    "We hadden een goed gesprek. Daarna volgden goede gesprekken met de juf.",
    // 1: a full stop between the words: no phrase.
    "Het was goed. Gesprekken kwamen later.",
    // 2: a stop word between the words: no phrase.
    "Het was goed en een gesprek volgde.",
    // 3: a comma and a number do not break it, a bracket does.
    "Goed, gesprek; goed 12 gesprek en (goed) gesprek.",
    // 4: capitals, and the phrase at the very start and end.
    "Goede gesprekken zijn fijn, zeker goede GESPREKKEN",
    // 5: non-ASCII forms ("ideeën"), searched without memmem.
    "Er kwamen goede ideeën en nog meer goede ideeën.",
    // 6: a line break and a colon break it.
    "Goed\ngesprek en goed: gesprek.",
    // 7: an English story (stemmed in English).
    "We had good conversations with the school.",
    // 8: the same word twice in a row.
    "Het ging heel heel goed.",
];

fn phrase_index(texts: &[&str]) -> WordIndex {
    let options = WordOptions {
        phrases: true,
        ..WordOptions::default()
    };
    WordIndex::from_texts(texts, options)
}

/// For every phrase of `index`: one line per occurrence counted, the
/// stories of the lines are the term's stories, and each line's text is
/// the story's.
fn check_lines<'t>(index: &WordIndex, terms: &[&Term], text_of: impl Fn(usize) -> &'t str + Copy) {
    for term in terms {
        let lines = kwic(index, term, None, text_of, KwicOrder::Story);
        assert_eq!(lines.len() as u64, term.occurrences(), "{}", term.key);
        let rows: BTreeSet<usize> = lines.iter().map(|l| l.row).collect();
        let counted: BTreeSet<usize> = term.postings.iter().map(|&(r, _)| r as usize).collect();
        assert_eq!(rows, counted, "{}", term.key);
        for line in &lines {
            assert_eq!(&text_of(line.row)[line.start..line.end], line.word);
        }
    }
}

#[test]
fn a_phrase_has_a_line_per_counted_occurrence_and_no_other() {
    let index = phrase_index(&TRAPS);
    let phrases: Vec<&Term> = index.listed_terms().collect();
    assert!(phrases.len() > 10, "{phrases:?}");
    check_lines(&index, &phrases, |row| TRAPS[row]);
    let goed = index
        .term("goed gesprek")
        .expect("goed gesprek is a phrase");
    // Story 0 twice, 3 twice (comma, number), 4 twice; not 1, 2 or 6.
    assert_eq!(goed.postings, [(0, 2), (3, 2), (4, 2)]);
    let lines = kwic(&index, goed, None, |row| TRAPS[row], KwicOrder::Story);
    let words: Vec<&str> = lines.iter().map(|l| l.word.as_str()).collect();
    assert_eq!(
        words,
        [
            "goed gesprek",
            "goede gesprekken",
            "Goed, gesprek",
            "goed 12 gesprek",
            "Goede gesprekken",
            "goede GESPREKKEN"
        ]
    );
    assert_eq!(lines[2].left, "");
    assert_eq!(lines[2].right, "; goed 12 gesprek en (goed) gesprek.");
    // Non-ASCII forms, an English phrase, a word repeated.
    let ideas = index.find_phrase("goed idee\u{eb}n").expect("goede ideeën");
    assert_eq!(ideas.postings, [(5, 2)]);
    let english = index
        .find_phrase("good conversation")
        .expect("good conversations");
    assert_eq!(english.postings, [(7, 1)]);
    let twice = index.find_phrase("heel heel").expect("heel heel");
    assert_eq!(twice.postings, [(8, 1)]);
    // Lines sort by their neighbours like a word's.
    let right = kwic(&index, goed, None, |row| TRAPS[row], KwicOrder::Right);
    assert_eq!(right.len(), lines.len());
    assert_eq!(right[0].word, "goede GESPREKKEN", "nothing after it");
}

#[test]
fn the_stories_of_a_phrase_are_those_of_its_term_in_their_language() {
    let index = phrase_index(&TRAPS);
    let rows = |text: &str| index.stories_with_phrase(text).iter().collect::<Vec<_>>();
    assert_eq!(rows("goede gesprekken"), [0, 3, 4]);
    assert_eq!(rows("Goed gesprek"), [0, 3, 4]);
    assert_eq!(rows("good conversation"), [7]);
    assert!(rows("gesprek goed").is_empty(), "no such phrase");
    assert!(rows("goed").is_empty(), "one word is no phrase");
    // An index without phrases holds none.
    let words = WordIndex::from_texts(&TRAPS, WordOptions::default());
    assert_eq!(words.stories_with_phrase("goed gesprek").count(), 0);
    assert!(words.find_phrase("goed gesprek").is_none());
}

#[test]
fn only_two_words_that_can_make_a_phrase_are_a_phrase() {
    assert_eq!(check_phrase("samen plannen"), Ok(()));
    assert_eq!(check_phrase(" Samen, plannen "), Ok(()));
    assert_eq!(check_phrase("samen"), Err(NotAPhrase::NotTwoWords));
    assert_eq!(
        check_phrase("samen goed plannen"),
        Err(NotAPhrase::NotTwoWords)
    );
    assert_eq!(check_phrase("samen. plannen"), Err(NotAPhrase::Broken));
    assert_eq!(
        check_phrase("was plannen"),
        Err(NotAPhrase::StopWord("was".into()))
    );
}

/// On the demo, the 300 phrases most stories use and every 50th other:
/// one line per occurrence the index counted, in the stories it counted,
/// and `has phrase` with the phrase's label selects those stories.
#[test]
fn every_occurrence_of_the_demos_phrases_is_found() {
    let dataset = crate::demo::demo_dataset();
    let options = WordOptions {
        phrases: true,
        ..WordOptions::default()
    };
    let index = crate::words::text_index(&dataset, None, &options).expect("the demo has stories");
    let mut terms: Vec<&Term> = index.listed_terms().collect();
    terms.sort_by_key(|t| (std::cmp::Reverse(t.stories()), t.key.clone()));
    let picked: Vec<&Term> = terms
        .iter()
        .enumerate()
        .filter(|(i, _)| *i < 300 || i % 50 == 0)
        .map(|(_, t)| *t)
        .collect();
    let text_of = |row| {
        dataset
            .text(crate::model::TextRole::Story, row)
            .unwrap_or("")
    };
    check_lines(&index, &picked, text_of);
    for term in picked.iter().take(300) {
        let label = &term.forms[0].0;
        assert_eq!(
            index.find_phrase(label).map(|t| &t.key),
            Some(&term.key),
            "{label}"
        );
        let stories = index.stories_with_phrase(label);
        assert_eq!(stories.count(), term.stories(), "{label}");
    }
}
