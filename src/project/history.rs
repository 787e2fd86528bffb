//! [`History`]: undo and redo over whole-project snapshots.
//!
//! Projects are small (the embedded dataset, the only large part, is shared
//! between snapshots through an `Arc`), so every change records the project
//! as it was before, and undo swaps it back. This cannot drift out of step
//! with the data the way inverse operations can. Typing in one text field
//! is one step, not one per key: records with the same coalescing key in a
//! row keep only the first snapshot.

use std::collections::VecDeque;

use super::Project;

/// How many steps back undo can go.
pub const HISTORY_DEPTH: usize = 200;

/// Snapshots before and after the current state.
#[derive(Clone, Debug)]
pub struct History {
    undo: VecDeque<Project>,
    redo: Vec<Project>,
    depth: usize,
    /// The key of the last record, while further records with it coalesce.
    coalescing: Option<String>,
    /// Counts every change, undo and redo, so an observer (autosave) can
    /// tell that the project changed without comparing projects.
    revision: u64,
}

impl Default for History {
    fn default() -> Self {
        Self::new(HISTORY_DEPTH)
    }
}

impl History {
    /// A history keeping at most `depth` undo steps (at least one).
    pub fn new(depth: usize) -> Self {
        Self {
            undo: VecDeque::new(),
            redo: Vec::new(),
            depth: depth.max(1),
            coalescing: None,
            revision: 0,
        }
    }

    /// Records the project as it was `before` a change. Clears redo.
    pub fn record(&mut self, before: Project) {
        self.coalescing = None;
        self.push(before);
    }

    /// Like [`History::record`], but a run of records with the same `key`
    /// (say, "finding 3: saw") becomes one undo step.
    pub fn record_coalesced(&mut self, before: Project, key: &str) {
        if self.coalescing.as_deref() == Some(key) {
            self.redo.clear();
            self.revision += 1;
            return;
        }
        self.push(before);
        self.coalescing = Some(key.to_owned());
    }

    /// Puts back the state before the last change; false if there is none.
    pub fn undo(&mut self, current: &mut Project) -> bool {
        self.coalescing = None;
        let Some(previous) = self.undo.pop_back() else {
            return false;
        };
        self.redo.push(std::mem::replace(current, previous));
        self.revision += 1;
        true
    }

    /// Re-applies the last undone change; false if there is none.
    pub fn redo(&mut self, current: &mut Project) -> bool {
        self.coalescing = None;
        let Some(next) = self.redo.pop() else {
            return false;
        };
        self.undo.push_back(std::mem::replace(current, next));
        self.revision += 1;
        true
    }

    /// The one way a change of the project becomes an undo step:
    /// `change` edits `project` and returns `Some` when it did; the
    /// project as it was is then recorded, exactly once (and not at all
    /// when nothing actually changed). A `None` leaves
    /// the project as it was (whatever `change` did to it) and records
    /// nothing.
    pub fn edit<T>(
        &mut self,
        project: &mut Project,
        change: impl FnOnce(&mut Project) -> Option<T>,
    ) -> Option<T> {
        self.edit_as(project, None, change)
    }

    /// Like [`History::edit`], but a run of edits with the same `key`
    /// ("finding 3: saw") is one undo step, as typing in one field is.
    pub fn edit_coalesced<T>(
        &mut self,
        project: &mut Project,
        key: &str,
        change: impl FnOnce(&mut Project) -> Option<T>,
    ) -> Option<T> {
        self.edit_as(project, Some(key), change)
    }

    fn edit_as<T>(
        &mut self,
        project: &mut Project,
        key: Option<&str>,
        change: impl FnOnce(&mut Project) -> Option<T>,
    ) -> Option<T> {
        let before = project.clone();
        let Some(result) = change(project) else {
            *project = before;
            return None;
        };
        // A change that changed nothing (a finding moved to where it was)
        // is no undo step.
        if project.same_work(&before) {
            return Some(result);
        }
        match key {
            Some(key) => self.record_coalesced(before, key),
            None => self.record(before),
        }
        Some(result)
    }

    /// Whether there is an edit to undo.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Whether there is an undone edit to redo.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// How many steps undo can go back now.
    pub fn undo_steps(&self) -> usize {
        self.undo.len()
    }

