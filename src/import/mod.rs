//! Import: a data file → [`RawTable`] → a layout recogniser → [`Dataset`]
//! (codebook + columns) and [`ImportWarning`]s.
//!
//! Reading and understanding are separate steps, as in ripgrep's "low" and
//! "high" arguments:
//!
//! 1. **Read** (`delimited` for CSV/TSV/TXT after `decode`, `workbook`
//!    for spreadsheets): bytes → `(row number, cells)` records →
//!    [`RawTable::from_records`], which finds the header below any title
//!    rows and squares up ragged rows. Cells stay as the file gave them
//!    ([`Cell`]); nothing is parsed into numbers yet.
//! 2. **Recognise** ([`Layout`]): the SenseMaker raw and Workbench exports
//!    (with the framework definition), NarraFirma (with its story form),
//!    Spryng-style `Question - label` headers, and the generic layout. Each
//!    recogniser turns columns into questions through the builders in
//!    `columns` and `choice`, collecting them in an [`Assembly`], and
//!    hands the columns it does not understand to the generic recogniser.
//! 3. **Assemble**: [`Assembly::finish`] makes story ids unique and builds
//!    the validated [`Dataset`].
//!
//! 4. **Edit**: the user's [`CodebookEdits`] (kinds, renames, merges, option
//!    order) are applied to the assembly (`apply`), and a [`Detected`]
//!    summary with a confidence per question is made for the import dialog.
//!
//! A [`Reporter`] goes down every step; every value that is repaired or
//! left out becomes a warning with its column and row numbers. The same
//! pipeline runs on a thread as an [`ImportJob`], reporting [`Progress`]
//! and stopping when cancelled.

mod apply;
mod assemble;
mod bounds;
mod cell;
mod cell_ref;
mod choice;
mod chunked;
mod columns;
mod date;
mod decode;
mod delimited;
mod detected;
mod edits;
mod error;
mod generic;
mod job;
mod merge;
mod narrafirma;
mod note;
mod parallel;
mod raw;
mod records;
mod report;
mod sensemaker;
mod sheet_refs;
mod sheet_score;
mod spryng;
mod text_stream;
mod workbook;

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::model::Dataset;

pub use assemble::Assembly;
pub use cell::{Cell, CellRef, Text};
pub use detected::{Confidence, Detected, DetectedQuestion, PREVIEW_ROWS, Reason};
pub use edits::{CodebookEdits, Edit, KindChoice};
pub use error::{DamagedDetail, DefinitionDetail, ImportError, InconsistentDetail, IoReason};
pub use job::{ImportJob, Phase, Progress};
pub use note::{ImportNote, Rejection, SheetSize};
pub use raw::RawTable;
pub use report::{ImportWarning, Reporter, report_text};

use error::display_name;

/// What the user chose besides the file.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ImportOptions {
    /// A SenseMaker framework definition (JSON); found beside the data
    /// file when not given.
    pub definition: Option<PathBuf>,
    /// The sheet of a workbook; the one most like a survey table when `None`.
    pub sheet: Option<String>,
}

/// How a survey's exports are imported: the options chosen and the
/// researcher's codebook edits. A project keeps its recipe, so its source
/// opens the same way every time and the next export of the same survey
/// is imported with the same corrections.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ImportRecipe {
    /// The options chosen for the file: a framework definition, a sheet.
    pub options: ImportOptions,
    /// The codebook edits, applied after detection.
    pub edits: CodebookEdits,
}

impl ImportRecipe {
    /// Nothing chosen, nothing edited: a plain import.
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }

    /// Imports `path` with these options and edits.
    pub fn import(&self, path: &Path) -> Result<Imported, ImportError> {
        import_with_edits(path, &self.options, &self.edits)
    }
}

/// Which export layout the file was recognised as.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Layout {
    /// SenseMaker's raw platform export (signifier ids plus suffixes).
    SensemakerRaw,
    /// SenseMaker Workbench's processed export.
    SensemakerWorkbench,
    /// A Spryng export (`Question - label` headers).
    Spryng,
    /// A NarraFirma stories CSV read with its story form.
    Narrafirma,
    /// Anything else: one column per question, kinds detected.
    Generic,
}

/// A successfully imported file.
#[derive(Clone, Debug)]
pub struct Imported {
    /// The stories and their codebook.
    pub dataset: Dataset,
    /// The layout the file was read as.
    pub layout: Layout,
    /// What was repaired, skipped or guessed, per column and row; empty for
    /// a clean file.
    pub warnings: Vec<ImportWarning>,
    /// Preview and per-question confidence, for the import dialog.
    pub detected: Detected,
}

/// Imports the data file at `path`.
pub fn import_path(path: &Path, options: &ImportOptions) -> Result<Imported, ImportError> {
    import_with_edits(path, options, &CodebookEdits::default())
}

/// Imports the data file at `path` and applies `edits` to the detected
/// codebook.
pub fn import_with_edits(
    path: &Path,
    options: &ImportOptions,
    edits: &CodebookEdits,
) -> Result<Imported, ImportError> {
    run(path, options, edits, &Progress::new())
}

