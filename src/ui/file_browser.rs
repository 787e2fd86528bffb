//! [`FileBrowser`]: Storylens's own file dialog, for when the system's
//! cannot be shown (a Linux desktop without an xdg-desktop-portal or
//! zenity, see [`DialogAnswer::Unavailable`](super::file_dialogs::DialogAnswer)).
//!
//! A caller whose system dialog was unavailable calls
//! `StorylensApp::browse` (in `browse.rs`) with its [`BrowsePurpose`]; the
//! app keeps the browser in `file_browser` and draws it as a modal every
//! frame. When the user picks a file, the
//! purpose becomes the very [`Command`] the system dialog's answer would
//! have led to, so opening, saving, re-importing and exporting work the
//! same either way. What a folder lists comes from
//! `folder_listing`, which needs no egui.
//!
//! Why our own: of the egui file dialogs, `egui-file-dialog` 0.15 needs
//! egui 0.36, and `egui_file` 0.29 (egui 0.37) has no recent folders, no
//! home, shows untranslated I/O errors and keeps no file extension.

use std::path::{Path, PathBuf};

use crate::i18n::{self, Language, Strings};

use super::commands::Command;
use super::export_actions::ExportKind;
use super::file_dialogs::FileFilter;
use super::folder_listing::{self, Entry};
use super::widgets::icon_button;

/// How many recent folders the browser offers.
const RECENT_FOLDERS: usize = 5;

/// What the browser was opened for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BrowsePurpose {
    /// File → Open: a project, or an export through the import dialog.
    Open,
    /// File → Save as…
    SaveProjectAs,
    /// File → Import a newer export…
    Reimport,
    /// File → Export → this kind.
    Export(ExportKind),
    /// The import dialog's "Other file…": it handles the answer itself.
    ImportOtherFile,
    /// The import dialog's "Save report…": it handles the answer itself.
    ImportSaveReport,
}

impl BrowsePurpose {
    /// Whether the browser names a new file rather than picking one.
    pub fn is_save(self) -> bool {
        matches!(
            self,
            Self::SaveProjectAs | Self::Export(_) | Self::ImportSaveReport
        )
    }

    /// What the app does with the chosen `path`; `None` for the import
    /// dialog's own questions, which it answers itself.
    pub fn command(self, path: PathBuf) -> Option<Command> {
        match self {
            Self::Open => Some(Command::OpenOrImport(path)),
            Self::SaveProjectAs => Some(Command::SaveAs(path)),
            Self::Reimport => Some(Command::Reimport(path)),
            Self::Export(kind) => Some(Command::ExportTo(kind, path)),
            Self::ImportOtherFile | Self::ImportSaveReport => None,
        }
    }
}

/// How the browser ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BrowserOutcome {
    /// The user chose this file.
    Chosen(PathBuf),
    /// The user closed the browser without choosing.
    Cancelled,
}

/// What a click or a key asked for while drawing.
enum Action {
    GoTo(PathBuf),
    EnterPath,
    Select(PathBuf),
    Confirm,
    Cancel,
}

/// The built-in file browser's state.
#[derive(Debug)]
pub struct FileBrowser {
    pub(crate) purpose: BrowsePurpose,
    title: String,
    /// Files with these extensions are listed; a saved name gets the first.
    extensions: Vec<&'static str>,
    folder: PathBuf,
    listing: Vec<Entry>,
    /// The path box: the folder shown, or what the user typed.
    path_text: String,
    /// Save: the new file's name.
    file_name: String,
    /// Open: the file clicked.
    selected: Option<PathBuf>,
    recent: Vec<PathBuf>,
    /// One sentence on what went wrong (or needs a second click).
    message: Option<String>,
    /// Save: the existing file the user was warned about; saving to it
    /// again replaces it.
    replace: Option<PathBuf>,
    /// Focus goes to the path box (open) or the file name (save) once.
    focus_pending: bool,
}

impl FileBrowser {
    /// A browser on `start` for `purpose`, listing the files of `filters`;
    /// a save starts with `default_name`.
    pub fn new(
        purpose: BrowsePurpose,
        title: &str,
        filters: &[FileFilter],
        default_name: &str,
        start: &Path,
        recent_files: &[PathBuf],
        tr: &Strings,
    ) -> Self {
        let mut extensions: Vec<&'static str> = Vec::new();
        for extension in filters.iter().flat_map(|f| f.extensions.iter().copied()) {
            if !extensions.contains(&extension) {
                extensions.push(extension);
            }
        }
        let mut browser = Self {
            purpose,
            title: title.to_owned(),
            extensions,
            folder: start.to_path_buf(),
            listing: Vec::new(),
            path_text: String::new(),
            file_name: default_name.to_owned(),
            selected: None,
            recent: folder_listing::recent_folders(recent_files, RECENT_FOLDERS),
            message: None,
            replace: None,
            focus_pending: true,
        };
        browser.go_to(start.to_path_buf(), tr);
        browser
    }

