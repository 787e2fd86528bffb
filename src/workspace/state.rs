//! [`Workspace`]: the open document and what the window shows of it.

use std::sync::Arc;

use crate::charts::{self, ChartData, Mark, Populations};
use crate::i18n::Language;
use crate::model::{Dataset, QuestionKind, SelectionId};
use crate::project::{FindingId, Project};

use super::browser::StoryBrowser;
use super::command::{CellValue, Command, LeftTab, PanelPopulation};
use super::document::Document;
use super::presentation::Presentation;
use super::view::{Compared, View};

/// Everything the window is about except the shell's own state (settings,
/// notices, dialogs, background jobs): the open [`Document`], the chart in
/// view with its comparison, the open finding and the story browser.
#[derive(Debug)]
pub struct Workspace {
    /// The open dataset and project, with undo.
    pub document: Document,
    /// The chart in the centre and its comparison.
    pub view: View,
    /// What cross-tab cells show.
    pub cell_value: CellValue,
    /// The left panel's tab.
    pub left_tab: LeftTab,
    /// The finding whose comparison is on screen.
    pub open_finding: Option<FindingId>,
    /// The stories behind the last clicked mark.
    pub browser: Option<StoryBrowser>,
    /// The populations of `view`, or why its filters failed.
    pub populations: Result<Populations, String>,
    /// The computed chart of `view`, or the reason it could not be.
    pub chart: Option<Result<ChartData, String>>,
    /// Stories that answered each question, in codebook order.
    pub answered: Vec<usize>,
    /// The language new names (a new selection, the whole set) are given
    /// in; the shell keeps it equal to its settings.
    pub language: Language,
    /// Panels with fewer stories are not drawn (the settings' minimum n).
    pub min_n: usize,
    /// The slide show, while it runs.
    pub presentation: Option<Presentation>,
    /// Brushing, overlay, grid, search and keywords in context.
    pub explore: super::explore::Explore,
    /// The app is building the story words on a background thread
    /// (`ui::words_job`): a words chart says "indexing words…" until they
    /// are built instead of building them a second time on this thread.
    pub words_indexing: bool,
    /// Lumping changes of the view, for undo (see `workspace::lumping`).
    pub lumping_history: super::lumping::LumpingHistory,
    /// The app builds every word index in the background (set by
    /// `ui::words_job` each frame): a words chart whose index — with the
    /// project's stop words and the chart's phrases — is not built says
    /// "indexing words…" instead of building it on this thread. Off in
    /// tests and the CLI, which build it where they need it.
    pub words_in_background: bool,
}

impl Workspace {
    /// A workspace on `dataset` and `project`, showing the first triad (or
    /// choice question) so the window is never empty.
    pub fn new(dataset: Arc<Dataset>, project: Project, language: Language, min_n: usize) -> Self {
        // An import through the dialog arrives with its column indexes built
        // on the import's thread (`import::ImportJob`); a project, a data
        // file opened directly and the demo were read on this thread, which
        // builds them here, before the first chart, as the import's would
        // (5 ms at 100,000 stories; a look-up per question when built).
        charts::warm_indexes(&dataset);
        let answered = dataset
            .questions()
            .map(|(q, _)| dataset.answered_count(&q.id))
            .collect();
        let first = dataset
            .questions()
            .find(|(q, _)| matches!(q.kind, QuestionKind::Triad { .. }))
            .or_else(|| {
                dataset
                    .questions()
                    .find(|(q, _)| q.kind.is_choice() && !q.is_metadata())
            })
            .map(|(q, _)| q.id.clone());
        let mut workspace = Self {
            populations: Ok(Populations::all(&dataset)),
            document: Document::new(dataset, project),
            view: View::default(),
            cell_value: CellValue::default(),
            left_tab: LeftTab::default(),
            open_finding: None,
            browser: None,
            chart: None,
            answered,
            language,
            min_n,
            presentation: None,
            explore: super::explore::Explore::default(),
            words_indexing: false,
            lumping_history: super::lumping::LumpingHistory::default(),
            words_in_background: false,
        };
        if let Some(id) = first {
            // Showing a question changes no project: it gives no effect.
            let _ = workspace.carry_out(Command::ShowQuestion(id));
        }
        workspace
    }

