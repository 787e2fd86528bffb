//! Cross-tab cells outlined by Holm-corrected p, and a multiple choice by
//! itself (co-occurrence): in `chart --json`, in the scene every export
//! draws from, and as SVG/PNG.

use serde_json::Value;
use storylens::charts::{self, ChartSpec, Mark, PanelKind, Populations};
use storylens::demo::ids;
use storylens::export::{ExportOptions, Item, Scene, scene_from_chart};
use storylens::i18n::Language;
use storylens::model::QuestionId;

use super::{assert_contains_all, dataset, png, storylens, svg_text};

/// The scene of `spec` over every demo story, in Dutch.
fn scene_of(spec: &ChartSpec) -> Scene {
    let d = dataset();
    let data = charts::compute(spec, d, &Populations::all(d)).unwrap();
    scene_from_chart(&data, &ExportOptions::new(Language::Dutch))
}

/// The cells drawn outlined: the cell hits whose area holds an outlined
/// rectangle, as (row, column) marks.
fn outlined_cells(scene: &Scene) -> Vec<(usize, usize)> {
    let outlined: Vec<_> = scene
        .items
        .iter()
        .filter_map(|item| match item {
            Item::Rect(r) if r.stroke.is_some() && r.fill.is_some() => Some(r),
            _ => None,
        })
        .collect();
    let mut cells: Vec<(usize, usize)> = scene
        .hits
        .iter()
        .filter_map(|hit| match hit.mark {
            Mark::Cell { row, column } => Some((hit, row, column)),
            _ => None,
        })
        .filter(|(hit, _, _)| {
            outlined.iter().any(|r| {
                let centre = storylens::export::pt(r.x + r.width_px / 2.0, r.y + r.height_px / 2.0);
                hit.area.contains(centre)
            })
        })
        .map(|(_, row, column)| (row, column))
        .collect();
    cells.sort_unstable();
    cells
}

#[test]
fn the_holm_option_outlines_only_the_cells_whose_corrected_p_is_small() {
    // Regio × Onderwijssoort: three cells reach |z| ≥ 1.96, none survives
    // Holm's correction over the 60 cells.
    let mut spec = ChartSpec::pair(
        QuestionId::new(ids::REGIO),
        QuestionId::new(ids::ONDERWIJSSOORT),
    );
    let by_z = outlined_cells(&scene_of(&spec));
    assert_eq!(by_z.len(), 3, "{by_z:?}");
    spec.options.outline_holm = true;
    let scene = scene_of(&spec);
    assert_eq!(outlined_cells(&scene), vec![], "none survive Holm");
    let legend: Vec<&str> = scene.texts().map(|t| t.text.as_str()).collect();
    assert!(
        legend.contains(&"omlijnd: Holm-gecorrigeerde p < 0,05"),
        "{legend:?}"
    );
    assert!(!legend.iter().any(|t| t.contains("1,96")), "{legend:?}");

    // Where some do survive, exactly those are outlined: the cells whose
    // cell_p_holm is below 0.05.
    let mut spec = ChartSpec::pair(
        QuestionId::new(ids::ROLSOORT),
        QuestionId::new(ids::ONDERWIJSSOORT),
    );
    let by_z = outlined_cells(&scene_of(&spec));
    spec.options.outline_holm = true;
    let d = dataset();
    let data = charts::compute(&spec, d, &Populations::all(d)).unwrap();
    let PanelKind::CrossTab(table) = &data.whole.chart else {
        panic!()
    };
    let mut expected = Vec::new();
    for (i, row) in table.cell_p_holm.iter().enumerate() {
        for (j, p) in row.iter().enumerate() {
            if p.is_some_and(|p| p < 0.05) {
                expected.push((i, j));
            }
        }
    }
    let by_holm = outlined_cells(&scene_of(&spec));
    assert_eq!(by_holm, expected);
    assert!(
        !by_holm.is_empty() && by_holm.len() < by_z.len(),
        "{by_holm:?} {by_z:?}"
    );
    assert!(by_holm.iter().all(|cell| by_z.contains(cell)));
}

