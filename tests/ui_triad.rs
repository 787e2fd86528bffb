//! The workspace's triads drawn from the export scene: equal compared
//! triangles that fit the window, hovering and clicking dots, the lasso
//! (dragged and by clicked corners) and a click on a zone, all with real
//! pointer events. Where the triangle lies comes from the scene
//! (`ui::triangles_drawn`); what is expected is counted from the data.

use egui::{Pos2, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use storylens::charts::{ChartData, PanelKind, TriadData};
use storylens::i18n::{Language, format_decimal};
use storylens::model::{Column, Filter, QuestionId, Selection};
use storylens::stats::triangle::TrianglePolygon;
use storylens::ui::{Command, StorylensApp, TrianglePx};

use crate::support::harness_of;

/// The demo's app, on the triad, in English.
fn demo() -> StorylensApp {
    let mut app = StorylensApp::demo();
    app.settings.language = Language::English;
    app
}

/// `app` compared with its first named selection.
fn compared(mut app: StorylensApp) -> StorylensApp {
    let selection = app.project().selections.iter().next().unwrap().id;
    app.apply(Command::Compare(Some(selection)));
    app
}

fn at_size(app: StorylensApp, size: egui::Vec2) -> Harness<'static, StorylensApp> {
    let mut harness = crate::support::harness_at(app, size);
    harness.run();
    harness
}

fn chart(harness: &Harness<'_, StorylensApp>) -> ChartData {
    harness.state().chart().unwrap().as_ref().unwrap().clone()
}

fn triad(kind: &PanelKind) -> &TriadData {
    let PanelKind::Triad(triad) = kind else {
        panic!("a triad")
    };
    triad
}

/// The triad column of the demo's "Wie was aan zet?".
fn answer(harness: &Harness<'_, StorylensApp>, row: usize) -> Option<[f64; 3]> {
    let Some((_, Column::Triad(column))) = harness
        .state()
        .dataset()
        .question(&QuestionId::new("wie_aan_zet"))
    else {
        panic!("the demo's triad")
    };
    column.get(row)
}

/// A click with the primary button at `at`: pointer there, press, release.
fn click_at(harness: &mut Harness<'_, StorylensApp>, at: Pos2) {
    harness.hover_at(at);
    harness.run();
    harness.drag_at(at);
    harness.step();
    harness.drop_at(at);
    harness.run();
}

/// Drags the primary button through `corners` and releases on the last.
fn drag_through(harness: &mut Harness<'_, StorylensApp>, corners: &[Pos2]) {
    harness.hover_at(corners[0]);
    harness.run();
    harness.drag_at(corners[0]);
    harness.run();
    for &corner in &corners[1..] {
        for k in 1..=3 {
            let previous = harness.ctx.input(|i| i.pointer.latest_pos()).unwrap();
            harness.hover_at(previous + (corner - previous) * (k as f32 / 3.0));
            harness.run();
        }
    }
    harness.drop_at(*corners.last().unwrap());
    harness.run();
}

/// A square of half-width `half` around `middle`, and the same square
/// closed.
fn square(middle: Pos2, half: f32) -> [Pos2; 5] {
    let c = [
        middle + vec2(-half, -half),
        middle + vec2(half, -half),
        middle + vec2(half, half),
        middle + vec2(-half, half),
    ];
    [c[0], c[1], c[2], c[3], c[0]]
}

#[test]
fn compared_triangles_are_equal_large_and_in_view_at_laptop_sizes() {
    // Before the scene (the old triad view) both triangles were 265.5 px
    // at either size with the story list open, and the second ran under
    // the story list (to x = 961 at 1280 × 720, where the list starts at
    // 893; to 894 at 1024 × 768, list at 764). 280 at 1280 × 720: the
    // toolbar wraps its last controls to a row of their own there, rather
    // than running past the window's edge.
    for (size, at_least) in [
        (vec2(1280.0, 720.0), 280.0),
        (vec2(1024.0, 768.0), 200.0),
        (vec2(1920.0, 1080.0), 400.0),
    ] {
        let mut app = compared(demo());
        app.apply(Command::OpenRows {
            label: "a few".into(),
            rows: (0..40).collect(),
        });
        let harness = at_size(app, size);
        assert!(harness.state().browser().is_some());
        let triangles = storylens::ui::triangles_drawn(&harness.ctx);
        assert_eq!(triangles.len(), 2, "{size:?}");
        let [a, b] = [triangles[0], triangles[1]];
        assert!((a.side - b.side).abs() < 0.5, "{size:?}: {a:?} {b:?}");
        assert!((a.origin.y - b.origin.y).abs() < 0.5, "{size:?}");
        assert!(a.side >= at_least, "{size:?}: {}", a.side);
        // Both whole and left of the story list (at least 260 wide).
        assert!(a.origin.x + a.side < b.origin.x, "{size:?}");
        assert!(b.origin.x + b.side <= size.x - 260.0, "{size:?}: {b:?}");
        assert!(a.origin.y + a.side * 0.87 < size.y, "{size:?}");
    }
}

