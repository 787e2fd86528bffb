//! The detected questions as a grid (select, columns, title, kind,
//! confidence, ignore, options) and the merge controls below it.
//!
//! Every control is named for accessibility after the question's key (its
//! first source column), which stays put while titles change.

use crate::i18n::{self, Strings};
use crate::import::{CodebookEdits, Detected, DetectedQuestion, Edit, KindChoice, Reason};
use crate::model::QuestionKind;

use super::Change;
use super::merge::MergeState;

pub(super) fn questions_ui(
    ui: &mut egui::Ui,
    detected: &Detected,
    edits: &CodebookEdits,
    merge: &mut MergeState,
    tr: &Strings,
    changes: &mut Vec<Change>,
) {
    let heading = i18n::fill(tr.import_questions, &[("n", &detected.questions.len())]);
    egui::CollapsingHeader::new(heading)
        .id_salt("import_questions")
        .default_open(true)
        .show(ui, |ui| {
            egui::Grid::new("import_question_grid")
                .striped(true)
                .num_columns(7)
                .show(ui, |ui| {
                    ui.label("");
                    ui.strong(tr.import_column);
                    ui.strong(tr.import_title);
                    ui.strong(tr.import_kind);
                    ui.strong(tr.import_confidence);
                    ui.label("");
                    ui.label("");
                    ui.end_row();
                    for question in &detected.questions {
                        question_row_ui(ui, question, merge, tr, changes);
                    }
                    for column in ignored_columns(detected, edits) {
                        ignored_row_ui(ui, column, tr, changes);
                    }
                });
        });
}

/// Columns the edits leave out, not used by any question shown.
fn ignored_columns<'a>(detected: &Detected, edits: &'a CodebookEdits) -> Vec<&'a str> {
    let mut columns: Vec<&str> = Vec::new();
    for edit in &edits.edits {
        if let Edit::Kind {
            column,
            kind: KindChoice::Ignore,
        } = edit
        {
            let shown = detected
                .questions
                .iter()
                .any(|q| q.sources.iter().any(|s| s == column));
            if !shown && !columns.contains(&column.as_str()) {
                columns.push(column);
            }
        }
    }
    columns
}

fn question_row_ui(
    ui: &mut egui::Ui,
    question: &DetectedQuestion,
    merge: &mut MergeState,
    tr: &Strings,
    changes: &mut Vec<Change>,
) {
    let key = question.key();
    let mut selected = merge.selected.iter().any(|k| k == key);
    if ui
        .checkbox(&mut selected, "")
        .accessible_name(i18n::fill(tr.import_select_of, &[("q", &key)]))
        .changed()
    {
        changes.push(Change::Select(key.to_owned(), selected));
    }
    ui.add(egui::Label::new(question.sources.join(", ")).truncate())
        .on_hover_text(question.sources.join("\n"));
    title_ui(ui, question, merge, tr, changes);
    kind_ui(ui, question, tr, changes);
    let percent = (question.confidence.value * 100.0).round();
    let mut note = format!(
        "{percent} % · {}",
        reason_text(question.confidence.reason, tr)
    );
    if question.confidence.repaired > 0 {
        let repaired = i18n::fill(tr.import_repaired, &[("n", &question.confidence.repaired)]);
        note = format!("{note} · {repaired}");
    }
    ui.label(note);
    let mut ignored = false;
    if ui
        .checkbox(&mut ignored, tr.import_ignore)
        .accessible_name(i18n::fill(tr.import_ignore_of, &[("q", &key)]))
        .changed()
        && ignored
    {
        changes.push(Change::Edit(Edit::Kind {
            column: key.to_owned(),
            kind: KindChoice::Ignore,
        }));
    }
    options_ui(ui, question, tr, changes);
    ui.end_row();
}

fn ignored_row_ui(ui: &mut egui::Ui, column: &str, tr: &Strings, changes: &mut Vec<Change>) {
    ui.label("");
    ui.label(column);
    ui.weak(tr.import_ignored);
    ui.label("");
    ui.label("");
    let mut ignored = true;
    if ui
        .checkbox(&mut ignored, tr.import_ignore)
        .accessible_name(i18n::fill(tr.import_ignore_of, &[("q", &column)]))
        .changed()
        && !ignored
    {
        changes.push(Change::Unignore(column.to_owned()));
    }
    ui.label("");
    ui.end_row();
}

fn title_ui(
    ui: &mut egui::Ui,
    question: &DetectedQuestion,
    merge: &mut MergeState,
    tr: &Strings,
    changes: &mut Vec<Change>,
) {
    let key = question.key();
    let draft = merge
        .drafts
        .entry(key.to_owned())
        .or_insert_with(|| question.title.clone());
    let response = ui
        .add(egui::TextEdit::singleline(draft).desired_width(220.0))
        .accessible_name(i18n::fill(tr.import_title_of, &[("q", &key)]));
    let committed = response.lost_focus() || (response.changed() && !response.has_focus());
    let title = draft.trim();
    if committed && !title.is_empty() && title != question.title {
        changes.push(Change::Edit(Edit::Rename {
            column: key.to_owned(),
            title: title.to_owned(),
        }));
    }
}