    /// The open stories.
    pub fn dataset(&self) -> &Dataset {
        &self.document.dataset
    }

    /// The open project as it is now.
    pub fn project(&self) -> &Project {
        self.document.project()
    }

    /// Computes the populations and the chart of the view again.
    pub fn recompute(&mut self) {
        let dataset = &self.document.dataset;
        let words = self.project().settings.word_options();
        self.populations = self.view.populations(dataset, self.language, &words);
        // The background job builds the story text's index only.
        let background = self.words_in_background
            && dataset
                .codebook()
                .text_with_role(crate::model::TextRole::Story)
                .is_some_and(|story| self.view.question.as_ref() == Some(&story.id));
        if (self.words_indexing || background) && self.waits_for_words() {
            self.chart = Some(Err(self.language.strings().words_indexing.to_owned()));
            return;
        }
        let comparison = self.view_comparison();
        self.chart = comparison.map(|comparison| {
            let populations = self.populations.as_ref().map_err(Clone::clone)?;
            comparison
                .compute_for(dataset, populations)
                .map_err(|e| e.sentence(self.language))
        });
    }

    /// Whether the view's chart is of a text question whose words are not
    /// built yet.
    fn waits_for_words(&self) -> bool {
        let dataset = &self.document.dataset;
        self.view.question.as_ref().is_some_and(|id| {
            dataset
                .question(id)
                .is_some_and(|(q, _)| matches!(q.kind, QuestionKind::Text { .. }))
                && !crate::words::is_built(dataset, Some(id), &self.word_options())
        })
    }

    /// Lists the stories behind `mark` of a panel.
    pub fn open_mark(&mut self, population: PanelPopulation, mark: &Mark, label: String) {
        let (Some(spec), Ok(populations)) = (self.view_spec(), &self.populations) else {
            return;
        };
        let selection = match (population, &populations.selection) {
            (PanelPopulation::Selection, Some(selection)) => selection,
            _ => &populations.whole,
        };
        if let Ok(rows) = charts::rows_of_mark(&spec, &self.document.dataset, selection, mark) {
            self.browser = Some(StoryBrowser {
                label,
                rows,
                reading: None,
            });
        }
    }

    /// Compares the chart with a named selection, or stops comparing; a
    /// finding on screen is closed (the view is no longer its comparison).
    pub fn compare_with(&mut self, id: Option<SelectionId>) {
        self.view.selection = id.and_then(|id| {
            let named = self.document.project().selections.get(id)?;
            Some(Compared {
                name: named.name.clone(),
                filter: named.filter.clone(),
                from: Some(id),
            })
        });
        self.view.baseline_filter = None;
        self.open_finding = None;
        self.recompute();
    }

    /// The named selection the view compares with and still follows.
    pub fn compared_selection(&self) -> Option<SelectionId> {
        self.view.selection.as_ref().and_then(|c| c.from)
    }

    /// After a named selection changed, a view that follows it follows.
    pub fn refresh_compared(&mut self, id: SelectionId) {
        if self.compared_selection() == Some(id) {
            self.compare_with(Some(id));
        }
    }

    /// After undo, redo or an arrangement: the view follows its selection
    /// (or stops comparing when it is gone), a deleted finding closes.
    pub fn after_project_change(&mut self) {
        if let Some(id) = self.compared_selection() {
            if self.document.project().selections.get(id).is_some() {
                self.compare_with(Some(id));
            } else {
                self.compare_with(None);
            }
        }
        if let Some(id) = self.open_finding
            && self.document.project().finding(id).is_none()
        {
            self.open_finding = None;
        }
        self.sync_finding_lumping();
        // Undo and redo may have changed the project's stop words.
        if self.view_counts_words() {
            self.recompute();
        }
    }

    /// Shows a finding's frozen comparison.
    pub fn open_finding(&mut self, id: FindingId) {
        let Some(finding) = self.document.project().finding(id) else {
            return;
        };
        self.view = View::of_comparison(&finding.comparison());
        self.open_finding = Some(id);
        self.recompute();
    }
}
