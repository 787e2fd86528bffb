//! One panel of a chart: its heading ("■ Alle verhalen  n = 1.950"), the
//! chart drawn by the module of its kind (`triad`, `histogram`, `bars`,
//! `crosstab`, `groups`, `scatter`, `triad_groups`), or a "too few
//! stories" box; plus the scales and the legend the panels share.

use crate::charts::{ChartData, PanelData, PanelKind};
use crate::i18n::{self, Strings};
use crate::model::QuestionKind;

use super::fonts;
use super::layout::{ExportOptions, PanelFrame, Style};
use super::palette;
use super::scene::{Anchor, Baseline, Rect, Scene, Stroke, pt};
use super::text_style::TextStyle;
use super::{
    bars, cooccur, crosstab, groups, histogram, multiples, scatter, stones, triad, triad_groups,
    words,
};

/// Scales every panel of a chart shares, so they compare at a glance.
/// (Cross-tabs, groups, scatters and triads share theirs by construction:
/// fixed 0–100 axes, the same labels and the same panel width.)
pub(super) struct Shared {
    pub histogram_max_percent: f64,
    pub words_max_percent: f64,
    pub bars: Option<bars::BarsScale>,
}

impl Shared {
    pub fn new(data: &ChartData, style: &Style, panel_width: f32) -> Self {
        let drawn: Vec<(&PanelKind, usize)> = data
            .panels()
            .filter(|panel| !panel.too_few)
            .map(|panel| (&panel.chart, panel.n))
            .collect();
        Self::of(&drawn, style, panel_width)
    }

    /// The scales shared by the drawn `charts` (with their n).
    pub fn of(charts: &[(&PanelKind, usize)], style: &Style, panel_width: f32) -> Self {
        let bars: Vec<&crate::charts::BarsData> = charts
            .iter()
            .filter_map(|(chart, _)| match chart {
                PanelKind::Bars(bars) => Some(bars),
                _ => None,
            })
            .collect();
        Self {
            histogram_max_percent: charts
                .iter()
                .filter_map(|(chart, n)| match chart {
                    PanelKind::Histogram(h) => Some(histogram::max_percent(h, *n)),
                    _ => None,
                })
                .fold(0.0, f64::max),
            words_max_percent: charts
                .iter()
                .filter_map(|(chart, _)| match chart {
                    PanelKind::Words(w) => w.terms.first().map(|t| t.percent),
                    _ => None,
                })
                .fold(0.0, f64::max),
            bars: bars::BarsScale::of(&bars, style, panel_width),
        }
    }
}

/// "Alle verhalen", the baseline's name, or "Selectie".
pub(super) fn short_name<'a>(
    panel: &PanelData,
    options: &'a ExportOptions,
    tr: &'static Strings,
) -> &'a str {
    match (panel.population.as_str(), &options.baseline_name) {
        ("selection", _) => tr.selection_heading,
        (_, Some(name)) if !name.trim().is_empty() => name.trim(),
        _ => tr.all_stories,
    }
}

/// The square in a population's colour that starts its heading or key
/// line, 14 design pixels, its left edge at `at.x` and centred on `at.y`.
pub(super) fn population_swatch(
    scene: &mut Scene,
    style: &Style,
    at: super::scene::Point,
    color: super::scene::Rgba,
) {
    let side = 14.0 * style.unit;
    scene.push(Rect {
        x: at.x,
        y: at.y - side / 2.0,
        width_px: side,
        height_px: side,
        corner_radius_px: 3.0 * style.unit,
        fill: Some(color),
        stroke: None,
    });
}

