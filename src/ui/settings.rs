//! What the app remembers between runs, through eframe storage.

use serde::{Deserialize, Serialize};

use crate::i18n::Language;

/// Persisted user settings. Runtime state (the dataset, the current chart)
/// lives in the app, not here.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub language: Language,
    /// Panels with fewer stories are not drawn.
    pub min_n: usize,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            language: Language::Dutch,
            min_n: 20,
        }
    }
}

impl Settings {
    pub const STORAGE_KEY: &'static str = "storylens.settings";

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
