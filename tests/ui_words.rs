//! The words chart in the app: a click on a term lists its stories and
//! offers "Make a selection from this word" (`text has word "…"`), and
//! keywords in context open each story with the word marked.

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

use storylens::charts::PanelKind;
use storylens::i18n::Language;
use storylens::model::Filter;
use storylens::ui::StorylensApp;

/// The demo in `language` showing the story question's words chart.
pub fn words_chart(language: Language) -> Harness<'static, StorylensApp> {
    let mut harness = crate::support::demo_app(language);
    harness.get_by_label("Ervaring").click();
    harness.run();
    harness
}

/// Clicks the words chart's term `label` (its mark is named "label: …").
pub fn click_term(harness: &mut Harness<'static, StorylensApp>, label: &str) {
    let prefix = format!("{label}: ");
    let name = harness
        .query_all_by_label_contains(&prefix)
        .filter_map(|node| node.accesskit_node().label())
        .find(|name| name.starts_with(&prefix))
        .unwrap_or_else(|| panic!("no term {label}"));
    harness
        .get_by_role_and_label(egui::accesskit::Role::Button, &name)
        .click();
    harness.run();
}

/// The first (most used) term of the whole set's words chart: its label
/// and number of stories.
pub fn first_term(harness: &Harness<'static, StorylensApp>) -> (String, usize) {
    let Some(Ok(data)) = harness.state().chart() else {
        panic!("a chart")
    };
    let PanelKind::Words(words) = &data.whole.chart else {
        panic!("a words chart: {:?}", data.whole.chart)
    };
    (words.terms[0].label.clone(), words.terms[0].stories)
}

#[test]
fn a_term_becomes_a_selection_in_one_click() {
    for (language, button) in [
        (Language::English, "Make a selection from this word"),
        (Language::Dutch, "Selectie maken van dit woord"),
    ] {
        let mut harness = words_chart(language);
        let (label, stories) = first_term(&harness);
        click_term(&mut harness, &label);
        let rows = &harness.state().browser().expect("its stories").rows;
        assert_eq!(rows.len(), stories, "{label}");
        let before = harness.state().project().selections.len();
        harness.get_by_label(button).click();
        harness.run();
        let project = harness.state().project();
        assert_eq!(project.selections.len(), before + 1);
        let made = project.selections.iter().last().expect("a new selection");
        assert_eq!(made.filter, Filter::has_word(label.clone()));
        let selected = made
            .filter
            .evaluate(harness.state().dataset())
            .expect("it evaluates");
        assert_eq!(selected.count(), stories, "{label}");
    }
}
