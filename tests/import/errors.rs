//! Inputs that cannot be imported: each gives one sentence naming the file,
//! and nothing panics.

use std::io::Write;

use storylens::import::{ImportError, ImportOptions, import_path};

use super::helpers::*;

/// Imports `path` expecting an error; checks the sentence names the file.
pub fn error_for(path: &std::path::Path, options: &ImportOptions) -> String {
    let error: ImportError = match import_path(path, options) {
        Ok(imported) => panic!("imported {} stories", imported.dataset.len()),
        Err(error) => error,
    };
    let message = error.to_string();
    let name = path.file_name().unwrap().to_string_lossy();
    // The file's name in quotes; a missing file is named by its whole path.
    assert!(
        message.contains(&format!("\"{name}\""))
            || message.contains(&format!("\"{}\"", path.display())),
        "{message}"
    );
    assert!(
        message.ends_with('.') && !message.contains('\n'),
        "{message}"
    );
    message
}

pub fn error_text(name: &str, bytes: &[u8]) -> String {
    let scratch = Scratch::new();
    error_for(&scratch.write(name, bytes), &ImportOptions::default())
}

/// A small real workbook, as bytes.
pub fn small_xlsx() -> Vec<u8> {
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.write_string(0, 0, "id").unwrap();
    sheet.write_string(0, 1, "Rol").unwrap();
    for row in 1..50u32 {
        sheet.write_number(row, 0, f64::from(row)).unwrap();
        sheet
            .write_string(row, 1, if row % 2 == 0 { "ouder" } else { "leraar" })
            .unwrap();
    }
    workbook.save_to_buffer().unwrap()
}

#[test]
fn missing_file() {
    let scratch = Scratch::new();
    let message = error_for(
        &scratch.write("x", "").with_file_name("weg.csv"),
        &ImportOptions::default(),
    );
    assert!(message.contains("does not exist"), "{message}");
}

#[test]
fn empty_file() {
    assert!(error_text("leeg.csv", b"").contains("empty"));
    assert!(error_text("spaties.csv", b" \r\n\r\n").contains("empty"));
    assert!(error_text("komma.csv", b",,,\n,,\n").contains("empty"));
}

#[test]
fn header_only() {
    let message = error_text("kop.csv", b"id;Titel;Verhaal\r\n");
    assert!(message.contains("no stories"), "{message}");
}

#[test]
fn random_bytes_named_xlsx() {
    let bytes: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    let message = error_text("x.xlsx", &bytes);
    assert_eq!(
        message,
        "Cannot read \"x.xlsx\": the file is not a spreadsheet (it may be damaged or another format renamed to .xlsx)."
    );
}

#[test]
fn truncated_xlsx() {
    let bytes = small_xlsx();
    let message = error_text("half.xlsx", &bytes[..bytes.len() / 2]);
    assert!(message.contains("damaged or incomplete"), "{message}");
}

#[test]
fn xlsx_renamed_csv() {
    let message = error_text("data.csv", &small_xlsx());
    assert!(message.contains("rename it to end in .xlsx"), "{message}");
}

#[test]
fn password_protected_workbook() {
    let scratch = Scratch::new();
    let path = scratch.write("geheim.xlsx", b"");
    let mut file = cfb::create(&path).unwrap();
    file.create_stream("EncryptionInfo")
        .unwrap()
        .write_all(&[4, 0, 4, 0])
        .unwrap();
    file.create_stream("EncryptedPackage")
        .unwrap()
        .write_all(&[0; 600])
        .unwrap();
    file.flush().unwrap();
    drop(file);
    let message = error_for(&path, &ImportOptions::default());
    assert!(message.contains("protected with a password"), "{message}");
}

#[test]
fn binary_named_csv() {
    let message = error_text(
        "foto.csv",
        &[0x89, b'P', b'N', b'G', 0, 0, 0, 13, 0, 1, 2, 0, 0, 0],
    );
    assert!(message.contains("not text"), "{message}");
}

#[test]
fn unknown_sheet() {
    let scratch = Scratch::new();
    let path = scratch.write("boek.xlsx", small_xlsx());
    let options = ImportOptions {
        sheet: Some("Verhalen".into()),
        ..ImportOptions::default()
    };
    let message = error_for(&path, &options);
    assert!(
        message.contains("no sheet named \"Verhalen\"") && message.contains("Sheet1"),
        "{message}"
    );
}

#[test]
fn broken_definition() {
    let scratch = Scratch::new();
    let uuid = |i: u32| format!("{i:08x}-0000-4000-8000-000000000000");
    let header = format!("id,{},{},{}", uuid(1), uuid(2), uuid(3));
    let data = scratch.write("P_Data.csv", format!("{header}\n1,a,b,c\n"));
    let definition = scratch.write("P_Definition.json", "{ not json");
    let options = ImportOptions {
        definition: Some(definition),
        ..ImportOptions::default()
    };
    let error = import_path(&data, &options).unwrap_err().to_string();
    assert!(
        error.starts_with(
            "Cannot read the framework definition \"P_Definition.json\": it is not valid JSON"
        ),
        "{error}"
    );
    // Found beside the data rather than chosen: a warning, not an error.
    let imported = import(&data);
    assert!(
        imported
            .warnings
            .iter()
            .any(|w| w.message().contains("not valid JSON"))
    );
}
