//! The editor of the open finding's texts; the Findings tab's list is in
//! `findings_list`. A finding whose named selection changed since says so
//! and offers "update to current".

use egui::RichText;

use crate::i18n::Language;
use crate::model::Dataset;
use crate::project::{Finding, FindingId, FrozenStatus, Project, apply_redactions};

use super::commands::{Command, FindingEdit};
use super::findings_list::ArrangeCommand;
pub use super::findings_list::findings_list_ui;

/// The open finding's texts, editable; each edit is an undoable command.
/// `focus_saw` (a finding just saved) puts the cursor in "Wat zagen we?".
pub fn finding_editor_ui(
    ui: &mut egui::Ui,
    finding: &Finding,
    (dataset, project): (&Dataset, &Project),
    focus_saw: &std::cell::Cell<bool>,
    language: Language,
    commands: &mut Vec<Command>,
) {
    let tr = language.strings();
    let id = finding.id;
    ui.horizontal(|ui| {
        let label = ui.label(RichText::new(format!("{}:", tr.finding_title)).strong());
        let mut title = finding.title.clone();
        let response = ui
            .add(egui::TextEdit::singleline(&mut title).desired_width(ui.available_width() - 330.0))
            .labelled_by(label.id);
        if response.changed() {
            commands.push(Command::EditFinding(id, FindingEdit::Title(title)));
        }
        // The picture for the slide or the appendix, from the finding itself.
        let png =
            super::export_actions::ExportKind::Snapshot(super::export_actions::ImageFormat::Png);
        if ui
            .button(tr.export_this_finding)
            .on_hover_text(tr.export_snapshot_png)
            .clicked()
        {
            commands.push(Command::Export(png));
        }
        if ui.button(tr.close_finding).clicked() {
            commands.push(Command::CloseFinding);
        }
    });
    stale_ui(ui, finding, project, language, commands);
    egui::ScrollArea::vertical()
        .id_salt("finding_editor")
        .show(ui, |ui| {
            ui.columns(2, |columns| {
                let saw = text_field_ui(
                    &mut columns[0],
                    tr.what_we_saw,
                    &finding.saw,
                    FindingEdit::Saw,
                    id,
                    commands,
                );
                if focus_saw.take() {
                    saw.request_focus();
                }
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
            show_differences_ui(ui, finding, language, commands);
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

/// "The selection … changed since" with an update button, when it did.
fn stale_ui(
    ui: &mut egui::Ui,
    finding: &Finding,
    project: &Project,
    language: Language,
    commands: &mut Vec<Command>,
) {
    let tr = language.strings();
    let changed: Vec<&str> = [&finding.baseline, &finding.selection]
        .into_iter()
        .filter(|frozen| frozen.status(&project.selections) == FrozenStatus::Changed)
        .map(|frozen| frozen.name.as_str())
        .collect();
    if changed.is_empty() {
        return;
    }
    ui.horizontal_wrapped(|ui| {
        for name in changed {
            let text = crate::i18n::fill(tr.finding_stale, &[("name", &name)]);
            ui.colored_label(ui.visuals().warn_fg_color, text);
        }
        if ui.button(tr.update_to_current).clicked() {
            commands.push(Command::Arrange(ArrangeCommand::UpdateToCurrent(
                finding.id,
            )));
        }
    });
}

/// The tick that puts "what makes this selection different?" under the
/// finding in the report.
fn show_differences_ui(
    ui: &mut egui::Ui,
    finding: &Finding,
    language: Language,
    commands: &mut Vec<Command>,
) {
    let tr = language.strings();
    let mut show = finding.show_differences;
    if ui
        .checkbox(&mut show, tr.report_show_differences)
        .on_hover_text(tr.report_show_differences_hint)
        .changed()
    {
        commands.push(Command::EditFinding(
            finding.id,
            FindingEdit::ShowDifferences(show),
        ));
    }
}

fn text_field_ui(
    ui: &mut egui::Ui,
    title: &str,
    text: &str,
    edit: impl Fn(String) -> FindingEdit,
    id: FindingId,
    commands: &mut Vec<Command>,
) -> egui::Response {
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
    response
}
