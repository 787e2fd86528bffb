//! A ternary dot plot drawn with the painter (in the triangle of
//! `super::triangle`): one dot per story — past `charts::dots::DOT_LIMIT`
//! an even sample, or for a big single triad its density grid, whose cells
//! say their count on hover and are brushed by a click — the closed
//! geometric mean and the arithmetic mean; hovering a dot shows its three
//! weights.

use egui::{Color32, FontId, Pos2, Rect, Shape, Stroke, vec2};

use crate::charts::density::DensityGrid;
use crate::charts::geometry;
use crate::charts::text::Note;
use crate::charts::{ColourBy, TriadData, TriadGroupsData};
use crate::i18n::{self, Language};

use super::brush::Brush;
use super::chart_view::Clicked;
use super::palette;
use super::triangle::{TriangleFrame, triangle_ui};

/// Draws the triad panel in the available width.
pub fn triad_ui(
    ui: &mut egui::Ui,
    data: &TriadData,
    corners: [&String; 3],
    language: Language,
) -> Option<Clicked> {
    let (response, painter, frame) = triangle_ui(ui, corners, 64.0);

    let shaded = data.density.as_ref().filter(|_| data.colour.is_none());
    if let Some(grid) = shaded {
        // Too many stories for dots: shade the cells of a grid by count.
        let (cells, max) = grid.cells();
        let base = palette::WHOLE;
        painter.extend(cells.iter().map(|cell| {
            // A square root keeps sparse cells visible next to dense ones.
            let strength = (cell.count as f32 / max.max(1) as f32).sqrt();
            let fill = Color32::from_rgba_unmultiplied(
                base.r(),
                base.g(),
                base.b(),
                (25.0 + 230.0 * strength) as u8,
            );
            let points = cell.vertices.iter().map(|&v| frame.screen(v)).collect();
            Shape::convex_polygon(points, fill, Stroke::NONE)
        }));
    } else if let Some(colour) = &data.colour {
        coloured_dots_ui(&painter, &frame, &data.points, colour);
    } else {
        let dot = palette::dot_color(palette::WHOLE, data.points.len());
        let radius = if data.points.len() > 3000 { 1.8 } else { 2.6 };
        painter.extend(
            data.points
                .iter()
                .map(|&p| Shape::circle_filled(frame.screen(p), radius, dot)),
        );
    }

    zones_ui(&painter, &frame, data, ui.visuals(), language);
    confidence_region_ui(&painter, &frame, data);
    if let Some(mean) = data.arithmetic_mean {
        let centre = frame.screen(mean);
        painter.circle_stroke(centre, 6.0, Stroke::new(2.5, palette::MEDIAN));
    }
    if let Some(mean) = data.geometric_mean {
        let centre = frame.screen(mean);
        painter.circle_filled(centre, 7.0, palette::MEAN);
        painter.circle_stroke(centre, 7.0, Stroke::new(1.5, Color32::WHITE));
    }

    if let Some(pointer) = response.hover_pos() {
        match shaded {
            Some(grid) => hover_cell_ui(&response, &frame, grid, pointer, language),
            None => hover_points_ui(&response, &frame, &data.points, pointer, language),
        }
    }
    let lasso = super::brush::triad_lasso_ui(
        ui,
        &response,
        |w| frame.screen(w),
        |p| frame.weights(p),
        language,
    );
    let clicked = match lasso.brush {
        Some(brush) => Some(Clicked::Brush(brush)),
        None if lasso.used_click => None,
        // A click on a shaded cell brushes the cell: its stories, all of them.
        None if shaded.is_some() => clicked_cell(&response, &frame, shaded),
        None => clicked_rows(
            &response,
            &frame,
            data.points.iter().zip(&data.rows),
            language,
        ),
    };

    legend_ui(ui, data, corners, language);
    if let Some(colour) = &data.colour {
        colour_legend_ui(ui, colour, language);
    }
    zone_list_ui(ui, data, corners, language);
    // The same notes, in the same words, as the exports'.
    let density_max = shaded.map(|grid| grid.cells().1.max(1));
    for note in Note::triad(data, density_max) {
        ui.label(egui::RichText::new(note.text(language)).small().weak());
    }
    clicked
}