    /// Grows with every recorded change, undo and redo; never goes back,
    /// not even on [`History::clear`].
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// Forgets everything (a project was opened).
    pub fn clear(&mut self) {
        let revision = self.revision;
        *self = Self::new(self.depth);
        self.revision = revision;
    }

    fn push(&mut self, before: Project) {
        self.revision += 1;
        self.redo.clear();
        self.undo.push_back(before);
        while self.undo.len() > self.depth {
            self.undo.pop_front();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::project::SourceRef;

    fn named(name: &str) -> Project {
        Project::new(name, SourceRef::Demo)
    }

    /// Applies a change the way the app does: record, then mutate.
    fn change(history: &mut History, project: &mut Project, name: &str) {
        history.record(project.clone());
        project.name = name.into();
    }

    #[test]
    fn an_edit_records_once_and_a_refused_edit_changes_nothing() {
        let mut history = History::default();
        let mut project = named("a");
        let renamed = history.edit(&mut project, |p| {
            p.name = "b".into();
            Some(7)
        });
        assert_eq!(renamed, Some(7));
        assert_eq!(history.revision(), 1);
        // Half done, then refused: put back, nothing recorded.
        let refused: Option<()> = history.edit(&mut project, |p| {
            p.name = "half".into();
            None
        });
        assert_eq!(refused, None);
        assert_eq!(project.name, "b");
        assert_eq!(history.revision(), 1);
        for text in ["c", "cd", "cde"] {
            history.edit_coalesced(&mut project, "title", |p| {
                p.name = text.into();
                Some(())
            });
        }
        assert!(history.undo(&mut project));
        assert_eq!(project.name, "b", "typing in one field is one step");
        assert!(history.undo(&mut project));
        assert_eq!(project.name, "a");
    }

    #[test]
    fn undo_and_redo_walk_the_snapshots() {
        let mut history = History::default();
        let mut project = named("a");
        assert!(!history.can_undo() && !history.undo(&mut project));
        change(&mut history, &mut project, "b");
        change(&mut history, &mut project, "c");
        assert!(history.undo(&mut project));
        assert_eq!(project.name, "b");
        assert!(history.undo(&mut project));
        assert_eq!(project.name, "a");
        assert!(!history.undo(&mut project));
        assert!(history.redo(&mut project));
        assert_eq!(project.name, "b");
        change(&mut history, &mut project, "d");
        assert!(!history.can_redo(), "a new change drops the redo branch");
        assert!(history.undo(&mut project));
        assert_eq!(project.name, "b");
    }

    #[test]
    fn every_change_undo_and_redo_moves_the_revision() {
        let mut history = History::default();
        let mut project = named("a");
        let mut seen = vec![history.revision()];
        change(&mut history, &mut project, "b");
        seen.push(history.revision());
        history.record_coalesced(project.clone(), "k");
        seen.push(history.revision());
        history.record_coalesced(project.clone(), "k");
        seen.push(history.revision());
        history.undo(&mut project);
        seen.push(history.revision());
        history.redo(&mut project);
        seen.push(history.revision());
        assert!(seen.windows(2).all(|w| w[0] < w[1]), "{seen:?}");
        let before = history.revision();
        history.redo(&mut project); // nothing to redo
        history.clear();
        assert_eq!(history.revision(), before);
    }

    #[test]
    fn depth_is_bounded_and_typing_coalesces() {
        let mut history = History::new(3);
        let mut project = named("0");
        for i in 1..=5 {
            change(&mut history, &mut project, &i.to_string());
        }
        let mut steps = 0;
        while history.undo(&mut project) {
            steps += 1;
        }
        assert_eq!((steps, project.name.as_str()), (3, "2"));

        let mut history = History::default();
        let mut project = named("");
        for typed in ["h", "ho", "hoo", "hoop"] {
            history.record_coalesced(project.clone(), "finding 1: saw");
            project.name = typed.into();
        }
        history.record_coalesced(project.clone(), "finding 1: title");
        project.name = "x".into();
        assert!(history.undo(&mut project));
        assert_eq!(project.name, "hoop");
        assert!(history.undo(&mut project));
        assert_eq!(project.name, "");
        assert!(!history.can_undo());
    }
}
