//! A compared triad overlaid: baseline and selection on one triangle, in
//! their panel colours, with both closed geometric means and an arrow for
//! the step from the baseline's to the selection's — where one picture
//! says "the selection sits further towards *de school*" better than two
//! side by side. The same layout serves the screen (the *Overlay* toggle),
//! the picture exports (`chart --overlay`) and slides, so the overlaid
//! triangle is drawn once. Slider histograms overlaid stay on the
//! screen's plot, where dragging a range brushes them.

use crate::charts::{ChartData, PanelData, PanelKind, TriadData};
use crate::model::QuestionKind;

use super::layout::{ChartBlock, ExportOptions, PanelFrame, Style};
use super::palette;
use super::panel;
use super::scene::{Circle, HitPopulation, Point, Polygon, Scene, Stroke, pt};
use super::text_style::TextStyle;
use super::triad::{self, MeanMarker, MeanRow};
use super::triad_hits::{TriangleFrame, TriangleHit};

/// Whether `data` can be overlaid: a slider or a triad on its own,
/// compared with a selection, both panels with enough stories.
pub fn can_overlay(data: &ChartData) -> bool {
    let Some(selection) = &data.selection else {
        return false;
    };
    let kinds = matches!(
        (&data.whole.chart, &selection.chart),
        (PanelKind::Histogram(_), PanelKind::Histogram(_))
            | (PanelKind::Triad(_), PanelKind::Triad(_))
    );
    data.by.is_none() && !data.whole.too_few && !selection.too_few && kinds
}

/// Whether the overlay of `data` is laid out here (a compared triad).
pub fn lays_out_overlay(data: &ChartData) -> bool {
    triads(data).is_some()
}

