//! [`TextStyle`]: how layout code sets a label — size, weight, colour,
//! anchor — and the measuring, wrapping and drawing of lines in that style.

use super::fonts::{self, LINE_HEIGHT};
use super::scene::{Anchor, Baseline, Point, Rgba, Scene, Text, Weight, pt};

/// How a block of text lines is set.
#[derive(Clone, Copy, Debug)]
pub(super) struct TextStyle {
    pub size_px: f32,
    pub weight: Weight,
    pub color: Rgba,
    pub anchor: Anchor,
}

impl TextStyle {
    pub fn new(size_px: f32, color: Rgba) -> Self {
        Self {
            size_px,
            weight: Weight::Regular,
            color,
            anchor: Anchor::Start,
        }
    }

    pub fn bold(self) -> Self {
        Self {
            weight: Weight::Bold,
            ..self
        }
    }

    pub fn anchor(self, anchor: Anchor) -> Self {
        Self { anchor, ..self }
    }

    pub fn line_height(&self) -> f32 {
        self.size_px * LINE_HEIGHT
    }

    /// `text` broken into at most `max_lines` lines of `max_width_px`.
    pub fn wrap(&self, text: &str, max_width_px: f32, max_lines: usize) -> Vec<String> {
        fonts::wrap(text, max_width_px, self.size_px, self.weight, max_lines)
    }

    pub fn width(&self, text: &str) -> f32 {
        fonts::text_width(text, self.size_px, self.weight)
    }

    /// Draws `lines` with the first line box's top at `top`; returns the
    /// block's height. Each line is centred on its line box.
    pub fn draw(&self, scene: &mut Scene, lines: &[String], x: f32, top: f32) -> f32 {
        let line_height = self.line_height();
        for (i, line) in lines.iter().enumerate() {
            let centre = top + line_height * (i as f32 + 0.5);
            scene.push(self.text(line, pt(x, centre)).baseline(Baseline::Middle));
        }
        line_height * lines.len() as f32
    }

    /// One text item at `position` (alphabetic baseline).
    pub fn text(&self, text: &str, position: Point) -> Text {
        let mut item = Text::new(text, position, self.size_px, self.color).anchor(self.anchor);
        item.weight = self.weight;
        item
    }
}
