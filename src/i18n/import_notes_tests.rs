//! Every import note in Dutch: different from the English one, no common
//! English word in it (the list of the error sentences' test), every
//! placeholder filled, and plurals that agree. Sample values are Dutch or
//! neutral, so an English word can only come from the table.

use crate::i18n::Language;
use crate::i18n::errors::tests::assert_worded;
use crate::import::{ImportNote, ImportWarning, Rejection, SheetSize};

/// The variants without a payload.
const PLAIN: &[ImportNote] = &[
    ImportNote::XlsIsText,
    ImportNote::NotUtf8,
    ImportNote::RowTooLong,
    ImportNote::RowTooShort,
    ImportNote::ColumnWithoutHeader,
    ImportNote::ColumnEmpty,
    ImportNote::XyColumnsDropped,
    ImportNote::PositionOutside,
    ImportNote::TooManyOptions,
    ImportNote::TriadNotNumbers,
    ImportNote::TriadPartial,
    ImportNote::TriadNegative,
    ImportNote::TriadAllZero,
    ImportNote::StoryWithoutId,
    ImportNote::StoryIdRepeated,
    ImportNote::AnswerNumberMissing,
    ImportNote::AnswerNumberUnknown,
    ImportNote::FormColumnMissing,
    ImportNote::FormYesNoColumnMissing,
    ImportNote::DefinitionMatchesNothing,
    ImportNote::SensemakerXyDropped,
    ImportNote::EditOrderNotChoice,
    ImportNote::EditOrdinalNotSingle,
    ImportNote::EditNoSuchColumn,
    ImportNote::EditNotImported,
];

/// One sample of every variant (and of every [`Rejection`]), some with a
/// count of 1 and some with more, to exercise both plural forms.
fn samples() -> Vec<ImportNote> {
    let mut samples = PLAIN.to_vec();
    samples.extend(with_payload());
    samples
}

/// The variants with a payload.
fn with_payload() -> Vec<ImportNote> {
    let sheet = |name: &str, rows, columns| SheetSize {
        name: name.into(),
        rows,
        columns,
    };
    let rejected = |what| ImportNote::Rejected {
        what,
        values: vec!["veel".into(), "twaalf".into()],
        more_values: 0,
    };
    vec![
        ImportNote::TitleRowsSkipped { count: 1 },
        ImportNote::TitleRowsSkipped { count: 3 },
        ImportNote::CommentLinesSkipped { count: 1 },
        ImportNote::CommentLinesSkipped { count: 4 },
        ImportNote::EmptyColumnsDropped { count: 1 },
        ImportNote::EmptyColumnsDropped { count: 2 },
        ImportNote::SheetChosen {
            sheets: 2,
            chosen: sheet("Verhalen", 300, 5),
            others: vec![],
        },
        ImportNote::SheetChosen {
            sheets: 3,
            chosen: sheet("Verhalen", 1, 1),
            others: vec![sheet("Toelichting", 4, 1), sheet("Blad3", 0, 0)],
        },
        ImportNote::SourceChanged {
            path: "/gegevens/enquete.csv".into(),
        },
        ImportNote::HeaderRenamed {
            header: "Gevoel".into(),
        },
        ImportNote::HeaderBecameOption {
            header: "Gevoel - hoop".into(),
            option: "hoop (2)".into(),
        },
        rejected(Rejection::NotANumber),
        rejected(Rejection::NotADate),
        rejected(Rejection::NotInRange {
            low: "0".into(),
            high: "100".into(),
        }),
        ImportNote::Rejected {
            what: Rejection::NotANumber,
            values: vec!["veel".into()],
            more_values: 1,
        },
        ImportNote::Rejected {
            what: Rejection::NotANumber,
            values: vec!["veel".into()],
            more_values: 7,
        },
        ImportNote::UnknownOption {
            label: "blij".into(),
        },
        ImportNote::TriadRescaled {
            scale: "100".into(),
        },
        ImportNote::TriadZeroWeights { count: 1 },
        ImportNote::TriadZeroWeights { count: 12 },
        ImportNote::FormTypeUnknown {
            kind: "schaal".into(),
        },
        ImportNote::DefinitionUnreadable {
            dutch: "Kan de frameworkdefinitie \"def.json\" niet lezen.".into(),
            english: "Cannot read the framework definition \"def.json\".".into(),
        },
        ImportNote::DefinitionNotFound {
            name: "export_Definition.json".into(),
        },
        ImportNote::SignifierShape {
            kind: "Triad".into(),
        },
        ImportNote::ItemNotInDefinition { id: "x7".into() },
    ]
}

