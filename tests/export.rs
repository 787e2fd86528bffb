//! Chart export: every chart kind of the demo as SVG (parsed as XML, with
//! its labels) and PNG (decoded, with the expected size and colours), a
//! comparison with a selection, a too-few panel, escaping, and the CLI's
//! `--svg` / `--png`.

mod bars;
mod cooccur;
mod pairs;
mod slide;
mod snapshot;

use std::collections::HashSet;
use std::process::{Command, Output};
use std::sync::OnceLock;

use storylens::charts::dots::DOT_LIMIT;
use storylens::charts::{self, ChartData, ChartSpec, Populations};
use storylens::demo::{self, ids};
use storylens::export::{
    Anchor, Baseline, DENSITY_THRESHOLD, ExportOptions, Item, Rgba, Scene, fonts, palette,
    png_from_scene, scene_from_chart, svg_from_scene,
};
use storylens::i18n::{Language, format_count};
use storylens::model::{Dataset, QuestionId, Selection};

fn dataset() -> &'static Dataset {
    static DATASET: OnceLock<Dataset> = OnceLock::new();
    DATASET.get_or_init(demo::demo_dataset)
}

/// The chart of a demo question; `selection` picks rows for a second panel.
fn chart(question: &str, selection: Option<fn(usize) -> bool>) -> ChartData {
    let d = dataset();
    let populations = Populations {
        whole: d.all(),
        selection: selection.map(|pick| Selection::from_fn(d.len(), pick)),
    };
    charts::compute(&ChartSpec::new(QuestionId::new(question)), d, &populations).unwrap()
}

fn scene(data: &ChartData, language: Language) -> Scene {
    let options = ExportOptions {
        source: demo::DEMO_NAME.to_owned(),
        ..ExportOptions::new(language)
    };
    let scene = scene_from_chart(data, &options);
    assert_text_fits(&scene);
    scene
}

/// The box a text item covers: its measured width, from the capitals'
/// top (plus accents) to the descenders.
fn text_box(text: &storylens::export::Text) -> [f32; 4] {
    let width = fonts::text_width(&text.text, text.size_px, text.weight);
    let cap = fonts::cap_height_em() * text.size_px;
    let baseline = match text.baseline {
        Baseline::Alphabetic => text.position.y,
        Baseline::Middle => text.position.y + cap / 2.0,
        Baseline::Top => text.position.y + cap,
    };
    let left = match text.anchor {
        Anchor::Start => text.position.x,
        Anchor::Middle => text.position.x - width / 2.0,
        Anchor::End => text.position.x - width,
    };
    [
        left,
        baseline - cap - 0.08 * text.size_px,
        left + width,
        baseline + 0.22 * text.size_px,
    ]
}

/// Every text lies inside the picture and no two texts overlap.
fn assert_text_fits(scene: &Scene) {
    let boxes: Vec<_> = scene
        .texts()
        .filter(|t| t.rotation_deg.is_none())
        .map(|t| (t.text.as_str(), text_box(t)))
        .collect();
    for (text, [x0, y0, x1, y1]) in &boxes {
        assert!(
            *x0 >= 0.0 && *y0 >= 0.0 && *x1 <= scene.width_px && *y1 <= scene.height_px,
            "{text:?} leaves the picture: {:?}",
            [x0, y0, x1, y1]
        );
    }
    for (i, (a, [ax0, ay0, ax1, ay1])) in boxes.iter().enumerate() {
        for (b, [bx0, by0, bx1, by1]) in &boxes[i + 1..] {
            let overlap = ax0 < bx1 && bx0 < ax1 && ay0 < by1 && by0 < ay1;
            assert!(!overlap, "{a:?} overlaps {b:?}");
        }
    }
}

/// The SVG's text content, after checking that it is well-formed XML.
fn svg_text(data: &ChartData, language: Language) -> String {
    let svg = svg_from_scene(&scene(data, language));
    let document = roxmltree::Document::parse(&svg).expect("the SVG is well-formed XML");
    document
        .descendants()
        .filter(|node| node.has_tag_name("text"))
        .filter_map(|node| node.text())
        .collect::<Vec<_>>()
        .join("\n")
}

