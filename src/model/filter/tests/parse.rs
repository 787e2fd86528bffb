//! The filter language on valid input, and on mistakes with the exact
//! column of each.

use super::fixture;
use crate::demo::{codebook, ids};
use crate::model::filter::{Bounds, Date, Filter, Region, TriadZone, parse_filter};
use crate::model::{QuestionId, StoryId};

fn q(id: &str) -> QuestionId {
    QuestionId::new(id)
}

fn parse(text: &str) -> Filter {
    match parse_filter(text, &codebook()) {
        Ok(filter) => filter,
        Err(e) => panic!("{text}: {e}"),
    }
}

/// The error as `column N: message`.
fn error(text: &str) -> String {
    match parse_filter(text, &codebook()) {
        Ok(filter) => panic!("{text} parsed as {filter:?}"),
        Err(e) => e.to_string(),
    }
}

fn slider(min: f64, max: f64, min_exclusive: bool, max_exclusive: bool) -> Filter {
    Filter::SliderRange {
        question: q(ids::VOORBEELD),
        range: Bounds {
            min,
            max,
            min_exclusive,
            max_exclusive,
        },
    }
}

fn role(label: &str) -> Filter {
    Filter::options(ids::ROLSOORT, [label])
}

fn hope() -> Filter {
    Filter::options(ids::GEVOEL, ["hoop"])
}

