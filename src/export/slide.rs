//! [`slide_scene`]: a finding laid out as one presentation slide of a given
//! size, for the screen's presentation mode.
//!
//! The slide reads top to bottom: the finding's number and perspective
//! (small, with "3 / 9" on the right), its title (large), the chart's
//! questions, the chart pair (`layout::chart_block`: both panels the same
//! size, on shared scales) and "Wat zagen we?" / "Wat zien we nu?" under
//! the baseline's and the selection's half, left-aligned and ragged-right.
//! Flipped to one population, the slide shows that panel alone across the
//! whole chart area (still on the shared scales) with its own note.
//!
//! Sizes follow the canvas: `k = min(width / 1920, height / 1080)`, so body
//! text is 28 px at 1080p and scales with the window. The chart's type is
//! fixed by `k` too; the chart block's *width* is then chosen so that the
//! block fills the height left between title and notes (`fit_block`), so
//! a triad pair is as large as the slide allows at any aspect ratio. Text
//! that does not fit is wrapped and at most shortened with "…".

use crate::charts::ChartData;
use crate::i18n::{Language, Strings};
use crate::model::Filter;
use crate::project::{Finding, Project};

use super::layout::{self, ExportOptions, Style};
use super::palette;
use super::scene::{Anchor, Area, HitPopulation, Rect, Rgba, Scene, pt};
use super::text_style::TextStyle;

/// How a slide is laid out.
#[derive(Clone, Debug, PartialEq)]
pub struct SlideOptions {
    /// The language of the slide's headings and labels.
    pub language: Language,
    /// Width of the slide (the screen) in pixels.
    pub width_px: f32,
    /// Height of the slide (the screen) in pixels.
    pub height_px: f32,
    /// `None` for both panels; else that population's panel alone.
    pub showing: Option<HitPopulation>,
    /// This slide's number and the number of slides, from 1.
    pub counter: Option<(usize, usize)>,
}

/// A laid-out slide: the picture and where its panels are.
#[derive(Clone, Debug, PartialEq)]
pub struct Slide {
    /// The picture, with its hit regions and triangles.
    pub scene: Scene,
    /// Each drawn panel from its heading to the bottom of its chart, in
    /// the order baseline, selection.
    pub panels: Vec<Area>,
}

/// Body text at 1920 × 1080, in pixels.
const BODY_PX: f32 = 28.0;
/// The chart's design unit per slide unit (`Style` is designed at 1,200
/// pixels wide with 16 px labels; 1.35 gives labels of about 22 px).
const CHART_UNIT: f32 = 1.35;
/// Extra leading of running text, as in the snapshot.
const LEADING: f32 = 1.12;
/// The narrowest panel, in the chart style's design pixels.
const MIN_PANEL_DESIGN_PX: f32 = 520.0;
/// How far the chart's type may shrink before the block narrows further.
const TYPE_FLOOR: f32 = 0.75;
/// The notes take what they need, up to this share of the slide's height;
/// the chart fits in the rest. (At 0.26 a note of six lines lost its last
/// sentences at 1920 × 1080, where the type is largest.)
const NOTES_SHARE: f32 = 0.40;

/// `finding` with its computed chart `data` as a slide.
pub fn slide_scene(
    project: &Project,
    finding: &Finding,
    data: &ChartData,
    options: &SlideOptions,
) -> Slide {
    let (width, height) = (options.width_px.max(320.0), options.height_px.max(240.0));
    let k = (width / 1920.0).min(height / 1080.0);
    let margin_x = 64.0 * k;
    let content = width - 2.0 * margin_x;
    let mut scene = Scene::new(width, height, palette::BACKGROUND);
    let mut y = header(
        &mut scene,
        project,
        finding,
        data,
        options,
        (k, margin_x, content),
    );

    let tr = options.language.strings();
    let notes = Notes::wrapped(finding, tr, options.showing, (k, content, height));
    // At least 40 px under the notes: the presenter's "Stop" sits there.
    let bottom = height - (36.0 * k).max(40.0) - notes.height() - 28.0 * k;
    let chart_style = Style::new(1200.0 * CHART_UNIT * k, options.language);
    let export_options = ExportOptions {
        width_px: width,
        selection_name: Some(finding.selection.name.clone()),
        baseline_name: (finding.baseline.filter != Filter::All)
            .then(|| finding.baseline.name.clone()),
        ..ExportOptions::new(options.language)
    };
    y += 18.0 * k;
    let fit = Fit {
        data,
        options: &export_options,
        only: options.showing,
    };
    let (style, block_width, block_height) = fit.block(chart_style, content, bottom - y);
    // Centre the block and its notes in the room left.
    y += ((bottom - y - block_height) / 2.0).max(0.0);
    let x = margin_x + (content - block_width) / 2.0;
    let block = layout::chart_block_of(
        &mut scene,
        &style,
        data,
        &export_options,
        (x, y, block_width),
        options.showing,
    );
    let panels = block
        .frames
        .iter()
        .map(|frame| Area {
            x: frame.x,
            y: frame.top,
            width_px: frame.width_px,
            height_px: block.charts_bottom - frame.top,
        })
        .collect();
    notes.draw(&mut scene, (margin_x, block.bottom + 28.0 * k, content));
    Slide { scene, panels }
}

