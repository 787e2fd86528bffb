//! Display lumping of the chart in view (issue 17 item 5): each change of
//! which options are merged, renamed or hidden is one undo step.
//!
//! With a finding open on its own chart the change edits the finding
//! through [`Document::edit`](super::Document::edit), so the project's undo
//! takes it back. Otherwise only the view changes, and [`LumpingHistory`]
//! keeps the view as it was, tagged with the project's undo depth at that
//! moment: an undo takes back a lumping step only when no project edit
//! came after it, so lumping and project edits undo in the order made.

use crate::charts::OptionLumping;
use crate::project::FindingId;

use super::Workspace;
use super::view::View;

/// Lumping changes of the view (no finding open) that undo and redo can
/// take back and put back.
#[derive(Debug, Default)]
pub struct LumpingHistory {
    undo: Vec<Step>,
    redo: Vec<Step>,
}

/// The view on the other side of a lumping change.
#[derive(Debug)]
struct Step {
    /// `Document::undo_steps` when the step was taken.
    project_steps: usize,
    view: View,
}

impl Workspace {
    /// Shows the chart in view with `lumping` (one undo step). The option
    /// order named the chart's options as they were, so it is reset.
    pub(super) fn set_lumping(&mut self, lumping: Vec<OptionLumping>) {
        let lumping: Vec<OptionLumping> = lumping.into_iter().filter(|l| !l.is_empty()).collect();
        if self.view.chart.lumping == lumping {
            return;
        }
        if let Some(id) = self.finding_in_view() {
            let saved = lumping.clone();
            self.document.edit(|p| {
                let options = &mut p.finding_mut(id)?.chart.options;
                options.lumping = saved;
                options.option_order = None;
                Some(())
            });
        } else {
            self.lumping_history.undo.push(Step {
                project_steps: self.document.undo_steps(),
                view: self.view.clone(),
            });
            self.lumping_history.redo.clear();
        }
        self.view.chart.lumping = lumping;
        self.view.chart.option_order = None;
        self.recompute();
    }

    /// The open finding, when the view shows its chart (question and split).
    fn finding_in_view(&self) -> Option<FindingId> {
        let id = self.open_finding?;
        let finding = self.document.project().finding(id)?;
        let same = self.view.question.as_ref() == Some(&finding.chart.question)
            && self.view.by == finding.chart.by;
        same.then_some(id)
    }

    /// Takes back the last lumping step when it came after the project's
    /// last edit; false when the project's undo goes first.
    pub(super) fn undo_lumping(&mut self) -> bool {
        let steps = self.document.undo_steps();
        if self
            .lumping_history
            .undo
            .last()
            .is_none_or(|s| s.project_steps != steps)
        {
            return false;
        }
        let Some(step) = self.lumping_history.undo.pop() else {
            return false;
        };
        let now = std::mem::replace(&mut self.view, step.view);
        self.lumping_history.redo.push(Step {
            project_steps: steps,
            view: now,
        });
        self.recompute();
        true
    }

    /// Puts back the last lumping step undone, when the project is where it
    /// was when that step was undone.
    pub(super) fn redo_lumping(&mut self) -> bool {
        let steps = self.document.undo_steps();
        if self
            .lumping_history
            .redo
            .last()
            .is_none_or(|s| s.project_steps != steps)
        {
            return false;
        }
        let Some(step) = self.lumping_history.redo.pop() else {
            return false;
        };
        let now = std::mem::replace(&mut self.view, step.view);
        self.lumping_history.undo.push(Step {
            project_steps: steps,
            view: now,
        });
        self.recompute();
        true
    }

