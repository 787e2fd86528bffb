//! Reports and selection tables, opened as a user would: the HTML parsed,
//! the Markdown's images decoded, the Word document unzipped and its XML
//! read, the PDF rendered by poppler, the spreadsheets read back.

use std::io::Read;
use std::path::Path;
use std::process::Command;
use std::sync::OnceLock;

use storylens::charts::ChartSpec;
use storylens::i18n::Language;
use storylens::model::{
    ChoiceColumn, Codebook, Column, Dataset, Filter, NumberColumn, Question, QuestionId,
    QuestionKind, StoryId, TextColumn, TextRole,
};
use storylens::project::{
    Finding, FindingId, FrozenSelection, Project, Quote, Redaction, SourceRef,
};
use storylens::report::{Format, Report, ReportOptions, TableFormat, write_report};

const SCRIPT: &str = "<script>alert(1)</script>";

fn options() -> ReportOptions {
    ReportOptions {
        date: "2025-03-14".into(),
        ..ReportOptions::new(Language::Dutch)
    }
}

/// The demo project's report, built once for every test.
fn demo() -> &'static Report {
    static REPORT: OnceLock<Report> = OnceLock::new();
    REPORT.get_or_init(|| {
        let project = storylens::demo::demo_project();
        Report::build(&project, &storylens::demo::demo_dataset(), &options())
    })
}

fn demo_titles() -> Vec<String> {
    storylens::demo::demo_project()
        .findings
        .iter()
        .map(|f| f.title.clone())
        .collect()
}

/// A survey of 30 stories whose first story holds markup, a template and
/// a formula, and a project quoting it with one redaction.
fn hostile() -> (Project, Dataset) {
    let n = 30;
    let mut titles = TextColumn::default();
    let mut texts = TextColumn::default();
    for row in 0..n {
        if row == 0 {
            titles.push(Some("=SUM(A1)"));
            texts.push(Some(&format!(
                "Meester Jansen zei {SCRIPT} en {{{{x}}}} & meer."
            )));
        } else {
            titles.push(Some(&format!("Verhaal {row}")));
            texts.push(Some("Een gewoon verhaal."));
        }
    }
    let codebook = Codebook {
        questions: vec![
            Question::new(
                "titel",
                "Titel",
                QuestionKind::Text {
                    role: TextRole::Title,
                },
            ),
            Question::new(
                "tekst",
                "Tekst",
                QuestionKind::Text {
                    role: TextRole::Story,
                },
            ),
            Question::new(
                "rol",
                "Rol",
                QuestionKind::SingleChoice {
                    options: vec!["ouder".into(), "leraar".into()],
                    ordinal: false,
                },
            ),
            Question::new(
                "score",
                "Score",
                QuestionKind::Slider {
                    left: "slecht".into(),
                    right: "goed".into(),
                },
            ),
        ],
    };
    let columns = vec![
        Column::Text(titles),
        Column::Text(texts),
        Column::Single(ChoiceColumn {
            codes: (0..n).map(|row| (row % 2) as u16).collect(),
        }),
        Column::Number(NumberColumn::from_values(
            (0..n).map(|row| row as f64 / n as f64).collect(),
        )),
    ];
    let ids = (0..n).map(|row| StoryId(format!("S{row}"))).collect();
    let dataset = Dataset::new("Vijandige <b>bron</b>", ids, codebook, columns).unwrap();
    let mut project = Project::new("Project {{naam}}", SourceRef::Demo);
    let mut finding = Finding::new(
        FindingId(1),
        format!("Titel met {SCRIPT}"),
        ChartSpec::new(QuestionId::new("rol")),
        FrozenSelection::all(Language::Dutch),
        FrozenSelection {
            name: "Ouders".into(),
            filter: Filter::options("rol", ["ouder"]),
            from: None,
        },
    );
    finding.saw = "Wat we zagen: *niets* # bijzonders".into();
    finding.see_now = "- nog steeds niets".into();
    finding.proposals = vec!["=HYPERLINK(\"x\")".into()];
    finding.quotes = vec![Quote {
        story_id: StoryId("S0".into()),
        excerpt: format!("Meester Jansen zei {SCRIPT} en {{{{x}}}}"),
    }];
    project.findings.push(finding);
    project.redactions.push(Redaction {
        story_id: StoryId("S0".into()),
        original: "Jansen".into(),
        placeholder: "[naam leraar]".into(),
    });
    (project, dataset)
}

