//! Brushing, search, overlay and the grid view, driven through
//! egui_kittest with real pointer and keyboard events.

use crate::support::{demo_app, drag_across_slider};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use storylens::i18n::{Language, format_count};
use storylens::model::{Column, Filter, QuestionId, TextRole, fold_text};
use storylens::ui::StorylensApp;

/// The named selection the chart is compared with: its name and count.
fn compared_selection(harness: &Harness<'_, StorylensApp>) -> (String, usize) {
    let app = harness.state();
    let id = app
        .view()
        .selection
        .as_ref()
        .and_then(|c| c.from)
        .expect("compared with a named selection");
    let named = app.project().selections.get(id).expect("it exists");
    let count = named.filter.evaluate(app.dataset()).unwrap().count();
    (named.name.clone(), count)
}

#[test]
fn dragging_a_range_on_a_slider_axis_selects_exactly_those_stories() {
    let mut harness = demo_app(Language::Dutch);
    harness.get_by_label("Voorbeeld van goed onderwijs").click();
    harness.run();
    drag_across_slider(&mut harness, 30.0, 60.0);

    let brushed = harness.state().explore().brush.clone().expect("brushed");
    assert_eq!(
        brushed.filter,
        Filter::slider_range("voorbeeld_goed_onderwijs", 30.0, 60.0)
    );
    // Counted straight from the column: 0.30 ≤ answer ≤ 0.60.
    let expected: Vec<usize> = match harness
        .state()
        .dataset()
        .question(&QuestionId::new("voorbeeld_goed_onderwijs"))
    {
        Some((_, Column::Number(column))) => (0..column.values.len())
            .filter(|&r| (0.3 - 1e-9..=0.6 + 1e-9).contains(&column.values[r]))
            .collect(),
        _ => panic!("the demo has the slider"),
    };
    assert!(expected.len() > 50, "{}", expected.len());
    // The story list holds the brushed stories of the (whole) panel.
    assert_eq!(harness.state().browser().unwrap().rows, expected);

    harness.get_by_label("Selecteer deze verhalen").click();
    harness.run();
    let (name, count) = compared_selection(&harness);
    assert_eq!(count, expected.len());
    harness.get_by_label(&format!(
        "{name} · {}",
        format_count(Language::Dutch, expected.len())
    ));

    // Remove the stories of 30–40 again: a second brush (now on the
    // selection's panel, the last one drawn), "remove from selection".
    drag_across_slider(&mut harness, 40.0, 30.0);
    harness.get_by_label("Haal uit selectie").click();
    harness.run();
    let (_, count) = compared_selection(&harness);
    let Some((_, Column::Number(column))) = harness
        .state()
        .dataset()
        .question(&QuestionId::new("voorbeeld_goed_onderwijs"))
    else {
        panic!()
    };
    let left = expected
        .iter()
        .filter(|&&r| column.values[r] > 0.4 + 1e-9)
        .count();
    assert_eq!(count, left);
}

#[test]
fn ctrl_f_searches_titles_and_stories_ignoring_case_and_accents() {
    let mut harness = demo_app(Language::Dutch);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::F);
    harness.run();
    // The box took the keyboard: typing goes straight into it.
    // Letter by letter: the list updates live and the box keeps the focus.
    for letter in "COORDINATOR".chars() {
        harness.event(egui::Event::Text(letter.to_string()));
        harness.run();
    }

    let dataset = harness.state().dataset();
    let needle = fold_text("coordinator");
    let expected: Vec<usize> = (0..dataset.len())
        .filter(|&row| {
            [TextRole::Title, TextRole::Story].iter().any(|&role| {
                dataset
                    .text(role, row)
                    .is_some_and(|text| fold_text(text).contains(&needle))
            })
        })
        .collect();
    assert!(!expected.is_empty());
    let n = format_count(Language::Dutch, expected.len());
    harness.get_by_label(&format!("{n} treffers"));
    harness.get_by_label(&format!("{n} verhalen"));
    assert_eq!(harness.state().browser().unwrap().rows, expected);

    // The matches become a selection "text contains …".
    harness.get_by_label("Selecteer deze verhalen").click();
    harness.run();
    let (_, count) = compared_selection(&harness);
    assert_eq!(count, expected.len());

    // Reading a match: its full text is shown (with the term marked).
    let text = harness
        .state()
        .dataset()
        .text(TextRole::Story, expected[0])
        .unwrap()
        .to_owned();
    let title = harness
        .state()
        .dataset()
        .text(TextRole::Title, expected[0])
        .unwrap()
        .to_owned();
    harness.query_all_by_label(&title).next().unwrap().click();
    harness.run();
    harness.get_by_value(&text);
}

