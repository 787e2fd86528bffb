//! [`Explore`]: the state of brushing, the overlay toggle, the grid view,
//! the search box and keywords in context, changed by `ExploreCommand`s
//! (`Workspace::apply_explore`, in `explore_apply.rs`).
//!
//! A brush (a dragged slider range, a lasso on a triad, a clicked mark) or
//! a search becomes a [`Brushed`] filter; the explore bar above the chart
//! then offers "select these stories", "add to selection" and "remove from
//! selection" (`charts::brush::combine`).

use crate::charts::ChartData;
use crate::model::{Filter, QuestionId};
use crate::project::FindingId;
use crate::words::{KwicLine, KwicOrder};

use super::state::Workspace;
use super::{Brush, GridSource, View};

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
    /// The keywords-in-context window, while open.
    pub kwic: Option<Kwic>,
}

/// A brushed filter with its summary and how many stories it holds.
#[derive(Clone, Debug, PartialEq)]
pub struct Brushed {
    /// The brushed stories as a filter, ready to become a selection.
    pub filter: Filter,
    /// A summary of the brush ("Voorbeeld 20–30").
    pub label: String,
    /// How many stories the brush holds.
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

/// The keywords-in-context window: a word's lines, in an order.
#[derive(Debug, Default)]
pub struct Kwic {
    /// The word whose lines are listed.
    pub word: String,
    /// The word box's text, before Enter.
    pub typed: String,
    /// How the lines are sorted.
    pub order: KwicOrder,
    /// `None` when the word is not in the stories' index.
    pub lines: Option<Vec<KwicLine>>,
    /// The form of the word to mark in the story being read.
    pub reading_word: Option<String>,
}

/// One small comparison of the grid.
#[derive(Debug)]
pub struct GridCell {
    /// The cell's heading.
    pub title: String,
    /// The question and comparison it shows; opened full size on a click.
    pub view: View,
    /// The finding it shows, which opens with it at full size.
    pub finding: Option<FindingId>,
    /// Its computed chart, or why it could not be.
    pub chart: Result<ChartData, String>,
    /// Headings of its two panels.
    pub names: [String; 2],
}

/// The open grid.
#[derive(Debug)]
pub struct Grid {
    /// The grid's heading (the perspective's name, or chosen questions).
    pub title: String,
    /// The small comparisons, in reading order.
    pub cells: Vec<GridCell>,
}

impl Grid {
    /// Computes every cell of `source` once, when the grid opens.
    pub(super) fn open(workspace: &Workspace, source: &GridSource) -> Self {
        let project = workspace.project();
        let (title, cells) = match source {
            GridSource::Perspective(id) => {
                let perspective = project.perspectives.iter().find(|p| p.id == *id);
                let cells = perspective
                    .into_iter()
                    .flat_map(|p| &p.findings)
                    .filter_map(|&id| project.finding(id).map(|f| (id, f)))
                    .map(|(id, finding)| {
                        let view = View::of_comparison(&finding.comparison());
                        cell(workspace, finding.title.clone(), view, Some(id))
                    })
                    .collect();
                (
                    perspective.map_or_else(String::new, |p| p.title.clone()),
                    cells,
                )
            }
            GridSource::Questions(ids) => {
                let cells = ids
                    .iter()
                    .filter_map(|id| workspace.dataset().codebook().get(id))
                    .map(|question| {
                        let view = View {
                            question: Some(question.id.clone()),
                            by: None,
                            ..workspace.view.clone()
                        };
                        cell(workspace, question.title.clone(), view, None)
                    })
                    .collect();
                (workspace.language.strings().grid_chosen.to_owned(), cells)
            }
        };
        Self { title, cells }
    }
}

fn cell(workspace: &Workspace, title: String, view: View, finding: Option<FindingId>) -> GridCell {
    let language = workspace.language;
    let tr = language.strings();
    let chart = match view.comparison(workspace.min_n, language) {
        Some(mut comparison) => {
            if finding.is_none() {
                workspace.stamp_words(&mut comparison.spec);
            }
            comparison
                .compute_with(
                    workspace.dataset(),
                    &workspace.project().settings.word_options(),
                )
                .map_err(|e| e.sentence(language))
        }
        None => Err(tr.no_chart.to_owned()),
    };
    let selection_name = view
        .selection
        .as_ref()
        .map_or_else(|| tr.selection.to_owned(), |c| c.name.clone());
    GridCell {
        names: [view.baseline_name(language), selection_name],
        title,
        view,
        finding,
        chart,
    }
}
