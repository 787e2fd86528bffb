//! Brushing with the pointer: drag a range on a slider histogram
//! ([`slider_brush_ui`]), draw a lasso on a triad by dragging or by
//! clicking corners ([`lasso_pointer_ui`], with [`lasso_controls_ui`]
//! once above the chart; [`triad_lasso_ui`] has both for one triangle). The views call these after
//! drawing; what is brushed comes back as a [`Brush`] in chart values, which
//! `charts::brush` turns into a filter. The drag in progress lives in egui's
//! temporary memory (like a widget's own state), not in the app.
//!
//! After release the band or lasso stays drawn on the chart it was drawn
//! on: the finished brush is kept in temporary memory with the scope id of
//! that chart panel's `Ui`, and [`keep_showing`] — called once a frame with the
//! app's current brush — forgets it as soon as it is no longer the brush of
//! the chart on screen (cleared, replaced, or the chart changed).

use egui::{Color32, Id, Pos2, Rect, Shape, Stroke};

use crate::i18n::Language;
pub use crate::workspace::Brush;

const BRUSH_FILL: Color32 = Color32::from_rgba_premultiplied(48, 28, 39, 60);
const BRUSH_STROKE: Color32 = Color32::from_rgb(204, 121, 167);

/// Where 0 and 100 of the last slider axis drawn lie on screen, and the
/// height of its middle: lets a test drag over a known range.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SliderAxisPx {
    /// Screen x of the axis's 0, in points.
    pub x_at_0: f32,
    /// Screen x of the axis's 100, in points.
    pub x_at_100: f32,
    /// Screen y halfway up the slider's chart, in points.
    pub y_middle: f32,
}

fn axis_id() -> Id {
    Id::NULL.with("storylens_last_slider_axis")
}

/// The slider axis drawn last in `ctx` (see [`SliderAxisPx`]).
pub fn last_slider_axis(ctx: &egui::Context) -> Option<SliderAxisPx> {
    ctx.data(|d| d.get_temp(axis_id()))
}

/// A finished brush and the chart panel it was drawn on.
#[derive(Clone, Debug)]
struct Kept {
    owner: Id,
    brush: Brush,
}

/// The panel a brush belongs to: the scope of the `Ui` drawing the chart,
/// which — unlike a response's id — stays the same when rows appear above
/// the chart (such as the explore bar's brushed row).
fn owner_of(ui: &egui::Ui) -> Id {
    ui.scope_id().with("storylens_brush")
}

fn kept_id() -> Id {
    Id::NULL.with("storylens_kept_brush")
}

/// Remembers `brush` as just finished on `owner`'s chart.
fn keep(ctx: &egui::Context, owner: Id, brush: Brush) {
    ctx.data_mut(|d| d.insert_temp(kept_id(), Kept { owner, brush }));
}

/// The finished brush to draw on `owner`'s chart, if any.
fn kept_on(ctx: &egui::Context, owner: Id) -> Option<Brush> {
    ctx.data(|d| d.get_temp::<Kept>(kept_id()))
        .filter(|kept| kept.owner == owner)
        .map(|kept| kept.brush)
}

/// Keeps the last finished band or lasso drawn while `current` — the app's
/// brush, when it is one drawn on the chart on screen — is still that
/// brush; forgets it otherwise. Call once a frame, before the chart.
pub fn keep_showing(ctx: &egui::Context, current: Option<&Brush>) {
    let kept: Option<Kept> = ctx.data(|d| d.get_temp(kept_id()));
    if kept.is_some_and(|kept| Some(&kept.brush) != current) {
        ctx.data_mut(|d| d.remove::<Kept>(kept_id()));
    }
}

