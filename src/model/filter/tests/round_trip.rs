//! `parse_filter(to_text(f)) == f` over thousands of generated filters, on
//! the fixture's codebook (every kind of question) and on the demo's. The
//! generated filters are ones the parser accepts: intervals in order, option
//! lists not empty, polygons of three corners or more.

use super::fixture;
use crate::demo::{self, Rng};
use crate::i18n::Language;
use crate::model::filter::{
    Bounds, Date, Filter, Region, TriadZone, describe, parse_filter, to_text,
};
use crate::model::{Codebook, Question, QuestionId, QuestionKind, StoryId};

/// Text with the characters the quoting must survive.
fn text(rng: &mut Rng) -> String {
    const POOL: [&str; 12] = [
        "a", "é", " ", "\"", "\\", "“", "”", "{q}", "and", "(", "ĳ", "7",
    ];
    (0..rng.below(6))
        .map(|_| POOL[rng.below(POOL.len())])
        .collect()
}

/// One word that the word clause takes (no stop word, one word).
fn word(rng: &mut Rng) -> String {
    const WORDS: [&str; 6] = ["plan", "Gesprekken", "école", "naïef", "kind's", "ĳverig"];
    WORDS[rng.below(WORDS.len())].to_owned()
}

fn pick<'a>(rng: &mut Rng, items: &'a [String]) -> &'a String {
    &items[rng.below(items.len())]
}

/// One to three options: the parser refuses an empty list.
fn labels(rng: &mut Rng, options: &[String]) -> Vec<String> {
    (0..1 + rng.below(3))
        .map(|_| pick(rng, options).clone())
        .collect()
}

fn bound(rng: &mut Rng) -> Option<f64> {
    (rng.below(4) > 0).then(|| (rng.unit() * 200.0 - 100.0) * [1.0, 1e-6, 1e6][rng.below(3)])
}

/// `(a, b)` in order: the parser refuses a reversed interval.
fn ordered<T: PartialOrd>(a: T, b: T) -> (T, T) {
    if a > b { (b, a) } else { (a, b) }
}

/// Two optional bounds, in order where both are given.
fn ordered_bounds<T: PartialOrd>(a: Option<T>, b: Option<T>) -> (Option<T>, Option<T>) {
    match (a, b) {
        (Some(a), Some(b)) => {
            let (a, b) = ordered(a, b);
            (Some(a), Some(b))
        }
        other => other,
    }
}

fn slider_value(rng: &mut Rng) -> f64 {
    if rng.below(2) == 0 {
        rng.below(101) as f64
    } else {
        rng.unit() * 100.0
    }
}

/// A slider range, its ends often at the scale's ends.
fn slider_range(rng: &mut Rng, id: QuestionId) -> Filter {
    let (a, b) = (slider_value(rng), slider_value(rng));
    let ends = [0.0, 100.0, a];
    let min = if rng.below(3) == 0 {
        ends[rng.below(3)]
    } else {
        a.min(b)
    };
    let max = if rng.below(3) == 0 {
        ends[rng.below(3)]
    } else {
        a.max(b)
    };
    let (min, max) = ordered(min, max);
    Filter::SliderRange {
        question: id,
        range: Bounds {
            min,
            max,
            min_exclusive: rng.below(3) == 0,
            max_exclusive: rng.below(3) == 0,
        },
    }
}

/// A stones region: x from two random ends, y from a random end to the top.
fn region(rng: &mut Rng) -> Region {
    let (x_min, x_max) = ordered(rng.unit(), rng.unit());
    Region {
        x_min,
        x_max,
        y_min: rng.unit(),
        y_max: 1.0,
    }
}

/// `has word` or `has phrase` on `question` (the story with `None`), or
/// `None` for a `contains` instead (half the time).
fn word_clause(rng: &mut Rng, question: Option<QuestionId>) -> Option<Filter> {
    match rng.below(4) {
        0 => Some(Filter::HasWord {
            question,
            word: word(rng),
        }),
        1 => Some(Filter::HasPhrase {
            question,
            phrase: format!("{}, {}", word(rng), word(rng)),
        }),
        _ => None,
    }
}