    /// What the file is chosen for.
    pub fn purpose(&self) -> BrowsePurpose {
        self.purpose
    }

    /// The folder listed.
    pub fn folder(&self) -> &Path {
        &self.folder
    }

    /// The names listed, folders first.
    pub fn listed(&self) -> Vec<&str> {
        self.listing.iter().map(|e| e.name.as_str()).collect()
    }

    /// The sentence shown under the listing, if any.
    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }

    /// Lists `folder`; when it cannot be read, the listing stays as it was
    /// and one sentence says why.
    fn go_to(&mut self, folder: PathBuf, tr: &Strings) {
        match folder_listing::list_folder(&folder, &self.extensions) {
            Ok(listing) => {
                // Ending in the separator, so a typed name goes into it.
                let mut text = folder.display().to_string();
                if !text.ends_with(std::path::is_separator) {
                    text.push(std::path::MAIN_SEPARATOR);
                }
                self.path_text = text;
                self.listing = listing;
                self.folder = folder;
                self.selected = None;
                self.message = None;
            }
            Err(error) => self.message = Some(folder_listing::unreadable(&folder, &error, tr)),
        }
    }

    /// Enter in the path box: a folder is listed, a file is chosen (for a
    /// save: named), anything else is one sentence.
    fn enter_path(&mut self, tr: &Strings) -> Option<BrowserOutcome> {
        let typed = self.path_text.trim();
        if typed.is_empty() {
            return None;
        }
        let path = match typed.strip_prefix('~') {
            Some(rest) => folder_listing::home_folder().map_or_else(
                || PathBuf::from(typed),
                |home| home.join(rest.trim_start_matches(['/', '\\'])),
            ),
            None => self.folder.join(typed),
        };
        let path = folder_listing::normalized(&path);
        if path.is_dir() {
            self.go_to(path, tr);
            // Typing goes on: in the path box, or in the file name.
            self.focus_pending = true;
            return None;
        }
        let parent = path.parent().filter(|p| p.is_dir()).map(Path::to_path_buf);
        match parent {
            Some(parent) if self.purpose.is_save() || path.is_file() => {
                self.file_name = path
                    .file_name()
                    .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
                self.go_to(parent, tr);
                if self.purpose.is_save() {
                    self.confirm(tr)
                } else {
                    Some(BrowserOutcome::Chosen(path))
                }
            }
            _ => {
                let error = std::io::Error::from(std::io::ErrorKind::NotFound);
                self.message = Some(folder_listing::unreadable(&path, &error, tr));
                None
            }
        }
    }

    /// Open or Save: the chosen file, or one sentence on what is missing.
    fn confirm(&mut self, tr: &Strings) -> Option<BrowserOutcome> {
        if !self.purpose.is_save() {
            return self.selected.clone().map(BrowserOutcome::Chosen);
        }
        if self.file_name.trim().is_empty() {
            self.message = Some(tr.browser_name_needed.to_owned());
            return None;
        }
        let name = folder_listing::with_extension(&self.file_name, &self.extensions);
        let path = self.folder.join(&name);
        if path.is_dir() {
            self.go_to(path, tr);
            return None;
        }
        if path.exists() && self.replace.as_ref() != Some(&path) {
            self.message = Some(i18n::fill(tr.browser_replace, &[("file", &name)]));
            self.replace = Some(path);
            return None;
        }
        Some(BrowserOutcome::Chosen(path))
    }

    /// Draws the browser as a modal; `Some` once the user chooses or
    /// cancels (Esc).
    pub fn ui(&mut self, ctx: &egui::Context, language: Language) -> Option<BrowserOutcome> {
        let tr = language.strings();
        let modal = egui::Modal::new(egui::Id::unique("file_browser"))
            .show(ctx, |ui| self.contents_ui(ui, tr));
        let escape = modal.is_top_modal
            && ctx.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Escape));
        let action = if escape {
            Some(Action::Cancel)
        } else {
            modal.inner
        };
        match action? {
            Action::GoTo(folder) => {
                self.go_to(folder, tr);
                None
            }
            Action::EnterPath => self.enter_path(tr),
            Action::Select(path) => {
                self.file_name = path
                    .file_name()
                    .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
                self.selected = Some(path);
                None
            }
            Action::Confirm => self.confirm(tr),
            Action::Cancel => Some(BrowserOutcome::Cancelled),
        }
    }

    fn contents_ui(&mut self, ui: &mut egui::Ui, tr: &Strings) -> Option<Action> {
        ui.set_width(640.0);
        ui.heading(&self.title);
        let mut action = self.path_row_ui(ui, tr);
        if !self.recent.is_empty() {
            ui.horizontal_wrapped(|ui| {
                ui.label(tr.browser_recent);
                for folder in &self.recent {
                    let name = folder.file_name().map_or_else(
                        || folder.display().to_string(),
                        |n| n.to_string_lossy().into_owned(),
                    );
                    let button = ui
                        .small_button(name)
                        .on_hover_text(folder.display().to_string());
                    if button.clicked() {
                        action = Some(Action::GoTo(folder.clone()));
                    }
                }
            });
        }
        ui.separator();
        action = self.listing_ui(ui, tr).or(action);
        if let Some(message) = &self.message {
            ui.colored_label(ui.visuals().error_fg_color, message);
        }
        if self.purpose.is_save() {
            ui.horizontal(|ui| {
                let label = ui.label(tr.browser_file_name);
                let field =
                    egui::TextEdit::singleline(&mut self.file_name).desired_width(f32::INFINITY);
                let response = ui.add(field).labelled_by(label.id);
                if std::mem::take(&mut self.focus_pending) {
                    response.request_focus();
                }
                if response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                    action = Some(Action::Confirm);
                }
            });
        }
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            let (confirm, enabled) = if self.purpose.is_save() {
                (tr.browser_save, !self.file_name.trim().is_empty())
            } else {
                (tr.browser_open, self.selected.is_some())
            };
            if ui
                .add_enabled(enabled, egui::Button::new(confirm))
                .clicked()
            {
                action = Some(Action::Confirm);
            }
            if ui.button(tr.browser_cancel).clicked() {
                action = Some(Action::Cancel);
            }
        });
        // Enter with no text box focused opens the file clicked.
        let nothing_focused = ui.memory(|m| m.focused().is_none());
        if action.is_none()
            && nothing_focused
            && self.selected.is_some()
            && ui.input(|i| i.key_pressed(egui::Key::Enter))
        {
            action = Some(Action::Confirm);
        }
        action
    }

    /// Parent, home and the path box.
    fn path_row_ui(&mut self, ui: &mut egui::Ui, tr: &Strings) -> Option<Action> {
        let mut action = None;
        ui.horizontal(|ui| {
            let parent = self.folder.parent().map(Path::to_path_buf);
            let up = ui.add_enabled_ui(parent.is_some(), |ui| {
                icon_button(ui, "↑", tr.browser_parent)
            });
            if let (true, Some(parent)) = (up.inner.clicked(), parent) {
                action = Some(Action::GoTo(parent));
            }
            if let Some(home) = folder_listing::home_folder()
                && icon_button(ui, "⌂", tr.browser_home).clicked()
            {
                action = Some(Action::GoTo(home));
            }
            let label = ui.label(tr.browser_path);
            let field =
                egui::TextEdit::singleline(&mut self.path_text).desired_width(f32::INFINITY);
            let response = ui.add(field).labelled_by(label.id);
            // Open starts in the path box, Save in the file name.
            if !self.purpose.is_save() && std::mem::take(&mut self.focus_pending) {
                response.request_focus();
            }
            if response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                action = Some(Action::EnterPath);
            }
        });
        action
    }

    /// Subfolders, then the files of the wanted kinds.
    fn listing_ui(&self, ui: &mut egui::Ui, tr: &Strings) -> Option<Action> {
        let mut action = None;
        egui::ScrollArea::vertical()
            .max_height(300.0)
            .auto_shrink([false, false])
            .show(ui, |ui| {
                if self.listing.is_empty() {
                    ui.weak(tr.browser_empty);
                }
                for entry in &self.listing {
                    let selected = self.selected.as_ref() == Some(&entry.path);
                    // A folder ends in the separator, as `ls -F` shows it.
                    let text = if entry.is_folder {
                        format!("{}{}", entry.name, std::path::MAIN_SEPARATOR)
                    } else {
                        entry.name.clone()
                    };
                    let response = ui.selectable_label(selected, text);
                    if entry.is_folder && response.clicked() {
                        action = Some(Action::GoTo(entry.path.clone()));
                    } else if response.double_clicked() {
                        action = Some(Action::Confirm);
                    } else if response.clicked() {
                        action = Some(Action::Select(entry.path.clone()));
                    }
                }
            });
        let kinds = self.extensions.join(", ");
        ui.weak(i18n::fill(tr.browser_shows, &[("kinds", &kinds)]));
        action
    }
}