fn kind_ui(
    ui: &mut egui::Ui,
    question: &DetectedQuestion,
    tr: &Strings,
    changes: &mut Vec<Change>,
) {
    let key = question.key();
    let current = KindChoice::of(&question.kind);
    let shown = match (&question.kind, current) {
        (_, Some(choice)) => kind_choice_name(choice, tr),
        (QuestionKind::Stones { .. }, None) => tr.kind_stones,
        _ => tr.kind_triad,
    };
    egui::ComboBox::from_id_salt(("import_kind", key))
        .selected_text(shown)
        .width(140.0)
        .show_ui(ui, |ui| {
            for choice in KindChoice::ALL {
                if ui
                    .selectable_label(current == Some(choice), kind_choice_name(choice, tr))
                    .clicked()
                    && current != Some(choice)
                {
                    changes.push(Change::Edit(Edit::Kind {
                        column: key.to_owned(),
                        kind: choice,
                    }));
                }
            }
        })
        .response
        .accessible_name(i18n::fill(tr.import_kind_of, &[("q", &key)]));
}

/// The options of a choice question, to reorder, and "ordinal".
fn options_ui(
    ui: &mut egui::Ui,
    question: &DetectedQuestion,
    tr: &Strings,
    changes: &mut Vec<Change>,
) {
    let options = question.kind.options();
    if options.is_empty() {
        ui.label("");
        return;
    }
    let key = question.key();
    let heading = i18n::fill(tr.import_options, &[("q", &key)]);
    egui::CollapsingHeader::new(heading)
        .id_salt(("import_options", key))
        .show(ui, |ui| {
            for (at, option) in options.iter().enumerate() {
                ui.horizontal(|ui| {
                    let up = ui
                        .add_enabled(at > 0, egui::Button::new("↑").small())
                        .accessible_name(i18n::fill(tr.import_option_up, &[("o", option)]));
                    let down = ui
                        .add_enabled(at + 1 < options.len(), egui::Button::new("↓").small())
                        .accessible_name(i18n::fill(tr.import_option_down, &[("o", option)]));
                    ui.label(option);
                    let swap_with = if up.clicked() {
                        at.checked_sub(1)
                    } else if down.clicked() {
                        Some(at + 1)
                    } else {
                        None
                    };
                    if let Some(other) = swap_with.filter(|&o| o < options.len()) {
                        let mut order = options.to_vec();
                        order.swap(at, other);
                        changes.push(Change::Edit(Edit::Order {
                            column: key.to_owned(),
                            options: order,
                        }));
                    }
                });
            }
            if let QuestionKind::SingleChoice { ordinal, .. } = &question.kind {
                let mut value = *ordinal;
                if ui
                    .checkbox(&mut value, tr.import_ordinal)
                    .accessible_name(i18n::fill(tr.import_ordinal_of, &[("q", &key)]))
                    .changed()
                {
                    changes.push(Change::Edit(Edit::Ordinal {
                        column: key.to_owned(),
                        ordinal: value,
                    }));
                }
            }
        });
}

pub(super) fn kind_choice_name(choice: KindChoice, tr: &Strings) -> &'static str {
    match choice {
        KindChoice::Text => tr.kind_text,
        KindChoice::Title => tr.kind_title,
        KindChoice::Story => tr.kind_story,
        KindChoice::Single => tr.kind_single,
        KindChoice::Multi => tr.kind_multi,
        KindChoice::Slider => tr.kind_slider,
        KindChoice::Number => tr.kind_number,
        KindChoice::Date => tr.kind_date,
        KindChoice::Id => tr.kind_id,
        KindChoice::Ignore => tr.kind_ignore,
    }
}

fn reason_text(reason: Reason, tr: &Strings) -> &'static str {
    match reason {
        Reason::Edited => tr.reason_edited,
        Reason::Weights => tr.reason_weights,
        Reason::Stones => tr.reason_stones,
        Reason::Options => tr.reason_options,
        Reason::FewOptions => tr.reason_few_options,
        Reason::ManyOptions => tr.reason_many_options,
        Reason::SliderRange => tr.reason_slider_range,
        Reason::Numbers => tr.reason_numbers,
        Reason::Dates => tr.reason_dates,
        Reason::Identifiers => tr.reason_identifiers,
        Reason::TitleHeader => tr.reason_title_header,
        Reason::LongTexts => tr.reason_long_texts,
        Reason::OtherText => tr.reason_other_text,
    }
}
