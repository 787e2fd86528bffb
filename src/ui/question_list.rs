//! The left panel: the survey's questions grouped by kind, each with its n.

use crate::i18n::{self, Language, Strings};
use crate::model::{Dataset, Question, QuestionId, QuestionKind};

use super::Command;

/// The groups of the list, in display order.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Group {
    Triads,
    Sliders,
    Choices,
    Other,
    /// Platform columns (SenseMaker's `meta_*`, upload time, …), folded
    /// away under their own heading.
    Metadata,
}

impl Group {
    const ALL: [Self; 5] = [
        Self::Triads,
        Self::Sliders,
        Self::Choices,
        Self::Other,
        Self::Metadata,
    ];

    fn of(question: &Question) -> Self {
        if question.is_metadata() {
            return Self::Metadata;
        }
        match &question.kind {
            QuestionKind::Triad { .. } => Self::Triads,
            QuestionKind::Slider { .. } => Self::Sliders,
            QuestionKind::SingleChoice { .. } | QuestionKind::MultiChoice { .. } => Self::Choices,
            _ => Self::Other,
        }
    }

    fn title(self, tr: &Strings) -> &'static str {
        match self {
            Self::Triads => tr.triads,
            Self::Sliders => tr.sliders,
            Self::Choices => tr.choices,
            Self::Other => tr.texts,
            Self::Metadata => tr.metadata,
        }
    }
}

/// Short name of a question's kind, shown as a hint in the list.
pub fn kind_name(kind: &QuestionKind, tr: &Strings) -> &'static str {
    match kind {
        QuestionKind::Id => tr.kind_id,
        QuestionKind::Text { .. } => tr.kind_text,
        QuestionKind::Date => tr.kind_date,
        QuestionKind::Number => tr.kind_number,
        QuestionKind::SingleChoice { .. } => tr.kind_single,
        QuestionKind::MultiChoice { .. } => tr.kind_multi,
        QuestionKind::Slider { .. } => tr.kind_slider,
        QuestionKind::Triad { .. } => tr.kind_triad,
        QuestionKind::Stones { .. } => tr.kind_stones,
    }
}

/// Draws the list; a click pushes [`Command::ShowQuestion`].
pub fn question_list_ui(
    ui: &mut egui::Ui,
    dataset: &Dataset,
    answered: &[usize],
    current: Option<&QuestionId>,
    language: Language,
    commands: &mut Vec<Command>,
) {
    let tr = language.strings();
    egui::ScrollArea::vertical().show(ui, |ui| {
        for group in Group::ALL {
            let members: Vec<(usize, &Question)> = dataset
                .codebook()
                .questions
                .iter()
                .enumerate()
                .filter(|(_, q)| Group::of(q) == group)
                .collect();
            if members.is_empty() {
                continue;
            }
            ui.add_space(8.0);
            let rows = |ui: &mut egui::Ui, commands: &mut Vec<Command>| {
                for &(index, question) in &members {
                    let n = answered.get(index).copied().unwrap_or(0);
                    let selected = current == Some(&question.id);
                    question_row_ui(ui, question, n, selected, language, commands);
                }
            };
            if group == Group::Metadata {
                let open = members.iter().any(|(_, q)| current == Some(&q.id));
                let title = format!("{} ({})", group.title(tr), members.len());
                egui::CollapsingHeader::new(egui::RichText::new(title).strong())
                    .id_salt("metadata_questions")
                    .open(open.then_some(true))
                    .show(ui, |ui| rows(ui, commands));
            } else {
                ui.label(egui::RichText::new(group.title(tr)).strong());
                rows(ui, commands);
            }
        }
    });
}

fn question_row_ui(
    ui: &mut egui::Ui,
    question: &Question,
    n: usize,
    selected: bool,
    language: Language,
    commands: &mut Vec<Command>,
) {
    let tr = language.strings();
    ui.horizontal(|ui| {
        let response = ui
            .selectable_label(selected, &question.title)
            .on_hover_text(kind_name(&question.kind, tr));
        if response.clicked() {
            commands.push(Command::ShowQuestion(question.id.clone()));
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            ui.label(
                egui::RichText::new(i18n::format_count(language, n))
                    .weak()
                    .small(),
            );
        });
    });
}
