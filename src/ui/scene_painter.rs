//! Paints an export [`Scene`] with egui shapes, so a slide on screen looks
//! like the PNG of the same scene, and turns the scene's hit regions into
//! clickable, named widgets.
//!
//! [`SceneTransform::fit`] scales the scene uniformly into a rect
//! (letterboxed, centred); [`paint_scene`] draws each item: rectangles with
//! their corner radius, polylines (dashed where the scene says so),
//! polygons (convex ones directly, others cut into triangles by
//! `polygon::triangulate`, as egui fills only convex polygons), circles, and text
//! in the embedded fonts set on the scene's anchor and baseline, rotated
//! around its anchor point like the SVG writer does. [`hits_ui`] gives
//! every hit region a widget with its name ("hoop × leraren: 12").

use egui::emath::Rot2;
use egui::epaint::{CircleShape, Mesh, PathShape, RectShape, TextShape};
use egui::{Color32, FontFamily, FontId, Pos2, Shape, StrokeKind, pos2, vec2};

use crate::export::{self, Anchor, Area, Baseline, Hit, Item, Point, Rgba, Scene, Weight};

use super::polygon;

/// Where a scene lies on screen: `screen = offset + scale · scene`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SceneTransform {
    /// Screen points per scene pixel.
    pub scale: f32,
    /// Where the scene's (0, 0) lies on screen.
    pub offset: egui::Vec2,
}

impl SceneTransform {
    /// The largest uniform scale that shows a `width × height` scene whole
    /// in `rect`, centred (the rest is letterbox).
    pub fn fit((width, height): (f32, f32), rect: egui::Rect) -> Self {
        let scale = if width > 0.0 && height > 0.0 {
            (rect.width() / width).min(rect.height() / height).max(0.0)
        } else {
            1.0
        };
        let used = vec2(width * scale, height * scale);
        Self {
            scale,
            offset: rect.min.to_vec2() + (rect.size() - used) / 2.0,
        }
    }

    /// The screen position of a scene point.
    pub fn screen_from_scene(&self, point: Point) -> Pos2 {
        pos2(point.x, point.y) * self.scale + self.offset
    }

    /// The scene point at a screen position.
    pub fn scene_from_screen(&self, pos: Pos2) -> Point {
        let p = (pos - self.offset) / self.scale.max(f32::EPSILON);
        export::pt(p.x, p.y)
    }

    /// The screen rectangle of a scene area.
    pub fn screen_rect(&self, area: &Area) -> egui::Rect {
        egui::Rect::from_min_size(
            self.screen_from_scene(export::pt(area.x, area.y)),
            vec2(area.width_px, area.height_px) * self.scale,
        )
    }
}

/// Paints `scene` fitted into `rect` (the letterbox in the scene's
/// background); returns where it went.
pub fn paint_scene(painter: &egui::Painter, scene: &Scene, rect: egui::Rect) -> SceneTransform {
    let transform = SceneTransform::fit((scene.width_px, scene.height_px), rect);
    painter.rect_filled(rect, 0.0, color(scene.background));
    let bold = painter.fonts(|fonts| {
        fonts
            .families()
            .contains(&FontFamily::Name(super::fonts::BOLD.into()))
    });
    let mut shapes = Vec::with_capacity(scene.items.len());
    for item in &scene.items {
        shapes_of(painter, item, &transform, bold, &mut shapes);
    }
    painter.extend(shapes);
    transform
}

/// The hit regions of `scene` as clickable widgets named "label: count";
/// returns the one clicked this frame.
pub fn hits_ui<'a>(
    ui: &mut egui::Ui,
    scene: &'a Scene,
    transform: &SceneTransform,
    id: egui::Id,
) -> Option<&'a Hit> {
    let mut clicked = None;
    for (i, hit) in scene.hits.iter().enumerate() {
        let rect = transform.screen_rect(&hit.area);
        let response = ui.interact(rect, id.with(i), egui::Sense::click());
        response.widget_info(|| {
            egui::WidgetInfo::labeled(
                egui::Role::Button,
                true,
                format!("{}: {}", hit.label, hit.count),
            )
        });
        if response.hovered() {
            ui.painter().rect_stroke(
                rect,
                2.0,
                egui::Stroke::new(2.0, Color32::from_rgb(0x33, 0x33, 0x33)),
                StrokeKind::Inside,
            );
        }
        if response
            .on_hover_cursor(egui::CursorIcon::PointingHand)
            .clicked()
        {
            clicked = Some(hit);
        }
    }
    clicked
}