/// The two panels, their triads and the corners of an overlaid triad.
struct Triads<'a> {
    panels: [&'a PanelData; 2],
    triads: [&'a TriadData; 2],
    corners: [&'a String; 3],
}

fn triads(data: &ChartData) -> Option<Triads<'_>> {
    if !can_overlay(data) {
        return None;
    }
    let selection = data.selection.as_ref()?;
    match (&data.whole.chart, &selection.chart, &data.kind) {
        (
            PanelKind::Triad(whole),
            PanelKind::Triad(part),
            QuestionKind::Triad { top, left, right },
        ) => Some(Triads {
            panels: [&data.whole, selection],
            triads: [whole, part],
            corners: [top, left, right],
        }),
        _ => None,
    }
}

/// The widest a triangle is drawn overlaid, in design pixels: one
/// triangle does not take a band laid out for two.
const MAX_WIDTH_DESIGN_PX: f32 = 640.0;
/// The narrowest column beside the triangle for the key and the means,
/// in design pixels; a narrower band puts them under the triangle.
const SIDE_COLUMN_DESIGN_PX: f32 = 300.0;
/// The gap between the triangle and the column beside it.
const COLUMN_GAP_DESIGN_PX: f32 = 32.0;

/// Lays out the overlaid triad of `data` in the band `(x, top, width)`:
/// the triangle with both clouds and means, and — beside it in a wide
/// band, under it in a narrow one — the key (which colour is which
/// population, with n), a table of both means per corner and what the
/// marks mean; then how the selection differs, across the band. `None`
/// when `data` is no compared triad.
pub(super) fn overlay_block(
    scene: &mut Scene,
    style: &Style,
    data: &ChartData,
    options: &ExportOptions,
    (x, top, width_px): (f32, f32, f32),
) -> Option<ChartBlock> {
    let triads = triads(data)?;
    let u = style.unit;
    let tr = style.tr();
    let short = triads
        .panels
        .map(|panel| panel::short_name(panel, options, tr).to_owned());
    let names = [
        short[0].clone(),
        options.selection_name.clone().unwrap_or(short[1].clone()),
    ];
    let colors = [palette::WHOLE, palette::SELECTION];

    // Beside: the triangle takes what the column leaves, up to its most.
    let column_min = SIDE_COLUMN_DESIGN_PX * u;
    let gap = COLUMN_GAP_DESIGN_PX * u;
    let beside = width_px >= 2.0 * column_min + gap;
    let triangle_width = if beside {
        (width_px - column_min - gap).min(MAX_WIDTH_DESIGN_PX * u)
    } else {
        width_px.min(MAX_WIDTH_DESIGN_PX * u)
    };
    let frame = PanelFrame {
        x: if beside {
            x
        } else {
            x + (width_px - triangle_width) / 2.0
        },
        top,
        width_px: triangle_width,
        color: palette::WHOLE,
    };
    let (column_x, column_width) = if beside {
        let column_x = x + triangle_width + gap;
        (column_x, x + width_px - column_x)
    } else {
        (frame.x + 4.0 * u, triangle_width - 8.0 * u)
    };

    // Under the triangle, the key goes above it; beside it, at its top.
    let mut y = top;
    if !beside {
        y += key(scene, style, (column_x, y, column_width), &names, &triads);
        y += 10.0 * u;
    }
    let chart_top = y;
    let chart_frame = PanelFrame { top: y, ..frame };
    let (triangle, below) =
        triad::triangle_with_labels(scene, style, &chart_frame, triads.corners, |scene, t| {
            clouds(scene, t, &triads, u);
        });
    let dots = (0..2).flat_map(|k| {
        let triad = triads.triads[k];
        triad.points.iter().copied().zip(triad.rows.iter().copied())
    });
    let mut hit = TriangleHit::new(triangle, dots, None);
    hit.population = HitPopulation::Whole;
    scene.triangles.push(hit);
    let means = triads.triads.map(|t| t.geometric_mean);
    if let [Some(from), Some(to)] = means {
        arrow(scene, triangle.point(from), triangle.point(to), u);
    }
    for (mean, color) in means.iter().zip(colors) {
        if let Some(mean) = mean {
            triad::population_mark(scene, triangle.point(*mean), color, u);
        }
    }

    let mut column_y = if beside { top } else { below + 18.0 * u };
    if beside {
        column_y += key(
            scene,
            style,
            (column_x, column_y, column_width),
            &names,
            &triads,
        );
        column_y += 18.0 * u;
    }
    column_y += means_column(
        scene,
        style,
        (column_x, column_y, column_width),
        &names,
        means,
        triads.corners,
    );

    let charts_bottom = column_y.max(below);
    y = charts_bottom;
    let sentence_gap = 18.0 * u;
    let sentences = super::comparison::draw(scene, style, data, (x, y + sentence_gap, width_px));
    if sentences > 0.0 {
        y += sentence_gap + sentences;
    }
    Some(ChartBlock {
        frames: vec![PanelFrame {
            x,
            width_px,
            ..frame
        }],
        chart_top,
        charts_bottom,
        bottom: y,
    })
}

/// Both means per corner as a table in the band `(x, top, width)`, and
/// what the marks mean under it; returns its height.
fn means_column(
    scene: &mut Scene,
    style: &Style,
    (x, top, width_px): (f32, f32, f32),
    names: &[String; 2],
    means: [Option<[f64; 3]>; 2],
    corners: [&String; 3],
) -> f32 {
    let u = style.unit;
    let colors = [palette::WHOLE, palette::SELECTION];
    let rows: Vec<MeanRow> = (0..2)
        .filter_map(|k| {
            Some(MeanRow {
                name: names[k].clone(),
                mean: means[k]?,
                marker: MeanMarker::Dot(colors[k]),
            })
        })
        .collect();
    let mut y = top;
    y += triad::mean_table(scene, style, (x, width_px, y), &rows, corners) + 8.0 * u;
    let frame = PanelFrame {
        x,
        top,
        width_px,
        color: palette::TEXT,
    };
    let tr = style.tr();
    let marks = format!("● = {} · → {}", tr.geometric_mean, tr.overlay_shift);
    y += panel::note(scene, style, &frame, y, &marks);
    y - top
}

/// The key in the band `(x, top, width)`: a line per population,
/// "■ Alle verhalen  n = 2.000", a long name over two lines; returns its
/// height.
fn key(
    scene: &mut Scene,
    style: &Style,
    (x, top, width_px): (f32, f32, f32),
    names: &[String; 2],
    triads: &Triads<'_>,
) -> f32 {
    let u = style.unit;
    let name_style = TextStyle::new(style.label_px, palette::TEXT).bold();
    let n_style = TextStyle::new(style.label_px, palette::MUTED);
    let swatch = 14.0 * u;
    let text_x = x + swatch + 10.0 * u;
    let n_gap = 12.0 * u;
    let line = name_style.line_height();
    let mut y = top;
    for (k, color) in [palette::WHOLE, palette::SELECTION].into_iter().enumerate() {
        let n_text = style.n(triads.panels[k].n);
        let room = x + width_px - text_x - n_style.width(&n_text) - n_gap;
        let lines = name_style.wrap(&names[k], room.max(40.0 * u), 2);
        let centre = y + line / 2.0;
        panel::population_swatch(scene, style, pt(x, centre), color);
        for (i, text) in lines.iter().enumerate() {
            name_style.line(scene, text, pt(text_x, centre + i as f32 * line));
        }
        let last = lines.last().map_or(0.0, |text| name_style.width(text));
        let n_at = pt(
            text_x + last + n_gap,
            centre + (lines.len().max(1) - 1) as f32 * line,
        );
        n_style.line(scene, &n_text, n_at);
        y += lines.len().max(1) as f32 * line + 6.0 * u;
    }
    y - top
}

/// Both clouds: the baseline's dots fainter and smaller, under the
/// selection's, so the selection reads on top of it.
fn clouds(scene: &mut Scene, triangle: &TriangleFrame, triads: &Triads<'_>, u: f32) {
    let colors = [palette::WHOLE, palette::SELECTION];
    for (k, triad) in triads.triads.iter().enumerate() {
        // The baseline's dots count double for their alpha: fainter.
        let color = palette::dot_color(colors[k], triad.points.len() * (2 - k));
        let radius = if k == 0 { 1.8 } else { 2.6 } * u;
        for &p in &triad.points {
            scene.push(Circle {
                centre: triangle.point(p),
                radius_px: radius,
                fill: Some(color),
                stroke: None,
            });
        }
    }
}

/// An arrow from `from` to `to`: a line and a filled head, in the text
/// colour (it is read, like a word).
fn arrow(scene: &mut Scene, from: Point, to: Point, u: f32) {
    let (dx, dy) = (to.x - from.x, to.y - from.y);
    let length = dx.hypot(dy);
    let (ux, uy) = (dx / length, dy / length);
    // The head stops at the rim of the selection's mean, not under it.
    let rim = 9.5 * u;
    if length < 2.0 * rim {
        return;
    }
    let to = pt(to.x - ux * rim, to.y - uy * rim);
    let length = length - rim;
    let head = (10.0 * u).min(length * 0.6);
    let base = pt(to.x - ux * head, to.y - uy * head);
    let color = palette::TEXT;
    scene.line(from, base, Stroke::solid(color, 2.5 * u));
    let half = head * 0.5;
    scene.push(Polygon {
        points: vec![
            to,
            pt(base.x - uy * half, base.y + ux * half),
            pt(base.x + uy * half, base.y - ux * half),
        ],
        fill: Some(color),
        stroke: None,
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Language;

    /// The demo's triad compared with the demo's first named selection.
    fn compared_triad() -> ChartData {
        use crate::charts::{ChartSpec, Populations, compute};
        let project = crate::demo::demo_project();
        let dataset = crate::demo::demo_dataset();
        let named = project.selections.iter().next().expect("a selection");
        let selection = named.filter.evaluate(&dataset).expect("it evaluates");
        let populations = Populations {
            whole: dataset.all(),
            selection: Some(selection),
        };
        let spec = ChartSpec::new(crate::model::QuestionId::new("wie_aan_zet"));
        let data = compute(&spec, &dataset, &populations).expect("the chart");
        assert!(lays_out_overlay(&data));
        data
    }

    #[test]
    fn both_clouds_share_one_triangle_with_an_arrow_between_the_means() {
        let data = compared_triad();
        let options = ExportOptions {
            overlay: true,
            selection_name: Some("Goed onderwijs".into()),
            ..ExportOptions::new(Language::Dutch)
        };
        let scene = super::super::scene_from_chart(&data, &options);
        assert_eq!(scene.triangles.len(), 1, "one triangle, not two");
        let selection = data.selection.as_ref().expect("compared");
        let [PanelKind::Triad(whole), PanelKind::Triad(part)] =
            [&data.whole.chart, &selection.chart]
        else {
            panic!("triads");
        };
        // Every dot of both populations can be hovered and lassoed.
        let dots = scene.triangles[0].dots.len();
        assert_eq!(dots, whole.points.len() + part.points.len());
        let texts: Vec<&str> = scene.texts().map(|t| t.text.as_str()).collect();
        assert!(texts.contains(&"Goed onderwijs"), "{texts:?}");
        assert!(texts.contains(&"Alle verhalen"), "{texts:?}");
        // Both means per corner in the table, as percentages.
        for mean in [whole.geometric_mean, part.geometric_mean] {
            let mean = mean.expect("a mean");
            let shown = format!(
                "{}%",
                crate::i18n::format_decimal(Language::Dutch, mean[0] * 100.0, 1)
            );
            assert!(texts.contains(&shown.as_str()), "{shown} in {texts:?}");
        }
        // The arrow's head: a filled triangle ending at the rim of the
        // selection's mean (9.5 pixels at this width), pointing from the
        // baseline's.
        let frame = scene.triangles[0].frame;
        let [from, to] = [whole, part].map(|t| frame.point(t.geometric_mean.expect("mean")));
        let length = (to.x - from.x).hypot(to.y - from.y);
        let tip = pt(
            to.x - (to.x - from.x) / length * 9.5,
            to.y - (to.y - from.y) / length * 9.5,
        );
        let head = triangle_at(&scene, tip);
        assert!(head, "an arrow head at the selection's mean");
    }

    fn triangle_at(scene: &Scene, point: Point) -> bool {
        scene.items.iter().any(|item| match item {
            super::super::scene::Item::Polygon(p) => {
                p.points.len() == 3
                    && (p.points[0].x - point.x).abs() < 0.5
                    && (p.points[0].y - point.y).abs() < 0.5
            }
            _ => false,
        })
    }

    #[test]
    fn without_the_option_or_for_other_kinds_the_panels_stay_side_by_side() {
        let data = compared_triad();
        let plain = super::super::scene_from_chart(&data, &ExportOptions::new(Language::English));
        assert_eq!(plain.triangles.len(), 2);
        let mut one = data.clone();
        one.selection = None;
        assert!(!can_overlay(&one));
        let scene = super::super::scene_from_chart(
            &one,
            &ExportOptions {
                overlay: true,
                ..ExportOptions::new(Language::English)
            },
        );
        assert_eq!(scene.triangles.len(), 1);
    }
}
