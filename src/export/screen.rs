//! [`screen_chart`]: a chart laid out for a panel of the live window.
//!
//! The workspace draws its charts from the same chart block as the
//! exports and the slides (`layout::chart_block_of`: panel headings with
//! n, the charts on shared scales, the shared legend, how the selection
//! differs), laid out for the rectangle the window gives it: as wide as
//! the rectangle, with labels at the screen's type size, and made to fit
//! its height the way a slide's block is (`slide::Fit`: the type shrinks a
//! little, a triad pair narrows). What does not fit even then (a cross-tab
//! of many rows) is taller than the rectangle, and the window scrolls.
//! The screen paints the scene at scale 1, so one scene pixel is one
//! point on screen, and uses its hit regions for hover and clicks.

use crate::charts::{ChartData, PanelData, PanelKind};
use crate::i18n::Language;

use super::crosstab::CellValue;
use super::layout::{self, ExportOptions, Style};
use super::palette;
use super::scene::{Area, HitPopulation, Scene};
use super::slide::Fit;

/// How a chart is laid out for the screen.
#[derive(Clone, Debug, PartialEq)]
pub struct ScreenOptions {
    /// The language of the panel headings and labels.
    pub language: Language,
    /// The rectangle the chart may take, in points.
    pub width_px: f32,
    /// The height of that rectangle, in points.
    pub height_px: f32,
    /// The screen's body text size in points: the chart's labels are set
    /// at it (ticks and notes a little smaller, as in the exports).
    pub label_px: f32,
    /// What a cross-tab's cells show.
    pub cell_value: CellValue,
    /// The selection's name for its panel heading.
    pub selection_name: Option<String>,
    /// The baseline's name for its panel heading; `None` for "Alle
    /// verhalen".
    pub baseline_name: Option<String>,
    /// A compared triad overlaid on one triangle (`overlay`).
    pub overlay: bool,
}

/// One panel as laid out: where it is and where its chart starts.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ScreenPanel {
    /// Which population the panel shows.
    pub population: HitPopulation,
    /// From the panel's heading to the bottom of the charts' row.
    pub area: Area,
    /// The y under the heading, where the chart itself begins.
    pub chart_top: f32,
}

/// A chart laid out for the screen: the picture (with its hit regions),
/// its panels, and the design unit its type was set at.
#[derive(Clone, Debug, PartialEq)]
pub struct ScreenChart {
    /// The chart, with its hit regions and triangles.
    pub scene: Scene,
    /// The panels, in the order baseline, selection.
    pub panels: Vec<ScreenPanel>,
    /// Scene pixels per design pixel of the layout (`Style::unit`).
    pub unit: f32,
}

/// Padding around the chart block inside its rectangle, in points.
const PADDING_PX: f32 = 12.0;
/// Labels are 16 design pixels (`Style`); the screen's body size sets the
/// unit from that.
const DESIGN_LABEL_PX: f32 = 16.0;
/// The smallest share of the screen's type size the chart is set at.
const TYPE_FLOOR: f32 = 0.8;
/// The smallest side of a triad's triangle on screen, in points (the
/// triangle is its panel's width less 8 design pixels, `export::triad`).
const MIN_TRIANGLE_PX: f32 = 240.0;
/// The gap between compared triads (see [`panel_gap_design_px`]).
const TRIAD_GAP_DESIGN_PX: f32 = 24.0;
/// Narrower than this and labels have no room; the window scrolls.
const MIN_WIDTH_PX: f32 = 280.0;

/// Lays `data` out for a `width × height` rectangle on screen.
pub fn screen_chart(data: &ChartData, options: &ScreenOptions) -> ScreenChart {
    let width = options.width_px.max(MIN_WIDTH_PX);
    let unit = options.label_px.max(6.0) / DESIGN_LABEL_PX;
    let export_options = ExportOptions {
        width_px: width,
        selection_name: options.selection_name.clone(),
        baseline_name: options.baseline_name.clone(),
        cell_value: options.cell_value,
        panel_gap_design_px: panel_gap_design_px(data),
        overlay: options.overlay && super::overlay::lays_out_overlay(data),
        ..ExportOptions::new(options.language)
    };
    let fit = Fit {
        data,
        options: &export_options,
        only: None,
    };
    let content = width - 2.0 * PADDING_PX;
    let room = (options.height_px - 2.0 * PADDING_PX).max(0.0);
    let (mut style, mut block_width, _) =
        fit.block(Style::new(1200.0 * unit, options.language), content, room);
    // Below this the chart's type is too small to read on screen: the
    // chart is set at it, full width, and the window scrolls instead;
    // triangles, whose height follows their width, narrow until they fit
    // (the slide's fit keeps compared panels wide and shrinks the type).
    if style.unit < unit * TYPE_FLOOR {
        style = Style::new(1200.0 * unit * TYPE_FLOOR, options.language);
        block_width = if triangles_only(data) {
            width_to_fit(&fit, &style, content, room)
        } else {
            content
        };
    }
    if triangles_only(data) {
        // A triangle stays readable: short of height (a finding's editor
        // open below) the notes under it go below the fold instead.
        let panels = if export_options.overlay {
            1.0
        } else {
            data.panels().count() as f32
        };
        let gap = export_options.panel_gap_design_px * style.unit;
        let min_block = panels * (MIN_TRIANGLE_PX + 8.0 * style.unit) + gap * (panels - 1.0);
        block_width = block_width.max(min_block.min(content));
    }
    let mut scene = Scene::new(width, 0.0, palette::BACKGROUND);
    let x = PADDING_PX + (content - block_width) / 2.0;
    let block = layout::chart_block_of(
        &mut scene,
        &style,
        data,
        &export_options,
        (x, PADDING_PX, block_width),
        None,
    );
    scene.height_px = (block.bottom + PADDING_PX).ceil();
    let panels = block
        .frames
        .iter()
        .zip(data.panels())
        .map(|(frame, panel)| ScreenPanel {
            population: population_of(panel),
            area: Area {
                x: frame.x,
                y: frame.top,
                width_px: frame.width_px,
                height_px: block.charts_bottom - frame.top,
            },
            chart_top: block.chart_top,
        })
        .collect();
    ScreenChart {
        scene,
        panels,
        unit: style.unit,
    }
}