/// A range dragged across a histogram's plot; returns it when the drag
/// ends. Drags shorter than half a point are clicks, left to the bins.
/// The last range brushed here stays drawn (see [`keep_showing`]).
pub fn slider_brush_ui(
    ui: &egui::Ui,
    response: &egui::Response,
    transform: &egui_plot::PlotTransform,
) -> Option<Brush> {
    let frame = *transform.frame();
    ui.ctx().data_mut(|d| {
        d.insert_temp(
            axis_id(),
            SliderAxisPx {
                x_at_0: transform.position_from_point_x(0.0),
                x_at_100: transform.position_from_point_x(100.0),
                y_middle: frame.center().y,
            },
        );
    });
    let id = response.id.with("slider_brush");
    let value_at = |pos: Pos2| transform.value_from_position(pos).x.clamp(0.0, 100.0);
    if response.drag_started_by(egui::PointerButton::Primary)
        && let Some(origin) = press_origin(ui, response)
    {
        let start = value_at(origin);
        ui.ctx().data_mut(|d| d.insert_temp(id, (start, start)));
    }
    // (start, current) of the drag in progress, in chart values; the
    // current end is kept because the pointer may be gone on release.
    let Some((start, mut current)) = ui.ctx().data(|d| d.get_temp::<(f64, f64)>(id)) else {
        if let Some(Brush::SliderRange(from, to)) = kept_on(ui.ctx(), owner_of(ui)) {
            paint_band(ui, transform, from, to);
        }
        return None;
    };
    if let Some(pos) = response.interact_pointer_pos() {
        current = value_at(pos);
        ui.ctx().data_mut(|d| d.insert_temp(id, (start, current)));
    }
    paint_band(ui, transform, start, current);
    if response.drag_stopped() || !response.dragged() {
        ui.ctx().data_mut(|d| d.remove::<(f64, f64)>(id));
        let brush = ((current - start).abs() >= 0.5).then_some(Brush::SliderRange(start, current));
        if let Some(brush) = &brush {
            keep(ui.ctx(), owner_of(ui), brush.clone());
        }
        return brush;
    }
    None
}

/// The band of a slider range from `from` to `to` (either order).
fn paint_band(ui: &egui::Ui, transform: &egui_plot::PlotTransform, from: f64, to: f64) {
    let frame = *transform.frame();
    let x = |v: f64| transform.position_from_point_x(v);
    let band = Rect::from_x_y_ranges(x(from.min(to))..=x(from.max(to)), frame.y_range());
    ui.painter_at(frame).rect(
        band,
        0.0,
        BRUSH_FILL,
        Stroke::new(1.5, BRUSH_STROKE),
        egui::StrokeKind::Inside,
    );
}

/// Where the button went down that started the drag (egui reports a drag
/// only after the pointer moved a few pixels).
fn press_origin(ui: &egui::Ui, response: &egui::Response) -> Option<Pos2> {
    ui.ctx()
        .input(|i| i.pointer.press_origin())
        .or_else(|| response.interact_pointer_pos())
}

/// The lasso being drawn: one at a time, on one triangle.
#[derive(Clone, Debug, Default)]
struct Lasso {
    /// The triangle (its response's id) the corners are on.
    on: Option<Id>,
    /// Corners so far, as compositions (they survive a resize).
    corners: Vec<[f64; 3]>,
    /// Corners are placed by clicks (else by dragging).
    clicking: bool,
    /// "Close" was pressed: the lasso finishes on its triangle.
    close: bool,
}

fn lasso_id() -> Id {
    Id::NULL.with("storylens_lasso")
}

fn lasso(ctx: &egui::Context) -> Lasso {
    ctx.data(|d| d.get_temp(lasso_id())).unwrap_or_default()
}

fn store_lasso(ctx: &egui::Context, lasso: Lasso) {
    ctx.data_mut(|d| d.insert_temp(lasso_id(), lasso));
}

/// Whether clicks on a triangle place the lasso's corners (then a click
/// on a zone's plate is a corner too, not the zone's stories).
pub fn clicking_corners(ctx: &egui::Context) -> bool {
    lasso(ctx).clicking
}

/// What the lasso did with this frame's pointer.
pub struct LassoOutcome {
    /// A finished polygon.
    pub brush: Option<Brush>,
    /// The click placed a corner; it must not also open stories.
    pub used_click: bool,
}

/// A lasso on a triad with its controls under it: drag to draw it
/// freehand, or switch on "click corners" and click its corners (click
/// the first corner again, double-click, or press "close" to finish).
/// `screen` and `weights` map between compositions and screen positions.
pub fn triad_lasso_ui(
    ui: &mut egui::Ui,
    response: &egui::Response,
    screen: impl Fn([f64; 3]) -> Pos2,
    weights: impl Fn(Pos2) -> [f64; 3],
    language: Language,
) -> LassoOutcome {
    let owner = owner_of(ui);
    let outcome = lasso_pointer_ui(ui, response, screen, weights, owner);
    ui.horizontal(|ui| lasso_controls_ui(ui, language));
    outcome
}