/// The finding's place and the counter, its title and the chart's
/// questions from the top; returns the y under them.
fn header(
    scene: &mut Scene,
    project: &Project,
    finding: &Finding,
    data: &ChartData,
    options: &SlideOptions,
    (k, x, content): (f32, f32, f32),
) -> f32 {
    let tr = options.language.strings();
    let mut y = 36.0 * k;
    let kicker = TextStyle::new(24.0 * k, palette::MUTED);
    let mut counter_width = 0.0;
    if let Some((i, n)) = options.counter {
        let text = format!("{i} / {n}");
        counter_width = kicker.width(&text) + 24.0 * k;
        kicker
            .anchor(Anchor::End)
            .draw(scene, &[text], x + content, y);
    }
    let mut place = format!("{} {}", tr.project_finding, finding.id);
    if let Some(perspective) = project
        .perspective_of(finding.id)
        .and_then(|id| project.perspective(id))
    {
        place += &format!(" · {}: {}", tr.project_perspective, perspective.title);
    }
    let place = kicker.wrap(&place, content - counter_width, 1);
    y += kicker.draw(scene, &place, x, y) + 6.0 * k;
    let title = TextStyle::new(46.0 * k, palette::TEXT).bold();
    y += title.draw(scene, &title.wrap(&finding.title, content, 2), x, y) + 4.0 * k;
    // A finding titled after its chart ("Wie was aan zet?") would say it
    // twice: the questions line is left out then.
    let chart_title = crate::charts::text::title(data, options.language);
    if chart_title.trim() == finding.title.trim() {
        return y;
    }
    let questions = TextStyle::new(24.0 * k, palette::MUTED);
    let name = questions.wrap(&chart_title, content, 1);
    y + questions.draw(scene, &name, x, y)
}

/// Lays the chart block out to fill a height (a slide's, or a screen
/// panel's: `screen::screen_chart`).
pub(super) struct Fit<'a> {
    pub data: &'a ChartData,
    pub options: &'a ExportOptions,
    pub only: Option<HitPopulation>,
}

impl Fit<'_> {
    /// The block's height at `width` in `style`.
    pub(super) fn height(&self, style: &Style, width: f32) -> f32 {
        let mut scratch = Scene::new(width, 0.0, palette::BACKGROUND);
        let block = layout::chart_block_of(
            &mut scratch,
            style,
            self.data,
            self.options,
            (0.0, 0.0, width),
            self.only,
        );
        block.bottom
    }

    /// The style, width and height of the largest block no wider than
    /// `max_width` and no taller than `max_height`. Where the block's
    /// height follows its width (a triad), it is narrowed (a secant step
    /// finds the width); where it hardly does (rows of bars or cells), the
    /// type shrinks, at full width. The type first shrinks no further than
    /// [`TYPE_FLOOR`] of its size, then the block narrows down to 30 % of
    /// the width, and only then does the type shrink further.
    pub(super) fn block(
        &self,
        initial: Style,
        max_width: f32,
        max_height: f32,
    ) -> (Style, f32, f32) {
        let floor = initial.unit * TYPE_FLOOR;
        let mut style = initial;
        // Narrower than this per panel (in design pixels) and the panels'
        // own labels would collide.
        let panels = if self.only.is_some() {
            1.0
        } else {
            self.data.panels().count() as f32
        };
        let design_min =
            panels * MIN_PANEL_DESIGN_PX + (panels - 1.0) * self.options.panel_gap_design_px;
        let min_width_at = |unit: f32, share: f32| (unit * design_min).max(max_width * share);
        let mut share = 0.5;
        let mut min_width = min_width_at(style.unit, share).min(max_width);
        let mut width = max_width;
        let mut height = self.height(&style, width);
        let mut previous: Option<(f32, f32)> = None;
        for _ in 0..16 {
            if height <= max_height {
                break;
            }
            let needed = match previous {
                Some((w0, h0)) if (height - h0).abs() > 0.5 => {
                    width + (max_height - height) * (width - w0) / (height - h0)
                }
                Some(_) => 0.0,
                None => width * max_height / height,
            };
            if needed >= min_width || (style.unit <= floor && width > min_width) {
                previous = Some((width, height));
                width = needed.min(width * 0.98).max(min_width);
            } else {
                let factor = (max_height / height * 0.98).clamp(0.6, 0.95);
                let unit = if style.unit > floor {
                    (style.unit * factor).max(floor)
                } else {
                    share = 0.3;
                    style.unit * factor
                };
                style = Style::new(1200.0 * unit, style.language);
                min_width = min_width_at(unit, share).min(max_width);
                width = max_width;
                previous = None;
            }
            height = self.height(&style, width);
        }
        (style, width, height)
    }
}

