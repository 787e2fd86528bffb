//! The app driven through egui_kittest: find by label, click, assert.

use crate::support::demo_app;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use storylens::i18n::{Language, format_count};
use storylens::model::{Column, QuestionId};
use storylens::ui::StorylensApp;

/// The label of the "split by" box in the app's language.
fn split_by(harness: &Harness<'_, StorylensApp>) -> &'static str {
    match harness.state().settings.language {
        Language::Dutch => "Uitsplitsen naar:",
        Language::English => "Split by:",
    }
}

/// n of a slider computed straight from the column, not through charts.
fn answered_slider_count(app: &StorylensApp, id: &str) -> usize {
    match app.dataset().question(&QuestionId::new(id)) {
        Some((_, Column::Number(column))) => column.values.iter().filter(|v| !v.is_nan()).count(),
        _ => panic!("{id} is a slider"),
    }
}

#[test]
fn clicking_a_slider_shows_its_chart_with_the_right_n() {
    let mut harness = demo_app(Language::Dutch);
    let title = "Voorbeeld van goed onderwijs";
    assert_eq!(
        harness.query_all_by_label(title).count(),
        1,
        "only in the list"
    );
    harness.get_by_label(title).click();
    harness.run();
    assert_eq!(
        harness.state().current_question(),
        Some(&QuestionId::new("voorbeeld_goed_onderwijs"))
    );
    assert_eq!(
        harness.query_all_by_label(title).count(),
        2,
        "list and heading"
    );
    let n = answered_slider_count(harness.state(), "voorbeeld_goed_onderwijs");
    assert!(n > 1500 && n <= 2000, "{n}");
    // "n = 1.969, 31 ontbrekend": the counts line, as the exports write it.
    harness.get_by_label_contains(&format!("n = {},", format_count(Language::Dutch, n)));
    harness.get_by_label("Absoluut niet");
    harness.get_by_label("Zeker wel");
}

#[test]
fn switching_language_changes_every_ui_string_but_not_the_data() {
    let mut harness = demo_app(Language::Dutch);
    harness.get_by_label("Schuifvragen");
    harness.get_by_label("Vragen");
    harness.get_by_label("English").click();
    harness.run();
    assert_eq!(harness.state().settings.language, Language::English);
    assert!(harness.query_by_label("Schuifvragen").is_none());
    harness.get_by_label("Sliders");
    harness.get_by_label("Questions");
    harness.get_by_label("Source: embedded demo");
    // Chart labels come from the data and stay Dutch.
    harness.get_by_label("De manier waarop");
    harness.get_by_label("Nederlands").click();
    harness.run();
    harness.get_by_label("Schuifvragen");
}

#[test]
fn the_window_opens_on_a_triad_with_its_corners() {
    let harness = demo_app(Language::English);
    assert_eq!(
        harness.query_all_by_label("Wie was aan zet?").count(),
        2,
        "list and heading"
    );
    harness.get_by_label("2,000 stories");
    harness.get_by_label("Triads");
}

#[test]
fn splitting_by_a_second_choice_question_shows_a_crosstab() {
    let mut harness = demo_app(Language::Dutch);
    harness.get_by_label("Grootste invloed 1").click();
    harness.run();
    harness.get_by_label("Uitsplitsen naar:");
    harness
        .get_by_role_and_label(egui::accesskit::Role::ComboBox, split_by(&harness))
        .click();
    harness.run();
    // The list holds "Grootste invloed 2" too; the popup's entry comes last.
    let entries: Vec<_> = harness.query_all_by_label("Grootste invloed 2").collect();
    assert_eq!(entries.len(), 2, "list entry and popup entry");
    entries.last().unwrap().click();
    harness.run();
    harness.get_by_label("Grootste invloed 1 × Grootste invloed 2");
    harness.get_by_label("rij-%").click();
    harness.run();
    harness.get_by_label("vaker dan verwacht");
    harness.get_by_label_contains("Cramér's V");
}

#[test]
fn clicking_a_crosstab_cell_lists_exactly_its_stories_and_opens_one() {
    let mut harness = demo_app(Language::English);
    harness.get_by_label("Grootste invloed 1").click();
    harness.run();
    harness
        .get_by_role_and_label(egui::accesskit::Role::ComboBox, split_by(&harness))
        .click();
    harness.run();
    harness
        .query_all_by_label("Grootste invloed 2")
        .last()
        .unwrap()
        .click();
    harness.run();
    // The count the cell shows, computed here straight from the columns.
    let dataset = harness.state().dataset();
    let (_, first) = dataset
        .question(&QuestionId::new("grootste_invloed_1"))
        .unwrap();
    let (_, second) = dataset
        .question(&QuestionId::new("grootste_invloed_2"))
        .unwrap();
    let (Column::Single(first), Column::Single(second)) = (first, second) else {
        panic!()
    };
    let expected: Vec<usize> = (0..dataset.len())
        .filter(|&r| first.get(r) == Some(0) && second.get(r) == Some(1))
        .collect();
    assert!(expected.len() > 20);
    harness
        .get_by_label(&format!("ik zelf × leraren: {}", expected.len()))
        .click();
    harness.run();
    let browser = harness.state().browser().expect("the story list opened");
    assert_eq!(browser.rows, expected);
    assert_eq!(browser.label, "ik zelf × leraren");
    harness.get_by_label(&format!("{} stories", expected.len()));
    // Open the first story: its full text is shown.
    let first_row = expected[0];
    let dataset = harness.state().dataset();
    let title = dataset
        .text(storylens::model::TextRole::Title, first_row)
        .unwrap()
        .to_owned();
    let text = dataset
        .text(storylens::model::TextRole::Story, first_row)
        .unwrap()
        .to_owned();
    harness.query_all_by_label(&title).next().unwrap().click();
    harness.run();
    assert_eq!(harness.state().browser().unwrap().reading, Some(0));
    // The text is a read-only field (so words can be selected to redact).
    harness.get_by_value(&text);
    harness.get_by_label("Next story").click();
    harness.run();
    assert_eq!(harness.state().browser().unwrap().reading, Some(1));
}

#[test]
fn text_size_shortcuts_and_the_projector_theme() {
    let mut harness = demo_app(Language::English);
    let before = harness.state().settings.font_scale;
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Equals);
    harness.run();
    let larger = harness.state().settings.font_scale;
    assert!(larger > before, "{larger} > {before}");
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Minus);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Minus);
    harness.run();
    assert!(harness.state().settings.font_scale < before);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num0);
    harness.run();
    assert_eq!(harness.state().settings.font_scale, 1.0);

    harness.get_by_label("View").click();
    harness.run();
    harness.get_by_label("Projector (high contrast)").click();
    harness.run();
    assert_eq!(
        harness.state().settings.theme,
        storylens::ui::Theme::Projector
    );
    assert_eq!(harness.ctx.zoom_factor(), 1.35);
}

