//! [`Presentation`]: the running slide show, one finding per slide, and
//! the commands that walk it (`Command::Present`, `PresentStep`,
//! `PresentFlip`). The shell only paints the current slide
//! (`ui::presentation`) and turns the window full screen.

use std::sync::Arc;

use crate::charts::{self, ChartData, Mark};
use crate::export::{self, SnapshotError};
use crate::project::FindingId;

use super::state::Workspace;
use super::view::View;

/// Which panels a slide shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Showing {
    /// Baseline and selection side by side.
    #[default]
    Both,
    /// The baseline's panel alone, full width.
    Baseline,
    /// The selection's panel alone, full width.
    Selection,
}

/// The running presentation.
#[derive(Debug)]
pub struct Presentation {
    /// Every finding, perspective by perspective, the ungrouped last.
    pub slides: Vec<FindingId>,
    /// Index into `slides` of the slide on screen.
    pub index: usize,
    /// Which panels the slide shows (space flips).
    pub showing: Showing,
    /// What the workspace showed before, restored on leaving.
    before: (View, Option<FindingId>),
    /// The current slide's chart, computed as the snapshot computes it
    /// (once per slide, not per frame); the error stays typed so it is
    /// worded in the language of the moment.
    chart: Option<Result<Arc<ChartData>, SnapshotError>>,
}

impl Presentation {
    /// The finding on screen; `None` when there are no slides.
    pub fn current(&self) -> Option<FindingId> {
        self.slides.get(self.index).copied()
    }

    /// The current slide's chart, or why it cannot be drawn; `None` when
    /// there is no slide.
    pub fn chart(&self) -> Option<&Result<Arc<ChartData>, SnapshotError>> {
        self.chart.as_ref()
    }
}

impl Workspace {
    /// Starts presenting at the open finding (or the first); false when a
    /// presentation was already running.
    pub(super) fn start_presentation(&mut self) -> bool {
        if self.presentation.is_some() {
            return false;
        }
        let project = self.document.project();
        let mut slides: Vec<FindingId> = project
            .perspectives
            .iter()
            .flat_map(|p| p.findings.iter().copied())
            .collect();
        slides.extend(project.ungrouped_findings());
        let index = self
            .open_finding
            .and_then(|id| slides.iter().position(|s| *s == id))
            .unwrap_or(0);
        self.presentation = Some(Presentation {
            slides,
            index,
            showing: Showing::Both,
            before: (self.view.clone(), self.open_finding),
            chart: None,
        });
        self.browser = None;
        self.show_slide();
        true
    }

    /// Leaves the presentation and shows what was on screen before it;
    /// false when none was running.
    pub(super) fn leave_presentation(&mut self) -> bool {
        let Some(presentation) = self.presentation.take() else {
            return false;
        };
        (self.view, self.open_finding) = presentation.before;
        self.browser = None;
        self.recompute();
        true
    }

    /// Moves `step` slides on, stopping at the first and the last.
    pub(super) fn present_step(&mut self, step: isize) {
        let Some(presentation) = &mut self.presentation else {
            return;
        };
        let last = presentation.slides.len().saturating_sub(1);
        presentation.index = presentation.index.saturating_add_signed(step).min(last);
        presentation.showing = Showing::Both;
        self.browser = None;
        self.show_slide();
    }

    /// Space: the baseline alone, then the selection alone, in turn.
    pub(super) fn present_flip(&mut self) {
        if let Some(presentation) = &mut self.presentation {
            presentation.showing = match presentation.showing {
                Showing::Both | Showing::Selection => Showing::Baseline,
                Showing::Baseline => Showing::Selection,
            };
        }
    }

    fn show_slide(&mut self) {
        let Some(id) = self.presentation.as_ref().and_then(Presentation::current) else {
            return;
        };
        // The workspace follows, so the view is the slide's comparison.
        self.open_finding(id);
        let chart = self.document.project().finding(id).map(|finding| {
            export::finding_chart(
                finding,
                &self.document.dataset,
                &self.document.project().settings.word_options(),
            )
            .map(Arc::new)
        });
        if let Some(presentation) = &mut self.presentation {
            presentation.chart = chart;
        }
    }

