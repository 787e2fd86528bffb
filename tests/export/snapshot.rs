//! Annotated snapshots of findings: every demo finding lays out without
//! overlapping text and holds its title, the "what we saw" heading and
//! text, and the selection in words; redactions apply to quoted stories;
//! the CLI writes PNG and SVG and explains a wrong finding or a missing
//! data file in one sentence.

use std::path::{Path, PathBuf};
use std::process::Output;

use storylens::demo::{demo_project, ids};
use storylens::export::{Scene, SnapshotOptions, png_from_scene, snapshot_scene, svg_from_scene};
use storylens::i18n::Language;
use storylens::model::{StoryId, describe};
use storylens::project::{self, Finding, FindingId, Project, Redaction, SourceRef};

use super::{Image, assert_text_fits, dataset, storylens};

fn options(language: Language) -> SnapshotOptions {
    SnapshotOptions {
        language,
        width_px: 1400.0,
        date: "2025-05-12".to_owned(),
    }
}

fn snapshot(project: &Project, finding: &Finding, language: Language) -> Scene {
    let scene = snapshot_scene(project, finding, dataset(), &options(language)).unwrap();
    assert_text_fits(&scene);
    scene
}

/// The SVG's texts joined by spaces (wrapped lines read as one text),
/// after checking that it is well-formed XML.
fn svg_words(scene: &Scene) -> String {
    let svg = svg_from_scene(scene);
    let document = roxmltree::Document::parse(&svg).expect("well-formed SVG");
    document
        .descendants()
        .filter(|node| node.has_tag_name("text"))
        .filter_map(|node| node.text())
        .collect::<Vec<_>>()
        .join(" ")
}

fn first_words(text: &str, n: usize) -> String {
    text.split_whitespace()
        .take(n)
        .collect::<Vec<_>>()
        .join(" ")
}

fn preview(name: &str, scene: &Scene) {
    if let Some(dir) = std::env::var_os("STORYLENS_EXPORT_PREVIEW") {
        let bytes = png_from_scene(scene, 1.0).unwrap();
        std::fs::write(Path::new(&dir).join(format!("export-{name}.png")), bytes).unwrap();
    }
}

#[test]
fn every_demo_finding_has_title_texts_selection_and_footer() {
    let project = demo_project();
    assert!(!project.findings.is_empty());
    for finding in &project.findings {
        for (language, saw_heading) in [
            (Language::Dutch, "Wat zagen we?"),
            (Language::English, "What did we see?"),
        ] {
            let scene = snapshot(&project, finding, language);
            let words = svg_words(&scene);
            let selection = describe(&finding.selection.filter, dataset().codebook(), language);
            for expected in [
                finding.title.as_str(),
                saw_heading,
                &first_words(&finding.saw, 6),
                &first_words(&finding.see_now, 6),
                &selection,
                &first_words(&finding.proposals[0], 6),
                "2025-05-12",
                "Demo: Ervaringen met passend onderwijs",
            ] {
                assert!(
                    words.contains(expected),
                    "finding {}: missing {expected:?} in {words}",
                    finding.id
                );
            }
            let code = if language == Language::Dutch {
                "nl"
            } else {
                "en"
            };
            preview(&format!("snapshot-{}-{code}", finding.id), &scene);
        }
    }
}

#[test]
fn a_snapshot_png_is_twice_the_scene_and_not_blank() {
    let project = demo_project();
    let finding = project.finding(FindingId(3)).unwrap();
    let scene = snapshot(&project, finding, Language::Dutch);
    let image = Image::decode(&png_from_scene(&scene, 2.0).unwrap());
    assert_eq!(
        (image.width, image.height),
        (2800, (scene.height_px * 2.0).round() as u32)
    );
    assert!(
        image.distinct_colours() >= 200,
        "{}",
        image.distinct_colours()
    );
}

#[test]
fn quoted_stories_are_redacted() {
    let mut project = demo_project();
    let finding = project.finding(FindingId(1)).unwrap().clone();
    let quote = &finding.quotes[0];
    let original = first_words(&quote.excerpt, 2);
    project.redactions.push(Redaction {
        story_id: quote.story_id.clone(),
        original: original.clone(),
        placeholder: "[naam]".to_owned(),
    });
    // A redaction of another story leaves this one alone.
    project.redactions.push(Redaction {
        story_id: StoryId("V9999".into()),
        original: "plan".to_owned(),
        placeholder: "[weg]".to_owned(),
    });
    let words = svg_words(&snapshot(&project, &finding, Language::Dutch));
    assert!(words.contains("[naam]"), "{words}");
    assert!(!words.contains(&original), "{original:?} is redacted");
    assert!(!words.contains("[weg]"));
}

