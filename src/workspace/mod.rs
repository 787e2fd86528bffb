//! The workspace: what the window is about, without egui.
//!
//! - [`Command`] (in `command`): everything a panel may ask for, with its
//!   payload types ([`PanelPopulation`], [`FindingEdit`], [`ExploreCommand`],
//!   [`ArrangeCommand`], …).
//! - [`View`] (in `view`): the chart in the centre and its comparison.
//! - [`StoryBrowser`] (in `browser`): the stories behind a mark.
//!
//! The shell in `ui` (settings, notices, dialogs, background jobs, egui)
//! draws this state and sends commands; nothing here draws.

mod browser;
mod command;
mod export_kind;
pub mod view;

pub use browser::{BrowserCommand, StoryBrowser};
pub use command::{
    ArrangeCommand, Brush, CellValue, Command, ExploreCommand, ExportKind, FindingEdit, GridSource,
    ImageFormat, LeftTab, PanelPopulation, TableFormat, Theme, UnsavedAnswer,
};
pub use view::{Baseline, ChartSettings, Compared, SavedOptions, View};
