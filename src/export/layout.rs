//! [`scene_from_chart`]: a `ChartData` laid out as a publication chart.
//!
//! The page is a header (the question's title), the [`chart_block`] — one
//! panel per population side by side, the whole set then the selection,
//! the legend they share and how the selection differs from the rest — and
//! a footer with the source and the n's. Each panel has a heading ("Alle
//! verhalen", n) and its chart, drawn by one module per chart kind (see
//! `panel`), on scales shared across the panels. Sizes derive from
//! [`ExportOptions::width_px`], so a chart looks the same at any width;
//! text is measured with the embedded fonts and wrapped or shortened to
//! stay inside its box. The annotated snapshot of a finding reuses the
//! block under its own title and notes.

use crate::charts::text::Counts;
use crate::charts::{ChartData, PanelData};
use crate::i18n::{self, Language};

use super::crosstab::CellValue;
use super::palette;
use super::scene::{HitPopulation, Rgba, Scene, Stroke, pt};
use super::text_style::TextStyle;
use super::{comparison, panel};

/// How a chart is exported.
#[derive(Clone, Debug, PartialEq)]
pub struct ExportOptions {
    /// The language of titles, labels and notes.
    pub language: Language,
    /// Width of the picture in pixels (before the PNG's scale); the height
    /// follows from the content.
    pub width_px: f32,
    /// The data source named in the footer ("Demo: Ervaringen met …").
    pub source: String,
    /// The selection's name for its panel heading, when it has one.
    pub selection_name: Option<String>,
    /// The baseline's name for its panel heading ("Ouders"); `None` for
    /// "Alle verhalen".
    pub baseline_name: Option<String>,
    /// What a cross-tab's cells show under the count.
    pub cell_value: CellValue,
    /// The gap between compared panels in design pixels (56 on paper and
    /// slides; the screen, short of width, takes less).
    pub panel_gap_design_px: f32,
    /// A compared triad as one triangle with both clouds and the step
    /// between their means (`overlay`), instead of two side by side.
    pub overlay: bool,
}

impl ExportOptions {
    /// 1,200 pixels wide, in `language`, without a source line.
    pub fn new(language: Language) -> Self {
        Self {
            language,
            width_px: 1200.0,
            source: String::new(),
            selection_name: None,
            baseline_name: None,
            cell_value: CellValue::Counts,
            panel_gap_design_px: PANEL_GAP_DESIGN_PX,
            overlay: false,
        }
    }
}

/// The gap between compared panels on paper and slides, in design pixels.
pub(super) const PANEL_GAP_DESIGN_PX: f32 = 56.0;

