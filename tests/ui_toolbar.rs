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

/// The story reader at laptop sizes: nothing in it runs past the window's
/// right edge. A wider answer (a triad's three corners on one line, three
/// emotions) widened the reader past it, and the chart panel, drawn after,
/// then covered the reader's left edge: titles and text lost their first
/// letters.
#[test]
fn the_story_reader_fits_inside_the_window_at_laptop_sizes() {
    for (width, height) in [(1024.0, 768.0), (1280.0, 720.0)] {
        for language in Language::ALL {
            let what = format!("{width}×{height} {language:?}");
            let mut harness = demo_at(width, height, language);
            // The demo's eighth story: a triad answer, three emotions.
            harness.state_mut().apply(Command::OpenRows {
                label: "test".into(),
                rows: vec![7],
            });
            harness
                .state_mut()
                .apply(Command::Browser(storylens::ui::BrowserCommand::Read(0)));
            harness.run();
            let tr = language.strings();
            let back = harness
                .get_by_label(&format!("← {}", tr.back_to_list))
                .rect();
            use egui_kittest::kittest::NodeT;
            // Every node of the reader: right of its "back to the list".
            let reader: Vec<(String, egui::Rect)> = harness
                .query_all(
                    egui_kittest::kittest::By::new()
                        .predicate(|node| node.bounding_box().is_some()),
                )
                .filter(|node| node.rect().left() >= back.left() - 0.5)
                .map(|node| {
                    let rect = node.rect();
                    let node = node.accesskit_node();
                    let name = format!("{:?} {:?} {:?}", node.role(), node.label(), node.value());
                    (name, rect)
                })
                .collect();
            assert!(reader.len() > 20, "{what}: {reader:?}");
            // And nothing left of the reader reaches into it: the chart's
            // panel, drawn after, would cover the reader's left edge.
            let panel_edge = back.left() - 8.0;
            for node in harness.query_all(
                egui_kittest::kittest::By::new().predicate(|node| node.bounding_box().is_some()),
            ) {
                let rect = node.rect();
                let node_ = node.accesskit_node();
                // The window itself, and the reader's own resize handle.
                let whole = rect.left() <= 0.5 || node_.role() == egui::accesskit::Role::Splitter;
                if rect.left() < panel_edge - 0.5 && !whole {
                    let node = node_;
                    assert!(
                        rect.right() <= panel_edge + 0.5,
                        "{what}: {:?} {:?} {:?} reaches {} over the reader at {panel_edge}",
                        node.role(),
                        node.label(),
                        node.value(),
                        rect.right()
                    );
                }
            }
            for (name, rect) in &reader {
                assert!(
                    rect.right() <= width + 0.5,
                    "{what}: {name} ends at {} in a window {width} wide",
                    rect.right()
                );
            }
        }
    }
}
