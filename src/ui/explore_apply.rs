//! `StorylensApp::apply_explore`: brushing, overlay, grid and search
//! commands, carried out by the shell (the [`Explore`] state is the
//! window's, not the workspace's).

use crate::charts::brush::{self, BrushAction};
use crate::model::{Filter, describe};
use crate::workspace::{Brush, Command, ExploreCommand, PanelPopulation, StoryBrowser};

use super::app::StorylensApp;
use super::explore::{Brushed, Explore};
use super::grid_view::Grid;

impl StorylensApp {
    /// Brushing, overlay, grid and search state.
    pub fn explore(&self) -> &Explore {
        &self.explore
    }

    /// Carries out one explore command.
    pub(crate) fn apply_explore(&mut self, command: ExploreCommand) {
        if let (ExploreCommand::Brushed { .. } | ExploreCommand::BrushMark(_), Some(kwic)) =
            (&command, &mut self.explore.kwic)
        {
            // Other stories are listed now: the KWIC word is no longer
            // what the reader should mark.
            kwic.reading_word = None;
        }
        match command {
            ExploreCommand::Brushed { population, brush } => self.brush(population, brush),
            ExploreCommand::BrushMark(crate::charts::Mark::Term { term }) => {
                // A term brushes `text has word "…"`: the brush bar then
                // offers "Make a selection from this word".
                let filter = self.workspace.view.question.as_ref().and_then(|question| {
                    crate::charts::word_filter_of_term(
                        &self.workspace.document.dataset,
                        question,
                        &term,
                    )
                });
                self.explore.brush = filter.and_then(|f| self.brushed(f));
            }
            ExploreCommand::BrushMark(mark) => {
                let filter = self
                    .workspace
                    .view
                    .spec(self.settings.min_n)
                    .and_then(|spec| {
                        brush::filter_of_mark(
                            &spec,
                            self.workspace.document.dataset.codebook(),
                            &mark,
                        )
                    });
                self.explore.brush = filter.and_then(|f| self.brushed(f));
            }
            ExploreCommand::BrushTo(action) => self.brush_to(action),
            ExploreCommand::ClearBrush => self.explore.brush = None,
            ExploreCommand::SetOverlay(on) => self.explore.overlay = on,
            ExploreCommand::OpenGrid(source) => {
                self.explore.grid = Some(Grid::open(self, source));
            }
            ExploreCommand::CloseGrid => self.explore.grid = None,
            ExploreCommand::GridFullSize(index) => self.grid_full_size(index),
            ExploreCommand::TogglePick(id) => {
                let pick = &mut self.explore.grid_pick;
                match pick.iter().position(|q| *q == id) {
                    Some(at) => {
                        pick.remove(at);
                    }
                    None => pick.push(id),
                }
            }
            ExploreCommand::OpenSearch => {
                if self.explore.search.is_none() {
                    self.explore.search = Some(String::new());
                }
                self.explore.focus_search.set(true);
            }
            ExploreCommand::CloseSearch => self.explore.search = None,
            ExploreCommand::SetSearch(text) => self.search(text),
            ExploreCommand::TypeKwic(text) => {
                if let Some(kwic) = &mut self.explore.kwic {
                    kwic.typed = text;
                }
            }
            kwic @ (ExploreCommand::OpenKwic(_)
            | ExploreCommand::SetKwicOrder(_)
            | ExploreCommand::ReadKwicLine(_)
            | ExploreCommand::CloseKwic) => self.apply_kwic(kwic),
        }
    }

    /// A filter with its summary and count, or `None` when it cannot be
    /// evaluated (it only ever names the chart's own questions).
    fn brushed(&self, filter: Filter) -> Option<Brushed> {
        let count = filter
            .evaluate(&self.workspace.document.dataset)
            .ok()?
            .count();
        let label = describe(
            &filter,
            self.workspace.document.dataset.codebook(),
            self.settings.language,
        );
        Some(Brushed {
            filter,
            label,
            count,
            drawn: None,
        })
    }