/// "■ Alle verhalen   n = 1.950"; returns its height.
pub(super) fn heading(
    scene: &mut Scene,
    style: &Style,
    frame: &PanelFrame,
    panel: &PanelData,
    options: &ExportOptions,
) -> f32 {
    let tr = style.tr();
    let heading = TextStyle::new(style.heading_px, palette::TEXT).bold();
    let n_style = TextStyle::new(style.label_px, palette::MUTED);
    let n_text = style.n(panel.n);
    let swatch = 14.0 * style.unit;
    let text_x = frame.x + swatch + 10.0 * style.unit;
    let n_gap = 14.0 * style.unit;
    let available = frame.width_px - (text_x - frame.x) - n_style.width(&n_text) - n_gap;
    // "Selectie: Ouders", or just the name when both do not fit (the
    // colour and the footer still say which panel is the selection).
    let name = match (panel.population.as_str(), &options.selection_name) {
        ("selection", Some(name)) => {
            let full = format!("{}: {name}", tr.selection_heading);
            if heading.width(&full) <= available {
                full
            } else {
                name.clone()
            }
        }
        _ => short_name(panel, options, tr).to_owned(),
    };
    let centre = frame.top + heading.line_height() / 2.0;
    population_swatch(scene, style, pt(frame.x, centre), frame.color);
    let name = fonts::ellipsize(&name, available.max(0.0), heading.size_px, heading.weight);
    let name_width = heading.width(&name);
    heading.line(scene, &name, pt(text_x, centre));
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
pub(super) fn chart(
    scene: &mut Scene,
    style: &Style,
    frame: &PanelFrame,
    data: &ChartData,
    panel: &PanelData,
    shared: &Shared,
    options: &ExportOptions,
) -> f32 {
    kind_chart(
        scene,
        style,
        frame,
        data,
        (&panel.chart, panel.n),
        shared,
        options,
    )
}

/// Draws one chart (of a panel or a small multiple) with `n` answering
/// stories below `frame.top`; returns its height.
pub(super) fn kind_chart(
    scene: &mut Scene,
    style: &Style,
    frame: &PanelFrame,
    data: &ChartData,
    (chart, n): (&PanelKind, usize),
    shared: &Shared,
    options: &ExportOptions,
) -> f32 {
    let tr = style.tr();
    let by_title = data.by.as_ref().map_or("", |by| by.title.as_str());
    match (chart, &data.kind) {
        (PanelKind::Triad(triad), QuestionKind::Triad { top, left, right }) => {
            triad::triad_panel(scene, style, frame, triad, [top, left, right])
        }
        (PanelKind::TriadGroups(groups), QuestionKind::Triad { top, left, right }) => {
            triad_groups::triad_groups_panel(
                scene,
                style,
                frame,
                groups,
                [top, left, right],
                data.min_n,
            )
        }
        (PanelKind::Histogram(h), QuestionKind::Slider { left, right }) => {
            let scale = histogram::HistogramScale {
                max_percent: shared.histogram_max_percent,
                poles: [left, right],
            };
            histogram::histogram_panel(scene, style, frame, h, n, &scale)
        }
        (PanelKind::Groups(g), QuestionKind::Slider { left, right }) => {
            groups::groups_panel(scene, style, frame, g, [left, right], data.min_n)
        }
        (PanelKind::Scatter(s), _) => {
            scatter::scatter_panel(scene, style, frame, s, [&data.title, by_title])
        }
        (PanelKind::CrossTab(table), _) => {
            crosstab::crosstab_panel(scene, style, frame, table, options.cell_value)
        }
        (PanelKind::CoOccurrence(co), _) => cooccur::cooccur_panel(scene, style, frame, co),
        (PanelKind::Bars(b), _) => match &shared.bars {
            Some(scale) => bars::bars_panel(scene, style, frame, b, scale),
            None => 0.0,
        },
        (PanelKind::Multiples(m), _) => {
            multiples::multiples_panel(scene, style, frame, data, m, options)
        }
        (PanelKind::Words(words), _) => {
            words::words_panel(scene, style, frame, words, shared.words_max_percent)
        }
        (PanelKind::Stones(stones), QuestionKind::Stones { x_axis, y_axis, .. }) => {
            stones::stones_panel(scene, style, frame, stones, [x_axis, y_axis])
        }
        (PanelKind::Text(_), _) => {
            let n = i18n::format_count(style.language, n);
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

/// The legend the panels share, drawn once under them in the band
/// `(x, top, width)`; returns its height (0 when the chart has none).
pub(super) fn shared_legend(
    scene: &mut Scene,
    style: &Style,
    data: &ChartData,
    band: (f32, f32, f32),
) -> f32 {
    let drawn = data.panels().any(|panel| !panel.too_few);
    match &data.whole.chart {
        PanelKind::CrossTab(table) if drawn => {
            crosstab::legend(scene, style, band, table.outlined_by)
        }
        PanelKind::Groups(_) if drawn => groups::legend(scene, style, band),
        PanelKind::CoOccurrence(_) if drawn => cooccur::legend(scene, style, band),
        _ => 0.0,
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
pub(super) fn too_few_box(
    scene: &mut Scene,
    style: &Style,
    frame: &PanelFrame,
    height: f32,
    n: usize,
) {
    scene.push(Rect {
        x: frame.x,
        y: frame.top,
        width_px: frame.width_px,
        height_px: height,
        corner_radius_px: 8.0 * style.unit,
        fill: Some(palette::PLACEHOLDER),
        stroke: None,
    });
    let text = crate::charts::text::too_few(n, style.language);
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
