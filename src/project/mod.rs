//! The project: everything a researcher makes on top of a survey, saved as
//! one `.storylens` file.
//!
//! - [`Project`] holds the [`SourceRef`] (where the data came from and its
//!   hash), the named [`Selections`], the [`Finding`]s (a chart spec with
//!   frozen copies of its baseline and selection, the analyst's texts and
//!   quoted stories), the [`Perspective`]s that order them, the
//!   [`Redaction`]s applied in every export, [`ProjectSettings`], and
//!   optionally the dataset itself ([`EmbeddedData`]).
//! - [`file`](mod@file) saves atomically (temporary file, fsync, rename, `.bak`) and
//!   loads with migration from older format versions.
//! - [`Comparison`] is a chart spec with its baseline, selection and what
//!   it is compared against; every view resolves its populations and
//!   computes its chart through it. [`open_project`] is the one loader of a
//!   project with its data, for app and CLI alike.
//! - [`Autosave`] decides when an autosave is due and [`recover`] offers it
//!   after a crash; [`History`] gives undo and redo over whole snapshots.
//! - [`Project::rematch`] checks a project against a newer export of the
//!   same survey: findings keep their stories by id.
//!
//! Everything here is plain data and pure logic: no egui, no threads. The
//! UI records a snapshot in [`History`] before each change, notes the change
//! in [`Autosave`], and calls [`save`] when told to.

mod autosave;
mod comparison;
mod embed;
pub mod file;
mod finding;
mod history;
mod migrate;
mod open;
mod perspective;
mod redaction;
mod rematch;
mod source;

pub use autosave::{
    AUTOSAVE_IDLE, AUTOSAVE_MAX_DELAY, Autosave, autosave_path, recover, remove_autosave,
    write_autosave,
};
pub use comparison::{
    Against, Comparison, ComparisonError, Side, populations_of, selection_differences,
};
pub use embed::{EMBEDDED_FORMAT, EmbedError, EmbeddedData};
pub use file::{CURRENT_FORMAT_VERSION, ProjectFileError, backup_path, load, save};
pub use finding::{Finding, FindingId, FrozenSelection, FrozenStatus, Quote};
pub use history::{HISTORY_DEPTH, History};
pub use migrate::MIGRATED_PERSPECTIVE_TITLE;
pub use open::{OpenError, Opened, open_any, open_project};
pub use perspective::{Perspective, PerspectiveId, ProjectError};
pub use redaction::{RedactedSpan, Redaction, apply_redactions, redacted_spans};
pub use rematch::{FilterPlace, RematchReport, VanishedQuote, VanishedStories};
pub use source::{SourceRef, SourceStatus, sha256_of_file};

use serde::{Deserialize, Serialize};

use crate::import::ImportRecipe;
use crate::model::Selections;

/// Settings that apply to every chart of the project.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ProjectSettings {
    /// Panels with fewer answering stories are not drawn.
    pub min_n: usize,
    /// Replacement for zero triad parts (0–100 scale) in geometric means.
    pub zero_replacement: f64,
    /// Words the project leaves out of word counts, or counts after all,
    /// per language (issue 16; empty in projects saved before).
    #[serde(skip_serializing_if = "crate::words::StopWordEdits::is_empty")]
    pub stop_words: crate::words::StopWordEdits,
}

impl ProjectSettings {
    /// The word options of the project's words charts and word clauses
    /// (`has word`, `has phrase`): stemmed, each story's language, the
    /// project's stop words; single words (a clause or chart counting
    /// phrases sets that itself).
    pub fn word_options(&self) -> crate::words::WordOptions {
        crate::words::WordOptions {
            stop_words: self.stop_words.clone(),
            ..crate::words::WordOptions::default()
        }
    }
}

impl Default for ProjectSettings {
    fn default() -> Self {
        Self {
            min_n: 20,
            zero_replacement: crate::stats::compositional::DEFAULT_ZERO_REPLACEMENT,
            stop_words: crate::words::StopWordEdits::default(),
        }
    }
}

/// One `.storylens` project.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Project {
    /// Always [`CURRENT_FORMAT_VERSION`] in memory; older files are migrated
    /// on load.
    pub format_version: u32,
    /// The project's name, shown in the title bar and reports.
    pub name: String,
    /// The data the project is about.
    pub source: SourceRef,
    /// The named selections.
    #[serde(default)]
    pub selections: Selections,
    /// The saved findings, in creation order.
    #[serde(default)]
    pub findings: Vec<Finding>,
    /// The perspectives that group the findings.
    #[serde(default)]
    pub perspectives: Vec<Perspective>,
    /// Words replaced by placeholders in every view and export.
    #[serde(default)]
    pub redactions: Vec<Redaction>,
    /// Defaults for every chart of the project.
    #[serde(default)]
    pub settings: ProjectSettings,
    /// How the source was imported (options and codebook edits); applied
    /// again whenever the source, or a newer export of it, is read.
    #[serde(default, skip_serializing_if = "ImportRecipe::is_empty")]
    pub import: ImportRecipe,
    /// The dataset itself, so the project opens without its source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub embedded_data: Option<EmbeddedData>,
}

impl Project {
    /// Whether `other` holds the same work. The embedded data is compared
    /// by pointer first: undo snapshots share it, and comparing megabytes
    /// of text on every edit would be wasted.
    pub fn same_work(&self, other: &Self) -> bool {
        let same_data = match (&self.embedded_data, &other.embedded_data) {
            (None, None) => true,
            (Some(x), Some(y)) => {
                x.format == y.format
                    && (std::sync::Arc::ptr_eq(&x.compressed, &y.compressed)
                        || x.compressed == y.compressed)
            }
            _ => false,
        };
        same_data
            && self.format_version == other.format_version
            && self.name == other.name
            && self.source == other.source
            && self.selections == other.selections
            && self.findings == other.findings
            && self.perspectives == other.perspectives
            && self.redactions == other.redactions
            && self.settings == other.settings
            && self.import == other.import
    }

    /// An empty project on `source`.
    pub fn new(name: impl Into<String>, source: SourceRef) -> Self {
        Self {
            format_version: CURRENT_FORMAT_VERSION,
            name: name.into(),
            source,
            selections: Selections::new(),
            findings: Vec::new(),
            perspectives: Vec::new(),
            redactions: Vec::new(),
            settings: ProjectSettings::default(),
            import: ImportRecipe::default(),
            embedded_data: None,
        }
    }

    /// The finding with this id.
    pub fn finding(&self, id: FindingId) -> Option<&Finding> {
        self.findings.iter().find(|f| f.id == id)
    }

    /// The finding with this id, to change (through `Document::edit` in the app).
    pub fn finding_mut(&mut self, id: FindingId) -> Option<&mut Finding> {
        self.findings.iter_mut().find(|f| f.id == id)
    }

    /// The perspective with this id.
    pub fn perspective(&self, id: PerspectiveId) -> Option<&Perspective> {
        self.perspectives.iter().find(|p| p.id == id)
    }

    /// The perspective with this id, to change.
    pub fn perspective_mut(&mut self, id: PerspectiveId) -> Option<&mut Perspective> {
        self.perspectives.iter_mut().find(|p| p.id == id)
    }

    /// Findings that are stale: a named selection they were made from has
    /// changed since (see [`Finding::is_stale`]).
    pub fn stale_findings(&self) -> Vec<FindingId> {
        self.findings
            .iter()
            .filter(|f| f.is_stale(&self.selections))
            .map(|f| f.id)
            .collect()
    }
}
