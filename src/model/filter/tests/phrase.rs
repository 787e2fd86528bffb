//! The phrase clause (`text has phrase "samen plannen"`) and the word
//! clauses counting words as a project does: parsed, printed, described,
//! saved and evaluated.

use crate::demo::{codebook, ids};
use crate::i18n::Language::{Dutch, English};
use crate::model::QuestionId;
use crate::model::filter::{Filter, describe, parse_filter, to_text};
use crate::words::{self, StopWordEdits, WordOptions};

fn parse(text: &str) -> Filter {
    parse_filter(text, &codebook()).unwrap_or_else(|e| panic!("{text}: {e}"))
}

fn error(text: &str) -> String {
    match parse_filter(text, &codebook()) {
        Ok(filter) => panic!("{text} parsed as {filter:?}"),
        Err(e) => e.to_string(),
    }
}

#[test]
fn the_phrase_clause_in_english_and_dutch_reads_back_as_written() {
    let plan = Filter::has_phrase("samen plannen");
    for text in [
        r#"text has phrase "samen plannen""#,
        r#"TEXT HAS PHRASE " samen plannen ""#,
        r#"tekst bevat woordpaar "samen plannen""#,
        r#"tekst heeft woordpaar "samen plannen""#,
        r#"text contains phrase "samen plannen""#,
    ] {
        assert_eq!(parse(text), plan, "{text}");
    }
    let story = Filter::HasPhrase {
        question: Some(QuestionId::new(ids::ERVARING)),
        phrase: "goed gesprek".into(),
    };
    assert_eq!(parse(r#""Ervaring" has phrase "goed gesprek""#), story);
    assert_eq!(parse(r#"ervaring bevat woordpaar "goed gesprek""#), story);
    // Printed in the spelling of `has word`, and parsed back the same.
    let codebook = codebook();
    assert_eq!(
        to_text(&plan, &codebook),
        r#"text has phrase "samen plannen""#
    );
    assert_eq!(
        to_text(&story, &codebook),
        r#""Ervaring" has phrase "goed gesprek""#
    );
    let both = parse(r#"text has phrase "samen plannen" and not text has word "plan""#);
    assert_eq!(parse(&to_text(&both, &codebook)), both);
    assert_eq!(
        (
            describe(&plan, &codebook, Dutch),
            describe(&plan, &codebook, English)
        ),
        (
            "verhaal bevat het woordpaar \"samen plannen\"".to_owned(),
            "story uses the phrase \"samen plannen\"".to_owned()
        )
    );
    assert_eq!(
        describe(&story, &codebook, Dutch),
        "Ervaring bevat het woordpaar \"goed gesprek\""
    );
}

#[test]
fn phrase_clause_mistakes_say_what_to_do() {
    assert_eq!(
        error(r#"text has phrase "samen""#),
        "column 17: \"samen\" is not a two-word phrase: has phrase looks for two adjacent words \
         (and their forms); use has word for one word and contains for a longer phrase"
    );
    assert!(error(r#"text has phrase "samen goed plannen""#).contains("not a two-word phrase"));
    assert_eq!(
        error(r#"tekst bevat woordpaar "samen. plannen""#),
        "column 23: \"samen. plannen\" is not a two-word phrase: a mark such as . ; : or ? \
         separates the two words, and phrases never run across a sentence"
    );
    assert_eq!(
        error(r#"text has phrase "was plannen""#),
        "column 17: \"was\" is a stop word, which the word index leaves out; use contains \"was\""
    );
    assert_eq!(
        error(r#"text has phrase samen"#),
        "column 17: expected a word in quotes, found \"samen\""
    );
}

#[test]
fn a_saved_phrase_clause_loads_and_old_word_clauses_still_do() {
    let plan = Filter::has_phrase("samen plannen");
    let json = serde_json::to_string(&plan).expect("serialises");
    assert_eq!(
        json,
        r#"{"has_phrase":{"question":null,"phrase":"samen plannen"}}"#
    );
    let back: Filter = serde_json::from_str(&json).expect("reads back");
    assert_eq!(back, plan);
    // As projects saved before phrases wrote a word clause.
    let old: Filter =
        serde_json::from_str(r#"{"has_word":{"question":null,"word":"plan"}}"#).expect("reads");
    assert_eq!(old, Filter::has_word("plan"));
}

/// On the demo, a phrase's selection holds the stories the word list
/// counts for it, for the phrases most stories use.
#[test]
fn a_phrase_selects_the_stories_the_word_list_counts() {
    let dataset = crate::demo::demo_dataset();
    let options = WordOptions {
        phrases: true,
        ..WordOptions::default()
    };
    let index = words::text_index(&dataset, None, &options).expect("stories");
    let list = words::word_list(&index, &dataset.all(), 5);
    assert!(list.terms.len() >= 20);
    for term in list.terms.iter().take(20) {
        let label = &term.forms[0];
        let selected = Filter::has_phrase(label.clone())
            .evaluate(&dataset)
            .expect("it evaluates");
        assert_eq!(selected.count(), term.counts.stories, "{label}");
    }
    // The planted phrase of the demo's tenth finding.
    let planned = Filter::has_phrase("haalbare doelen").evaluate(&dataset);
    assert!(planned.expect("evaluates").count() > 20);
}

/// With a project's stop words, `has word` and `has phrase` count as the
/// project's words chart does; without them, the defaults.
#[test]
fn word_clauses_count_with_the_projects_stop_words() {
    let dataset = crate::demo::demo_dataset();
    let mut edits = StopWordEdits::default();
    assert!(edits.leave_out(Dutch, "samen"));
    assert!(edits.leave_out(Dutch, "doelen"));
    assert!(edits.put_back(Dutch, "niet"));
    let project = WordOptions {
        stop_words: edits,
        ..WordOptions::default()
    };
    let count = |filter: &Filter, options: &WordOptions| {
        filter
            .evaluate_with(&dataset, options)
            .expect("it evaluates")
            .count()
    };
    let samen = Filter::has_word("samen");
    assert!(count(&samen, &WordOptions::default()) > 0);
    assert_eq!(count(&samen, &project), 0, "left out by the project");
    let niet = Filter::has_word("niet");
    let index = words::text_index(&dataset, None, &project).expect("stories");
    let counted = index.find("niet").expect("put back").stories();
    assert_eq!(count(&niet, &project), counted);
    assert!(counted > count(&niet, &WordOptions::default()));
    // A phrase with a left-out word is no phrase of the project.
    let phrase = Filter::has_phrase("haalbare doelen");
    assert!(count(&phrase, &WordOptions::default()) > 0);
    assert_eq!(count(&phrase, &project), 0);
    assert_eq!(
        samen.evaluate(&dataset).expect("evaluates").count(),
        count(&samen, &WordOptions::default()),
        "evaluate is evaluate_with the defaults"
    );
}
