//! [`ImportError`]: why a file could not be imported at all.
//!
//! Every message is one sentence for a researcher: which file, what is wrong,
//! and what to do about it, worded in Dutch or English by
//! [`ImportError::sentence`] from [`crate::i18n::ErrorStrings`] (`Display`
//! is the English one). Reasons are typed ([`IoReason`], [`DamagedDetail`],
//! …); only a library's or the system's own message is quoted as it is.
//! Partial problems are not errors but [`ImportWarning`](super::ImportWarning)s.

use std::path::Path;

use crate::files::FileKind;
use crate::i18n::{ErrorStrings, Language, fill};
use crate::model::DatasetError;

/// A file that cannot be imported. `file` is the file name as the user knows
/// it (no directories), so the sentence stays short in a dialog.
#[derive(Debug, thiserror::Error)]
#[error("{}", self.sentence(Language::English))]
pub enum ImportError {
    /// The file does not exist.
    NotFound {
        /// The whole path as given, so the user sees which folder was searched.
        file: String,
    },
    /// The file exists but could not be read.
    Io {
        /// The file name as the user knows it.
        file: String,
        /// Why it could not be read.
        reason: IoReason,
    },
    /// The file holds nothing at all.
    Empty {
        /// The file name as the user knows it.
        file: String,
    },
    /// The file has a header row but no stories.
    NoStories {
        /// The file name as the user knows it.
        file: String,
    },
    /// A file read as CSV or text is binary data.
    NotText {
        /// The file name as the user knows it.
        file: String,
    },
    /// A workbook (zip or OLE) under a text file's name.
    WorkbookNamedAsText {
        /// The file name as the user knows it.
        file: String,
        /// The extension it should have: `xlsx` or `xls`.
        extension: &'static str,
    },
    /// A file named as a spreadsheet that no spreadsheet reader recognises.
    NotSpreadsheet {
        /// The file name as the user knows it.
        file: String,
        /// Its extension (`xlsx` when it has none).
        extension: String,
    },
    /// A workbook that opens but cannot be read through.
    Damaged {
        /// The file name as the user knows it.
        file: String,
        /// What is damaged.
        detail: DamagedDetail,
    },
    /// A workbook encrypted with a password.
    PasswordProtected {
        /// The file name as the user knows it.
        file: String,
    },
    /// The sheet asked for (by name, case-insensitively) is not in the workbook.
    SheetNotFound {
        /// The file name as the user knows it.
        file: String,
        /// The sheet name asked for.
        sheet: String,
        /// The workbook's sheet names, joined by ", ".
        available: String,
    },
    /// No sheet of the workbook holds any data.
    NoSheets {
        /// The file name as the user knows it.
        file: String,
    },
    /// The SenseMaker framework definition beside the data cannot be used.
    Definition {
        /// The definition file's name.
        file: String,
        /// What is wrong with it.
        detail: DefinitionDetail,
    },
    /// The user cancelled the import.
    Cancelled {
        /// The file name as the user knows it.
        file: String,
    },
    /// A failure of Storylens itself (a stopped import thread, a dataset
    /// that does not hold together): to be reported, with the file.
    Inconsistent {
        /// The file name as the user knows it.
        file: String,
        /// What went wrong.
        detail: InconsistentDetail,
    },
    // Hardening (issue 15): bounded resources and regular files only.
    /// The path is not a regular file (a folder, a device, …).
    NotAFile {
        /// The file name as the user knows it.
        file: String,
        /// What it is instead.
        what: FileKind,
    },
    /// The file is larger than the most Storylens reads.
    TooLarge {
        /// The file name as the user knows it.
        file: String,
        /// That limit in MiB (bytes / 2²⁰, rounded down).
        limit_mb: u64,
    },
    /// A workbook cell lies past Excel's 1,048,576 rows or 16,384 columns.
    OutsideSheet {
        /// The file name as the user knows it.
        file: String,
        /// The cell's row, 1-based.
        row: u64,
        /// The cell's column, 1-based.
        column: u64,
    },
    /// A sheet would expand to more cells (rows × columns) than Storylens
    /// holds.
    TooManyCells {
        /// The file name as the user knows it.
        file: String,
        /// The cells the sheet would have.
        cells: u64,
        /// The most cells allowed for this kind of sheet.
        limit: u64,
    },
    /// An xlsx whose shared-strings list claims more entries than its size
    /// can hold: damaged or crafted.
    SharedStringsCount {
        /// The file name as the user knows it.
        file: String,
        /// The entry count the list claims (`uniqueCount`).
        claimed: u64,
    },
}

/// The name of `path` as shown in messages: the file name, or the whole path
/// when it has none.
pub(crate) fn display_name(path: &Path) -> String {
    path.file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

impl ImportError {
    /// A bounded read of `path` that failed: not a regular file, too
    /// large, or an I/O error.
    pub(crate) fn unreadable(path: &Path, error: crate::files::ReadError) -> Self {
        use crate::files::ReadError;
        match error {
            ReadError::Io(error) => Self::io(path, &error),
            ReadError::NotRegular(kind) => Self::NotAFile {
                file: display_name(path),
                what: kind,
            },
            ReadError::TooLarge { limit_bytes } => Self::TooLarge {
                file: display_name(path),
                limit_mb: limit_bytes >> 20,
            },
        }
    }

    /// An I/O failure on `path`, with `NotFound` told apart.
    pub(crate) fn io(path: &Path, error: &std::io::Error) -> Self {
        let file = display_name(path);
        match error.kind() {
            // The whole path: which folder was searched is what the user
            // needs to see when a file is not there.
            std::io::ErrorKind::NotFound => Self::NotFound {
                file: path.display().to_string(),
            },
            std::io::ErrorKind::PermissionDenied => Self::Io {
                file,
                reason: IoReason::PermissionDenied,
            },
            std::io::ErrorKind::IsADirectory => Self::Io {
                file,
                reason: IoReason::Folder,
            },
            _ => Self::Io {
                file,
                reason: IoReason::System(error.to_string()),
            },
        }
    }
}

/// Why a file could not be read, worded by the error table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IoReason {
    /// The system refused access (permissions).
    PermissionDenied,
    /// The path is a folder.
    Folder,
    /// No thread could be started to read it; the system's message.
    NoThread(String),
    /// Any other I/O error; the system's message, quoted.
    System(String),
}