/// The colour scenes are drawn on (for the letterbox around them).
pub fn background() -> Color32 {
    color(export::palette::BACKGROUND)
}

fn color(rgba: Rgba) -> Color32 {
    Color32::from_rgba_unmultiplied(rgba.r, rgba.g, rgba.b, rgba.a)
}

fn stroke_of(stroke: &export::Stroke, scale: f32) -> egui::Stroke {
    egui::Stroke::new(stroke.width_px * scale, color(stroke.color))
}

fn shapes_of(
    painter: &egui::Painter,
    item: &Item,
    t: &SceneTransform,
    bold: bool,
    out: &mut Vec<Shape>,
) {
    let at = |p: &Point| t.screen_from_scene(*p);
    match item {
        Item::Polyline(line) => {
            let points: Vec<Pos2> = line.points.iter().map(at).collect();
            out.extend(line_shapes(points, &line.stroke, t.scale, false));
        }
        Item::Polygon(polygon) => {
            let points: Vec<Pos2> = polygon.points.iter().map(at).collect();
            if let Some(fill) = polygon.fill {
                out.push(filled_polygon(&points, color(fill)));
            }
            if let Some(stroke) = &polygon.stroke {
                out.extend(line_shapes(points, stroke, t.scale, true));
            }
        }
        Item::Circle(circle) => out.push(Shape::Circle(CircleShape {
            center: at(&circle.centre),
            radius: circle.radius_px * t.scale,
            fill: circle.fill.map_or(Color32::TRANSPARENT, color),
            stroke: circle
                .stroke
                .as_ref()
                .map_or(egui::Stroke::NONE, |s| stroke_of(s, t.scale)),
        })),
        Item::Rect(rect) => {
            let area = Area {
                x: rect.x,
                y: rect.y,
                width_px: rect.width_px,
                height_px: rect.height_px,
            };
            out.push(Shape::Rect(RectShape::new(
                t.screen_rect(&area),
                rect.corner_radius_px * t.scale,
                rect.fill.map_or(Color32::TRANSPARENT, color),
                rect.stroke
                    .as_ref()
                    .map_or(egui::Stroke::NONE, |s| stroke_of(s, t.scale)),
                // SVG centres strokes on the outline.
                StrokeKind::Middle,
            )));
        }
        Item::Text(text) => {
            let size = text.size_px * t.scale;
            if size >= 1.0 && !text.text.is_empty() {
                let family = match text.weight {
                    Weight::Bold if bold => FontFamily::Name(super::fonts::BOLD.into()),
                    _ => FontFamily::Proportional,
                };
                let galley = painter.layout_no_wrap(
                    text.text.clone(),
                    FontId::new(size, family),
                    color(text.color),
                );
                let baseline = galley
                    .rows
                    .first()
                    .and_then(|row| Some(row.pos.y + row.row.glyphs.first()?.pos.y))
                    .unwrap_or(size * 0.8);
                let local = text_offset(text.anchor, text.baseline, galley.size().x, size)
                    - vec2(0.0, baseline);
                let angle = text.rotation_deg.unwrap_or(0.0).to_radians();
                let pos = at(&text.position) + Rot2::from_angle(angle) * local;
                out.push(Shape::Text(
                    TextShape::new(pos, galley, color(text.color)).with_angle(angle),
                ));
            }
        }
    }
}

