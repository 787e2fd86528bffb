//! What the app remembers between runs: `settings.json` in the app's data
//! folder, written whole or not at all (`files::atomic_write`). eframe's own
//! `app.ron` beside it is written in place, so it keeps only what may be
//! lost (window placement); settings of versions that kept them there are
//! read once.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::i18n::Language;

pub use crate::workspace::Theme;

/// The egui look of a [`Theme`] (the theme itself lives in the workspace,
/// which knows nothing of egui).
pub trait ThemeLook {
    /// The egui visuals of this theme.
    fn visuals(self) -> egui::Visuals;
}

impl ThemeLook for Theme {
    fn visuals(self) -> egui::Visuals {
        match self {
            Theme::Light => egui::Visuals::light(),
            Theme::Dark => egui::Visuals::dark(),
            Theme::Projector => {
                let mut visuals = egui::Visuals::light();
                visuals.override_text_color = Some(egui::Color32::BLACK);
                visuals.panel_fill = egui::Color32::WHITE;
                visuals.window_fill = egui::Color32::WHITE;
                visuals.extreme_bg_color = egui::Color32::WHITE;
                visuals.faint_bg_color = egui::Color32::from_gray(235);
                visuals.widgets.noninteractive.bg_stroke.color = egui::Color32::from_gray(90);
                visuals
            }
        }
    }
}

/// Persisted user settings. Runtime state (the dataset, the current chart)
/// lives in the app, not here.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// The UI's language (Dutch or English).
    pub language: Language,
    /// Panels with fewer stories are not drawn.
    pub min_n: usize,
    /// Light, dark or projector.
    pub theme: Theme,
    /// Text size as a zoom factor (1.0 = normal), Ctrl+= / Ctrl+−.
    pub font_scale: f32,
    /// Projects and exports opened or saved, newest first.
    pub recent: Vec<PathBuf>,
    /// Open the most recent project on launch (when no file is given).
    pub reopen_last: bool,
    /// The welcome screen was shown (and closed) once.
    pub welcome_seen: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            language: Language::Dutch,
            min_n: 20,
            theme: Theme::default(),
            font_scale: 1.0,
            recent: Vec::new(),
            reopen_last: true,
            welcome_seen: false,
        }
    }
}

impl Settings {
    /// Where an older version kept the settings in eframe's storage; read when
    /// `settings.json` is absent.
    pub const STORAGE_KEY: &'static str = "storylens.settings";
    /// Smallest text zoom (Ctrl+−).
    pub const MIN_FONT_SCALE: f32 = 0.7;
    /// Largest text zoom (Ctrl+=).
    pub const MAX_FONT_SCALE: f32 = 2.5;

    /// How many recent files File → Recent lists.
    pub const RECENT_LIMIT: usize = 10;

    /// Puts `path` first in the recent files (once, at most
    /// [`Self::RECENT_LIMIT`] kept).
    pub fn remember_recent(&mut self, path: &Path) {
        let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        self.recent.retain(|p| *p != path);
        self.recent.insert(0, path);
        self.recent.truncate(Self::RECENT_LIMIT);
    }

    /// The project to open on launch: the newest recent `.storylens` file
    /// that still exists, when the setting is on.
    pub fn project_to_reopen(&self) -> Option<&Path> {
        if !self.reopen_last {
            return None;
        }
        self.recent
            .iter()
            .find(|p| {
                p.extension()
                    .is_some_and(|e| e.eq_ignore_ascii_case("storylens"))
                    && p.is_file()
            })
            .map(PathBuf::as_path)
    }

    /// One step larger (`1`), smaller (`-1`) or back to normal (`0`).
    pub fn zoom(&mut self, step: i8) {
        self.font_scale = match step {
            0 => 1.0,
            s if s > 0 => self.font_scale * 1.1,
            _ => self.font_scale / 1.1,
        }
        .clamp(Self::MIN_FONT_SCALE, Self::MAX_FONT_SCALE);
    }

