//! The demo project says only what the demo data shows: each finding's
//! claims checked against its computed chart, each quote verbatim in a
//! story of its selection.

use storylens::charts::{
    ChartData, CrossTabData, GroupsData, PanelData, PanelKind, Populations, SliderGroup, compute,
};
use storylens::demo::{demo_dataset, demo_project, ids};
use storylens::model::{Dataset, Filter, TextRole, parse_filter};
use storylens::project::{Finding, FindingId, FrozenStatus, Project};

struct Demo {
    dataset: Dataset,
    project: Project,
}

impl Demo {
    fn new() -> Self {
        Self {
            dataset: demo_dataset(),
            project: demo_project(),
        }
    }

    fn finding(&self, id: u32) -> &Finding {
        self.project.finding(FindingId(id)).unwrap()
    }

    fn chart(&self, id: u32) -> ChartData {
        let finding = self.finding(id);
        let populations = Populations {
            whole: finding.baseline.filter.evaluate(&self.dataset).unwrap(),
            selection: Some(finding.selection.filter.evaluate(&self.dataset).unwrap()),
        };
        compute(&finding.chart, &self.dataset, &populations).unwrap()
    }
}

fn selection(chart: &ChartData) -> &PanelData {
    chart.selection.as_ref().unwrap()
}

fn table(panel: &PanelData) -> &CrossTabData {
    match &panel.chart {
        PanelKind::CrossTab(t) => t,
        other => panic!("not a cross-tab: {other:?}"),
    }
}

fn groups(panel: &PanelData) -> &GroupsData {
    match &panel.chart {
        PanelKind::Groups(g) => g,
        other => panic!("not slider groups: {other:?}"),
    }
}

fn index(labels: &[String], label: &str) -> usize {
    labels
        .iter()
        .position(|l| l == label)
        .unwrap_or_else(|| panic!("no {label}"))
}

/// Adjusted residual of the cell (row option, column option).
fn z(t: &CrossTabData, row: &str, column: &str) -> f64 {
    let (r, c) = (index(&t.row_labels, row), index(&t.column_labels, column));
    t.adjusted_residuals[r][c].unwrap_or_else(|| panic!("no residual for {row} × {column}"))
}

fn count(t: &CrossTabData, row: &str, column: &str) -> u64 {
    t.observed[index(&t.row_labels, row)][index(&t.column_labels, column)]
}

fn row_total(t: &CrossTabData, row: &str) -> u64 {
    t.observed[index(&t.row_labels, row)].iter().sum()
}

fn column_total(t: &CrossTabData, column: &str) -> u64 {
    let c = index(&t.column_labels, column);
    t.observed.iter().map(|row| row[c]).sum()
}

/// The row option chosen most often in `column`, and the runner-up.
fn top_two<'a>(t: &'a CrossTabData, column: &str) -> (&'a str, &'a str) {
    let c = index(&t.column_labels, column);
    let mut rows: Vec<usize> = (0..t.row_labels.len()).collect();
    rows.sort_by_key(|&r| std::cmp::Reverse(t.observed[r][c]));
    (&t.row_labels[rows[0]], &t.row_labels[rows[1]])
}

/// The cell with the largest adjusted residual.
fn strongest(t: &CrossTabData) -> (&str, &str) {
    let mut best = (0, 0, f64::MIN);
    for (r, row) in t.adjusted_residuals.iter().enumerate() {
        for (c, z) in row.iter().enumerate() {
            if let Some(z) = *z
                && z > best.2
            {
                best = (r, c, z);
            }
        }
    }
    (&t.row_labels[best.0], &t.column_labels[best.1])
}

fn group<'a>(g: &'a GroupsData, label: &str) -> &'a SliderGroup {
    g.groups.iter().find(|x| x.label == label).unwrap()
}

const SIGNIFICANT: f64 = 1.96;

#[test]
fn demo_project_is_deterministic_and_complete() {
    let project = demo_project();
    assert_eq!(project, demo_project());
    let titles: Vec<&str> = project
        .perspectives
        .iter()
        .map(|p| p.title.as_str())
        .collect();
    assert_eq!(
        titles,
        [
            "Relaties en nabijheid zijn de basis voor passend onderwijs",
            "De school is aan zet",
            "Ouders als educatief partner"
        ]
    );
    assert!(project.ungrouped_findings().is_empty());
    for finding in &project.findings {
        assert!(!finding.is_stale(&project.selections));
        assert_eq!(
            finding.selection.status(&project.selections),
            FrozenStatus::Current
        );
        assert!(
            (1..=3).contains(&finding.proposals.len()),
            "{}",
            finding.title
        );
        assert!((1..=2).contains(&finding.quotes.len()), "{}", finding.title);
        assert!(
            finding.title.split_whitespace().count() <= 10,
            "{}",
            finding.title
        );
    }
    for perspective in &project.perspectives {
        assert!(perspective.introduction.len() > 200);
    }
}

