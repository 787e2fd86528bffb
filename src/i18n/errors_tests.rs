//! Every error type's Dutch sentence: different from the English one, no
//! common English word in it, every placeholder filled. Sample values are
//! Dutch or neutral, so an English word can only come from the table.

use crate::charts::ChartError;
use crate::files::{FileKind, ReadError};
use crate::i18n::Language;
use crate::import::{DamagedDetail, DefinitionDetail, ImportError, InconsistentDetail, IoReason};
use crate::model::{Condition, DatasetError, FilterError, KindName, QuestionId};
use crate::project::{ComparisonError, Side};

/// English words a Dutch error sentence must not show (whole words, any
/// case): the UI's list (tests/ui_workspace.rs) without "open", which is
/// Dutch too, plus the words of the English error sentences.
pub(in crate::i18n) const ENGLISH: &[&str] = &[
    "the",
    "and",
    "stories",
    "story",
    "selection",
    "findings",
    "questions",
    "save",
    "close",
    "cancel",
    "show",
    "expected",
    "counts",
    "below",
    "equals",
    "mean",
    "whole",
    "set",
    "chart",
    "compare",
    "with",
    "cannot",
    "could",
    "file",
    "folder",
    "does",
    "not",
    "there",
    "which",
    "please",
    "check",
    "this",
    "its",
    "it",
    "has",
    "holds",
    "were",
    "from",
    "again",
    "damaged",
    "sheet",
    "sheets",
    "empty",
    "read",
    "write",
    "draw",
    "found",
    "question",
    "option",
    "needs",
    "too",
    "than",
    "more",
    "instead",
    "embedded",
    "rows",
    "cells",
    "denied",
    "permission",
    "system",
    "reported",
    "reader",
    "cut",
    "off",
    "update",
    "saved",
];

/// Checks the Dutch and English sentences of one error.
pub(in crate::i18n) fn assert_worded(nl: &str, en: &str) {
    assert_ne!(nl, en, "the Dutch sentence is the English one");
    for text in [nl, en] {
        assert!(
            !text.contains('{') && !text.contains('}'),
            "a placeholder is left: {text}"
        );
        assert!(!text.trim().is_empty());
    }
    // Quoted text is a value or a keyword of the filter language ("not"),
    // not prose: only what lies outside quotes is checked.
    let prose: String = nl.split('"').step_by(2).collect::<Vec<_>>().join(" ");
    let english: Vec<String> = prose
        .split(|c: char| !c.is_alphabetic())
        .map(str::to_lowercase)
        .filter(|w| ENGLISH.contains(&w.as_str()))
        .collect();
    assert!(english.is_empty(), "English {english:?} in: {nl}");
}

/// Checks every error of `errors` through its `sentence`, and that
/// `Display` is the English sentence.
fn check<E: std::fmt::Display>(errors: &[E], sentence: impl Fn(&E, Language) -> String) {
    for error in errors {
        let en = sentence(error, Language::English);
        assert_eq!(error.to_string(), en, "Display is the English sentence");
        assert_worded(&sentence(error, Language::Dutch), &en);
    }
}

fn file() -> String {
    "enquete.csv".to_owned()
}

#[test]
fn import_errors() {
    let dataset = DatasetError::DuplicateStoryId("a1".into());
    check(
        &[
            ImportError::NotFound { file: file() },
            ImportError::Empty { file: file() },
            ImportError::NoStories { file: file() },
            ImportError::NotText { file: file() },
            ImportError::WorkbookNamedAsText {
                file: file(),
                extension: "xlsx",
            },
            ImportError::NotSpreadsheet {
                file: file(),
                extension: "ods".into(),
            },
            ImportError::PasswordProtected { file: file() },
            ImportError::SheetNotFound {
                file: file(),
                sheet: "Gegevens".into(),
                available: "Blad1, Toelichting".into(),
            },
            ImportError::NoSheets { file: file() },
            ImportError::Definition {
                file: file(),
                detail: DefinitionDetail::NotJson("regel 3".into()),
            },
            ImportError::Definition {
                file: file(),
                detail: DefinitionDetail::NoSignifiers,
            },
            ImportError::Cancelled { file: file() },
            ImportError::Inconsistent {
                file: file(),
                detail: InconsistentDetail::Stopped,
            },
            ImportError::Inconsistent {
                file: file(),
                detail: InconsistentDetail::Dataset(dataset),
            },
            ImportError::TooLarge {
                file: file(),
                limit_mb: 1024,
            },
            ImportError::OutsideSheet {
                file: file(),
                row: 2,
                column: 20_000,
            },
            ImportError::TooManyCells {
                file: file(),
                cells: 10,
                limit: 5,
            },
            ImportError::SharedStringsCount {
                file: file(),
                claimed: 99,
            },
        ],
        ImportError::sentence,
    );
}

