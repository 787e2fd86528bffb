//! The workspace: what the window is about, without egui.
//!
//! - [`Command`] (in `command`): everything a panel may ask for, with its
//!   payload types ([`PanelPopulation`], [`FindingEdit`], [`ExploreCommand`],
//!   [`ArrangeCommand`], …).
//! - [`View`] (in `view`): the chart in the centre and its comparison.
//! - [`StoryBrowser`] (in `browser`): the stories behind a mark.
//! - [`Document`]: the dataset, the project and its undo history; every
//!   project edit goes through [`Document::edit`], one undo step each.
//! - [`Workspace`]: the document, the view, the open finding, the browser,
//!   the running [`Presentation`] and the [`Explore`] state (brush, overlay,
//!   grid, search, keywords in context).
//! - [`apply`]: carries out a command and returns the [`Effect`]s left for
//!   the shell (ask about unsaved changes, open a dialog, save, quit, …).
//!
//! The shell in `ui` (settings, notices, dialogs, background jobs, egui)
//! draws this state and sends commands; nothing here draws.

mod apply;
mod arrange;
mod browser;
mod command;
mod document;
mod explore;
mod explore_apply;
mod export_kind;
mod lumping;
mod presentation;
mod state;
mod stop_words;
pub mod view;

#[cfg(test)]
mod tests;

pub use apply::{Effect, apply, loses_work};
pub use document::Document;
pub use explore::{Brushed, Explore, Grid, GridCell, Kwic};
pub use presentation::{Presentation, Showing};
pub use state::Workspace;
pub use stop_words::StopWordCommand;

pub use browser::{BrowserCommand, StoryBrowser};
pub use command::{
    ArrangeCommand, Brush, CellValue, Command, ExploreCommand, ExportKind, FindingEdit, GridSource,
    ImageFormat, LeftTab, PanelPopulation, TableFormat, Theme, UnsavedAnswer,
};
pub use view::{Baseline, ChartSettings, Compared, SavedOptions, View};

#[cfg(test)]
mod explore_tests;

#[cfg(test)]
mod cooccur_tests;
