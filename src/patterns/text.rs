//! The plain-language line of a [`Difference`], in Dutch or English: the
//! one place the typed [`Detail`] becomes words ("more often
//! *ouder/verzorger* (38% vs 21%)"), from the strings of [`crate::i18n`].

use crate::calendar::iso_date_from_days;
use crate::i18n::{Language, fill, format_decimal};

use super::{Detail, Difference, Pole, Scale};

/// The line of `row`: how the selection differs, with the two numbers.
pub fn line(row: &Difference, language: Language) -> String {
    detail_line(&row.detail, language)
}

/// The line of a typed detail.
pub fn detail_line(detail: &Detail, language: Language) -> String {
    let strings = language.strings();
    let percent = |v: f64| share(language, v);
    match detail {
        Detail::Option {
            option,
            selection_percent,
            rest_percent,
            ..
        } => option_line(option, [*selection_percent, *rest_percent], language),
        Detail::Shift {
            scale,
            higher,
            selection_median,
            rest_median,
            poles,
        } => {
            let value = |v: f64| match scale {
                Scale::Date => iso_date_from_days(v.floor() as i64),
                Scale::Slider => format_decimal(language, v, 0),
                Scale::Number => format_decimal(language, v, 1),
            };
            let (selection, rest) = (value(*selection_median), value(*rest_median));
            let values: [(&str, &dyn std::fmt::Display); 2] =
                [("selection", &selection), ("rest", &rest)];
            // The direction is the test's (the rank-biserial r); when the
            // medians do not show it, the line gives them without one.
            let medians_agree = if *higher {
                selection_median > rest_median
            } else {
                selection_median < rest_median
            };
            if !medians_agree {
                return fill(strings.differences_medians, &values);
            }
            match (scale, higher) {
                (Scale::Slider, _) => {
                    let pole = &poles[usize::from(*higher)];
                    let mut with_pole = values.to_vec();
                    with_pole.push(("pole", pole));
                    fill(strings.differences_towards, &with_pole)
                }
                (Scale::Date, true) => fill(strings.differences_later, &values),
                (Scale::Date, false) => fill(strings.differences_earlier, &values),
                (Scale::Number, true) => fill(strings.differences_higher, &values),
                (Scale::Number, false) => fill(strings.differences_lower, &values),
            }
        }
        Detail::Triad {
            corners,
            selection_mean,
            rest_mean,
            corner,
            ..
        } => {
            let k = (*corner).min(2);
            fill(
                strings.differences_triad,
                &[
                    ("corner", &corners[k]),
                    ("selection", &percent(100.0 * selection_mean[k])),
                    ("rest", &percent(100.0 * rest_mean[k])),
                ],
            )
        }
        Detail::Words {
            word,
            selection_percent,
            rest_percent,
            over_used,
            ..
        } => words_line(
            word,
            [*selection_percent, *rest_percent],
            over_used,
            language,
        ),
        Detail::Stone {
            stone,
            poles,
            towards,
            selection_median,
            rest_median,
            ..
        } => fill(
            strings.differences_stone,
            &[
                ("stone", stone),
                ("pole", &poles[usize::from(*towards == Pole::Right)]),
                ("selection", &format_decimal(language, *selection_median, 2)),
                ("rest", &format_decimal(language, *rest_median, 2)),
            ],
        ),
    }
}

/// A share in whole percent, or with one decimal below 1 % so that a
/// rare answer or word (0.3 %) does not read as never (0 %).
fn share(language: Language, percent: f64) -> String {
    let decimals = if percent > 0.0 && percent < 0.95 {
        1
    } else {
        0
    };
    format_decimal(language, percent, decimals)
}