#[test]
fn import_errors_word_their_reasons() {
    let reasons = [
        IoReason::PermissionDenied,
        IoReason::Folder,
        IoReason::NoThread("geen geheugen".into()),
        IoReason::System("schijf vol".into()),
    ];
    let unreadable: Vec<_> = reasons
        .into_iter()
        .map(|reason| ImportError::Io {
            file: file(),
            reason,
        })
        .collect();
    check(&unreadable, ImportError::sentence);
    let damaged = [
        DamagedDetail::Unreadable,
        DamagedDetail::BrokenZip,
        DamagedDetail::Reader("kapot".into()),
        DamagedDetail::NoTable,
        DamagedDetail::NotWellFormed,
        DamagedDetail::CutOff,
    ];
    let damaged: Vec<_> = damaged
        .into_iter()
        .map(|detail| ImportError::Damaged {
            file: file(),
            detail,
        })
        .collect();
    check(&damaged, ImportError::sentence);
    let kinds = [
        FileKind::Folder,
        FileKind::Device,
        FileKind::Pipe,
        FileKind::Socket,
        FileKind::Other,
    ];
    let not_files: Vec<_> = kinds
        .into_iter()
        .map(|what| ImportError::NotAFile { file: file(), what })
        .collect();
    check(&not_files, ImportError::sentence);
}

#[test]
fn read_errors() {
    check(
        &[
            ReadError::NotRegular(FileKind::Pipe),
            ReadError::TooLarge {
                limit_bytes: 1 << 30,
            },
        ],
        ReadError::sentence,
    );
    // Inside an io::Error (a project file's source), still worded.
    let io: std::io::Error = ReadError::NotRegular(FileKind::Folder).into();
    assert_eq!(
        ReadError::of_io(&io, Language::Dutch),
        "het is een map, geen bestand"
    );
}

#[test]
fn dataset_errors() {
    check(
        &[
            DatasetError::ColumnCount {
                questions: 3,
                columns: 2,
            },
            DatasetError::RowCount {
                title: "Leeftijd".into(),
                rows: 4,
                stories: 5,
            },
            DatasetError::DuplicateStoryId("a1".into()),
        ],
        DatasetError::sentence,
    );
}

fn filter_errors() -> Vec<FilterError> {
    let mut errors = vec![
        FilterError::UnknownQuestion(QuestionId::new("leeftijd")),
        FilterError::UnknownOption {
            title: "Gevoel".into(),
            option: "hoop".into(),
        },
        FilterError::UnknownStone {
            title: "Stenen".into(),
            stone: "kei".into(),
        },
        FilterError::ColumnMismatch("Gevoel".into()),
        FilterError::NoStoryText,
        FilterError::TooDeep,
    ];
    let conditions = [
        Condition::StonesRegion,
        Condition::Options,
        Condition::SliderRange,
        Condition::NumberRange,
        Condition::DateRange,
        Condition::TriadZone,
        Condition::Contains,
    ];
    errors.extend(
        conditions
            .into_iter()
            .map(|condition| FilterError::WrongKind {
                title: "Gevoel".into(),
                kind: KindName::MultiChoice,
                condition,
            }),
    );
    errors
}

#[test]
fn filter_errors_name_the_condition_and_kinds() {
    check(&filter_errors(), FilterError::sentence);
    let wrong = FilterError::WrongKind {
        title: "Gevoel".into(),
        kind: KindName::MultiChoice,
        condition: Condition::SliderRange,
    };
    assert_eq!(
        wrong.to_string(),
        "question \"Gevoel\" is a multiple choice question, but a slider range needs a slider question"
    );
    assert_eq!(
        wrong.sentence(Language::Dutch),
        "vraag \"Gevoel\" is van het type meerkeuze, maar een bereik op een schuifvraag vraagt een vraag van het type schuifvraag"
    );
}

fn chart_errors() -> Vec<ChartError> {
    vec![
        ChartError::UnknownQuestion("Leeftijd".into()),
        ChartError::NotAMark("Gevoel".into()),
        ChartError::UnsupportedPair {
            question: "Gevoel".into(),
            by: "Verhaal".into(),
        },
        ChartError::ColourByNotChoice("Leeftijd".into()),
        ChartError::ColumnMismatch {
            title: "Gevoel".into(),
            kind: KindName::SingleChoice,
            found: KindName::Number,
        },
    ]
}

#[test]
fn chart_errors_are_worded() {
    check(&chart_errors(), ChartError::sentence);
}

#[test]
fn comparison_errors_pass_the_language_down() {
    let mut errors: Vec<ComparisonError> = filter_errors()
        .into_iter()
        .zip([Side::Baseline, Side::Selection].into_iter().cycle())
        .map(|(error, side)| ComparisonError::Filter {
            side,
            name: "Ouders".into(),
            error,
        })
        .collect();
    errors.extend(chart_errors().into_iter().map(ComparisonError::Chart));
    check(&errors, ComparisonError::sentence);
    let nested = ComparisonError::Chart(ChartError::NotAMark("Gevoel".into()));
    assert_eq!(
        nested.sentence(Language::Dutch),
        "Kan de grafiek niet tekenen: \"Gevoel\" heeft geen onderdeel om de verhalen van te tonen."
    );
}

#[path = "errors_tests_files.rs"]
mod files;
