//! Cross-tabs on screen: cell text that reads on every fill in every
//! theme, and slanted column labels that stay clear of the cells at the
//! sizes a laptop, a desktop and a compared pair of panels give them.
//!
//! The label extents come from egui itself (each painted text shape's
//! rotated bounds); the cells from the accessibility tree; only the band
//! reserved for the labels comes from the view's test hook.

use egui::epaint::TextShape;
use egui::{Color32, Rect, Shape, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::{self, Queryable};
use storylens::charts::PanelKind;
use storylens::i18n::Language;
use storylens::ui::contrast::{MIN_TEXT_CONTRAST, contrast_ratio};
use storylens::ui::{Settings, StorylensApp, Theme, ThemeLook, cell_colors, crosstabs_drawn};

const THEMES: [Theme; 3] = [Theme::Light, Theme::Dark, Theme::Projector];

#[test]
fn cell_text_reads_on_every_fill_in_every_theme() {
    // The ramp saturates at |z| = 4; go well past it, through 0, and to
    // residuals no table gives, plus a cell without a residual.
    let residuals = (-1000..=1000).map(|k| Some(f64::from(k) / 100.0)).chain([
        Some(1e9),
        Some(-1e9),
        Some(f64::NAN),
        None,
    ]);
    for theme in THEMES {
        let visuals = theme.visuals();
        let mut worst = f64::INFINITY;
        for z in residuals.clone() {
            let colors = cell_colors(&visuals, z);
            assert!(colors.fill.is_opaque(), "{theme:?} z = {z:?}");
            let ratio = contrast_ratio(colors.text, colors.fill);
            assert!(
                ratio >= MIN_TEXT_CONTRAST,
                "{theme:?}, z = {z:?}: {:?} on {:?} is {ratio:.2}:1",
                colors.text,
                colors.fill
            );
            worst = worst.min(ratio);
        }
        println!("{theme:?}: lowest cell text contrast {worst:.2}:1");
    }
    // The theme's ordinary text colour alone would not do: the choice
    // per cell is what makes the test pass.
    let dark = Theme::Dark.visuals();
    let fill = cell_colors(&dark, Some(-2.5)).fill;
    assert!(contrast_ratio(dark.text_color(), fill) < MIN_TEXT_CONTRAST);
}

/// The demo in `language` and `theme` at `width` × `height` points.
fn demo_at(
    language: Language,
    theme: Theme,
    width: f32,
    height: f32,
) -> Harness<'static, StorylensApp> {
    let mut app = StorylensApp::demo();
    app.settings = Settings {
        language,
        theme,
        ..Settings::default()
    };
    crate::support::harness_at(app, vec2(width, height))
}

/// "Gevoel" split by "Ondersteuning": 12 rows, 8 long column labels.
fn open_gevoel_by_ondersteuning(harness: &mut Harness<'_, StorylensApp>) {
    harness.get_by_label("Gevoel").click();
    harness.run();
    let split_by = format!("{}:", harness.state().strings().split_by);
    harness
        .get_by_role_and_label(egui::accesskit::Role::ComboBox, &split_by)
        .click();
    harness.run();
    let entries: Vec<_> = harness.query_all_by_label("Ondersteuning").collect();
    entries.last().expect("the entry in the popup").click();
    harness.run();
}

