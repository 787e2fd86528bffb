//! Every filter kind on the fixture, and counts on the demo checked against
//! plain loops over its columns.

use super::fixture::{self, N};
use crate::demo::{self, ids};
use crate::model::filter::{Bounds, Date, Filter, FilterError, Region, TriadZone, zone_of};
use crate::model::{Column, Dataset, QuestionId, StoryId, TextRole};

fn q(id: &str) -> QuestionId {
    QuestionId::new(id)
}

fn rows(filter: &Filter) -> Vec<usize> {
    rows_in(&fixture::dataset(), filter)
}

fn rows_in(dataset: &Dataset, filter: &Filter) -> Vec<usize> {
    match filter.evaluate(dataset) {
        Ok(selection) => selection.iter().collect(),
        Err(e) => panic!("{filter:?}: {e}"),
    }
}

fn slider(min: f64, max: f64, min_exclusive: bool, max_exclusive: bool) -> Filter {
    Filter::SliderRange {
        question: q("voorbeeld"),
        range: Bounds {
            min,
            max,
            min_exclusive,
            max_exclusive,
        },
    }
}

fn number(min: Option<f64>, max: Option<f64>, max_exclusive: bool) -> Filter {
    Filter::NumberRange {
        question: q("getal"),
        range: Bounds {
            max_exclusive,
            ..Bounds::inclusive(min, max)
        },
    }
}

fn dates(from: &str, to: &str) -> Filter {
    Filter::DateRange {
        question: q("datum"),
        from: Date::parse(from),
        to: Date::parse(to),
    }
}

#[test]
fn single_choice_options() {
    assert_eq!(rows(&Filter::All), (0..N).collect::<Vec<_>>());
    assert_eq!(rows(&Filter::options("rol", ["ouder/verzorger"])), [0, 5]);
    assert_eq!(
        rows(&Filter::options("rol", ["OUDER/Verzorger", "leraar"])),
        [0, 1, 5]
    );
    let none_of = Filter::NotOptions {
        question: q("rol"),
        none_of: vec!["ouder/verzorger".into()],
    };
    // Missing (row 2) and not applicable (row 3) are not "not a parent".
    assert_eq!(rows(&none_of), [1, 4]);
    assert_eq!(
        rows(&Filter::options("rol", Vec::<String>::new())),
        Vec::<usize>::new()
    );
}

#[test]
fn multi_choice_options() {
    assert_eq!(rows(&Filter::options("gevoel", ["hoop"])), [0, 1]);
    assert_eq!(
        rows(&Filter::options("gevoel", ["trots", "zorgen"])),
        [1, 4]
    );
    let none_of = Filter::NotOptions {
        question: q("gevoel"),
        none_of: vec!["hoop".into()],
    };
    // Row 2 answered but chose nothing; row 3 is N/A, row 5 missing.
    assert_eq!(rows(&none_of), [2, 4]);
}

#[test]
fn slider_ranges_on_the_0_to_100_scale() {
    assert_eq!(rows(&slider(70.0, 100.0, false, false)), [0, 4]);
    // 0.57 * 100 is 56.99999999999999 in binary; it still counts as 57.
    assert_eq!(rows(&slider(57.0, 100.0, false, false)), [0, 1, 4]);
    assert_eq!(rows(&slider(57.0, 57.0, false, false)), [1]);
    assert_eq!(rows(&slider(70.0, 100.0, true, false)), [4]);
    assert_eq!(rows(&slider(0.0, 57.0, false, true)), [5]);
    assert_eq!(rows(&slider(0.0, 100.0, false, false)), [0, 1, 4, 5]);
}

