//! A chart drawn into a PDF page as vectors.
//!
//! The chart's SVG (the same document the SVG and PNG exports write) is
//! parsed by usvg with the embedded fonts, which turns every shape and every
//! glyph into a path; each path is drawn with its fill and stroke. Going
//! through SVG rather than the scene's items means any item the export
//! learns to draw shows up here too.

use krilla::color::rgb;
use krilla::geom::{PathBuilder, Transform};
use krilla::num::NormalizedF32;
use krilla::paint::{Fill, FillRule, LineCap, LineJoin, Stroke, StrokeDash};
use krilla::surface::Surface;
use resvg::usvg;
use resvg::usvg::tiny_skia_path::PathSegment;

use super::super::document::Chart;
use super::super::{BuildDetail, ReportError};
use crate::export::fonts;

/// Draws `chart` with its top left at (`x`, `y`), `width_pt` wide.
pub fn draw(
    surface: &mut Surface<'_>,
    chart: &Chart,
    x: f32,
    y: f32,
    width_pt: f32,
) -> Result<(), ReportError> {
    let options = usvg::Options {
        fontdb: fonts::font_database(),
        font_family: "Noto Sans".to_owned(),
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_str(&chart.svg(), &options)
        .map_err(|error| ReportError::Pdf(BuildDetail::ChartUnreadable(error.to_string())))?;
    let scale = width_pt / tree.size().width().max(1.0);
    surface.push_transform(&Transform::from_row(scale, 0.0, 0.0, scale, x, y));
    draw_group(surface, tree.root());
    surface.pop();
    Ok(())
}

fn draw_group(surface: &mut Surface<'_>, group: &usvg::Group) {
    let opacity = group.opacity().get();
    if opacity < 1.0 {
        surface.push_opacity(NormalizedF32::new(opacity).unwrap_or(NormalizedF32::ONE));
    }
    for node in group.children() {
        match node {
            usvg::Node::Group(child) => draw_group(surface, child),
            usvg::Node::Path(path) => draw_path(surface, path),
            usvg::Node::Text(text) => draw_group(surface, text.flattened()),
            // Charts hold no raster images.
            usvg::Node::Image(_) => {}
        }
    }
    if opacity < 1.0 {
        surface.pop();
    }
}

fn draw_path(surface: &mut Surface<'_>, path: &usvg::Path) {
    if !path.is_visible() {
        return;
    }
    let Some(data) = path.data().clone().transform(path.abs_transform()) else {
        return;
    };
    let mut builder = PathBuilder::new();
    for segment in data.segments() {
        match segment {
            PathSegment::MoveTo(p) => builder.move_to(p.x, p.y),
            PathSegment::LineTo(p) => builder.line_to(p.x, p.y),
            PathSegment::QuadTo(p1, p) => builder.quad_to(p1.x, p1.y, p.x, p.y),
            PathSegment::CubicTo(p1, p2, p) => builder.cubic_to(p1.x, p1.y, p2.x, p2.y, p.x, p.y),
            PathSegment::Close => builder.close(),
        }
    }
    let Some(krilla_path) = builder.finish() else {
        return;
    };
    let fill = path.fill().and_then(|fill| {
        Some(Fill {
            paint: color(fill.paint())?.into(),
            opacity: NormalizedF32::new(fill.opacity().get()).unwrap_or(NormalizedF32::ONE),
            rule: match fill.rule() {
                usvg::FillRule::NonZero => FillRule::NonZero,
                usvg::FillRule::EvenOdd => FillRule::EvenOdd,
            },
        })
    });
    // The path is in chart pixels already; a stroke's width scales with the
    // transform `draw` pushed, as the path does.
    let stroke = path.stroke().and_then(|stroke| {
        Some(Stroke {
            paint: color(stroke.paint())?.into(),
            width: stroke.width().get(),
            miter_limit: stroke.miterlimit().get(),
            line_cap: match stroke.linecap() {
                usvg::LineCap::Butt => LineCap::Butt,
                usvg::LineCap::Round => LineCap::Round,
                usvg::LineCap::Square => LineCap::Square,
            },
            line_join: match stroke.linejoin() {
                usvg::LineJoin::Miter | usvg::LineJoin::MiterClip => LineJoin::Miter,
                usvg::LineJoin::Round => LineJoin::Round,
                usvg::LineJoin::Bevel => LineJoin::Bevel,
            },
            opacity: NormalizedF32::new(stroke.opacity().get()).unwrap_or(NormalizedF32::ONE),
            dash: stroke.dasharray().map(|array| StrokeDash {
                array: array.to_vec(),
                offset: stroke.dashoffset(),
            }),
        })
    });
    surface.set_fill(fill);
    surface.set_stroke(stroke);
    surface.draw_path(&krilla_path);
    surface.set_fill(None);
    surface.set_stroke(None);
}

/// A plain colour; charts use no gradients or patterns.
fn color(paint: &usvg::Paint) -> Option<rgb::Color> {
    match paint {
        usvg::Paint::Color(c) => Some(rgb::Color::new(c.red, c.green, c.blue)),
        _ => None,
    }
}