struct Image {
    width: u32,
    height: u32,
    rgba: Vec<u8>,
}

impl Image {
    fn decode(bytes: &[u8]) -> Self {
        let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
        let mut reader = decoder.read_info().expect("a PNG header");
        let mut rgba = vec![0; reader.output_buffer_size().unwrap()];
        let info = reader.next_frame(&mut rgba).expect("PNG pixels");
        assert_eq!(info.color_type, png::ColorType::Rgba);
        rgba.truncate(info.buffer_size());
        Self {
            width: info.width,
            height: info.height,
            rgba,
        }
    }

    fn pixels(&self) -> impl Iterator<Item = [u8; 4]> + '_ {
        self.rgba.chunks_exact(4).map(|p| [p[0], p[1], p[2], p[3]])
    }

    fn distinct_colours(&self) -> usize {
        self.pixels().collect::<HashSet<_>>().len()
    }

    /// Pixels within a few levels of `colour` (opaque).
    fn count_of(&self, colour: Rgba) -> usize {
        let near = |a: u8, b: u8| a.abs_diff(b) <= 3;
        self.pixels()
            .filter(|p| near(p[0], colour.r) && near(p[1], colour.g) && near(p[2], colour.b))
            .count()
    }
}

fn png(data: &ChartData, language: Language, scale: f32) -> (Scene, Image) {
    let scene = scene(data, language);
    let image = Image::decode(&png_from_scene(&scene, scale).unwrap());
    (scene, image)
}

fn assert_contains_all(text: &str, expected: &[&str]) {
    for e in expected {
        assert!(text.contains(e), "missing {e:?} in:\n{text}");
    }
}

/// Renders every chart kind to `$STORYLENS_EXPORT_PREVIEW/export-*.png`
/// when that variable names a folder, for looking at them.
fn preview(name: &str, data: &ChartData, language: Language) {
    if let Some(dir) = std::env::var_os("STORYLENS_EXPORT_PREVIEW") {
        let bytes = png_from_scene(&scene(data, language), 1.0).unwrap();
        std::fs::write(
            std::path::Path::new(&dir).join(format!("export-{name}.png")),
            bytes,
        )
        .unwrap();
    }
}

#[test]
fn triad_svg_and_png_hold_title_corners_and_n() {
    let data = chart(ids::WIE_AAN_ZET, None);
    let text = svg_text(&data, Language::Dutch);
    let n = format!("n = {}", format_count(Language::Dutch, data.whole.n));
    assert_contains_all(
        &text,
        &[
            "Wie was aan zet?",
            "het kind",
            "de school",
            "de ouders",
            "Alle verhalen",
            &n,
            "geometrisch gemiddelde",
            "Bron: Demo",
        ],
    );
    let (_, image) = png(&data, Language::Dutch, 2.0);
    assert_eq!(image.width, 2400);
    assert!(
        image.distinct_colours() >= 50,
        "{}",
        image.distinct_colours()
    );
    assert!(
        image.count_of(palette::MEAN) > 50,
        "the geometric mean is drawn"
    );
    preview("triad-nl", &data, Language::Dutch);
    preview("triad-en", &data, Language::English);
}

#[test]
fn slider_histogram_has_poles_ticks_and_whole_set_blue() {
    let data = chart(ids::VOORBEELD, None);
    let text = svg_text(&data, Language::English);
    let n = format!("n = {}", format_count(Language::English, data.whole.n));
    assert_contains_all(
        &text,
        &[
            "Voorbeeld van goed onderwijs",
            "Absoluut niet",
            "Zeker wel",
            "All stories",
            &n,
            "mean",
            "median",
            "sd = ",
            "0\n",
            "100",
        ],
    );
    let (scene, image) = png(&data, Language::English, 1.0);
    assert_eq!((image.width, image.height), (1200, scene.height_px as u32));
    assert!(
        image.count_of(palette::WHOLE) > 5000,
        "the bars are whole-set blue"
    );
    preview("slider-en", &data, Language::English);
    preview("slider-nl", &data, Language::Dutch);
}