#[test]
fn a_lift_resting_on_too_few_stories_is_bracketed_uncoloured_and_counted_in_a_note() {
    let d = dataset();
    let q = QuestionId::new(ids::GEVOEL);
    let spec = ChartSpec::pair(q.clone(), q);
    let data = charts::compute(&spec, d, &Populations::all(d)).unwrap();
    let PanelKind::CoOccurrence(co) = &data.whole.chart else {
        panic!()
    };
    // trots × blijdschap is the one pair of the demo expecting fewer than
    // 5 stories together (89 · 104 / 2,000 = 4.6).
    assert_eq!(co.sparse_pairs(), (1, 66));
    let scene = scene_from_chart(&data, &ExportOptions::new(Language::Dutch));
    let texts: Vec<&str> = scene.texts().map(|t| t.text.as_str()).collect();
    assert_eq!(
        texts.iter().filter(|t| **t == "(lift 1,94)").count(),
        2,
        "both cells of the pair: {texts:?}"
    );
    assert!(!texts.contains(&"lift 1,94"), "never also without brackets");
    assert!(
        texts.iter().any(|t| t.contains("(1 van de 66)")),
        "{texts:?}"
    );
    // The bracketed cells have the diagonal's neutral fill; every other
    // off-diagonal cell a colour of the lift's ramp.
    let fill_under = |row: usize, column: usize| {
        let hit = scene
            .hits
            .iter()
            .find(|h| h.mark == Mark::Cell { row, column })
            .unwrap();
        scene
            .items
            .iter()
            .find_map(|item| match item {
                Item::Rect(r)
                    if r.fill.is_some()
                        && hit.area.contains(storylens::export::pt(
                            r.x + r.width_px / 2.0,
                            r.y + r.height_px / 2.0,
                        )) =>
                {
                    r.fill
                }
                _ => None,
            })
            .unwrap()
    };
    assert_eq!(fill_under(2, 3), fill_under(2, 2));
    assert_ne!(fill_under(1, 2), fill_under(2, 2));
    let english = scene_from_chart(&data, &ExportOptions::new(Language::English));
    assert!(
        english
            .texts()
            .any(|t| t.text.contains("fewer than 5 stories together")
                && t.text.contains("(1 of the 66)")),
        "the note in English"
    );
}

#[test]
fn chart_json_and_images_of_gevoel_by_itself() {
    let out = storylens(&[
        "chart",
        "--demo",
        "--question",
        "Gevoel",
        "--by",
        "Gevoel",
        "--json",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    let whole = &json["whole"];
    assert_eq!(whole["chart"], "co_occurrence");
    let options = whole["options"].as_array().unwrap();
    assert_eq!(options.len(), 12);
    let n = whole["n"].as_u64().unwrap();
    assert_eq!(n, 2000);
    let both = whole["both"].as_array().unwrap();
    let lift = whole["lift"].as_array().unwrap();
    let count = |i: usize, j: usize| both[i][j].as_u64().unwrap();
    assert_eq!(lift.len(), 12);
    for (i, lift_row) in lift.iter().enumerate() {
        assert_eq!(lift_row.as_array().unwrap().len(), 12);
        assert!(lift_row[i].is_null(), "no lift on the diagonal");
        for (j, lift_ij) in lift_row.as_array().unwrap().iter().enumerate() {
            assert_eq!(count(i, j), count(j, i), "symmetric");
            assert!(count(i, j) <= count(i, i).min(count(j, j)));
            if i != j {
                // lift = P(i and j) / (P(i) P(j)), from the JSON's own counts.
                let expected = count(i, j) as f64 * n as f64 / (count(i, i) * count(j, j)) as f64;
                let got = lift_ij.as_f64().unwrap();
                assert!(
                    (got - expected).abs() < 1e-12,
                    "{i},{j}: {got} vs {expected}"
                );
            }
        }
    }
    // "tevredenheid" and "hoop" go together; "tevredenheid" and
    // "frustratie" keep apart (the demo's planted pattern).
    assert!(lift[0][1].as_f64().unwrap() > 1.5);
    assert!(lift[0][8].as_f64().unwrap() < 0.5);

    // Unknown options stay an error of one sentence.
    let out = storylens(&["chart", "--demo", "--question", "Gevoel", "--by", "Gevol"]);
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn gevoel_by_itself_draws_counts_lifts_note_and_key_compared_side_by_side() {
    let d = dataset();
    let q = QuestionId::new(ids::GEVOEL);
    let spec = ChartSpec::pair(q.clone(), q);
    let filter =
        storylens::model::parse_filter("\"Uw rolsoort\" = \"ouder/verzorger\"", d.codebook())
            .unwrap();
    let populations = Populations {
        whole: d.all(),
        selection: Some(filter.evaluate(d).unwrap()),
    };
    let data = charts::compute(&spec, d, &populations).unwrap();
    let (PanelKind::CoOccurrence(whole), Some(PanelKind::CoOccurrence(selection))) =
        (&data.whole.chart, data.selection.as_ref().map(|p| &p.chart))
    else {
        panic!("both panels are co-occurrence")
    };
    assert!(selection.both[0][0] < whole.both[0][0]);
    let text = svg_text(&data, Language::Dutch);
    assert_contains_all(
        &text,
        &[
            "tevredenheid",
            "frustratie",
            "lift 1,82",
            "Alle verhalen",
            "Selectie",
            "boven 1 worden de twee vaker samen gekozen",
            "vaker samen dan bij toeval (lift > 1)",
        ],
    );
    let english = svg_text(&data, Language::English);
    assert_contains_all(
        &english,
        &["together more often than by chance", "lift 1.82"],
    );
    let (scene, image) = png(&data, Language::Dutch, 2.0);
    assert!(image.distinct_colours() > 20);
    // One cell mark per pair of options, in each panel.
    let cells = scene
        .hits
        .iter()
        .filter(|h| matches!(h.mark, Mark::Cell { .. }))
        .count();
    assert_eq!(cells, 2 * 12 * 12);
}
