//! The merge controls below the question grid: the ticked questions, a
//! title for the new question, the triad's corners, and the two buttons.

use std::collections::HashMap;

use crate::i18n::Strings;
use crate::import::{Detected, DetectedQuestion, Edit};

use super::Change;

/// Selection for merging, and text being typed.
#[derive(Debug, Default)]
pub(super) struct MergeState {
    /// Keys of the selected questions, in the order they were ticked.
    pub selected: Vec<String>,
    /// For a triad: which selected column is top, left and right.
    pub corners: [usize; 3],
    pub title: String,
    /// Titles being typed, by key; committed when the field loses focus.
    pub drafts: HashMap<String, String>,
}

impl MergeState {
    pub fn select(&mut self, key: &str, selected: bool) {
        self.selected.retain(|k| k != key);
        if selected {
            self.selected.push(key.to_owned());
        }
        self.corners = [0, 1, 2];
    }

    pub fn clear(&mut self) {
        self.selected.clear();
        self.corners = [0, 1, 2];
        self.title.clear();
    }
}

/// Below the grid: merge the ticked columns into a triad or a
/// multiple-choice question.
pub(super) fn merge_ui(
    ui: &mut egui::Ui,
    detected: &Detected,
    merge: &mut MergeState,
    tr: &Strings,
    changes: &mut Vec<Change>,
) {
    ui.add_space(6.0);
    ui.strong(tr.import_merge);
    let chosen: Vec<&DetectedQuestion> = merge
        .selected
        .iter()
        .filter_map(|key| detected.questions.iter().find(|q| q.key() == key))
        .collect();
    if chosen.is_empty() {
        ui.weak(tr.import_merge_hint);
        return;
    }
    let label = ui.label(format!("{}:", tr.import_new_title));
    if merge.title.is_empty() {
        merge.title = proposed_title(&chosen);
    }
    ui.text_edit_singleline(&mut merge.title)
        .labelled_by(label.id);
    let single_columns = chosen.iter().all(|q| q.sources.len() == 1);
    let triad_ready = chosen.len() == 3 && single_columns;
    if triad_ready {
        corners_ui(ui, &chosen, merge.corners, tr, changes);
    }
    let corners_distinct = {
        let [a, b, c] = merge.corners;
        a != b && b != c && a != c
    };
    ui.horizontal(|ui| {
        let title = merge.title.trim().to_owned();
        if ui
            .add_enabled(
                triad_ready && corners_distinct && !title.is_empty(),
                egui::Button::new(tr.import_make_triad),
            )
            .clicked()
        {
            let [top, left, right] = merge
                .corners
                .map(|i| chosen.get(i).map_or("", |q| q.key()).to_owned());
            changes.push(Change::Edit(Edit::Triad {
                title: title.clone(),
                top,
                left,
                right,
            }));
        }
        if ui
            .add_enabled(
                chosen.len() >= 2 && !title.is_empty(),
                egui::Button::new(tr.import_make_multi),
            )
            .clicked()
        {
            let columns = chosen.iter().flat_map(|q| q.sources.clone()).collect();
            changes.push(Change::Edit(Edit::Multi { title, columns }));
        }
    });
}

fn corners_ui(
    ui: &mut egui::Ui,
    chosen: &[&DetectedQuestion],
    corners: [usize; 3],
    tr: &Strings,
    changes: &mut Vec<Change>,
) {
    ui.horizontal(|ui| {
        let slots = [
            tr.import_corner_top,
            tr.import_corner_left,
            tr.import_corner_right,
        ];
        for (slot, (name, current)) in slots.into_iter().zip(corners).enumerate() {
            let label = ui.label(format!("{name}:"));
            let shown = chosen.get(current).map_or("", |q| q.key());
            egui::ComboBox::from_id_salt(("import_corner", slot))
                .selected_text(shown)
                .show_ui(ui, |ui| {
                    for (index, question) in chosen.iter().enumerate() {
                        if ui
                            .selectable_label(index == current, question.key())
                            .clicked()
                        {
                            changes.push(Change::Corner(slot, index));
                        }
                    }
                })
                .response
                .labelled_by(label.id);
        }
    });
}

/// The shared start of the titles (`Wie - kind`, `Wie - school` → `Wie`),
/// else the titles joined.
fn proposed_title(chosen: &[&DetectedQuestion]) -> String {
    let titles: Vec<&str> = chosen.iter().map(|q| q.title.as_str()).collect();
    let first = titles.first().copied().unwrap_or_default();
    let mut common = first.len();
    for title in &titles[1.min(titles.len())..] {
        common = first
            .char_indices()
            .zip(title.chars())
            .take_while(|((_, a), b)| a == b)
            .last()
            .map_or(0, |((i, a), _)| (i + a.len_utf8()).min(common));
    }
    let prefix = first
        .get(..common)
        .unwrap_or_default()
        .trim_end_matches(|c: char| !c.is_alphanumeric());
    if prefix.chars().count() >= 3 {
        prefix.to_owned()
    } else {
        titles.join(" / ")
    }
}