#[test]
fn single_and_multi_choice_bars_name_every_option() {
    let single = chart(ids::ROLSOORT, None);
    let text = svg_text(&single, Language::Dutch);
    assert_contains_all(
        &text,
        &["Uw rolsoort", "ouder/verzorger", "schooldirectie", "% ("],
    );
    assert!(!text.contains("Meerdere antwoorden"));
    let multi = chart(ids::GEVOEL, None);
    let text = svg_text(&multi, Language::Dutch);
    assert_contains_all(
        &text,
        &[
            "Gevoel",
            "tevredenheid",
            "zorgen",
            "Meerdere antwoorden mogelijk",
        ],
    );
    let (_, image) = png(&multi, Language::Dutch, 2.0);
    assert!(image.count_of(palette::WHOLE) > 10_000);
    preview("single-nl", &single, Language::Dutch);
    preview("multi-nl", &multi, Language::Dutch);
    preview("multi-en", &multi, Language::English);
}

#[test]
fn comparison_draws_the_selection_beside_the_whole_set() {
    for (name, question) in [
        ("triad", ids::WIE_AAN_ZET),
        ("slider", ids::MANIER),
        ("single", ids::GEVOLGEN),
        ("multi", ids::GEVOEL),
    ] {
        let data = chart(question, Some(|row| row % 3 == 0));
        let selection_n = data.selection.as_ref().unwrap().n;
        let text = svg_text(&data, Language::Dutch);
        assert_contains_all(
            &text,
            &[
                "Alle verhalen",
                "Selectie",
                &format!(
                    "n = {}",
                    storylens::i18n::format_count(Language::Dutch, selection_n)
                ),
            ],
        );
        let (_, image) = png(&data, Language::Dutch, 1.0);
        assert!(
            image.count_of(palette::WHOLE) > 100,
            "{name}: whole set in blue"
        );
        for width_px in [640.0, 1920.0] {
            let options = ExportOptions {
                width_px,
                ..ExportOptions::new(Language::English)
            };
            assert_text_fits(&scene_from_chart(&data, &options));
        }
        preview(&format!("{name}-selection-nl"), &data, Language::Dutch);
        preview(&format!("{name}-selection-en"), &data, Language::English);
    }
}

#[test]
fn a_panel_with_too_few_stories_says_so_instead_of_a_chart() {
    let data = chart(ids::VOORBEELD, Some(|row| row < 7));
    assert!(data.selection.as_ref().unwrap().too_few);
    let text = svg_text(&data, Language::Dutch);
    assert!(text.contains("Te weinig verhalen (n = 7)"), "{text}");
    assert!(svg_text(&data, Language::English).contains("Too few stories (n = 7)"));
    preview("slider-too-few-nl", &data, Language::Dutch);
}

#[test]
fn labels_from_the_data_come_out_as_text_not_markup() {
    let mut data = chart(ids::ROLSOORT, None);
    data.title = "<script>&\"'</script>".to_owned();
    let svg = svg_from_scene(&scene(&data, Language::Dutch));
    assert!(!svg.contains("<script>"));
    let text = svg_text(&data, Language::Dutch);
    assert!(text.contains("<script>&\"'</script>"), "{text}");
}

fn storylens(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_storylens"))
        .args(args)
        .output()
        .expect("the storylens binary runs")
}