/// "Wat zagen we?" and "Wat zien we nu?", wrapped to their columns.
struct Notes {
    columns: Vec<Note>,
    k: f32,
}

struct Note {
    heading: &'static str,
    color: Rgba,
    lines: Vec<String>,
}

impl Notes {
    /// The notes the slide shows, wrapped to at most the lines that fit
    /// in [`NOTES_SHARE`] of the height.
    fn wrapped(
        finding: &Finding,
        tr: &'static Strings,
        showing: Option<HitPopulation>,
        (k, content, slide_height): (f32, f32, f32),
    ) -> Self {
        let columns = [
            (
                tr.project_finding_saw,
                &finding.saw,
                palette::WHOLE,
                HitPopulation::Whole,
            ),
            (
                tr.project_finding_see_now,
                &finding.see_now,
                palette::SELECTION,
                HitPopulation::Selection,
            ),
        ];
        let shown: Vec<_> = columns
            .into_iter()
            .filter(|(.., population)| showing.is_none_or(|only| only == *population))
            .collect();
        let gap = 56.0 * k;
        let width = (content - gap * (shown.len() as f32 - 1.0)) / shown.len().max(1) as f32;
        let body = body_style(k);
        let room = slide_height * NOTES_SHARE - heading_style(k).line_height() - 10.0 * k;
        let max_lines = ((room / (body.line_height() * LEADING)).floor() as usize).max(1);
        let columns = shown
            .into_iter()
            .map(|(heading, text, color, _)| {
                // Paragraphs run on: a slide has no room for blank lines.
                let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
                Note {
                    heading,
                    color,
                    lines: body.wrap(&text, width, max_lines),
                }
            })
            .collect();
        Self { columns, k }
    }

    fn height(&self) -> f32 {
        let k = self.k;
        let lines = self
            .columns
            .iter()
            .map(|c| c.lines.len())
            .max()
            .unwrap_or(0);
        heading_style(k).line_height()
            + 10.0 * k
            + body_style(k).line_height() * LEADING * lines as f32
    }

    /// Draws the notes side by side in `(x, top, width)`.
    fn draw(&self, scene: &mut Scene, (x, top, width): (f32, f32, f32)) {
        let k = self.k;
        let n = self.columns.len().max(1) as f32;
        let gap = 56.0 * k;
        let column_width = (width - gap * (n - 1.0)) / n;
        for (i, note) in self.columns.iter().enumerate() {
            let column_x = x + i as f32 * (column_width + gap);
            let heading = heading_style(k);
            let centre = top + heading.line_height() / 2.0;
            let swatch = 18.0 * k;
            scene.push(Rect {
                x: column_x,
                y: centre - swatch / 2.0,
                width_px: swatch,
                height_px: swatch,
                corner_radius_px: 4.0 * k,
                fill: Some(note.color),
                stroke: None,
            });
            heading.line(
                scene,
                note.heading,
                pt(column_x + swatch + 12.0 * k, centre),
            );
            let body = body_style(k);
            let line_height = body.line_height() * LEADING;
            let text_top = top + heading.line_height() + 10.0 * k;
            for (j, line) in note.lines.iter().enumerate() {
                let centre = text_top + line_height * (j as f32 + 0.5);
                body.line(scene, line, pt(column_x, centre));
            }
        }
    }
}

fn heading_style(k: f32) -> TextStyle {
    TextStyle::new(30.0 * k, palette::TEXT).bold()
}

fn body_style(k: f32) -> TextStyle {
    TextStyle::new(BODY_PX * k, palette::TEXT)
}
