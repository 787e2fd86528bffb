//! The toolbar above the chart at laptop and projector sizes: nothing runs
//! past the window's edge, and a label stays on the row of its control.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use storylens::i18n::Language;
use storylens::ui::{Command, Settings, StorylensApp};

fn demo_at(width: f32, height: f32, language: Language) -> Harness<'static, StorylensApp> {
    let mut app = StorylensApp::demo();
    app.settings = Settings {
        language,
        ..Settings::default()
    };
    crate::support::harness_at(app, egui::vec2(width, height))
}

/// Every node labelled `label` (the label itself and the control it names)
/// lies inside the window and on one row.
fn assert_on_one_row_inside(
    harness: &Harness<'_, StorylensApp>,
    label: &str,
    width: f32,
    what: &str,
) {
    let rects: Vec<egui::Rect> = harness
        .query_all(egui_kittest::kittest::by().label(label))
        .map(|node| node.rect())
        .collect();
    assert!(!rects.is_empty(), "{what}: no \"{label}\"");
    for rect in &rects {
        assert!(
            rect.right() <= width + 0.5,
            "{what}: \"{label}\" ends at {} in a window {width} wide",
            rect.right()
        );
        assert!(
            (rect.center().y - rects[0].center().y).abs() <= 6.0,
            "{what}: \"{label}\" and its control are on different rows: {rects:?}"
        );
    }
}

#[test]
fn toolbar_labels_stay_with_their_controls_inside_small_windows() {
    for (width, height) in [(1024.0, 768.0), (1280.0, 720.0), (1366.0, 768.0)] {
        for language in Language::ALL {
            let what = format!("{width}×{height} {language:?}");
            let mut harness = demo_at(width, height, language);
            let tr = language.strings();
            // The demo opens on a triad: colour by and minimum n are shown.
            for label in [tr.split_by, tr.compare_with, tr.colour_by, tr.chart_min_n] {
                assert_on_one_row_inside(&harness, &format!("{label}:"), width, &what);
            }
            // Compared, the toolbar grows ("all stories | the rest").
            let selection = harness
                .state()
                .project()
                .selections
                .iter()
                .next()
                .unwrap()
                .id;
            harness.state_mut().apply(Command::Compare(Some(selection)));
            harness.run();
            for label in [tr.compare_with, tr.colour_by, tr.chart_min_n] {
                assert_on_one_row_inside(&harness, &format!("{label}:"), width, &what);
            }
            for button in [tr.save_as_finding, tr.versus_rest] {
                let right = harness.get_by_label(button).rect().right();
                assert!(right <= width + 0.5, "{what}: \"{button}\" ends at {right}");
            }
        }
    }
}