/// Whether every panel of `data` is a triangle (a triad, or triad ×
/// choice in one triangle).
fn triangles_only(data: &ChartData) -> bool {
    matches!(
        data.whole.chart,
        PanelKind::Triad(_) | PanelKind::TriadGroups(_)
    )
}

/// The widest block, up to `content`, no taller than `room` at `style`;
/// the narrowest tried (a third of `content`) when none is, and the
/// window scrolls.
fn width_to_fit(fit: &Fit, style: &Style, content: f32, room: f32) -> f32 {
    if fit.height(style, content) <= room {
        return content;
    }
    // The height grows with the width: halve the interval ten times (to
    // about 1/1000 of the width).
    let (mut low, mut high) = (content / 3.0, content);
    for _ in 0..10 {
        let middle = (low + high) / 2.0;
        if fit.height(style, middle) <= room {
            low = middle;
        } else {
            high = middle;
        }
    }
    low
}

/// The gap between compared panels. Triangles are as wide as their panel
/// and grow in both directions with it, so on a laptop's narrow chart
/// area every point of gap costs them height too: their panels sit
/// closer (the headings' rules and the corner labels keep them apart).
fn panel_gap_design_px(data: &ChartData) -> f32 {
    if triangles_only(data) {
        TRIAD_GAP_DESIGN_PX
    } else {
        layout::PANEL_GAP_DESIGN_PX
    }
}

fn population_of(panel: &PanelData) -> HitPopulation {
    if panel.population == "selection" {
        HitPopulation::Selection
    } else {
        HitPopulation::Whole
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::{self, ChartSpec};
    use crate::demo;

    fn options(width_px: f32, height_px: f32) -> ScreenOptions {
        ScreenOptions {
            language: Language::English,
            width_px,
            height_px,
            label_px: 14.0,
            cell_value: CellValue::Counts,
            selection_name: Some("Ouders".into()),
            baseline_name: None,
            overlay: false,
        }
    }

    /// The demo's first finding (a compared chart) computed.
    fn compared() -> ChartData {
        let project = demo::demo_project();
        let dataset = demo::demo_dataset();
        let finding = &project.findings[0];
        crate::export::finding_chart(finding, &dataset, &Default::default())
            .expect("the demo's chart")
    }

    #[test]
    fn panels_are_equal_and_inside_the_rectangle_at_laptop_sizes() {
        let data = compared();
        for (width, height) in [(900.0, 520.0), (1100.0, 600.0), (640.0, 560.0)] {
            let chart = screen_chart(&data, &options(width, height));
            assert_eq!(chart.panels.len(), 2, "{width}");
            let [a, b] = [chart.panels[0].area, chart.panels[1].area];
            assert!((a.width_px - b.width_px).abs() < 0.01, "{a:?} {b:?}");
            assert!((a.y - b.y).abs() < 0.01 && (a.height_px - b.height_px).abs() < 0.01);
            assert!(a.x + a.width_px < b.x, "side by side");
            assert!(a.x >= 0.0 && b.x + b.width_px <= width, "{width}: {b:?}");
            assert_eq!(chart.scene.width_px, width);
            for hit in &chart.scene.hits {
                assert!(hit.area.x + hit.area.width_px <= width + 0.5, "{hit:?}");
            }
        }
    }

    #[test]
    fn labels_are_set_at_the_screen_size_when_there_is_room() {
        let data = compared();
        let chart = screen_chart(&data, &options(1600.0, 2000.0));
        assert!((chart.unit - 14.0 / 16.0).abs() < 1e-6, "{}", chart.unit);
        let largest_label = chart
            .scene
            .texts()
            .map(|t| t.size_px)
            .fold(0.0f32, f32::max);
        // The panel headings are the largest text: 20 design pixels.
        assert!((largest_label - 20.0 * chart.unit).abs() < 0.01);
        // Short of room, the type shrinks a little to fit, but never
        // below TYPE_FLOOR of the screen's size: then the window scrolls.
        let short = screen_chart(&data, &options(1600.0, 300.0));
        assert!(short.unit < chart.unit);
        assert!(
            short.unit >= chart.unit * TYPE_FLOOR - 1e-6,
            "{}",
            short.unit
        );
        assert!(short.scene.height_px > 300.0);
    }

    #[test]
    fn a_chart_of_one_question_has_one_panel_and_its_hits() {
        let dataset = demo::demo_dataset();
        let question = dataset
            .codebook()
            .questions
            .iter()
            .find(|q| q.title == "Gevoel")
            .map(|q| q.id.clone())
            .expect("the demo's Gevoel");
        let spec = ChartSpec::new(question);
        let data = charts::compute(&spec, &dataset, &charts::Populations::all(&dataset))
            .expect("the chart");
        let chart = screen_chart(&data, &options(800.0, 600.0));
        assert_eq!(chart.panels.len(), 1);
        assert_eq!(chart.panels[0].population, HitPopulation::Whole);
        assert!(!chart.scene.hits.is_empty(), "every bar is a hit");
    }
}
