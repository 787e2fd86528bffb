//! [`ImportError`]: why a file could not be imported at all.
//!
//! Every message is one sentence for a researcher: which file, what is wrong,
//! and what to do about it. Partial problems are not errors but
//! [`ImportWarning`](super::ImportWarning)s.

use std::path::Path;

/// A file that cannot be imported. `file` is the file name as the user knows
/// it (no directories), so the sentence stays short in a dialog.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error(
        "Cannot read \"{file}\": the file does not exist (check the name and folder, or whether it was moved)."
    )]
    NotFound { file: String },
    #[error(
        "Cannot read \"{file}\": {reason} (check that the file is not open elsewhere and that you may read it)."
    )]
    Io { file: String, reason: String },
    #[error(
        "Cannot import \"{file}\": the file is empty; export the data again from the collection platform."
    )]
    Empty { file: String },
    #[error(
        "Cannot import \"{file}\": it has a header row but no stories; check that the export contains data."
    )]
    NoStories { file: String },
    #[error(
        "Cannot read \"{file}\": the file is not text but binary data; open it in the program that made it and save it as CSV or .xlsx."
    )]
    NotText { file: String },
    #[error(
        "Cannot read \"{file}\": it is a spreadsheet workbook saved under a text-file name; rename it to end in .{extension} and open it again."
    )]
    WorkbookNamedAsText {
        file: String,
        extension: &'static str,
    },
    #[error(
        "Cannot read \"{file}\": the file is not a spreadsheet (it may be damaged or another format renamed to .{extension})."
    )]
    NotSpreadsheet { file: String, extension: String },
    #[error(
        "Cannot read \"{file}\": the workbook is damaged or incomplete ({detail}); copy or export it again."
    )]
    Damaged { file: String, detail: String },
    #[error(
        "Cannot read \"{file}\": the workbook is protected with a password; open it in Excel, remove the password and save a copy to import."
    )]
    PasswordProtected { file: String },
    #[error(
        "Cannot import \"{file}\": it has no sheet named \"{sheet}\" (its sheets are: {available})."
    )]
    SheetNotFound {
        file: String,
        sheet: String,
        available: String,
    },
    #[error("Cannot import \"{file}\": none of its sheets holds any data.")]
    NoSheets { file: String },
    #[error(
        "Cannot read the framework definition \"{file}\": {detail}; export it again from SenseMaker or import without it."
    )]
    Definition { file: String, detail: String },
    #[error("The import of \"{file}\" was cancelled.")]
    Cancelled { file: String },
    #[error("Cannot import \"{file}\": {detail}; please report this with the file.")]
    Inconsistent { file: String, detail: String },
    // Hardening (issue 15): bounded resources and regular files only.
    #[error("Cannot read \"{file}\": it is {what}, not a file; choose the exported file itself.")]
    NotAFile { file: String, what: &'static str },
    #[error(
        "Cannot read \"{file}\": it is larger than {limit_mb} MB, the most Storylens reads; export only the columns you need or split the survey into parts."
    )]
    TooLarge { file: String, limit_mb: u64 },
    #[error(
        "Cannot read \"{file}\": it has a cell at row {row}, column {column}, beyond Excel's limit of 1,048,576 rows and 16,384 columns (column XFD); open it in Excel or LibreOffice, save a copy and import that."
    )]
    OutsideSheet { file: String, row: u64, column: u64 },
    #[error(
        "Cannot read \"{file}\": its sheet would hold {cells} cells (rows × columns), more than the {limit} Storylens reads; delete the empty or repeated rows and columns around the data, save and import again."
    )]
    TooManyCells {
        file: String,
        cells: u64,
        limit: u64,
    },
    #[error(
        "Cannot read \"{file}\": its list of shared texts claims {claimed} entries, more than a file of its size can hold, so the workbook is damaged; open it in Excel or LibreOffice, save a copy and import that."
    )]
    SharedStringsCount { file: String, claimed: u64 },
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
                what: kind.described(),
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
                reason: "permission was denied".into(),
            },
            std::io::ErrorKind::IsADirectory => Self::Io {
                file,
                reason: "it is a folder, not a file".into(),
            },
            _ => Self::Io {
                file,
                reason: format!("the system reported \"{error}\""),
            },
        }
    }
}