/// The lasso's pointer handling on one triangle (`response`), without
/// controls (see [`lasso_controls_ui`]); the finished lasso stays drawn
/// on `owner`'s chart.
pub fn lasso_pointer_ui(
    ui: &egui::Ui,
    response: &egui::Response,
    screen: impl Fn([f64; 3]) -> Pos2,
    weights: impl Fn(Pos2) -> [f64; 3],
    owner: Id,
) -> LassoOutcome {
    let here = response.id;
    let mut lasso = lasso(ui.ctx());
    let mut outcome = LassoOutcome {
        brush: None,
        used_click: false,
    };
    let mut finish = false;
    if lasso.clicking {
        if let Some(pos) = response
            .interact_pointer_pos()
            .filter(|_| response.clicked())
        {
            outcome.used_click = true;
            if lasso.on != Some(here) {
                lasso.on = Some(here);
                lasso.corners.clear();
            }
            let near_first = lasso
                .corners
                .first()
                .is_some_and(|&first| screen(first).distance(pos) <= 8.0);
            if near_first && lasso.corners.len() >= 3 {
                finish = true;
            } else {
                lasso.corners.push(weights(pos));
            }
        }
        let mine = lasso.on == Some(here);
        if mine && lasso.corners.len() >= 3 && (response.double_clicked() || lasso.close) {
            finish = true;
        }
    } else if response.drag_started_by(egui::PointerButton::Primary) {
        lasso.on = Some(here);
        lasso.corners.clear();
        if let Some(pos) = press_origin(ui, response) {
            lasso.corners.push(weights(pos));
        }
    } else if lasso.on == Some(here) && response.dragged_by(egui::PointerButton::Primary) {
        let last = lasso.corners.last().map(|&w| screen(w));
        if let Some(pos) = response.interact_pointer_pos()
            && last.is_none_or(|last| last.distance(pos) >= 4.0)
        {
            lasso.corners.push(weights(pos));
        }
    } else if lasso.on == Some(here) && response.drag_stopped() && !lasso.corners.is_empty() {
        finish = true;
    }

    // The last lasso finished here stays drawn until it is no longer the
    // brush (see `keep_showing`); one being drawn replaces it.
    let drawing = lasso.on == Some(here) && !lasso.corners.is_empty();
    let kept = match kept_on(ui.ctx(), owner) {
        Some(Brush::Polygon(corners)) if !drawing => corners,
        _ => Vec::new(),
    };
    let shown = if drawing { &lasso.corners } else { &kept };
    let mut outline: Vec<Pos2> = shown.iter().map(|&w| screen(w)).collect();
    if lasso.clicking
        && drawing
        && let Some(hover) = response.hover_pos()
    {
        outline.push(hover);
    }
    paint_outline(ui, response.rect, &outline);

    if finish {
        let corners = std::mem::take(&mut lasso.corners);
        lasso.on = None;
        lasso.close = false;
        outcome.brush = (corners.len() >= 3).then_some(Brush::Polygon(corners));
        if let Some(brush) = &outcome.brush {
            keep(ui.ctx(), owner, brush.clone());
        }
    }
    store_lasso(ui.ctx(), lasso);
    outcome
}

/// The lasso's controls: the "click corners" toggle and, while corners
/// are being clicked, "close" and "cancel". On the screen only: slides
/// have no editing controls.
pub fn lasso_controls_ui(ui: &mut egui::Ui, language: Language) {
    let tr = language.strings();
    let mut lasso = lasso(ui.ctx());
    let mut clicking = lasso.clicking;
    if ui
        .toggle_value(&mut clicking, format!("✏ {}", tr.lasso_click_corners))
        .on_hover_text(tr.lasso_hint)
        .changed()
    {
        lasso = Lasso {
            clicking,
            ..Lasso::default()
        };
    }
    if lasso.clicking && !lasso.corners.is_empty() {
        if ui
            .add_enabled(lasso.corners.len() >= 3, egui::Button::new(tr.lasso_close))
            .clicked()
        {
            lasso.close = true;
            ui.ctx().request_repaint();
        }
        if ui.button(tr.lasso_cancel).clicked() {
            lasso.corners.clear();
            lasso.on = None;
        }
    }
    store_lasso(ui.ctx(), lasso);
}

fn paint_outline(ui: &egui::Ui, clip: Rect, outline: &[Pos2]) {
    if outline.len() < 2 {
        if let Some(&p) = outline.first() {
            ui.painter_at(clip).circle_filled(p, 3.0, BRUSH_STROKE);
        }
        return;
    }
    let painter = ui.painter_at(clip);
    // A lasso may cross itself, so it is filled as a fan of triangles from
    // its first corner: a light, approximate fill under an exact outline.
    let first = outline[0];
    for pair in outline[1..].windows(2) {
        painter.add(Shape::convex_polygon(
            vec![first, pair[0], pair[1]],
            BRUSH_FILL,
            Stroke::NONE,
        ));
    }
    painter.add(Shape::closed_line(
        outline.to_vec(),
        Stroke::new(1.5, BRUSH_STROKE),
    ));
    painter.circle_filled(first, 3.5, BRUSH_STROKE);
}