fn hostile_report() -> Report {
    let (project, dataset) = hostile();
    Report::build(&project, &dataset, &options())
}

/// All text of an XML document, element by element.
fn texts(document: &roxmltree::Document<'_>) -> Vec<String> {
    document
        .descendants()
        .filter(|n| n.is_text())
        .filter_map(|n| n.text().map(str::to_owned))
        .collect()
}

// --- HTML ---------------------------------------------------------------

fn html(report: &Report) -> String {
    storylens::report::html::html_from_report(report).unwrap()
}

#[test]
fn html_demo_report_shows_every_finding_with_its_chart() {
    let html = html(demo());
    let document = roxmltree::Document::parse_with_options(
        &html,
        roxmltree::ParsingOptions {
            allow_dtd: true,
            ..Default::default()
        },
    )
    .expect("the HTML is well-formed");
    let h3: Vec<String> = document
        .descendants()
        .filter(|n| n.has_tag_name("h3"))
        .filter_map(|n| n.text().map(str::to_owned))
        .collect();
    assert_eq!(h3, demo_titles());
    let h2: Vec<&str> = document
        .descendants()
        .filter(|n| n.has_tag_name("h2"))
        .filter_map(|n| n.text())
        .collect();
    assert_eq!(h2.len(), 3);
    assert!(h2[0].starts_with("Perspectief 1: Relaties en nabijheid"));
    let images = document
        .descendants()
        .filter(|n| n.has_tag_name("img"))
        .filter(|n| {
            n.attribute("src")
                .is_some_and(|s| s.starts_with("data:image/png;base64,"))
        })
        .count();
    assert_eq!(images, 10);
    let all = texts(&document).concat();
    assert!(all.contains("Wat zagen we?") && all.contains("Wat zien we nu?"));
    assert!(all.contains("verhaal V0065"), "quotes name their story");
    assert!(
        !html.contains("http://") && !html.contains("https://"),
        "self-contained"
    );
}

#[test]
fn html_shows_markup_in_stories_as_text() {
    let html = html(&hostile_report());
    let document = roxmltree::Document::parse_with_options(
        &html,
        roxmltree::ParsingOptions {
            allow_dtd: true,
            ..Default::default()
        },
    )
    .unwrap();
    assert!(!document.descendants().any(|n| n.has_tag_name("script")));
    assert!(!document.descendants().any(|n| n.has_tag_name("b")));
    let all = texts(&document);
    assert!(
        all.iter()
            .any(|t| t.contains("Meester [naam leraar] zei <script>alert(1)</script> en {{x}}"))
    );
    assert!(
        all.iter()
            .any(|t| t == "Titel met <script>alert(1)</script>")
    );
    assert!(all.iter().any(|t| t.contains("Project {{naam}}")));
    assert!(!all.concat().contains("Jansen"), "redactions apply");
    assert!(all.iter().any(|t| t == "Overige bevindingen"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
}

// --- Markdown -------------------------------------------------------------

#[test]
fn markdown_report_has_headings_and_decodable_images() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("report.md");
    write_report(demo(), Format::Markdown, &path).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.starts_with("# Demo: Ervaringen met passend onderwijs\n"));
    assert_eq!(text.matches("\n## Perspectief ").count(), 3);
    for title in demo_titles() {
        assert!(text.contains(&format!("\n### {title}\n")), "{title}");
    }
    assert!(text.contains("**Wat zagen we?**") && text.contains("**Wat zien we nu?**"));
    for id in 1..=9 {
        let link = format!("(images/finding-{id}.png)");
        assert!(text.contains(&link), "{link}");
        let bytes = std::fs::read(folder.path().join(format!("images/finding-{id}.png"))).unwrap();
        let (width, height) = png_size(&bytes);
        assert!(width >= 2000 && height > 100, "{width} × {height}");
    }
}