#[test]
fn number_and_date_ranges() {
    assert_eq!(rows(&number(Some(0.0), None, false)), [0, 1, 4, 5]);
    assert_eq!(rows(&number(None, Some(0.0), true)), Vec::<usize>::new());
    assert_eq!(rows(&number(None, None, false)), [0, 1, 4, 5]);
    assert_eq!(rows(&number(Some(3.0), Some(10.0), false)), [0, 1]);
    assert_eq!(rows(&dates("2019-01-02", "2019-03-31")), [1, 4, 5]);
    // The whole day 2 January counts, 18:00 included.
    assert_eq!(rows(&dates("2019-01-02", "2019-01-02")), [5]);
    let open = Filter::DateRange {
        question: q("datum"),
        from: None,
        to: Date::parse("2019-01-01"),
    };
    assert_eq!(rows(&open), [0]);
}

#[test]
fn triad_zones_and_polygons() {
    let zone = |zone| Filter::TriadZone {
        question: q("wie"),
        zone,
    };
    assert_eq!(rows(&zone(TriadZone::Top)), [0]);
    assert_eq!(rows(&zone(TriadZone::TopLeft)), [1]);
    assert_eq!(rows(&zone(TriadZone::Centre)), [4]);
    assert_eq!(rows(&zone(TriadZone::Right)), [5]);
    assert_eq!(rows(&zone(TriadZone::Left)), Vec::<usize>::new());
    // Everything with a top weight above 0.45 (the polygon reaches outside
    // the triangle, which is allowed).
    let upper = Filter::TriadPolygon {
        question: q("wie"),
        polygon: vec![[1.2, -0.1, -0.1], [0.45, 0.65, -0.1], [0.45, -0.1, 0.65]],
    };
    assert_eq!(rows(&upper), [0, 1]);
    let empty = Filter::TriadPolygon {
        question: q("wie"),
        polygon: vec![],
    };
    assert_eq!(rows(&empty), Vec::<usize>::new());
}

#[test]
fn triad_polygons_hold_points_inside_and_on_their_edges_only() {
    let polygon = |corners: &[[f64; 3]]| Filter::TriadPolygon {
        question: q("wie"),
        polygon: corners.to_vec(),
    };
    // Row 0 (1, 0, 0) is a corner, row 1 (½, ½, 0) lies on the edge from
    // the top to the left corner, and the centre (row 4) lies exactly on
    // the slanted edge from the top to (0, ½, ½): all three count. Row 5
    // (0, 0.1, 0.9) is outside.
    let slanted = polygon(&[[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.5, 0.5]]);
    assert_eq!(rows(&slanted), [0, 1, 4]);
    // Moving the third corner up by 0.05 leaves the centre just outside…
    let narrower = polygon(&[[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.05, 0.5, 0.45]]);
    assert_eq!(rows(&narrower), [0, 1]);
    // …and moving it the other way takes it strictly inside.
    let wider = polygon(&[[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.4, 0.6]]);
    assert_eq!(rows(&wider), [0, 1, 4]);
    // A point on a horizontal edge (the bottom of the triangle), where the
    // even-odd rule alone cannot decide.
    let bottom = polygon(&[[0.0, 1.0, 0.0], [0.0, 0.0, 1.0], [0.2, 0.4, 0.4]]);
    assert_eq!(rows(&bottom), [5]);
    // Fewer than three corners enclose nothing, but a point on a
    // two-corner "polygon" lies on its edge.
    assert_eq!(rows(&polygon(&[[0.0, 0.2, 0.8], [0.0, 0.0, 1.0]])), [5]);
    assert_eq!(rows(&polygon(&[[0.9, 0.1, 0.0]])), Vec::<usize>::new());
}