/// "more often ouder/verzorger (38% vs 21%)".
fn option_line(option: &str, [selection, rest]: [f64; 2], language: Language) -> String {
    let strings = language.strings();
    let percent = |v: f64| share(language, v);
    let template = if selection >= rest {
        strings.differences_more_often
    } else {
        strings.differences_less_often
    };
    fill(
        template,
        &[
            ("option", &option.to_owned()),
            ("selection", &percent(selection)),
            ("rest", &percent(rest)),
        ],
    )
}

/// "the word ‘samen’ more often (20% vs 1% of the stories); also more
/// often: haalbare, begonnen".
fn words_line(
    word: &str,
    [selection, rest]: [f64; 2],
    over_used: &[String],
    language: Language,
) -> String {
    let strings = language.strings();
    let percent = |v: f64| share(language, v);
    let template = if selection >= rest {
        strings.differences_word_more
    } else {
        strings.differences_word_less
    };
    let mut line = fill(
        template,
        &[
            ("word", &word.to_owned()),
            ("selection", &percent(selection)),
            ("rest", &percent(rest)),
        ],
    );
    let others: Vec<&str> = over_used
        .iter()
        .map(String::as_str)
        .filter(|w| *w != word)
        .collect();
    if !others.is_empty() {
        line += &fill(
            strings.differences_words_also,
            &[("words", &others.join(", "))],
        );
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_say_the_direction_and_both_numbers_in_each_language() {
        let option = Detail::Option {
            option: "ouder/verzorger".into(),
            selection_percent: 38.2,
            rest_percent: 21.0,
            options_tested: 6,
        };
        assert_eq!(
            detail_line(&option, Language::English),
            "more often ouder/verzorger (38% vs 21%)"
        );
        assert_eq!(
            detail_line(&option, Language::Dutch),
            "vaker ouder/verzorger (38% tegen 21%)"
        );
        let slider = Detail::Shift {
            scale: Scale::Slider,
            higher: false,
            selection_median: 31.0,
            rest_median: 55.5,
            poles: ["onacceptabel".into(), "perfect".into()],
        };
        assert_eq!(
            detail_line(&slider, Language::English),
            "more towards onacceptabel (median 31 vs 56)"
        );
        let date = Detail::Shift {
            scale: Scale::Date,
            higher: true,
            selection_median: 17_897.0,
            rest_median: 17_866.5,
            poles: [String::new(), String::new()],
        };
        assert_eq!(
            detail_line(&date, Language::Dutch),
            "later (mediaan 2019-01-01 tegen 2018-12-01)"
        );
        // Ranks say later, the medians do not: no direction in words.
        let mixed = Detail::Shift {
            scale: Scale::Date,
            higher: false,
            selection_median: 17_897.0,
            rest_median: 17_866.5,
            poles: [String::new(), String::new()],
        };
        assert_eq!(
            detail_line(&mixed, Language::English),
            "median 2019-01-01 vs 2018-12-01"
        );
        let triad = Detail::Triad {
            corners: ["het kind".into(), "de school".into(), "de ouders".into()],
            selection_mean: [0.48, 0.2, 0.32],
            rest_mean: [0.35, 0.3, 0.35],
            aitchison_distance: 0.4,
            f: 12.0,
            corner: 0,
        };
        assert_eq!(
            detail_line(&triad, Language::English),
            "more towards het kind (geometric mean 48% vs 35%)"
        );
    }

    #[test]
    fn a_word_line_names_the_word_its_shares_and_the_other_words() {
        let words = Detail::Words {
            word: "haalbare".into(),
            selection_percent: 17.9,
            rest_percent: 0.3,
            over_used: vec!["haalbare".into(), "samen".into(), "begonnen".into()],
            words_tested: 769,
        };
        assert_eq!(
            detail_line(&words, Language::English),
            "the word ‘haalbare’ more often (18% vs 0.3% of the stories); also more often: samen, begonnen"
        );
        assert_eq!(
            detail_line(&words, Language::Dutch),
            "vaker het woord ‘haalbare’ (18% tegen 0,3% van de verhalen); ook vaker: samen, begonnen"
        );
    }
}