/// From a text's position to its alphabetic baseline's start, in the
/// text's own frame: left by the anchor's share of its `width`, down by
/// the cap-height share its baseline names (as `svg.rs` shifts it).
pub fn text_offset(anchor: Anchor, baseline: Baseline, width: f32, size: f32) -> egui::Vec2 {
    let cap = export::fonts::cap_height_em() * size;
    let dx = match anchor {
        Anchor::Start => 0.0,
        Anchor::Middle => -width / 2.0,
        Anchor::End => -width,
    };
    let dy = match baseline {
        Baseline::Alphabetic => 0.0,
        Baseline::Middle => cap / 2.0,
        Baseline::Top => cap,
    };
    vec2(dx, dy)
}

fn line_shapes(
    mut points: Vec<Pos2>,
    stroke: &export::Stroke,
    scale: f32,
    closed: bool,
) -> Vec<Shape> {
    let egui_stroke = stroke_of(stroke, scale);
    match stroke.dash_px {
        Some((dash, gap)) if dash > 0.0 => {
            if closed && let Some(&first) = points.first() {
                points.push(first);
            }
            Shape::dashed_line(&points, egui_stroke, dash * scale, gap * scale)
        }
        _ if closed => vec![Shape::closed_line(points, egui_stroke)],
        _ => vec![Shape::Path(PathShape::line(points, egui_stroke))],
    }
}

/// A filled polygon: egui's own for a convex outline, a mesh of
/// triangles otherwise.
fn filled_polygon(points: &[Pos2], fill: Color32) -> Shape {
    let plain: Vec<Point> = points.iter().map(|p| export::pt(p.x, p.y)).collect();
    if polygon::is_convex(&plain) {
        return Shape::convex_polygon(points.to_vec(), fill, egui::Stroke::NONE);
    }
    let mut mesh = Mesh::default();
    for p in points {
        mesh.colored_vertex(*p, fill);
    }
    for [a, b, c] in polygon::triangulate(&plain) {
        mesh.add_triangle(a as u32, b as u32, c as u32);
    }
    Shape::mesh(mesh)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::pt;

    #[test]
    fn a_wide_scene_is_letterboxed_top_and_bottom() {
        let rect = egui::Rect::from_min_size(pos2(10.0, 20.0), vec2(800.0, 600.0));
        let t = SceneTransform::fit((1600.0, 900.0), rect);
        assert!((t.scale - 0.5).abs() < 1e-6);
        // 450 high in 600: 75 above and below.
        assert_eq!(t.screen_from_scene(pt(0.0, 0.0)), pos2(10.0, 95.0));
        assert_eq!(t.screen_from_scene(pt(1600.0, 900.0)), pos2(810.0, 545.0));
        let back = t.scene_from_screen(pos2(410.0, 320.0));
        assert!((back.x - 800.0).abs() < 1e-3 && (back.y - 450.0).abs() < 1e-3);
    }

    #[test]
    fn a_tall_scene_is_letterboxed_left_and_right() {
        let rect = egui::Rect::from_min_size(pos2(0.0, 0.0), vec2(1000.0, 500.0));
        let t = SceneTransform::fit((400.0, 1000.0), rect);
        assert!((t.scale - 0.5).abs() < 1e-6);
        assert_eq!(t.offset, vec2(400.0, 0.0));
        let area = Area {
            x: 100.0,
            y: 200.0,
            width_px: 40.0,
            height_px: 20.0,
        };
        let r = t.screen_rect(&area);
        assert_eq!((r.min, r.size()), (pos2(450.0, 100.0), vec2(20.0, 10.0)));
    }

    #[test]
    fn text_offsets_follow_anchor_and_baseline() {
        let cap = export::fonts::cap_height_em() * 20.0;
        assert_eq!(
            text_offset(Anchor::Start, Baseline::Alphabetic, 100.0, 20.0),
            vec2(0.0, 0.0)
        );
        assert_eq!(
            text_offset(Anchor::Middle, Baseline::Middle, 100.0, 20.0),
            vec2(-50.0, cap / 2.0)
        );
        assert_eq!(
            text_offset(Anchor::End, Baseline::Top, 100.0, 20.0),
            vec2(-100.0, cap)
        );
        assert!(cap > 10.0 && cap < 18.0, "Noto Sans caps are ~0.71 em");
    }
}
