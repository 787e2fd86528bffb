//! [`Explore`]: the state of brushing, the overlay toggle, the grid view
//! and the search box, and [`ExploreCommand`], carried out by
//! `StorylensApp::apply_explore` (in `explore_apply.rs`).
//!
//! A brush (a dragged slider range, a lasso on a triad, a clicked mark) or
//! a search becomes a [`Brushed`] filter; the explore bar above the chart
//! then offers "select these stories", "add to selection" and "remove from
//! selection" (`charts::brush::combine`).

use crate::model::{Filter, QuestionId};
use crate::workspace::{Brush, View};

use super::grid_view::Grid;
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
    /// The keywords-in-context window, while open.
    pub kwic: Option<super::kwic::Kwic>,
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