/// The seven zones, when the chart asks for them: dashed boundaries and
/// each zone's count and percent on a light plate at its centre.
fn zones_ui(
    painter: &egui::Painter,
    frame: &TriangleFrame,
    data: &TriadData,
    visuals: &egui::Visuals,
    language: Language,
) {
    if data.zones.is_empty() {
        return;
    }
    let stroke = Stroke::new(1.2, visuals.text_color().gamma_multiply(0.7));
    for (a, b) in geometry::zone_lines() {
        painter.add(Shape::dashed_line(
            &[frame.screen(a), frame.screen(b)],
            stroke,
            5.0,
            3.0,
        ));
    }
    let font = FontId::proportional(13.0);
    for zone in &data.zones {
        let text = zone.label(language);
        let at = frame.screen(geometry::zone_label_point(zone.zone));
        let galley = painter.layout_no_wrap(text, font.clone(), visuals.strong_text_color());
        let plate = Rect::from_center_size(at, galley.size() + vec2(8.0, 2.0));
        painter.rect_filled(plate, 3.0, visuals.extreme_bg_color.gamma_multiply(0.85));
        painter.galley(
            plate.min + vec2(4.0, 1.0),
            galley,
            visuals.strong_text_color(),
        );
    }
}

/// Dots in the colour of their story's option (grey without one).
fn coloured_dots_ui(
    painter: &egui::Painter,
    frame: &TriangleFrame,
    points: &[[f64; 3]],
    colour: &ColourBy,
) {
    let n = points.len();
    let none = palette::dot_color(Color32::GRAY, n);
    let colours: Vec<Color32> = (0..colour.labels.len())
        .map(|k| palette::dot_color(palette::category(k), n))
        .collect();
    painter.extend(points.iter().zip(&colour.options).map(|(&p, option)| {
        let fill = option
            .and_then(|o| colours.get(usize::from(o)).copied())
            .unwrap_or(none);
        Shape::circle_filled(frame.screen(p), 2.6, fill)
    }));
}

/// "● option (n = 12)" per option of the colouring question.
pub(super) fn colour_legend_ui(ui: &mut egui::Ui, colour: &ColourBy, language: Language) {
    ui.horizontal_wrapped(|ui| {
        ui.label(egui::RichText::new(format!("{}:", colour.title)).small());
        for (k, (label, &count)) in colour.labels.iter().zip(&colour.counts).enumerate() {
            ui.label(egui::RichText::new("●").color(palette::category(k)));
            let n = i18n::format_count(language, count);
            ui.label(egui::RichText::new(format!("{label} (n = {n})")).small());
        }
    });
}

/// The zones' counts as text too (readable by screen readers and tests).
fn zone_list_ui(ui: &mut egui::Ui, data: &TriadData, corners: [&String; 3], language: Language) {
    if data.zones.is_empty() {
        return;
    }
    let corners = corners.map(String::as_str);
    ui.horizontal_wrapped(|ui| {
        for zone in &data.zones {
            let name = zone.zone.label(corners, language);
            ui.label(egui::RichText::new(format!("{name}: {}", zone.label(language))).small());
            ui.add_space(6.0);
        }
    });
}

/// The confidence region of the geometric mean: a tinted closed outline.
fn confidence_region_ui(painter: &egui::Painter, frame: &TriangleFrame, data: &TriadData) {
    let Some(region) = &data.confidence_region else {
        return;
    };
    let points: Vec<Pos2> = region.iter().map(|&p| frame.screen(p)).collect();
    // The region is an ellipse in log-ratio space: convex there but not
    // always in the triangle, so the fill is left to the outline's tint.
    painter.add(Shape::closed_line(points, Stroke::new(1.8, palette::MEAN)));
}

/// The stories of the dots within a few pixels of a click.
fn clicked_rows<'a>(
    response: &egui::Response,
    frame: &TriangleFrame,
    points: impl Iterator<Item = (&'a [f64; 3], &'a usize)>,
    language: Language,
) -> Option<Clicked> {
    let pointer = response
        .interact_pointer_pos()
        .filter(|_| response.clicked())?;
    let mut rows: Vec<usize> = points
        .filter(|(p, _)| frame.screen(**p).distance(pointer) <= 10.0)
        .map(|(_, &row)| row)
        .collect();
    rows.sort_unstable();
    rows.dedup();
    (!rows.is_empty()).then(|| Clicked::Rows(rows, language.strings().near_point.to_owned()))
}

fn legend_ui(ui: &mut egui::Ui, data: &TriadData, corners: [&String; 3], language: Language) {
    let tr = language.strings();
    let percent = |w: [f64; 3]| {
        corners
            .iter()
            .zip(w)
            .map(|(corner, v)| format!("{corner} {}", i18n::format_decimal(language, v * 100.0, 1)))
            .collect::<Vec<_>>()
            .join(" · ")
    };
    ui.horizontal_wrapped(|ui| {
        if let Some(mean) = data.geometric_mean {
            ui.label(egui::RichText::new("●").color(palette::MEAN));
            ui.label(format!("{}: {}", tr.geometric_mean, percent(mean)));
        }
        if let Some(mean) = data.arithmetic_mean {
            ui.label(egui::RichText::new("○").color(palette::MEDIAN));
            ui.label(format!("{}: {}", tr.arithmetic_mean, percent(mean)));
        }
    });
}