/// The position of `note`'s variant. The match has no wildcard, so a new
/// variant does not compile until it is numbered here; the test then
/// fails until [`samples`] has one of it.
fn variant(note: &ImportNote) -> usize {
    match note {
        ImportNote::XlsIsText => 0,
        ImportNote::NotUtf8 => 1,
        ImportNote::TitleRowsSkipped { .. } => 2,
        ImportNote::CommentLinesSkipped { .. } => 3,
        ImportNote::EmptyColumnsDropped { .. } => 4,
        ImportNote::RowTooLong => 5,
        ImportNote::RowTooShort => 6,
        ImportNote::ColumnWithoutHeader => 7,
        ImportNote::SheetChosen { .. } => 8,
        ImportNote::SourceChanged { .. } => 9,
        ImportNote::HeaderRenamed { .. } => 10,
        ImportNote::HeaderBecameOption { .. } => 11,
        ImportNote::ColumnEmpty => 12,
        ImportNote::XyColumnsDropped => 13,
        ImportNote::Rejected { what, .. } => match what {
            Rejection::NotANumber => 14,
            Rejection::NotADate => 15,
            Rejection::NotInRange { .. } => 16,
        },
        ImportNote::PositionOutside => 17,
        ImportNote::TooManyOptions => 18,
        ImportNote::UnknownOption { .. } => 19,
        ImportNote::TriadNotNumbers => 20,
        ImportNote::TriadPartial => 21,
        ImportNote::TriadNegative => 22,
        ImportNote::TriadAllZero => 23,
        ImportNote::TriadRescaled { .. } => 24,
        ImportNote::TriadZeroWeights { .. } => 25,
        ImportNote::StoryWithoutId => 26,
        ImportNote::StoryIdRepeated => 27,
        ImportNote::AnswerNumberMissing => 28,
        ImportNote::AnswerNumberUnknown => 29,
        ImportNote::FormColumnMissing => 30,
        ImportNote::FormYesNoColumnMissing => 31,
        ImportNote::FormTypeUnknown { .. } => 32,
        ImportNote::DefinitionMatchesNothing => 33,
        ImportNote::SensemakerXyDropped => 34,
        ImportNote::DefinitionUnreadable { .. } => 35,
        ImportNote::DefinitionNotFound { .. } => 36,
        ImportNote::SignifierShape { .. } => 37,
        ImportNote::ItemNotInDefinition { .. } => 38,
        ImportNote::EditOrderNotChoice => 39,
        ImportNote::EditOrdinalNotSingle => 40,
        ImportNote::EditNoSuchColumn => 41,
        ImportNote::EditNotImported => 42,
    }
}
const VARIANTS: usize = 43;

/// Command-line options (`--sheet`) are the same in both languages.
fn without_options(text: &str) -> String {
    text.split(' ')
        .filter(|word| !word.starts_with("--"))
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn every_note_is_worded_in_dutch() {
    let samples = samples();
    let mut seen = [false; VARIANTS];
    for note in &samples {
        seen[variant(note)] = true;
    }
    let missing: Vec<usize> = (0..VARIANTS).filter(|&v| !seen[v]).collect();
    assert!(missing.is_empty(), "variants without a sample: {missing:?}");
    let mut codes: Vec<&str> = samples.iter().map(ImportNote::code).collect();
    codes.dedup();
    codes.sort_unstable();
    codes.dedup();
    assert_eq!(codes.len(), VARIANTS, "every kind has its own code");
    for note in &samples {
        let nl = note.sentence(Language::Dutch);
        let en = note.sentence(Language::English);
        assert_worded(&without_options(&nl), &en);
        // Plural groups are all resolved.
        for text in [&nl, &en] {
            assert!(!text.contains('|'), "an unresolved plural in: {text}");
        }
        // A warning's rows in each form: one, a few, more than shown.
        for rows in [vec![5], vec![5, 6], (2..=30).collect()] {
            let warning = ImportWarning {
                column: "Leeftijd".into(),
                rows,
                note: note.clone(),
            };
            let nl = warning.sentence(Language::Dutch);
            assert_worded(&without_options(&nl), &warning.to_string());
        }
    }
}

#[test]
fn counts_agree_with_their_nouns() {
    let one = ImportNote::TitleRowsSkipped { count: 1 };
    let three = ImportNote::TitleRowsSkipped { count: 3 };
    assert_eq!(
        one.sentence(Language::English),
        "1 title row above the header was skipped"
    );
    assert_eq!(
        three.sentence(Language::Dutch),
        "3 titelregels boven de kopregel zijn overgeslagen"
    );
    assert_eq!(
        one.sentence(Language::Dutch),
        "1 titelregel boven de kopregel is overgeslagen"
    );
    let zeros = ImportNote::TriadZeroWeights { count: 1 };
    assert!(
        zeros
            .sentence(Language::English)
            .starts_with("1 answer has a weight of 0")
    );
    let more = ImportNote::Rejected {
        what: Rejection::NotADate,
        values: vec!["gisteren".into()],
        more_values: 1,
    };
    assert_eq!(
        more.sentence(Language::Dutch),
        "geen datum; leeg gelaten: \"gisteren\" en 1 andere waarde"
    );
    assert_eq!(
        more.sentence(Language::English),
        "not a date; left missing: \"gisteren\" and 1 other value"
    );
}
