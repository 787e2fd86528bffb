//! The Findings tab: perspectives with their findings in order, then the
//! findings in none. One click on a finding opens its comparison.
//!
//! Order is changed by dragging a finding by its handle (↕) to a gap in any
//! perspective (egui's drag and drop with a [`FindingId`] payload), or from
//! the keyboard with each row's up/down buttons and its "move to" menu.
//! Perspectives are created, renamed, introduced and deleted here. Every
//! change is an [`ArrangeCommand`], applied by
//! [`StorylensApp::apply_arrange`] as one undo step.

use egui::{Id, RichText, Stroke};

use crate::i18n::Language;
use crate::project::{Finding, FindingId, PerspectiveId, Project};

use super::commands::Command;
pub use crate::workspace::ArrangeCommand;

/// Where the list's drag and drop and the "editing" toggle live in egui
/// memory.
const EDITING_KEY: &str = "editing_perspective";

/// A group of rows: a perspective or the ungrouped findings.
struct Group<'a> {
    id: Option<PerspectiveId>,
    findings: &'a [FindingId],
}

/// Draws the perspectives with their findings, then findings in none.
pub fn findings_list_ui(
    ui: &mut egui::Ui,
    project: &Project,
    open: Option<FindingId>,
    language: Language,
    commands: &mut Vec<Command>,
) {
    let tr = language.strings();
    ui.horizontal(|ui| {
        if ui.button(format!("+ {}", tr.new_perspective)).clicked() {
            commands.push(Command::Arrange(ArrangeCommand::AddPerspective));
        }
    });
    if project.findings.is_empty() && project.perspectives.is_empty() {
        ui.label(RichText::new(tr.no_findings).weak());
        return;
    }
    ui.label(RichText::new(tr.drag_hint).weak().small());
    let ungrouped = project.ungrouped_findings();
    egui::ScrollArea::vertical()
        .id_salt("findings")
        .show(ui, |ui| {
            for perspective in &project.perspectives {
                ui.add_space(6.0);
                perspective_header_ui(ui, project, perspective.id, language, commands);
                let group = Group {
                    id: Some(perspective.id),
                    findings: &perspective.findings,
                };
                group_ui(ui, project, &group, open, language, commands);
            }
            if !ungrouped.is_empty() {
                ui.add_space(6.0);
                ui.label(RichText::new(tr.ungrouped).strong());
                let group = Group {
                    id: None,
                    findings: &ungrouped,
                };
                group_ui(ui, project, &group, open, language, commands);
            }
        });
}

/// Title with edit and delete buttons; when editing, title and
/// introduction fields.
fn perspective_header_ui(
    ui: &mut egui::Ui,
    project: &Project,
    id: PerspectiveId,
    language: Language,
    commands: &mut Vec<Command>,
) {
    let tr = language.strings();
    let Some(perspective) = project.perspective(id) else {
        return;
    };
    let editing_id = Id::unique(EDITING_KEY);
    let editing = ui.data(|d| d.get_temp::<PerspectiveId>(editing_id)) == Some(id);
    ui.horizontal(|ui| {
        // Shortened with "…" (the whole title on hover) so that a long
        // title never widens the panel past the room the chart leaves.
        let room = (ui.available_width() - 64.0).max(60.0);
        ui.scope(|ui| {
            ui.set_max_width(room);
            ui.add(egui::Label::new(RichText::new(&perspective.title).strong()).truncate())
        })
        .inner
        .on_hover_text(&perspective.title);
        let edit = ui
            .selectable_label(editing, "✏")
            .on_hover_text(tr.edit_perspective);
        super::widgets::name_control(&edit, tr.edit_perspective);
        if edit.clicked() {
            ui.data_mut(|d| {
                if editing {
                    d.remove::<PerspectiveId>(editing_id);
                } else {
                    d.insert_temp(editing_id, id);
                }
            });
        }
        if super::widgets::icon_button(ui, "✖", tr.delete_perspective).clicked() {
            commands.push(Command::Arrange(ArrangeCommand::DeletePerspective(id)));
        }
    });
    if editing {
        let label = ui.label(tr.perspective_title);
        let mut title = perspective.title.clone();
        if ui
            .text_edit_singleline(&mut title)
            .labelled_by(label.id)
            .changed()
        {
            commands.push(Command::Arrange(ArrangeCommand::RenamePerspective(
                id, title,
            )));
        }
        let label = ui.label(tr.perspective_introduction);
        let mut introduction = perspective.introduction.clone();
        let response = ui
            .add(egui::TextEdit::multiline(&mut introduction).desired_rows(3))
            .labelled_by(label.id);
        if response.changed() {
            commands.push(Command::Arrange(ArrangeCommand::SetIntroduction(
                id,
                introduction,
            )));
        }
    }
}

