//! [`svg_from_scene`]: a [`Scene`] as a standalone SVG document.
//!
//! A small writer of our own: every item becomes one element, all text is
//! XML-escaped (labels come from survey data and may hold anything), and
//! every text names the embedded fonts. Baselines are resolved to
//! alphabetic `y` positions here, so the SVG looks the same in browsers, in
//! Word and PowerPoint (which ignore `dominant-baseline`) and in resvg.

use std::fmt::Write;

use super::fonts;
use super::scene::{Anchor, Baseline, Item, Point, Rgba, Scene, Stroke, Text, Weight};

/// The SVG document of `scene`, sized in pixels.
pub fn svg_from_scene(scene: &Scene) -> String {
    let mut out = String::with_capacity(256 + 96 * scene.items.len());
    let (w, h) = (num(scene.width_px), num(scene.height_px));
    // `write!` into a String cannot fail; the results are ignored below.
    let _ = writeln!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}">"#
    );
    let _ = writeln!(
        out,
        r#"<rect width="{w}" height="{h}"{}/>"#,
        paint("fill", scene.background)
    );
    let _ = writeln!(out, r#"<g font-family="{}">"#, escape(fonts::FONT_FAMILY));
    let cap_height = fonts::cap_height_em();
    for item in &scene.items {
        write_item(&mut out, item, cap_height);
    }
    out.push_str("</g>\n</svg>\n");
    out
}

fn write_item(out: &mut String, item: &Item, cap_height_em: f32) {
    let _ = match item {
        Item::Polyline(line) => writeln!(
            out,
            r#"<polyline points="{}" fill="none"{} stroke-linecap="butt"/>"#,
            points(&line.points),
            stroke(Some(&line.stroke))
        ),
        Item::Polygon(polygon) => writeln!(
            out,
            r#"<polygon points="{}"{}{} stroke-linejoin="round"/>"#,
            points(&polygon.points),
            fill(polygon.fill),
            stroke(polygon.stroke.as_ref())
        ),
        Item::Circle(circle) => writeln!(
            out,
            r#"<circle cx="{}" cy="{}" r="{}"{}{}/>"#,
            num(circle.centre.x),
            num(circle.centre.y),
            num(circle.radius_px),
            fill(circle.fill),
            stroke(circle.stroke.as_ref())
        ),
        Item::Rect(rect) => {
            let radius = if rect.corner_radius_px > 0.0 {
                format!(r#" rx="{}""#, num(rect.corner_radius_px))
            } else {
                String::new()
            };
            writeln!(
                out,
                r#"<rect x="{}" y="{}" width="{}" height="{}"{radius}{}{}/>"#,
                num(rect.x),
                num(rect.y),
                num(rect.width_px.max(0.0)),
                num(rect.height_px.max(0.0)),
                fill(rect.fill),
                stroke(rect.stroke.as_ref())
            )
        }
        Item::Text(text) => write_text(out, text, cap_height_em),
    };
}

fn write_text(out: &mut String, text: &Text, cap_height_em: f32) -> std::fmt::Result {
    let shift = match text.baseline {
        Baseline::Alphabetic => 0.0,
        Baseline::Middle => cap_height_em * text.size_px / 2.0,
        Baseline::Top => cap_height_em * text.size_px,
    };
    // The shift is along the text's own vertical, so rotated text keeps
    // its baseline: rotate around the anchor point, then shift in the
    // rotated frame.
    let Point { x, y } = text.position;
    let transform = match text.rotation_deg {
        Some(degrees) => format!(
            r#" transform="rotate({} {} {})""#,
            num(degrees),
            num(x),
            num(y)
        ),
        None => String::new(),
    };
    let anchor = match text.anchor {
        Anchor::Start => "",
        Anchor::Middle => r#" text-anchor="middle""#,
        Anchor::End => r#" text-anchor="end""#,
    };
    let weight = match text.weight {
        Weight::Regular => "",
        Weight::Bold => r#" font-weight="bold""#,
    };
    writeln!(
        out,
        r#"<text x="{}" y="{}" font-size="{}"{weight}{anchor}{}{transform}>{}</text>"#,
        num(x),
        num(y + shift),
        num(text.size_px),
        fill(Some(text.color)),
        escape(&text.text)
    )
}

/// A number with at most two decimals and no trailing zeros.
fn num(value: f32) -> String {
    if !value.is_finite() {
        return "0".to_owned();
    }
    let s = format!("{:.2}", value);
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".to_owned()
    } else {
        s.to_owned()
    }
}

fn points(points: &[Point]) -> String {
    points
        .iter()
        .map(|p| format!("{},{}", num(p.x), num(p.y)))
        .collect::<Vec<_>>()
        .join(" ")
}

fn hex(color: Rgba) -> String {
    format!("#{:02x}{:02x}{:02x}", color.r, color.g, color.b)
}

/// ` fill="#rrggbb"` (+ opacity), or the value for another paint attribute.
fn paint(attribute: &str, color: Rgba) -> String {
    let mut out = format!(r#" {attribute}="{}""#, hex(color));
    if color.a < 255 {
        let _ = write!(
            out,
            r#" {attribute}-opacity="{}""#,
            (f32::from(color.a) / 255.0 * 1000.0).round() / 1000.0
        );
    }
    out
}

fn fill(color: Option<Rgba>) -> String {
    match color {
        Some(color) => paint("fill", color),
        None => r#" fill="none""#.to_owned(),
    }
}

fn stroke(stroke: Option<&Stroke>) -> String {
    let Some(stroke) = stroke else {
        return String::new();
    };
    let mut out = paint("stroke", stroke.color);
    let _ = write!(out, r#" stroke-width="{}""#, num(stroke.width_px));
    if let Some((dash, gap)) = stroke.dash_px {
        let _ = write!(out, r#" stroke-dasharray="{} {}""#, num(dash), num(gap));
    }
    out
}

/// `text` safe inside an XML element or attribute: markup characters
/// escaped, and characters XML 1.0 forbids (controls) dropped, so any
/// label from a survey gives a well-formed document.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(' '),
            c if (c as u32) < 0x20 || matches!(c, '\u{FFFE}' | '\u{FFFF}') => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::scene::{Circle, pt};

    #[test]
    fn escapes_markup_and_drops_control_characters() {
        assert_eq!(
            escape("<script>&\"'\u{1}x"),
            "&lt;script&gt;&amp;&quot;&apos;x"
        );
    }

    #[test]
    fn numbers_are_short_and_colours_carry_opacity() {
        assert_eq!(num(12.0), "12");
        assert_eq!(num(12.345), "12.35");
        assert_eq!(num(-0.001), "0");
        let mut scene = Scene::new(100.0, 50.0, Rgba::WHITE);
        scene.push(Circle {
            centre: pt(10.0, 20.0),
            radius_px: 3.0,
            fill: Some(Rgba::rgb(0, 114, 178).with_alpha(90)),
            stroke: None,
        });
        scene.push(Text::new("a<b", pt(5.0, 40.0), 12.0, Rgba::rgb(0, 0, 0)).bold());
        let svg = svg_from_scene(&scene);
        assert!(
            svg.contains(
                r##"<circle cx="10" cy="20" r="3" fill="#0072b2" fill-opacity="0.353"/>"##
            ),
            "{svg}"
        );
        assert!(svg.contains(r#"font-weight="bold""#) && svg.contains(">a&lt;b</text>"));
        assert!(svg.contains("Noto Sans"));
    }
}
