//! The workspace's chart drawn from the export layout: the chart block of
//! `export::screen_chart` — panel headings with n, the charts on shared
//! scales, the shared legend and how the selection differs — laid out for
//! the rectangle the window gives it, at the screen's type size, painted
//! by `scene_painter` on a light card (the exports' palette, in every
//! theme: its text contrast is tested once, see `export::palette`).
//!
//! Interaction comes from the scene's hit regions: each is a widget named
//! by its label and the numbers drawn on it ("hoop: 45,2% (902)"),
//! hovering shows that name, and a click
//! opens its stories and brushes it (`Clicked::Mark`, as every view
//! reports a click); a triad's triangles take hover, clicks on dots and
//! the lasso (`scene_triad`). [`draws`] says which chart kinds go this way.

use std::sync::Arc;

use egui::{Color32, Sense, StrokeKind, vec2};

use crate::charts::{ChartData, Mark, PanelKind};
use crate::export::{self, Area, Hit, HitPopulation, Scene, ScreenChart, ScreenOptions, Text};
use crate::i18n::Language;

use super::chart_view::Clicked;
use super::commands::PanelPopulation;
use super::crosstab_view::{self, CellValue, CrossTabPx};
use super::scene_painter::{self, SceneTransform};

/// Whether the chart of `data` is drawn from the export layout here.
/// Scatters keep their own view for now: a click on their dots lists
/// nearby stories, which their scene does not carry yet; slider
/// histograms keep egui_plot for brushing a range. Triads come here with
/// their triangles (`scene_triad`: dots, cells, lasso). Small multiples of
/// the other kinds come here too: their marks never led on (a small
/// panel's mark would hold the whole panel's stories), their dots do.
pub fn draws(data: &ChartData) -> bool {
    match &data.whole.chart {
        PanelKind::CrossTab(_) | PanelKind::Bars(_) | PanelKind::Groups(_) => true,
        PanelKind::CoOccurrence(_) => true,
        PanelKind::Text(_) | PanelKind::Words(_) | PanelKind::Stones(_) => true,
        PanelKind::Triad(_) | PanelKind::TriadGroups(_) => true,
        PanelKind::Multiples(multiples) => multiples
            .panels
            .iter()
            .all(|panel| !matches!(panel.chart, PanelKind::Scatter(_))),
        _ => false,
    }
}

/// A click on one of the chart's marks, with the panel it lies in.
pub struct PanelClick {
    pub population: PanelPopulation,
    pub clicked: Clicked,
}

/// How the chart is asked to look: what cross-tab cells show, and
/// whether a compared triad is overlaid on one triangle.
#[derive(Clone, Copy, Debug)]
pub struct Look {
    pub cell_value: CellValue,
    pub overlay: bool,
}

/// Lays out and paints `data` in the available rect; returns the panels'
/// screen rectangles (baseline, selection) and the mark clicked, if any.
pub fn scene_chart_ui(
    ui: &mut egui::Ui,
    data: &ChartData,
    names: &[String; 2],
    look: Look,
    language: Language,
) -> (Vec<egui::Rect>, Option<PanelClick>) {
    let label_px = ui
        .style()
        .override_text_style
        .clone()
        .unwrap_or(egui::TextStyle::Body)
        .resolve(ui.style())
        .size;
    // What holds the chart may be clipped narrower than the room it
    // offers (a toolbar wider than the window widens the panel): the
    // chart fits what is seen.
    let visible = ui.clip_rect().right() - ui.cursor().left();
    let width = if visible > 0.0 {
        ui.available_width().min(visible)
    } else {
        ui.available_width()
    };
    let options = ScreenOptions {
        language,
        width_px: width,
        height_px: ui.available_height(),
        label_px,
        cell_value: look.cell_value,
        selection_name: data.selection.is_some().then(|| names[1].clone()),
        baseline_name: Some(names[0].clone()),
        overlay: look.overlay,
    };
    let chart = laid_out(ui, data, options);
    let size = vec2(chart.scene.width_px, chart.scene.height_px);
    let (rect, _) = ui.allocate_exact_size(size, Sense::hover());
    let transform = scene_painter::paint_scene(ui.painter(), &chart.scene, rect);
    let rects = chart
        .panels
        .iter()
        .map(|panel| transform.screen_rect(&panel.area))
        .collect();
    if matches!(data.whole.chart, PanelKind::CrossTab(_)) {
        remember_crosstabs(ui.ctx(), &chart, &transform);
    }
    texts_ui(ui, &chart.scene, &transform);
    // The triangles first: the zones' plates on them are on top.
    let on_triangle = super::scene_triad::triangles_ui(ui, &chart, &transform, language);
    let clicked = marks_ui(ui, &chart, &transform).or(on_triangle);
    (rects, clicked)
}

/// Every text of the scene as a label for screen readers (painted text
/// has no name otherwise): headings, n, legend, statistics, sentences.
fn texts_ui(ui: &mut egui::Ui, scene: &Scene, transform: &SceneTransform) {
    let id = ui.scope_id().with("scene_texts");
    for (i, text) in scene.texts().enumerate() {
        let area = text_area(text);
        let response = ui.interact(transform.screen_rect(&area), id.with(i), Sense::hover());
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &text.text));
    }
}

