//! The triads of a chart drawn from the export scene (`scene_chart`):
//! hit-testing and interaction only, the drawing is the scene's.
//!
//! Each of the scene's triangles (`export::TriangleHit`: its frame in
//! scene pixels, the dots drawn on it in a bucket index, or the density
//! grid it is shaded by) becomes one widget over the triangle. Hovering a
//! dot shows its three weights, hovering a shaded cell its stories; a
//! click lists the stories of the dots near it, or brushes the clicked
//! cell; a drag draws a lasso, and with "click corners" on (the control
//! above the chart, `brush::lasso_controls_ui`) clicks place its corners.
//! The zones' plates are ordinary hit regions (`scene_chart`).

use egui::{Pos2, Sense};

use crate::charts::{ChartData, PanelKind};
use crate::export::{ScreenChart, TriangleHit};
use crate::i18n::{self, Language};

use super::brush::{self, Brush};
use super::chart_view::Clicked;
use super::commands::PanelPopulation;
use super::scene_chart::PanelClick;
use super::scene_painter::SceneTransform;
use super::triangle::{TrianglePx, remember_drawn};

/// How near (in points) a dot must be to the pointer to say its weights.
const HOVER_PX: f32 = 6.0;
/// How near a dot must be to a click to list its story.
const CLICK_PX: f32 = 10.0;

/// Whether `data` draws triangles (a triad, triad × choice, or small
/// multiples of them): then the lasso's controls go above the chart.
pub fn has_triangles(data: &ChartData) -> bool {
    let triad = |kind: &PanelKind| matches!(kind, PanelKind::Triad(_) | PanelKind::TriadGroups(_));
    data.panels().any(|panel| match &panel.chart {
        PanelKind::Multiples(m) => m.panels.iter().any(|p| triad(&p.chart)),
        kind => triad(kind),
    })
}

/// Every triangle of `chart` as a widget: hover, click and lasso; returns
/// the click or finished lasso of this frame.
pub fn triangles_ui(
    ui: &mut egui::Ui,
    chart: &ScreenChart,
    transform: &SceneTransform,
    language: Language,
) -> Option<PanelClick> {
    let mut clicked = None;
    for (i, triangle) in chart.scene.triangles.iter().enumerate() {
        if let Some(click) = triangle_ui(ui, triangle, transform, i, language) {
            clicked = Some(click);
        }
    }
    clicked
}

fn triangle_ui(
    ui: &mut egui::Ui,
    triangle: &TriangleHit,
    transform: &SceneTransform,
    i: usize,
    language: Language,
) -> Option<PanelClick> {
    let frame = triangle.frame;
    let [top, left, right] = frame.corners().map(|p| transform.screen_from_scene(p));
    let rect = egui::Rect::from_min_max(egui::pos2(left.x, top.y), egui::pos2(right.x, left.y));
    remember_drawn(
        ui.ctx(),
        TrianglePx {
            origin: egui::pos2(left.x, top.y),
            side: right.x - left.x,
        },
    );
    // A little room around the triangle: a lasso may start just outside.
    let id = ui.scope_id().with(("scene_triangle", i));
    let response = ui.interact(rect.expand(4.0), id, Sense::click_and_drag());
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::Image, true, language.strings().triangle_name)
    });
    let scale = transform.scale.max(f32::EPSILON);
    let scene_at = |pos: Pos2| transform.scene_from_screen(pos);
    let weights = |pos: Pos2| frame.weights(scene_at(pos));
    if let Some(pointer) = response.hover_pos() {
        hover_ui(&response, triangle, scene_at(pointer), scale, language);
    }
    let lasso = brush::lasso_pointer_ui(
        ui,
        &response,
        |w| transform.screen_from_scene(frame.point(w)),
        weights,
        id.with("brush"),
    );
    let population = match triangle.population {
        crate::export::HitPopulation::Whole => PanelPopulation::Whole,
        crate::export::HitPopulation::Selection => PanelPopulation::Selection,
    };
    let clicked = match lasso.brush {
        Some(brush) => Some(Clicked::Brush(brush)),
        None if lasso.used_click => None,
        None => response
            .interact_pointer_pos()
            .filter(|_| response.clicked())
            .and_then(|pos| clicked_at(triangle, scene_at(pos), scale, language)),
    };
    clicked.map(|clicked| PanelClick {
        population,
        clicked,
    })
}

/// `weights` when they lie in the triangle.
fn inside(weights: [f64; 3]) -> Option<[f64; 3]> {
    weights.iter().all(|w| *w >= 0.0).then_some(weights)
}

/// The tooltip under the pointer: a shaded cell's stories, or the nearest
/// dot's weights.
fn hover_ui(
    response: &egui::Response,
    triangle: &TriangleHit,
    at: crate::export::Point,
    scale: f32,
    language: Language,
) {
    let text = match &triangle.density {
        Some(grid) => inside(triangle.frame.weights(at)).map(|w| {
            let n = i18n::format_count(language, grid.cell_at(w).count);
            i18n::fill(language.strings().density_cell, &[("n", &n)])
        }),
        None => triangle.dots.nearest(at, HOVER_PX / scale).map(|dot| {
            dot.weights
                .map(|w| format!("{}%", i18n::format_decimal(language, w * 100.0, 0)))
                .join(" · ")
        }),
    };
    if let Some(text) = text {
        response.clone().on_hover_text_at_pointer(text);
    }
}

/// A click inside a triangle: the shaded cell as a brushed polygon (all
/// its stories), or the stories of the dots near it.
fn clicked_at(
    triangle: &TriangleHit,
    at: crate::export::Point,
    scale: f32,
    language: Language,
) -> Option<Clicked> {
    if let Some(grid) = &triangle.density {
        let cell = grid.cell_at(inside(triangle.frame.weights(at))?);
        return (cell.count > 0).then(|| Clicked::Brush(Brush::Polygon(cell.vertices.to_vec())));
    }
    let mut rows: Vec<usize> = triangle
        .dots
        .within(at, CLICK_PX / scale)
        .map(|dot| dot.row)
        .collect();
    rows.sort_unstable();
    rows.dedup();
    (!rows.is_empty()).then(|| Clicked::Rows(rows, language.strings().near_point.to_owned()))
}

/// The lasso's controls in the chart's heading row.
pub fn controls_ui(ui: &mut egui::Ui, language: Language) {
    ui.add_space(16.0);
    brush::lasso_controls_ui(ui, language);
}
