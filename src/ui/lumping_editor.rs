//! "Samenvoegen ▾" on the chart toolbar: merge, rename or hide options of
//! the chart's choice question(s) in this chart only (display lumping,
//! `charts::lumping`). Every change goes out as one
//! `Command::SetLumping`, one undo step.
//!
//! Per codebook option a row: a tick box, what the chart shows it as, and
//! hide / show. Below: a name, "Samenvoegen" for two or more ticked
//! options, "Hernoemen" for one, and "Alles terugzetten". The ticks and the
//! typed name are the editor's own state in egui memory; the lumping itself
//! is the workspace's.

use egui::PopupCloseBehavior;
use egui::containers::menu::{MenuButton, MenuConfig};

use crate::charts::lumping::{LumpPlan, lumping_of, with_lumping};
use crate::charts::{OptionLumping, PanelKind};
use crate::model::Question;

use super::app::StorylensApp;
use super::commands::Command;

/// What the user ticked and typed for one question, between frames.
#[derive(Clone, Default)]
struct Draft {
    ticked: Vec<usize>,
    name: String,
}

/// The toolbar button and its popup; nothing when the chart shows no
/// choice question's options.
pub fn lumping_ui(ui: &mut egui::Ui, app: &StorylensApp, commands: &mut Vec<Command>) {
    let questions = lumpable(app);
    if questions.is_empty() {
        return;
    }
    let tr = app.strings();
    let config = MenuConfig::new().close_behavior(PopupCloseBehavior::CloseOnClickOutside);
    MenuButton::new(format!("{} ▾", tr.lumping_button))
        .config(config)
        .ui(ui, |ui| {
            ui.set_max_width(420.0);
            ui.label(egui::RichText::new(tr.lumping_hint).small().weak());
            for question in questions {
                ui.separator();
                question_ui(ui, app, question, commands);
            }
        });
}

/// The chart's choice questions whose options it shows: the question
/// itself for bars and cross-tabs, the split for groups and multiples.
fn lumpable(app: &StorylensApp) -> Vec<&Question> {
    let Some(Ok(data)) = &app.workspace.chart else {
        return Vec::new();
    };
    let codebook = app.workspace.document.dataset.codebook();
    let view = &app.workspace.view;
    let question = view.question.as_ref().and_then(|id| codebook.get(id));
    let by = view.by.as_ref().and_then(|id| codebook.get(id));
    let own = match &data.whole.chart {
        PanelKind::Bars(_) | PanelKind::CrossTab(_) => question,
        PanelKind::Multiples(_) if matches!(question, Some(q) if q.kind.is_choice()) => question,
        _ => None,
    };
    let split = by.filter(|b| Some(b.id.clone()) != own.map(|q| q.id.clone()));
    own.into_iter()
        .chain(split)
        .filter(|q| q.kind.is_choice())
        .collect()
}

/// One question's options with their ticks, and the buttons.
fn question_ui(
    ui: &mut egui::Ui,
    app: &StorylensApp,
    question: &Question,
    commands: &mut Vec<Command>,
) {
    let tr = app.strings();
    let lumpings = &app.workspace.view.chart.lumping;
    let current = lumping_of(lumpings, &question.id)
        .cloned()
        .unwrap_or_else(|| OptionLumping::new(question.id.clone()));
    let options = question.kind.options();
    let plan = LumpPlan::of(&current, options);
    let id = egui::Id::NULL
        .with("storylens_lumping_draft")
        .with(question.id.as_str());
    let mut draft: Draft = ui.data_mut(|d| d.get_temp(id).unwrap_or_default());
    let mut changed: Option<OptionLumping> = None;
    ui.label(egui::RichText::new(&question.title).strong());
    egui::ScrollArea::vertical()
        .id_salt(id.with("scroll"))
        .max_height(320.0)
        .show(ui, |ui| {
            // One row per codebook option, the columns aligned.
            egui::Grid::new(id.with("rows"))
                .num_columns(3)
                .show(ui, |ui| {
                    for (i, option) in options.iter().enumerate() {
                        let mut ticked = draft.ticked.contains(&i);
                        if ui.checkbox(&mut ticked, option).changed() {
                            draft.ticked.retain(|&t| t != i);
                            if ticked {
                                draft.ticked.push(i);
                            }
                        }
                        let shown = plan.target.get(i).copied().flatten();
                        let status = match shown.and_then(|slot| plan.labels.get(slot)) {
                            Some(label) if label != option => format!("→ {label}"),
                            Some(_) => String::new(),
                            None => format!("({})", tr.lumping_hide),
                        };
                        ui.label(egui::RichText::new(status).weak());
                        let hidden = shown.is_none();
                        let toggle = if hidden {
                            tr.lumping_show
                        } else {
                            tr.lumping_hide
                        };
                        if ui.small_button(toggle).clicked() {
                            let mut next = current.clone();
                            next.set_hidden(i, !hidden);
                            changed = Some(next);
                        }
                        ui.end_row();
                    }
                });
        });
    ui.horizontal(|ui| {
        let label = ui.label(format!("{}:", tr.lumping_name));
        ui.add(egui::TextEdit::singleline(&mut draft.name).desired_width(160.0))
            .labelled_by(label.id);
    });
    ui.horizontal(|ui| {
        let named = !draft.name.trim().is_empty();
        let merge = draft.ticked.len() >= 2 && named;
        if ui
            .add_enabled(merge, egui::Button::new(tr.lumping_merge))
            .clicked()
        {
            let mut next = current.clone();
            next.merge(&draft.ticked, &draft.name);
            changed = Some(next);
        }
        let rename = draft.ticked.len() == 1 && named;
        if ui
            .add_enabled(rename, egui::Button::new(tr.lumping_rename))
            .clicked()
            && let Some(&option) = draft.ticked.first()
        {
            let mut next = current.clone();
            next.rename(option, &draft.name, &options[option]);
            changed = Some(next);
        }
        if ui
            .add_enabled(!current.is_empty(), egui::Button::new(tr.lumping_reset))
            .clicked()
        {
            changed = Some(OptionLumping::new(question.id.clone()));
        }
    });
    if let Some(next) = changed {
        draft = Draft::default();
        commands.push(Command::SetLumping(with_lumping(lumpings, next)));
    }
    ui.data_mut(|d| d.insert_temp(id, draft));
}
