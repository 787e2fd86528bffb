//! Patterns across many questions at once, without egui and without
//! sentences: typed values that the CLI and the app write in Dutch or
//! English ([`text`]).
//!
//! - [`differences()`]: "what makes this selection different?" — every
//!   question tested for a selection against the rest in one pass, one
//!   [`Difference`] per question, Benjamini–Hochberg q across the rows,
//!   ranked by effect size, each with a typed [`Detail`] (the option most
//!   over-represented with its two shares, the shift of a median or of a
//!   triad's geometric mean).
//! - [`crosstabs()`]: every pair of choice questions, ranked by Cramér's V
//!   with q.
//!
//! Both read the dataset's columns through the column indexes the charts
//! build once per dataset (`charts::index`: answered bitsets, a slider's
//! ranks), and take their tests from [`crate::stats`]: χ² and Cramér's V
//! from `crosstab`, Mann–Whitney from `rank`, Bonferroni, φ, rank-biserial
//! and Hotelling's T² from `differences`, q from `multitest`.

pub mod crosstabs;
pub mod differences;
mod kinds;
pub mod text;
mod words;

pub use crosstabs::{CrossTabPair, CrossTabs, PairTest, crosstabs};
pub use differences::{
    Axis, Detail, Df, Difference, Differences, DifferencesOptions, EffectName, Pole, Scale,
    SkipReason, Skipped, TestName, differences,
};
