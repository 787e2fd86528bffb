//! One finding, the same numbers everywhere: the screen, `chart --json`,
//! `findings --json`, the snapshot and the report of every demo finding
//! agree on every n and statistic; and the CLI reads a project with its
//! import recipe, as the app does.

use serde_json::Value;
use storylens::charts::ChartData;
use storylens::cli::{self, Cli};
use storylens::i18n::{Language, format_count};
use storylens::model::Filter;
use storylens::project::{self, Finding, FindingId, FrozenSelection, Project, SourceRef};
use storylens::report::{Report, ReportOptions};
use storylens::ui::{Command, StorylensApp};

use clap::Parser;

/// Runs a command line through `storylens::cli::run`, as `main` does.
fn run(args: &[&str]) -> String {
    let cli = Cli::try_parse_from(std::iter::once("storylens").chain(args.iter().copied()))
        .unwrap_or_else(|e| panic!("{args:?}: {e}"));
    let command = cli.command.expect("a command");
    cli::run(&command).unwrap_or_else(|e| panic!("{args:?}: {e}"))
}

fn json(args: &[&str]) -> Value {
    serde_json::from_str(&run(args)).expect("JSON")
}

/// `a` and `b` are the same JSON, numbers equal to 1e-12 relative (the
/// text of `chart --json` is parsed back, which may move the last digit).
fn assert_same(a: &Value, b: &Value, path: &str) {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => {
            let (x, y) = (x.as_f64().unwrap(), y.as_f64().unwrap());
            let scale = x.abs().max(y.abs()).max(f64::MIN_POSITIVE);
            assert!((x - y).abs() / scale <= 1e-12, "{path}: {x} ≠ {y}");
        }
        (Value::Array(xs), Value::Array(ys)) => {
            assert_eq!(xs.len(), ys.len(), "{path}: lengths");
            for (i, (x, y)) in xs.iter().zip(ys).enumerate() {
                assert_same(x, y, &format!("{path}[{i}]"));
            }
        }
        (Value::Object(xs), Value::Object(ys)) => {
            let keys = |o: &serde_json::Map<String, Value>| o.keys().cloned().collect::<Vec<_>>();
            assert_eq!(keys(xs), keys(ys), "{path}: fields");
            for (key, x) in xs {
                assert_same(x, &ys[key], &format!("{path}.{key}"));
            }
        }
        _ => assert_eq!(a, b, "{path}"),
    }
}

/// The `chart` command line that `findings --json` says shows `listed`.
fn chart_args(listed: &Value) -> Vec<String> {
    let text = |v: &Value| v.as_str().expect("a string").to_owned();
    let mut args: Vec<String> = vec!["chart".into(), "--demo".into(), "--json".into()];
    args.extend(["--question".into(), text(&listed["question"]["id"])]);
    if !listed["by"].is_null() {
        args.extend(["--by".into(), text(&listed["by"]["id"])]);
    }
    args.extend(["--select".into(), text(&listed["selection"]["filter"])]);
    args.extend(["--baseline".into(), text(&listed["baseline"]["filter"])]);
    if listed["against"] == "rest" {
        args.push("--vs-rest".into());
    }
    args.extend(["--min-n".into(), listed["min_n"].to_string()]);
    let options = &listed["options"];
    if options["show_zones"] == true {
        args.push("--zones".into());
    }
    if options["small_multiples"] == true {
        args.push("--per-option".into());
    }
    if let Some(colour_by) = options["colour_by"].as_str() {
        args.extend(["--colour-by".into(), colour_by.into()]);
    }
    if let Some(order) = options["option_order"].as_array() {
        let numbers: Vec<String> = order
            .iter()
            .map(|i| (i.as_u64().unwrap() + 1).to_string())
            .collect();
        args.extend(["--options".into(), numbers.join(",")]);
    }
    if options["bar_value"] == "counts" {
        args.push("--counts".into());
    }
    args
}

