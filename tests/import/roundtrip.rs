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

/// The survey of the typed workbooks: a notes sheet, then "Verhalen" with
/// a title row, text, numbers, dates and booleans.
fn check_typed_workbook(path: &std::path::Path) {
    let imported = import(path);
    let d = &imported.dataset;
    assert_eq!(d.len(), 3, "{}", path.display());
    assert_eq!(d.story_ids()[2].0, "v3");
    assert_eq!(kind_of(d, "Voorbeeld"), "slider");
    assert_eq!(numbers(d, "Voorbeeld"), [0.635, 0.12, 0.8825]);
    assert_eq!(kind_of(d, "Datum"), "date");
    assert_eq!(numbers(d, "Datum"), [17_920.0, 17_921.0, 17_922.0]);
    assert_eq!(choices(d, "Rol")[1].as_deref(), Some("leraar"));
    assert_eq!(choices(d, "Akkoord")[1].as_deref(), Some("FALSE"));
    assert!(
        imported
            .warnings
            .iter()
            .any(|w| w.message().contains("sheet \"Verhalen\" was imported")),
        "{:?}",
        imported.warnings
    );
}

/// An OpenDocument spreadsheet (`.ods`) as LibreOffice writes it, reduced
/// to what a reader needs: the uncompressed `mimetype` first, a manifest,
/// and `content.xml` with typed cells.
fn ods_bytes() -> Vec<u8> {
    use std::io::Write;
    let cell = |kind: &str, value: &str| match kind {
        "string" => format!(
            "<table:table-cell office:value-type=\"string\"><text:p>{value}</text:p></table:table-cell>"
        ),
        "float" => format!(
            "<table:table-cell office:value-type=\"float\" office:value=\"{value}\"><text:p>{}</text:p></table:table-cell>",
            value.replace('.', ",")
        ),
        "date" => format!(
            "<table:table-cell office:value-type=\"date\" office:date-value=\"{value}\"><text:p>{value}</text:p></table:table-cell>"
        ),
        "boolean" => format!(
            "<table:table-cell office:value-type=\"boolean\" office:boolean-value=\"{value}\"><text:p>{}</text:p></table:table-cell>",
            value.to_uppercase()
        ),
        _ => "<table:table-cell/>".to_owned(),
    };
    let row = |cells: Vec<String>| format!("<table:table-row>{}</table:table-row>", cells.concat());
    let mut verhalen = vec![
        row(vec![cell("string", "Ervaringen passend onderwijs")]),
        row(vec![cell("empty", "")]),
        row(["id", "Titel", "Rol", "Voorbeeld", "Datum", "Akkoord"]
            .iter()
            .map(|h| cell("string", h))
            .collect()),
    ];
    for (i, (title, role, score, day, agreed)) in [
        ("Eén", "ouder", "0.635", "2019-01-24", "true"),
        ("Twee", "leraar", "0.12", "2019-01-25", "false"),
        ("Drie", "ouder", "0.8825", "2019-01-26", "true"),
    ]
    .into_iter()
    .enumerate()
    {
        verhalen.push(row(vec![
            cell("string", &format!("v{}", i + 1)),
            cell("string", title),
            cell("string", role),
            cell("float", score),
            cell("date", day),
            cell("boolean", agreed),
        ]));
    }
    let content = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet><table:table table:name="Toelichting">{}</table:table><table:table table:name="Verhalen">{}</table:table></office:spreadsheet></office:body></office:document-content>"#,
        row(vec![cell(
            "string",
            "Dit bestand komt uit de verzameling van 2019."
        )]),
        verhalen.concat()
    );
    let manifest = r#"<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#;
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    let deflated = zip::write::SimpleFileOptions::default();
    zip.start_file("mimetype", stored).unwrap();
    zip.write_all(b"application/vnd.oasis.opendocument.spreadsheet")
        .unwrap();
    zip.start_file("META-INF/manifest.xml", deflated).unwrap();
    zip.write_all(manifest.as_bytes()).unwrap();
    zip.start_file("content.xml", deflated).unwrap();
    zip.write_all(content.as_bytes()).unwrap();
    zip.finish().unwrap().into_inner()
}

#[test]
fn opendocument_spreadsheet_with_typed_cells() {
    let scratch = Scratch::new();
    let path = scratch.write("verhalen.ods", ods_bytes());
    check_typed_workbook(&path);
}

#[test]
fn excel_97_workbook_with_typed_cells() {
    // Written by tests/fixtures/make-verhalen-xls.py (xlwt): no Rust crate
    // writes the old binary format.
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/verhalen.xls");
    check_typed_workbook(&path);
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
    check_typed_workbook(&path);

    let options = ImportOptions {
        sheet: Some("toelichting".into()),
        ..ImportOptions::default()
    };
    let error = import_path(&path, &options).unwrap_err().to_string();
    assert!(error.contains("header row but no stories"), "{error}");
}

/// Text files stream from disk when their first megabyte is plain UTF-8;
/// what turns up later (a Windows-1252 byte, a NUL) sends them back to the
/// whole-file path, with the same result as a file that shows it at once.
#[test]
fn a_surprise_after_the_first_megabyte_is_read_as_if_seen_at_once() {
    let mut text = String::from("id,Titel,Rol\n");
    let mut i = 0;
    while text.len() < 1_200_000 {
        i += 1;
        text.push_str(&format!("v{i},Verhaal nummer {i},ouder\n"));
    }
    let title_of_last = |imported: &storylens::import::Imported| {
        let dataset = &imported.dataset;
        match question(dataset, "Titel").1 {
            storylens::model::Column::Text(titles) => {
                titles.get(dataset.len() - 1).map(str::to_owned)
            }
            other => panic!("titles are text, not {other:?}"),
        }
    };
    let scratch = Scratch::new();

    let utf8 = format!("{text}laatst,café,leraar\n");
    let imported = import(&scratch.write("utf8.csv", &utf8));
    assert_eq!(imported.dataset.len(), i + 1);
    assert_eq!(title_of_last(&imported).as_deref(), Some("café"));
    assert!(
        !imported
            .warnings
            .iter()
            .any(|w| w.message().contains("1252"))
    );

    let mut latin1 = text.clone().into_bytes();
    latin1.extend_from_slice(b"laatst,caf\xe9,leraar\n");
    let imported = import(&scratch.write("latin1.csv", &latin1));
    assert_eq!(imported.dataset.len(), i + 1);
    assert_eq!(title_of_last(&imported).as_deref(), Some("café"));
    assert!(
        imported
            .warnings
            .iter()
            .any(|w| w.message().contains("Windows-1252")),
        "{:?}",
        imported.warnings
    );

    let mut nul = text.into_bytes();
    nul.extend_from_slice(b"laatst,\0\0\0,leraar\n");
    let path = scratch.write("nul.csv", &nul);
    let message = match import_path(&path, &ImportOptions::default()) {
        Ok(_) => panic!("NUL bytes are not text"),
        Err(error) => error.to_string(),
    };
    assert!(message.contains("not text"), "{message}");
}