#[test]
fn markdown_escapes_what_would_change_its_structure() {
    let text = storylens::report::markdown::markdown_from_report(&hostile_report());
    assert!(text.contains(r"\<script\>alert(1)\</script\>"));
    assert!(!text.contains("<script>"));
    assert!(text.contains(r"Wat we zagen: \*niets\* \# bijzonders"));
    assert!(text.contains("\n\\- nog steeds niets"), "{text}");
    assert!(text.contains("{{x}}"));
}

fn png_size(bytes: &[u8]) -> (u32, u32) {
    let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    let reader = decoder.read_info().expect("a PNG");
    let info = reader.info();
    (info.width, info.height)
}

// --- DOCX -----------------------------------------------------------------

/// The parts of a .docx by name.
fn unzip(bytes: &[u8]) -> std::collections::BTreeMap<String, Vec<u8>> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip");
    let mut parts = std::collections::BTreeMap::new();
    for i in 0..archive.len() {
        let mut file = archive.by_index(i).unwrap();
        let mut data = Vec::new();
        file.read_to_end(&mut data).unwrap();
        let name = file.name().map(|n| n.to_string()).unwrap_or_default();
        parts.insert(name, data);
    }
    parts
}

fn docx_text(bytes: &[u8]) -> (String, std::collections::BTreeMap<String, Vec<u8>>) {
    let parts = unzip(bytes);
    let xml = String::from_utf8(parts["word/document.xml"].clone()).unwrap();
    let document = roxmltree::Document::parse(&xml).expect("document.xml is well-formed");
    let text: Vec<String> = document
        .descendants()
        .filter(|n| n.has_tag_name("p"))
        .map(|p| {
            p.descendants()
                .filter(|n| n.has_tag_name("t"))
                .filter_map(|n| n.text())
                .collect::<String>()
        })
        .collect();
    (text.join("\n"), parts)
}

#[test]
fn docx_holds_every_finding_its_quotes_and_its_images() {
    let bytes = storylens::report::docx::docx_from_report(demo()).unwrap();
    let (text, parts) = docx_text(&bytes);
    for title in demo_titles() {
        assert!(text.contains(&title), "{title}");
    }
    let project = storylens::demo::demo_project();
    let excerpt = &project.findings[0].quotes[0].excerpt;
    assert!(text.contains(excerpt.as_str()));
    for part in [
        "[Content_Types].xml",
        "_rels/.rels",
        "word/styles.xml",
        "word/numbering.xml",
        "word/_rels/document.xml.rels",
    ] {
        let xml = String::from_utf8(parts[part].clone()).unwrap();
        roxmltree::Document::parse(&xml).unwrap_or_else(|e| panic!("{part}: {e}"));
    }
    let rels = String::from_utf8(parts["word/_rels/document.xml.rels"].clone()).unwrap();
    let rels = roxmltree::Document::parse(&rels).unwrap();
    let targets: Vec<&str> = rels
        .descendants()
        .filter_map(|n| n.attribute("Target"))
        .filter(|t| t.starts_with("media/"))
        .collect();
    assert_eq!(targets.len(), 10);
    for target in targets {
        let (width, _) = png_size(&parts[&format!("word/{target}")]);
        assert!(width >= 2000);
    }
    let styles = String::from_utf8(parts["word/styles.xml"].clone()).unwrap();
    for style in ["Heading1", "Heading2", "Heading3", "Normal", "Quote"] {
        assert!(
            styles.contains(&format!("w:styleId=\"{style}\"")),
            "{style}"
        );
    }
}

#[test]
fn docx_keeps_markup_in_stories_as_text() {
    let bytes = storylens::report::docx::docx_from_report(&hostile_report()).unwrap();
    let (text, _) = docx_text(&bytes);
    assert!(text.contains("Meester [naam leraar] zei <script>alert(1)</script> en {{x}}"));
    assert!(text.contains("Overige bevindingen"));
}

// --- PDF ------------------------------------------------------------------

fn on_path(program: &str) -> bool {
    Command::new(program).arg("-v").output().is_ok()
}

