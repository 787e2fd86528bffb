//! [`FileDialogs`]: the system's open and save dialogs behind a trait, so
//! that the UI can be tested without a desktop: [`RfdDialogs`] asks the
//! system through `rfd`; [`ScriptedDialogs`] answers with preset paths and
//! remembers what was asked.

use std::cell::RefCell;
use std::path::PathBuf;

/// A file type in a dialog: a name and extensions without the dot.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FileFilter {
    pub name: &'static str,
    pub extensions: &'static [&'static str],
}

/// Every data file the import reads.
pub const DATA_EXTENSIONS: &[&str] = &["csv", "tsv", "txt", "xlsx", "xlsm", "xlsb", "xls", "ods"];

/// The system's file dialogs. Both block until the user answers; `None`
/// when the user cancels.
pub trait FileDialogs {
    fn save_file(&self, title: &str, default_name: &str, filters: &[FileFilter])
    -> Option<PathBuf>;
    fn open_file(&self, title: &str, filters: &[FileFilter]) -> Option<PathBuf>;
}

/// The native dialogs, through `rfd`.
#[derive(Clone, Copy, Debug, Default)]
pub struct RfdDialogs;

impl RfdDialogs {
    fn dialog(title: &str, filters: &[FileFilter]) -> rfd::FileDialog {
        filters
            .iter()
            .fold(rfd::FileDialog::new().set_title(title), |dialog, filter| {
                dialog.add_filter(filter.name, filter.extensions)
            })
    }
}

impl FileDialogs for RfdDialogs {
    fn save_file(
        &self,
        title: &str,
        default_name: &str,
        filters: &[FileFilter],
    ) -> Option<PathBuf> {
        Self::dialog(title, filters)
            .set_file_name(default_name)
            .save_file()
    }

    fn open_file(&self, title: &str, filters: &[FileFilter]) -> Option<PathBuf> {
        Self::dialog(title, filters).pick_file()
    }
}

/// A stand-in for tests: answers every save with `save_to` and every open
/// with `open`, and keeps the titles and default names it was asked with.
#[derive(Debug, Default)]
pub struct ScriptedDialogs {
    pub save_to: Option<PathBuf>,
    pub open: Option<PathBuf>,
    pub asked: RefCell<Vec<String>>,
}

impl FileDialogs for ScriptedDialogs {
    fn save_file(
        &self,
        title: &str,
        default_name: &str,
        _filters: &[FileFilter],
    ) -> Option<PathBuf> {
        self.asked
            .borrow_mut()
            .push(format!("{title}: {default_name}"));
        self.save_to.clone()
    }

    fn open_file(&self, title: &str, _filters: &[FileFilter]) -> Option<PathBuf> {
        self.asked.borrow_mut().push(title.to_owned());
        self.open.clone()
    }
}
