//! The workspace's charts drawn from the export layout (`ui::scene_chart`):
//! they fit the window at laptop sizes, and their marks hover, open their
//! stories and brush.

use egui::epaint::Shape;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

use storylens::charts::PanelKind;
use storylens::i18n::Language;
use storylens::ui::{Command, StorylensApp};

/// The demo at `width × height` showing `question` split by `by`, compared
/// with the demo's first selection.
fn compared(size: egui::Vec2, question: &str, by: Option<&str>) -> Harness<'static, StorylensApp> {
    let mut app = StorylensApp::demo();
    let id = |title: &str| {
        app.dataset()
            .codebook()
            .questions
            .iter()
            .find(|q| q.title == title)
            .map(|q| q.id.clone())
            .unwrap()
    };
    let (question, by) = (id(question), by.map(id));
    let selection = app.project().selections.iter().next().unwrap().id;
    app.apply(Command::ShowQuestion(question));
    app.apply(Command::SetBy(by));
    app.apply(Command::Compare(Some(selection)));
    app.settings.language = Language::English;
    crate::support::harness_at(app, size)
}

/// Every text painted inside `area` in the last frame: its bounds, and
/// whether it is upright.
fn texts_in(harness: &Harness<'_, StorylensApp>, area: egui::Rect) -> Vec<(egui::Rect, bool)> {
    fn collect(shape: &Shape, out: &mut Vec<(egui::Rect, bool)>) {
        match shape {
            Shape::Vec(shapes) => shapes.iter().for_each(|s| collect(s, out)),
            Shape::Text(text) => out.push((text.visual_bounding_rect(), text.angle == 0.0)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for clipped in &harness.output().shapes {
        collect(&clipped.shape, &mut out);
    }
    out.retain(|(r, _)| area.contains(r.center()));
    out
}

#[test]
fn compared_scene_charts_fit_the_window_at_laptop_sizes() {
    let charts = [
        ("Uw rolsoort", None),
        ("Gevoel", Some("Ondersteuning")),
        ("De manier waarop", Some("Heeft te maken met")),
    ];
    for (width, height) in [(1280.0, 720.0), (1366.0, 768.0), (1024.0, 768.0)] {
        for (question, by) in charts {
            let harness = compared(egui::vec2(width, height), question, by);
            let what = format!("{question} × {by:?} at {width}×{height}");
            let rects = storylens::ui::panel_rects(&harness.ctx);
            assert_eq!(rects.len(), 2, "{what}");
            assert!((rects[0].size() - rects[1].size()).length() < 0.5, "{what}");
            assert!(rects[0].right() < rects[1].left(), "{what}: {rects:?}");
            assert!(rects[1].right() <= width, "{what}: {rects:?} cut off");
            let both = rects[0].union(rects[1]);
            let texts = texts_in(&harness, both);
            assert!(texts.len() > 10, "{what}: {} texts", texts.len());
            for (text, _) in &texts {
                assert!(text.right() <= width + 0.5, "{what}: {text:?} cut off");
            }
            // No two upright texts of the chart overlap (the slanted
            // column labels' boxes do, their glyphs do not).
            let upright: Vec<egui::Rect> = texts
                .iter()
                .filter(|(_, upright)| *upright)
                .map(|(r, _)| *r)
                .collect();
            for (i, a) in upright.iter().enumerate() {
                for b in &upright[i + 1..] {
                    let overlap = a.shrink(1.0).intersect(b.shrink(1.0));
                    assert!(
                        !overlap.is_positive(),
                        "{what}: texts at {a:?} and {b:?} overlap"
                    );
                }
            }
        }
    }
}

#[test]
fn a_bar_hovers_opens_its_stories_and_brushes() {
    let mut harness = crate::support::demo_app(Language::English);
    harness.get_by_label("Uw rolsoort").click();
    harness.run();
    let Some(Ok(data)) = harness.state().chart() else {
        panic!("a chart")
    };
    let PanelKind::Bars(bars) = &data.whole.chart else {
        panic!("bars")
    };
    let parents = usize::try_from(bars.counts[0]).unwrap();
    let bar = harness.get_by_label_contains("ouder/verzorger: ");
    let name = bar.accesskit_node().label().unwrap();
    assert!(name.contains(&format!("({parents})")), "{name}");
    let centre = bar.rect().center();
    harness.hover_at(centre);
    harness.run();
    // The tooltip says the same: a second node with the bar's name.
    assert_eq!(harness.query_all_by_label(&name).count(), 2, "{name}");
    harness
        .get_by_role_and_label(egui::accesskit::Role::Button, &name)
        .click();
    harness.run();
    let rows = &harness.state().browser().expect("its stories").rows;
    assert_eq!(rows.len(), parents);
    let brush = harness.state().explore().brush.as_ref().expect("brushed");
    assert_eq!(brush.count, parents);
}
