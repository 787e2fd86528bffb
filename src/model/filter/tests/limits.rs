//! The filter language cannot be broken: nesting beyond [`MAX_DEPTH`] is
//! refused instead of overflowing the stack (checked on threads with the
//! 1 MB stack of Windows' main thread), and every recursive pass over a
//! filter holds at the limit. Reversed intervals, empty option lists and
//! polygons without an area are refused with a sentence that says where.

use super::fixture;
use crate::i18n::Language;
use crate::model::filter::{
    Filter, MAX_DEPTH, ParseError, ParseErrorKind, describe, parse_filter, to_text,
};

/// Runs `work` on a thread with a 1 MB stack; a stack overflow aborts the
/// test binary, so this fails loudly if any pass recurses too deep.
fn on_small_stack<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(1 << 20)
        .spawn(work)
        .unwrap()
        .join()
        .unwrap()
}

fn parse(text: &str) -> Result<Filter, ParseError> {
    parse_filter(text, &fixture::codebook())
}

fn kind(text: &str) -> ParseErrorKind {
    match parse(text) {
        Ok(filter) => panic!("{text} parsed as {filter:?}"),
        Err(e) => e.kind,
    }
}

fn parens(levels: usize) -> String {
    format!("{}all{}", "(".repeat(levels), ")".repeat(levels))
}

fn nots(levels: usize) -> String {
    format!("{}all", "not ".repeat(levels))
}

#[test]
fn the_nesting_that_used_to_abort_is_refused_on_a_1_mb_stack() {
    // Issue 15 item 1: these aborted the process (the last one with a 1 MB
    // stack); each is now one clear error at the level past the limit.
    for (text, column) in [
        (parens(5_950), MAX_DEPTH + 1),
        (nots(25_800), 4 * MAX_DEPTH + 1),
        (parens(800), MAX_DEPTH + 1),
    ] {
        let error = on_small_stack(move || parse(&text).unwrap_err());
        assert_eq!(error.kind, ParseErrorKind::TooDeep);
        assert_eq!(error.column, column);
        assert_eq!(
            error.to_string(),
            format!(
                "column {column}: the selection is nested too deeply (more than 256 levels): \
                 use fewer parentheses or nots"
            )
        );
        assert_eq!(
            error.message(Language::Dutch),
            "de selectie is te diep genest (meer dan 256 niveaus): gebruik minder haakjes of not"
        );
    }
}

/// A filter exactly at the limit, reached by parentheses, `not`s, `or`s
/// and the `answered and not` of `!=`:
/// `(datum is missing or not (datum is missing or not … getal != 5))`.
fn deepest_accepted() -> (String, Filter) {
    // `!=` is `answered and not (…)`: two levels of the tree already; each
    // wrap adds two levels of text (a parenthesis, a not) and of the tree
    // (an or, a not).
    let mut text = "getal != 5".to_owned();
    for _ in 0..(MAX_DEPTH - 2) / 2 {
        text = format!("(datum is missing or not {text})");
    }
    let filter = parse(&text).unwrap();
    assert_eq!(filter.depth(), MAX_DEPTH);
    (text, filter)
}

#[test]
fn every_pass_over_a_filter_holds_at_the_limit_on_a_1_mb_stack() {
    let ok = on_small_stack(|| {
        let (text, filter) = deepest_accepted();
        let dataset = fixture::dataset();
        let codebook = fixture::codebook();
        let selected = filter.evaluate(&dataset).unwrap();
        let written = to_text(&filter, &codebook);
        let back = parse_filter(&written, &codebook).unwrap();
        let described = describe(&filter, &codebook, Language::Dutch);
        let debug = format!("{filter:?}");
        let copy = filter.clone();
        (
            selected.count() <= fixture::N,
            back == filter,
            described.contains(" of niet "),
            debug.len() > text.len(),
            copy.questions().len(),
        )
    });
    assert_eq!(ok, (true, true, true, true, 2));
    // serde_json writes it (on the test's own stack: unoptimised, its
    // serializer needs ~1 MB at this depth), but reads JSON only 128 levels
    // deep: the project file test says what a user then sees.
    let (_, filter) = deepest_accepted();
    let json = serde_json::to_string(&filter).unwrap();
    let error = serde_json::from_str::<Filter>(&json).unwrap_err();
    assert!(error.to_string().contains("recursion limit"), "{error}");
}

#[test]
fn one_level_more_is_refused_however_it_is_reached() {
    let (text, _) = deepest_accepted();
    // One more level of text and tree.
    let error = parse(&format!("not {text}")).unwrap_err();
    assert_eq!((error.kind, error.column), (ParseErrorKind::TooDeep, 1));
    // One more level of the tree only (`!=` adds two): the tree's measure.
    let deep_tree = format!("{}getal != 5", "not ".repeat(MAX_DEPTH - 1));
    let error = parse(&deep_tree).unwrap_err();
    assert_eq!((error.kind, error.column), (ParseErrorKind::TooDeep, 1));
    assert!(parse(&format!("{}getal != 5", "not ".repeat(MAX_DEPTH - 2))).is_ok());
}