#[test]
fn the_grid_shows_a_perspectives_findings_and_opens_one_full_size() {
    let mut harness = demo_app(Language::Dutch);
    let project = harness.state().project().clone();
    let perspective = project.perspectives.first().unwrap().clone();
    let n = perspective.findings.len();
    assert!(n >= 3);
    harness.get_by_label("⊞ Raster").click();
    harness.run();
    harness
        .get_by_label(&format!("{} ({n})", perspective.title))
        .click();
    harness.run();
    harness.get_by_label(&format!("{n} grafieken"));
    let titles: Vec<String> = perspective
        .findings
        .iter()
        .map(|&id| project.finding(id).unwrap().title.clone())
        .collect();
    for title in &titles {
        harness.get_by_label(&format!("↗ {title}"));
    }
    assert_eq!(
        harness.state().explore().grid.as_ref().unwrap().cells.len(),
        n
    );

    let second = project.finding(perspective.findings[1]).unwrap();
    harness.get_by_label(&format!("↗ {}", second.title)).click();
    harness.run();
    assert!(harness.state().explore().grid.is_none());
    assert_eq!(harness.state().open_finding_id(), Some(second.id));
    assert_eq!(
        harness.state().current_question(),
        Some(&second.chart.question)
    );
    assert!(
        harness
            .query_by_label(&format!("↗ {}", second.title))
            .is_none()
    );
}

#[test]
fn overlay_draws_baseline_and_selection_in_one_panel_with_a_legend() {
    let mut harness = demo_app(Language::English);
    let named = harness
        .state()
        .project()
        .selections
        .iter()
        .next()
        .unwrap()
        .clone();
    harness.get_by_label("Voorbeeld van goed onderwijs").click();
    harness.run();
    harness
        .get_by_role_and_label(egui::accesskit::Role::ComboBox, "Compare with:")
        .click();
    harness.run();
    harness
        .query_all_by_label(&named.name)
        .last()
        .unwrap()
        .click();
    harness.run();
    let stories = |n: usize| format_count(Language::English, n);
    let chart = harness.state().chart().unwrap().as_ref().unwrap().clone();
    let selection = chart.selection.as_ref().unwrap();
    // Side by side: a heading per panel.
    harness.get_by_label(&format!("{} · {}", named.name, stories(selection.stories)));
    harness.get_by_label("Overlay").click();
    harness.run();
    assert!(harness.state().explore().overlay);
    harness.get_by_label(&format!("All stories (n = {})", stories(chart.whole.n)));
    harness.get_by_label(&format!("{} (n = {})", named.name, stories(selection.n)));
    assert!(
        harness
            .query_by_label(&format!("{} · {}", named.name, stories(selection.stories)))
            .is_none(),
        "one panel, not two"
    );
}

/// Past the density threshold a triad is shaded by cells; hovering a cell
/// says how many stories it holds and clicking it brushes those stories.
#[test]
fn a_click_on_a_shaded_triad_cell_brushes_its_stories() {
    use std::sync::Arc;
    use storylens::charts::PanelKind;
    use storylens::project::{Project, SourceRef};
    use storylens::ui::{Settings, Source};

    let dataset = Arc::new(storylens::demo::tiled_answers(20_000));
    let app = StorylensApp::new(
        dataset,
        Source::Demo,
        Project::new("big", SourceRef::Demo),
        Settings::default(),
    );
    let mut harness = crate::support::harness_of(app, Language::English);
    let chart = harness.state().chart().unwrap().as_ref().unwrap().clone();
    assert_eq!(chart.question, "wie_aan_zet");
    let PanelKind::Triad(triad) = &chart.whole.chart else {
        panic!("the app opens on a triad")
    };
    let (cells, max) = triad.density.as_ref().expect("shaded").cells();
    let densest = cells.iter().find(|c| c.count == max).unwrap();
    let centre = [0, 1, 2].map(|k| densest.vertices.iter().map(|v| v[k]).sum::<f64>() / 3.0);
    let at = storylens::ui::last_triangle(&harness.ctx)
        .expect("a triangle")
        .screen(centre);

    harness.hover_at(at);
    harness.run();
    let hover = format!(
        "Stories in this cell: {}",
        format_count(Language::English, densest.count)
    );
    assert!(
        harness.query_all_by_label(&hover).next().is_some(),
        "{hover}"
    );

    harness.drag_at(at);
    harness.step();
    harness.drop_at(at);
    harness.run();
    assert!(harness.state().explore().brush.is_some(), "brushed");
    let rows = harness.state().browser().unwrap().rows.clone();
    // Every story of the cell, and stories exactly on its edges (a brushed
    // polygon holds its boundary).
    assert!(
        rows.len() >= densest.count,
        "{} < {}",
        rows.len(),
        densest.count
    );
    let Some((_, Column::Triad(column))) = harness
        .state()
        .dataset()
        .question(&QuestionId::new("wie_aan_zet"))
    else {
        panic!()
    };
    let k = storylens::charts::density::DENSITY_CELLS as f64;
    let corners = densest.vertices.map(|v| v.map(|w| (w * k).round()));
    for &row in &rows {
        let p = column.get(row).unwrap();
        for part in 0..3 {
            let along = corners.iter().map(|v| v[part]);
            let (low, high) = (
                along.clone().fold(f64::INFINITY, f64::min),
                along.fold(0.0, f64::max),
            );
            let at = p[part] * k;
            assert!(
                (low - 1e-9..=high + 1e-9).contains(&at),
                "row {row}: {p:?} outside the cell {corners:?}"
            );
        }
    }
}
