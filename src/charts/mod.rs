//! Chart specs and the data every view draws from.
//!
//! A [`ChartSpec`] says what to draw (pure data, saved in findings).
//! [`compute`] evaluates it over the populations of a comparison — the whole
//! set and optionally a selection — in one call, with shared bins and
//! scales, into a [`ChartData`]. The screen (`ui`), the CLI's `--json` and
//! every export draw from that same `ChartData`, so their numbers cannot
//! disagree.

pub mod brush;
mod chart_error;
mod choice;
mod colour;
mod comparison;
mod compute;
mod cooccur;
mod data;
pub mod density;
pub mod dots;
pub mod geometry;
pub(crate) mod index;
pub use index::warm_indexes;
pub mod lumping;
mod marks;
mod options;
mod outline;
mod pair;
mod spec;
mod stones;
pub mod text;
mod triad;
pub mod words;

pub use compute::{ChartError, Populations, compute};
pub use cooccur::CoOccurrenceData;
pub use data::{
    BarsData, ByQuestion, ChangedCell, ChartData, ColourBy, Comparison, ComparisonTest,
    CrossTabData, GroupsData, HistogramData, MultiplesData, OptionTest, OptionsShown, PairwiseTest,
    PanelData, PanelKind, RankCounts, ScatterData, SliderGroup, SubPanel, TextData, TriadData,
    TriadGroup, TriadGroupsData, ZoneCount,
};
pub use lumping::{LumpingNote, MergedOptions, OptionLumping, RenamedOption};
pub use marks::{Mark, rows_of_mark};
pub use outline::{CellOutline, HOLM_ALPHA};
pub use spec::{BarValue, ChartOptions, ChartSpec};
pub use stones::{StoneData, StonesData};
pub use words::{KeyWord, KeynessData, WordShare, WordsData, word_filter_of_term};
