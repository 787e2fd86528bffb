//! [`Document`]: the open survey and project, and the undo history that
//! every project edit goes through.

use std::sync::Arc;

use crate::model::Dataset;
use crate::project::{History, Project};

/// The open dataset and project. The project is read through
/// [`Document::project`] and changed only through [`Document::edit`] (or
/// [`Document::edit_coalesced`]), which records the undo step exactly once.
#[derive(Debug)]
pub struct Document {
    /// The stories, shared with background jobs.
    pub dataset: Arc<Dataset>,
    project: Project,
    history: History,
    /// The project as last opened or saved: what "unsaved changes" is
    /// measured against.
    clean: Project,
}

impl Document {
    /// A document as just opened: nothing to undo, nothing unsaved.
    pub fn new(dataset: Arc<Dataset>, project: Project) -> Self {
        Self {
            dataset,
            clean: project.clone(),
            project,
            history: History::default(),
        }
    }

    /// The project as it is now; change it through [`Document::edit`].
    pub fn project(&self) -> &Project {
        &self.project
    }

    /// The one way the project changes: `change` edits it and returns
    /// `Some` when it did, and the project as it was becomes one undo step
    /// (none when nothing actually changed). `None` leaves it untouched.
    pub fn edit<T>(&mut self, change: impl FnOnce(&mut Project) -> Option<T>) -> Option<T> {
        self.history.edit(&mut self.project, change)
    }

    /// Like [`Document::edit`], but a run of edits with the same `key`
    /// ("3:saw") is one undo step, as typing in one field is.
    pub fn edit_coalesced<T>(
        &mut self,
        key: &str,
        change: impl FnOnce(&mut Project) -> Option<T>,
    ) -> Option<T> {
        self.history.edit_coalesced(&mut self.project, key, change)
    }

    /// Puts back the project before the last edit; false if there is none.
    pub fn undo(&mut self) -> bool {
        self.history.undo(&mut self.project)
    }

    /// Re-applies the last undone edit; false if there is none.
    pub fn redo(&mut self) -> bool {
        self.history.redo(&mut self.project)
    }

    /// Whether there is an edit to undo.
    pub fn can_undo(&self) -> bool {
        self.history.can_undo()
    }

    /// Whether there is an undone edit to redo.
    pub fn can_redo(&self) -> bool {
        self.history.can_redo()
    }

    /// How many steps undo can go back now.
    pub fn undo_steps(&self) -> usize {
        self.history.undo_steps()
    }

    /// Grows with every edit, undo and redo (autosave and the window title
    /// watch it instead of comparing projects every frame).
    pub fn revision(&self) -> u64 {
        self.history.revision()
    }

    /// Whether the project has changes that are not in its file.
    pub fn has_unsaved_changes(&self) -> bool {
        !self.project.same_work(&self.clean)
    }

    /// The project is now in its file (saved, or opened from it).
    pub fn mark_clean(&mut self) {
        self.clean = self.project.clone();
    }

    /// What "unsaved" is measured against, e.g. the file a newer export
    /// was read into (the project then differs from its file).
    pub fn clean_project(&self) -> &Project {
        &self.clean
    }

    /// Measures "unsaved" against `clean` from now on.
    pub fn set_clean_project(&mut self, clean: Project) {
        self.clean = clean;
    }
}
