//! Two-question charts — cross-tab, slider by choice, scatter, triad by
//! choice — compared with the selection of stories rated 70 or more as
//! an example of good education: labels, n, the comparison sentence, a PNG
//! of the right size with real content, and no overlapping text.

use storylens::charts::{self, ChartData, ChartSpec, PanelKind, Populations};
use storylens::demo::ids;
use storylens::export::{CellValue, ExportOptions, palette, scene_from_chart};
use storylens::i18n::{Language, format_count};
use storylens::model::{QuestionId, parse_filter};

use super::{Image, assert_contains_all, assert_text_fits, dataset, png, preview, svg_text};

const GOOD_EDUCATION: &str = "\"Voorbeeld van goed onderwijs\" >= 70";

fn pair_chart(question: &str, by: &str) -> ChartData {
    let d = dataset();
    let filter = parse_filter(GOOD_EDUCATION, d.codebook()).unwrap();
    let populations = Populations {
        whole: d.all(),
        selection: Some(filter.evaluate(d).unwrap()),
    };
    let spec = ChartSpec::pair(QuestionId::new(question), QuestionId::new(by));
    charts::compute(&spec, d, &populations).unwrap()
}

/// "n = 1.908" and "n = 416" for both panels.
fn both_n(data: &ChartData, language: Language) -> Vec<String> {
    data.panels()
        .map(|p| format!("n = {}", format_count(language, p.n)))
        .collect()
}

/// The SVG holds `labels`, both n's and the comparison `sentence` (none
/// when the chart has no test of selection against rest); the PNG at 2× is
/// 2400 pixels wide with both populations' colours; previews go to
/// `$STORYLENS_EXPORT_PREVIEW`.
fn check(name: &str, data: &ChartData, labels: &[&str], sentence: Option<&str>, colours: usize) {
    let text = svg_text(data, Language::Dutch);
    let n = both_n(data, Language::Dutch);
    let mut expected: Vec<&str> = labels.to_vec();
    expected.extend(n.iter().map(String::as_str));
    expected.extend(["Alle verhalen", "Selectie"]);
    expected.extend(sentence);
    assert_contains_all(&text, &expected);
    if sentence.is_none() {
        assert!(!text.contains("selectie"), "no comparison sentence: {text}");
    }
    let (scene, image) = png(data, Language::Dutch, 2.0);
    assert_eq!(
        (image.width, image.height),
        (2400, (scene.height_px * 2.0).round() as u32)
    );
    assert!(
        image.distinct_colours() >= colours,
        "{name}: {} colours",
        image.distinct_colours()
    );
    // English lays out too, and at other widths nothing overlaps.
    let english = svg_text(data, Language::English);
    assert_contains_all(&english, &["All stories", "Selection"]);
    for width_px in [800.0, 1600.0] {
        let options = ExportOptions {
            width_px,
            ..ExportOptions::new(Language::English)
        };
        assert_text_fits(&scene_from_chart(data, &options));
    }
    preview(&format!("{name}-nl"), data, Language::Dutch);
    preview(&format!("{name}-en"), data, Language::English);
}

#[test]
fn crosstab_of_two_single_choices_shows_residuals_chi2_and_changed_cells() {
    let data = pair_chart(ids::GROOTSTE_INVLOED_1, ids::GROOTSTE_INVLOED_2);
    assert!(matches!(data.whole.chart, PanelKind::CrossTab(_)));
    check(
        "crosstab-single",
        &data,
        &[
            "Grootste invloed 1 × Grootste invloed 2",
            "ik zelf",
            "samenwerkingsverband",
            "χ² = ",
            "Cramér's V",
            "vaker dan verwacht",
            "minder vaak dan verwacht",
            "omlijnd: |z| ≥ 1,96",
        ],
        Some("Cellen die veranderen: "),
        200,
    );
    let (_, image) = png(&data, Language::Dutch, 1.0);
    let strong_blue = palette::residual_color(4.0);
    assert!(
        image.count_of(strong_blue) > 500,
        "strongly flagged cells are full blue"
    );
    // Row percents are drawn under the counts when asked for.
    let options = ExportOptions {
        cell_value: CellValue::RowPercent,
        ..ExportOptions::new(Language::Dutch)
    };
    let scene = scene_from_chart(&data, &options);
    assert_text_fits(&scene);
    assert!(scene.texts().filter(|t| t.text.ends_with('%')).count() >= 81);
    preview_scene("crosstab-rowpercent-nl", &scene);
}

