//! The Selections tab: named selections with their counts and summaries,
//! and an editor — a builder (pick a question, the widget fits its kind)
//! and the filter language as text, with errors that point at the column.

use crate::i18n::{self, Language};
use crate::model::{
    Dataset, Filter, QuestionId, QuestionKind, SelectionId, describe, parse_filter, to_text,
};
use crate::project::Project;

use super::commands::Command;

/// The editor's text buffers: UI-local state, like egui's own memory.
#[derive(Clone, Debug, Default)]
pub struct SelectionEditor {
    pub editing: Option<SelectionId>,
    pub name: String,
    pub text: String,
    pub error: Option<String>,
    pub question: Option<QuestionId>,
    pub options: Vec<bool>,
    pub from: String,
    pub to: String,
    pub contains: String,
}

impl SelectionEditor {
    /// Loads a named selection into the editor.
    pub fn select(&mut self, id: SelectionId, project: &Project, dataset: &Dataset) {
        if let Some(named) = project.selections.get(id) {
            self.editing = Some(id);
            self.name = named.name.clone();
            self.text = to_text(&named.filter, dataset.codebook());
            self.error = None;
        }
    }

    /// The condition the builder describes, or `None` while it is not
    /// complete: no option ticked, both slider bounds empty, a bound out of
    /// 0–100 or the wrong way round, a number bound that is not a number, no text.
    fn built(&self, dataset: &Dataset) -> Option<Filter> {
        let question = dataset.codebook().get(self.question.as_ref()?)?;
        match &question.kind {
            QuestionKind::SingleChoice { options, .. } | QuestionKind::MultiChoice { options } => {
                let chosen: Vec<String> = options
                    .iter()
                    .zip(&self.options)
                    .filter(|(_, on)| **on)
                    .map(|(o, _)| o.clone())
                    .collect();
                (!chosen.is_empty()).then(|| Filter::options(question.id.as_str(), chosen))
            }
            QuestionKind::Slider { .. } => {
                // One bound is enough ("from 70"); none would select every
                // answer, which is no condition at all.
                let (from, to) = (bound(&self.from)?, bound(&self.to)?);
                if from.is_none() && to.is_none() {
                    return None;
                }
                let (from, to) = (from.unwrap_or(0.0), to.unwrap_or(100.0));
                let valid = (0.0..=100.0).contains(&from) && (0.0..=100.0).contains(&to);
                (valid && from <= to).then(|| Filter::slider_range(question.id.as_str(), from, to))
            }
            QuestionKind::Number => {
                let (from, to) = (bound(&self.from)?, bound(&self.to)?);
                let ordered = !matches!((from, to), (Some(a), Some(b)) if a > b);
                ((from.is_some() || to.is_some()) && ordered)
                    .then(|| Filter::number_range(question.id.as_str(), from, to))
            }
            _ => (!self.contains.trim().is_empty()).then(|| Filter::TextContains {
                question: Some(question.id.clone()),
                text: self.contains.trim().to_owned(),
            }),
        }
    }
}

/// A bound typed in the builder: `Some(None)` when empty, `None` when it is
/// not a number (a decimal comma is fine).
fn bound(text: &str) -> Option<Option<f64>> {
    let text = text.trim();
    if text.is_empty() {
        return Some(None);
    }
    let value = text.replace(',', ".").parse::<f64>().ok()?;
    value.is_finite().then_some(Some(value))
}