/// Every text shape painted in the last frame, with its clip rectangle.
fn clipped_texts(harness: &Harness<'_, StorylensApp>) -> Vec<(TextShape, Rect)> {
    fn collect(shape: &Shape, clip: Rect, out: &mut Vec<(TextShape, Rect)>) {
        match shape {
            Shape::Vec(shapes) => shapes.iter().for_each(|s| collect(s, clip, out)),
            Shape::Text(text) => out.push((text.clone(), clip)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for clipped in &harness.output().shapes {
        collect(&clipped.shape, clipped.clip_rect, &mut out);
    }
    out
}

/// Every text shape painted in the last frame.
fn texts(harness: &Harness<'_, StorylensApp>) -> Vec<TextShape> {
    clipped_texts(harness).into_iter().map(|(t, _)| t).collect()
}

/// Whether `text` is one of `rows`, whole or shortened with "…".
fn is_row_label(text: &str, rows: &[String]) -> bool {
    rows.iter().any(|row| {
        text == row
            || text
                .strip_suffix('…')
                .is_some_and(|start| !start.is_empty() && row.starts_with(start))
    })
}

/// Checks every cross-tab drawn: column labels between the band's top and
/// the first row, the band no higher than the labels, row labels left of
/// the cells. Returns how many grids were checked.
fn assert_labels_clear_of_cells(harness: &Harness<'_, StorylensApp>, what: &str) -> usize {
    let grids = crosstabs_drawn(&harness.ctx);
    assert!(!grids.is_empty(), "{what}: no cross-tab drawn");
    // The cells as screen readers see them agree with the hook.
    let cells = harness
        .query_all(
            kittest::by()
                .role(egui::accesskit::Role::Button)
                .label_contains(" × "),
        )
        .map(|node| node.rect())
        .fold(Rect::NOTHING, Rect::union);
    let hooked = grids.iter().fold(Rect::NOTHING, |r, g| r.union(g.cells));
    assert!(
        (cells.top() - hooked.top()).abs() <= 1.5,
        "{what}: {cells:?} {hooked:?}"
    );
    let shapes = texts(harness);
    let Some(Ok(data)) = harness.state().chart() else {
        panic!("{what}: no chart")
    };
    let PanelKind::CrossTab(table) = &data.whole.chart else {
        panic!("{what}: not a cross-tab")
    };
    let row_names = table.row_labels.clone();
    let slanted: Vec<Rect> = clipped_texts(harness)
        .into_iter()
        .filter(|(t, _)| t.angle != 0.0)
        .map(|(t, clip)| {
            let label = t.visual_bounding_rect();
            // Not cut off at either side of what holds the chart.
            assert!(
                label.left() >= clip.left() - 0.5 && label.right() <= clip.right() + 0.5,
                "{what}: a column label {label:?} is cut off by {clip:?}"
            );
            label
        })
        .collect();
    for grid in &grids {
        let mine: Vec<Rect> = slanted
            .iter()
            .copied()
            .filter(|r| grid.header.expand(24.0).contains(r.center()))
            .collect();
        assert!(!mine.is_empty(), "{what}: no column labels over {grid:?}");
        for label in &mine {
            assert!(
                label.bottom() <= grid.cells.top(),
                "{what}: a column label {label:?} reaches into the first row at {}",
                grid.cells.top()
            );
            assert!(
                label.top() >= grid.header.top() - 1.0,
                "{what}: a column label {label:?} rises above its band {:?}",
                grid.header
            );
        }
        let highest = mine.iter().map(|r| r.top()).fold(f32::INFINITY, f32::min);
        assert!(
            highest - grid.header.top() <= 4.0,
            "{what}: {:.0} px empty above the column labels",
            highest - grid.header.top()
        );
        // Row labels: upright text left of the first cell, level with a row.
        let row_labels: Vec<Rect> = shapes
            .iter()
            .filter(|t| t.angle == 0.0)
            .filter(|t| is_row_label(t.galley.text(), &row_names))
            .map(TextShape::visual_bounding_rect)
            .filter(|r| {
                (grid.cells.top()..=grid.cells.bottom()).contains(&r.center().y)
                    && r.center().x < grid.cells.left()
                    && r.center().x > grid.header.left()
            })
            .collect();
        assert!(!row_labels.is_empty(), "{what}: no row labels");
        for label in row_labels {
            assert!(
                label.right() <= grid.cells.left(),
                "{what}: a row label {label:?} runs into the cells at {}",
                grid.cells.left()
            );
        }
    }
    grids.len()
}

#[test]
fn column_and_row_labels_stay_clear_of_the_cells_at_every_size() {
    for (width, height) in [(1280.0, 720.0), (1920.0, 1080.0), (1024.0, 768.0)] {
        let mut harness = demo_at(Language::English, Theme::Dark, width, height);
        open_gevoel_by_ondersteuning(&mut harness);
        assert_labels_clear_of_cells(&harness, &format!("{width}×{height}"));
    }
}

#[test]
fn compared_cross_tabs_keep_their_labels_clear_too() {
    // The demo's first finding compares a cross-tab: two narrower grids.
    let mut harness = demo_at(Language::Dutch, Theme::Light, 1280.0, 720.0);
    let first = harness.state().project().findings[0].clone();
    let findings = harness.state().strings().findings;
    harness.get_by_label(findings).click();
    harness.run();
    harness.get_by_label(&first.title).click();
    harness.run();
    let grids = assert_labels_clear_of_cells(&harness, "the first finding");
    assert_eq!(grids, 2, "baseline and selection");
    // Both at the same scale: the same cells, the same band.
    let drawn = crosstabs_drawn(&harness.ctx);
    let size = |r: Rect| (r.width().round(), r.height().round());
    assert_eq!(size(drawn[0].cells), size(drawn[1].cells));
    assert_eq!(size(drawn[0].header), size(drawn[1].header));
}

#[test]
fn painted_cell_numbers_read_on_their_cells_in_every_theme() {
    for theme in THEMES {
        let mut harness = demo_at(Language::Dutch, theme, 1400.0, 900.0);
        open_gevoel_by_ondersteuning(&mut harness);
        let grid = crosstabs_drawn(&harness.ctx)[0];
        let fills: Vec<(Rect, Color32)> = harness
            .output()
            .shapes
            .iter()
            .filter_map(|c| match &c.shape {
                Shape::Rect(r) if r.fill.a() == 255 && grid.cells.contains_rect(r.rect) => {
                    Some((r.rect, r.fill))
                }
                _ => None,
            })
            .collect();
        let mut checked = 0;
        for text in texts(&harness) {
            let centre = text.visual_bounding_rect().center();
            let Some((_, fill)) = fills.iter().find(|(rect, _)| rect.contains(centre)) else {
                continue;
            };
            let colour = text.galley.job.sections[0].format.color;
            let ratio = contrast_ratio(colour, *fill);
            assert!(ratio >= MIN_TEXT_CONTRAST, "{theme:?}: {ratio:.2}:1");
            checked += 1;
        }
        assert!(checked >= 12 * 8, "{theme:?}: only {checked} cell numbers");
    }
}
