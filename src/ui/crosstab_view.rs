//! What the screen keeps of cross-tabs now that they are drawn from the
//! export layout (`scene_chart`): the [`CellValue`] setting, the theme's
//! cell colours with text that reads on them ([`cell_colors`], used by
//! the contrast test of every theme), and where the grids went
//! ([`crosstabs_drawn`], for tests).

use egui::{Color32, Rect};

use super::{contrast, palette};
pub use crate::workspace::CellValue;

/// A cell's opaque fill and the colour of its number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CellColors {
    /// The cell's background.
    pub fill: Color32,
    /// The colour of the cell's number, readable on `fill`.
    pub text: Color32,
}

/// The colours of a cell with adjusted residual `z` (none: not computed)
/// in a theme: the residual's fill on the theme's background, and the
/// theme's strong text colour on it when that reads (≥ 4.5:1), else black
/// or white.
pub fn cell_colors(visuals: &egui::Visuals, z: Option<f64>) -> CellColors {
    let background = visuals.panel_fill.to_opaque();
    let fill = match z {
        Some(z) => palette::residual_fill(z, background),
        None => contrast::over(visuals.text_color(), 0.08, background),
    };
    let text = contrast::readable_text(fill, visuals.strong_text_color());
    CellColors { fill, text }
}

/// Where a cross-tab was drawn, for tests: the column-label band, the
/// cells (all rows and columns) and the right edge of the row labels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CrossTabPx {
    /// The band of column labels, on screen.
    pub header: Rect,
    /// All cells, every row and column, on screen.
    pub cells: Rect,
    /// Screen x where the row labels end.
    pub row_labels_right: f32,
}

fn drawn_id() -> egui::Id {
    egui::Id::NULL.with("storylens_crosstabs_drawn")
}

/// Adds `drawn` to this pass's cross-tabs (those of earlier passes go).
pub(super) fn remember_drawn(ctx: &egui::Context, drawn: CrossTabPx) {
    let pass = ctx.cumulative_pass_nr();
    ctx.data_mut(|d| {
        let list = d.get_temp_mut_or_default::<(u64, Vec<CrossTabPx>)>(drawn_id());
        if list.0 != pass {
            *list = (pass, Vec::new());
        }
        list.1.push(drawn);
    });
}

/// The cross-tabs drawn in the last pass of `ctx`, in drawing order.
pub fn crosstabs_drawn(ctx: &egui::Context) -> Vec<CrossTabPx> {
    ctx.data(|d| d.get_temp::<(u64, Vec<CrossTabPx>)>(drawn_id()))
        .map(|(_, list)| list)
        .unwrap_or_default()
}