/// The rows of one group, and the drop target around them.
fn group_ui(
    ui: &mut egui::Ui,
    project: &Project,
    group: &Group<'_>,
    open: Option<FindingId>,
    language: Language,
    commands: &mut Vec<Command>,
) {
    let mut row_rects = Vec::with_capacity(group.findings.len());
    let inner = ui.vertical(|ui| {
        ui.set_min_height(18.0); // an empty perspective still takes drops
        for (index, &id) in group.findings.iter().enumerate() {
            if let Some(finding) = project.finding(id) {
                let place = (index, group.findings.len());
                let rect = finding_row_ui(
                    ui, project, finding, group.id, place, open, language, commands,
                );
                row_rects.push(rect);
            }
        }
    });
    drop_target_ui(ui, inner.response.rect, &row_rects, group.id, commands);
}

/// A dragged finding over `rect`: a line marks the gap it would go to; on
/// release the move is pushed.
fn drop_target_ui(
    ui: &mut egui::Ui,
    rect: egui::Rect,
    row_rects: &[egui::Rect],
    to: Option<PerspectiveId>,
    commands: &mut Vec<Command>,
) {
    if !egui::DragAndDrop::has_payload_of_type::<FindingId>(ui.ctx()) {
        return;
    }
    let Some(pointer) = ui.input(|i| i.pointer.interact_pos()) else {
        return;
    };
    if !rect.expand2(egui::vec2(0.0, 4.0)).contains(pointer) {
        return;
    }
    let index = row_rects
        .iter()
        .filter(|r| r.center().y < pointer.y)
        .count();
    let y = match row_rects.get(index) {
        Some(row) => row.top() - 1.0,
        None => row_rects.last().map_or(rect.top(), |r| r.bottom() + 1.0),
    };
    let stroke = Stroke::new(2.0, ui.visuals().selection.stroke.color);
    ui.painter().hline(rect.x_range(), y, stroke);
    if ui.input(|i| i.pointer.any_released())
        && let Some(finding) = egui::DragAndDrop::take_payload::<FindingId>(ui.ctx())
    {
        commands.push(Command::Arrange(ArrangeCommand::MoveFinding {
            finding: *finding,
            to,
            index,
        }));
    }
}

/// One finding: drag handle, title (opens it), up, down, move to.
#[allow(clippy::too_many_arguments)] // one row needs its place and its group
fn finding_row_ui(
    ui: &mut egui::Ui,
    project: &Project,
    finding: &Finding,
    group: Option<PerspectiveId>,
    (index, count): (usize, usize),
    open: Option<FindingId>,
    language: Language,
    commands: &mut Vec<Command>,
) -> egui::Rect {
    let tr = language.strings();
    let id = finding.id;
    let arrange = |to, index| {
        Command::Arrange(ArrangeCommand::MoveFinding {
            finding: id,
            to,
            index,
        })
    };
    ui.horizontal(|ui| {
        ui.dnd_drag_source(Id::unique(("finding_drag", id.0)), id, |ui| {
            ui.label("↕").on_hover_text(tr.drag_hint);
        });
        let up = ui.add_enabled(index > 0, egui::Button::new("▲").small());
        super::widgets::name_control(&up, tr.move_up);
        if up.on_hover_text(tr.move_up).clicked() {
            commands.push(arrange(group, index - 1));
        }
        let down = ui.add_enabled(index + 1 < count, egui::Button::new("▼").small());
        super::widgets::name_control(&down, tr.move_down);
        if down.on_hover_text(tr.move_down).clicked() {
            commands.push(arrange(group, index + 2));
        }
        let move_to = ui
            .menu_button("→", |ui| {
                ui.label(RichText::new(tr.move_to).weak());
                for perspective in &project.perspectives {
                    if Some(perspective.id) != group && ui.button(&perspective.title).clicked() {
                        commands.push(arrange(Some(perspective.id), usize::MAX));
                    }
                }
                if group.is_some() && ui.button(tr.ungrouped).clicked() {
                    commands.push(arrange(None, usize::MAX));
                }
            })
            .response
            .on_hover_text(tr.move_to);
        super::widgets::name_control(&move_to, tr.move_to);
        let stale = if finding.is_stale(&project.selections) {
            "⚠ "
        } else {
            ""
        };
        let title = format!("{stale}{}", finding.title);
        let selected = open == Some(id);
        if ui
            .add(egui::Button::selectable(selected, title).wrap())
            .clicked()
        {
            commands.push(Command::OpenFinding(id));
        }
    })
    .response
    .rect
}
