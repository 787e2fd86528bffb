//! The pieces of a text read on several threads join to exactly the table
//! one reader gives, wherever the text is cut.

use super::*;
use crate::import::raw::{RawTable, Shape};
use crate::import::{ImportWarning, delimited};

/// A text with every trap for a cut: quoted line breaks (LF and CRLF), the
/// delimiter and doubled quotes inside quotes, blank lines, CRLF and LF
/// line ends, short and long rows, an empty record, a byte order mark at
/// the start of a record, a stray quote inside an unquoted field, and no
/// line break at the end.
fn tricky_text() -> String {
    let mut text = String::from("id,verhaal,cijfer\r\n");
    for i in 0..60 {
        text.push_str(&format!("{i},kort {i},{}\r\n", i % 10));
    }
    let traps = [
        "61,\"regel een\r\nregel twee, met komma\",7\r\n",
        "62,\"zei \"\"nee\"\"\nen ging\",8\n",
        "\r\n\n\r\n",
        "63,kort\r\n",
        "64,lang,1,extra,\"nog\nmeer\"\r\n",
        ",,\r\n",
        "\u{feff}65,bom,3\n",
        "66,12\" scherm,4\n",
        "67,\"\",5\r",
        "68,\"dan \"\"weer\"\",\r\n\r\ngoed\",6\r\n",
        "69,\"\n\",9",
    ];
    for trap in traps {
        text.push_str(trap);
    }
    text
}

/// The table and warnings from reading `text` cut as `cuts` says.
fn read(text: &str, cuts: &Cuts) -> (Option<RawTable>, Vec<ImportWarning>) {
    let mut builder = TableBuilder::new(Shape::Ragged);
    let mut report = Reporter::default();
    let source = text.as_bytes();
    read_records(
        &source,
        0,
        b',',
        cuts,
        Phase::unwatched(),
        &mut builder,
        &mut report,
    )
    .unwrap_or_else(|e| panic!("{e:?}"));
    let table = builder.finish(&mut report);
    (table, report.into_warnings())
}

fn cut_at(at: Vec<u64>) -> Cuts {
    Cuts {
        pieces: at.len() + 1,
        at: Some(at),
        min_bytes: 0,
    }
}

#[test]
fn one_reader_reads_as_the_csv_crate_does() {
    let text = tricky_text();
    let (table, warnings) = read(&text, &cut_at(Vec::new()));
    let mut report = Reporter::default();
    let expected = RawTable::from_records(delimited::read_records(&text, b','), &mut report);
    assert_eq!(table, expected);
    assert_eq!(warnings, report.into_warnings());
    let table = table.unwrap();
    assert_eq!(table.len(), 69, "the empty record is dropped");
    assert_eq!(
        table.cell(61, 1).text().as_deref(),
        Some("zei \"nee\"\nen ging")
    );
    // The mark is text in the middle of a file.
    assert_eq!(table.cell(64, 0).text().as_deref(), Some("\u{feff}65"));
}

#[test]
fn every_cut_gives_the_same_table() {
    let text = tricky_text();
    let whole = read(&text, &cut_at(Vec::new()));
    let head_end = text.find("50,kort").unwrap() as u64;
    for cut in head_end..=text.len() as u64 {
        assert_eq!(read(&text, &cut_at(vec![cut])), whole, "cut at {cut}");
        let three = vec![cut, cut + 5, cut + 17];
        assert_eq!(read(&text, &cut_at(three)), whole, "cuts from {cut}");
    }
}

#[test]
fn even_pieces_of_a_large_text_join_in_order() {
    let mut text = String::from("id;verhaal;cijfer\n");
    for i in 0..20_000 {
        let story = if i % 7 == 0 {
            format!("\"{i}; met\r\nregels en \"\"quotes\"\"\"")
        } else {
            format!("verhaal {i}")
        };
        let extra = if i == 15_000 { ";te veel" } else { "" };
        text.push_str(&format!("{i};{story};{}{extra}\r\n", i % 100));
    }
    let mut one = Reporter::default();
    let mut builder = TableBuilder::new(Shape::Ragged);
    let source = text.as_bytes();
    let cuts = Cuts {
        pieces: 1,
        at: None,
        min_bytes: 0,
    };
    read_records(
        &source,
        0,
        b';',
        &cuts,
        Phase::unwatched(),
        &mut builder,
        &mut one,
    )
    .unwrap();
    let expected = (builder.finish(&mut one), one.into_warnings());
    for pieces in [2, 3, 8] {
        let mut report = Reporter::default();
        let mut builder = TableBuilder::new(Shape::Ragged);
        let cuts = Cuts {
            pieces,
            at: None,
            min_bytes: 0,
        };
        read_records(
            &source,
            0,
            b';',
            &cuts,
            Phase::unwatched(),
            &mut builder,
            &mut report,
        )
        .unwrap();
        let got = (builder.finish(&mut report), report.into_warnings());
        assert_eq!(got, expected, "{pieces} pieces");
    }
    let (table, warnings) = expected;
    let table = table.unwrap();
    assert_eq!(table.len(), 20_000);
    assert_eq!(table.row_number(19_999), 20_001);
    assert_eq!(warnings[0].rows, [15_002]);
    assert_eq!(
        table.cell(14_000, 1).text().as_deref(),
        Some("14000; met\r\nregels en \"quotes\"")
    );
}