/// Every text of the snapshot SVG, in order, joined by spaces (a wrapped
/// line reads back as it was written).
fn svg_text(svg: &str) -> String {
    let document = roxmltree::Document::parse(svg).expect("the snapshot is SVG");
    document
        .descendants()
        .filter(|node| node.is_text())
        .filter_map(|node| node.text())
        .map(str::trim)
        .filter(|text| !text.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The footer's "n = 1.234" of each panel of `data`.
fn n_texts(data: &ChartData) -> Vec<String> {
    data.panels()
        .map(|panel| format!("n = {}", format_count(Language::Dutch, panel.n)))
        .collect()
}

#[test]
fn every_demo_finding_shows_the_same_numbers_everywhere() {
    let project = storylens::demo::demo_project();
    let dataset = storylens::demo::demo_dataset();
    let report = Report::build(&project, &dataset, &ReportOptions::new(Language::Dutch));
    let listed = json(&["findings", "--demo", "--json"]);
    let listed = listed["findings"].as_array().expect("findings");
    assert_eq!(listed.len(), project.findings.len());
    assert!(!project.findings.is_empty());
    let scratch = tempfile::tempdir().unwrap();

    for (finding, listed) in project.findings.iter().zip(listed) {
        let id = finding.id;
        assert_eq!(listed["id"], id.0);
        // The screen, after opening the finding.
        let mut app = StorylensApp::demo();
        app.apply(Command::OpenFinding(id));
        let screen = match app.chart() {
            Some(Ok(data)) => data.clone(),
            other => panic!("finding {id}: the screen shows {other:?}"),
        };
        // The snapshot's (and report's) computation.
        let shared =
            storylens::export::finding_chart(finding, &dataset, &Default::default()).unwrap();
        assert_eq!(screen, shared, "finding {id}: screen and snapshot");
        assert_eq!(shared, finding.comparison().compute(&dataset).unwrap());
        assert_eq!(shared.min_n, finding.chart.options.min_n);

        // `chart --json` with the comparison `findings --json` prints.
        let args = chart_args(listed);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let cli_chart = json(&args);
        let screen_json = serde_json::to_value(&screen).unwrap();
        assert_same(&cli_chart, &screen_json, &format!("finding {id}"));

        // `findings --json`: the n's of both panels.
        let selection = screen.selection.as_ref().expect("a finding compares");
        for (key, panel) in [("whole", &screen.whole), ("selection", selection)] {
            let ns = &listed["panels"][key];
            assert_eq!(ns["stories"], panel.stories, "finding {id} {key}");
            assert_eq!(ns["n"], panel.n, "finding {id} {key}");
            assert_eq!(ns["n_missing"], panel.n_missing, "finding {id} {key}");
            assert_eq!(ns["too_few"], panel.too_few, "finding {id} {key}");
        }

        // The snapshot SVG prints those n's.
        let out = scratch.path().join(format!("finding-{id}.svg"));
        let out = out.to_str().unwrap();
        let finding_arg = id.to_string();
        run(&[
            "snapshot",
            "--demo",
            "--finding",
            &finding_arg,
            "--out",
            out,
        ]);
        let text = svg_text(&std::fs::read_to_string(out).unwrap());
        for n in n_texts(&shared) {
            assert!(text.contains(&n), "finding {id}: {n} not in the snapshot");
        }

        // The report's chart prints them too.
        let section = report
            .sections
            .iter()
            .flat_map(|s| &s.findings)
            .find(|f| f.id == id)
            .expect("the report has every finding");
        let scene = &section.chart.as_ref().expect("the report draws it").scene;
        let text: Vec<&str> = scene
            .items
            .iter()
            .filter_map(|item| match item {
                storylens::export::Item::Text(t) => Some(t.text.as_str()),
                _ => None,
            })
            .collect();
        let text = text.join(" ");
        for n in n_texts(&shared) {
            assert!(text.contains(&n), "finding {id}: {n} not in the report");
        }
    }
}

/// A survey whose codebook the researcher edited: "Rol" renamed to
/// "Rolsoort", "Leeftijd" (detected as a number) made a single choice.
const SURVEY: &str = "\
id,Titel,Verhaal,Rol,Leeftijd
a1,Goed geregeld,Mijn zoon kreeg eindelijk de ondersteuning die hij nodig had.,ouder,41
a2,Vastgelopen,De school zei dat ze niets meer konden doen.,leraar,38
a3,Samen,Met de intern begeleider hebben we samen een plan gemaakt.,ouder,41
a4,Wachten,Het duurde een half jaar voordat er iets gebeurde.,leraar,45
";

fn edited_project(folder: &std::path::Path) -> std::path::PathBuf {
    let data = folder.join("verhalen.csv");
    std::fs::write(&data, SURVEY).unwrap();
    let mut project = Project::new("Bewerkt", SourceRef::for_file(&data).unwrap());
    project.import.edits.rename("Rol", "Rolsoort");
    project
        .import
        .edits
        .set_kind("Leeftijd", storylens::import::KindChoice::Single);
    let mut spec = storylens::charts::ChartSpec::new(storylens::model::QuestionId::new("leeftijd"));
    spec.options.min_n = 1;
    let parents = FrozenSelection {
        name: "Ouders".into(),
        filter: Filter::options("rol", ["ouder"]),
        from: None,
    };
    let baseline = FrozenSelection::all(Language::Dutch);
    let finding = Finding::new(FindingId(1), "Leeftijd", spec, baseline, parents);
    project.add_finding(finding, None).unwrap();
    let path = folder.join("bewerkt.storylens");
    project::save(&project, &path).unwrap();
    path
}

#[test]
fn the_cli_reads_a_project_with_its_codebook_edits() {
    let scratch = tempfile::tempdir().unwrap();
    let path = edited_project(scratch.path());
    let path = path.to_str().unwrap();

    let listed = json(&["findings", path, "--json"]);
    let finding = &listed["findings"][0];
    assert_eq!(finding["question"]["kind"], "single", "{finding}");
    assert_eq!(finding["selection"]["filter"], "\"Rolsoort\" = \"ouder\"");
    assert!(finding["error"].is_null(), "{finding}");
    assert_eq!(finding["panels"]["selection"]["n"], 2);

    let svg = scratch.path().join("f1.svg");
    let svg = svg.to_str().unwrap();
    run(&["snapshot", path, "--finding", "1", "--out", svg]);
    let text = svg_text(&std::fs::read_to_string(svg).unwrap());
    assert!(text.contains("Rolsoort"), "{text}");

    let md = scratch.path().join("report.md");
    let md = md.to_str().unwrap();
    run(&["report", path, "--out", md]);
    let report = std::fs::read_to_string(md).unwrap();
    assert!(report.contains("Rolsoort"), "{report}");
}

#[test]
fn a_relative_source_is_found_beside_the_project_with_its_recipe() {
    let scratch = tempfile::tempdir().unwrap();
    let path = edited_project(scratch.path());
    let mut saved = project::load(&path).unwrap();
    saved.source = SourceRef::File {
        path: "verhalen.csv".into(),
        sha256: String::new(),
        size_bytes: 0,
    };
    project::save(&saved, &path).unwrap();
    let opened = project::open_project(&path).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(opened.dataset.len(), 4);
    let codebook = opened.dataset.codebook();
    assert_eq!(
        codebook
            .get(&storylens::model::QuestionId::new("rol"))
            .map(|q| q.title.as_str()),
        Some("Rolsoort")
    );
}