    /// The stories behind `mark` of the current slide, in the populations
    /// of the finding's `Comparison` (the ones the slide's chart counted,
    /// `export::finding_chart`), so the list is as long as the mark says.
    pub fn rows_of_slide_mark(&self, selection_panel: bool, mark: &Mark) -> Option<Vec<usize>> {
        let id = self.presentation.as_ref()?.current()?;
        let comparison = self.document.project().finding(id)?.comparison();
        let dataset = &self.document.dataset;
        let words = self.document.project().settings.word_options();
        let populations = comparison.populations_with(dataset, &words).ok()?;
        let population = match (selection_panel, &populations.selection) {
            (true, Some(selection)) => selection,
            _ => &populations.whole,
        };
        charts::rows_of_mark(&comparison.spec, dataset, population, mark).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Language;
    use crate::workspace::tests::demo;
    use crate::workspace::{Command, Effect, apply};

    #[test]
    fn a_presentation_walks_every_finding_and_gives_the_view_back() {
        let mut w = demo();
        let before = w.view.clone();
        assert_eq!(
            apply(&mut w, Command::Present(true)),
            [Effect::FullScreen(true)]
        );
        // A second start changes nothing and asks nothing of the window.
        assert_eq!(apply(&mut w, Command::Present(true)), []);
        let findings = w.project().findings.len();
        let show = w.presentation.as_ref().unwrap();
        assert_eq!((show.slides.len(), show.index), (findings, 0));
        assert_eq!(w.open_finding, show.current(), "the view follows the slide");
        assert!(matches!(show.chart(), Some(Ok(_))), "{:?}", show.chart());

        // Steps stop at both ends; each slide is its finding's comparison.
        apply(&mut w, Command::PresentStep(-3));
        assert_eq!(w.presentation.as_ref().unwrap().index, 0);
        apply(&mut w, Command::PresentStep(100));
        let last = w.presentation.as_ref().unwrap().current().unwrap();
        assert_eq!(w.presentation.as_ref().unwrap().index, findings - 1);
        assert_eq!(w.open_finding, Some(last));
        let comparison = w.project().finding(last).unwrap().comparison();
        assert_eq!(w.view, View::of_comparison(&comparison));

        // Space: the baseline, then the selection, in turn; a step shows both.
        apply(&mut w, Command::PresentFlip);
        assert_eq!(w.presentation.as_ref().unwrap().showing, Showing::Baseline);
        apply(&mut w, Command::PresentFlip);
        assert_eq!(w.presentation.as_ref().unwrap().showing, Showing::Selection);
        apply(&mut w, Command::PresentStep(-1));
        assert_eq!(w.presentation.as_ref().unwrap().showing, Showing::Both);

        assert_eq!(
            apply(&mut w, Command::Present(false)),
            [Effect::FullScreen(false)]
        );
        assert!(w.presentation.is_none());
        assert_eq!((w.view.clone(), w.open_finding), (before, None));
        assert_eq!(apply(&mut w, Command::Present(false)), []);
        assert!(
            !w.document.has_unsaved_changes(),
            "presenting edits nothing"
        );
    }

    #[test]
    fn a_slide_mark_lists_as_many_stories_as_it_counts() {
        let mut w = demo();
        apply(&mut w, Command::Present(true));
        let Some(Ok(chart)) = w.presentation.as_ref().unwrap().chart() else {
            panic!("the first demo finding draws");
        };
        let id = w.presentation.as_ref().unwrap().current().unwrap();
        let options = export::SlideOptions {
            language: Language::Dutch,
            width_px: 1280.0,
            height_px: 720.0,
            showing: None,
            counter: None,
        };
        let finding = w.project().finding(id).unwrap();
        let slide = export::slide_scene(w.project(), finding, chart, &options);
        assert!(!slide.scene.hits.is_empty());
        for hit in &slide.scene.hits {
            let selection_panel = hit.population == export::HitPopulation::Selection;
            let rows = w.rows_of_slide_mark(selection_panel, &hit.mark).unwrap();
            assert_eq!(rows.len() as u64, hit.count, "{}", hit.label);
        }
    }
}