/// Draws the tab.
pub fn selections_panel_ui(
    ui: &mut egui::Ui,
    editor: &mut SelectionEditor,
    project: &Project,
    dataset: &Dataset,
    compared: Option<SelectionId>,
    language: Language,
    commands: &mut Vec<Command>,
) {
    let tr = language.strings();
    if ui.button(format!("+ {}", tr.new_selection)).clicked() {
        commands.push(Command::NewSelection);
    }
    ui.add_space(6.0);
    if project.selections.is_empty() {
        ui.label(egui::RichText::new(tr.no_selections).weak());
    }
    egui::ScrollArea::vertical()
        .id_salt("selections")
        .max_height(220.0)
        .show(ui, |ui| {
            let words = project.settings.word_options();
            for named in project.selections.iter() {
                let count = named
                    .filter
                    .evaluate_with(dataset, &words)
                    .map(|s| s.count())
                    .unwrap_or(0);
                let selected = compared == Some(named.id) || editor.editing == Some(named.id);
                ui.horizontal(|ui| {
                    if ui.selectable_label(selected, &named.name).clicked() {
                        editor.select(named.id, project, dataset);
                        commands.push(Command::Compare(Some(named.id)));
                    }
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                        ui.label(
                            egui::RichText::new(i18n::format_count(language, count))
                                .weak()
                                .small(),
                        );
                    });
                });
                ui.label(
                    egui::RichText::new(describe(&named.filter, dataset.codebook(), language))
                        .small()
                        .weak(),
                );
            }
        });
    if let Some(id) = editor
        .editing
        .filter(|id| project.selections.get(*id).is_some())
    {
        ui.separator();
        editor_ui(ui, editor, id, dataset, language, commands);
    }
}

fn editor_ui(
    ui: &mut egui::Ui,
    editor: &mut SelectionEditor,
    id: SelectionId,
    dataset: &Dataset,
    language: Language,
    commands: &mut Vec<Command>,
) {
    let tr = language.strings();
    ui.horizontal(|ui| {
        let label = ui.label(format!("{}:", tr.rename));
        let response = ui
            .add(egui::TextEdit::singleline(&mut editor.name).desired_width(170.0))
            .labelled_by(label.id);
        if response.lost_focus() {
            commands.push(Command::RenameSelection(id, editor.name.clone()));
        }
    });
    ui.horizontal(|ui| {
        if ui.button(tr.duplicate).clicked() {
            commands.push(Command::DuplicateSelection(id));
        }
        if ui.button(tr.delete).clicked() {
            commands.push(Command::DeleteSelection(id));
            editor.editing = None;
        }
    });
    ui.add_space(4.0);
    if let Some(filter) = builder_ui(ui, editor, dataset, language) {
        commands.push(Command::SetSelectionFilter(id, filter));
    }
    ui.add_space(4.0);
    let label = ui.label(tr.filter_text);
    ui.add(
        egui::TextEdit::multiline(&mut editor.text)
            .desired_rows(2)
            .desired_width(f32::INFINITY)
            .code_editor(),
    )
    .labelled_by(label.id);
    if ui.button(tr.apply_filter).clicked() {
        match parse_filter(&editor.text, dataset.codebook()) {
            Ok(filter) => {
                editor.error = None;
                commands.push(Command::SetSelectionFilter(id, filter));
            }
            Err(error) => editor.error = Some(error.sentence(language)),
        }
    }
    if let Some(error) = &editor.error {
        ui.colored_label(ui.visuals().error_fg_color, error);
    }
}