#[test]
fn a_finding_on_a_pair_the_demo_findings_lack_still_lays_out() {
    // The demo findings are cross-tabs and slider-by-choice charts; the
    // scatter and the triad by choice get a finding of their own here.
    let mut project = demo_project();
    let template = project.finding(FindingId(1)).unwrap().clone();
    for (question, by) in [
        (ids::VOORBEELD, ids::MANIER),
        (ids::WIE_AAN_ZET, ids::ROLSOORT),
    ] {
        let mut finding = template.clone();
        finding.chart.question = storylens::model::QuestionId::new(question);
        finding.chart.by = Some(storylens::model::QuestionId::new(by));
        finding.proposals.clear();
        finding.quotes.clear();
        project.findings.push(finding.clone());
        let words = svg_words(&snapshot(&project, &finding, Language::English));
        assert!(words.contains("What do we see now?"), "{words}");
    }
}

fn temp_dir(name: &str) -> PathBuf {
    let dir =
        std::env::temp_dir().join(format!("storylens-snapshot-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn assert_one_sentence_exit_1(output: &Output, expected: &[&str]) {
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(stderr.trim_end().lines().count(), 1, "{stderr}");
    for e in expected {
        assert!(stderr.contains(e), "missing {e:?} in {stderr}");
    }
}

#[test]
fn cli_writes_a_finding_as_png_and_svg() {
    let dir = temp_dir("cli");
    let png_path = dir.join("finding-1.png");
    let svg_path = dir.join("finding-1.svg");
    for (path, language) in [(&png_path, "nl"), (&svg_path, "en")] {
        let output = storylens(&[
            "snapshot",
            "--demo",
            "--finding",
            "1",
            "--out",
            path.to_str().unwrap(),
            "--language",
            language,
        ]);
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        assert!(String::from_utf8_lossy(&output.stdout).contains("finding-1"));
    }
    let image = Image::decode(&std::fs::read(&png_path).unwrap());
    assert_eq!(image.width, 2800, "2× for projectors");
    let svg = std::fs::read_to_string(&svg_path).unwrap();
    assert!(roxmltree::Document::parse(&svg).is_ok());
    assert!(svg.contains("What did we see?") && svg.contains("Tevredenheid overheerst"));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn cli_unknown_finding_lists_the_findings_in_one_sentence() {
    let output = storylens(&[
        "snapshot",
        "--demo",
        "--finding",
        "42",
        "--out",
        "/tmp/x.png",
    ]);
    assert_one_sentence_exit_1(&output, &["no finding 42", "1, 2, 3, 4, 5, 6, 7, 8, 9"]);
    let output = storylens(&[
        "snapshot",
        "--demo",
        "--finding",
        "1",
        "--out",
        "/tmp/x.jpg",
    ]);
    assert_one_sentence_exit_1(&output, &["x.jpg", ".png or .svg"]);
}

#[test]
fn cli_reads_a_project_file_with_embedded_data_or_names_its_missing_source() {
    let dir = temp_dir("project");
    let mut project = demo_project();
    project.embed(dataset());
    let embedded = dir.join("embedded.storylens");
    project::save(&project, &embedded).unwrap();
    let out = dir.join("f5.svg");
    let output = storylens(&[
        "snapshot",
        embedded.to_str().unwrap(),
        "--finding",
        "5",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        std::fs::read_to_string(&out)
            .unwrap()
            .contains("Wat zien we nu?")
    );

    let mut project = demo_project();
    project.source = SourceRef::File {
        path: PathBuf::from("/no/such/folder/verhalen.csv"),
        sha256: String::new(),
        size_bytes: 0,
    };
    let linked = dir.join("linked.storylens");
    project::save(&project, &linked).unwrap();
    let output = storylens(&[
        "snapshot",
        linked.to_str().unwrap(),
        "--finding",
        "1",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_one_sentence_exit_1(
        &output,
        &["/no/such/folder/verhalen.csv", "re-link", "embed"],
    );
    std::fs::remove_dir_all(&dir).unwrap();
}