#[test]
fn hovering_a_dot_shows_its_weights_and_a_click_lists_the_stories_around_it() {
    let mut harness = harness_of(demo(), Language::English);
    let data = chart(&harness);
    let panel = triad(&data.whole.chart);
    let triangle = storylens::ui::last_triangle(&harness.ctx).expect("a triangle");
    // A dot near the middle of the cloud.
    let k = panel.points.len() / 2;
    let at = triangle.screen(panel.points[k]);

    harness.hover_at(at);
    harness.run();
    let weights = panel.points[k]
        .map(|w| format!("{}%", format_decimal(Language::English, w * 100.0, 0)))
        .join(" · ");
    assert!(
        harness.query_all_by_label(&weights).next().is_some(),
        "the tooltip {weights}"
    );

    click_at(&mut harness, at);
    harness.run();
    let browser = harness.state().browser().expect("the stories near the dot");
    assert_eq!(browser.label, "stories around this point");
    assert!(browser.rows.contains(&panel.rows[k]));
    // Exactly the dots within 10 points of the click (up to rounding at
    // the rim).
    let distance = |p: [f64; 3]| triangle.screen(p).distance(at);
    for (p, row) in panel.points.iter().zip(&panel.rows) {
        if distance(*p) < 9.9 {
            assert!(browser.rows.contains(row), "row {row} is near");
        }
        if browser.rows.contains(row) {
            assert!(distance(*p) < 10.1, "row {row} is far");
        }
    }
    assert!(
        harness.state().explore().brush.is_none(),
        "a click, not a lasso"
    );
}

/// The stories of `population` inside the lasso the app brushed, counted
/// from the column with the brushed corners.
fn inside_brush(harness: &Harness<'_, StorylensApp>, population: &Selection) -> Vec<usize> {
    let brushed = harness.state().explore().brush.clone().expect("brushed");
    let Filter::TriadPolygon { question, polygon } = &brushed.filter else {
        panic!("a polygon: {:?}", brushed.filter)
    };
    assert_eq!(question.as_str(), "wie_aan_zet");
    let polygon = TrianglePolygon::new(polygon);
    population
        .iter()
        .filter(|&row| {
            answer(harness, row).is_some_and(|p| {
                polygon.contains(storylens::stats::triangle::cartesian_from_barycentric(p))
            })
        })
        .collect()
}

#[test]
fn a_lasso_on_the_selection_panel_lists_the_selections_stories_inside_it() {
    let mut harness = at_size(compared(demo()), vec2(1400.0, 900.0));
    let triangles = storylens::ui::triangles_drawn(&harness.ctx);
    assert_eq!(triangles.len(), 2);
    let selection_triangle: TrianglePx = triangles[1];
    // A square around the middle of the selection's triangle.
    let middle = selection_triangle.screen([0.2, 0.4, 0.4]);
    let half = selection_triangle.side / 6.0;
    drag_through(&mut harness, &square(middle, half));

    let data = chart(&harness);
    let selection = data.selection.as_ref().unwrap();
    let named = harness.state().project().selections.iter().next().unwrap();
    let members = named.filter.evaluate(harness.state().dataset()).unwrap();
    let expected = inside_brush(&harness, &members);
    let rows = harness
        .state()
        .browser()
        .expect("the lassoed stories")
        .rows
        .clone();
    assert!(rows.len() > 10, "{}", rows.len());
    assert_eq!(rows, expected);
    // Only the selection's stories, and the selection's dots in the
    // square are among them.
    assert!(rows.iter().all(|&r| members.contains(r)));
    let panel = triad(&selection.chart);
    let inner = half - 3.0;
    for (p, row) in panel.points.iter().zip(&panel.rows) {
        let d = selection_triangle.screen(*p) - middle;
        if d.x.abs() < inner && d.y.abs() < inner {
            assert!(rows.contains(row), "row {row} inside the square");
        }
    }
}

#[test]
fn click_corners_draws_a_polygon_that_closes_on_its_first_corner() {
    let mut harness = harness_of(demo(), Language::English);
    let toggle = harness.get_by_label_contains("Click corners");
    toggle.click();
    harness.run();
    let triangle = storylens::ui::last_triangle(&harness.ctx).expect("a triangle");
    let corners = [
        triangle.screen([0.1, 0.8, 0.1]),
        triangle.screen([0.1, 0.1, 0.8]),
        triangle.screen([0.6, 0.2, 0.2]),
    ];
    for corner in corners {
        click_at(&mut harness, corner);
        harness.run();
        assert!(
            harness.state().browser().is_none(),
            "a corner, not a click on dots"
        );
    }
    click_at(&mut harness, corners[0] + vec2(2.0, 0.0));
    harness.run();
    let all = harness.state().dataset().all();
    let expected = inside_brush(&harness, &all);
    let rows = harness
        .state()
        .browser()
        .expect("the polygon's stories")
        .rows
        .clone();
    assert!(rows.len() > 100, "{}", rows.len());
    assert_eq!(rows, expected);
}

