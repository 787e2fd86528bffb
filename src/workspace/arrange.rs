//! Arranging findings and perspectives: moves, titles, introductions,
//! deletions, each one undo step.

use crate::i18n;
use crate::project::{FindingId, Project};

use super::Workspace;
use super::command::{ArrangeCommand, LeftTab};

impl Workspace {
    /// Carries out one arrangement change as one undo step (typing a
    /// perspective's title or introduction is one step per field).
    pub fn arrange(&mut self, command: ArrangeCommand) {
        let coalesce = match &command {
            ArrangeCommand::RenamePerspective(id, _) => Some(format!("perspective:{id}:title")),
            ArrangeCommand::SetIntroduction(id, _) => {
                Some(format!("perspective:{id}:introduction"))
            }
            _ => None,
        };
        let reopen = match &command {
            ArrangeCommand::UpdateToCurrent(id) => (self.open_finding == Some(*id)).then_some(*id),
            _ => None,
        };
        let added = matches!(command, ArrangeCommand::AddPerspective);
        let n = self.document.project().perspectives.len() + 1;
        let new_title = i18n::fill(self.language.strings().new_perspective_title, &[("n", &n)]);
        let change = |p: &mut Project| {
            let changed = match command {
                ArrangeCommand::MoveFinding { finding, to, index } => match to {
                    Some(to) => p.move_finding(finding, to, index).is_ok(),
                    None => move_ungrouped(p, finding, index),
                },
                ArrangeCommand::AddPerspective => {
                    p.add_perspective(new_title);
                    true
                }
                ArrangeCommand::RenamePerspective(id, title) => {
                    p.perspective_mut(id).map(|x| x.title = title).is_some()
                }
                ArrangeCommand::SetIntroduction(id, text) => p
                    .perspective_mut(id)
                    .map(|x| x.introduction = text)
                    .is_some(),
                ArrangeCommand::DeletePerspective(id) => p.remove_perspective(id).is_ok(),
                ArrangeCommand::DeleteFinding(id) => p.remove_finding(id).is_ok(),
                ArrangeCommand::UpdateToCurrent(id) => {
                    let selections = &p.selections;
                    p.findings
                        .iter_mut()
                        .find(|f| f.id == id)
                        .is_some_and(|f| f.update_to_current(selections))
                }
            };
            changed.then_some(())
        };
        let done = match &coalesce {
            Some(key) => self.document.edit_coalesced(key, change),
            None => self.document.edit(change),
        };
        if done.is_none() {
            return;
        }
        if added {
            self.left_tab = LeftTab::Findings;
        }
        match reopen {
            Some(id) => self.open_finding(id),
            None if coalesce.is_none() => self.after_project_change(),
            None => {}
        }
    }
}

/// Takes a finding out of its perspective and puts it at the gap `index`
/// of the ungrouped findings (as displayed before the move).
fn move_ungrouped(project: &mut Project, finding: FindingId, index: usize) -> bool {
    if project.ungroup_finding(finding).is_err() {
        return false;
    }
    let shown = project.ungrouped_findings();
    let from = shown.iter().position(|&f| f == finding);
    // The finding's own row is in `shown` only if it was ungrouped before.
    let gap = match from {
        Some(from) if from < index => index - 1,
        _ => index,
    };
    let others: Vec<FindingId> = shown.into_iter().filter(|&f| f != finding).collect();
    let Some(position) = project.findings.iter().position(|f| f.id == finding) else {
        return false;
    };
    let moved = project.findings.remove(position);
    let at = others
        .get(gap)
        .and_then(|next| project.findings.iter().position(|f| f.id == *next))
        .unwrap_or(project.findings.len());
    project.findings.insert(at, moved);
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::ChartSpec;
    use crate::i18n::Language;
    use crate::model::QuestionId;
    use crate::project::Finding;
    use crate::project::{FrozenSelection, SourceRef};

    fn project(n: usize) -> Project {
        let mut project = Project::new("t", SourceRef::Demo);
        for i in 0..n {
            let finding = Finding::new(
                FindingId(0),
                format!("f{i}"),
                ChartSpec::new(QuestionId::new("q")),
                FrozenSelection::all(Language::Dutch),
                FrozenSelection::all(Language::Dutch),
            );
            project.add_finding(finding, None).unwrap();
        }
        project
    }

    fn ungrouped(project: &Project) -> Vec<u32> {
        project.ungrouped_findings().iter().map(|f| f.0).collect()
    }

    #[test]
    fn ungrouped_findings_reorder_by_gaps_as_displayed() {
        let mut p = project(4);
        assert!(move_ungrouped(&mut p, FindingId(1), 3));
        assert_eq!(ungrouped(&p), [2, 3, 1, 4]);
        assert!(move_ungrouped(&mut p, FindingId(4), 0));
        assert_eq!(ungrouped(&p), [4, 2, 3, 1]);
        assert!(move_ungrouped(&mut p, FindingId(2), usize::MAX));
        assert_eq!(ungrouped(&p), [4, 3, 1, 2]);
        let a = p.add_perspective("A");
        p.move_finding(FindingId(3), a, 0).unwrap();
        assert_eq!(ungrouped(&p), [4, 1, 2]);
        assert!(move_ungrouped(&mut p, FindingId(3), 1));
        assert_eq!(ungrouped(&p), [4, 3, 1, 2]);
        assert!(!move_ungrouped(&mut p, FindingId(9), 0));
    }
}