/// The rows of the demo with "Voorbeeld van goed onderwijs" ≥ 70,
/// straight from the column.
fn good_education_rows(app: &StorylensApp) -> Vec<usize> {
    match app
        .dataset()
        .question(&QuestionId::new("voorbeeld_goed_onderwijs"))
    {
        Some((_, Column::Number(column))) => (0..app.dataset().len())
            .filter(|&r| column.values[r] >= 0.7)
            .collect(),
        _ => panic!("the demo has the slider"),
    }
}

#[test]
fn build_a_selection_compare_it_and_read_the_stories_of_a_cell() {
    let mut harness = demo_app(Language::Dutch);
    // A new selection through the builder: pick the slider, type 70–100.
    harness.get_by_label("Selecties").click();
    harness.run();
    harness.get_by_label("+ Nieuwe selectie").click();
    harness.run();
    harness
        .get_by_role_and_label(egui::accesskit::Role::ComboBox, "Vraag:")
        .click();
    harness.run();
    harness
        .query_all_by_label("Voorbeeld van goed onderwijs")
        .last()
        .unwrap()
        .click();
    harness.run();
    harness.get_by_label("van").focus();
    harness.get_by_label("van").type_text("70");
    harness.get_by_label("tot en met").focus();
    harness.get_by_label("tot en met").type_text("100");
    harness.run();
    harness.get_by_label("Voeg voorwaarde toe").click();
    harness.run();
    let expected = good_education_rows(harness.state());
    let selection = harness.state().view().selection.clone().expect("compared");
    assert_eq!(
        selection
            .filter
            .evaluate(harness.state().dataset())
            .unwrap()
            .count(),
        expected.len()
    );

    // Grootste invloed 1 × 2 as a comparison.
    harness.get_by_label("Vragen").click();
    harness.run();
    harness.get_by_label("Grootste invloed 1").click();
    harness.run();
    harness
        .get_by_role_and_label(egui::accesskit::Role::ComboBox, "Uitsplitsen naar:")
        .click();
    harness.run();
    harness
        .query_all_by_label("Grootste invloed 2")
        .last()
        .unwrap()
        .click();
    harness.run();
    let name = selection.name.clone();
    // Each panel's heading names its population (the n under it is
    // those who answered both; the cell below checks the stories).
    harness.get_by_label("Alle verhalen");
    harness.get_by_label(&format!("Selectie: {name}"));

    // The cell ik zelf × leraren in the selection panel: exactly its stories.
    let dataset = harness.state().dataset();
    let (_, first) = dataset
        .question(&QuestionId::new("grootste_invloed_1"))
        .unwrap();
    let (_, second) = dataset
        .question(&QuestionId::new("grootste_invloed_2"))
        .unwrap();
    let (Column::Single(first), Column::Single(second)) = (first, second) else {
        panic!()
    };
    let cell: Vec<usize> = expected
        .iter()
        .copied()
        .filter(|&r| first.get(r) == Some(0) && second.get(r) == Some(1))
        .collect();
    let label = format!("ik zelf × leraren: {}", cell.len());
    // Both panels have this cell; the selection's is the second.
    harness.query_all_by_label(&label).last().unwrap().click();
    harness.run();
    assert_eq!(harness.state().browser().unwrap().rows, cell);
    let dataset = harness.state().dataset();
    let title = dataset
        .text(storylens::model::TextRole::Title, cell[0])
        .unwrap()
        .to_owned();
    let text = dataset
        .text(storylens::model::TextRole::Story, cell[0])
        .unwrap()
        .to_owned();
    harness.query_all_by_label(&title).next().unwrap().click();
    harness.run();
    // The text is a read-only field (so words can be selected to redact).
    harness.get_by_value(&text);
}

