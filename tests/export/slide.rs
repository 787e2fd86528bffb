//! Presentation slides: a triad, a cross-tab and a slider × choice finding
//! at 16:9, 16:10 and 4:3 get two equal panels on the same scales, text
//! that stays on the slide without overlapping, notes under the chart at
//! 28 px at 1080p; flipped, one panel takes the whole chart area; the
//! marks of both panels are recorded as hit regions.

use storylens::charts::{ChartSpec, Mark};
use storylens::demo::{demo_project, ids};
use storylens::export::{
    HitPopulation, Scene, Slide, SlideOptions, SnapshotOptions, finding_chart, slide_scene,
    snapshot_scene, svg_from_scene,
};
use storylens::i18n::Language;
use storylens::model::QuestionId;
use storylens::project::{Finding, FindingId, Project};

use super::{assert_text_fits, dataset};

const SIZES: [(f32, f32); 4] = [
    (1920.0, 1080.0),
    (1280.0, 800.0),
    (1024.0, 768.0),
    (1366.0, 768.0),
];

/// The demo's finding `id`; with `question`, its chart is that question
/// alone (the demo has no triad finding).
fn finding(project: &Project, id: u32, question: Option<&str>) -> Finding {
    let mut finding = project.finding(FindingId(id)).unwrap().clone();
    if let Some(question) = question {
        finding.chart = ChartSpec::new(QuestionId::new(question));
    }
    finding
}

fn slide(
    project: &Project,
    finding: &Finding,
    (width_px, height_px): (f32, f32),
    showing: Option<HitPopulation>,
) -> Slide {
    let data = finding_chart(finding, dataset(), &Default::default()).unwrap();
    let slide = slide_scene(
        project,
        finding,
        &data,
        &SlideOptions {
            language: Language::Dutch,
            width_px,
            height_px,
            showing,
            counter: Some((2, 9)),
        },
    );
    assert_eq!(
        (slide.scene.width_px, slide.scene.height_px),
        (width_px, height_px)
    );
    assert_text_fits(&slide.scene);
    assert_items_inside(&slide.scene);
    slide
}

/// Every rectangle and circle lies on the slide.
fn assert_items_inside(scene: &Scene) {
    use storylens::export::Item;
    for item in &scene.items {
        let (x0, y0, x1, y1) = match item {
            Item::Rect(r) => (r.x, r.y, r.x + r.width_px, r.y + r.height_px),
            Item::Circle(c) => (
                c.centre.x - c.radius_px,
                c.centre.y - c.radius_px,
                c.centre.x + c.radius_px,
                c.centre.y + c.radius_px,
            ),
            _ => continue,
        };
        assert!(
            x0 >= -0.5 && y0 >= -0.5 && x1 <= scene.width_px + 0.5 && y1 <= scene.height_px + 0.5,
            "{item:?} leaves the slide"
        );
    }
}

/// The y of the text item that is exactly `text`.
fn y_of(scene: &Scene, text: &str) -> f32 {
    scene
        .texts()
        .find(|t| t.text == text)
        .unwrap_or_else(|| panic!("{text:?} on the slide"))
        .position
        .y
}

#[test]
fn both_panels_of_a_slide_are_equal_and_the_notes_sit_under_them() {
    let project = demo_project();
    let cases = [
        ("triad", finding(&project, 1, Some(ids::WIE_AAN_ZET))),
        ("cross-tab", finding(&project, 1, None)),
        ("slider × choice", finding(&project, 2, None)),
    ];
    for (kind, finding) in &cases {
        for size in SIZES {
            let slide = slide(&project, finding, size, None);
            let [whole, selection] = slide.panels[..] else {
                panic!("{kind} at {size:?}: two panels, got {:?}", slide.panels);
            };
            let what = format!("{kind} at {size:?}");
            assert_eq!(whole.width_px, selection.width_px, "{what}");
            assert_eq!(whole.height_px, selection.height_px, "{what}");
            assert_eq!(whole.y, selection.y, "{what}");
            assert!(
                whole.x + whole.width_px < selection.x,
                "{what}: side by side"
            );
            // The pair uses a good part of the slide.
            assert!(
                whole.height_px > size.1 * 0.3 || whole.width_px > size.0 * 0.3,
                "{what}: panels of {whole:?}"
            );
            let under = whole.y + whole.height_px;
            assert!(y_of(&slide.scene, "Wat zagen we?") > under, "{what}");
            assert!(y_of(&slide.scene, "Wat zien we nu?") > under, "{what}");
            assert!(
                slide.scene.texts().any(|t| t.text == finding.title),
                "{what}"
            );
        }
    }
}

