//! Saving and loading `.storylens` files.
//!
//! A project file is pretty-printed JSON whose `format_version` says which
//! layout it uses ([`CURRENT_FORMAT_VERSION`] is written; older ones are
//! migrated on [`load`], newer ones refused with a sentence that says to
//! update).
//!
//! [`save`] never leaves a half-written project behind: it writes a
//! temporary file in the same folder, fsyncs it, copies the previous file to
//! `<name>.storylens.bak` (itself written the same way), renames the
//! temporary file over the target (atomic on every platform we support) and
//! fsyncs the folder so the rename survives a power cut. A crash at any
//! moment leaves either the old or the new project on disk.

use std::borrow::Cow;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::Project;
use super::migrate;

/// The format version this build writes.
pub const CURRENT_FORMAT_VERSION: u32 = 2;

/// Why a project could not be saved or opened. Each message is one sentence
/// that names the file and says what to do.
#[derive(Debug, thiserror::Error)]
#[error("{}", self.sentence(crate::i18n::Language::English))]
pub enum ProjectFileError {
    /// The file could not be read.
    Read {
        /// The project file.
        path: PathBuf,
        /// The system's reason.
        source: std::io::Error,
    },
    /// The file (or its temporary copy) could not be written.
    Write {
        /// The project file.
        path: PathBuf,
        /// The system's reason.
        source: std::io::Error,
    },
    /// The file is not valid project JSON.
    Damaged {
        /// The project file.
        path: PathBuf,
        /// The parser's message (line and column).
        detail: String,
    },
    /// JSON without a whole-number format version: some other program's file.
    NotAProject {
        /// The file opened.
        path: PathBuf,
    },
    /// Written by a newer Storylens, in a format this one cannot read.
    Newer {
        /// The project file.
        path: PathBuf,
        /// The file's format version.
        found: u64,
    },
    /// A format version below the first one (0): no Storylens ever wrote it.
    UnknownVersion {
        /// The project file.
        path: PathBuf,
        /// The file's format version.
        found: u64,
    },
}

impl ProjectFileError {
    /// The one sentence for the user, in `language`: the file, what is
    /// wrong, what to do. System error texts are quoted as they are.
    pub fn sentence(&self, language: crate::i18n::Language) -> String {
        use crate::files::ReadError;
        use crate::i18n::fill;
        let e = language.errors();
        match self {
            Self::Read { path, source } => {
                // The system's "No such file or directory (os error 2)"
                // differs per platform and is English; this is the usual case.
                let detail = match source.kind() {
                    std::io::ErrorKind::NotFound => e.read_not_found.to_owned(),
                    _ => ReadError::of_io(source, language),
                };
                fill(
                    e.project_read,
                    &[("path", &path.display()), ("detail", &detail)],
                )
            }
            Self::Write { path, source } => fill(
                e.project_write,
                &[
                    ("path", &path.display()),
                    ("detail", &ReadError::of_io(source, language)),
                ],
            ),
            Self::Damaged { path, detail } => fill(
                e.project_damaged,
                &[
                    ("path", &path.display()),
                    ("detail", detail),
                    ("backup", &backup_path(path).display()),
                ],
            ),
            Self::NotAProject { path } => {
                fill(e.project_not_a_project, &[("path", &path.display())])
            }
            Self::Newer { path, found } => fill(
                e.project_newer,
                &[("path", &path.display()), ("found", found)],
            ),
            Self::UnknownVersion { path, found } => fill(
                e.project_unknown_version,
                &[("path", &path.display()), ("found", found)],
            ),
        }
    }
}

/// `<file>.bak` beside `path`: the previous save.
pub fn backup_path(path: &Path) -> PathBuf {
    with_suffix(path, ".bak")
}

/// `path` with `suffix` added to its file name (`x.storylens` →
/// `x.storylens.bak`).
pub(super) fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(suffix);
    path.with_file_name(name)
}

/// Saves `project` to `path` atomically, keeping the previous file as
/// `<path>.bak`.
pub fn save(project: &Project, path: &Path) -> Result<(), ProjectFileError> {
    to_json(project)
        .and_then(|bytes| write_atomic(path, &bytes, true))
        .map_err(|source| ProjectFileError::Write {
            path: path.to_owned(),
            source,
        })
}

/// The bytes [`save`] writes: pretty JSON at the current format version.
/// (A project holds only strings, numbers and enums, so this does not fail
/// in practice; if it ever did, nothing is written.)
pub(super) fn to_json(project: &Project) -> std::io::Result<Vec<u8>> {
    let mut project = Cow::Borrowed(project);
    if project.format_version != CURRENT_FORMAT_VERSION {
        project.to_mut().format_version = CURRENT_FORMAT_VERSION;
    }
    let mut bytes = serde_json::to_vec_pretty(&*project).map_err(std::io::Error::other)?;
    bytes.push(b'\n');
    Ok(bytes)
}