#[test]
fn stones_text_ids_and_presence() {
    let stone = |stone: &str, max: f64| Filter::StonesRegion {
        question: q("plek"),
        stone: stone.into(),
        region: Region {
            x_min: 0.0,
            x_max: max,
            y_min: 0.0,
            y_max: max,
        },
    };
    assert_eq!(rows(&stone("kind", 0.5)), [0]);
    assert_eq!(rows(&stone("Kind", 1.0)), [0, 1, 4]);
    assert_eq!(rows(&stone("school", 1.0)), [0]);
    assert_eq!(rows(&Filter::text_contains("autisme")), [0, 4]);
    assert_eq!(rows(&Filter::text_contains("RUINE")), [0]);
    assert_eq!(rows(&Filter::text_contains("coordinator")), [2]);
    let remark = Filter::TextContains {
        question: Some(q("opmerking")),
        text: "AUTISME".into(),
    };
    assert_eq!(rows(&remark), [1]);
    let ids = Filter::StoryIds(vec![
        StoryId("S5".into()),
        StoryId("S2".into()),
        StoryId("S9".into()),
    ]);
    assert_eq!(rows(&ids), [1, 4]);
    for (question, answered, missing, not_applicable) in [
        ("voorbeeld", vec![0, 1, 4, 5], vec![2], vec![3]),
        ("rol", vec![0, 1, 4, 5], vec![2], vec![3]),
        ("gevoel", vec![0, 1, 2, 4], vec![5], vec![3]),
        ("wie", vec![0, 1, 4, 5], vec![2], vec![3]),
        ("plek", vec![0, 1, 4], vec![2, 3, 5], vec![]),
    ] {
        assert_eq!(
            rows(&Filter::Answered {
                question: q(question)
            }),
            answered,
            "{question}"
        );
        assert_eq!(
            rows(&Filter::Missing {
                question: q(question)
            }),
            missing,
            "{question}"
        );
        let na = Filter::NotApplicable {
            question: q(question),
        };
        assert_eq!(rows(&na), not_applicable, "{question}");
    }
}

#[test]
fn and_or_not() {
    let high = slider(70.0, 100.0, false, false);
    let parent = Filter::options("rol", ["ouder/verzorger"]);
    assert_eq!(rows(&Filter::And(vec![high.clone(), parent.clone()])), [0]);
    assert_eq!(
        rows(&Filter::Or(vec![high.clone(), parent.clone()])),
        [0, 4, 5]
    );
    // `not` is the complement, so it does include the unanswered.
    assert_eq!(rows(&high.clone().not()), [1, 2, 3, 5]);
    assert_eq!(rows(&Filter::And(vec![])), (0..N).collect::<Vec<_>>());
    assert_eq!(rows(&Filter::Or(vec![])), Vec::<usize>::new());
    assert_eq!(rows(&Filter::All.and(high.clone()).and(parent)), [0]);
}

/// No value condition ever selects a story that did not answer it.
#[test]
fn missing_and_not_applicable_never_match_a_value() {
    let dataset = fixture::dataset();
    let value_filters = [
        slider(0.0, 100.0, false, false),
        number(None, None, false),
        dates("1900-01-01", "2100-01-01"),
        Filter::options("rol", ["ouder/verzorger", "leraar", "leerling"]),
        Filter::NotOptions {
            question: q("rol"),
            none_of: vec![],
        },
        Filter::options("gevoel", ["hoop", "trots", "zorgen"]),
        Filter::NotOptions {
            question: q("gevoel"),
            none_of: vec!["hoop".into()],
        },
        Filter::TriadPolygon {
            question: q("wie"),
            polygon: vec![[2.0, -1.0, -1.0], [-1.0, 2.0, -1.0], [-1.0, -1.0, 2.0]],
        },
    ];
    for filter in value_filters
        .iter()
        .chain(&TriadZone::ALL.map(|zone| Filter::TriadZone {
            question: q("wie"),
            zone,
        }))
    {
        let question = filter.questions()[0].clone();
        let selected = filter.evaluate(&dataset).unwrap();
        let answered = Filter::Answered { question }.evaluate(&dataset).unwrap();
        assert_eq!(selected.and_not(&answered).count(), 0, "{filter:?}");
        // Row 3 said "not applicable" to every question.
        assert!(!selected.contains(3), "{filter:?}");
    }
}