fn leaf(rng: &mut Rng, codebook: &Codebook) -> Filter {
    let question: &Question = &codebook.questions[rng.below(codebook.questions.len())];
    let id = question.id.clone();
    match rng.below(8) {
        0 => return Filter::All,
        1 => {
            let ids = (0..rng.below(4)).map(|_| StoryId(text(rng))).collect();
            return Filter::StoryIds(ids);
        }
        2 => {
            return word_clause(rng, None).unwrap_or_else(|| Filter::TextContains {
                question: None,
                text: text(rng),
            });
        }
        3 => {
            return match rng.below(3) {
                0 => Filter::Answered { question: id },
                1 => Filter::Missing { question: id },
                _ => Filter::NotApplicable { question: id },
            };
        }
        _ => {}
    }
    let flag = |rng: &mut Rng| rng.below(3) == 0;
    match &question.kind {
        QuestionKind::SingleChoice { options, .. } | QuestionKind::MultiChoice { options } => {
            if rng.below(2) == 0 {
                Filter::Options {
                    question: id,
                    any_of: labels(rng, options),
                }
            } else {
                Filter::NotOptions {
                    question: id,
                    none_of: labels(rng, options),
                }
            }
        }
        QuestionKind::Slider { .. } => slider_range(rng, id),
        QuestionKind::Number => {
            let (min, max) = ordered_bounds(bound(rng), bound(rng));
            Filter::NumberRange {
                question: id,
                range: Bounds {
                    min,
                    max,
                    min_exclusive: flag(rng),
                    max_exclusive: flag(rng),
                },
            }
        }
        QuestionKind::Date => {
            let mut day =
                || (rng.below(3) > 0).then(|| Date::from_days(rng.below(40_000) as i64 - 5_000));
            let (from, to) = (day(), day());
            let (from, to) = ordered_bounds(from.map(|d| d.days), to.map(|d| d.days));
            Filter::DateRange {
                question: id,
                from: from.map(Date::from_days),
                to: to.map(Date::from_days),
            }
        }
        QuestionKind::Triad { .. } if rng.below(2) == 0 => Filter::TriadZone {
            question: id,
            zone: TriadZone::ALL[rng.below(7)],
        },
        QuestionKind::Triad { .. } => {
            let polygon = (0..3 + rng.below(3))
                .map(|_| [rng.unit(), rng.unit(), rng.unit() - 0.5])
                .collect();
            Filter::TriadPolygon {
                question: id,
                polygon,
            }
        }
        QuestionKind::Stones { stones, .. } => Filter::StonesRegion {
            question: id,
            stone: pick(rng, stones).clone(),
            region: region(rng),
        },
        QuestionKind::Text { .. } => {
            word_clause(rng, Some(id.clone())).unwrap_or_else(|| Filter::TextContains {
                question: Some(id),
                text: text(rng),
            })
        }
        QuestionKind::Id => Filter::TextContains {
            question: Some(id),
            text: text(rng),
        },
    }
}

fn generate(rng: &mut Rng, codebook: &Codebook, depth: usize) -> Filter {
    if depth == 0 || rng.below(3) == 0 {
        return leaf(rng, codebook);
    }
    let children = |rng: &mut Rng| {
        (0..2 + rng.below(3))
            .map(|_| generate(rng, codebook, depth - 1))
            .collect()
    };
    match rng.below(3) {
        0 => Filter::And(children(rng)),
        1 => Filter::Or(children(rng)),
        _ => generate(rng, codebook, depth - 1).not(),
    }
}

