//! [`scene_from_chart`]: a `ChartData` laid out as a publication chart.
//!
//! The page is a header (the question's title), one panel per population
//! side by side — the whole set, then the selection — and a footer with the
//! source and the n's. Each panel has a heading ("Alle verhalen", n) and
//! its chart, drawn by `triad`, `histogram` or `bars`, on scales shared
//! across the panels. Sizes derive from [`ExportOptions::width_px`], so a
//! chart looks the same at any width; text is measured with the embedded
//! fonts and wrapped or shortened to stay inside its box.

use crate::charts::{ChartData, PanelData, PanelKind};
use crate::i18n::{self, Language};
use crate::model::QuestionKind;

use super::fonts;
use super::palette;
use super::scene::{Anchor, Baseline, Rect, Rgba, Scene, Stroke, pt};
use super::text_style::TextStyle;
use super::{bars, histogram, triad};

/// How a chart is exported.
#[derive(Clone, Debug, PartialEq)]
pub struct ExportOptions {
    pub language: Language,
    /// Width of the picture in pixels (before the PNG's scale); the height
    /// follows from the content.
    pub width_px: f32,
    /// The data source named in the footer ("Demo: Ervaringen met …").
    pub source: String,
    /// The selection's name for its panel heading, when it has one.
    pub selection_name: Option<String>,
}

impl ExportOptions {
    /// 1,200 pixels wide, in `language`, without a source line.
    pub fn new(language: Language) -> Self {
        Self {
            language,
            width_px: 1200.0,
            source: String::new(),
            selection_name: None,
        }
    }
}

/// The narrowest picture we lay out; narrower requests are drawn at this
/// width, as labels would have no room.
const MIN_WIDTH_PX: f32 = 480.0;

/// Font sizes and spacing for one export, all in pixels.
#[derive(Clone, Copy, Debug)]
pub(super) struct Style {
    /// Pixels per design pixel: the layout is designed at 1,200 wide.
    pub unit: f32,
    pub title_px: f32,
    pub heading_px: f32,
    pub label_px: f32,
    pub tick_px: f32,
    pub note_px: f32,
    pub margin_px: f32,
    pub language: Language,
}

impl Style {
    fn new(width_px: f32, language: Language) -> Self {
        let unit = width_px / 1200.0;
        Self {
            unit,
            title_px: 30.0 * unit,
            heading_px: 20.0 * unit,
            label_px: 16.0 * unit,
            tick_px: 14.0 * unit,
            note_px: 13.5 * unit,
            margin_px: 44.0 * unit,
            language,
        }
    }

    pub fn tr(&self) -> &'static i18n::Strings {
        self.language.strings()
    }

    /// `value` with one decimal in the language's style.
    pub fn decimal(&self, value: f64) -> String {
        i18n::format_decimal(self.language, value, 1)
    }

    pub fn count(&self, n: u64) -> String {
        i18n::format_count(self.language, usize::try_from(n).unwrap_or(usize::MAX))
    }
}

/// The horizontal band a panel draws in, from `top` down.
#[derive(Clone, Copy, Debug)]
pub(super) struct PanelFrame {
    pub x: f32,
    pub top: f32,
    pub width_px: f32,
    /// The population's colour: blue for the whole set, purple for the
    /// selection.
    pub color: Rgba,
}

