//! Presentation mode driven like a presenter would: F5, arrows and
//! PageUp/PageDown, space to flip, a click on a painted mark, Esc; and the
//! scene painter turning a real snapshot into egui shapes.

use egui::epaint::Shape;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use storylens::demo::{demo_dataset, demo_project};
use storylens::export::{SnapshotOptions, snapshot_scene};
use storylens::i18n::Language;
use storylens::ui::scene_painter::{hits_ui, paint_scene};
use storylens::ui::{Showing, StorylensApp};

use crate::support::harness_of;

/// The labels of the slide's marks: "label: count".
fn marks(harness: &Harness<'_, StorylensApp>) -> Vec<String> {
    harness
        .query_all_by(|node| {
            node.label().is_some_and(|l| {
                l.contains(" × ")
                    && l.rsplit(": ")
                        .next()
                        .is_some_and(|n| n.parse::<u64>().is_ok())
            })
        })
        .filter_map(|node| node.accesskit_node().label())
        .collect()
}

/// The first mark ("label: count") that holds stories, as label and count.
fn with_stories(marks: &[String]) -> (String, usize) {
    marks
        .iter()
        .find_map(|l| {
            let (label, n) = l.rsplit_once(": ")?;
            let n: usize = n.parse().ok()?;
            (n > 0).then(|| (label.to_owned(), n))
        })
        .expect("a cell with stories")
}

#[test]
fn a_presenter_steps_flips_opens_a_mark_and_leaves() {
    let mut harness = harness_of(StorylensApp::demo(), Language::Dutch);
    harness.key_press(egui::Key::F5);
    harness.run();
    let slides = harness
        .state()
        .presentation()
        .expect("presenting")
        .slides
        .clone();
    let project = harness.state().project().clone();
    harness.get_by_label(&format!("1 van {}", slides.len()));
    harness.get_by_label(&project.finding(slides[0]).unwrap().title);
    // No editing controls on a slide.
    assert!(
        harness.query_by_label("Wat zagen we?").is_none(),
        "painted, not a text field"
    );
    assert!(harness.query_by_label_contains("Hoeken klikken").is_none());

    harness.key_press(egui::Key::ArrowRight);
    harness.run();
    harness.get_by_label(&project.finding(slides[1]).unwrap().title);
    harness.key_press(egui::Key::PageDown);
    harness.run();
    assert_eq!(harness.state().presentation().unwrap().index, 2);
    harness.key_press(egui::Key::PageUp);
    harness.key_press(egui::Key::ArrowLeft);
    harness.run();
    assert_eq!(harness.state().presentation().unwrap().index, 0);

    // The first slide is a cross-tab: its cells in both panels.
    let both = marks(&harness);
    assert!(!both.is_empty() && both.len().is_multiple_of(2), "{both:?}");
    harness.key_press(egui::Key::Space);
    harness.run();
    assert_eq!(
        harness.state().presentation().unwrap().showing,
        Showing::Baseline
    );
    let baseline = marks(&harness);
    assert_eq!(baseline.len() * 2, both.len(), "one panel after the flip");
    harness.key_press(egui::Key::Space);
    harness.run();
    assert_eq!(
        harness.state().presentation().unwrap().showing,
        Showing::Selection
    );
    let selection = marks(&harness);
    assert_eq!(selection.len(), baseline.len());
    assert_ne!(
        selection, baseline,
        "the selection's counts, not the baseline's"
    );

    // A click on a cell lists exactly its stories.
    let (label, count) = with_stories(&selection);
    harness.get_by_label(&format!("{label}: {count}")).click();
    harness.run();
    let browser = harness.state().browser().expect("the stories overlay");
    assert_eq!(browser.label, label);
    assert_eq!(browser.rows.len(), count);
    assert!(harness.state().presentation().is_some(), "still presenting");

    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(harness.state().presentation().is_none());
}