#[test]
fn a_click_on_a_zone_lists_its_stories() {
    let mut harness = harness_of(demo(), Language::English);
    harness.get_by_label("Zones").click();
    harness.run();
    let data = chart(&harness);
    let panel = triad(&data.whole.chart);
    let centre = panel
        .zones
        .iter()
        .find(|z| z.zone == storylens::model::TriadZone::Centre)
        .unwrap()
        .clone();
    let name = format!("centre: {}", centre.label(Language::English));
    // The zone's hit region is its plate, at the middle of the triangle.
    let triangle = storylens::ui::last_triangle(&harness.ctx).unwrap();
    let plate = harness.get_by_label(&name).rect();
    assert!(plate.contains(triangle.screen([1.0 / 3.0; 3])), "{plate:?}");
    harness.get_by_label(&name).click();
    harness.run();
    let rows = harness
        .state()
        .browser()
        .expect("the zone's stories")
        .rows
        .clone();
    assert_eq!(rows.len() as u64, centre.count);
    for &row in &rows {
        let p = answer(&harness, row).unwrap();
        assert_eq!(
            storylens::model::zone_of(p),
            storylens::model::TriadZone::Centre
        );
    }
    // The zone is brushed too: its filter, ready to become a selection.
    let brushed = harness.state().explore().brush.clone().expect("brushed");
    assert!(matches!(brushed.filter, Filter::TriadZone { .. }));

    // While corners are being clicked, a click on the plate is a corner.
    harness.get_by_label_contains("Click corners").click();
    harness.run();
    harness
        .state_mut()
        .apply(Command::Browser(storylens::ui::BrowserCommand::Close));
    harness.run();
    click_at(&mut harness, plate.center());
    assert!(
        harness.state().browser().is_none(),
        "a corner, not the zone"
    );
    assert!(harness.query_by_label(&name).is_none(), "no zone widget");
}

/// *Overlay* on a compared triad: one triangle from the export layout
/// with both populations named in its key, the two means in its table,
/// and a lasso on it brushing the whole set's stories inside it.
#[test]
fn overlay_draws_one_triangle_with_both_clouds_and_a_lasso_brushes_on_it() {
    let mut harness = at_size(compared(demo()), vec2(1280.0, 720.0));
    assert_eq!(storylens::ui::triangles_drawn(&harness.ctx).len(), 2);
    harness.get_by_label("Overlay").click();
    harness.run();
    assert!(harness.state().explore().overlay);
    let triangles = storylens::ui::triangles_drawn(&harness.ctx);
    assert_eq!(triangles.len(), 1, "one triangle, not two");
    let triangle = triangles[0];
    assert!(
        triangle.side >= 240.0,
        "readable at 1280×720: {}",
        triangle.side
    );
    let data = chart(&harness);
    let named = harness
        .state()
        .project()
        .selections
        .iter()
        .next()
        .unwrap()
        .clone();
    // The key names both populations with their n (the name is in the
    // selections list too).
    assert!(harness.query_all_by_label("All stories").count() >= 1);
    // A long name wraps: its first words are a line of the key, beside
    // the selections list's entry.
    let first_words: String = named.name.split(' ').take(2).collect::<Vec<_>>().join(" ");
    assert!(harness.query_all_by_label_contains(&first_words).count() >= 2);
    let selection = data.selection.as_ref().unwrap();
    for n in [data.whole.n, selection.n] {
        let shown = format!(
            "n = {}",
            storylens::i18n::format_count(Language::English, n)
        );
        assert!(
            harness.query_all_by_label(&shown).next().is_some(),
            "{shown}"
        );
    }
    // Both geometric means, first corner, as the table shows them.
    for panel in [&data.whole.chart, &selection.chart] {
        let mean = triad(panel).geometric_mean.unwrap();
        let shown = format!("{}%", format_decimal(Language::English, mean[0] * 100.0, 1));
        assert!(
            harness.query_all_by_label(&shown).next().is_some(),
            "{shown}"
        );
    }
    let middle = triangle.screen([0.2, 0.4, 0.4]);
    let half = triangle.side / 6.0;
    drag_through(&mut harness, &square(middle, half));
    let everyone = Selection::all(harness.state().dataset().len());
    let expected = inside_brush(&harness, &everyone);
    let rows = harness
        .state()
        .browser()
        .expect("the lassoed stories")
        .rows
        .clone();
    assert!(rows.len() > 10, "{}", rows.len());
    assert_eq!(rows, expected);
}