/// Lays out `data` as a picture: title, panels side by side, footer.
pub fn scene_from_chart(data: &ChartData, options: &ExportOptions) -> Scene {
    let width = options.width_px.max(MIN_WIDTH_PX);
    let style = Style::new(width, options.language);
    let mut scene = Scene::new(width, 0.0, palette::BACKGROUND);
    let content_width = width - 2.0 * style.margin_px;
    let mut y = style.margin_px * 0.8;

    // Header: the question's title.
    let title = TextStyle::new(style.title_px, palette::TEXT).bold();
    let lines = title.wrap(&data.title, content_width, 2);
    y += title.draw(&mut scene, &lines, style.margin_px, y);
    y += 18.0 * style.unit;

    let panels: Vec<&PanelData> = data.panels().collect();
    let gap = 56.0 * style.unit;
    let panel_width = (content_width - gap * (panels.len() as f32 - 1.0)) / panels.len() as f32;
    let frames: Vec<PanelFrame> = panels
        .iter()
        .enumerate()
        .map(|(i, panel)| PanelFrame {
            x: style.margin_px + i as f32 * (panel_width + gap),
            top: y,
            width_px: panel_width,
            color: population_color(panel),
        })
        .collect();

    let heading_height = frames
        .iter()
        .zip(&panels)
        .map(|(frame, panel)| panel_heading(&mut scene, &style, frame, panel, options))
        .fold(0.0, f32::max);
    let chart_top = y + heading_height + 14.0 * style.unit;
    let shared = Shared::new(data, &style, panel_width);
    let mut chart_height: f32 = 0.0;
    let mut too_few = Vec::new();
    for (frame, panel) in frames.iter().zip(&panels) {
        let frame = PanelFrame {
            top: chart_top,
            ..*frame
        };
        if panel.too_few {
            too_few.push((frame, panel.n));
        } else {
            chart_height = chart_height.max(panel_chart(
                &mut scene, &style, &frame, data, panel, &shared,
            ));
        }
    }
    if chart_height == 0.0 {
        chart_height = 220.0 * style.unit;
    }
    for (frame, n) in too_few {
        too_few_box(&mut scene, &style, &frame, chart_height, n);
    }
    y = chart_top + chart_height + 22.0 * style.unit;
    y += footer(&mut scene, &style, y, content_width, &panels, options);
    scene.height_px = (y + style.margin_px * 0.6).ceil();
    scene
}

fn population_color(panel: &PanelData) -> Rgba {
    if panel.population == "selection" {
        palette::SELECTION
    } else {
        palette::WHOLE
    }
}

/// Scales every panel of a chart shares, so they compare at a glance.
pub(super) struct Shared {
    pub histogram_max_percent: f64,
    pub bars: Option<bars::BarsScale>,
}

impl Shared {
    fn new(data: &ChartData, style: &Style, panel_width: f32) -> Self {
        let drawn = || data.panels().filter(|panel| !panel.too_few);
        Self {
            histogram_max_percent: drawn()
                .filter_map(|panel| match &panel.chart {
                    PanelKind::Histogram(h) => Some(histogram::max_percent(h, panel.n)),
                    _ => None,
                })
                .fold(0.0, f64::max),
            bars: bars::BarsScale::new(data, style, panel_width),
        }
    }
}

/// "■ Alle verhalen   n = 1.950"; returns its height.
fn panel_heading(
    scene: &mut Scene,
    style: &Style,
    frame: &PanelFrame,
    panel: &PanelData,
    options: &ExportOptions,
) -> f32 {
    let tr = style.tr();
    let heading = TextStyle::new(style.heading_px, palette::TEXT).bold();
    let n_style = TextStyle::new(style.label_px, palette::MUTED);
    let n_text = i18n::fill(
        tr.n_answered,
        &[("n", &i18n::format_count(style.language, panel.n))],
    );
    let name = match (panel.population.as_str(), &options.selection_name) {
        ("selection", Some(name)) => format!("{}: {name}", tr.selection_heading),
        ("selection", None) => tr.selection_heading.to_owned(),
        _ => tr.all_stories.to_owned(),
    };
    let swatch = 14.0 * style.unit;
    let centre = frame.top + heading.line_height() / 2.0;
    scene.push(Rect {
        x: frame.x,
        y: centre - swatch / 2.0,
        width_px: swatch,
        height_px: swatch,
        corner_radius_px: 3.0 * style.unit,
        fill: Some(frame.color),
        stroke: None,
    });
    let text_x = frame.x + swatch + 10.0 * style.unit;
    let n_gap = 14.0 * style.unit;
    let available = frame.width_px - (text_x - frame.x) - n_style.width(&n_text) - n_gap;
    let name = fonts::ellipsize(&name, available.max(0.0), heading.size_px, heading.weight);
    let name_width = heading.width(&name);
    scene.push(
        heading
            .text(&name, pt(text_x, centre))
            .baseline(Baseline::Middle),
    );
    scene.push(
        n_style
            .text(&n_text, pt(text_x + name_width + n_gap, centre))
            .baseline(Baseline::Middle),
    );
    let rule_y = frame.top + heading.line_height() + 6.0 * style.unit;
    scene.line(
        pt(frame.x, rule_y),
        pt(frame.x + frame.width_px, rule_y),
        Stroke::solid(palette::GRID, 1.0 * style.unit),
    );
    rule_y - frame.top
}