#[test]
fn a_selection_mark_lists_its_stories_within_the_baseline() {
    // The first slide compared within the parents only: its selection
    // ("good education") reaches beyond the baseline, the slide counts
    // only the parents in it, and so must the list.
    let mut project = demo_project();
    let parents = project
        .findings
        .iter()
        .find(|f| f.baseline.name == storylens::demo::PARENTS)
        .expect("a finding within the parents")
        .baseline
        .clone();
    let first = project.perspectives[0].findings[0];
    let finding = project.findings.iter_mut().find(|f| f.id == first).unwrap();
    finding.baseline = parents;
    assert_eq!(finding.selection.name, storylens::demo::GOOD_EDUCATION);
    let dataset = std::sync::Arc::new(demo_dataset());
    let app = StorylensApp::new(
        dataset,
        storylens::ui::Source::Demo,
        project,
        Default::default(),
    );
    let mut harness = harness_of(app, Language::Dutch);
    harness.key_press(egui::Key::F5);
    harness.key_press(egui::Key::Space);
    harness.key_press(egui::Key::Space);
    harness.run();
    assert_eq!(
        harness.state().presentation().unwrap().showing,
        Showing::Selection
    );
    let (label, count) = with_stories(&marks(&harness));
    harness.get_by_label(&format!("{label}: {count}")).click();
    harness.run();
    assert_eq!(harness.state().browser().expect("listed").rows.len(), count);
}

#[test]
fn painting_a_snapshot_gives_text_rectangles_and_clickable_marks() {
    let project = demo_project();
    let dataset = demo_dataset();
    let finding = project.findings.first().unwrap().clone();
    let options = SnapshotOptions {
        language: Language::English,
        width_px: 1200.0,
        date: String::new(),
    };
    let scene = snapshot_scene(&project, &finding, &dataset, &options).unwrap();
    let hits = scene.hits.len();
    assert!(hits > 0);
    let mut harness = Harness::builder()
        .with_max_steps(crate::support::MAX_STEPS)
        .with_size(egui::vec2(900.0, 700.0))
        .build_ui(move |ui| {
            storylens::ui::install_fonts(ui.ctx());
            let rect = ui.max_rect();
            let transform = paint_scene(ui.painter(), &scene, rect);
            // Fitted inside the rect, uniformly.
            assert!(transform.scale > 0.0 && transform.scale < 1.0);
            hits_ui(ui, &scene, &transform, ui.scope_id().with("marks"));
        });
    harness.run();
    let shapes: Vec<&Shape> = harness
        .output()
        .shapes
        .iter()
        .map(|clipped| &clipped.shape)
        .collect();
    let texts = shapes
        .iter()
        .filter(|s| matches!(s, Shape::Text(_)))
        .count();
    let rects = shapes
        .iter()
        .filter(|s| matches!(s, Shape::Rect(_)))
        .count();
    assert!(texts > 40, "{texts} texts");
    assert!(rects > 20, "{rects} rectangles");
    // Every painted text lies inside the window.
    for shape in &shapes {
        if let Shape::Text(text) = shape {
            let r = text.visual_bounding_rect();
            assert!(
                r.min.x >= -1.0 && r.max.x <= 901.0 && r.min.y >= -1.0 && r.max.y <= 701.0,
                "{r:?}"
            );
        }
    }
    let named = harness
        .query_all_by(|node| node.label().is_some_and(|l| l.contains(" × ")))
        .count();
    assert_eq!(named, hits, "every mark is a named widget");
}

#[test]
fn present_and_demo_are_flags_of_the_app_not_of_the_commands() {
    use clap::Parser;
    use storylens::cli::Cli;
    let args = Cli::try_parse_from(["storylens", "--demo", "--present"]).unwrap();
    assert!(args.demo && args.present && args.path.is_none() && args.command.is_none());
    let args = Cli::try_parse_from(["storylens", "p.storylens", "--present"]).unwrap();
    assert!(args.present && !args.demo);
    assert_eq!(
        args.path.as_deref(),
        Some(std::path::Path::new("p.storylens"))
    );
    // A project and the demo at once is a usage error.
    assert!(Cli::try_parse_from(["storylens", "p.storylens", "--demo"]).is_err());
    // The commands keep their own --demo.
    let args = Cli::try_parse_from(["storylens", "inspect", "--demo"]).unwrap();
    assert!(!args.demo && args.command.is_some());
}