#[test]
fn the_examples_of_the_design() {
    assert_eq!(
        parse(r#""Voorbeeld van goed onderwijs" >= 70 and "Uw rolsoort" = "ouder/verzorger""#),
        Filter::And(vec![
            slider(70.0, 100.0, false, false),
            role("ouder/verzorger")
        ])
    );
    assert_eq!(parse(r#""Gevoel" has "hoop""#), hope());
    assert_eq!(
        parse(r#"text contains "autisme""#),
        Filter::text_contains("autisme")
    );
    assert_eq!(
        parse(r#""Titel" contains "ruïne""#),
        Filter::TextContains {
            question: Some(q(ids::TITEL)),
            text: "ruïne".into()
        }
    );
}

#[test]
fn questions_and_options_ignore_case_and_ids_work_unquoted() {
    assert_eq!(
        parse(r#""uw ROLSOORT" = "OUDER/verzorger""#),
        role("ouder/verzorger")
    );
    assert_eq!(
        parse("voorbeeld_goed_onderwijs ≥ 70"),
        slider(70.0, 100.0, false, false)
    );
    assert_eq!(parse("gevoel HAS “hoop”"), hope());
    assert_eq!(parse(r#"Gevoel = "Hoop""#), hope());
}

#[test]
fn comparisons_on_sliders() {
    let s = |op: &str, v: &str| parse(&format!("\"Voorbeeld van goed onderwijs\" {op} {v}"));
    assert_eq!(s(">", "70"), slider(70.0, 100.0, true, false));
    assert_eq!(s("<", "30.5"), slider(0.0, 30.5, false, true));
    assert_eq!(s("<=", "30"), s("≤", "30"));
    assert_eq!(s("=", "50"), slider(50.0, 50.0, false, false));
    let not_fifty = Filter::And(vec![
        Filter::Answered {
            question: q(ids::VOORBEELD),
        },
        slider(50.0, 50.0, false, false).not(),
    ]);
    assert_eq!(s("!=", "50"), not_fifty);
    assert_eq!(s("≠", "50"), not_fifty);
    assert_eq!(s("in", "[20, 70)"), slider(20.0, 70.0, false, true));
    assert_eq!(s("in", "(20, 70]"), slider(20.0, 70.0, true, false));
}

#[test]
fn lists_dates_zones_and_presence() {
    assert_eq!(
        parse(r#""Uw rolsoort" in ("leraar", "ouder/verzorger")"#),
        Filter::options(ids::ROLSOORT, ["leraar", "ouder/verzorger"])
    );
    assert_eq!(
        parse(r#""Uw rolsoort" not in ("leraar")"#),
        Filter::NotOptions {
            question: q(ids::ROLSOORT),
            none_of: vec!["leraar".into()]
        }
    );
    assert_eq!(
        parse(r#""Uw rolsoort" != "leraar""#),
        Filter::NotOptions {
            question: q(ids::ROLSOORT),
            none_of: vec!["leraar".into()]
        }
    );
    let date = |s| Date::parse(s);
    assert_eq!(
        parse(r#"Datum >= 2019-02-01"#),
        Filter::DateRange {
            question: q(ids::DATUM),
            from: date("2019-02-01"),
            to: None
        }
    );
    assert_eq!(
        parse(r#"Datum in ["2019-01-01", 2019-02-01)"#),
        Filter::DateRange {
            question: q(ids::DATUM),
            from: date("2019-01-01"),
            to: date("2019-01-31")
        }
    );
    assert_eq!(
        parse(r#""Wie was aan zet?" in zone Top_Left"#),
        Filter::TriadZone {
            question: q(ids::WIE_AAN_ZET),
            zone: TriadZone::TopLeft
        }
    );
    assert_eq!(
        parse(r#""Wie was aan zet?" in polygon ((1, 0, 0), (0.5, 0.5, 0), (0.5, 0, 0.5))"#),
        Filter::TriadPolygon {
            question: q(ids::WIE_AAN_ZET),
            polygon: vec![[1.0, 0.0, 0.0], [0.5, 0.5, 0.0], [0.5, 0.0, 0.5]],
        }
    );
    assert_eq!(
        parse("regio is missing"),
        Filter::Missing {
            question: q(ids::REGIO)
        }
    );
    assert_eq!(
        parse("regio is answered"),
        Filter::Answered {
            question: q(ids::REGIO)
        }
    );
    assert_eq!(
        parse("regio is not applicable"),
        Filter::NotApplicable {
            question: q(ids::REGIO)
        }
    );
    assert_eq!(
        parse(r#"story in ("V0001", "V0002")"#),
        Filter::StoryIds(vec![StoryId("V0001".into()), StoryId("V0002".into())])
    );
    assert_eq!(parse("ALL"), Filter::All);
}

#[test]
fn precedence_parentheses_and_dutch_words() {
    let (a, b, c) = (hope(), role("leraar"), slider(70.0, 100.0, false, false));
    let texts = [
        r#"gevoel has "hoop""#,
        r#"rolsoort = "leraar""#,
        "voorbeeld_goed_onderwijs >= 70",
    ];
    let [ta, tb, tc] = texts;
    assert_eq!(
        parse(&format!("{ta} or {tb} and not {tc}")),
        Filter::Or(vec![
            a.clone(),
            Filter::And(vec![b.clone(), c.clone().not()])
        ])
    );
    assert_eq!(
        parse(&format!("({ta} or {tb}) and {tc}")),
        Filter::And(vec![Filter::Or(vec![a.clone(), b.clone()]), c.clone()])
    );
    assert_eq!(
        parse(&format!("{ta} en {tb} of niet ({tc})")),
        Filter::Or(vec![
            Filter::And(vec![a.clone(), b.clone()]),
            c.clone().not()
        ])
    );
    assert_eq!(
        parse(&format!("not not {ta} and {tb} and {tc}")),
        Filter::And(vec![a.not().not(), b, c])
    );
}

#[test]
fn mistakes_point_at_their_column() {
    // (filter, message): the design's example first, with the quotes
    // around the option forgotten.
    let cases = [
        (
            r#""Voorbeeld van goed onderwijs" >= 70 and "Uw rolsoort" = ouder"#,
            "column 58: expected an option in quotes after =, found \"ouder\"",
        ),
        (
            r#""Voorbeld" >= 70"#,
            "column 1: unknown question \"Voorbeld\": check its spelling against the list of \
             questions",
        ),
        (
            r#"gevoel has "hoop" and "Uw rolsoort" = "oudr""#,
            "column 39: question \"Uw rolsoort\" has no option \"oudr\"; its options are \
             ouder/verzorger, leerling/jongere, leraar, intern begeleider/zorgcoördinator, \
             schooldirectie, professional buiten de school",
        ),
        (
            r#""Gevoel" has "hoop"#,
            "column 14: missing closing quote for \"hoop: add a \" after it",
        ),
        (
            r#""Gevoel" has "hoop" and"#,
            "column 24: expected a condition after and, found the end of the filter",
        ),
        (
            r#"("Gevoel" has "hoop""#,
            "column 21: expected ) to close the ( at column 1, found the end of the filter",
        ),
        (
            r#""Gevoel" has "hoop")"#,
            "column 20: unexpected \")\": remove it or add a \"(\" before it",
        ),
        (
            r#""Uw rolsoort" >= "leraar""#,
            "column 15: operator >= is not allowed for single choice question \"Uw rolsoort\"; \
             use = or !=",
        ),
        (
            r#""Ervaring" = "x""#,
            "column 12: operator = is not allowed for text question \"Ervaring\"; use contains",
        ),
        (
            r#""Voorbeeld van goed onderwijs" has "x""#,
            "column 32: has is not allowed for slider question \"Voorbeeld van goed onderwijs\"; \
             use =, != or in",
        ),
        (
            "voorbeeld_goed_onderwijs >= 150",
            "column 29: a slider runs from 0 to 100, found 150",
        ),
        (
            "voorbeeld_goed_onderwijs >= \"70\"",
            "column 29: expected a number after >=, found \"70\"",
        ),
        (
            "   ",
            "column 1: the filter is empty: type a condition, or all for every story",
        ),
        (
            r#"gevoel has "hoop" regio is missing"#,
            "column 19: expected and, or, or the end of the filter, found \"regio\"",
        ),
        (
            "gevoel",
            "column 7: expected an operator, has, contains, in or is after \"gevoel\", found the \
             end of the filter",
        ),
        (
            "and gevoel is missing",
            "column 1: expected a question, text, not, or (, found \"and\"",
        ),
        (
            "datum >= 2019-02-30",
            "column 10: \"2019-02-30\" is not a date like 2019-03-31",
        ),
    ];
    for (text, message) in cases {
        assert_eq!(error(text), message, "{text}");
    }
    // A zone that does not exist: the column of its name.
    assert_eq!(
        error("wie_aan_zet in zone middle").split(':').next(),
        Some("column 21")
    );
}

#[test]
fn numbers_stones_and_open_intervals() {
    let codebook = fixture::codebook();
    let parse = |text: &str| parse_filter(text, &codebook);
    assert_eq!(
        parse(r#""Aantal kinderen" in (-inf, 3]"#),
        Ok(Filter::NumberRange {
            question: q("getal"),
            range: Bounds {
                min_exclusive: true,
                ..Bounds::inclusive(None, Some(3.0))
            },
        })
    );
    assert_eq!(
        parse("getal > -1.5"),
        Ok(Filter::NumberRange {
            question: q("getal"),
            range: Bounds {
                min_exclusive: true,
                ..Bounds::inclusive(Some(-1.5), None)
            },
        })
    );
    assert_eq!(
        parse(r#"plek stone "KIND" in x [0.1, 0.5] y [0, 1]"#),
        Ok(Filter::StonesRegion {
            question: q("plek"),
            stone: "kind".into(),
            region: Region {
                x_min: 0.1,
                x_max: 0.5,
                ..Region::CANVAS
            },
        })
    );
    assert_eq!(
        parse(r#"plek stone "kind" in x (0.1, 0.5] y [0, 1]"#).map_err(|e| e.to_string()),
        Err("column 24: a stone region includes its edges; use [ and ]".into())
    );
    assert_eq!(
        parse(r#"plek stone "juf" in x [0, 1] y [0, 1]"#).map_err(|e| e.column),
        Err(12)
    );
}

#[test]
fn a_quoted_date_after_a_round_bracket_opens_an_interval() {
    assert_eq!(
        parse(r#"datum in ("2019-01-01", inf)"#),
        Filter::DateRange {
            question: q(ids::DATUM),
            from: Date::parse("2019-01-02"),
            to: None
        }
    );
    assert_eq!(
        error(r#"datum in ("gisteren", inf)"#),
        "column 11: expected a number, a date or -inf, found \"gisteren\""
    );
}

#[test]
fn the_word_clause_in_english_and_dutch() {
    let plan = Filter::has_word("plan");
    assert_eq!(parse(r#"text has word "plan""#), plan);
    assert_eq!(parse(r#"TEXT HAS WORD " plan ""#), plan);
    assert_eq!(parse(r#"tekst bevat woord "plan""#), plan);
    assert_eq!(parse(r#"tekst heeft woord "plan""#), plan);
    assert_eq!(parse(r#"text contains word "plan""#), plan);
    // `text contains "word"` is still a search for the letters "word".
    assert_eq!(
        parse(r#"text contains "word""#),
        Filter::text_contains("word")
    );
    let story = Filter::HasWord {
        question: Some(q(ids::ERVARING)),
        word: "gesprek".into(),
    };
    assert_eq!(parse(r#""Ervaring" has word "gesprek""#), story);
    assert_eq!(parse(r#"ervaring bevat woord "gesprek""#), story);
    assert_eq!(
        parse(r#"niet tekst bevat woord "plan" en "Gevoel" heeft "hoop""#),
        Filter::And(vec![plan.not(), hope()])
    );
}

#[test]
fn word_clause_mistakes_say_what_to_do() {
    assert_eq!(
        error(r#"text has "plan""#),
        "column 10: expected word after has, as in text has word \"plan\", found \"plan\""
    );
    assert_eq!(
        error(r#"text has word plan"#),
        "column 15: expected a word in quotes, found \"plan\""
    );
    assert_eq!(
        error(r#"text has word "goed onderwijs""#),
        "column 15: \"goed onderwijs\" is not one word: has word looks for one word (and its \
         forms); use contains for a phrase"
    );
    assert_eq!(
        error(r#"tekst bevat woord "was""#),
        "column 19: \"was\" is a stop word, which the word index leaves out; use contains \"was\""
    );
    assert_eq!(
        error(r#""Gevoel" has word "hoop""#),
        "column 14: expected an option in quotes after has, found \"word\""
    );
    assert_eq!(
        error(r#"text "plan""#),
        "column 6: expected contains or has word after text, found \"plan\""
    );
}