/// About where `text` lies, unrotated (for its accessible node only).
fn text_area(text: &Text) -> Area {
    let width = export::fonts::text_width(&text.text, text.size_px, text.weight);
    let offset = scene_painter::text_offset(text.anchor, text.baseline, width, text.size_px);
    let ascent = text.size_px * export::fonts::cap_height_em();
    Area {
        x: text.position.x + offset.x,
        y: text.position.y + offset.y - ascent,
        width_px: width,
        height_px: text.size_px,
    }
}

/// What a mark's widget is called: its label and the numbers drawn on it
/// ("ouder/verzorger: 45,2% (902)", "ik zelf × leraren: 12"), or its
/// count where it shows none.
fn mark_name(scene: &Scene, hit: &Hit) -> String {
    let shown: Vec<&str> = scene
        .texts()
        .filter(|t| t.rotation_deg.is_none() && hit.area.contains(t.position))
        .map(|t| t.text.as_str())
        // The label itself, whole or a line of it.
        .filter(|t| !hit.label.contains(t.trim_end_matches('…')))
        .collect();
    if shown.is_empty() {
        format!("{}: {}", hit.label, hit.count)
    } else {
        format!("{}: {}", hit.label, shown.join(" "))
    }
}

/// The layout of `data` for `options`, from the last frame when neither
/// changed: laying a cross-tab out measures every label and fits the
/// block several times (15 ms in a debug build), too much for every
/// frame the pointer moves.
fn laid_out(ui: &egui::Ui, data: &ChartData, options: ScreenOptions) -> Arc<ScreenChart> {
    type Cached = Arc<(ChartData, ScreenOptions, Arc<ScreenChart>)>;
    let id = ui.scope_id().with("scene_chart_layout");
    let cached: Option<Cached> = ui.ctx().data(|d| d.get_temp(id));
    if let Some(cached) = cached
        && cached.1 == options
        && cached.0 == *data
    {
        return cached.2.clone();
    }
    let chart = Arc::new(export::screen_chart(data, &options));
    let entry: Cached = Arc::new((data.clone(), options, chart.clone()));
    ui.ctx().data_mut(|d| d.insert_temp(id, entry));
    chart
}

/// The scene's hit regions as named widgets with a tooltip; the one
/// clicked this frame as a click on its mark.
fn marks_ui(
    ui: &mut egui::Ui,
    chart: &ScreenChart,
    transform: &SceneTransform,
) -> Option<PanelClick> {
    let id = ui.scope_id().with("scene_marks");
    let mut clicked = None;
    let clicking_corners = super::brush::clicking_corners(ui.ctx());
    for (i, hit) in chart.scene.hits.iter().enumerate() {
        if clicking_corners && matches!(hit.mark, Mark::Zone { .. }) {
            continue;
        }
        let rect = transform.screen_rect(&hit.area);
        let response = ui.interact(rect, id.with(i), Sense::click());
        let name = mark_name(&chart.scene, hit);
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
        if response.hovered() {
            // Dark on the light card, whatever the theme.
            let stroke = egui::Stroke::new(2.0, Color32::from_rgb(0x21, 0x25, 0x29));
            ui.painter()
                .rect_stroke(rect, 2.0, stroke, StrokeKind::Inside);
        }
        let response = response
            .on_hover_cursor(egui::CursorIcon::PointingHand)
            .on_hover_text(&name);
        if response.clicked() {
            clicked = Some(PanelClick {
                population: match hit.population {
                    HitPopulation::Whole => PanelPopulation::Whole,
                    HitPopulation::Selection => PanelPopulation::Selection,
                },
                clicked: Clicked::Mark(hit.mark.clone(), hit.label.clone()),
            });
        }
    }
    clicked
}

/// Where the cross-tabs went, for `crosstab_view::crosstabs_drawn`: the
/// band the layout reserved above the cells for the column labels (from
/// the chart's top to the first row), the cells, the row labels' edge.
fn remember_crosstabs(ctx: &egui::Context, chart: &ScreenChart, transform: &SceneTransform) {
    for panel in &chart.panels {
        let cells = chart
            .scene
            .hits
            .iter()
            .filter(|hit| hit.population == panel.population)
            .filter(|hit| matches!(hit.mark, Mark::Cell { .. }))
            .map(|hit| transform.screen_rect(&hit.area))
            .fold(egui::Rect::NOTHING, egui::Rect::union);
        if !cells.is_positive() {
            continue;
        }
        let area = transform.screen_rect(&panel.area);
        let top = transform
            .screen_from_scene(export::pt(panel.area.x, panel.chart_top))
            .y;
        let header = egui::Rect::from_min_max(
            egui::pos2(area.left(), top),
            egui::pos2(area.right(), cells.top()),
        );
        crosstab_view::remember_drawn(
            ctx,
            CrossTabPx {
                header,
                cells,
                // The layout sets row labels ending 8 design pixels left
                // of the first cell (`export::crosstab`).
                row_labels_right: cells.left() - 8.0 * chart.unit * transform.scale,
            },
        );
    }
}
