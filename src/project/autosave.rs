//! Autosave and recovery, as pure logic the app drives.
//!
//! [`Autosave`] is told about every change ([`Autosave::note_change`]) and
//! asked each frame whether a save is due ([`Autosave::due`]): a few
//! seconds after the last change ([`AUTOSAVE_IDLE`]), or at the latest
//! [`AUTOSAVE_MAX_DELAY`] after the first unsaved one, so steady typing is
//! still saved. Times are passed in as [`Instant`]s, so tests use made-up
//! times. The autosave goes to `<name>.storylens.autosave` with the same
//! atomic writer as a save (without a `.bak`); the project file itself is
//! only written when the researcher saves.
//!
//! On opening a project, [`recover`] offers the autosave when it is newer
//! than the project file (the app crashed or was closed without saving).

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::Project;
use super::file::{self, ProjectFileError};

/// Idle time after the last change before an autosave.
pub const AUTOSAVE_IDLE: Duration = Duration::from_secs(3);
/// Longest time a change stays unsaved while changes keep coming.
pub const AUTOSAVE_MAX_DELAY: Duration = Duration::from_secs(60);

/// `<file>.autosave` beside a project file.
pub fn autosave_path(project_path: &Path) -> PathBuf {
    file::with_suffix(project_path, ".autosave")
}

/// When an autosave is due.
#[derive(Clone, Debug)]
pub struct Autosave {
    idle: Duration,
    max_delay: Duration,
    first_unsaved: Option<Instant>,
    last_change: Option<Instant>,
}

impl Default for Autosave {
    fn default() -> Self {
        Self::new(AUTOSAVE_IDLE, AUTOSAVE_MAX_DELAY)
    }
}

impl Autosave {
    /// An autosave due `idle` after the last change, and at most `max_delay`
    /// after the first unsaved one.
    pub fn new(idle: Duration, max_delay: Duration) -> Self {
        Self {
            idle,
            max_delay,
            first_unsaved: None,
            last_change: None,
        }
    }

    /// The project changed at `now`.
    pub fn note_change(&mut self, now: Instant) {
        self.first_unsaved.get_or_insert(now);
        self.last_change = Some(now);
    }

    /// Whether there are changes no autosave holds yet.
    pub fn pending(&self) -> bool {
        self.last_change.is_some()
    }

    /// Whether an autosave should be written at `now`.
    pub fn due(&self, now: Instant) -> bool {
        match (self.first_unsaved, self.last_change) {
            (Some(first), Some(last)) => {
                now.saturating_duration_since(last) >= self.idle
                    || now.saturating_duration_since(first) >= self.max_delay
            }
            _ => false,
        }
    }

    /// An autosave (or a real save) of the project as it was at `at` was
    /// written. Changes noted after `at` stay pending.
    pub fn saved(&mut self, at: Instant) {
        match self.last_change {
            Some(last) if last > at => self.first_unsaved = Some(at),
            _ => {
                self.first_unsaved = None;
                self.last_change = None;
            }
        }
    }

    /// Writes the autosave of `project` (saved or to be saved at
    /// `project_path`) and marks it saved as of `now`.
    pub fn save_now(
        &mut self,
        project: &Project,
        project_path: &Path,
        now: Instant,
    ) -> Result<(), ProjectFileError> {
        write_autosave(project, project_path)?;
        self.saved(now);
        Ok(())
    }
}

/// Writes `<project_path>.autosave` atomically; for a background thread.
pub fn write_autosave(project: &Project, project_path: &Path) -> Result<(), ProjectFileError> {
    let path = autosave_path(project_path);
    file::to_json(project)
        .and_then(|bytes| file::write_atomic(&path, &bytes, false))
        .map_err(|source| ProjectFileError::Write { path, source })
}

/// Deletes the autosave of a project (after a save, or when the researcher
/// declined to recover it). A missing autosave is fine.
pub fn remove_autosave(project_path: &Path) -> std::io::Result<()> {
    match std::fs::remove_file(autosave_path(project_path)) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

/// The autosave of the project at `path`, when it is newer than the project
/// file (or the project file is gone) and loads; `None` otherwise.
pub fn recover(path: &Path) -> Option<Project> {
    let autosave = autosave_path(path);
    let autosaved = std::fs::metadata(&autosave).ok()?.modified().ok()?;
    if let Ok(saved) = std::fs::metadata(path).and_then(|m| m.modified())
        && saved >= autosaved
    {
        return None;
    }
    file::load(&autosave).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::project::{SourceRef, save};
    use std::time::SystemTime;

    fn secs(s: u64) -> Duration {
        Duration::from_secs(s)
    }

    #[test]
    fn due_after_idle_or_max_delay() {
        let t0 = Instant::now();
        let mut autosave = Autosave::new(secs(3), secs(60));
        assert!(!autosave.due(t0 + secs(100)), "nothing changed");
        autosave.note_change(t0);
        assert!(!autosave.due(t0 + secs(2)));
        autosave.note_change(t0 + secs(2));
        assert!(
            !autosave.due(t0 + secs(4)),
            "idle counts from the last change"
        );
        assert!(autosave.due(t0 + secs(5)));
        // Typing every second for a minute still autosaves at 60 s.
        for s in 5..=60 {
            autosave.note_change(t0 + secs(s));
        }
        assert!(autosave.due(t0 + secs(60)));
        autosave.saved(t0 + secs(60));
        assert!(!autosave.pending() && !autosave.due(t0 + secs(200)));
    }

    #[test]
    fn changes_during_a_save_stay_pending() {
        let t0 = Instant::now();
        let mut autosave = Autosave::new(secs(3), secs(60));
        autosave.note_change(t0);
        autosave.note_change(t0 + secs(4)); // while the writer ran
        autosave.saved(t0 + secs(3));
        assert!(autosave.pending());
        assert!(autosave.due(t0 + secs(7)));
    }

    #[test]
    fn recover_offers_only_a_newer_autosave() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.storylens");
        let mut project = Project::new("saved", SourceRef::Demo);
        assert!(recover(&path).is_none(), "no files at all");
        save(&project, &path).unwrap();
        project.name = "edited".into();
        let mut autosave = Autosave::default();
        autosave.save_now(&project, &path, Instant::now()).unwrap();

        let set_mtime = |p: &Path, t: SystemTime| {
            let file = std::fs::File::options().write(true).open(p).unwrap();
            file.set_modified(t).unwrap();
        };
        let now = SystemTime::now();
        set_mtime(&path, now - secs(10));
        set_mtime(&autosave_path(&path), now);
        assert_eq!(recover(&path).unwrap().name, "edited");
        set_mtime(&path, now + secs(1));
        assert!(recover(&path).is_none(), "the project was saved after it");
        std::fs::remove_file(&path).unwrap();
        assert_eq!(recover(&path).unwrap().name, "edited");
        remove_autosave(&path).unwrap();
        remove_autosave(&path).unwrap();
        assert!(recover(&path).is_none());
    }
}