#[test]
fn named_selections_match_the_filter_language() {
    let project = demo_project();
    let codebook = demo_dataset().codebook().clone();
    let parse = |text: &str| parse_filter(text, &codebook).unwrap();
    let by_name = |name: &str| {
        project
            .selections
            .find_by_name(name)
            .unwrap()
            .filter
            .clone()
    };
    let good = parse(r#""Voorbeeld van goed onderwijs" >= 70"#);
    let parents = parse(r#""Uw rolsoort" = "ouder/verzorger""#);
    assert_eq!(by_name("Voorbeeld van goed onderwijs ≥ 70"), good);
    assert_eq!(by_name("Ouders"), parents);
    assert_eq!(
        by_name("Ouders, voorbeeld van goed onderwijs ≥ 70"),
        Filter::And(vec![parents, good])
    );
}

#[test]
fn every_quote_is_verbatim_from_a_story_in_its_selection() {
    let demo = Demo::new();
    for finding in &demo.project.findings {
        let chosen = finding.selection.filter.evaluate(&demo.dataset).unwrap();
        for quote in &finding.quotes {
            let row = demo.dataset.row_of(&quote.story_id).unwrap();
            let text = demo.dataset.text(TextRole::Story, row).unwrap();
            assert!(
                text.contains(&quote.excerpt),
                "{}: {}",
                quote.story_id,
                quote.excerpt
            );
            assert!(
                chosen.contains(row),
                "{} is not in {}",
                quote.story_id,
                finding.title
            );
        }
    }
}

#[test]
fn finding_1_emotions_by_support() {
    let chart = Demo::new().chart(1);
    let (whole, chosen) = (table(&chart.whole), table(selection(&chart)));
    for support in ["gedrag", "gediagnosticeerde stoornis", "werkhouding"] {
        assert!(z(whole, "onmacht", support) >= SIGNIFICANT, "{support}");
    }
    for support in ["gedrag", "gediagnosticeerde stoornis"] {
        assert!(
            z(whole, "hopeloosheid", support) >= SIGNIFICANT,
            "{support}"
        );
    }
    assert!(z(whole, "tevredenheid", "gedrag") <= -SIGNIFICANT);
    assert!(z(whole, "hoop", "gedrag") <= -SIGNIFICANT);
    for support in &chosen.column_labels {
        assert_eq!(
            top_two(chosen, support),
            ("tevredenheid", "hoop"),
            "{support}"
        );
        assert!(count(chosen, "teleurstelling", support) > 0, "{support}");
        assert!(count(chosen, "hopeloosheid", support) > 0, "{support}");
    }
    let negative_share = |t: &CrossTabData| {
        let total: u64 = t.observed.iter().flatten().sum();
        let negative: u64 = t.observed[5..].iter().flatten().sum();
        negative as f64 / total as f64
    };
    assert_eq!(chosen.row_labels[5], "teleurstelling");
    assert!(negative_share(whole) > 0.5 && negative_share(chosen) < 0.5);
}

#[test]
fn finding_2_manner_by_theme() {
    let demo = Demo::new();
    let chart = demo.chart(2);
    let (whole, chosen) = (groups(&chart.whole), groups(selection(&chart)));
    let mean = |g: &GroupsData, label: &str| group(g, label).mean.unwrap();
    assert!((57.0..61.0).contains(&mean(whole, "relaties")));
    assert!((49.0..53.0).contains(&mean(whole, "ondersteuning")));
    assert!((35.0..39.0).contains(&mean(whole, "werksituatie")));
    assert!((21.0..25.0).contains(&mean(whole, "systeem")));
    assert!(group(whole, "systeem").median.unwrap() < 25.0);
    assert!(whole.p.unwrap() < 0.001);

    assert_eq!(group(chosen, "relaties").n, 4);
    assert!(group(chosen, "relaties").n < demo.project.settings.min_n);
    assert!((75.0..80.0).contains(&mean(chosen, "ondersteuning")));
    assert!((65.0..70.0).contains(&mean(chosen, "werksituatie")));
    let system = group(chosen, "systeem");
    let (min, max) = (system.min.unwrap(), system.max.unwrap());
    assert!(min.round() == 14.0 && max.round() == 90.0, "{min}–{max}");
    assert_eq!(system.median.unwrap(), 54.0);
}

#[test]
fn finding_3_influence_pairs() {
    let chart = Demo::new().chart(3);
    let (whole, chosen) = (table(&chart.whole), table(selection(&chart)));
    assert!(z(whole, "leraren", "intern begeleider") >= SIGNIFICANT);
    assert!(z(whole, "leraren", "schooldirectie") >= SIGNIFICANT);
    assert!(z(whole, "samenwerkingsverband", "overheid/regering") >= SIGNIFICANT);
    assert_eq!(strongest(chosen), ("ik zelf", "leraren"));
    assert!(z(chosen, "leraren", "leerling") >= SIGNIFICANT);
    assert!(z(chosen, "leraren", "intern begeleider") >= SIGNIFICANT);
    assert_eq!(row_total(chosen, "samenwerkingsverband"), 0);
    assert_eq!(row_total(chosen, "overheid/regering"), 0);
}

#[test]
fn finding_4_example_by_second_influence() {
    let chart = Demo::new().chart(4);
    let (whole, chosen) = (groups(&chart.whole), groups(selection(&chart)));
    let median = |label: &str| group(whole, label).median.unwrap();
    for label in ["leerling", "ouders", "leraren"] {
        assert!((65.0..=81.0).contains(&median(label)), "{label}");
    }
    for label in [
        "schooldirectie",
        "samenwerkingsverband",
        "overheid/regering",
    ] {
        assert!((15.0..=25.0).contains(&median(label)), "{label}");
        assert_eq!(group(chosen, label).n, 0, "{label}");
    }
    assert!((0.4..0.6).contains(&chosen.p.unwrap()));
}

#[test]
fn finding_5_second_influence_by_role() {
    let chart = Demo::new().chart(5);
    let (whole, chosen) = (table(&chart.whole), table(selection(&chart)));
    let government = "overheid/regering";
    for role in [
        "leraar",
        "intern begeleider/zorgcoördinator",
        "schooldirectie",
    ] {
        assert!(z(whole, government, role) >= SIGNIFICANT, "{role}");
    }
    assert!(z(whole, government, "ouder/verzorger") <= -SIGNIFICANT);
    assert!(z(whole, "intern begeleider", "ouder/verzorger") >= SIGNIFICANT);
    assert_eq!(row_total(chosen, government), 0);
    let p = chosen.p.unwrap();
    assert!((0.075..0.085).contains(&p), "p = 0,08 in the text, got {p}");
    for role in &chosen.column_labels {
        assert_eq!(top_two(chosen, role).0, "leraren", "{role}");
    }
}

#[test]
fn finding_6_theme_by_consequence() {
    let chart = Demo::new().chart(6);
    let (whole, chosen) = (table(&chart.whole), table(selection(&chart)));
    for consequence in ["zeer negatief", "negatief"] {
        assert!(z(whole, "systeem", consequence) >= SIGNIFICANT);
        assert!(z(chosen, "systeem", consequence) >= SIGNIFICANT);
    }
    for consequence in ["positief", "zeer positief"] {
        assert!(z(whole, "ondersteuning", consequence) >= SIGNIFICANT);
    }
    let positive = ["positief", "zeer positief"];
    let support: u64 = positive
        .iter()
        .map(|c| count(chosen, "ondersteuning", c))
        .sum();
    let all: u64 = positive.iter().map(|c| column_total(chosen, c)).sum();
    assert!(
        support as f64 / all as f64 > 2.0 / 3.0,
        "{support} of {all}"
    );
}

#[test]
fn finding_7_school_management() {
    let chart = Demo::new().chart(7);
    let (whole, chosen) = (table(&chart.whole), table(selection(&chart)));
    assert!(z(whole, "schooldirectie", "overheid/regering") >= SIGNIFICANT);
    assert!(z(whole, "schooldirectie", "leraren") >= SIGNIFICANT);
    assert!(z(whole, "leraren", "schooldirectie") >= SIGNIFICANT);
    assert_eq!(column_total(chosen, "schooldirectie"), 0);
    let first = row_total(chosen, "schooldirectie");
    assert!((1..=5).contains(&first), "a few stories, got {first}");
    assert_eq!(count(chosen, "schooldirectie", "leraren"), first);
}

#[test]
fn finding_8_parents_influence_pairs() {
    let chart = Demo::new().chart(8);
    let (whole, chosen) = (table(&chart.whole), table(selection(&chart)));
    assert!(z(whole, "leraren", "intern begeleider") >= SIGNIFICANT);
    assert!(z(whole, "samenwerkingsverband", "overheid/regering") >= SIGNIFICANT);
    assert!(z(whole, "samenwerkingsverband", "jeugdhulp/gemeente") >= SIGNIFICANT);
    assert_eq!(strongest(chosen), ("ik zelf", "leraren"));
    assert!(z(chosen, "leraren", "intern begeleider") >= SIGNIFICANT);
    assert!(z(chosen, "intern begeleider", "ouders") >= SIGNIFICANT);
    assert!(z(chosen, "ouders", "intern begeleider") >= SIGNIFICANT);
    assert_eq!(row_total(chosen, "samenwerkingsverband"), 0);
    assert_eq!(row_total(chosen, "overheid/regering"), 0);
}

#[test]
fn finding_9_first_influence_by_role() {
    let chart = Demo::new().chart(9);
    let (whole, chosen) = (table(&chart.whole), table(selection(&chart)));
    let parent = "ouder/verzorger";
    assert!(z(whole, "intern begeleider", parent) >= SIGNIFICANT);
    assert!(z(whole, "ouders", parent) <= -SIGNIFICANT);
    assert!(count(whole, "overheid/regering", parent) <= 2);
    let (first, second) = top_two(chosen, parent);
    let mut top = [first, second];
    top.sort_unstable();
    assert_eq!(top, ["ik zelf", "leraren"]);
    for row in &chosen.row_labels {
        if let Some(z) = chosen.adjusted_residuals[index(&chosen.row_labels, row)]
            [index(&chosen.column_labels, parent)]
        {
            assert!(z.abs() < SIGNIFICANT, "{row}: {z}");
        }
    }
    assert_eq!(row_total(chosen, "samenwerkingsverband"), 0);
    assert_eq!(row_total(chosen, "overheid/regering"), 0);
}

#[test]
fn demo_ids_are_the_survey_questions() {
    // The findings name questions by id; all of them exist in the survey.
    let demo = Demo::new();
    for finding in &demo.project.findings {
        assert!(demo.dataset.question(&finding.chart.question).is_some());
        if let Some(by) = &finding.chart.by {
            assert!(demo.dataset.question(by).is_some());
        }
    }
    assert_eq!(ids::VOORBEELD, "voorbeeld_goed_onderwijs");
}

#[test]
fn finding_10_the_planted_words_of_good_education() {
    let demo = Demo::new();
    let finding = demo.finding(10);
    assert_eq!(finding.chart.question.as_str(), ids::ERVARING);
    let chart = demo.chart(10);
    // "school, klas, jaar en groep": the four terms most stories use.
    let PanelKind::Words(whole) = &chart.whole.chart else {
        panic!("a words chart")
    };
    let labels: Vec<&str> = whole.terms.iter().map(|t| t.label.as_str()).collect();
    assert_eq!(labels[..4], ["school", "klas", "jaar", "groep"]);
    assert!(labels.contains(&"naam") && labels.contains(&"plaats"));
    let keyness = chart
        .comparison
        .as_ref()
        .and_then(|c| c.keyness.as_ref())
        .expect("keyness");
    let over: Vec<&str> = keyness
        .terms
        .iter()
        .filter(|t| t.g2 > 0.0)
        .map(|t| t.label.as_str())
        .collect();
    // The planted words of cooperation and planning are the top key terms.
    for planted in [
        "samen",
        "haalbare",
        "doelen",
        "gemaakt",
        "uitgevoerd",
        "begonnen",
        "vergaderd",
    ] {
        assert!(over.contains(&planted), "{planted} not in {over:?}");
    }
    assert!(over[..2].contains(&"samen") && over[..2].contains(&"haalbare"));
    let term = |label: &str| {
        keyness
            .terms
            .iter()
            .find(|t| t.label == label)
            .unwrap_or_else(|| panic!("{label}"))
    };
    let shares = |label: &str| {
        let t = term(label);
        (
            t.selection_percent.round(),
            (t.rest_percent * 10.0).round() / 10.0,
        )
    };
    // "Samen ... 20% tegen 1%, haalbare 18% tegen 0,3%, doelen, gemaakt en
    // uitgevoerd elk 14% tegen 0,3%, begonnen en vergaderd 16% tegen 0,4%".
    assert_eq!(shares("samen").0, 20.0);
    assert_eq!(term("samen").rest_percent.round(), 1.0);
    assert_eq!(shares("haalbare"), (18.0, 0.3));
    for label in ["doelen", "gemaakt", "uitgevoerd"] {
        assert_eq!(shares(label), (14.0, 0.3), "{label}");
    }
    for label in ["begonnen", "vergaderd"] {
        assert_eq!(shares(label), (16.0, 0.4), "{label}");
    }
    // "Uiteindelijk, weinig, achterstand en papier ... veel minder".
    for label in ["uiteindelijk", "weinig", "achterstand", "papier"] {
        let t = term(label);
        assert!(t.g2 < 0.0 && t.q < 0.001, "{label}: {t:?}");
    }
    for t in keyness.terms.iter().filter(|t| t.g2 > 0.0) {
        assert!(t.q < 0.001, "{t:?}");
    }
}
