//! One-line descriptions in Dutch and English.

use super::fixture;
use crate::demo::{codebook, ids};
use crate::i18n::Language::{Dutch, English};
use crate::model::filter::{Date, Filter, TriadZone, describe, parse_filter};
use crate::model::{QuestionId, StoryId};

/// The description of a filter written in the filter language.
fn both(text: &str) -> (String, String) {
    let codebook = codebook();
    let filter = parse_filter(text, &codebook).unwrap_or_else(|e| panic!("{text}: {e}"));
    (
        describe(&filter, &codebook, Dutch),
        describe(&filter, &codebook, English),
    )
}

fn pair(nl: &str, en: &str) -> (String, String) {
    (nl.to_owned(), en.to_owned())
}

#[test]
fn the_examples_of_the_design() {
    assert_eq!(
        both(r#""Voorbeeld van goed onderwijs" >= 70 and "Uw rolsoort" = "ouder/verzorger""#),
        pair(
            "Voorbeeld van goed onderwijs ≥ 70 en Uw rolsoort = ouder/verzorger",
            "Voorbeeld van goed onderwijs ≥ 70 and Uw rolsoort = ouder/verzorger"
        )
    );
    assert_eq!(
        both(r#"gevoel has "hoop""#),
        pair("Gevoel heeft hoop", "Gevoel has hoop")
    );
    assert_eq!(
        both(r#"text contains "autisme""#),
        pair("tekst bevat \"autisme\"", "text contains \"autisme\"")
    );
}

#[test]
fn parentheses_only_where_needed() {
    let (a, b, c) = (
        r#"gevoel has "hoop""#,
        "regio is missing",
        "rolsoort != \"leraar\"",
    );
    assert_eq!(
        both(&format!("({a} or {b}) and {c}")).0,
        "(Gevoel heeft hoop of Regio ontbreekt) en Uw rolsoort ≠ leraar"
    );
    assert_eq!(
        both(&format!("{a} and {b} or {c}")).1,
        "Gevoel has hoop and Regio is missing or Uw rolsoort ≠ leraar"
    );
    assert_eq!(
        both(&format!("{a} and ({b} and {c})")).1,
        "Gevoel has hoop and Regio is missing and Uw rolsoort ≠ leraar"
    );
    assert_eq!(
        both(&format!("not ({a} or {b})")),
        pair(
            "niet (Gevoel heeft hoop of Regio ontbreekt)",
            "not (Gevoel has hoop or Regio is missing)"
        )
    );
    assert_eq!(both(&format!("not {a}")).0, "niet Gevoel heeft hoop");
}

#[test]
fn ranges_lists_and_the_rest() {
    let v = "voorbeeld_goed_onderwijs";
    assert_eq!(
        both(&format!("{v} in [20, 72.5)")).0,
        "20 ≤ Voorbeeld van goed onderwijs < 72,5"
    );
    assert_eq!(
        both(&format!("{v} > 72.5")).1,
        "Voorbeeld van goed onderwijs > 72.5"
    );
    assert_eq!(
        both(&format!("{v} <= 30")).1,
        "Voorbeeld van goed onderwijs ≤ 30"
    );
    assert_eq!(
        both(&format!("{v} != 50")).0,
        "Voorbeeld van goed onderwijs ≠ 50"
    );
    assert_eq!(
        both(&format!("{v} in [0, 100]")).1,
        "Voorbeeld van goed onderwijs is answered"
    );
    assert_eq!(
        both(r#"rolsoort in ("leraar", "schooldirectie")"#),
        pair(
            "Uw rolsoort is een van (leraar, schooldirectie)",
            "Uw rolsoort is one of (leraar, schooldirectie)"
        )
    );
    assert_eq!(
        both(r#"gevoel not in ("hoop", "trots")"#),
        pair(
            "Gevoel heeft geen van (hoop, trots)",
            "Gevoel has none of (hoop, trots)"
        )
    );
    assert_eq!(both(r#"gevoel != "hoop""#).0, "Gevoel heeft geen hoop");
    assert_eq!(
        both("datum in [2019-01-01, 2019-01-31]").1,
        "2019-01-01 ≤ Datum ≤ 2019-01-31"
    );
    assert_eq!(both("datum > 2019-01-31").1, "Datum ≥ 2019-02-01");
    assert_eq!(
        both("wie_aan_zet in zone top_left"),
        pair(
            "Wie was aan zet? in zone ‘tussen het kind en de school’",
            "Wie was aan zet? in zone ‘between het kind and de school’"
        )
    );
    assert_eq!(
        both("wie_aan_zet in polygon ((1, 0, 0), (0, 1, 0), (0, 0, 1))").1,
        "Wie was aan zet? inside a drawn area (3 points)"
    );
    assert_eq!(
        both(r#""Titel" contains "school""#).0,
        "Titel bevat \"school\""
    );
    assert_eq!(
        both(r#"story in ("V0001", "V0002")"#).1,
        "stories V0001, V0002"
    );
    assert_eq!(
        both("regio is not applicable").0,
        "Regio is niet van toepassing"
    );
    assert_eq!(both("all"), pair("alle verhalen", "all stories"));
}

#[test]
fn many_stories_stones_and_unknown_questions() {
    let codebook = fixture::codebook();
    let story_ids: Vec<StoryId> = (0..1200).map(|i| StoryId(format!("S{i}"))).collect();
    assert_eq!(
        describe(&Filter::StoryIds(story_ids), &codebook, Dutch),
        "1.200 gekozen verhalen"
    );
    let stones = parse_filter(r#"plek stone "kind" in x [0.1, 0.5] y [0, 1]"#, &codebook).unwrap();
    assert_eq!(
        describe(&stones, &codebook, Dutch),
        "Plek: steen kind op x 0,1–0,5, y 0–1"
    );
    // A question the codebook lost is shown by its id.
    let lost = Filter::TriadZone {
        question: QuestionId::new("weg"),
        zone: TriadZone::Left,
    };
    assert_eq!(
        describe(&lost, &codebook, English),
        "weg in zone ‘left corner’"
    );
    let open = Filter::DateRange {
        question: QuestionId::new(ids::DATUM),
        from: None,
        to: Date::parse("2019-01-01"),
    };
    assert_eq!(
        describe(&open, &crate::demo::codebook(), Dutch),
        "Datum ≤ 2019-01-01"
    );
    // Placeholders inside a searched text are left alone.
    let odd = Filter::text_contains("{q} en {f}");
    assert_eq!(
        describe(&odd, &codebook, Dutch),
        "tekst bevat \"{q} en {f}\""
    );
}

#[test]
fn the_word_clause() {
    assert_eq!(
        both(r#"tekst bevat woord "plannen""#),
        pair(
            "verhaal bevat het woord \"plannen\"",
            "story uses the word \"plannen\""
        )
    );
    assert_eq!(
        both(r#""Titel" has word "school""#),
        pair(
            "Titel bevat het woord \"school\"",
            "Titel uses the word \"school\""
        )
    );
}