/// The narrowest picture we lay out; narrower requests are drawn at this
/// width, as labels would have no room.
pub(super) const MIN_WIDTH_PX: f32 = 480.0;

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
    pub(super) fn new(width_px: f32, language: Language) -> Self {
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

    /// "n = 1.234".
    pub fn n(&self, n: usize) -> String {
        i18n::fill(
            self.tr().n_answered,
            &[("n", &i18n::format_count(self.language, n))],
        )
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

/// Lays out `data` as a picture: title, panels side by side, how the
/// selection differs, footer.
pub fn scene_from_chart(data: &ChartData, options: &ExportOptions) -> Scene {
    let width = options.width_px.max(MIN_WIDTH_PX);
    let style = Style::new(width, options.language);
    let mut scene = Scene::new(width, 0.0, palette::BACKGROUND);
    let content_width = width - 2.0 * style.margin_px;
    let mut y = style.margin_px * 0.8;

    // Header: the question's title (× the second question's).
    let title = TextStyle::new(style.title_px, palette::TEXT).bold();
    let lines = title.wrap(
        &crate::charts::text::title(data, options.language),
        content_width,
        2,
    );
    y += title.draw(&mut scene, &lines, style.margin_px, y);
    y += 18.0 * style.unit;

    let block = chart_block(
        &mut scene,
        &style,
        data,
        options,
        (style.margin_px, y, content_width),
    );
    y = block.bottom + 22.0 * style.unit;
    let panels: Vec<&PanelData> = data.panels().collect();
    y += footer(&mut scene, &style, y, content_width, &panels, options, None);
    scene.height_px = (y + style.margin_px * 0.6).ceil();
    scene
}

/// Where [`chart_block`] drew: its panels and the y under it.
pub(super) struct ChartBlock {
    /// Each panel's column, `top` at its heading.
    pub frames: Vec<PanelFrame>,
    /// The y where the panels' charts start, under their headings.
    pub chart_top: f32,
    /// The y under the panels' charts (above the shared legend); every
    /// panel reaches down to it.
    pub charts_bottom: f32,
    pub bottom: f32,
}

/// The panels of `data` side by side in the band `(x, top, width)` — each
/// with its heading and n, or "too few stories" — then the legend the
/// panels share and the sentences on how the selection differs.
pub(super) fn chart_block(
    scene: &mut Scene,
    style: &Style,
    data: &ChartData,
    options: &ExportOptions,
    band: (f32, f32, f32),
) -> ChartBlock {
    chart_block_of(scene, style, data, options, band, None)
}

/// [`chart_block`], or with `only` a population just that panel, across
/// the whole band but on the scales the panels share (a slide flipped to
/// the baseline or the selection). Hit regions are marked with the
/// population of the panel they lie in.
pub(super) fn chart_block_of(
    scene: &mut Scene,
    style: &Style,
    data: &ChartData,
    options: &ExportOptions,
    (x, top, width_px): (f32, f32, f32),
    only: Option<HitPopulation>,
) -> ChartBlock {
    if options.overlay
        && only.is_none()
        && let Some(block) =
            super::overlay::overlay_block(scene, style, data, options, (x, top, width_px))
    {
        return block;
    }
    let panels: Vec<&PanelData> = data
        .panels()
        .filter(|panel| only.is_none_or(|only| population_of(panel) == only))
        .collect();
    if panels.is_empty() {
        return ChartBlock {
            frames: Vec::new(),
            chart_top: top,
            charts_bottom: top,
            bottom: top,
        };
    }
    let gap = options.panel_gap_design_px * style.unit;
    let panel_width = (width_px - gap * (panels.len() as f32 - 1.0)) / panels.len() as f32;
    let frames: Vec<PanelFrame> = panels
        .iter()
        .enumerate()
        .map(|(i, panel)| PanelFrame {
            x: x + i as f32 * (panel_width + gap),
            top,
            width_px: panel_width,
            color: population_color(panel),
        })
        .collect();

    let heading_height = frames
        .iter()
        .zip(&panels)
        .map(|(frame, panel)| panel::heading(scene, style, frame, panel, options))
        .fold(0.0, f32::max);
    let chart_top = top + heading_height + 14.0 * style.unit;
    let shared = panel::Shared::new(data, style, panel_width);
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
            let first_hit = scene.hits.len();
            let first_triangle = scene.triangles.len();
            let height = panel::chart(scene, style, &frame, data, panel, &shared, options);
            for hit in &mut scene.hits[first_hit..] {
                hit.population = population_of(panel);
            }
            for triangle in &mut scene.triangles[first_triangle..] {
                triangle.population = population_of(panel);
            }
            chart_height = chart_height.max(height);
        }
    }
    if chart_height == 0.0 {
        chart_height = 220.0 * style.unit;
    }
    for (frame, n) in too_few {
        panel::too_few_box(scene, style, &frame, chart_height, n);
    }
    let charts_bottom = chart_top + chart_height;
    let mut y = charts_bottom;
    let gap = 18.0 * style.unit;
    let legend = panel::shared_legend(scene, style, data, (x, y + gap, width_px));
    if legend > 0.0 {
        y += gap + legend;
    }
    let sentences = comparison::draw(scene, style, data, (x, y + gap, width_px));
    if sentences > 0.0 {
        y += gap + sentences;
    }
    let notes = data.options_shown_note(style.language).into_iter();
    for text in notes.chain(crate::charts::text::lumping_notes(data, style.language)) {
        let frame = PanelFrame {
            x,
            top: y,
            width_px,
            color: palette::TEXT,
        };
        y += gap + super::panel::note(scene, style, &frame, y + gap, &text);
    }
    ChartBlock {
        frames,
        chart_top,
        charts_bottom,
        bottom: y,
    }
}

fn population_of(panel: &PanelData) -> HitPopulation {
    if panel.population == "selection" {
        HitPopulation::Selection
    } else {
        HitPopulation::Whole
    }
}

fn population_color(panel: &PanelData) -> Rgba {
    if panel.population == "selection" {
        palette::SELECTION
    } else {
        palette::WHOLE
    }
}

/// "Bron: … · 12 mei 2025 · Alle verhalen: n = 1.950, 50 ontbrekend ·
/// Selectie: n = 312" under a thin rule; returns its height.
pub(super) fn footer(
    scene: &mut Scene,
    style: &Style,
    top: f32,
    width_px: f32,
    panels: &[&PanelData],
    options: &ExportOptions,
    date: Option<&str>,
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
    if let Some(date) = date.map(str::trim).filter(|d| !d.is_empty()) {
        parts.push(date.to_owned());
    }
    for panel in panels {
        parts.push(format!(
            "{}: {}",
            panel::short_name(panel, options, tr),
            Counts::of(panel).text(style.language)
        ));
    }
    let footer = TextStyle::new(style.note_px, palette::MUTED);
    let lines = footer.wrap(&parts.join(" · "), width_px, 3);
    10.0 * style.unit + footer.draw(scene, &lines, style.margin_px, top + 10.0 * style.unit)
}