#[test]
fn pdf_is_a_pdf_with_a_page_per_part() {
    let bytes = storylens::report::pdf::pdf_from_report(demo()).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    let pages = storylens::report::pdf::layout::pages(demo());
    assert!(pages.len() >= 4, "title page and three perspectives");
    let hostile = storylens::report::pdf::pdf_from_report(&hostile_report()).unwrap();
    assert!(hostile.starts_with(b"%PDF-"));
}

#[test]
fn pdf_pages_render_with_poppler() {
    if !on_path("pdftoppm") || !on_path("pdftotext") {
        eprintln!("pdftoppm/pdftotext not on PATH (poppler-utils): PDF rendering not checked");
        return;
    }
    let folder = tempfile::tempdir().unwrap();
    let pdf = folder.path().join("report.pdf");
    write_report(demo(), Format::Pdf, &pdf).unwrap();
    let prefix = folder.path().join("page");
    let status = Command::new("pdftoppm")
        .args(["-r", "40", "-png", "-f", "1", "-l", "2"])
        .arg(&pdf)
        .arg(&prefix)
        .status()
        .unwrap();
    assert!(status.success());
    for page in 1..=2 {
        let path = folder.path().join(format!("page-{page:02}.png"));
        let ink = ink_fraction(&path);
        assert!(ink > 0.004, "page {page} is almost blank: {ink}");
    }
    let text = Command::new("pdftotext")
        .args(["-layout"])
        .arg(&pdf)
        .arg("-")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains("Wat zagen we?"), "the text is searchable");
    assert!(text.contains("Tevredenheid overheerst bij elke vorm van ondersteuning"));
}

/// The share of pixels of a PNG that are not near white.
fn ink_fraction(path: &Path) -> f64 {
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(path).unwrap()));
    let mut reader = decoder.read_info().unwrap();
    let mut buffer = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buffer).unwrap();
    let channels = info.color_type.samples();
    let pixels = &buffer[..info.buffer_size()];
    let inked = pixels
        .chunks(channels)
        .filter(|p| p.iter().take(3).any(|&c| c < 200))
        .count();
    inked as f64 / (pixels.len() / channels) as f64
}

// --- selection tables -----------------------------------------------------

#[test]
fn selection_csv_neutralises_formulas_and_keeps_the_rest() {
    let (project, dataset) = hostile();
    let selection = Filter::options("rol", ["ouder"])
        .evaluate(&dataset)
        .unwrap();
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("selectie.csv");
    let redactions = &project.redactions;
    storylens::report::write_selection(
        &dataset,
        &selection,
        redactions,
        Language::Dutch,
        TableFormat::Csv,
        &path,
    )
    .unwrap();
    assert!(
        std::fs::read(&path).unwrap().starts_with(b"\xEF\xBB\xBF"),
        "BOM for Excel"
    );
    let mut reader = csv::Reader::from_path(&path).unwrap();
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(header, ["id", "titel", "tekst", "Rol", "Score"]);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 15);
    assert_eq!(&rows[0][0], "S0");
    assert_eq!(&rows[0][1], "'=SUM(A1)");
    // The project's redaction of "Jansen" in S0 holds in the table too.
    assert_eq!(
        &rows[0][2],
        format!("Meester [naam leraar] zei {SCRIPT} en {{{{x}}}} & meer.")
    );
    assert_eq!(&rows[0][3], "ouder");
    assert_eq!(&rows[1][1], "Verhaal 2");
    assert_eq!(&rows[1][4], "6.67");
}

#[test]
fn selection_xlsx_neutralises_formulas_and_keeps_numbers() {
    use calamine::{Data, Reader, Xlsx, open_workbook};
    let (_, dataset) = hostile();
    let selection = dataset.all();
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("selectie.xlsx");
    let english = Language::English;
    storylens::report::write_selection(
        &dataset,
        &selection,
        &[],
        english,
        TableFormat::Xlsx,
        &path,
    )
    .unwrap();
    let mut workbook: Xlsx<_> = open_workbook(&path).unwrap();
    let sheet = workbook.worksheet_range_at(0).unwrap().unwrap();
    assert_eq!(sheet.get((0, 1)), Some(&Data::String("title".into())));
    assert_eq!(sheet.get((1, 1)), Some(&Data::String("'=SUM(A1)".into())));
    assert_eq!(sheet.get((2, 1)), Some(&Data::String("Verhaal 1".into())));
    assert_eq!(sheet.get((2, 3)), Some(&Data::String("leraar".into())));
    assert_eq!(sheet.get((4, 4)), Some(&Data::Float(10.0)));
    assert_eq!(sheet.height(), 31);
}