    /// After an undo or redo of the project: a finding in view shows its
    /// chart's lumping as the project now holds it.
    pub(super) fn sync_finding_lumping(&mut self) {
        let Some(id) = self.finding_in_view() else {
            return;
        };
        let Some(finding) = self.document.project().finding(id) else {
            return;
        };
        let options = &finding.chart.options;
        if self.view.chart.lumping != options.lumping {
            self.view.chart.lumping = options.lumping.clone();
            self.view.chart.option_order = options.option_order.clone();
            self.recompute();
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::charts::{ChartData, OptionLumping, PanelKind};
    use crate::demo::ids;
    use crate::model::QuestionId;
    use crate::workspace::{Command, apply};

    use super::super::tests::demo;
    use super::Workspace;

    fn bar_labels(w: &Workspace) -> Vec<String> {
        match w.chart.as_ref().map(|c| c.as_ref().map(|d| &d.whole.chart)) {
            Some(Ok(PanelKind::Bars(bars))) => bars.labels.clone(),
            other => panic!("bars, not {other:?}"),
        }
    }

    fn chart(w: &Workspace) -> &ChartData {
        w.chart.as_ref().and_then(|c| c.as_ref().ok()).unwrap()
    }

    /// Roles "ouder/verzorger" and "leerling/jongere" merged.
    fn merged_roles() -> Vec<OptionLumping> {
        let mut l = OptionLumping::new(QuestionId::new(ids::ROLSOORT));
        l.merge(&[0, 1], "gezin");
        vec![l]
    }

    #[test]
    fn a_lumping_change_of_the_view_is_one_undo_step_in_order_with_project_edits() {
        let mut w = demo();
        apply(
            &mut w,
            Command::ShowQuestion(QuestionId::new(ids::ROLSOORT)),
        );
        let mut settings = w.view.chart.clone();
        settings.option_order = Some(vec![2, 1]);
        apply(&mut w, Command::SetChartSettings(settings));
        let plain = bar_labels(&w);
        assert_eq!(plain, ["leraar", "leerling/jongere"]);
        apply(&mut w, Command::SetLumping(merged_roles()));
        assert_eq!(bar_labels(&w)[0], "gezin");
        assert_eq!(
            w.view.chart.option_order, None,
            "the order named other options"
        );
        assert_eq!(w.document.undo_steps(), 0, "the view is no project edit");
        // A project edit after it is undone first, then the lumping.
        apply(&mut w, Command::NewSelection);
        apply(&mut w, Command::Compare(None));
        apply(&mut w, Command::Undo);
        assert_eq!(w.document.undo_steps(), 0);
        assert_eq!(bar_labels(&w)[0], "gezin", "the selection went first");
        apply(&mut w, Command::Undo);
        assert_eq!(bar_labels(&w), plain);
        assert_eq!(w.view.chart.option_order, Some(vec![2, 1]));
        apply(&mut w, Command::Redo);
        assert_eq!(bar_labels(&w)[0], "gezin");
        // The same lumping again changes nothing and adds no step.
        apply(&mut w, Command::SetLumping(merged_roles()));
        apply(&mut w, Command::Undo);
        assert_eq!(bar_labels(&w), plain);
    }

    #[test]
    fn with_a_finding_open_lumping_edits_the_finding_and_survives_save_and_load() {
        let mut w = demo();
        apply(
            &mut w,
            Command::ShowQuestion(QuestionId::new(ids::ROLSOORT)),
        );
        apply(&mut w, Command::SaveAsFinding);
        let id = w.open_finding.unwrap();
        let steps = w.document.undo_steps();
        apply(&mut w, Command::SetLumping(merged_roles()));
        assert_eq!(w.document.undo_steps(), steps + 1, "one undo step");
        let finding = w.project().finding(id).unwrap();
        assert_eq!(finding.chart.options.lumping, merged_roles());
        assert_eq!(chart(&w).lumping[0].merged[0].1, "gezin");

        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("lumped.storylens");
        crate::project::file::save(w.project(), &path).unwrap();
        let loaded = crate::project::file::load(&path).unwrap();
        let comparison = loaded.finding(id).unwrap().comparison();
        assert_eq!(comparison.spec.options.lumping, merged_roles());
        let data = comparison.compute(&w.document.dataset).unwrap();
        assert_eq!(data.whole.chart, chart(&w).whole.chart);

        apply(&mut w, Command::Undo);
        let finding = w.project().finding(id).unwrap();
        assert!(finding.chart.options.lumping.is_empty());
        assert!(
            w.view.chart.lumping.is_empty(),
            "the view follows the finding"
        );
        assert_ne!(bar_labels(&w)[0], "gezin");
    }
}
