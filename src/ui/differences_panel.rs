//! "What makes this selection different?": under the selections, every
//! question tested for the compared selection against the rest of its
//! baseline (`patterns::differences`), strongest first, each row in words
//! (`patterns::text`); a click shows that question side by side.
//!
//! The pass takes a few milliseconds at 100,000 stories, so it runs only
//! when the comparison changes: the result is kept in egui's memory under
//! a key made of the selection, the baseline, the dataset (its size and
//! address) and whether the story words are indexed yet (then the story
//! text is tested too).

use std::hash::{Hash, Hasher};
use std::sync::Arc;

use crate::i18n::{self, Language};
use crate::model::{Dataset, QuestionId};
use crate::patterns::{self, Differences, DifferencesOptions};
use crate::workspace::{Command, View};

/// At most this many rows are listed (the strongest).
const ROWS_SHOWN: usize = 12;

/// Rows at q ≥ this are drawn weak: not significant.
const Q_LEVEL: f64 = 0.05;

/// The differences of the compared selection, computed once per comparison.
/// Word clauses of the selections count words as `words` (the project's).
fn differences_of(
    ui: &egui::Ui,
    view: &View,
    dataset: &Dataset,
    words: &crate::words::WordOptions,
) -> Option<Arc<Differences>> {
    let compared = view.selection.as_ref()?;
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    // The dataset's address tells a newly opened or re-imported dataset
    // of the same size apart.
    let address = std::ptr::from_ref(dataset) as usize;
    // The story text is tested once its words are indexed (on the app's
    // background thread): the rows are computed again then.
    let indexed = crate::words::is_built(dataset, None, &crate::words::WordOptions::default());
    format!(
        "{:?}|{:?}|{}|{address}|{indexed}|{words:?}",
        compared.filter,
        view.baseline_filter,
        dataset.len()
    )
    .hash(&mut hasher);
    let id = egui::Id::NULL
        .with("storylens_differences_panel")
        .with(hasher.finish());
    if let Some(found) = ui.ctx().data(|d| d.get_temp::<Arc<Differences>>(id)) {
        return Some(found);
    }
    // The language only names the whole set, which no row shows.
    let baseline = view.frozen_baseline(Language::default());
    let result = Arc::new(
        crate::project::selection_differences(
            dataset,
            &baseline,
            &view.frozen_selection()?,
            &DifferencesOptions::default(),
            words,
        )
        .ok()?,
    );
    ui.ctx().data_mut(|d| d.insert_temp(id, result.clone()));
    Some(result)
}

/// Draws the section; pushes `ShowQuestion` for a clicked row.
pub fn differences_ui(
    ui: &mut egui::Ui,
    view: &View,
    dataset: &Dataset,
    words: &crate::words::WordOptions,
    language: Language,
    commands: &mut Vec<Command>,
) {
    let tr = language.strings();
    egui::CollapsingHeader::new(tr.differences_heading)
        .default_open(true)
        .show(ui, |ui| {
            let Some(result) = differences_of(ui, view, dataset, words) else {
                ui.label(egui::RichText::new(tr.differences_pick).weak());
                return;
            };
            let tested = result.tests.len();
            let counts = i18n::fill(
                tr.differences_against,
                &[
                    (
                        "selection",
                        &i18n::format_count(language, result.n_selection),
                    ),
                    ("rest", &i18n::format_count(language, result.n_rest)),
                ],
            );
            ui.label(egui::RichText::new(counts).small().weak());
            egui::ScrollArea::vertical()
                .id_salt("differences")
                .max_height(260.0)
                .show(ui, |ui| {
                    for row in result.tests.iter().take(ROWS_SHOWN) {
                        let text =
                            format!("{} — {}", row.question, patterns::text::line(row, language));
                        let mut rich = egui::RichText::new(text);
                        if row.q.is_nan() || row.q >= Q_LEVEL {
                            rich = rich.weak();
                        }
                        let shown = view.question.as_ref() == Some(&row.question_id);
                        let hover = i18n::fill(
                            tr.differences_q,
                            &[
                                (
                                    "q",
                                    &i18n::format_p(language, row.q)
                                        .trim_start_matches('p')
                                        .to_owned(),
                                ),
                                ("m", &tested),
                            ],
                        );
                        if ui
                            .selectable_label(shown, rich)
                            .on_hover_text(hover)
                            .clicked()
                        {
                            commands.push(Command::ShowQuestion(QuestionId::new(
                                row.question_id.as_str(),
                            )));
                        }
                    }
                });
        });
}