/// Opens a project file, migrating older format versions.
pub fn load(path: &Path) -> Result<Project, ProjectFileError> {
    let bytes =
        crate::files::read_limited(path, crate::files::MAX_READ_BYTES).map_err(|error| {
            ProjectFileError::Read {
                path: path.to_owned(),
                source: error.into(),
            }
        })?;
    from_json(&bytes, path)
}

/// Parses the bytes of a project file; `path` only names it in errors.
pub(super) fn from_json(bytes: &[u8], path: &Path) -> Result<Project, ProjectFileError> {
    #[derive(Deserialize)]
    struct Version {
        format_version: Option<serde_json::Value>,
    }
    let damaged = |e: serde_json::Error| ProjectFileError::Damaged {
        path: path.to_owned(),
        detail: describe_json_error(&e),
    };
    let version = serde_json::from_slice::<Version>(bytes).map_err(damaged)?;
    let not_a_project = || ProjectFileError::NotAProject {
        path: path.to_owned(),
    };
    let found = version
        .format_version
        .ok_or_else(not_a_project)?
        .as_u64()
        .ok_or_else(not_a_project)?;
    let mut project = match found {
        1 => migrate::from_v1(serde_json::from_slice(bytes).map_err(damaged)?),
        2 => serde_json::from_slice::<Project>(bytes).map_err(damaged)?,
        v if v > u64::from(CURRENT_FORMAT_VERSION) => {
            return Err(ProjectFileError::Newer {
                path: path.to_owned(),
                found: v,
            });
        }
        v => {
            return Err(ProjectFileError::UnknownVersion {
                path: path.to_owned(),
                found: v,
            });
        }
    };
    project.format_version = CURRENT_FORMAT_VERSION;
    project.tidy_perspectives();
    Ok(project)
}

/// "line 3, column 5: expected `,` or `}`" from a serde_json error.
fn describe_json_error(e: &serde_json::Error) -> String {
    let message = e.to_string();
    // serde_json appends " at line L column C"; say it our way.
    let mut reason = message.split(" at line ").next().unwrap_or(&message);
    if reason == "recursion limit exceeded" {
        // serde_json stops at 128 levels; only a deeply nested selection
        // reaches that in a project (see `model::MAX_DEPTH`).
        reason = "a selection in it is nested too deeply to read (more than 128 levels of JSON)";
    }
    if e.line() == 0 {
        reason.to_owned()
    } else {
        format!("line {}, column {}: {reason}", e.line(), e.column())
    }
}

/// Writes `bytes` to `path` so that `path` holds either its old or its new
/// content at every moment; with `backup`, the old content is first copied
/// to `<path>.bak` the same way.
pub(super) fn write_atomic(path: &Path, bytes: &[u8], backup: bool) -> std::io::Result<()> {
    if backup && std::fs::metadata(path).is_ok() {
        copy_atomic(path, &backup_path(path))?;
    }
    crate::files::atomic_write(path, bytes)
}

fn copy_atomic(from: &Path, to: &Path) -> std::io::Result<()> {
    let mut source = match std::fs::File::open(from) {
        Ok(file) => file,
        // Gone since we looked: nothing to keep.
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(e),
    };
    crate::files::atomic_write_with(to, |out| std::io::copy(&mut source, out).map(drop))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::project::SourceRef;

    #[test]
    fn errors_are_one_sentence_naming_the_file() {
        let path = Path::new("/tmp/x/onderzoek.storylens");
        let cases = [
            (&b"{\"format_version\": 2, \"name\": "[..], "line 1, column"),
            (&b"{\"name\": \"x\"}"[..], "no format version"),
            (
                &b"{\"format_version\": 3}"[..],
                "newer Storylens (format 3)",
            ),
            (&b"{\"format_version\": 0}"[..], "format version 0"),
            (&b"{\"format_version\": 2}"[..], "missing field"),
        ];
        for (bytes, expected) in cases {
            let message = from_json(bytes, path).unwrap_err().to_string();
            assert!(message.contains(expected), "{message}");
            assert!(message.contains("/tmp/x/onderzoek.storylens"), "{message}");
            assert!(message.ends_with('.'), "{message}");
            assert_eq!(message.matches(". ").count(), 0, "one sentence: {message}");
        }
    }

    #[test]
    fn saves_without_a_folder_and_at_the_current_version() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.storylens");
        let mut project = Project::new("p", SourceRef::Demo);
        project.format_version = 1;
        save(&project, &path).unwrap();
        assert!(!backup_path(&path).exists(), "nothing to back up yet");
        let loaded = load(&path).unwrap();
        assert_eq!(loaded.format_version, CURRENT_FORMAT_VERSION);
        let leftovers = std::fs::read_dir(dir.path()).unwrap().count();
        assert_eq!(leftovers, 1, "no temporary files left");
        assert_eq!(
            crate::files::folder_of(Path::new("p.storylens")),
            PathBuf::from(".")
        );
    }
}
