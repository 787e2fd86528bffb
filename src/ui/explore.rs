//! [`Explore`]: the state of brushing, the overlay toggle, the grid view
//! and the search box, and [`ExploreCommand`], carried out by
//! `StorylensApp::apply_explore` in the app's one command `match`.
//!
//! A brush (a dragged slider range, a lasso on a triad, a clicked mark) or
//! a search becomes a [`Brushed`] filter; the explore bar above the chart
//! then offers "select these stories", "add to selection" and "remove from
//! selection" (`charts::brush::combine`).

use crate::charts::brush::{self, BrushAction};
use crate::model::{Filter, QuestionId, describe};

use super::app::StorylensApp;
use super::brush::Brush;
use super::commands::{Command, PanelPopulation};
use super::grid_view::Grid;
use super::stories_panel::StoryBrowser;
use super::view::View;
pub use crate::workspace::ExploreCommand;

/// Brushing, overlay, grid and search state of the window.
#[derive(Debug, Default)]
pub struct Explore {
    /// The last brushed part of a chart, or the search, as a filter.
    pub brush: Option<Brushed>,
    /// Baseline and selection overlaid in one panel where that reads
    /// better (slider histograms, triad means).
    pub overlay: bool,
    /// Several comparisons at once, replacing the single chart.
    pub grid: Option<Grid>,
    /// Questions ticked for a grid of chosen questions.
    pub grid_pick: Vec<QuestionId>,
    /// The search box's text while it is open (Ctrl+F).
    pub search: Option<String>,
    /// The search box was just opened and should take the keyboard.
    pub focus_search: std::cell::Cell<bool>,
}

/// A brushed filter with its summary and how many stories it holds.
#[derive(Clone, Debug, PartialEq)]
pub struct Brushed {
    pub filter: Filter,
    pub label: String,
    pub count: usize,
    /// The range or lasso drawn for it, and on which chart: drawn there
    /// until the brush changes (`None` for a clicked mark or a search).
    pub drawn: Option<(View, Brush)>,
}

impl Brushed {
    /// The band or lasso to keep drawn while `view` is on screen.
    pub fn drawn_on(&self, view: &View) -> Option<&Brush> {
        self.drawn
            .as_ref()
            .filter(|(on, _)| on == view)
            .map(|(_, brush)| brush)
    }
}

impl StorylensApp {
    /// Brushing, overlay, grid and search state.
    pub fn explore(&self) -> &Explore {
        &self.explore
    }

    /// Carries out one explore command.
    pub(crate) fn apply_explore(&mut self, command: ExploreCommand) {
        match command {
            ExploreCommand::Brushed { population, brush } => self.brush(population, brush),
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
                self.notices
                    .push(super::app::Notice::error(error.to_string()));
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
    pub(crate) fn search_term(&self) -> &str {
        self.explore.search.as_deref().map_or("", str::trim)
    }
}
