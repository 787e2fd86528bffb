//! Display lumping driven through egui_kittest: merge two options in the
//! toolbar's editor, read the merged bar, undo.

use crate::support::demo_app;
use egui_kittest::kittest::Queryable;
use storylens::charts::PanelKind;
use storylens::i18n::{Language, format_count, format_decimal};
use storylens::model::{Column, QuestionId};
use storylens::ui::StorylensApp;

/// Stories per role and the stories that answered, from the column.
fn role_counts(app: &StorylensApp) -> (Vec<usize>, usize) {
    let Some((question, Column::Single(roles))) = app
        .dataset()
        .question(&QuestionId::new(storylens::demo::ids::ROLSOORT))
    else {
        panic!("the demo's roles")
    };
    let mut counts = vec![0; question.kind.options().len()];
    for row in 0..roles.codes.len() {
        if let Some(code) = roles.get(row) {
            counts[code] += 1;
        }
    }
    let n = counts.iter().sum();
    (counts, n)
}

fn bar_labels(app: &StorylensApp) -> Vec<String> {
    match app.chart() {
        Some(Ok(data)) => match &data.whole.chart {
            PanelKind::Bars(bars) => bars.labels.clone(),
            other => panic!("bars, not {other:?}"),
        },
        other => panic!("a chart, not {other:?}"),
    }
}

#[test]
fn merging_two_options_in_the_editor_draws_one_bar_and_undo_restores_them() {
    let mut harness = demo_app(Language::Dutch);
    harness.get_by_label("Uw rolsoort").click();
    harness.run();
    let (counts, n) = role_counts(harness.state());
    let plain = bar_labels(harness.state());

    harness.get_by_label("Samenvoegen ▾").click();
    harness.run();
    harness
        .get_by_role_and_label(egui::accesskit::Role::CheckBox, "ouder/verzorger")
        .click();
    harness.run();
    harness
        .get_by_role_and_label(egui::accesskit::Role::CheckBox, "leerling/jongere")
        .click();
    harness.run();
    let name = harness.get_by_label("Naam:");
    name.focus();
    name.type_text("gezin");
    harness.run();
    harness.get_by_label("Samenvoegen").click();
    harness.run();

    let labels = bar_labels(harness.state());
    assert_eq!(labels[0], "gezin");
    assert_eq!(labels.len(), plain.len() - 1);
    let merged = counts[0] + counts[1];
    let percent = format_decimal(Language::Dutch, 100.0 * merged as f64 / n as f64, 1);
    let count = format_count(Language::Dutch, merged);
    // The bar as the screen names it, and the chart's n unchanged.
    harness.get_by_label(&format!("gezin: {percent}% ({count})"));
    let Some(Ok(data)) = harness.state().chart() else {
        panic!("a chart")
    };
    assert_eq!(data.whole.n, n);
    // The note under the chart says what was merged.
    // (The scene wraps it over lines of its own.)
    harness.get_by_label_contains("samengevoegd 'ouder/verzorger', 'leerling/jongere'");
    harness.get_by_label_contains("'gezin'");

    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(bar_labels(harness.state()), plain);
    assert!(harness.query_by_label_contains("gezin:").is_none());
}
