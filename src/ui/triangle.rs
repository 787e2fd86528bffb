//! Where the triangles of the last frame went on screen (they are drawn
//! from the export scene, see `scene_triad`): [`last_triangle`] and
//! [`triangles_drawn`] let tests point at a composition with real pointer
//! events and check that compared triangles are the same size.

use egui::{Pos2, vec2};

use crate::stats::triangle::cartesian_from_barycentric;

/// Where the last triangle drawn lies on screen: lets a test point at a
/// composition with real pointer events.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TrianglePx {
    /// Screen position of the unit triangle's (0, 0), level with the top corner.
    pub origin: Pos2,
    /// Side length in points.
    pub side: f32,
}

impl TrianglePx {
    /// The screen position of composition `[top, left, right]`.
    pub fn screen(&self, weights: [f64; 3]) -> Pos2 {
        let (x, y) = cartesian_from_barycentric(weights);
        self.origin + vec2(x as f32 * self.side, y as f32 * self.side)
    }
}

/// Records a triangle drawn this frame (for [`last_triangle`] and
/// [`triangles_drawn`]).
pub(super) fn remember_drawn(ctx: &egui::Context, drawn: TrianglePx) {
    let frame_nr = ctx.cumulative_frame_nr();
    ctx.data_mut(|d| {
        d.insert_temp(last_triangle_id(), drawn);
        let this_frame = d.get_temp_mut_or_default::<(u64, Vec<TrianglePx>)>(triangles_id());
        if this_frame.0 != frame_nr {
            *this_frame = (frame_nr, Vec::new());
        }
        this_frame.1.push(drawn);
    });
}

fn last_triangle_id() -> egui::Id {
    egui::Id::NULL.with("storylens_last_triangle")
}

/// The triangle drawn last in `ctx` (see [`TrianglePx`]).
pub fn last_triangle(ctx: &egui::Context) -> Option<TrianglePx> {
    ctx.data(|d| d.get_temp(last_triangle_id()))
}

fn triangles_id() -> egui::Id {
    egui::Id::NULL.with("storylens_triangles_of_the_frame")
}

/// Every triangle drawn in the last frame, in drawing order: a comparison
/// draws one per panel, and tests check that they are the same size.
pub fn triangles_drawn(ctx: &egui::Context) -> Vec<TrianglePx> {
    ctx.data(|d| {
        d.get_temp::<(u64, Vec<TrianglePx>)>(triangles_id())
            .map(|(_, drawn)| drawn)
            .unwrap_or_default()
    })
}
