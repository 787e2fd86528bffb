//! The Findings tab (perspectives and their findings; one click opens a
//! finding's comparison) and the editor of the open finding's texts.

use egui::RichText;

use crate::i18n::Language;
use crate::model::Dataset;
use crate::project::{Finding, FindingId, Project, apply_redactions};

use super::commands::{Command, FindingEdit};

/// Draws perspectives with their findings, then findings in none.
pub fn findings_list_ui(
    ui: &mut egui::Ui,
    project: &Project,
    open: Option<FindingId>,
    language: Language,
    commands: &mut Vec<Command>,
) {
    let tr = language.strings();
    if project.findings.is_empty() {
        ui.label(RichText::new(tr.no_findings).weak());
        return;
    }
    egui::ScrollArea::vertical()
        .id_salt("findings")
        .show(ui, |ui| {
            for perspective in &project.perspectives {
                ui.add_space(6.0);
                ui.label(RichText::new(&perspective.title).strong());
                for id in &perspective.findings {
                    if let Some(finding) = project.finding(*id) {
                        finding_row_ui(ui, finding, open, commands);
                    }
                }
            }
            let ungrouped = project.ungrouped_findings();
            if !ungrouped.is_empty() {
                ui.add_space(6.0);
                ui.label(RichText::new(tr.ungrouped).strong());
                for id in ungrouped {
                    if let Some(finding) = project.finding(id) {
                        finding_row_ui(ui, finding, open, commands);
                    }
                }
            }
        });
}

fn finding_row_ui(
    ui: &mut egui::Ui,
    finding: &Finding,
    open: Option<FindingId>,
    commands: &mut Vec<Command>,
) {
    let selected = open == Some(finding.id);
    let response = ui.add(egui::Button::selectable(selected, &finding.title).wrap());
    if response.clicked() {
        commands.push(Command::OpenFinding(finding.id));
    }
}

/// The open finding's texts, editable; each edit is an undoable command.
pub fn finding_editor_ui(
    ui: &mut egui::Ui,
    finding: &Finding,
    dataset: &Dataset,
    project: &Project,
    language: Language,
    commands: &mut Vec<Command>,
) {
    let tr = language.strings();
    let id = finding.id;
    ui.horizontal(|ui| {
        let label = ui.label(RichText::new(format!("{}:", tr.finding_title)).strong());
        let mut title = finding.title.clone();
        let response = ui
            .add(egui::TextEdit::singleline(&mut title).desired_width(ui.available_width() - 140.0))
            .labelled_by(label.id);
        if response.changed() {
            commands.push(Command::EditFinding(id, FindingEdit::Title(title)));
        }
        if ui.button(tr.close_finding).clicked() {
            commands.push(Command::CloseFinding);
        }
    });
    egui::ScrollArea::vertical()
        .id_salt("finding_editor")
        .show(ui, |ui| {
            ui.columns(2, |columns| {
                text_field_ui(
                    &mut columns[0],
                    tr.what_we_saw,
                    &finding.saw,
                    FindingEdit::Saw,
                    id,
                    commands,
                );
                text_field_ui(
                    &mut columns[1],
                    tr.what_we_see_now,
                    &finding.see_now,
                    FindingEdit::SeeNow,
                    id,
                    commands,
                );
            });
            ui.columns(2, |columns| {
                text_field_ui(
                    &mut columns[0],
                    tr.interpretation,
                    &finding.interpretation,
                    FindingEdit::Interpretation,
                    id,
                    commands,
                );
                let proposals = finding.proposals.join("\n");
                text_field_ui(
                    &mut columns[1],
                    tr.proposals,
                    &proposals,
                    |t| {
                        FindingEdit::Proposals(
                            t.lines()
                                .map(str::to_owned)
                                .filter(|l| !l.trim().is_empty())
                                .collect(),
                        )
                    },
                    id,
                    commands,
                );
            });
            if !finding.quotes.is_empty() {
                ui.label(RichText::new(tr.quotes).strong());
                for quote in &finding.quotes {
                    let excerpt =
                        apply_redactions(&quote.excerpt, &quote.story_id, &project.redactions);
                    let title = dataset
                        .row_of(&quote.story_id)
                        .and_then(|row| dataset.text(crate::model::TextRole::Title, row))
                        .unwrap_or_default();
                    ui.label(RichText::new(format!("“{excerpt}”")).italics());
                    ui.label(
                        RichText::new(format!("— {} ({title})", quote.story_id))
                            .small()
                            .weak(),
                    );
                }
            }
        });
}

fn text_field_ui(
    ui: &mut egui::Ui,
    title: &str,
    text: &str,
    edit: impl Fn(String) -> FindingEdit,
    id: FindingId,
    commands: &mut Vec<Command>,
) {
    let label = ui.label(RichText::new(title).strong());
    let mut buffer = text.to_owned();
    let response = ui
        .add(
            egui::TextEdit::multiline(&mut buffer)
                .desired_rows(4)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
    if response.changed() {
        commands.push(Command::EditFinding(id, edit(buffer)));
    }
}