#[test]
fn errors_name_what_is_wrong() {
    let dataset = fixture::dataset();
    let message = |f: Filter| f.evaluate(&dataset).unwrap_err().to_string();
    assert_eq!(
        message(Filter::slider_at_least("nope", 70.0)),
        "the filter refers to question \"nope\", which this dataset does not have"
    );
    assert_eq!(
        message(Filter::slider_at_least("rol", 70.0)),
        "question \"Uw rolsoort\" is a single choice question, but a slider range needs a slider question"
    );
    assert_eq!(
        message(Filter::options("rol", ["oudr"])),
        "question \"Uw rolsoort\" has no option \"oudr\""
    );
    let stone = Filter::StonesRegion {
        question: q("plek"),
        stone: "juf".into(),
        region: Region::CANVAS,
    };
    assert_eq!(message(stone), "question \"Plek\" has no stone \"juf\"");
    assert!(matches!(
        Filter::TextContains {
            question: Some(q("rol")),
            text: "x".into()
        }
        .evaluate(&dataset),
        Err(FilterError::WrongKind { .. })
    ));
    // An error deep inside a combination still surfaces.
    let nested = Filter::Or(vec![
        Filter::All,
        Filter::Not(Box::new(Filter::options("gevoel", ["x"]))),
    ]);
    assert!(nested.evaluate(&dataset).is_err());
}

fn number_values<'a>(dataset: &'a Dataset, id: &str) -> &'a [f64] {
    match dataset.question(&q(id)) {
        Some((_, Column::Number(column))) => &column.values,
        _ => panic!("{id} is not a number column"),
    }
}

/// The typical filter on the demo, each part counted by a plain loop.
#[test]
fn demo_counts_match_plain_loops() {
    let dataset = demo::demo_dataset();
    let n = dataset.len();
    let high: Vec<bool> = number_values(&dataset, ids::VOORBEELD)
        .iter()
        .map(|v| (v * 100.0).round() >= 70.0)
        .collect();
    let Some((_, Column::Single(role))) = dataset.question(&q(ids::ROLSOORT)) else {
        panic!("rolsoort")
    };
    let parent: Vec<bool> = role.codes.iter().map(|&c| c == 0).collect();
    let Some((_, Column::Multi(gevoel))) = dataset.question(&q(ids::GEVOEL)) else {
        panic!("gevoel")
    };
    let hope: Vec<bool> = (0..n).map(|row| gevoel.has(row, 1)).collect();

    let count = |f: &Filter| f.evaluate(&dataset).unwrap().count();
    let high_filter = Filter::slider_at_least(ids::VOORBEELD, 70.0);
    let parent_filter = Filter::options(ids::ROLSOORT, ["ouder/verzorger"]);
    let hope_filter = Filter::options(ids::GEVOEL, ["hoop"]);
    let expected_high = high.iter().filter(|&&b| b).count();
    assert!(
        expected_high > 100 && expected_high < n / 2,
        "{expected_high}"
    );
    assert_eq!(count(&high_filter), expected_high);
    assert_eq!(count(&parent_filter), parent.iter().filter(|&&b| b).count());
    assert_eq!(count(&hope_filter), hope.iter().filter(|&&b| b).count());
    let all_three = (0..n).filter(|&r| high[r] && parent[r] && hope[r]).count();
    assert!(all_three > 0);
    let combined = Filter::And(vec![high_filter, parent_filter, hope_filter]);
    assert_eq!(count(&combined), all_three);
    assert_eq!(
        combined
            .evaluate(&dataset)
            .unwrap()
            .iter()
            .collect::<Vec<_>>(),
        (0..n)
            .filter(|&r| high[r] && parent[r] && hope[r])
            .collect::<Vec<_>>()
    );
}

