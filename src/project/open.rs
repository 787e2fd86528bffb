//! [`open_any`]: what "open" means for any file a user picks or drops — a
//! `.storylens` project (with its embedded data or its source file) or a
//! data export, which becomes a new project.
//!
//! [`open_project`] is the one loader of a project with its data, for the
//! app and every CLI command alike: the embedded copy, else the source file
//! read with the project's import recipe (options and codebook edits), so
//! a renamed question or a changed kind is the same everywhere.

use std::path::Path;

use crate::import::{self, ImportNote, ImportOptions, ImportWarning};
use crate::model::Dataset;

use super::{Project, SourceRef, SourceStatus, load};

/// A project and its data, ready for the app or a command.
#[derive(Debug)]
pub struct Opened {
    /// The project, with its recipe applied to the data.
    pub project: Project,
    /// The stories, from the embedded copy or the source file.
    pub dataset: Dataset,
    /// Import warnings, and a note when the source changed since saving.
    pub warnings: Vec<ImportWarning>,
}

/// Why a file could not be opened; one sentence.
#[derive(Debug, thiserror::Error)]
#[error("{}", self.sentence(crate::i18n::Language::English))]
pub enum OpenError {
    /// The project file cannot be read.
    Project(#[from] super::ProjectFileError),
    /// The data file cannot be imported.
    Import(#[from] import::ImportError),
    /// The project embeds no data and its source file cannot be read.
    MissingSource {
        /// The project file's name.
        project: String,
        /// The source file's path as the project stores it.
        source_path: String,
    },
    /// The project file's name, and what is wrong with its embedded data.
    Embedded(String, super::EmbedError),
}

impl OpenError {
    /// The one sentence for the user, in `language`.
    pub fn sentence(&self, language: crate::i18n::Language) -> String {
        use crate::i18n::fill;
        let e = language.errors();
        match self {
            Self::Project(error) => error.sentence(language),
            Self::Import(error) => error.sentence(language),
            Self::MissingSource {
                project,
                source_path,
            } => fill(
                e.open_missing_source,
                &[("project", project), ("source", source_path)],
            ),
            Self::Embedded(project, error) => fill(
                e.open_embedded,
                &[("project", project), ("detail", &error.sentence(language))],
            ),
        }
    }
}

/// Opens a project file or imports a data file.
pub fn open_any(path: &Path) -> Result<Opened, OpenError> {
    let is_project = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("storylens"));
    if is_project {
        open_project(path)
    } else {
        let imported = import::import_path(path, &ImportOptions::default())?;
        let source = SourceRef::for_file(path).unwrap_or(SourceRef::Demo);
        let project = Project::new(imported.dataset.name.clone(), source);
        Ok(Opened {
            project,
            dataset: imported.dataset,
            warnings: imported.warnings,
        })
    }
}

/// Opens a project file whatever its name ends in (an autosave ends in
/// `.storylens.autosave`), with its embedded data or its source.
pub fn open_project(path: &Path) -> Result<Opened, OpenError> {
    let project = load(path)?;
    let file = path.display().to_string();
    if let Some(dataset) = project
        .embedded_dataset()
        .map_err(|e| OpenError::Embedded(file.clone(), e))?
    {
        return Ok(Opened {
            project,
            dataset,
            warnings: Vec::new(),
        });
    }
    // The demo's data is built in; a file source is read again.
    let Some(saved_path) = project.source.path() else {
        return Ok(Opened {
            project,
            dataset: crate::demo::demo_dataset(),
            warnings: Vec::new(),
        });
    };
    let source_path = source_beside(saved_path, path);
    let mut warnings = Vec::new();
    if source_path == saved_path && project.source.check() == SourceStatus::Changed {
        warnings.push(ImportWarning::file(ImportNote::SourceChanged {
            path: source_path.display().to_string(),
        }));
    }
    if !source_path.is_file() {
        return Err(OpenError::MissingSource {
            project: file,
            source_path: saved_path.display().to_string(),
        });
    }
    // An unreadable source names itself in one sentence.
    let imported = project.import.import(&source_path)?;
    warnings.extend(imported.warnings);
    Ok(Opened {
        project,
        dataset: imported.dataset,
        warnings,
    })
}

/// The source file as saved, or — when that is a relative path that does
/// not exist from here — the same path taken from the project's folder.
fn source_beside(saved: &Path, project_path: &Path) -> std::path::PathBuf {
    match project_path.parent() {
        Some(folder) if saved.is_relative() && !saved.exists() => folder.join(saved),
        _ => saved.to_path_buf(),
    }
}
