//! What the app remembers between runs, through eframe storage.

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
    pub language: Language,
    /// Panels with fewer stories are not drawn.
    pub min_n: usize,
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
    pub const STORAGE_KEY: &'static str = "storylens.settings";
    pub const MIN_FONT_SCALE: f32 = 0.7;
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

    /// The remembered settings, or the system defaults on first run.
    pub fn load(storage: Option<&dyn eframe::Storage>) -> Self {
        storage
            .and_then(|s| eframe::get_value(s, Self::STORAGE_KEY))
            .unwrap_or_else(Self::from_system)
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
}
