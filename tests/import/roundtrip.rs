//! Round trips: the same survey written by the tests as CSV in every
//! dialect and encoding, and as a workbook, imports to the same dataset.

use encoding_rs::WINDOWS_1252;
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
use storylens::import::{ImportOptions, import_path};
use storylens::model::Dataset;

use super::helpers::*;

/// Header and rows of a small survey (Western European characters only, so
/// that Windows-1252 can hold it).
const ROWS: [[&str; 5]; 4] = [
    ["id", "Titel", "Rol", "Voorbeeld", "Datum"],
    ["v1", "Crème brûlée, \"zoet\"", "ouder", "63,5", "24-1-2019"],
    ["v2", "Één lange\nregel", "leraar", "12", "2019-02-03"],
    ["v3", "Über", "ouder", "88,25", "1-3-2019"],
];

fn csv(delimiter: char, line_end: &str) -> String {
    ROWS.iter()
        .map(|row| {
            let fields: Vec<String> = row
                .iter()
                .map(|f| {
                    if f.contains(delimiter)
                        || f.contains('"')
                        || f.contains('\n')
                        || f.contains(',')
                    {
                        format!("\"{}\"", f.replace('"', "\"\""))
                    } else {
                        (*f).to_owned()
                    }
                })
                .collect();
            fields.join(&delimiter.to_string()) + line_end
        })
        .collect()
}

fn utf16(text: &str, little_endian: bool) -> Vec<u8> {
    let mut bytes = if little_endian {
        vec![0xFF, 0xFE]
    } else {
        vec![0xFE, 0xFF]
    };
    for unit in text.encode_utf16() {
        bytes.extend(if little_endian {
            unit.to_le_bytes()
        } else {
            unit.to_be_bytes()
        });
    }
    bytes
}

/// Questions and columns as text (NaN makes `PartialEq` useless here).
fn fingerprint(d: &Dataset) -> String {
    format!("{:?}{:?}", d.story_ids(), d.questions().collect::<Vec<_>>())
}

#[test]
fn every_dialect_and_encoding_gives_the_same_dataset() {
    let reference = import_text("survey.csv", &csv(',', "\n")).dataset;
    assert_eq!(kind_of(&reference, "Voorbeeld"), "slider");
    assert_eq!(numbers(&reference, "Voorbeeld")[2], 0.8825);
    assert_eq!(kind_of(&reference, "Datum"), "date");
    assert_eq!(numbers(&reference, "Datum"), [17_920.0, 17_930.0, 17_956.0]);
    let expected = fingerprint(&reference);
    for delimiter in [',', ';', '\t', '|'] {
        for line_end in ["\n", "\r\n"] {
            let text = csv(delimiter, line_end);
            let mut bom = b"\xEF\xBB\xBF".to_vec();
            bom.extend_from_slice(text.as_bytes());
            let encodings: [(&str, Vec<u8>); 5] = [
                ("utf-8", text.clone().into_bytes()),
                ("utf-8 bom", bom),
                ("utf-16le", utf16(&text, true)),
                ("utf-16be", utf16(&text, false)),
                ("windows-1252", WINDOWS_1252.encode(&text).0.into_owned()),
            ];
            for (encoding, bytes) in encodings {
                for extension in ["csv", "txt", "tsv"] {
                    let scratch = Scratch::new();
                    let path = scratch.write(&format!("survey.{extension}"), &bytes);
                    let imported = import(&path);
                    assert_eq!(
                        fingerprint(&imported.dataset),
                        expected,
                        "{delimiter:?} {line_end:?} {encoding} .{extension}"
                    );
                }
            }
        }
    }
}

#[test]
fn workbook_with_typed_cells_title_rows_and_two_sheets() {
    let mut workbook = Workbook::new();
    let notes = workbook.add_worksheet().set_name("Toelichting").unwrap();
    notes
        .write_string(0, 0, "Dit bestand komt uit de verzameling van 2019.")
        .unwrap();
    let data = workbook.add_worksheet().set_name("Verhalen").unwrap();
    data.write_string(0, 0, "Ervaringen passend onderwijs")
        .unwrap();
    let date_format = Format::new().set_num_format("dd-mm-yyyy");
    for (column, header) in ["id", "Titel", "Rol", "Voorbeeld", "Datum", "Akkoord"]
        .iter()
        .enumerate()
    {
        data.write_string(2, column as u16, *header).unwrap();
    }
    for (i, (title, role, score, day)) in [
        ("Eén", "ouder", 0.635, 24),
        ("Twee", "leraar", 0.12, 25),
        ("Drie", "ouder", 0.8825, 26),
    ]
    .into_iter()
    .enumerate()
    {
        let row = 3 + i as u32;
        data.write_string(row, 0, format!("v{}", i + 1)).unwrap();
        data.write_string(row, 1, title).unwrap();
        data.write_string(row, 2, role).unwrap();
        data.write_number(row, 3, score).unwrap();
        let date = ExcelDateTime::from_ymd(2019, 1, day).unwrap();
        data.write_date_with_format(row, 4, &date, &date_format)
            .unwrap();
        data.write_boolean(row, 5, i != 1).unwrap();
    }
    let scratch = Scratch::new();
    let path = scratch.write("verhalen.xlsx", workbook.save_to_buffer().unwrap());
    let imported = import(&path);
    let d = &imported.dataset;
    assert_eq!(d.len(), 3);
    assert_eq!(d.story_ids()[2].0, "v3");
    assert_eq!(kind_of(d, "Voorbeeld"), "slider");
    assert_eq!(kind_of(d, "Datum"), "date");
    assert_eq!(numbers(d, "Datum"), [17_920.0, 17_921.0, 17_922.0]);
    assert_eq!(choices(d, "Akkoord")[1].as_deref(), Some("FALSE"));
    assert!(
        imported
            .warnings
            .iter()
            .any(|w| w.message.contains("sheet \"Verhalen\" was imported"))
    );

    let options = ImportOptions {
        sheet: Some("toelichting".into()),
        ..ImportOptions::default()
    };
    let error = import_path(&path, &options).unwrap_err().to_string();
    assert!(error.contains("header row but no stories"), "{error}");
}
