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
}

/// The name of `path` as shown in messages: the file name, or the whole path
/// when it has none.
pub(crate) fn display_name(path: &Path) -> String {
    path.file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

impl ImportError {
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
