//! [`Perspective`]: a titled, ordered group of findings with an
//! introduction. Perspectives order the report and the presentation.
//!
//! A finding belongs to at most one perspective; findings in none are
//! "ungrouped" and listed after the perspectives. The operations below keep
//! that invariant and are what drag and drop calls: a drop position is the
//! gap between rows *as displayed before the move* (0 = before the first),
//! so the UI passes the index of the drop marker without adjusting it.

use serde::{Deserialize, Serialize};

use super::{Finding, FindingId, Project};

crate::model::numeric_id! {
    /// Stable identifier of a perspective within a project.
    PerspectiveId
}

/// A titled group of findings, in presentation order.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Perspective {
    /// Stable id within the project.
    pub id: PerspectiveId,
    /// The perspective's title.
    pub title: String,
    /// A text introducing the perspective's findings; may be empty.
    #[serde(default)]
    pub introduction: String,
    /// Its findings, in presentation order.
    pub findings: Vec<FindingId>,
}

/// Why a change to findings or perspectives was refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.sentence(crate::i18n::Language::English))]
pub enum ProjectError {
    /// No finding has this id.
    NoFinding(FindingId),
    /// No perspective has this id.
    NoPerspective(PerspectiveId),
}

impl ProjectError {
    /// What the edit referred to that is not there, in `language`.
    pub fn sentence(&self, language: crate::i18n::Language) -> String {
        use crate::i18n::fill;
        let e = language.errors();
        match self {
            Self::NoFinding(id) => fill(e.project_no_finding, &[("id", id)]),
            Self::NoPerspective(id) => fill(e.project_no_perspective, &[("id", id)]),
        }
    }
}

impl Project {
    /// The id a new finding gets: one past the highest in use.
    pub fn next_finding_id(&self) -> FindingId {
        FindingId(self.findings.iter().map(|f| f.id.0 + 1).max().unwrap_or(1))
    }

    /// Adds `finding` under a fresh id, at the end of `perspective` (or
    /// ungrouped), and returns the id.
    pub fn add_finding(
        &mut self,
        mut finding: Finding,
        perspective: Option<PerspectiveId>,
    ) -> Result<FindingId, ProjectError> {
        if let Some(p) = perspective {
            self.perspective_index(p)?;
        }
        let id = self.next_finding_id();
        finding.id = id;
        self.findings.push(finding);
        if let Some(p) = perspective.and_then(|p| self.perspective_mut(p)) {
            p.findings.push(id);
        }
        Ok(id)
    }

    /// Removes a finding from the project and from its perspective.
    pub fn remove_finding(&mut self, id: FindingId) -> Result<Finding, ProjectError> {
        let index = self
            .findings
            .iter()
            .position(|f| f.id == id)
            .ok_or(ProjectError::NoFinding(id))?;
        self.ungroup_finding(id)?;
        Ok(self.findings.remove(index))
    }

    /// Adds an empty perspective at the end and returns its id.
    pub fn add_perspective(&mut self, title: impl Into<String>) -> PerspectiveId {
        let id = PerspectiveId(
            self.perspectives
                .iter()
                .map(|p| p.id.0 + 1)
                .max()
                .unwrap_or(1),
        );
        self.perspectives.push(Perspective {
            id,
            title: title.into(),
            introduction: String::new(),
            findings: Vec::new(),
        });
        id
    }

    /// Removes a perspective; its findings become ungrouped, not deleted.
    pub fn remove_perspective(&mut self, id: PerspectiveId) -> Result<Perspective, ProjectError> {
        let index = self.perspective_index(id)?;
        Ok(self.perspectives.remove(index))
    }

    /// Moves a perspective to the gap `to_index` (as displayed before the
    /// move; clamped to the end).
    pub fn move_perspective(
        &mut self,
        id: PerspectiveId,
        to_index: usize,
    ) -> Result<(), ProjectError> {
        let from = self.perspective_index(id)?;
        let item = self.perspectives.remove(from);
        let to = gap_after_removal(from, to_index).min(self.perspectives.len());
        self.perspectives.insert(to, item);
        Ok(())
    }

    /// Moves a finding to the gap `to_index` of perspective `to` (as
    /// displayed before the move; clamped to the end), from wherever it
    /// was: the same perspective, another one, or ungrouped.
    pub fn move_finding(
        &mut self,
        id: FindingId,
        to: PerspectiveId,
        to_index: usize,
    ) -> Result<(), ProjectError> {
        if self.finding(id).is_none() {
            return Err(ProjectError::NoFinding(id));
        }
        let target = self.perspective_index(to)?;
        let mut to_index = to_index;
        if let Some((p, i)) = self.position_of(id) {
            if p == target {
                to_index = gap_after_removal(i, to_index);
            }
            self.perspectives[p].findings.remove(i);
        }
        let findings = &mut self.perspectives[target].findings;
        findings.insert(to_index.min(findings.len()), id);
        Ok(())
    }

    /// Takes a finding out of its perspective; it stays in the project.
    pub fn ungroup_finding(&mut self, id: FindingId) -> Result<(), ProjectError> {
        if self.finding(id).is_none() {
            return Err(ProjectError::NoFinding(id));
        }
        if let Some((p, i)) = self.position_of(id) {
            self.perspectives[p].findings.remove(i);
        }
        Ok(())
    }

    /// The perspective holding a finding.
    pub fn perspective_of(&self, id: FindingId) -> Option<PerspectiveId> {
        self.position_of(id).map(|(p, _)| self.perspectives[p].id)
    }

