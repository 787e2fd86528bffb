//! How a selection's panel differs from the rest of the baseline: the
//! test that fits the chart, and which cross-tab cells changed.

use serde::{Deserialize, Serialize};

use super::pair::OptionTest;

/// How the selection differs from the rest of the baseline (the baseline's
/// stories outside the selection).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Comparison {
    /// Stories in the selection that answered the question.
    pub n_selection: usize,
    /// Stories of the baseline outside the selection that answered the question.
    pub n_rest: usize,
    /// The test of the chart's question: χ² on the 2 × k table of a single
    /// choice, Mann–Whitney for a slider.
    pub test: Option<ComparisonTest>,
    /// Multiple choice: one 2 × 2 χ² test per option.
    pub option_tests: Vec<OptionTest>,
    /// Cross-tabs: cells whose adjusted residual changed sign or crossed
    /// ±1.96 between the baseline and the selection.
    pub changed_cells: Vec<ChangedCell>,
    /// Text questions: the terms the selection uses more or less often.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keyness: Option<crate::charts::words::KeynessData>,
}

/// A test of selection against rest.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "test", rename_all = "snake_case")]
pub enum ComparisonTest {
    /// χ² of the selection against the rest over the options (a 2 × k
    /// table of a single choice).
    Chi2 {
        /// Pearson χ² without continuity correction.
        chi2: f64,
        /// Degrees of freedom: kept options − 1.
        df: usize,
        /// The p of `chi2`.
        p: f64,
    },
    /// Mann–Whitney of the selection's slider answers against the rest's.
    MannWhitney {
        /// U of the selection: its rank sum minus n₁(n₁ + 1)/2; above
        /// n₁n₂/2 means the selection tends to higher values.
        u: f64,
        /// SciPy's z with tie correction, not signed by direction.
        z: f64,
        /// Two-sided p.
        p: f64,
    },
}

/// A cross-tab cell whose residual tells a different story in the selection.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChangedCell {
    /// The cross-tab row's label (an option of the chart's question).
    pub row: String,
    /// The cross-tab column's label (an option of the `by` question).
    pub column: String,
    /// The cell's adjusted residual in the baseline.
    pub whole: f64,
    /// The cell's adjusted residual in the selection.
    pub selection: f64,
}
