//! [`Scene`]: a small, neutral vector picture in pixel units.
//!
//! A scene is plain data — a canvas size, a background and an ordered list
//! of [`Item`]s (lines, polygons, circles, rectangles, text) — with no
//! knowledge of charts, SVG or PNG. `scene_from_chart` builds one from a
//! `ChartData`; `svg_from_scene` and `png_from_scene` draw it. Coordinates
//! are pixels with y growing downwards, as in SVG.
//!
//! A scene may also carry [`Hit`] regions: where the layout put a mark that
//! holds stories (a bar, a bin, a cell, an option's row). They draw nothing
//! and the writers ignore them; the screen's painter uses them so that a
//! click on a mark lists its stories. A triad's scene also carries its
//! triangles ([`TriangleHit`]: corners, dots, density grid), so the screen
//! can find the dot under the pointer and turn a lasso into compositions.

use crate::charts::Mark;

pub use super::triad_hits::TriangleHit;

/// A colour with straight (not premultiplied) alpha.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Rgba {
    /// Red, 0–255.
    pub r: u8,
    /// Green, 0–255.
    pub g: u8,
    /// Blue, 0–255.
    pub b: u8,
    /// Opacity, 0 (transparent) to 255 (opaque).
    pub a: u8,
}

impl Rgba {
    /// Opaque white, the background of every export.
    pub const WHITE: Self = Self::rgb(255, 255, 255);

    /// An opaque colour.
    pub const fn rgb(r: u8, g: u8, b: u8) -> Self {
        Self { r, g, b, a: 255 }
    }

    /// The same colour with alpha `a`.
    pub const fn with_alpha(self, a: u8) -> Self {
        Self { a, ..self }
    }

    /// The colour mixed with white: `amount` 0 keeps it, 1 gives white.
    /// Used for tints that must stay opaque (density shading, panels).
    pub fn lighten(self, amount: f32) -> Self {
        let mix = |c: u8| (c as f32 + (255.0 - c as f32) * amount.clamp(0.0, 1.0)).round() as u8;
        Self {
            r: mix(self.r),
            g: mix(self.g),
            b: mix(self.b),
            a: self.a,
        }
    }
}

/// A point in pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    /// Pixels from the left edge.
    pub x: f32,
    /// Pixels from the top edge (y grows downwards).
    pub y: f32,
}

/// Shorthand for [`Point`].
pub const fn pt(x: f32, y: f32) -> Point {
    Point { x, y }
}

/// How a line or outline is drawn.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Stroke {
    /// Line colour.
    pub color: Rgba,
    /// Line width in pixels.
    pub width_px: f32,
    /// Dash and gap lengths in pixels; `None` for a solid line.
    pub dash_px: Option<(f32, f32)>,
}

impl Stroke {
    /// A solid line.
    pub const fn solid(color: Rgba, width_px: f32) -> Self {
        Self {
            color,
            width_px,
            dash_px: None,
        }
    }

    /// A dashed line: `dash_px` is (dash, gap) in pixels.
    pub const fn dashed(color: Rgba, width_px: f32, dash_px: (f32, f32)) -> Self {
        Self {
            color,
            width_px,
            dash_px: Some(dash_px),
        }
    }
}

/// An open line through two or more points.
#[derive(Clone, Debug, PartialEq)]
pub struct Polyline {
    /// The points in drawing order.
    pub points: Vec<Point>,
    /// How the line is drawn.
    pub stroke: Stroke,
}

/// A closed shape; filled, outlined or both.
#[derive(Clone, Debug, PartialEq)]
pub struct Polygon {
    /// The corners in drawing order; the last joins the first.
    pub points: Vec<Point>,
    /// Fill colour; `None` leaves it hollow.
    pub fill: Option<Rgba>,
    /// Outline; `None` for no outline.
    pub stroke: Option<Stroke>,
}

/// A circle (a triad's or scatter's dot, a mean's marker).
#[derive(Clone, Debug, PartialEq)]
pub struct Circle {
    /// The centre, in pixels.
    pub centre: Point,
    /// Radius in pixels.
    pub radius_px: f32,
    /// Fill colour; `None` leaves it hollow.
    pub fill: Option<Rgba>,
    /// Outline; `None` for no outline.
    pub stroke: Option<Stroke>,
}

/// An axis-aligned rectangle with optionally rounded corners.
#[derive(Clone, Debug, PartialEq)]
pub struct Rect {
    /// Left edge in pixels.
    pub x: f32,
    /// Top edge in pixels.
    pub y: f32,
    /// Width in pixels.
    pub width_px: f32,
    /// Height in pixels.
    pub height_px: f32,
    /// Radius of the rounded corners in pixels; 0 for square ones.
    pub corner_radius_px: f32,
    /// Fill colour; `None` leaves it hollow.
    pub fill: Option<Rgba>,
    /// Outline; `None` for no outline.
    pub stroke: Option<Stroke>,
}

/// Font weight of a [`Text`]; both weights are embedded fonts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Weight {
    /// The regular face.
    #[default]
    Regular,
    /// The bold face (titles, numbers that matter).
    Bold,
}

/// Which point of the text's line `Text::position` is, horizontally.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Anchor {
    /// `position` is where the text begins.
    #[default]
    Start,
    /// `position` is the text's middle.
    Middle,
    /// `position` is where the text ends.
    End,
}

/// Which line of the text `Text::position` is, vertically. The writers
/// turn every baseline into an alphabetic one using the font's cap height,
/// so the result does not depend on a renderer's `dominant-baseline`
/// support (Word and PowerPoint ignore it).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Baseline {
    /// The alphabetic baseline (the bottom of "x").
    #[default]
    Alphabetic,
    /// Halfway up the capitals: for centring a line on a point.
    Middle,
    /// The top of the capitals: for hanging text under a line.
    Top,
}