/// What is damaged in a workbook.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DamagedDetail {
    /// The spreadsheet reader could not make sense of it.
    Unreadable,
    /// The zip container of the workbook is broken.
    BrokenZip,
    /// The spreadsheet reader's own message, quoted.
    Reader(String),
    /// The cells could not be put in a table.
    NoTable,
    /// An ODS sheet that is not well-formed XML.
    NotWellFormed,
    /// An ODS sheet cut off before its end tag.
    CutOff,
}

/// What is wrong with a SenseMaker framework definition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DefinitionDetail {
    /// The JSON parser's message.
    NotJson(String),
    /// The definition names no signifiers (questions).
    NoSignifiers,
}

/// What went wrong inside an import that should not have.
#[derive(Debug, PartialEq)]
pub enum InconsistentDetail {
    /// The import thread stopped without an answer (a panic or a lost
    /// channel).
    Stopped,
    /// The imported data does not form a valid dataset.
    Dataset(DatasetError),
}

impl ImportError {
    /// The one sentence for the user, in `language`: which file, what is
    /// wrong, what to do.
    pub fn sentence(&self, language: Language) -> String {
        let e = language.errors();
        match self {
            Self::NotFound { file } => fill(e.import_not_found, &[("file", file)]),
            Self::Io { file, reason } => {
                fill(e.import_io, &[("file", file), ("reason", &reason.text(e))])
            }
            Self::Empty { file } => fill(e.import_empty, &[("file", file)]),
            Self::NoStories { file } => fill(e.import_no_stories, &[("file", file)]),
            Self::NotText { file } => fill(e.import_not_text, &[("file", file)]),
            Self::WorkbookNamedAsText { file, extension } => fill(
                e.import_workbook_named_as_text,
                &[("file", file), ("extension", extension)],
            ),
            Self::NotSpreadsheet { file, extension } => fill(
                e.import_not_spreadsheet,
                &[("file", file), ("extension", extension)],
            ),
            Self::Damaged { file, detail } => fill(
                e.import_damaged,
                &[("file", file), ("detail", &detail.text(e))],
            ),
            Self::PasswordProtected { file } => fill(e.import_password, &[("file", file)]),
            Self::SheetNotFound {
                file,
                sheet,
                available,
            } => fill(
                e.import_sheet_not_found,
                &[("file", file), ("sheet", sheet), ("available", available)],
            ),
            Self::NoSheets { file } => fill(e.import_no_sheets, &[("file", file)]),
            Self::Definition { file, detail } => {
                let detail = match detail {
                    DefinitionDetail::NotJson(json) => {
                        fill(e.definition_not_json, &[("detail", json)])
                    }
                    DefinitionDetail::NoSignifiers => e.definition_no_signifiers.to_owned(),
                };
                fill(e.import_definition, &[("file", file), ("detail", &detail)])
            }
            Self::Cancelled { file } => fill(e.import_cancelled, &[("file", file)]),
            Self::Inconsistent { file, detail } => {
                let detail = match detail {
                    InconsistentDetail::Stopped => e.inconsistent_stopped.to_owned(),
                    InconsistentDetail::Dataset(error) => error.sentence(language),
                };
                fill(
                    e.import_inconsistent,
                    &[("file", file), ("detail", &detail)],
                )
            }
            Self::NotAFile { file, what } => fill(
                e.import_not_a_file,
                &[("file", file), ("what", &what.described(language))],
            ),
            Self::TooLarge { file, limit_mb } => fill(
                e.import_too_large,
                &[("file", file), ("limit_mb", limit_mb)],
            ),
            Self::OutsideSheet { file, row, column } => fill(
                e.import_outside_sheet,
                &[("file", file), ("row", row), ("column", column)],
            ),
            Self::TooManyCells { file, cells, limit } => fill(
                e.import_too_many_cells,
                &[("file", file), ("cells", cells), ("limit", limit)],
            ),
            Self::SharedStringsCount { file, claimed } => fill(
                e.import_shared_strings,
                &[("file", file), ("claimed", claimed)],
            ),
        }
    }
}

impl IoReason {
    fn text(&self, e: &ErrorStrings) -> String {
        match self {
            Self::PermissionDenied => e.io_permission.to_owned(),
            Self::Folder => e.io_folder.to_owned(),
            Self::NoThread(detail) => fill(e.io_no_thread, &[("detail", detail)]),
            Self::System(detail) => fill(e.io_system, &[("detail", detail)]),
        }
    }
}

impl DamagedDetail {
    fn text(&self, e: &ErrorStrings) -> String {
        match self {
            Self::Unreadable => e.damaged_unreadable.to_owned(),
            Self::BrokenZip => e.damaged_zip.to_owned(),
            Self::Reader(detail) => fill(e.damaged_reader, &[("detail", detail)]),
            Self::NoTable => e.damaged_no_table.to_owned(),
            Self::NotWellFormed => e.damaged_xml.to_owned(),
            Self::CutOff => e.damaged_cut_off.to_owned(),
        }
    }
}