/// Draws a panel's chart below `frame.top`; returns its height.
fn panel_chart(
    scene: &mut Scene,
    style: &Style,
    frame: &PanelFrame,
    data: &ChartData,
    panel: &PanelData,
    shared: &Shared,
) -> f32 {
    let tr = style.tr();
    match (&panel.chart, &data.kind) {
        (PanelKind::Triad(triad), QuestionKind::Triad { top, left, right }) => {
            triad::triad_panel(scene, style, frame, triad, [top, left, right])
        }
        (PanelKind::Histogram(h), QuestionKind::Slider { left, right }) => {
            let scale = histogram::HistogramScale {
                max_percent: shared.histogram_max_percent,
                poles: [left, right],
            };
            histogram::histogram_panel(scene, style, frame, h, panel.n, &scale)
        }
        (PanelKind::Bars(b), _) => match &shared.bars {
            Some(scale) => bars::bars_panel(scene, style, frame, b, scale),
            None => 0.0,
        },
        (PanelKind::Text(_), _) => {
            let n = i18n::format_count(style.language, panel.n);
            note(
                scene,
                style,
                frame,
                frame.top,
                &i18n::fill(tr.text_question_info, &[("n", &n)]),
            )
        }
        _ => note(scene, style, frame, frame.top, tr.no_chart),
    }
}

/// A muted note wrapped to the panel's width at `top`; returns its height.
pub(super) fn note(
    scene: &mut Scene,
    style: &Style,
    frame: &PanelFrame,
    top: f32,
    text: &str,
) -> f32 {
    let note = TextStyle::new(style.note_px, palette::MUTED);
    let lines = note.wrap(text, frame.width_px, 4);
    note.draw(scene, &lines, frame.x, top)
}

/// "Te weinig verhalen (n = 7)" in a quiet box of the chart's height.
fn too_few_box(scene: &mut Scene, style: &Style, frame: &PanelFrame, height: f32, n: usize) {
    scene.push(Rect {
        x: frame.x,
        y: frame.top,
        width_px: frame.width_px,
        height_px: height,
        corner_radius_px: 8.0 * style.unit,
        fill: Some(palette::PLACEHOLDER),
        stroke: None,
    });
    let text = i18n::fill(style.tr().too_few, &[("n", &n)]);
    let label = TextStyle::new(style.heading_px, palette::MUTED).anchor(Anchor::Middle);
    let lines = label.wrap(&text, frame.width_px - 32.0 * style.unit, 3);
    let block = label.line_height() * lines.len() as f32;
    label.draw(
        scene,
        &lines,
        frame.x + frame.width_px / 2.0,
        frame.top + (height - block) / 2.0,
    );
}

/// "Bron: … · Alle verhalen: n = 1.950, 50 ontbrekend · Selectie: n = 312"
/// under a thin rule; returns its height.
fn footer(
    scene: &mut Scene,
    style: &Style,
    top: f32,
    width_px: f32,
    panels: &[&PanelData],
    options: &ExportOptions,
) -> f32 {
    let tr = style.tr();
    scene.line(
        pt(style.margin_px, top),
        pt(style.margin_px + width_px, top),
        Stroke::solid(palette::GRID, 1.0 * style.unit),
    );
    let mut parts = Vec::new();
    if !options.source.trim().is_empty() {
        parts.push(i18n::fill(
            tr.export_source,
            &[("source", &options.source.trim())],
        ));
    }
    for panel in panels {
        let name = if panel.population == "selection" {
            tr.selection_heading
        } else {
            tr.all_stories
        };
        let count = |n| i18n::format_count(style.language, n);
        let mut text = format!(
            "{name}: {}",
            i18n::fill(tr.n_answered, &[("n", &count(panel.n))])
        );
        if panel.n_missing > 0 {
            text += &format!(", {} {}", count(panel.n_missing), tr.missing);
        }
        if panel.n_not_applicable > 0 {
            text += &format!(", {} {}", count(panel.n_not_applicable), tr.not_applicable);
        }
        parts.push(text);
    }
    let footer = TextStyle::new(style.note_px, palette::MUTED);
    let lines = footer.wrap(&parts.join(" · "), width_px, 3);
    10.0 * style.unit + footer.draw(scene, &lines, style.margin_px, top + 10.0 * style.unit)
}
