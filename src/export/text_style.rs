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
            self.line(scene, line, pt(x, centre));
        }
        line_height * lines.len() as f32
    }

    /// One line centred vertically on `at` (anchored as the style says),
    /// in runs when Noto Sans lacks some of its characters.
    pub fn line(&self, scene: &mut Scene, text: &str, at: Point) {
        if fonts::has_glyphs(text, self.weight) {
            scene.push(self.text(text, at).baseline(Baseline::Middle));
        } else {
            self.draw_runs(scene, text, at.x, at.y);
        }
    }

    /// A line with characters Noto Sans lacks (− → ≥), set as runs so
    /// that only those characters fall back to DejaVu Sans: a renderer
    /// sets a whole text item in the fallback font, which would make one
    /// sentence look unlike its neighbours.
    fn draw_runs(&self, scene: &mut Scene, line: &str, x: f32, centre: f32) {
        let runs = runs(line, self.weight);
        let space = self.width(" ");
        let width: f32 = runs
            .iter()
            .map(|(text, spaces)| self.width(text) + *spaces as f32 * space)
            .sum();
        let mut run_x = match self.anchor {
            Anchor::Start => x,
            Anchor::Middle => x - width / 2.0,
            Anchor::End => x - width,
        };
        let start = Self {
            anchor: Anchor::Start,
            ..*self
        };
        for (text, spaces) in runs {
            if !text.is_empty() {
                scene.push(
                    start
                        .text(&text, pt(run_x, centre))
                        .baseline(Baseline::Middle),
                );
            }
            run_x += self.width(&text) + spaces as f32 * space;
        }
    }

    /// One text item at `position` (alphabetic baseline).
    pub fn text(&self, text: &str, position: Point) -> Text {
        let mut item = Text::new(text, position, self.size_px, self.color).anchor(self.anchor);
        item.weight = self.weight;
        item
    }
}

/// `line` cut where it switches between characters Noto Sans has and
/// characters it lacks, each run with the number of spaces after it
/// (spaces are left out of the runs: SVG renderers drop a text's leading
/// and trailing spaces).
fn runs(line: &str, weight: super::scene::Weight) -> Vec<(String, usize)> {
    let mut runs: Vec<(String, usize)> = Vec::new();
    let mut current = String::new();
    let mut current_has: Option<bool> = None;
    let mut spaces = 0;
    for c in line.chars() {
        if c == ' ' {
            spaces += 1;
            continue;
        }
        let has = fonts::has_glyphs(c.encode_utf8(&mut [0; 4]), weight);
        if spaces > 0 || current_has.is_some_and(|h| h != has) {
            if current_has == Some(has) && spaces > 0 {
                // Same font on both sides of the spaces: one run.
                current.extend(std::iter::repeat_n(' ', spaces));
            } else if current_has.is_some() || spaces > 0 {
                runs.push((std::mem::take(&mut current), spaces));
            }
            spaces = 0;
        }
        current.push(c);
        current_has = Some(has);
    }
    runs.push((current, spaces));
    runs
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::scene::Weight;

    #[test]
    fn only_missing_characters_fall_back() {
        let cut = runs("a × b: +10,3 → −4,3; c", Weight::Regular);
        let texts: Vec<&str> = cut.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(texts, ["a × b: +10,3", "→ −", "4,3; c"]);
        let spaces: Vec<usize> = cut.iter().map(|(_, s)| *s).collect();
        assert_eq!(spaces, [1, 0, 0]);
        assert_eq!(
            runs("  x", Weight::Regular),
            [(String::new(), 2), ("x".into(), 0)]
        );
    }
}