#[test]
fn a_finding_opens_its_comparison_and_presentation_walks_the_slides() {
    let mut harness = demo_app(Language::Dutch);
    let project = harness.state().project().clone();
    let first = project.findings.first().unwrap().clone();
    harness.get_by_label("Bevindingen").click();
    harness.run();
    harness.get_by_label(&first.title).click();
    harness.run();
    assert_eq!(harness.state().open_finding_id(), Some(first.id));
    assert_eq!(
        harness.state().current_question(),
        Some(&first.chart.question)
    );
    assert!(harness.state().view().selection.is_some());
    harness.get_by_label("Wat zagen we?");

    // F5, then through the slides with the arrow keys; space flips.
    harness.key_press(egui::Key::F5);
    harness.run();
    let slides = harness
        .state()
        .presentation()
        .expect("presenting")
        .slides
        .clone();
    assert_eq!(slides.len(), project.findings.len());
    harness.get_by_label(&format!("1 van {}", slides.len()));
    harness.key_press(egui::Key::ArrowRight);
    harness.run();
    assert_eq!(harness.state().presentation().unwrap().index, 1);
    assert_eq!(harness.state().open_finding_id(), Some(slides[1]));
    let title = &project.finding(slides[1]).unwrap().title;
    harness.get_by_label(title);
    harness.key_press(egui::Key::PageUp);
    harness.run();
    assert_eq!(harness.state().presentation().unwrap().index, 0);
    harness.key_press(egui::Key::Space);
    harness.run();
    assert_eq!(
        harness.state().presentation().unwrap().showing,
        storylens::ui::Showing::Baseline
    );
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(harness.state().presentation().is_none());
}

#[test]
fn editing_a_finding_is_undone_and_redone_with_the_keyboard() {
    let mut harness = demo_app(Language::English);
    let first = harness.state().project().findings.first().unwrap().clone();
    harness.get_by_label("Findings").click();
    harness.run();
    harness.get_by_label(&first.title).click();
    harness.run();
    harness
        .get_by_label("Improvement proposals (one per line)")
        .focus();
    harness
        .get_by_label("Improvement proposals (one per line)")
        .type_text("\nMeer tijd voor overleg");
    harness.run();
    let edited = harness
        .state()
        .project()
        .finding(first.id)
        .unwrap()
        .proposals
        .clone();
    assert_eq!(
        edited.last().map(String::as_str),
        Some("Meer tijd voor overleg")
    );
    // Click away so the next keys go to the app, not the text field.
    harness.get_by_label("Findings").click();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(
        harness
            .state()
            .project()
            .finding(first.id)
            .unwrap()
            .proposals,
        first.proposals
    );
    harness.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::Z,
    );
    harness.run();
    assert_eq!(
        harness
            .state()
            .project()
            .finding(first.id)
            .unwrap()
            .proposals,
        edited
    );
}

fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("storylens-ui-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn a_broken_file_keeps_the_open_project_and_says_why() {
    let mut harness = demo_app(Language::English);
    let dir = temp_dir("broken");
    let path = dir.join("kapot.xlsx");
    std::fs::write(&path, b"not a workbook at all").unwrap();
    harness
        .state_mut()
        .apply(storylens::ui::Command::OpenPath(path));
    harness.run();
    assert_eq!(
        harness.state().dataset().len(),
        2000,
        "the demo is still open"
    );
    let notice = harness.state().notices().last().expect("a notice").clone();
    assert_eq!(notice.level, storylens::ui::NoticeLevel::Error);
    assert!(notice.text.contains("kapot.xlsx"), "{}", notice.text);
    harness.get_by_label(&notice.text);
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn save_as_then_open_gives_back_the_project_and_its_findings() {
    let mut harness = demo_app(Language::Dutch);
    let dir = temp_dir("save");
    let path = dir.join("demo.storylens");
    harness
        .state_mut()
        .apply(storylens::ui::Command::SaveAs(path.clone()));
    harness.run();
    assert!(path.exists());
    let saved = harness.state().project().clone();
    harness.state_mut().apply(storylens::ui::Command::OpenDemo);
    harness
        .state_mut()
        .apply(storylens::ui::Command::OpenPath(path.clone()));
    harness.run();
    assert_eq!(harness.state().project(), &saved);
    harness.get_by_label("Bevindingen").click();
    harness.run();
    harness.get_by_label(&saved.findings[0].title);
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn a_real_export_opens_from_the_command_line_path() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/fixtures");
    if !dir.is_dir() {
        eprintln!("skipping: ../shared/fixtures not found");
        return;
    }
    // An export named on the command line goes through the import dialog,
    // so a wrong guess can be corrected before it becomes the project.
    let app = StorylensApp::from_path(Some(dir.join("narrafirma/example_stories.csv")));
    assert!(app.import_dialog().is_some());
    // The stories hold emoji (🔥), which the embedded fonts draw as a box.
    let mut harness = egui_kittest::Harness::builder()
        .with_max_steps(crate::support::MAX_STEPS)
        .with_size(egui::vec2(1400.0, 900.0))
        .allow_missing_glyphs()
        .build_eframe(|cc| {
            storylens::ui::install_fonts(&cc.egui_ctx);
            app
        });
    harness.state_mut().settings.language = storylens::i18n::Language::English;
    crate::support::finish_import(&mut harness);
    let app = harness.state();
    assert_eq!(app.dataset().len(), 80);
    assert!(
        app.window_title().contains("example_stories"),
        "{}",
        app.window_title()
    );
    assert!(
        app.notices()
            .iter()
            .all(|n| n.level != storylens::ui::NoticeLevel::Error)
    );
}

#[test]
fn a_story_becomes_a_quote_of_the_open_finding() {
    let mut harness = demo_app(Language::English);
    let first = harness.state().project().findings[0].clone();
    harness.get_by_label("Findings").click();
    harness.run();
    harness.get_by_label(&first.title).click();
    harness.run();
    harness.state_mut().apply(storylens::ui::Command::OpenRows {
        label: "test".into(),
        rows: vec![5],
    });
    harness.state_mut().apply(storylens::ui::Command::Browser(
        storylens::ui::BrowserCommand::Read(0),
    ));
    harness.run();
    harness.get_by_label("Use as quote").click();
    harness.run();
    let quotes = &harness.state().project().finding(first.id).unwrap().quotes;
    assert_eq!(quotes.len(), first.quotes.len() + 1);
    let quote = quotes.last().unwrap();
    let dataset = harness.state().dataset();
    assert_eq!(quote.story_id, dataset.story_ids()[5]);
    let text = dataset.text(storylens::model::TextRole::Story, 5).unwrap();
    assert!(text.starts_with(&quote.excerpt), "{}", quote.excerpt);
}

#[test]
fn file_open_on_an_export_goes_through_the_import_dialog() {
    let dir = temp_dir("open");
    let path = dir.join("verhalen.csv");
    std::fs::write(
        &path,
        "id;Titel;Verhaal;Rol;Goed\n1;Een;Een lang verhaal over school en hulp, met genoeg woorden om tekst te zijn.;ouder;70\n2;Twee;Nog een verhaal over de klas en de leraar die hielp, met veel woorden erin.;leraar;35\n3;Drie;Een derde verhaal over thuis en school, over wat er gebeurde en waarom.;ouder;90\n",
    )
    .unwrap();
    let dialogs = storylens::ui::file_dialogs::ScriptedDialogs {
        open: Some(path.clone()),
        ..Default::default()
    };
    let app = StorylensApp::demo().with_dialogs(Box::new(dialogs));
    let mut harness = crate::support::harness_of(app, Language::English);
    // Through the menu (Ctrl+O is tested in tests/desktop.rs).
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label_contains("Open…").click();
    // One frame, not `run`: the dialog repaints while its import runs.
    harness.step();
    assert!(
        harness.state().import_dialog().is_some(),
        "the import dialog opened"
    );
    // The import runs on its own thread; on a loaded machine it may take a
    // while.
    crate::support::finish_import(&mut harness);
    assert_eq!(harness.state().dataset().len(), 3);
    assert!(harness.state().window_title().contains("verhalen"));
    std::fs::remove_dir_all(dir).ok();
}

/// Zones on the demo's triad, counted here straight from the column with
/// the zone rules written out (corner ≥ 2/3, centre all ≥ 1/6, else the
/// edge opposite the smallest weight).
fn centre_zone_count(app: &StorylensApp) -> usize {
    let Some((_, Column::Triad(triad))) = app
        .dataset()
        .question(&QuestionId::new(storylens::demo::ids::WIE_AAN_ZET))
    else {
        panic!("the demo has the triad")
    };
    (0..triad.len())
        .filter_map(|row| triad.get(row))
        .filter(|w| {
            let total: f64 = w.iter().sum();
            let w = w.map(|v| v / total);
            w.iter().all(|&v| v < 2.0 / 3.0 - 1e-9) && w.iter().all(|&v| v >= 1.0 / 6.0 - 1e-9)
        })
        .count()
}

#[test]
fn toggling_zones_shows_each_zones_count_on_the_triad() {
    let mut harness = demo_app(Language::English);
    let centre = centre_zone_count(harness.state());
    let n = harness
        .state()
        .dataset()
        .answered_count(&QuestionId::new(storylens::demo::ids::WIE_AAN_ZET));
    let label = format!(
        "{} ({}%)",
        format_count(Language::English, centre),
        storylens::i18n::format_decimal(Language::English, 100.0 * centre as f64 / n as f64, 1)
    );
    harness.get_by_label("Zones").click();
    harness.run();
    assert!(harness.state().view().chart.show_zones);
    // Each zone's count is also listed as text under the triangle.
    harness.get_by_label(&format!("centre: {label}"));
    harness.get_by_label("Zones").click();
    harness.run();
    assert!(!harness.state().view().chart.show_zones);
    assert!(
        harness
            .query_by_label(&format!("centre: {label}"))
            .is_none()
    );
}

#[test]
fn per_option_draws_one_small_triad_per_role_with_its_n() {
    let mut harness = demo_app(Language::English);
    harness
        .get_by_role_and_label(egui::accesskit::Role::ComboBox, split_by(&harness))
        .click();
    harness.run();
    // The question list holds "Uw rolsoort" too; the popup's entry comes last.
    let entries: Vec<_> = harness.query_all_by_label("Uw rolsoort").collect();
    entries.last().unwrap().click();
    harness.run();
    harness.get_by_label("Per option").click();
    harness.run();
    // Stories of each role that answered the triad, counted from the columns.
    let app = harness.state();
    let (Some((_, Column::Triad(triad))), Some((_, Column::Single(roles)))) = (
        app.dataset()
            .question(&QuestionId::new(storylens::demo::ids::WIE_AAN_ZET)),
        app.dataset()
            .question(&QuestionId::new(storylens::demo::ids::ROLSOORT)),
    ) else {
        panic!("the demo's triad and roles")
    };
    let teachers = (0..triad.len())
        .filter(|&r| roles.get(r) == Some(2) && triad.get(r).is_some())
        .count();
    harness.get_by_label(&format!(
        "leraar (n = {})",
        format_count(Language::English, teachers)
    ));
    harness.get_by_label_contains("ouder/verzorger (n = ");
}