fn assert_round_trips(codebook: &Codebook, seed: u64, count: usize) {
    let mut rng = Rng::new(seed);
    for _ in 0..count {
        let filter = generate(&mut rng, codebook, 4);
        let text = to_text(&filter, codebook);
        match parse_filter(&text, codebook) {
            Ok(back) => assert_eq!(back, filter, "{text}"),
            Err(e) => panic!("{text}\n{e}\n{filter:?}"),
        }
        // Through a JSON value: serde_json's text parser without its
        // `float_roundtrip` feature may be one ulp off on long decimals.
        let json = serde_json::to_value(&filter).unwrap();
        let back: Filter = serde_json::from_value(json.clone()).unwrap();
        assert_eq!(back, filter, "{json}");
        for language in Language::ALL {
            assert!(!describe(&filter, codebook, language).is_empty());
        }
    }
}

#[test]
fn generated_filters_round_trip_through_text_and_json() {
    assert_round_trips(&fixture::codebook(), 1, 3000);
    assert_round_trips(&demo::codebook(), 2, 3000);
}

#[test]
fn a_title_that_is_another_question_s_id_is_written_as_the_id() {
    let codebook = Codebook {
        questions: vec![
            Question::new("a", "b", QuestionKind::Number),
            Question::new("b", "c", QuestionKind::Number),
        ],
    };
    let filter = Filter::number_range("a", Some(1.0), None);
    assert_eq!(to_text(&filter, &codebook), "\"a\" >= 1");
    assert_eq!(parse_filter("\"a\" >= 1", &codebook), Ok(filter));
}

#[test]
fn json_is_readable_and_stable() {
    let filter = Filter::And(vec![
        Filter::slider_at_least("voorbeeld", 70.0),
        Filter::options("rol", ["ouder/verzorger"]),
        Filter::DateRange {
            question: QuestionId::new("datum"),
            from: Date::parse("2019-02-01"),
            to: None,
        },
        Filter::TriadZone {
            question: QuestionId::new("wie"),
            zone: TriadZone::TopLeft,
        },
        Filter::text_contains("autisme").not(),
        Filter::All,
    ]);
    let json = serde_json::to_string(&filter).unwrap();
    assert_eq!(
        json,
        r#"{"and":[{"slider_range":{"question":"voorbeeld","min":70.0,"max":100.0}},{"options":{"question":"rol","any_of":["ouder/verzorger"]}},{"date_range":{"question":"datum","from":"2019-02-01","to":null}},{"triad_zone":{"question":"wie","zone":"top_left"}},{"not":{"text_contains":{"question":null,"text":"autisme"}}},"all"]}"#
    );
}

/// `Bounds` and `Region` are flattened into their variant: the JSON is the
/// one project files have always held, with the four fields in the variant.
#[test]
fn ranges_and_regions_keep_their_flat_json() {
    let filter = Filter::Or(vec![
        Filter::NumberRange {
            question: QuestionId::new("getal"),
            range: Bounds {
                min_exclusive: true,
                ..Bounds::inclusive(None, Some(3.0))
            },
        },
        Filter::StonesRegion {
            question: QuestionId::new("plek"),
            stone: "kind".into(),
            region: Region {
                x_min: 0.1,
                x_max: 0.5,
                ..Region::CANVAS
            },
        },
    ]);
    let json = r#"{"or":[{"number_range":{"question":"getal","min":null,"max":3.0,"min_exclusive":true}},{"stones_region":{"question":"plek","stone":"kind","x_min":0.1,"x_max":0.5,"y_min":0.0,"y_max":1.0}}]}"#;
    assert_eq!(serde_json::to_string(&filter).unwrap(), json);
    assert_eq!(serde_json::from_str::<Filter>(json).unwrap(), filter);
    // Written by hand or by an older version: whole numbers, flags absent.
    let old = r#"{"slider_range":{"question":"voorbeeld","min":70,"max":100}}"#;
    assert_eq!(
        serde_json::from_str::<Filter>(old).unwrap(),
        Filter::slider_at_least("voorbeeld", 70.0)
    );
}