/// One line of text. Text never wraps by itself: layout code measures it
/// with `fonts::text_width` and breaks or shortens it first.
#[derive(Clone, Debug, PartialEq)]
pub struct Text {
    /// The line itself (never wrapped).
    pub text: String,
    /// The anchor point, in pixels; see [`Anchor`] and [`Baseline`].
    pub position: Point,
    /// Font size in pixels.
    pub size_px: f32,
    /// Regular or bold.
    pub weight: Weight,
    /// Which point of the line `position` is, horizontally.
    pub anchor: Anchor,
    /// Which line of the text `position` is, vertically.
    pub baseline: Baseline,
    /// Text colour.
    pub color: Rgba,
    /// Clockwise rotation in degrees around `position`.
    pub rotation_deg: Option<f32>,
}

impl Text {
    /// Regular text, start-anchored on its alphabetic baseline.
    pub fn new(text: impl Into<String>, position: Point, size_px: f32, color: Rgba) -> Self {
        Self {
            text: text.into(),
            position,
            size_px,
            weight: Weight::Regular,
            anchor: Anchor::Start,
            baseline: Baseline::Alphabetic,
            color,
            rotation_deg: None,
        }
    }

    /// The same text in bold.
    pub fn bold(mut self) -> Self {
        self.weight = Weight::Bold;
        self
    }

    /// The same text anchored at `anchor`.
    pub fn anchor(mut self, anchor: Anchor) -> Self {
        self.anchor = anchor;
        self
    }

    /// The same text placed on `baseline`.
    pub fn baseline(mut self, baseline: Baseline) -> Self {
        self.baseline = baseline;
        self
    }

    /// The same text turned clockwise by `degrees` around its position.
    pub fn rotated(mut self, degrees: f32) -> Self {
        self.rotation_deg = Some(degrees);
        self
    }
}

/// One thing to draw.
#[derive(Clone, Debug, PartialEq)]
pub enum Item {
    /// An open line.
    Polyline(Polyline),
    /// A closed shape.
    Polygon(Polygon),
    /// A circle.
    Circle(Circle),
    /// A rectangle.
    Rect(Rect),
    /// One line of text.
    Text(Text),
}

/// An axis-aligned area in pixels (nothing drawn).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Area {
    /// Left edge in pixels.
    pub x: f32,
    /// Top edge in pixels.
    pub y: f32,
    /// Width in pixels.
    pub width_px: f32,
    /// Height in pixels.
    pub height_px: f32,
}

impl Area {
    /// Whether `point` lies inside the area, edges included.
    pub fn contains(&self, point: Point) -> bool {
        point.x >= self.x
            && point.x <= self.x + self.width_px
            && point.y >= self.y
            && point.y <= self.y + self.height_px
    }
}

/// Which population's panel a hit region lies in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum HitPopulation {
    /// The panel of all stories (or of the only population).
    #[default]
    Whole,
    /// The panel of the compared selection.
    Selection,
}

/// Where a mark that holds stories was drawn. Not drawn itself.
#[derive(Clone, Debug, PartialEq)]
pub struct Hit {
    /// Where the mark was drawn.
    pub area: Area,
    /// Which panel it lies in.
    pub population: HitPopulation,
    /// Which mark it is, to list its stories.
    pub mark: Mark,
    /// What the mark is, for a list of its stories ("hoop", "20–30",
    /// "hoop × leraren").
    pub label: String,
    /// The stories it holds in its panel.
    pub count: u64,
}

/// A picture: items are drawn in order, later ones on top.
#[derive(Clone, Debug, PartialEq)]
pub struct Scene {
    /// Canvas width in pixels.
    pub width_px: f32,
    /// Canvas height in pixels.
    pub height_px: f32,
    /// Drawn under everything.
    pub background: Rgba,
    /// What to draw, in order; later items on top.
    pub items: Vec<Item>,
    /// Where the marks that hold stories lie, in drawing order.
    pub hits: Vec<Hit>,
    /// The triads' triangles, in drawing order (nothing drawn).
    pub triangles: Vec<TriangleHit>,
}

impl Scene {
    /// An empty canvas of this size.
    pub fn new(width_px: f32, height_px: f32, background: Rgba) -> Self {
        Self {
            width_px,
            height_px,
            background,
            items: Vec::new(),
            hits: Vec::new(),
            triangles: Vec::new(),
        }
    }

    /// Adds `item` on top of everything drawn so far.
    pub fn push(&mut self, item: impl Into<Item>) {
        self.items.push(item.into());
    }

    /// A straight line segment.
    pub fn line(&mut self, from: Point, to: Point, stroke: Stroke) {
        self.push(Polyline {
            points: vec![from, to],
            stroke,
        });
    }

    /// Records where a mark lies (of the whole set's panel until the
    /// chart block says otherwise).
    pub fn hit(&mut self, area: Area, mark: Mark, label: impl Into<String>, count: u64) {
        self.hits.push(Hit {
            area,
            population: HitPopulation::Whole,
            mark,
            label: label.into(),
            count,
        });
    }

    /// Every text item, in drawing order (for tests and checks).
    pub fn texts(&self) -> impl Iterator<Item = &Text> {
        self.items.iter().filter_map(|item| match item {
            Item::Text(text) => Some(text),
            _ => None,
        })
    }
}

macro_rules! item_from {
    ($($kind:ident),*) => {
        $(impl From<$kind> for Item {
            fn from(value: $kind) -> Self {
                Item::$kind(value)
            }
        })*
    };
}
item_from!(Polyline, Polygon, Circle, Rect, Text);
