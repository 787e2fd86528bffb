//! Above the chart: what to split it by, what to compare it with, what
//! cross-tab cells show, and "save as finding" / "present".

use crate::charts::PanelKind;
use crate::model::QuestionKind;

use super::app::StorylensApp;
use super::commands::Command;
use super::crosstab_view::CellValue;
use super::view::Baseline;

/// Draws the toolbar; changes go out as commands.
pub fn chart_toolbar_ui(ui: &mut egui::Ui, app: &StorylensApp, commands: &mut Vec<Command>) {
    let tr = app.strings();
    let Some(current) = &app.view.question else {
        return;
    };
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(format!("{}:", tr.split_by));
        let selected_title = app
            .view
            .by
            .as_ref()
            .and_then(|id| app.dataset.codebook().get(id))
            .map_or(tr.split_none.to_owned(), |q| q.title.clone());
        egui::ComboBox::from_id_salt("split_by")
            .selected_text(selected_title)
            .width(220.0)
            .height(480.0)
            .show_ui(ui, |ui| {
                if ui
                    .selectable_label(app.view.by.is_none(), tr.split_none)
                    .clicked()
                {
                    commands.push(Command::SetBy(None));
                }
                for question in &app.dataset.codebook().questions {
                    let splittable = question.kind.is_choice()
                        || matches!(question.kind, QuestionKind::Slider { .. });
                    if !splittable || &question.id == current {
                        continue;
                    }
                    let selected = app.view.by.as_ref() == Some(&question.id);
                    if ui.selectable_label(selected, &question.title).clicked() {
                        commands.push(Command::SetBy(Some(question.id.clone())));
                    }
                }
            })
            .response
            .labelled_by(label.id);

        ui.separator();
        compare_ui(ui, app, commands);

        let is_crosstab = matches!(
            &app.chart,
            Some(Ok(data)) if matches!(data.whole.chart, PanelKind::CrossTab(_))
        );
        if is_crosstab {
            ui.separator();
            for (value, text) in [
                (CellValue::Counts, tr.cell_counts),
                (CellValue::RowPercent, tr.cell_row_percent),
                (CellValue::ColumnPercent, tr.cell_column_percent),
            ] {
                if ui.selectable_label(app.cell_value == value, text).clicked() {
                    commands.push(Command::SetCellValue(value));
                }
            }
        }
        ui.separator();
        if ui
            .button(tr.save_as_finding)
            .on_hover_text(tr.save_as_finding_hint)
            .clicked()
        {
            commands.push(Command::SaveAsFinding);
        }
        if ui
            .button(format!("▶ {}", tr.present))
            .on_hover_text("F5")
            .clicked()
        {
            commands.push(Command::Present(true));
        }
    });
}

fn compare_ui(ui: &mut egui::Ui, app: &StorylensApp, commands: &mut Vec<Command>) {
    let tr = app.strings();
    let label = ui.label(format!("{}:", tr.compare_with));
    let current = app.view.selection.as_ref();
    let selected_text = current.map_or(tr.split_none.to_owned(), |c| c.name.clone());
    egui::ComboBox::from_id_salt("compare_with")
        .selected_text(selected_text)
        .width(220.0)
        .show_ui(ui, |ui| {
            if ui
                .selectable_label(current.is_none(), tr.split_none)
                .clicked()
            {
                commands.push(Command::Compare(None));
            }
            for named in app.project.selections.iter() {
                let selected = current.and_then(|c| c.from) == Some(named.id);
                if ui.selectable_label(selected, &named.name).clicked() {
                    commands.push(Command::Compare(Some(named.id)));
                }
            }
        })
        .response
        .labelled_by(label.id);
    if current.is_some() {
        for (baseline, text) in [
            (Baseline::Whole, tr.versus_all),
            (Baseline::Rest, tr.versus_rest),
        ] {
            if ui
                .selectable_label(app.view.baseline == baseline, text)
                .clicked()
            {
                commands.push(Command::SetBaseline(baseline));
            }
        }
    }
}
