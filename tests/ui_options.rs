//! Per-chart options driven through egui_kittest: bars as percent or
//! counts, the option order of a cross-tab's columns, and the brushed band
//! that stays drawn after release.

use crate::support::{demo_app, drag_across_slider};
use egui::{Color32, Shape, pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use storylens::charts::{BarValue, PanelKind};
use storylens::i18n::{Language, format_count, format_decimal};
use storylens::model::{Column, QuestionId};
use storylens::ui::StorylensApp;

/// Chooses `title` in the "split by" box (its entry comes after the
/// question list's).
fn split_by(harness: &mut Harness<'_, StorylensApp>, title: &str) {
    harness
        .get_by_role_and_label(egui::accesskit::Role::ComboBox, "Uitsplitsen naar:")
        .click();
    harness.run();
    let entries: Vec<_> = harness.query_all_by_label(title).collect();
    entries.last().expect("the entry in the popup").click();
    harness.run();
}

/// Stories per role and the stories that answered, from the column.
fn role_counts(app: &StorylensApp) -> (Vec<usize>, usize) {
    let Some((question, Column::Single(roles))) = app
        .dataset()
        .question(&QuestionId::new(storylens::demo::ids::ROLSOORT))
    else {
        panic!("the demo's roles")
    };
    let mut counts = vec![0; question.kind.options().len()];
    for row in 0..roles.codes.len() {
        if let Some(code) = roles.get(row) {
            counts[code] += 1;
        }
    }
    let n = counts.iter().sum();
    (counts, n)
}

#[test]
fn bars_switch_between_percent_and_counts() {
    let mut harness = demo_app(Language::Dutch);
    harness.get_by_label("Uw rolsoort").click();
    harness.run();
    let (counts, n) = role_counts(harness.state());
    let parents = counts[0];
    let percent = format_decimal(Language::Dutch, 100.0 * parents as f64 / n as f64, 1);
    let count = format_count(Language::Dutch, parents);
    // Percent by default: the bar's number is its percentage, the
    // count follows in brackets.
    harness.get_by_label(&format!("ouder/verzorger: {percent}% ({count})"));
    assert!(
        harness
            .query_by_label(&format!("ouder/verzorger: {count} ({percent}%)"))
            .is_none()
    );
    harness.get_by_label("Aantallen").click();
    harness.run();
    assert_eq!(harness.state().view().chart.bar_value, BarValue::Counts);
    harness.get_by_label(&format!("ouder/verzorger: {count} ({percent}%)"));
    assert!(
        harness
            .query_by_label(&format!("ouder/verzorger: {percent}% ({count})"))
            .is_none()
    );
    // Small multiples follow the same choice.
    split_by(&mut harness, "Onderwijssoort");
    harness.get_by_label("Per optie").click();
    harness.run();
    let Some(Ok(data)) = harness.state().chart() else {
        panic!("a chart")
    };
    let PanelKind::Multiples(multiples) = &data.whole.chart else {
        panic!("small multiples")
    };
    assert!(multiples.panels.iter().all(|panel| matches!(
        &panel.chart,
        PanelKind::Bars(bars) if bars.value == BarValue::Counts
    )));
    harness.get_by_label("Percentages").click();
    harness.run();
    assert_eq!(harness.state().view().chart.bar_value, BarValue::Percent);
}

#[test]
fn the_option_order_hides_and_moves_cross_tab_columns() {
    let mut harness = demo_app(Language::Dutch);
    harness.get_by_label("Uw rolsoort").click();
    harness.run();
    split_by(&mut harness, "Onderwijssoort");
    let cell = |harness: &Harness<'_, StorylensApp>, column: &str| {
        harness
            .query_all_by_label_contains(&format!(" × {column}: "))
            .count()
    };
    let rows = cell(&harness, "PO");
    assert!(rows >= 2, "{rows}");
    let Some(Ok(before)) = harness.state().chart() else {
        panic!()
    };
    let PanelKind::CrossTab(before) = before.whole.chart.clone() else {
        panic!("a cross-tab")
    };

    harness.get_by_label("Opties ▾").click();
    harness.run();
    // Untick "PO" (the first column) and move "SO" below "VO". (The
    // chart's column label is called "PO" too: the popup's is a checkbox.)
    harness
        .get_by_role_and_label(egui::accesskit::Role::CheckBox, "PO")
        .click();
    harness.run();
    assert_eq!(cell(&harness, "PO"), 0, "PO is hidden");
    assert_eq!(cell(&harness, "SO"), rows);
    if harness.query_by_label("▼").is_none() {
        harness.get_by_label("Opties ▾").click();
        harness.run();
    }
    harness.get_all_by_label("▼").next().unwrap().click();
    harness.run();

    let Some(Ok(after)) = harness.state().chart() else {
        panic!()
    };
    let PanelKind::CrossTab(after) = &after.whole.chart else {
        panic!("still a cross-tab")
    };
    assert_eq!(after.column_labels, ["VO", "SO", "VSO", "MBO"]);
    assert_eq!(after.column_options, [2, 1, 3, 4]);
    for (i, row) in after.observed.iter().enumerate() {
        let expected: Vec<u64> = [2, 1, 3, 4]
            .iter()
            .map(|&j| before.observed[i][j])
            .collect();
        assert_eq!(*row, expected);
    }
    // The test still describes the full table.
    assert_eq!((after.chi2, after.df), (before.chi2, before.df));
    // A cell's label and its count agree with the moved column, and a
    // click opens the stories of that column's option.
    let count = after.observed[0][0];
    assert_ne!(count, after.observed[0][1], "VO and SO differ");
    harness
        .get_by_label(&format!("ouder/verzorger × VO: {count}"))
        .click();
    harness.run();
    let rows = harness
        .state()
        .browser()
        .expect("the cell's stories")
        .rows
        .len();
    assert_eq!(rows as u64, count);
}

