//! Import: a data file → [`RawTable`] → a layout recogniser → [`Dataset`]
//! (codebook + columns) and [`ImportWarning`]s.
//!
//! Reading and understanding are separate steps, as in ripgrep's "low" and
//! "high" arguments:
//!
//! 1. **Read** ([`delimited`] for CSV/TSV/TXT after [`decode`], [`workbook`]
//!    for spreadsheets): bytes → `(row number, cells)` records →
//!    [`RawTable::from_records`], which finds the header below any title
//!    rows and squares up ragged rows. Cells stay as the file gave them
//!    ([`Cell`]); nothing is parsed into numbers yet.
//! 2. **Recognise** ([`Layout`]): the SenseMaker raw and Workbench exports
//!    (with the framework definition), NarraFirma (with its story form),
//!    Spryng-style `Question - label` headers, and the generic layout. Each
//!    recogniser turns columns into questions through the builders in
//!    [`columns`] and [`choice`], collecting them in an [`Assembly`], and
//!    hands the columns it does not understand to the generic recogniser.
//! 3. **Assemble**: [`Assembly::finish`] makes story ids unique and builds
//!    the validated [`Dataset`].
//!
//! A [`Reporter`] goes down every step; every value that is repaired or
//! left out becomes a warning with its column and row numbers.

mod assemble;
mod cell;
mod choice;
mod columns;
mod date;
mod decode;
mod delimited;
mod error;
mod generic;
mod narrafirma;
mod raw;
mod report;
mod sensemaker;
mod spryng;
mod workbook;

use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::model::Dataset;

pub use assemble::Assembly;
pub use cell::Cell;
pub use error::ImportError;
pub use raw::RawTable;
pub use report::{ImportWarning, Reporter};

use error::display_name;

/// What the user chose besides the file.
#[derive(Clone, Debug, Default)]
pub struct ImportOptions {
    /// A SenseMaker framework definition (JSON); found beside the data
    /// file when not given.
    pub definition: Option<PathBuf>,
    /// The sheet of a workbook; the first that looks like data when `None`.
    pub sheet: Option<String>,
}

/// Which export layout the file was recognised as.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Layout {
    SensemakerRaw,
    SensemakerWorkbench,
    Spryng,
    Narrafirma,
    Generic,
}

/// A successfully imported file.
#[derive(Clone, Debug)]
pub struct Imported {
    pub dataset: Dataset,
    pub layout: Layout,
    pub warnings: Vec<ImportWarning>,
}

/// Imports the data file at `path`.
pub fn import_path(path: &Path, options: &ImportOptions) -> Result<Imported, ImportError> {
    let mut report = Reporter::default();
    let mut table = read_table(path, options, &mut report)?;
    let name = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| display_name(path));
    let (assembly, layout) = recognise(&mut table, path, options, &mut report)?;
    let dataset = assembly
        .finish(&name, &table, &mut report)
        .map_err(|error| ImportError::Inconsistent {
            file: display_name(path),
            detail: error.to_string(),
        })?;
    Ok(Imported {
        dataset,
        layout,
        warnings: report.into_warnings(),
    })
}

/// Reads `path` into a raw table with at least one story.
pub fn read_table(
    path: &Path,
    options: &ImportOptions,
    report: &mut Reporter,
) -> Result<RawTable, ImportError> {
    let file = display_name(path);
    let bytes = std::fs::read(path).map_err(|e| ImportError::io(path, &e))?;
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ImportError::Empty { file });
    }
    let extension = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let spreadsheet = matches!(extension.as_str(), "xlsx" | "xlsm" | "xlsb" | "xls" | "ods");
    let records = if spreadsheet && (workbook::looks_like_workbook(&bytes) || extension != "xls") {
        workbook::read_records(path, bytes, options.sheet.as_deref(), report)?
    } else {
        if spreadsheet {
            // Web applications often save HTML or CSV under `.xls`.
            report.file("the .xls file is really a text file; it was read as CSV");
        }
        text_records(path, &extension, &bytes, report)?
    };
    let table =
        RawTable::from_records(records, report).ok_or(ImportError::Empty { file: file.clone() })?;
    if table.is_empty() {
        return Err(ImportError::NoStories { file });
    }
    Ok(table)
}

fn text_records(
    path: &Path,
    extension: &str,
    bytes: &[u8],
    report: &mut Reporter,
) -> Result<Vec<(usize, Vec<Cell>)>, ImportError> {
    let file = display_name(path);
    let (text, encoding) = decode::decode(bytes).map_err(|why| match why {
        decode::NotText::ZipWorkbook => ImportError::WorkbookNamedAsText {
            file: file.clone(),
            extension: "xlsx",
        },
        decode::NotText::OleWorkbook => ImportError::WorkbookNamedAsText {
            file: file.clone(),
            extension: "xls",
        },
        decode::NotText::Binary => ImportError::NotText { file: file.clone() },
    })?;
    if encoding == decode::TextEncoding::Windows1252 {
        report.file("the file is not UTF-8; it was read as Windows-1252 (Western European)");
    }
    let preferred = (extension == "tsv").then_some(b'\t');
    let delimiter = delimited::sniff_delimiter(&text, preferred);
    Ok(delimited::read_records(&text, delimiter))
}

/// Picks the layout of `table` (read from `path`) and recognises it. A
/// recogniser may drop rows that are not stories (NarraFirma's comment
/// lines), hence `&mut`.
pub fn recognise(
    table: &mut RawTable,
    path: &Path,
    options: &ImportOptions,
    report: &mut Reporter,
) -> Result<(Assembly, Layout), ImportError> {
    if let Some(form) = narrafirma::find_beside(path).and_then(|p| narrafirma::StoryForm::load(&p))
    {
        let assembly = narrafirma::recognise(table, &form, report);
        return Ok((assembly, Layout::Narrafirma));
    }
    if sensemaker::is_sensemaker(table) {
        return sensemaker::recognise(table, path, options, report);
    }
    if spryng::is_spryng(table) {
        return Ok((spryng::recognise(table, report), Layout::Spryng));
    }
    Ok((generic::recognise(table, report), Layout::Generic))
}
