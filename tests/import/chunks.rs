//! Issue 14, speed: a large CSV is read in pieces on every core, cut at
//! guessed record starts. These files are large enough to be cut, and cut
//! where it hurts: most of their bytes are inside quoted stories with line
//! breaks and delimiters in them, so a cut lands inside a quoted field.
//! The import must be exactly what one reader from the start gives (the
//! unit tests in `src/import/chunked` cut a text at every byte).

use encoding_rs::WINDOWS_1252;
use storylens::import::Imported;
use storylens::model::{Column, Dataset};

use super::helpers::{Scratch, import, kind_of, numbers, question};

/// Stories in the file: well over the size from which it is cut.
const STORIES: usize = 3_000;

/// Story `i`: quoted line breaks (CRLF and LF), the delimiter, doubled
/// quotes, accents, and leading and trailing spaces, all kept byte for byte.
fn story(i: usize) -> String {
    format!(
        " Verhaal {i}; de crème de la crème.\r\nZe zei \"nee\", toen \"ja\";\nen daarna niets meer{}\t",
        ".".repeat(i % 3)
    )
}

/// The file as Dutch Excel would write it: `;`, CRLF, quoted stories.
/// Row 2,500's slider value is not a number.
fn text(bom: bool) -> String {
    let mut text = String::from(if bom { "\u{feff}" } else { "" });
    text.push_str("id;Verhaal;Cijfer\r\n");
    for i in 0..STORIES {
        let cijfer = if i == 2_500 {
            "abc".to_owned()
        } else {
            format!("{},5", i % 100)
        };
        let quoted = format!("\"{}\"", story(i).replace('"', "\"\""));
        text.push_str(&format!("v{i};{quoted};{cijfer}\r\n"));
    }
    text
}

fn text_at(dataset: &Dataset, row: usize) -> Option<&str> {
    match question(dataset, "Verhaal").1 {
        Column::Text(column) => column.get(row),
        other => panic!("Verhaal is not text: {other:?}"),
    }
}

/// Every story and value as written, the bad value reported at its row.
fn assert_whole(imported: &Imported) {
    let dataset = &imported.dataset;
    assert_eq!(dataset.len(), STORIES);
    for i in 0..STORIES {
        assert_eq!(text_at(dataset, i), Some(story(i).as_str()), "story {i}");
        assert_eq!(dataset.story_ids()[i].0, format!("v{i}"));
    }
    assert_eq!(kind_of(dataset, "Cijfer"), "slider");
    assert_eq!(numbers(dataset, "Cijfer")[2_999], 0.995);
    assert!(numbers(dataset, "Cijfer")[2_500].is_nan());
    let bad: Vec<_> = imported
        .warnings
        .iter()
        .filter(|w| w.column == "Cijfer")
        .collect();
    assert_eq!(bad.len(), 1, "{:?}", imported.warnings);
    assert_eq!(
        bad[0].rows,
        [2_502],
        "header on row 1, story 2,500 on row 2,502"
    );
}

#[test]
fn utf8_with_bom_and_crlf_cut_inside_quoted_stories() {
    let text = text(true);
    assert!(text.len() > 300_000, "large enough to be cut");
    let scratch = Scratch::new();
    let imported = import(&scratch.write("groot.csv", &text));
    assert_whole(&imported);
    assert_eq!(question(&imported.dataset, "id").0.kind.code(), "id");
}

#[test]
fn windows_1252_read_whole_and_cut_the_same() {
    let text = text(false);
    let (bytes, _, unmappable) = WINDOWS_1252.encode(&text);
    assert!(!unmappable);
    let scratch = Scratch::new();
    let imported = import(&scratch.write("groot.csv", bytes.as_ref()));
    assert_whole(&imported);
    assert!(
        imported
            .warnings
            .iter()
            .any(|w| w.message().contains("Windows-1252"))
    );
}

/// A file whose first megabyte is plain UTF-8 is streamed in pieces; a
/// Windows-1252 byte near its end stops that, and the whole file is read
/// again as Windows-1252. A NUL byte there makes it not a text file.
#[test]
fn a_bad_byte_after_the_first_megabyte_reads_the_file_again() {
    let mut text = text(false).repeat(4).into_bytes();
    text.truncate(text.len() - 2);
    assert!(text.len() > 1 << 20);
    let mut latin = text.clone();
    latin.extend_from_slice(b"\r\nlaatste;caf\xe9;50\r\n");
    let scratch = Scratch::new();
    let imported = import(&scratch.write("laat.csv", &latin));
    let dataset = &imported.dataset;
    assert_eq!(
        dataset.len(),
        4 * STORIES + 3 + 1,
        "the repeated headers are rows too"
    );
    assert_eq!(text_at(dataset, dataset.len() - 1), Some("café"));
    assert!(
        imported
            .warnings
            .iter()
            .any(|w| w.message().contains("Windows-1252"))
    );
    let mut nul = text;
    nul.extend_from_slice(b"\r\nlaatste;a\0b;50\r\n");
    let error = storylens::import::import_path(
        &scratch.write("nul.csv", &nul),
        &storylens::import::ImportOptions::default(),
    )
    .unwrap_err();
    assert!(error.to_string().contains("nul.csv"), "{error}");
}
