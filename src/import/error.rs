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
    NotFound {
        file: String,
    },
    Io {
        file: String,
        reason: IoReason,
    },
    Empty {
        file: String,
    },
    NoStories {
        file: String,
    },
    NotText {
        file: String,
    },
    WorkbookNamedAsText {
        file: String,
        extension: &'static str,
    },
    NotSpreadsheet {
        file: String,
        extension: String,
    },
    Damaged {
        file: String,
        detail: DamagedDetail,
    },
    PasswordProtected {
        file: String,
    },
    SheetNotFound {
        file: String,
        sheet: String,
        available: String,
    },
    NoSheets {
        file: String,
    },
    Definition {
        file: String,
        detail: DefinitionDetail,
    },
    Cancelled {
        file: String,
    },
    Inconsistent {
        file: String,
        detail: InconsistentDetail,
    },
    // Hardening (issue 15): bounded resources and regular files only.
    NotAFile {
        file: String,
        what: FileKind,
    },
    TooLarge {
        file: String,
        limit_mb: u64,
    },
    OutsideSheet {
        file: String,
        row: u64,
        column: u64,
    },
    TooManyCells {
        file: String,
        cells: u64,
        limit: u64,
    },
    SharedStringsCount {
        file: String,
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
    PermissionDenied,
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
    NoSignifiers,
}

/// What went wrong inside an import that should not have.
#[derive(Debug, PartialEq)]
pub enum InconsistentDetail {
    Stopped,
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