/// Pick a question, then the widget that fits its kind; "add" joins the
/// condition to the filter with `and`. Returns the selection's new filter
/// when "add" or "clear" was clicked.
#[must_use]
fn builder_ui(
    ui: &mut egui::Ui,
    editor: &mut SelectionEditor,
    dataset: &Dataset,
    language: Language,
) -> Option<Filter> {
    let tr = language.strings();
    let codebook = dataset.codebook();
    let label = ui.label(format!("{}:", tr.builder_question));
    let current = editor
        .question
        .as_ref()
        .and_then(|q| codebook.get(q))
        .map_or("—".to_owned(), |q| q.title.clone());
    egui::ComboBox::from_id_salt("builder_question")
        .selected_text(current)
        .width(230.0)
        .height(480.0)
        .show_ui(ui, |ui| {
            for question in &codebook.questions {
                if matches!(
                    question.kind,
                    QuestionKind::Id | QuestionKind::Date | QuestionKind::Stones { .. }
                ) {
                    continue;
                }
                let selected = editor.question.as_ref() == Some(&question.id);
                if ui.selectable_label(selected, &question.title).clicked() {
                    editor.question = Some(question.id.clone());
                    editor.options = vec![false; question.kind.options().len()];
                }
            }
        })
        .response
        .labelled_by(label.id);
    let question = editor.question.as_ref().and_then(|q| codebook.get(q))?;
    match &question.kind {
        QuestionKind::SingleChoice { options, .. } | QuestionKind::MultiChoice { options } => {
            editor.options.resize(options.len(), false);
            for (option, on) in options.iter().zip(editor.options.iter_mut()) {
                ui.checkbox(on, option);
            }
        }
        QuestionKind::Slider { .. } | QuestionKind::Number => {
            ui.horizontal(|ui| {
                let from = ui.label(tr.builder_from);
                ui.add(egui::TextEdit::singleline(&mut editor.from).desired_width(50.0))
                    .labelled_by(from.id);
                let to = ui.label(tr.builder_to);
                ui.add(egui::TextEdit::singleline(&mut editor.to).desired_width(50.0))
                    .labelled_by(to.id);
            });
        }
        _ => {
            ui.horizontal(|ui| {
                let label = ui.label(tr.builder_contains);
                ui.add(egui::TextEdit::singleline(&mut editor.contains))
                    .labelled_by(label.id);
            });
        }
    }
    ui.horizontal(|ui| {
        let mut new_filter = None;
        let condition = editor.built(dataset);
        let add = ui
            .add_enabled(condition.is_some(), egui::Button::new(tr.builder_add))
            .on_disabled_hover_text(tr.builder_incomplete);
        if add.clicked()
            && let Some(condition) = condition
        {
            let current = parse_filter(&editor.text, codebook).unwrap_or(Filter::All);
            let filter = if current == Filter::All {
                condition
            } else {
                current.and(condition)
            };
            editor.text = to_text(&filter, codebook);
            editor.error = None;
            new_filter = Some(filter);
        }
        if ui.button(tr.builder_clear).clicked() {
            editor.text = to_text(&Filter::All, codebook);
            new_filter = Some(Filter::All);
        }
        new_filter
    })
    .inner
}

#[cfg(test)]
mod tests {
    use super::*;

    fn editor_on(dataset: &Dataset, kind: fn(&QuestionKind) -> bool) -> SelectionEditor {
        let question = dataset
            .codebook()
            .questions
            .iter()
            .find(|q| kind(&q.kind))
            .expect("the demo has one");
        SelectionEditor {
            question: Some(question.id.clone()),
            options: vec![false; question.kind.options().len()],
            ..SelectionEditor::default()
        }
    }

    #[test]
    fn a_condition_is_only_built_when_complete() {
        let dataset = crate::demo::demo_dataset();
        let mut slider = editor_on(&dataset, |k| matches!(k, QuestionKind::Slider { .. }));
        assert_eq!(slider.built(&dataset), None, "both bounds empty");
        slider.from = "70".into();
        assert!(slider.built(&dataset).is_some(), "from 70 is enough");
        slider.to = "abc".into();
        assert_eq!(slider.built(&dataset), None, "not a number");
        slider.to = "60".into();
        assert_eq!(slider.built(&dataset), None, "the wrong way round");
        slider.to = "140".into();
        assert_eq!(slider.built(&dataset), None, "past 100");
        slider.to = "85,5".into();
        assert!(slider.built(&dataset).is_some(), "a decimal comma");

        let mut choice = editor_on(&dataset, QuestionKind::is_choice);
        assert_eq!(choice.built(&dataset), None, "nothing ticked");
        choice.options[0] = true;
        assert!(choice.built(&dataset).is_some());
    }
}