    /// Findings in no perspective, in project order.
    pub fn ungrouped_findings(&self) -> Vec<FindingId> {
        self.findings
            .iter()
            .map(|f| f.id)
            .filter(|&id| self.position_of(id).is_none())
            .collect()
    }

    /// Drops references to findings that do not exist and second mentions
    /// of a finding (a hand-edited file); returns how many were dropped.
    pub fn tidy_perspectives(&mut self) -> usize {
        let known: std::collections::HashSet<FindingId> =
            self.findings.iter().map(|f| f.id).collect();
        let mut seen = std::collections::HashSet::new();
        let mut dropped = 0;
        for perspective in &mut self.perspectives {
            let before = perspective.findings.len();
            perspective
                .findings
                .retain(|id| known.contains(id) && seen.insert(*id));
            dropped += before - perspective.findings.len();
        }
        dropped
    }

    fn perspective_index(&self, id: PerspectiveId) -> Result<usize, ProjectError> {
        self.perspectives
            .iter()
            .position(|p| p.id == id)
            .ok_or(ProjectError::NoPerspective(id))
    }

    /// (perspective index, index within it) of a finding.
    fn position_of(&self, id: FindingId) -> Option<(usize, usize)> {
        self.perspectives
            .iter()
            .enumerate()
            .find_map(|(p, perspective)| {
                let i = perspective.findings.iter().position(|&f| f == id)?;
                Some((p, i))
            })
    }
}

/// The insertion index once the item at `from` is removed, for a drop at
/// gap `to` counted before the removal.
fn gap_after_removal(from: usize, to: usize) -> usize {
    if from < to { to - 1 } else { to }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::ChartSpec;
    use crate::i18n::Language;
    use crate::model::QuestionId;
    use crate::project::{FrozenSelection, SourceRef};

    fn project_with(findings: usize) -> (Project, PerspectiveId, PerspectiveId) {
        let mut project = Project::new("t", SourceRef::Demo);
        let a = project.add_perspective("A");
        let b = project.add_perspective("B");
        for i in 0..findings {
            let f = Finding::new(
                FindingId(0),
                format!("f{i}"),
                ChartSpec::new(QuestionId::new("q")),
                FrozenSelection::all(Language::Dutch),
                FrozenSelection::all(Language::Dutch),
            );
            project.add_finding(f, Some(a)).unwrap();
        }
        (project, a, b)
    }

    fn ids(project: &Project, p: PerspectiveId) -> Vec<u32> {
        project
            .perspective(p)
            .unwrap()
            .findings
            .iter()
            .map(|f| f.0)
            .collect()
    }

    #[test]
    fn moves_within_a_perspective_use_gaps_as_displayed() {
        let (mut project, a, _) = project_with(4);
        assert_eq!(ids(&project, a), [1, 2, 3, 4]);
        project.move_finding(FindingId(1), a, 3).unwrap(); // between 3 and 4
        assert_eq!(ids(&project, a), [2, 3, 1, 4]);
        project.move_finding(FindingId(4), a, 0).unwrap();
        assert_eq!(ids(&project, a), [4, 2, 3, 1]);
        project.move_finding(FindingId(2), a, 99).unwrap();
        assert_eq!(ids(&project, a), [4, 3, 1, 2]);
        project.move_finding(FindingId(3), a, 1).unwrap(); // onto its own gap
        assert_eq!(ids(&project, a), [4, 3, 1, 2]);
        project.move_finding(FindingId(3), a, 2).unwrap(); // just after itself
        assert_eq!(ids(&project, a), [4, 3, 1, 2]);
    }

    #[test]
    fn moves_between_perspectives_and_ungrouping() {
        let (mut project, a, b) = project_with(3);
        project.move_finding(FindingId(2), b, 0).unwrap();
        project.move_finding(FindingId(3), b, 0).unwrap();
        assert_eq!((ids(&project, a), ids(&project, b)), (vec![1], vec![3, 2]));
        assert_eq!(project.perspective_of(FindingId(2)), Some(b));
        project.ungroup_finding(FindingId(3)).unwrap();
        assert_eq!(project.ungrouped_findings(), [FindingId(3)]);
        project.move_finding(FindingId(3), a, 1).unwrap();
        assert_eq!(ids(&project, a), [1, 3]);
        project.remove_perspective(a).unwrap();
        assert_eq!(project.ungrouped_findings(), [FindingId(1), FindingId(3)]);
        project.remove_finding(FindingId(2)).unwrap();
        assert!(ids(&project, b).is_empty());
        assert_eq!(
            project.move_finding(FindingId(9), b, 0),
            Err(ProjectError::NoFinding(FindingId(9)))
        );
        assert_eq!(
            project.move_finding(FindingId(1), a, 0),
            Err(ProjectError::NoPerspective(a))
        );
    }

    #[test]
    fn perspectives_reorder_and_tidy() {
        let (mut project, a, b) = project_with(2);
        let c = project.add_perspective("C");
        project.move_perspective(a, 3).unwrap();
        let order: Vec<_> = project.perspectives.iter().map(|p| p.id).collect();
        assert_eq!(order, [b, c, a]);
        // B comes first now, so its mention of 2 wins over A's.
        project.perspective_mut(b).unwrap().findings = vec![FindingId(7), FindingId(2)];
        assert_eq!(project.tidy_perspectives(), 2); // 7 unknown, 2 twice
        assert_eq!(ids(&project, b), [2]);
        assert_eq!(ids(&project, a), [1]);
    }
}
