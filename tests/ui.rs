//! The app driven through egui_kittest: find by label, click, assert.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use storylens::i18n::{Language, format_count};
use storylens::model::{Column, QuestionId};
use storylens::ui::{Settings, StorylensApp};

fn demo_app(language: Language) -> Harness<'static, StorylensApp> {
    let mut app = StorylensApp::demo();
    app.settings = Settings {
        language,
        ..Settings::default()
    };
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .build_eframe(|cc| {
            storylens::ui::install_fonts(&cc.egui_ctx);
            app
        });
    harness.run();
    harness
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
    harness.get_by_label(&format!("n = {}", format_count(Language::Dutch, n)));
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
    harness.get_by_role(egui::accesskit::Role::ComboBox).click();
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
    harness.get_by_role(egui::accesskit::Role::ComboBox).click();
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
    harness.get_by_label(&text);
    harness.get_by_label("▶").click();
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