/// The whole pipeline, reporting into `progress` and stopping when it is
/// cancelled.
pub(crate) fn run(
    path: &Path,
    options: &ImportOptions,
    edits: &CodebookEdits,
    progress: &Progress,
) -> Result<Imported, ImportError> {
    let file = display_name(path);
    let mut report = Reporter::default();
    let mut table = read_table_watched(path, options, &mut report, progress)?;
    progress.check(&file)?;
    let name = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| file.clone());
    let (mut assembly, layout) = recognise(&mut table, path, options, &mut report)?;
    progress.advance(0.9);
    progress.check(&file)?;
    apply::apply(edits, &table, &mut assembly, &mut report);
    let dataset = assembly
        .finish(&name, &table, &mut report)
        .map_err(|error| ImportError::Inconsistent {
            file: file.clone(),
            detail: InconsistentDetail::Dataset(error),
        })?;
    let warnings = report.into_warnings();
    let detected = Detected::new(&table, &dataset, &warnings, edits);
    // Freed here, not on a thread of its own: freeing on another thread
    // (about 40 ms for 100,000 stories) fought the next import for the
    // allocator and both cores, which made a second import 30 % slower.
    drop(table);
    progress.advance(1.0);
    Ok(Imported {
        dataset,
        layout,
        warnings,
        detected,
    })
}

/// Reads `path` into a raw table with at least one story.
pub fn read_table(
    path: &Path,
    options: &ImportOptions,
    report: &mut Reporter,
) -> Result<RawTable, ImportError> {
    read_table_watched(path, options, report, &Progress::new())
}

/// Share of the progress bar for reading the bytes, then for splitting
/// them into records; recognising takes the rest.
const READ_UNTIL: f32 = 0.2;
const RECORDS_UNTIL: f32 = 0.6;

fn read_table_watched(
    path: &Path,
    options: &ImportOptions,
    report: &mut Reporter,
    progress: &Progress,
) -> Result<RawTable, ImportError> {
    let file = display_name(path);
    let extension = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let spreadsheet = matches!(extension.as_str(), "xlsx" | "xlsm" | "xlsb" | "xls" | "ods");
    // Plain UTF-8 text streams from disk; anything else is read whole.
    let streamed = if spreadsheet {
        None
    } else {
        match text_stream::stream_table(path, &extension, progress.phase(0.0, RECORDS_UNTIL))? {
            text_stream::Streamed::Table(table, notes) => {
                report.absorb(notes);
                Some(table)
            }
            text_stream::Streamed::Cancelled => return Err(ImportError::Cancelled { file }),
            text_stream::Streamed::NotPlain => None,
        }
    };
    let mut sheets = None;
    let table = match streamed {
        Some(table) => table,
        None => {
            let bytes = read_bytes(path, progress.phase(0.0, READ_UNTIL))?;
            progress.check(&file)?;
            if bytes.iter().all(u8::is_ascii_whitespace) {
                return Err(ImportError::Empty { file });
            }
            let phase = progress.phase(READ_UNTIL, RECORDS_UNTIL);
            if spreadsheet && (workbook::looks_like_workbook(&bytes) || extension != "xls") {
                let (table, found) =
                    workbook::read_table(path, bytes, options.sheet.as_deref(), report)?;
                sheets = Some(found);
                table
            } else {
                if spreadsheet {
                    // Web applications often save HTML or CSV under `.xls`.
                    report.file(ImportNote::XlsIsText);
                }
                text_table(path, &extension, bytes, report, phase)?
            }
        }
    };
    progress.advance(RECORDS_UNTIL);
    progress.check(&file)?;
    let mut table = table.ok_or(ImportError::Empty { file: file.clone() })?;
    if let Some(sheets) = sheets {
        table.sheets = sheets.names;
        table.sheet = Some(sheets.chosen);
    }
    if table.is_empty() {
        return Err(ImportError::NoStories { file });
    }
    Ok(table)
}

/// The file's bytes, read in chunks so that progress shows and a cancel
/// stops the read.
fn read_bytes(path: &Path, phase: Phase<'_>) -> Result<Vec<u8>, ImportError> {
    use std::io::Read;
    const CHUNK: u64 = 4 << 20;
    let failed = |e: std::io::Error| ImportError::io(path, &e);
    let limit = crate::files::MAX_READ_BYTES;
    let (mut file, size) =
        crate::files::open_regular(path, limit).map_err(|e| ImportError::unreadable(path, e))?;
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    loop {
        let read = file
            .by_ref()
            .take(CHUNK)
            .read_to_end(&mut bytes)
            .map_err(failed)?;
        if read == 0 {
            return Ok(bytes);
        }
        if bytes.len() as u64 > limit {
            // Grown past the limit since it was opened.
            let error = crate::files::ReadError::TooLarge { limit_bytes: limit };
            return Err(ImportError::unreadable(path, error));
        }
        if !phase.report(bytes.len() as f32 / size.max(1) as f32) {
            return Err(ImportError::Cancelled {
                file: display_name(path),
            });
        }
    }
}

/// A text file's table (`None` when it holds nothing), its records
/// streamed into the columns as they are split.
fn text_table(
    path: &Path,
    extension: &str,
    bytes: Vec<u8>,
    report: &mut Reporter,
    phase: Phase<'_>,
) -> Result<Option<RawTable>, ImportError> {
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
        report.file(ImportNote::NotUtf8);
    }
    let delimiter = delimited::delimiter_for(&text, extension);
    let mut builder = raw::TableBuilder::new(raw::Shape::Ragged);
    delimited::read_into(&text, delimiter, phase, &mut builder, report)
        .ok_or_else(|| ImportError::Cancelled { file: file.clone() })?;
    drop(text);
    builder.finish_within_budget(&file, report)
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