#[test]
fn demo_zones_dates_and_text() {
    let dataset = demo::demo_dataset();
    let Some((_, Column::Triad(triad))) = dataset.question(&q(ids::WIE_AAN_ZET)) else {
        panic!("wie aan zet")
    };
    let mut total = 0;
    for zone in TriadZone::ALL {
        let filter = Filter::TriadZone {
            question: q(ids::WIE_AAN_ZET),
            zone,
        };
        let count = filter.evaluate(&dataset).unwrap().count();
        let expected = (0..dataset.len())
            .filter(|&r| triad.get(r).is_some_and(|w| zone_of(w) == zone))
            .count();
        assert_eq!(count, expected, "{zone:?}");
        assert!(count > 0, "{zone:?}");
        total += count;
    }
    // Every answered triad is in exactly one zone; missing and
    // not-applicable answers are in none.
    let answered = (0..dataset.len())
        .filter(|&r| triad.get(r).is_some())
        .count();
    assert!(answered < dataset.len(), "the demo has unanswered triads");
    assert_eq!(total, answered);

    let from = Date::parse("2019-02-01").unwrap();
    let since = Filter::DateRange {
        question: q(ids::DATUM),
        from: Some(from),
        to: None,
    };
    let expected = number_values(&dataset, ids::DATUM)
        .iter()
        .filter(|&&d| d >= from.days as f64)
        .count();
    assert!(expected > 0 && expected < dataset.len());
    assert_eq!(since.evaluate(&dataset).unwrap().count(), expected);

    // Title or story holds "[naam school]" (ASCII, so plain lowercase
    // matching is the same as the filter's accent folding); any case.
    let expected = (0..dataset.len())
        .filter(|&r| {
            [TextRole::Title, TextRole::Story].iter().any(|&role| {
                dataset
                    .text(role, r)
                    .is_some_and(|t| t.to_lowercase().contains("[naam school]"))
            })
        })
        .count();
    assert!(expected > 100 && expected < dataset.len(), "{expected}");
    assert_eq!(
        Filter::text_contains("[NAAM School]")
            .evaluate(&dataset)
            .unwrap()
            .count(),
        expected
    );
}

/// `text has word` on the demo, against a plain loop over the story text
/// that stems each word as the story's language does.
#[test]
fn demo_word_clause_matches_a_plain_loop_over_the_stories() {
    use crate::words::{Analyzer, WordOptions};
    let dataset = demo::demo_dataset();
    let analyzer = Analyzer::new(WordOptions::default());
    let index = crate::words::text_index(&dataset, None, &WordOptions::default())
        .expect("the demo has stories");
    for word in ["samen", "plannen", "Haalbare", "school"] {
        let expected: Vec<usize> = (0..dataset.len())
            .filter(|&row| {
                let language = index.language_of(row);
                let wanted = analyzer.term(word, language);
                let text = dataset.text(TextRole::Story, row).unwrap_or("");
                wanted.is_some()
                    && Analyzer::words(text).any(|t| analyzer.term(t.form, language) == wanted)
            })
            .collect();
        assert!(!expected.is_empty(), "{word}");
        assert_eq!(
            rows_in(&dataset, &Filter::has_word(word)),
            expected,
            "{word}"
        );
    }
    // The clause is not `contains`: "plan" is in "planning" by letters,
    // but not a word of its own there.
    let letters = Filter::text_contains("plan").evaluate(&dataset).unwrap();
    let words = Filter::has_word("plan").evaluate(&dataset).unwrap();
    assert!(words.count() < letters.count());
}

#[test]
fn word_clause_errors() {
    let dataset = fixture::dataset();
    let on = |question: &str| Filter::HasWord {
        question: Some(q(question)),
        word: "plan".into(),
    };
    assert_eq!(
        on("rol").evaluate(&dataset).unwrap_err().to_string(),
        "question \"Uw rolsoort\" is a single choice question, but \"has word\" needs a text question"
    );
    assert!(matches!(
        on("nope").evaluate(&dataset),
        Err(FilterError::UnknownQuestion(_))
    ));
}
