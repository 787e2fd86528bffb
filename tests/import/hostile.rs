//! Small hostile files that once cost minutes or gigabytes (issue 15):
//! each now ends in one sentence through the import's own limits, or in a
//! correct import. The limits are asserted, never the time.

use std::io::Write;

use storylens::import::ImportOptions;
use storylens::model::StoryId;

use super::errors::{error_for, error_text};
use super::helpers::*;

/// A zip of `members` (name, content) as bytes.
fn zip_of(members: &[(&str, String)]) -> Vec<u8> {
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    for (name, content) in members {
        out.start_file(*name, options).unwrap();
        out.write_all(content.as_bytes()).unwrap();
    }
    out.finish().unwrap().into_inner()
}

/// A one-sheet xlsx with `sheet_data` inside `<sheetData>` and the shared
/// strings `id`, `Rol` under `<sst ...{sst_attributes}>`.
fn xlsx(sheet_data: &str, sst_attributes: &str) -> Vec<u8> {
    let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    let rels = "http://schemas.openxmlformats.org/package/2006/relationships";
    let doc_rels = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    zip_of(&[
        (
            "[Content_Types].xml",
            r#"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>"#.into(),
        ),
        (
            "_rels/.rels",
            format!(r#"<Relationships xmlns="{rels}"><Relationship Id="rId1" Type="{doc_rels}/officeDocument" Target="xl/workbook.xml"/></Relationships>"#),
        ),
        (
            "xl/workbook.xml",
            format!(r#"<workbook xmlns="{main}" xmlns:r="{doc_rels}"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>"#),
        ),
        (
            "xl/_rels/workbook.xml.rels",
            format!(r#"<Relationships xmlns="{rels}"><Relationship Id="rId1" Type="{doc_rels}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="{doc_rels}/sharedStrings" Target="sharedStrings.xml"/></Relationships>"#),
        ),
        (
            "xl/sharedStrings.xml",
            format!(r#"<sst xmlns="{main}" {sst_attributes}><si><t>id</t></si><si><t>Rol</t></si></sst>"#),
        ),
        (
            "xl/worksheets/sheet1.xml",
            format!(r#"<worksheet xmlns="{main}"><sheetData>{sheet_data}</sheetData></worksheet>"#),
        ),
    ])
}

/// The header (shared strings 0 and 1) and two stories.
const ROWS: &str = r#"<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row><row r="2"><c r="A2"><v>1</v></c><c r="B2" t="inlineStr"><is><t>ouder</t></is></c></row><row r="3"><c r="A3"><v>2</v></c><c r="B3" t="inlineStr"><is><t>leraar</t></is></c></row>"#;

#[test]
fn a_shared_strings_count_the_file_cannot_hold_is_refused_before_calamine_reserves_it() {
    // calamine 0.38 reserved 4,294,967,295 strings (a 103 GB allocation)
    // and aborted the process.
    let bytes = xlsx(ROWS, r#"count="2" uniqueCount="4294967295""#);
    let message = error_text("telling.xlsx", &bytes);
    assert!(message.contains("claims 4294967295 entries"), "{message}");
    // The honest count of the same workbook imports.
    let scratch = Scratch::new();
    let fine = scratch.write("telling.xlsx", xlsx(ROWS, r#"count="2" uniqueCount="2""#));
    let imported = import(&fine);
    assert_eq!(imported.dataset.len(), 2);
    assert_eq!(
        choices(&imported.dataset, "Rol"),
        [Some("ouder".into()), Some("leraar".into())]
    );
}

#[test]
fn a_cell_past_column_xfd_or_row_1048576_is_refused_with_excels_limits() {
    let far_right = format!(r#"{ROWS}<row r="4"><c r="ZZZZZZ4"><v>1</v></c></row>"#);
    let message = error_text("breed.xlsx", &xlsx(&far_right, ""));
    assert!(message.contains("row 4, column 321272406"), "{message}");
    assert!(
        message.contains("1,048,576 rows and 16,384 columns"),
        "{message}"
    );
    let far_down = format!(r#"{ROWS}<row r="1048577"><c r="A1048577"><v>1</v></c></row>"#);
    let message = error_text("lang.xlsx", &xlsx(&far_down, ""));
    assert!(message.contains("row 1048577, column 1,"), "{message}");
    // A reference whose letters and digits overflow 32 bits (the fuzzer's
    // and the issue's case) is refused by the pre-check of the sheet's
    // references with the same sentence, before calamine could overflow
    // on it: not wrapped onto a valid cell, not a caught panic.
    let overflowing = format!(r#"{ROWS}<row r="4"><c r="ZZZZZZ99999999999"><v>1</v></c></row>"#);
    let message = error_text("overloop.xlsx", &xlsx(&overflowing, ""));
    assert!(
        message.contains("row 99999999999, column 321272406, beyond Excel's limit"),
        "{message}"
    );
    assert_eq!(message.lines().count(), 1, "{message}");
    // The last cell Excel allows is fine.
    let corner = format!(r#"{ROWS}<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>"#);
    let scratch = Scratch::new();
    let imported = import(&scratch.write("hoek.xlsx", xlsx(&corner, "")));
    assert_eq!(imported.dataset.len(), 3);
}

/// A one-sheet ODS with `rows` inside its table.
fn ods(rows: &str) -> Vec<u8> {
    zip_of(&[
        ("mimetype", "application/vnd.oasis.opendocument.spreadsheet".into()),
        (
            "META-INF/manifest.xml",
            r#"<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#.into(),
        ),
        (
            "content.xml",
            format!(
                r#"<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet><table:table table:name="Data">{rows}</table:table></office:spreadsheet></office:body></office:document-content>"#
            ),
        ),
    ])
}

fn ods_text(text: &str, repeated: u32) -> String {
    format!(
        r#"<table:table-cell office:value-type="string" table:number-columns-repeated="{repeated}"><text:p>{text}</text:p></table:table-cell>"#
    )
}

fn ods_row(cells: &str, repeated: u32) -> String {
    format!(r#"<table:table-row table:number-rows-repeated="{repeated}">{cells}</table:table-row>"#)
}

#[test]
fn repeated_ods_rows_and_cells_are_free_when_trailing_and_budgeted_when_filled() {
    let header = ods_row(&(ods_text("id", 1) + &ods_text("Rol", 1)), 1);
    let story = |id: &str, role: &str| ods_row(&(ods_text(id, 1) + &ods_text(role, 1)), 1);
    // What LibreOffice writes below and beside the data: empty rows and
    // cells repeated to the sheet's edge.
    let trailing = ods_row(
        r#"<table:table-cell table:number-columns-repeated="1048576"/>"#,
        1_048_576,
    );
    let wide_empty = r#"<table:table-cell table:number-columns-repeated="1048576"/>"#;
    let rows = format!(
        "{header}{}{}{trailing}",
        story("1", "ouder"),
        ods_row(&(ods_text("2", 1) + &ods_text("leraar", 1) + wide_empty), 1)
    );
    let scratch = Scratch::new();
    let imported = import(&scratch.write("netjes.ods", ods(&rows)));
    assert_eq!(imported.dataset.len(), 2);
    assert_eq!(imported.dataset.codebook().questions.len(), 2);

    // A filled row of ten cells repeated a million times in a 1 KB file
    // (capped at Excel's 1,048,576 rows, as calamine caps it).
    let rows = format!(
        "{header}{}",
        ods_row(&(ods_text("x", 1) + &ods_text("ouder", 9)), 1_048_576)
    );
    let message = error_text("herhaald.ods", &ods(&rows));
    assert!(message.contains("would hold 10485760 cells"), "{message}");
    // A filled cell repeated a million columns (capped at 16,384) in
    // every one of 1,000 rows.
    let rows = format!("{header}{}", ods_row(&ods_text("x", 1_048_576), 1_000));
    let message = error_text("breed.ods", &ods(&rows));
    assert!(message.contains("would hold 16400384 cells"), "{message}");
}

#[test]
fn forty_thousand_copies_of_one_story_id_are_numbered_in_one_pass() {
    // Once quadratic: 12 s at 20,000 rows, over a minute at 40,000.
    let mut text = String::from("id,Rol\n");
    for row in 0..40_000 {
        text.push_str(if row % 2 == 0 {
            "X,ouder\n"
        } else {
            "X,leraar\n"
        });
    }
    // An id that looks like a generated one is kept and skipped over.
    text.push_str("X (3),ouder\n");
    let dataset = import_text("dubbel.csv", &text).dataset;
    assert_eq!(dataset.len(), 40_001);
    let ids = dataset.story_ids();
    assert_eq!(ids[0], StoryId("X".into()));
    assert_eq!(ids[1], StoryId("X (2)".into()));
    assert_eq!(ids[2], StoryId("X (4)".into()));
    assert_eq!(ids[39_999], StoryId("X (40001)".into()));
    assert_eq!(ids[40_000], StoryId("X (3)".into()));
}

#[test]
fn only_regular_files_are_read() {
    let scratch = Scratch::new();
    let folder = scratch
        .write("placeholder", "")
        .parent()
        .unwrap()
        .join("map.csv");
    std::fs::create_dir(&folder).unwrap();
    let message = error_for(&folder, &ImportOptions::default());
    assert!(message.contains("it is a folder, not a file"), "{message}");
    #[cfg(unix)]
    {
        let message = error_for(std::path::Path::new("/dev/zero"), &ImportOptions::default());
        assert!(message.contains("it is a device, not a file"), "{message}");
        let fifo = folder.with_file_name("pijp.csv");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        if made.is_ok_and(|s| s.success()) {
            // Opening a FIFO would block until a writer comes: refused first.
            let message = error_for(&fifo, &ImportOptions::default());
            assert!(
                message.contains("it is a pipe (FIFO), not a file"),
                "{message}"
            );
        } else {
            eprintln!("skipping the FIFO case: mkfifo is not available");
        }
    }
    // A sparse file over the limit is refused before a byte is read.
    let huge = folder.with_file_name("groot.xlsx");
    let file = std::fs::File::create(&huge).unwrap();
    file.set_len(storylens::files::MAX_READ_BYTES + 1).unwrap();
    let message = error_for(&huge, &ImportOptions::default());
    assert!(message.contains("larger than 1024 MB"), "{message}");
}

/// Inputs the fuzz targets (`fuzz/`) found, as regression tests.
mod fuzzed {
    use super::*;

    /// The ODS whose `content.xml` is `content`.
    fn ods_with_content(content: &[u8]) -> Vec<u8> {
        let text = String::from_utf8_lossy(content).into_owned();
        zip_of(&[
            (
                "mimetype",
                "application/vnd.oasis.opendocument.spreadsheet".into(),
            ),
            ("content.xml", text),
        ])
    }

    #[test]
    fn an_ods_sheet_cut_off_before_its_end_is_damaged_not_a_hang() {
        // xlsx_members found it: calamine 0.38's `read_table` has no arm for
        // the end of the file and looped forever.
        let found = include_bytes!("../fixtures/fuzz/ods-content-cut-off-sheet.xml");
        let message = error_text("afgebroken.ods", &ods_with_content(found));
        assert!(message.contains("is damaged or incomplete"), "{message}");
        // The plainest case: the file simply stops inside the sheet.
        let cut = r#"<office:document-content><office:body><office:spreadsheet><table:table table:name="Data"><table:table-row><table:table-cell office:value-type="string"><text:p>id</text:p></table:table-cell></table:table-row>"#;
        let message = error_text("kort.ods", &ods_with_content(cut.as_bytes()));
        assert!(
            message.contains("a sheet ends before its end tag"),
            "{message}"
        );
    }
}