#[test]
fn crosstab_with_a_multiple_choice_question_says_cells_count_mentions() {
    let data = pair_chart(ids::GEVOEL, ids::ONDERSTEUNING);
    check(
        "crosstab-multi",
        &data,
        &[
            "Gevoel × Ondersteuning",
            "tevredenheid",
            "onmacht",
            "cellen tellen vermeldingen",
        ],
        Some("Cellen die veranderen: "),
        200,
    );
    assert!(!svg_text(&data, Language::Dutch).contains("Cramér"));
}

#[test]
fn slider_by_choice_shows_boxes_per_option_and_kruskal_wallis() {
    let data = pair_chart(ids::MANIER, ids::HEEFT_TE_MAKEN_MET);
    check(
        "groups",
        &data,
        &[
            "De manier waarop × Heeft te maken met",
            "relaties",
            "systeem",
            "onacceptabel",
            "perfect",
            "Kruskal–Wallis H = ",
            "mediaan",
            // Four stories about relations in the selection: too few.
            "Te weinig verhalen (n = 4)",
        ],
        Some("De selectie verschilt van de rest: Mann–Whitney U = "),
        200,
    );
    let (_, image) = png(&data, Language::Dutch, 1.0);
    assert!(image.count_of(palette::MEDIAN) > 100, "median bars");
}

#[test]
fn slider_by_slider_is_a_scatter_with_poles_and_spearman() {
    let data = pair_chart(ids::VOORBEELD, ids::MANIER);
    check(
        "scatter",
        &data,
        &[
            "Voorbeeld van goed onderwijs × De manier waarop",
            "Absoluut niet",
            "Zeker wel",
            "onacceptabel",
            "perfect",
            "Spearman ρ = ",
        ],
        None,
        100,
    );
}

#[test]
fn triad_by_choice_colours_each_option_with_its_mean_and_a_legend() {
    let data = pair_chart(ids::WIE_AAN_ZET, ids::ROLSOORT);
    check(
        "triad-groups",
        &data,
        &[
            "Wie was aan zet? × Uw rolsoort",
            "het kind",
            "ouder/verzorger",
            "schooldirectie",
            "geometrisch gemiddelde per optie",
        ],
        None,
        200,
    );
    let (_, image) = png(&data, Language::Dutch, 1.0);
    for k in 0..6 {
        let colour = palette::category(k);
        assert!(image.count_of(colour) > 20, "option {k} in its colour");
    }
}

#[test]
fn a_pair_panel_with_too_few_stories_says_so() {
    let d = dataset();
    let populations = Populations {
        whole: d.all(),
        selection: Some(storylens::model::Selection::from_fn(d.len(), |row| row < 7)),
    };
    for (question, by) in [
        (ids::GROOTSTE_INVLOED_1, ids::ROLSOORT),
        (ids::MANIER, ids::HEEFT_TE_MAKEN_MET),
        (ids::VOORBEELD, ids::MANIER),
        (ids::WIE_AAN_ZET, ids::ROLSOORT),
    ] {
        let spec = ChartSpec::pair(QuestionId::new(question), QuestionId::new(by));
        let data = charts::compute(&spec, d, &populations).unwrap();
        let selection = data.selection.as_ref().unwrap();
        assert!(selection.too_few);
        let expected = format!("Te weinig verhalen (n = {})", selection.n);
        assert!(svg_text(&data, Language::Dutch).contains(&expected));
    }
}

fn preview_scene(name: &str, scene: &storylens::export::Scene) {
    if let Some(dir) = std::env::var_os("STORYLENS_EXPORT_PREVIEW") {
        let bytes = storylens::export::png_from_scene(scene, 1.0).unwrap();
        let image = Image::decode(&bytes);
        assert!(image.width > 0);
        std::fs::write(
            std::path::Path::new(&dir).join(format!("export-{name}.png")),
            bytes,
        )
        .unwrap();
    }
}
