//! The "What makes this selection different?" section of the Selections
//! tab: comparing with a selection lists its differences, strongest first,
//! and a click shows that question side by side.

use egui_kittest::kittest::Queryable;
use storylens::demo::{GOOD_EDUCATION, ids};
use storylens::i18n::Language;

use crate::support::demo_app;

#[test]
fn comparing_lists_the_differences_and_a_click_shows_the_question() {
    let mut harness = demo_app(Language::Dutch);
    harness.get_by_label("Selecties").click();
    harness.run();
    assert!(
        harness
            .query_by_label("Wat maakt deze selectie anders?")
            .is_some()
    );
    harness
        .get_by_role_and_label(egui::accesskit::Role::Button, GOOD_EDUCATION)
        .click();
    harness.run();
    assert_eq!(
        harness
            .state()
            .view()
            .selection
            .as_ref()
            .map(|s| s.name.as_str()),
        Some(GOOD_EDUCATION)
    );
    assert!(
        harness
            .query_by_label("De selectie tegen de overige verhalen (447 tegen 1.553)")
            .is_some()
    );
    // The strongest difference is listed first, in words, in Dutch.
    let first = harness.get_by_label_contains("De manier waarop — meer naar perfect");
    let gevoel = harness.get_by_label_contains("Gevoel — vaker tevredenheid");
    assert!(first.rect().top() < gevoel.rect().top());
    // The question that defines the selection is not listed.
    assert!(
        harness
            .query_by_label_contains("Voorbeeld van goed onderwijs —")
            .is_none()
    );
    gevoel.click();
    harness.run();
    assert_eq!(
        harness.state().current_question().map(|q| q.as_str()),
        Some(ids::GEVOEL)
    );
    assert!(
        harness.state().view().selection.is_some(),
        "still compared side by side"
    );
}