/// Brush bands and lassos as drawn: shapes with the brush's outline colour.
fn brush_outlines(harness: &Harness<'_, StorylensApp>) -> usize {
    fn count(shape: &Shape) -> usize {
        let outline = Color32::from_rgb(204, 121, 167);
        match shape {
            Shape::Vec(shapes) => shapes.iter().map(count).sum(),
            Shape::Rect(rect) => {
                usize::from(rect.stroke.color == outline && rect.stroke.width == 1.5)
            }
            Shape::Path(path) => usize::from(
                path.closed
                    && matches!(path.stroke.color, egui::epaint::ColorMode::Solid(c) if c == outline),
            ),
            _ => 0,
        }
    }
    harness
        .output()
        .shapes
        .iter()
        .map(|clipped| count(&clipped.shape))
        .sum()
}

#[test]
fn the_brushed_band_stays_drawn_until_cleared_or_the_chart_changes() {
    let mut harness = demo_app(Language::Dutch);
    harness.get_by_label("Voorbeeld van goed onderwijs").click();
    harness.run();
    assert_eq!(brush_outlines(&harness), 0);
    drag_across_slider(&mut harness, 30.0, 60.0);
    // Released, the pointer moved away, several frames later: still there.
    harness.hover_at(pos2(5.0, 5.0));
    harness.run();
    harness.run();
    assert!(harness.state().explore().brush.is_some());
    assert_eq!(brush_outlines(&harness), 1, "the band after release");

    // Cleared in the explore bar: gone.
    harness.get_by_label("✕").click();
    harness.run();
    harness.run();
    assert_eq!(brush_outlines(&harness), 0, "cleared");

    // Brushed again, then another chart: gone, also on coming back.
    drag_across_slider(&mut harness, 20.0, 50.0);
    harness.run();
    assert_eq!(brush_outlines(&harness), 1);
    harness.get_by_label("Uw rolsoort").click();
    harness.run();
    harness
        .get_all_by_label("Voorbeeld van goed onderwijs")
        .next()
        .unwrap()
        .click();
    harness.run();
    harness.run();
    assert_eq!(brush_outlines(&harness), 0, "the chart changed");
}

#[test]
fn the_lasso_stays_drawn_after_release_until_cleared() {
    let mut harness = demo_app(Language::Dutch);
    // The demo opens on a triad: a square around the middle of its
    // triangle (where the triangle is, the scene says).
    let triangle = storylens::ui::last_triangle(&harness.ctx).expect("a triangle");
    let middle = triangle.screen([1.0 / 3.0; 3]);
    let half = triangle.side / 6.0;
    let corners = [
        middle + egui::vec2(-half, -half),
        middle + egui::vec2(half, -half),
        middle + egui::vec2(half, half),
        middle + egui::vec2(-half, half),
    ];
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
    harness.drop_at(corners[3]);
    harness.run();
    harness.hover_at(pos2(5.0, 5.0));
    harness.run();
    harness.run();
    assert!(harness.state().explore().brush.is_some(), "lassoed");
    assert_eq!(brush_outlines(&harness), 1, "the lasso after release");
    harness.get_by_label("✕").click();
    harness.run();
    harness.run();
    assert_eq!(brush_outlines(&harness), 0, "cleared");
}