#[test]
fn a_tree_too_deep_for_the_parser_is_refused_by_every_pass() {
    // Only a hand-made project file could hold one; nothing recurses into
    // it, so this too runs on a 1 MB stack.
    let (evaluated, text, described, questions) = on_small_stack(|| {
        let mut filter = Filter::Missing {
            question: crate::model::QuestionId::new("datum"),
        };
        for _ in 0..100_000 {
            filter = filter.not();
        }
        let codebook = fixture::codebook();
        let out = (
            filter.evaluate(&fixture::dataset()).map(|s| s.count()),
            to_text(&filter, &codebook),
            describe(&filter, &codebook, Language::English),
            filter.questions().len(),
        );
        // Dropping is recursive too: unwind the chain first.
        let mut rest = filter;
        while let Filter::Not(inner) = rest {
            rest = *inner;
        }
        out
    });
    assert_eq!(evaluated, Err(crate::model::FilterError::TooDeep));
    assert_eq!(
        parse(&text).map_err(|e| e.kind),
        Err(ParseErrorKind::TooDeep)
    );
    assert_eq!(
        described,
        "the selection is nested too deeply (more than 256 levels): use fewer parentheses or nots"
    );
    assert_eq!(questions, 1);
}

#[test]
fn reversed_intervals_are_refused_with_where_and_what_to_do() {
    let error = parse("voorbeeld in [100, 0]").unwrap_err();
    assert_eq!(
        error.to_string(),
        "column 14: the interval runs from 100 down to 0, so it holds nothing: put the smaller \
         end first"
    );
    assert_eq!(error.span, 13..21);
    assert_eq!(
        error.message(Language::Dutch),
        "het interval loopt van 100 terug naar 0 en bevat dus niets: zet de kleinste grens eerst"
    );
    for text in [
        "getal in (5, -5)",
        "datum in [2020-01-02, 2020-01-01]",
        r#"plek stone "kind" in x [0.5, 0.1] y [0, 1]"#,
        r#"plek stone "kind" in x [0, 1] y [1, 0]"#,
        "voorbeeld not in [70, 20]",
    ] {
        assert!(
            matches!(kind(text), ParseErrorKind::ReversedInterval { .. }),
            "{text}"
        );
    }
    // Equal ends and open ends stay valid.
    assert!(parse("voorbeeld in [50, 50]").is_ok());
    assert!(parse("getal in (-inf, -5]").is_ok());
    assert!(parse("datum in [2020-01-01, inf)").is_ok());
}

#[test]
fn empty_option_lists_are_refused() {
    let error = parse("rol in ()").unwrap_err();
    assert_eq!((error.column, error.span.clone()), (8, 7..9));
    assert_eq!(
        error.to_string(),
        "column 8: the list of options is empty: name at least one option in quotes, like (\"a\")"
    );
    assert_eq!(kind("rol not in ( )"), ParseErrorKind::EmptyList);
    assert_eq!(kind("gevoel in ()"), ParseErrorKind::EmptyList);
    // A list of story ids may be empty: it is how an empty brush reads back.
    assert_eq!(parse("story in ()"), Ok(Filter::StoryIds(Vec::new())));
}

#[test]
fn polygons_need_three_corners() {
    for (text, corners) in [
        ("wie in polygon ()", 0),
        ("wie in polygon ((1, 0, 0))", 1),
        ("wie in polygon ((1, 0, 0), (0, 1, 0))", 2),
    ] {
        let error = parse(text).unwrap_err();
        assert_eq!(error.kind, ParseErrorKind::TooFewCorners(corners), "{text}");
        assert_eq!(error.column, 16, "{text}");
        assert_eq!(error.span.end, text.len(), "{text}");
    }
    assert_eq!(
        parse("wie in polygon ((1, 0, 0))")
            .unwrap_err()
            .message(Language::Dutch),
        "een polygon heeft minstens 3 hoeken nodig, deze heeft er 1: voeg punten (top, left, \
         right) toe of gebruik in zone"
    );
    assert!(parse("wie in polygon ((1, 0, 0), (0, 1, 0), (0, 0, 1))").is_ok());
}

#[test]
fn a_project_file_with_a_deeply_nested_selection_is_refused_in_one_sentence() {
    // A selection of 5,000 nots in an otherwise valid project: serde_json
    // stops at its recursion limit (128) instead of overflowing the stack.
    let mut project = serde_json::to_value(crate::demo::demo_project()).unwrap();
    let selection = &mut project["selections"]["items"][0]["filter"];
    *selection = serde_json::Value::String("PLACEHOLDER".into());
    let text = serde_json::to_string(&project).unwrap().replace(
        "\"PLACEHOLDER\"",
        &format!("{}\"all\"{}", "{\"not\":".repeat(5_000), "}".repeat(5_000)),
    );
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("diep.storylens");
    std::fs::write(&path, text).unwrap();
    let error = on_small_stack(move || crate::project::load(&path).unwrap_err().to_string());
    assert!(
        error.contains("diep.storylens is damaged or not a Storylens project (line 1, column "),
        "{error}"
    );
    assert!(
        error.contains(
            "a selection in it is nested too deeply to read (more than 128 levels of JSON)); \
             open its backup"
        ),
        "{error}"
    );
}