    fn brush(&mut self, population: PanelPopulation, shape: Brush) {
        let Some(question) = self.workspace.view.question.clone() else {
            return;
        };
        let filter = match &shape {
            Brush::SliderRange(from, to) => brush::slider_brush(question.as_str(), *from, *to),
            Brush::Polygon(corners) => brush::polygon_brush(question.as_str(), corners),
        };
        let Some(mut brushed) = filter.and_then(|f| self.brushed(f)) else {
            return;
        };
        brushed.drawn = Some((self.workspace.view.clone(), shape));
        // The story list shows the brushed stories of the panel brushed.
        if let (Ok(populations), Ok(selected)) = (
            &self.workspace.populations,
            brushed.filter.evaluate(&self.workspace.document.dataset),
        ) {
            let panel = match (population, &populations.selection) {
                (PanelPopulation::Selection, Some(selection)) => selection,
                _ => &populations.whole,
            };
            self.workspace.browser = Some(StoryBrowser {
                label: brushed.label.clone(),
                rows: panel.and(&selected).iter().collect(),
                reading: None,
            });
        }
        self.explore.brush = Some(brushed);
    }

    /// "Select these stories", "add to selection", "remove from selection".
    fn brush_to(&mut self, action: BrushAction) {
        let Some(brushed) = self.explore.brush.clone() else {
            return;
        };
        let language = self.settings.language;
        if action == BrushAction::NewSelection {
            let created = self
                .workspace
                .document
                .edit(|p| Some(p.selections.create(brushed.filter, language)));
            if let Some(id) = created {
                self.editor.select(
                    id,
                    self.workspace.document.project(),
                    &self.workspace.document.dataset,
                );
                self.apply(Command::Compare(Some(id)));
            }
            return;
        }
        let Some(id) = self.workspace.view.selection.as_ref().and_then(|c| c.from) else {
            return;
        };
        let Some(current) = self
            .workspace
            .document
            .project()
            .selections
            .get(id)
            .map(|n| n.filter.clone())
        else {
            return;
        };
        let filter = brush::combine(&current, brushed.filter, action);
        self.apply(Command::SetSelectionFilter(id, filter));
        if self.editor.editing == Some(id) {
            self.editor.select(
                id,
                self.workspace.document.project(),
                &self.workspace.document.dataset,
            );
        }
    }

    /// Full-text search over titles and stories: lists the matches and
    /// makes them the brush, so they can become a selection.
    fn search(&mut self, text: String) {
        let empty = crate::model::fold_text(text.trim()).is_empty();
        let filter = Filter::text_contains(text.trim());
        self.explore.search = Some(text);
        if empty {
            self.explore.brush = None;
            self.workspace.browser = None;
            return;
        }
        match filter.evaluate(&self.workspace.document.dataset) {
            Ok(selection) => {
                let brushed = self.brushed(filter);
                self.workspace.browser = brushed.as_ref().map(|b| StoryBrowser {
                    label: b.label.clone(),
                    rows: selection.iter().collect(),
                    reading: None,
                });
                self.explore.brush = brushed;
            }
            Err(error) => {
                self.explore.brush = None;
                self.workspace.browser = None;
                let sentence = error.sentence(self.settings.language);
                self.notices.push(super::app::Notice::error(sentence));
            }
        }
    }

    fn grid_full_size(&mut self, index: usize) {
        let Some(cell) = self
            .explore
            .grid
            .take()
            .and_then(|grid| grid.cells.into_iter().nth(index))
        else {
            return;
        };
        match cell.finding {
            Some(id) => self.open_finding(id),
            None => {
                self.workspace.view = cell.view;
                self.recompute();
            }
        }
    }

    /// The search term to highlight in the stories, if searching.
    /// Else the word of the keywords-in-context line being read.
    pub(crate) fn search_term(&self) -> &str {
        match (&self.explore.search, &self.explore.kwic) {
            (Some(search), _) => search.trim(),
            (None, Some(kwic)) => kwic.reading_word.as_deref().unwrap_or(""),
            (None, None) => "",
        }
    }
}