    /// Defaults with the language of the system locale.
    pub fn from_system() -> Self {
        let language = sys_locale::get_locale()
            .map(|locale| Language::from_locale(&locale))
            .unwrap_or_default();
        Self {
            language,
            ..Self::default()
        }
    }

    /// The settings file in the app's data folder `dir`.
    pub const FILE_NAME: &'static str = "settings.json";

    /// The remembered settings: `settings.json` in `dir`, else what an
    /// older version kept in eframe's storage, else the system defaults. A
    /// file that cannot be read or parsed counts as absent.
    pub fn load(dir: Option<&Path>, storage: Option<&dyn eframe::Storage>) -> Self {
        dir.and_then(|dir| std::fs::read(dir.join(Self::FILE_NAME)).ok())
            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
            .or_else(|| storage.and_then(|s| eframe::get_value(s, Self::STORAGE_KEY)))
            .unwrap_or_else(Self::from_system)
    }

    /// Writes the settings to `settings.json` in `dir` (made if missing);
    /// a write cut short leaves the previous file.
    pub fn save(&self, dir: &Path) -> std::io::Result<()> {
        std::fs::create_dir_all(dir)?;
        let bytes = serde_json::to_vec_pretty(self).map_err(std::io::Error::other)?;
        crate::files::atomic_write(&dir.join(Self::FILE_NAME), &bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recent_files_are_newest_first_unique_and_limited() {
        let mut settings = Settings::default();
        for i in 0..12 {
            settings.remember_recent(Path::new(&format!("/no/such/dir/{i}.csv")));
        }
        settings.remember_recent(Path::new("/no/such/dir/5.csv"));
        assert_eq!(settings.recent.len(), Settings::RECENT_LIMIT);
        assert_eq!(settings.recent[0], Path::new("/no/such/dir/5.csv"));
        assert_eq!(settings.recent[1], Path::new("/no/such/dir/11.csv"));
        let fives = settings
            .recent
            .iter()
            .filter(|p| p.ends_with("5.csv"))
            .count();
        assert_eq!(fives, 1);
    }

    #[test]
    fn only_an_existing_project_is_reopened() {
        let dir = tempfile::tempdir().unwrap();
        let project = dir.path().join("a.storylens");
        std::fs::write(&project, "{}").unwrap();
        let export = dir.path().join("b.csv");
        std::fs::write(&export, "x").unwrap();
        let mut settings = Settings::default();
        settings.remember_recent(&project);
        settings.remember_recent(&export);
        settings.remember_recent(&dir.path().join("gone.storylens"));
        // The newest project is gone, the export is not a project: the
        // older project is the one.
        assert_eq!(
            settings.project_to_reopen(),
            Some(std::fs::canonicalize(&project).unwrap().as_path())
        );
        settings.reopen_last = false;
        assert_eq!(settings.project_to_reopen(), None);
    }

    #[test]
    fn settings_are_kept_in_their_own_file_and_a_broken_one_is_not_trusted() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("Storylens");
        let mut settings = Settings {
            language: Language::English,
            theme: Theme::Projector,
            ..Settings::default()
        };
        settings.remember_recent(Path::new("/no/such/dir/a.csv"));
        settings.save(&folder).unwrap();
        assert_eq!(Settings::load(Some(&folder), None), settings);
        // The file is whole JSON, and no temporary file is left beside it.
        let names: Vec<_> = std::fs::read_dir(&folder)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, [Settings::FILE_NAME]);
        // A file cut short (by another program, or a disk full before this
        // version) gives the defaults, not a crash and not half settings.
        let path = folder.join(Settings::FILE_NAME);
        let bytes = std::fs::read(&path).unwrap();
        std::fs::write(&path, &bytes[..bytes.len() / 2]).unwrap();
        let loaded = Settings::load(Some(&folder), None);
        assert!(loaded.recent.is_empty());
        assert_eq!(loaded.theme, Settings::from_system().theme);
    }
}