#[test]
fn body_text_is_28_px_at_1080p_and_scales_with_the_window() {
    let project = demo_project();
    let finding = finding(&project, 2, None);
    let first_word = finding.saw.split_whitespace().next().unwrap();
    let body_size = |size| {
        let slide = slide(&project, &finding, size, None);
        slide
            .scene
            .texts()
            .find(|t| t.text.starts_with(first_word))
            .expect("the note's first line")
            .size_px
    };
    assert!(body_size((1920.0, 1080.0)) >= 28.0);
    let small = body_size((960.0, 540.0));
    assert!(
        (small - 14.0).abs() < 0.01,
        "half the window, half the type: {small}"
    );
}

#[test]
fn a_flipped_slide_shows_one_panel_across_the_chart_area() {
    let project = demo_project();
    for (question, id) in [(Some(ids::WIE_AAN_ZET), 1), (None, 1), (None, 2)] {
        let finding = finding(&project, id, question);
        let pair = slide(&project, &finding, (1920.0, 1080.0), None);
        for (only, note, other) in [
            (HitPopulation::Whole, "Wat zagen we?", "Wat zien we nu?"),
            (HitPopulation::Selection, "Wat zien we nu?", "Wat zagen we?"),
        ] {
            let flipped = slide(&project, &finding, (1920.0, 1080.0), Some(only));
            let [panel] = flipped.panels[..] else {
                panic!("one panel: {:?}", flipped.panels);
            };
            let area = |a: storylens::export::Area| a.width_px * a.height_px;
            assert!(
                area(panel) > 1.5 * area(pair.panels[0]),
                "{question:?}/{id}: {panel:?} vs {:?}",
                pair.panels[0]
            );
            assert!(y_of(&flipped.scene, note) > panel.y + panel.height_px);
            assert!(flipped.scene.texts().all(|t| t.text != other));
            assert!(flipped.scene.hits.iter().all(|hit| hit.population == only));
        }
    }
}

#[test]
fn the_marks_of_both_panels_are_hit_regions_of_one_size() {
    let project = demo_project();
    let finding = finding(&project, 1, None);
    let slide = slide(&project, &finding, (1920.0, 1080.0), None);
    let cells = |population| {
        slide
            .scene
            .hits
            .iter()
            .filter(move |hit| hit.population == population)
            .filter(|hit| matches!(hit.mark, Mark::Cell { .. }))
            .collect::<Vec<_>>()
    };
    let (whole, selection) = (cells(HitPopulation::Whole), cells(HitPopulation::Selection));
    assert!(!whole.is_empty());
    assert_eq!(whole.len(), selection.len());
    for (a, b) in whole.iter().zip(&selection) {
        assert_eq!(a.mark, b.mark);
        assert_eq!(a.label, b.label);
        assert_eq!(
            (a.area.width_px, a.area.height_px),
            (b.area.width_px, b.area.height_px)
        );
        assert!(
            a.area.x + a.area.width_px < b.area.x,
            "whole left of selection"
        );
    }
    // The counts are the chart's: the whole set's cells add up to its n
    // of mentions at least (multiple choice counts each mention).
    let data = finding_chart(&finding, dataset(), &Default::default()).unwrap();
    let total: u64 = whole.iter().map(|hit| hit.count).sum();
    assert!(total as usize >= data.whole.n, "{total} < {}", data.whole.n);
}

#[test]
fn hit_regions_leave_the_exported_picture_unchanged() {
    // Hit regions draw nothing: the SVG has no element for them.
    let project = demo_project();
    let finding = finding(&project, 1, None);
    let options = SnapshotOptions {
        language: Language::Dutch,
        width_px: 1400.0,
        date: String::new(),
    };
    let scene = snapshot_scene(&project, &finding, dataset(), &options).unwrap();
    assert!(!scene.hits.is_empty());
    let mut bare = scene.clone();
    bare.hits.clear();
    assert_eq!(svg_from_scene(&scene), svg_from_scene(&bare));
}
