//! The words of a [`ParseErrorKind`]: [`message`] renders what is wrong
//! and what to do in the UI's language from the string table; the
//! grammar's expectations, predicates and advice each have a fragment.

use super::describe::render;
use super::error::{Construct, Expected, Found, Instead, MAX_DEPTH, ParseErrorKind};
use crate::i18n::Strings;

/// What is wrong and what to do, without the column.
pub(super) fn message(kind: &ParseErrorKind, s: &Strings) -> String {
    use ParseErrorKind as K;
    match kind {
        K::Empty => s.filter_error_empty.to_owned(),
        K::UnexpectedCharacter(c) => render(s.filter_error_character, &[("c", &c.to_string())]),
        K::UnclosedQuote(text) => render(s.filter_error_unclosed_quote, &[("text", text)]),
        K::BadDate(text) => render(s.filter_error_bad_date, &[("text", text)]),
        K::BadNumber(text) => render(s.filter_error_bad_number, &[("text", text)]),
        K::Expected { expected, found } => {
            let expected = expected_text(expected, s);
            let found = match found {
                Found::Token(token) => token.clone(),
                Found::End => s.filter_error_found_end.to_owned(),
            };
            render(
                s.filter_error_expected,
                &[("expected", &expected), ("found", &found)],
            )
        }
        K::UnmatchedClose => s.filter_error_unmatched_close.to_owned(),
        K::TooDeep => render(
            s.filter_error_too_deep,
            &[("limit", &MAX_DEPTH.to_string())],
        ),
        K::UnknownQuestion(name) => render(s.filter_error_unknown_question, &[("name", name)]),
        K::UnknownOption {
            question,
            option,
            options,
        } => render(
            s.filter_error_unknown_option,
            &[
                ("question", question),
                ("option", option),
                ("options", &options.join(", ")),
            ],
        ),
        K::UnknownStone {
            question,
            stone,
            stones,
        } => render(
            s.filter_error_unknown_stone,
            &[
                ("question", question),
                ("stone", stone),
                ("stones", &stones.join(", ")),
            ],
        ),
        K::NotAllowed {
            what,
            kind,
            question,
            instead,
        } => render(
            s.filter_error_not_allowed,
            &[
                ("what", &construct_text(*what, s)),
                ("kind", kind.name(s)),
                ("question", question),
                ("instead", instead_text(*instead, s)),
            ],
        ),
        K::SliderOutOfRange(value) => render(s.filter_error_slider_range, &[("value", value)]),
        K::StoneEdges => s.filter_error_stone_edges.to_owned(),
        K::NumberNeeded => s.filter_error_number_needed.to_owned(),
        K::NumberNotDate => s.filter_error_number_not_date.to_owned(),
        K::DateNeeded => s.filter_error_date_needed.to_owned(),
        K::ReversedInterval { lo, hi } => {
            render(s.filter_error_reversed, &[("lo", lo), ("hi", hi)])
        }
        K::EmptyList => s.filter_error_empty_list.to_owned(),
        K::TooFewCorners(n) => render(s.filter_error_few_corners, &[("n", &n.to_string())]),
        K::NotOneWord(text) => render(s.filter_error_not_one_word, &[("text", text)]),
        K::StopWord(word) => render(s.filter_error_stop_word, &[("word", word)]),
        K::NotTwoWords(text) => render(s.filter_error_not_two_words, &[("text", text)]),
        K::PhraseBroken(text) => render(s.filter_error_phrase_broken, &[("text", text)]),
    }
}

fn expected_text(expected: &Expected, s: &Strings) -> String {
    use Expected as E;
    let plain = match expected {
        E::AndOrEnd => s.filter_expect_and_or_end,
        E::CloseParen(column) => {
            return render(
                s.filter_expect_close_paren,
                &[("column", &column.to_string())],
            );
        }
        E::ContainsAfterText => s.filter_expect_contains_after_text,
        E::SearchText => s.filter_expect_search_text,
        E::InAfterStory => s.filter_expect_in_after_story,
        E::Condition => s.filter_expect_condition,
        E::ConditionAfter(word) => {
            return render(s.filter_expect_condition_after, &[("word", word)]);
        }
        E::ConditionStart => s.filter_expect_condition_start,
        E::ListOpen => s.filter_expect_list_open,
        E::StoryId => s.filter_expect_story_id,
        E::OptionInQuotes => s.filter_expect_option,
        E::CommaOrClose => s.filter_expect_comma_or_close,
        E::Predicate(name) => return render(s.filter_expect_predicate, &[("name", name)]),
        E::OptionAfter(after) => {
            return render(s.filter_expect_option_after, &[("after", after)]);
        }
        E::NumberAfter(op) => return render(s.filter_expect_number_after, &[("op", op)]),
        E::DateAfter(op) => return render(s.filter_expect_date_after, &[("op", op)]),
        E::AfterIn => s.filter_expect_after_in,
        E::IntervalComma => s.filter_expect_interval_comma,
        E::IntervalClose => s.filter_expect_interval_close,
        E::LowerBound => s.filter_expect_lower_bound,
        E::UpperBound => s.filter_expect_upper_bound,
        E::Zone => s.filter_expect_zone,
        E::PointsOpen => s.filter_expect_points_open,
        E::PointOpen => s.filter_expect_point_open,
        E::PointComma => s.filter_expect_point_comma,
        E::Weight => s.filter_expect_weight,
        E::PointClose => s.filter_expect_point_close,
        E::PointsNext => s.filter_expect_points_next,
        E::AfterIs => s.filter_expect_after_is,
        E::StoneLabel => s.filter_expect_stone_label,
        E::InAfterStone => s.filter_expect_in_after_stone,
        E::Axis(axis) => axis,
        E::WordAfterHas => s.filter_expect_word_after_has,
        E::WordInQuotes => s.filter_expect_word_in_quotes,
    };
    plain.to_owned()
}

fn construct_text(what: Construct, s: &Strings) -> String {
    match what {
        Construct::OptionList => s.filter_what_list.to_owned(),
        Construct::ZoneOrPolygon => s.filter_what_zone_or_polygon.to_owned(),
        Construct::NotInZone => s.filter_what_not_in_zone.to_owned(),
        Construct::Interval => s.filter_what_interval.to_owned(),
        Construct::Operator(op) => render(s.filter_what_operator, &[("op", op)]),
        Construct::Has => "has".to_owned(),
        Construct::Contains => "contains".to_owned(),
        Construct::Stone => "stone".to_owned(),
    }
}

fn instead_text(instead: Instead, s: &Strings) -> &'static str {
    match instead {
        Instead::IntervalExample => s.filter_instead_interval,
        Instead::NotInZone => "not (… in zone …)",
        Instead::EqualOrIn => s.filter_instead_equal_or_in,
        Instead::OtherCondition => s.filter_instead_other,
        Instead::EqualNotEqualOrIn => s.filter_instead_equal_not_equal_or_in,
        Instead::IsAnswered => "is answered",
        Instead::EqualOrNotEqual => s.filter_instead_equal_or_not_equal,
        Instead::ZoneOrPolygon => s.filter_instead_zone_or_polygon,
        Instead::StoneRegion => "stone \"…\" in x [a, b] y [c, d]",
        Instead::Contains => "contains",
    }
}
