//! [`CellOutline`]: which cross-tab cells are outlined — those with
//! |adjusted residual| ≥ 1.96, or (`ChartOptions::outline_holm`, issue 17
//! item 3) those whose Holm-corrected p across the table's cells is below
//! [`HOLM_ALPHA`]. Computed into `CrossTabData::outlined_by`, so screen,
//! slide, snapshot, report and CLI images outline the same cells.

use serde::{Deserialize, Serialize};

use super::CrossTabData;

/// What outlines a cross-tab cell.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CellOutline {
    /// |adjusted residual| ≥ `stats::crosstab::FLAG_THRESHOLD` (1.96).
    #[default]
    AdjustedResidual,
    /// Holm-corrected p across the table's cells below [`HOLM_ALPHA`].
    HolmP,
}

/// The level a Holm-corrected cell p is outlined below.
pub const HOLM_ALPHA: f64 = 0.05;

impl CrossTabData {
    /// Whether cell `(i, j)` (as shown) is outlined under
    /// [`Self::outlined_by`].
    pub fn is_outlined(&self, i: usize, j: usize) -> bool {
        let cell = |m: &Vec<Vec<Option<f64>>>| m.get(i).and_then(|r| r.get(j)).copied().flatten();
        match self.outlined_by {
            CellOutline::AdjustedResidual => cell(&self.adjusted_residuals)
                .is_some_and(|z| z.abs() >= crate::stats::crosstab::FLAG_THRESHOLD),
            CellOutline::HolmP => cell(&self.cell_p_holm).is_some_and(|p| p < HOLM_ALPHA),
        }
    }
}