/// `weights` when they lie in the triangle.
fn inside(weights: [f64; 3]) -> Option<[f64; 3]> {
    weights.iter().all(|w| *w >= 0.0).then_some(weights)
}

/// The stories in the shaded cell under the pointer.
fn hover_cell_ui(
    response: &egui::Response,
    frame: &TriangleFrame,
    grid: &DensityGrid,
    pointer: Pos2,
    language: Language,
) {
    let Some(weights) = inside(frame.weights(pointer)) else {
        return;
    };
    let cell = grid.cell_at(weights);
    let n = i18n::format_count(language, cell.count);
    let text = i18n::fill(language.strings().density_cell, &[("n", &n)]);
    response.clone().on_hover_text_at_pointer(text);
}

/// A click inside the triangle of a shaded panel: the clicked cell as a
/// brushed polygon.
fn clicked_cell(
    response: &egui::Response,
    frame: &TriangleFrame,
    grid: Option<&DensityGrid>,
) -> Option<Clicked> {
    let pointer = response
        .interact_pointer_pos()
        .filter(|_| response.clicked())?;
    let cell = grid?.cell_at(inside(frame.weights(pointer))?);
    (cell.count > 0).then(|| Clicked::Brush(Brush::Polygon(cell.vertices.to_vec())))
}

fn hover_points_ui(
    response: &egui::Response,
    frame: &TriangleFrame,
    points: &[[f64; 3]],
    pointer: Pos2,
    language: Language,
) {
    let nearest = points
        .iter()
        .map(|&p| (p, frame.screen(p).distance_sq(pointer)))
        .min_by(|a, b| a.1.total_cmp(&b.1));
    if let Some((weights, distance_sq)) = nearest
        && distance_sq < 36.0
    {
        let text = weights
            .map(|w| format!("{}%", i18n::format_decimal(language, w * 100.0, 0)))
            .join(" · ");
        response.clone().on_hover_text_at_pointer(text);
    }
}

/// Triad × choice: each option's stories in its own colour, with the
/// option's geometric mean as a large ringed dot, and a legend.
pub fn triad_groups_ui(
    ui: &mut egui::Ui,
    data: &TriadGroupsData,
    corners: [&String; 3],
    language: Language,
) -> Option<Clicked> {
    let (response, painter, frame) = triangle_ui(
        ui,
        corners,
        40.0 + 22.0 * data.groups.len().div_ceil(3) as f32,
    );
    let total: usize = data.groups.iter().map(|g| g.n).sum();
    let kept: usize = data.groups.iter().map(|g| g.points.len()).sum();
    for (k, group) in data.groups.iter().enumerate() {
        let color = palette::dot_color(palette::category(k), kept);
        painter.extend(
            group
                .points
                .iter()
                .map(|&p| Shape::circle_filled(frame.screen(p), 2.2, color)),
        );
    }
    for (k, group) in data.groups.iter().enumerate() {
        if let Some(mean) = group.geometric_mean {
            let centre = frame.screen(mean);
            painter.circle_filled(centre, 7.0, palette::category(k));
            painter.circle_stroke(centre, 7.0, Stroke::new(2.0, ui.visuals().text_color()));
        }
    }
    if let Some(pointer) = response.hover_pos() {
        let all: Vec<[f64; 3]> = data
            .groups
            .iter()
            .flat_map(|g| g.points.iter().copied())
            .collect();
        hover_points_ui(&response, &frame, &all, pointer, language);
    }
    let points = data
        .groups
        .iter()
        .flat_map(|g| g.points.iter().zip(&g.rows));
    let clicked = clicked_rows(&response, &frame, points, language);
    let tr = language.strings();
    // One wrapping text: a long option breaks at a space like prose instead
    // of pushing the panel wider than its half of the window.
    let mut legend = egui::text::LayoutJob::default();
    let font = egui::TextStyle::Body.resolve(ui.style());
    let text_color = ui.visuals().text_color();
    for (k, group) in data.groups.iter().enumerate() {
        let format = |color| egui::TextFormat::simple(font.clone(), color);
        legend.append("● ", 0.0, format(palette::category(k)));
        let entry = format!("{} (n = {})", group.label, group.n);
        legend.append(&entry, 0.0, format(text_color));
        legend.append("   ", 0.0, format(text_color));
    }
    ui.add(egui::Label::new(legend).wrap());
    ui.label(
        egui::RichText::new(format!("● = {}", tr.geometric_mean))
            .small()
            .weak(),
    );
    sample_note_ui(ui, kept, total, language);
    clicked
}

/// Says that the dots are a sample, when they are.
pub(super) fn sample_note_ui(ui: &mut egui::Ui, kept: usize, n: usize, language: Language) {
    if let Some(note) = Note::dot_sample(kept, n) {
        ui.label(egui::RichText::new(note.text(language)).small().weak());
    }
}
