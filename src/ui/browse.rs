//! The app's side of the built-in [`FileBrowser`]: [`StorylensApp::browse`]
//! opens it when a system dialog was unavailable, and
//! [`StorylensApp::file_browser_ui`] draws it each frame and turns a chosen
//! file into its purpose's command, carried out at once.

use std::path::{Path, PathBuf};

use super::app::{Notice, StorylensApp};
use super::file_browser::{BrowsePurpose, BrowserOutcome, FileBrowser};
use super::file_dialogs::FileFilter;
use super::folder_listing;

impl StorylensApp {
    /// The system could not show its dialog: says so once and opens the
    /// built-in browser for `purpose`, in the project's folder, the most
    /// recent file's, or home.
    pub(crate) fn browse(
        &mut self,
        purpose: BrowsePurpose,
        title: &str,
        filters: &[FileFilter],
        default_name: &str,
    ) {
        let tr = self.strings();
        let text = tr.file_dialog_unavailable.to_owned();
        if !self.notices.iter().any(|n| n.text == text) {
            self.notices.push(Notice::info(text));
        }
        let start = self
            .project_path
            .iter()
            .chain(&self.settings.recent)
            .filter_map(|file| file.parent())
            .find(|folder| folder.is_dir())
            .map(Path::to_path_buf)
            .or_else(folder_listing::home_folder)
            .or_else(|| std::env::current_dir().ok())
            .unwrap_or_else(|| PathBuf::from("/"));
        self.file_browser = Some(FileBrowser::new(
            purpose,
            title,
            filters,
            default_name,
            &start,
            &self.settings.recent,
            tr,
        ));
    }

    /// Draws the built-in browser while it is open; a chosen file's
    /// command (its purpose's) is carried out at once.
    pub(crate) fn file_browser_ui(&mut self, ctx: &egui::Context) {
        let Some(browser) = &mut self.file_browser else {
            return;
        };
        match browser.ui(ctx, self.settings.language) {
            Some(BrowserOutcome::Chosen(path)) => {
                let command = browser.purpose.command(path);
                self.file_browser = None;
                // Carried out at once, not queued: File → Open already
                // asked about unsaved changes before the browser opened.
                if let Some(command) = command {
                    self.carry_out(command);
                }
            }
            Some(BrowserOutcome::Cancelled) => {
                self.file_browser = None;
                // A "Save" in the unsaved-changes prompt that ended here
                // leaves the held-back command undone.
                self.after_save = None;
            }
            None => {}
        }
    }

    /// The built-in file browser, while it is open.
    pub fn file_browser(&self) -> Option<&FileBrowser> {
        self.file_browser.as_ref()
    }
}
