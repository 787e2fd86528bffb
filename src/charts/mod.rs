//! Chart specs and the data every view draws from.
//!
//! A [`ChartSpec`] says what to draw (pure data, saved in findings).
//! [`compute`] evaluates it over the populations of a comparison — the whole
//! set and optionally a selection — in one call, with shared bins and
//! scales, into a [`ChartData`]. The screen (`ui`), the CLI's `--json` and
//! every export draw from that same `ChartData`, so their numbers cannot
//! disagree.

pub mod brush;
mod choice;
mod comparison;
mod compute;
mod data;
pub mod density;
pub mod geometry;
mod marks;
mod pair;
mod spec;

pub use compute::{ChartError, Populations, compute};
pub use data::{
    BarsData, ByQuestion, ChangedCell, ChartData, Comparison, ComparisonTest, CrossTabData,
    GroupsData, HistogramData, OptionTest, PairwiseTest, PanelData, PanelKind, ScatterData,
    SliderGroup, TextData, TriadData, TriadGroup, TriadGroupsData,
};
pub use marks::{Mark, rows_of_mark};
pub use spec::{ChartOptions, ChartSpec};
