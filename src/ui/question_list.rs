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
}

impl Group {
    const ALL: [Self; 4] = [Self::Triads, Self::Sliders, Self::Choices, Self::Other];

    fn of(kind: &QuestionKind) -> Self {
        match kind {
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
                .filter(|(_, q)| Group::of(&q.kind) == group)
                .collect();
            if members.is_empty() {
                continue;
            }
            ui.add_space(8.0);
            ui.label(egui::RichText::new(group.title(tr)).strong());
            for (index, question) in members {
                let n = answered.get(index).copied().unwrap_or(0);
                question_row_ui(
                    ui,
                    question,
                    n,
                    current == Some(&question.id),
                    language,
                    commands,
                );
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
