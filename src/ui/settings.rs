//! What the app remembers between runs, through eframe storage.

use serde::{Deserialize, Serialize};

use crate::i18n::Language;

/// The look of the app.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Theme {
    Light,
    #[default]
    Dark,
    /// High contrast and large type, legible from the back of a room.
    Projector,
}

impl Theme {
    /// The egui visuals of this theme.
    pub fn visuals(self) -> egui::Visuals {
        match self {
            Self::Light => egui::Visuals::light(),
            Self::Dark => egui::Visuals::dark(),
            Self::Projector => {
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

    /// Extra zoom on top of the user's text size.
    pub fn zoom(self) -> f32 {
        match self {
            Self::Projector => 1.35,
            Self::Light | Self::Dark => 1.0,
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
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            language: Language::Dutch,
            min_n: 20,
            theme: Theme::default(),
            font_scale: 1.0,
        }
    }
}

impl Settings {
    pub const STORAGE_KEY: &'static str = "storylens.settings";
    pub const MIN_FONT_SCALE: f32 = 0.7;
    pub const MAX_FONT_SCALE: f32 = 2.5;

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