// --- command line ---------------------------------------------------------

fn storylens(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_storylens"))
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn cli_writes_a_report_of_a_project_file_and_refuses_unknown_formats() {
    let folder = tempfile::tempdir().unwrap();
    let (mut project, dataset) = hostile();
    project.embed(&dataset);
    let project_path = folder.path().join("p.storylens");
    storylens::project::save(&project, &project_path).unwrap();
    let out = folder.path().join("verslag.html");
    let output = storylens(&[
        "report",
        project_path.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--language",
        "en",
    ]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(html.contains("Other findings") && html.contains("&lt;script&gt;"));

    let output = storylens(&["report", "--demo", "--out", "verslag.txt"]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains(".html, .pdf, .docx, .md"), "{stderr}");

    let output = storylens(&["report", "/no/such/project.storylens", "--out", "x.pdf"]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
}

/// The demo's first finding asks for "what makes this selection
/// different?": its report section lists the questions the good-education
/// stories differ on — the same rows, in the same words, as the
/// `differences` pass — in Markdown and in the Word document; the other
/// findings do not ask and have none.
#[test]
fn a_finding_that_asks_lists_what_makes_its_selection_different() {
    use storylens::patterns::{self, DifferencesOptions};
    let report = demo();
    let sections: Vec<_> = report.findings().collect();
    let first = sections.iter().find(|f| f.id == FindingId(1)).unwrap();
    assert!(
        sections
            .iter()
            .filter(|f| f.id != FindingId(1))
            .all(|f| f.differences.is_empty())
    );
    // The pass itself, for finding 1's selection against the other stories.
    let project = storylens::demo::demo_project();
    let dataset = storylens::demo::demo_dataset();
    let finding = project
        .findings
        .iter()
        .find(|f| f.id == FindingId(1))
        .unwrap();
    assert!(finding.show_differences);
    let selection = finding.selection.filter.evaluate(&dataset).unwrap();
    let rest = dataset.all().and_not(&selection);
    storylens::words::text_index(&dataset, None, &storylens::words::WordOptions::default())
        .unwrap();
    let defining = finding.selection.filter.questions();
    let result = patterns::differences(
        &dataset,
        &selection,
        &rest,
        &defining,
        &DifferencesOptions::default(),
    );
    let expected: Vec<String> = result
        .tests
        .iter()
        .filter(|row| row.q < 0.05)
        .take(6)
        .map(|row| {
            format!(
                "{} — {}",
                row.question,
                patterns::text::line(row, Language::Dutch)
            )
        })
        .collect();
    assert_eq!(first.differences, expected);
    assert_eq!(expected.len(), 6, "{expected:?}");
    assert!(
        expected
            .iter()
            .any(|l| l.starts_with("Gevoel — vaker tevredenheid")),
        "{expected:?}"
    );
    assert!(
        expected
            .iter()
            .any(|l| l.starts_with("Ervaring — vaker het woord")),
        "{expected:?}"
    );

    let markdown = storylens::report::markdown::markdown_from_report(report);
    assert_eq!(
        markdown
            .matches("#### Wat maakt deze selectie anders?")
            .count(),
        1
    );
    for line in &expected {
        assert!(markdown.contains(&format!("- {line}")), "{line}");
    }
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("report.docx");
    write_report(report, Format::Docx, &path).unwrap();
    let (text, _) = docx_text(&std::fs::read(&path).unwrap());
    assert!(text.contains("Wat maakt deze selectie anders?"));
    for line in &expected {
        assert!(text.contains(line.as_str()), "{line}");
    }
}