#[test]
fn cli_writes_png_and_svg_files() {
    let dir = std::env::temp_dir().join(format!("storylens-export-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let png_path = dir.join("gevoel.png");
    let svg_path = dir.join("gevoel.svg");
    for (flag, path) in [("--png", &png_path), ("--svg", &svg_path)] {
        let output = storylens(&[
            "chart",
            "--demo",
            "--question",
            "Gevoel",
            flag,
            path.to_str().unwrap(),
        ]);
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        assert!(String::from_utf8_lossy(&output.stdout).lines().count() <= 1);
    }
    let image = Image::decode(&std::fs::read(&png_path).unwrap());
    assert_eq!(image.width, 2400);
    let svg = std::fs::read_to_string(&svg_path).unwrap();
    assert!(roxmltree::Document::parse(&svg).is_ok());
    assert!(svg.contains("tevredenheid"));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn cli_bad_output_path_is_one_sentence_and_exit_1() {
    let output = storylens(&[
        "chart",
        "--demo",
        "--question",
        "Gevoel",
        "--png",
        "/no/such/folder/x.png",
    ]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.contains("/no/such/folder/x.png") && stderr.contains("folder does not exist"),
        "{stderr}"
    );
    let output = storylens(&[
        "chart",
        "--demo",
        "--question",
        "Gevoel",
        "--png",
        "a.png",
        "--json",
    ]);
    assert_eq!(
        output.status.code(),
        Some(2),
        "--json and --png exclude each other"
    );
}

#[test]
fn long_labels_are_wrapped_or_shortened_inside_their_boxes() {
    let long = "een heel lang antwoord dat op geen enkele manier op één regel past, hoe breed het venster ook is";
    for question in [ids::ROLSOORT, ids::WIE_AAN_ZET, ids::VOORBEELD] {
        let mut data = chart(question, Some(|row| row % 2 == 0));
        data.title = format!("{long} — {long}");
        match &mut data.kind {
            storylens::model::QuestionKind::SingleChoice { options, .. } => {
                options[0] = long.to_owned()
            }
            storylens::model::QuestionKind::Triad { top, left, right } => {
                for corner in [top, left, right] {
                    *corner = long.to_owned();
                }
            }
            storylens::model::QuestionKind::Slider { left, right } => {
                *left = long.to_owned();
                *right = "Onderwijsondersteuningsvoorzieningsbeleidsmedewerkersoverleg".to_owned();
            }
            _ => unreachable!(),
        }
        for panel in [&mut data.whole].into_iter().chain(data.selection.as_mut()) {
            if let storylens::charts::PanelKind::Bars(bars) = &mut panel.chart {
                bars.labels[0] = long.to_owned();
            }
        }
        // `scene` checks that every text fits and none overlaps.
        let scene = scene(&data, Language::Dutch);
        assert!(
            scene.texts().any(|t| t.text.ends_with('…')),
            "{question}: something was shortened"
        );
        preview(&format!("long-{question}"), &data, Language::Dutch);
    }
}

#[test]
fn many_triad_points_become_density_shading() {
    let big = demo::tiled_answers(DENSITY_THRESHOLD * 4);
    let data = charts::compute(
        &ChartSpec::new(QuestionId::new(ids::WIE_AAN_ZET)),
        &big,
        &Populations::all(&big),
    )
    .unwrap();
    let scene = scene(&data, Language::English);
    let circles = scene
        .items
        .iter()
        .filter(|i| matches!(i, Item::Circle(_)))
        .count();
    assert!(circles <= 4, "means only, no dots: {circles}");
    assert!(
        scene
            .items
            .iter()
            .filter(|i| matches!(i, Item::Polygon(_)))
            .count()
            > 100
    );
    assert!(
        scene
            .texts()
            .any(|t| t.text.starts_with("Shading: the darker"))
    );
    let image = Image::decode(&png_from_scene(&scene, 1.0).unwrap());
    assert!(image.distinct_colours() >= 50);
    preview("triad-density-en", &data, Language::English);
}

#[test]
fn past_the_dot_limit_groups_draw_a_stated_sample() {
    let big = demo::tiled_answers(DOT_LIMIT * 6);
    let spec = ChartSpec::pair(
        QuestionId::new(ids::WIE_AAN_ZET),
        QuestionId::new(ids::ROLSOORT),
    );
    let data = charts::compute(&spec, &big, &Populations::all(&big)).unwrap();
    let scene = scene(&data, Language::English);
    let dots = scene
        .items
        .iter()
        .filter(|i| matches!(i, Item::Circle(c) if c.radius_px < 3.0))
        .count();
    assert!((DOT_LIMIT - 10..=DOT_LIMIT).contains(&dots), "{dots} dots");
    let text: String = scene.texts().map(|t| format!("{} ", t.text)).collect();
    let note = format!(
        "Dots: an even sample of 5,000 of {} stories",
        format_count(Language::English, data.whole.n)
    );
    assert!(text.contains(&note), "{text}");
    preview("triad-groups-sample-en", &data, Language::English);
}

#[test]
#[should_panic(expected = "overlaps")]
fn the_overlap_check_catches_overlapping_text() {
    let mut scene = Scene::new(400.0, 100.0, Rgba::WHITE);
    let black = Rgba::rgb(0, 0, 0);
    let at = storylens::export::pt;
    scene.push(storylens::export::Text::new(
        "Alle verhalen",
        at(10.0, 50.0),
        16.0,
        black,
    ));
    scene.push(storylens::export::Text::new(
        "n = 2.000",
        at(80.0, 54.0),
        16.0,
        black,
    ));
    assert_text_fits(&scene);
}

/// The zone of a composition, by the rules of `model::TriadZone` written
/// out again: 0–2 corners, 3–5 edges (top-left, left-right, top-right),
/// 6 the centre.
fn zone_index(w: [f64; 3]) -> usize {
    let total: f64 = w.iter().sum();
    let w = w.map(|v| v / total);
    let eps = 1e-9;
    if let Some(corner) = (0..3).find(|&i| w[i] >= 2.0 / 3.0 - eps) {
        return corner;
    }
    if w.iter().all(|&v| v >= 1.0 / 6.0 - eps) {
        return 6;
    }
    let smallest = (0..3).min_by(|&a, &b| w[a].total_cmp(&w[b])).unwrap();
    // Opposite the smallest corner: right → top-left, top → left-right,
    // left → top-right.
    [4, 5, 3][smallest]
}

#[test]
fn a_triad_with_zones_exports_their_counts_and_the_confidence_region() {
    let d = dataset();
    let mut spec = ChartSpec::new(QuestionId::new(ids::WIE_AAN_ZET));
    spec.options.show_zones = true;
    let data = charts::compute(&spec, d, &Populations::all(d)).unwrap();
    let storylens::charts::PanelKind::Triad(triad) = &data.whole.chart else {
        panic!("a triad")
    };
    let mut counts = [0usize; 7];
    let Some((_, storylens::model::Column::Triad(column))) =
        d.question(&QuestionId::new(ids::WIE_AAN_ZET))
    else {
        panic!()
    };
    for row in 0..column.len() {
        if let Some(w) = column.get(row) {
            counts[zone_index(w)] += 1;
        }
    }
    let n: usize = counts.iter().sum();
    assert_eq!(n, data.whole.n);
    let svg = svg_from_scene(&scene(&data, Language::Dutch));
    let document = roxmltree::Document::parse(&svg).unwrap();
    let texts: Vec<&str> = document
        .descendants()
        .filter(|node| node.has_tag_name("text"))
        .filter_map(|node| node.text())
        .collect();
    for count in counts {
        let label = format!(
            "{} ({}%)",
            format_count(Language::Dutch, count),
            storylens::i18n::format_decimal(Language::Dutch, 100.0 * count as f64 / n as f64, 1)
        );
        assert!(texts.contains(&label.as_str()), "{label} not in the SVG");
    }
    // The confidence region: a closed polygon in the mean's colour with a
    // point per 5 degrees, around the geometric mean.
    let mean = format!(
        "#{:02x}{:02x}{:02x}",
        palette::MEAN.r,
        palette::MEAN.g,
        palette::MEAN.b
    );
    let region: Vec<_> = document
        .descendants()
        .filter(|node| node.has_tag_name("polygon"))
        .filter(|node| {
            node.attribute("stroke")
                .is_some_and(|s| s.eq_ignore_ascii_case(&mean))
        })
        .collect();
    assert_eq!(region.len(), 1, "one confidence outline");
    let points = region[0]
        .attribute("points")
        .unwrap()
        .split_whitespace()
        .count();
    assert_eq!(points, 72);
    assert_eq!(triad.confidence_region.as_ref().map(Vec::len), Some(72));
    assert!(svg_text(&data, Language::Dutch).contains("95%-betrouwbaarheidsgebied"));
    // Without zones asked for, no zone labels.
    let plain = chart(ids::WIE_AAN_ZET, None);
    let storylens::charts::PanelKind::Triad(plain_triad) = &plain.whole.chart else {
        panic!()
    };
    assert!(plain_triad.zones.is_empty());
}
