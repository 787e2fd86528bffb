//! The overlay's triangle ([`triangle_ui`] allocates it and draws grid
//! and corner labels, [`TriangleFrame`] maps compositions to the screen
//! and back; the other triads are drawn from the export scene, see
//! `scene_triad`), and where the triangles of the last frame went:
//! [`last_triangle`] and [`triangles_drawn`] tell tests.

use egui::{Align2, FontId, Pos2, Rect, Sense, Shape, Stroke, pos2, vec2};

use crate::charts::geometry;
use crate::stats::triangle::{self, TRIANGLE_HEIGHT};

/// Allocates the plot area, leaving `reserve_px` under it for the legend,
/// and draws triangle, grid and corner labels.
pub(super) fn triangle_ui(
    ui: &mut egui::Ui,
    corners: [&String; 3],
    reserve_px: f32,
) -> (egui::Response, egui::Painter, TriangleFrame) {
    let width = ui
        .available_width()
        .min((ui.available_height() - reserve_px) / 0.92)
        .max(200.0);
    let (response, painter) =
        ui.allocate_painter(vec2(width, width * 0.92), Sense::click_and_drag());
    let frame = TriangleFrame::new(response.rect);
    remember_drawn(
        ui.ctx(),
        TrianglePx {
            origin: frame.origin,
            side: frame.side,
        },
    );
    let visuals = ui.visuals();
    let text_color = visuals.text_color();
    let grid_color = visuals.weak_text_color().gamma_multiply(0.35);

    for (a, b) in geometry::grid_lines(0.1) {
        painter.line_segment(
            [frame.screen(a), frame.screen(b)],
            Stroke::new(0.6, grid_color),
        );
    }
    let corner_points = [
        frame.screen([1.0, 0.0, 0.0]),
        frame.screen([0.0, 1.0, 0.0]),
        frame.screen([0.0, 0.0, 1.0]),
    ];
    painter.add(Shape::closed_line(
        corner_points.to_vec(),
        Stroke::new(1.5, text_color),
    ));
    let font = FontId::proportional(15.0);
    painter.text(
        corner_points[0] - vec2(0.0, 8.0),
        Align2::CENTER_BOTTOM,
        corners[0],
        font.clone(),
        text_color,
    );
    painter.text(
        corner_points[1] + vec2(0.0, 8.0),
        Align2::LEFT_TOP,
        corners[1],
        font.clone(),
        text_color,
    );
    painter.text(
        corner_points[2] + vec2(0.0, 8.0),
        Align2::RIGHT_TOP,
        corners[2],
        font,
        text_color,
    );
    (response, painter, frame)
}

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
        TriangleFrame {
            origin: self.origin,
            side: self.side,
        }
        .screen(weights)
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

/// Maps compositions into a screen rectangle, leaving room for labels.
pub(super) struct TriangleFrame {
    origin: Pos2,
    side: f32,
}

impl TriangleFrame {
    fn new(rect: Rect) -> Self {
        let margin_x = 20.0;
        let margin_top = 30.0;
        let margin_bottom = 34.0;
        let side = (rect.width() - 2.0 * margin_x)
            .min((rect.height() - margin_top - margin_bottom) / TRIANGLE_HEIGHT as f32)
            .max(10.0);
        let origin = pos2(rect.center().x - side / 2.0, rect.top() + margin_top);
        Self { origin, side }
    }

    pub(super) fn screen(&self, weights: [f64; 3]) -> Pos2 {
        let (x, y) = triangle::cartesian_from_barycentric(weights);
        self.origin + vec2(x as f32 * self.side, y as f32 * self.side)
    }

    /// The composition at a screen position (outside the triangle, some
    /// weights are negative).
    pub(super) fn weights(&self, position: Pos2) -> [f64; 3] {
        let offset = (position - self.origin) / self.side;
        triangle::barycentric_from_cartesian((f64::from(offset.x), f64::from(offset.y)))
    }
}
