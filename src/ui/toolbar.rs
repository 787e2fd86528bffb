//! Above the chart: what to split it by, what to compare it with, what
//! cross-tab cells show, and "save as finding" / "present".

use crate::charts::{BarValue, PanelKind};
use crate::model::QuestionKind;

use super::app::StorylensApp;
use super::commands::Command;
use super::crosstab_view::CellValue;
use super::view::Baseline;
use super::widgets::together;

/// Draws the toolbar; changes go out as commands.
pub fn chart_toolbar_ui(ui: &mut egui::Ui, app: &StorylensApp, commands: &mut Vec<Command>) {
    let tr = app.strings();
    let Some(current) = &app.workspace.view.question else {
        return;
    };
    ui.horizontal_wrapped(|ui| {
        // A label and its control move to the next row together.
        together(ui, "split_by", |ui| {
            let label = ui.label(format!("{}:", tr.split_by));
            let selected_title = app
                .workspace
                .view
                .by
                .as_ref()
                .and_then(|id| app.workspace.document.dataset.codebook().get(id))
                .map_or(tr.split_none.to_owned(), |q| {
                    if &q.id == current {
                        crate::i18n::fill(tr.split_by_itself, &[("question", &q.title)])
                    } else {
                        q.title.clone()
                    }
                });
            egui::ComboBox::from_id_salt("split_by")
                .selected_text(selected_title)
                .width(220.0)
                .height(480.0)
                .show_ui(ui, |ui| {
                    if ui
                        .selectable_label(app.workspace.view.by.is_none(), tr.split_none)
                        .clicked()
                    {
                        commands.push(Command::SetBy(None));
                    }
                    for question in &app.workspace.document.dataset.codebook().questions {
                        let splittable = question.kind.is_choice()
                            || matches!(question.kind, QuestionKind::Slider { .. });
                        // A multiple choice by itself: which options go
                        // together (co-occurrence).
                        let by_itself = &question.id == current
                            && matches!(question.kind, QuestionKind::MultiChoice { .. });
                        if !splittable || (&question.id == current && !by_itself) {
                            continue;
                        }
                        let title = if by_itself {
                            crate::i18n::fill(tr.split_by_itself, &[("question", &question.title)])
                        } else {
                            question.title.clone()
                        };
                        let selected = app.workspace.view.by.as_ref() == Some(&question.id);
                        if ui.selectable_label(selected, title).clicked() {
                            commands.push(Command::SetBy(Some(question.id.clone())));
                        }
                    }
                })
                .response
                .labelled_by(label.id);
        });

        ui.separator();
        compare_ui(ui, app, commands);

        let is_crosstab = matches!(
            &app.workspace.chart,
            Some(Ok(data)) if matches!(data.whole.chart, PanelKind::CrossTab(_))
        );
        if is_crosstab {
            ui.separator();
            for (value, text) in [
                (CellValue::Counts, tr.cell_counts),
                (CellValue::RowPercent, tr.cell_row_percent),
                (CellValue::ColumnPercent, tr.cell_column_percent),
            ] {
                if ui
                    .selectable_label(app.workspace.cell_value == value, text)
                    .clicked()
                {
                    commands.push(Command::SetCellValue(value));
                }
            }
            outline_holm_ui(ui, app, commands);
        }
        ui.separator();
        chart_options_ui(ui, app, commands);
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
    let current = app.workspace.view.selection.as_ref();
    together(ui, "compare_with", |ui| {
        let label = ui.label(format!("{}:", tr.compare_with));
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
                for named in app.workspace.document.project().selections.iter() {
                    let selected = current.and_then(|c| c.from) == Some(named.id);
                    if ui.selectable_label(selected, &named.name).clicked() {
                        commands.push(Command::Compare(Some(named.id)));
                    }
                }
            })
            .response
            .labelled_by(label.id);
    });
    if current.is_some() {
        for (baseline, text) in [
            (Baseline::Whole, tr.versus_all),
            (Baseline::Rest, tr.versus_rest),
        ] {
            if ui
                .selectable_label(app.workspace.view.baseline == baseline, text)
                .clicked()
            {
                commands.push(Command::SetBaseline(baseline));
            }
        }
    }
}

/// Cross-tabs: "Outline by corrected p" (Holm) instead of |z| ≥ 1.96.
fn outline_holm_ui(ui: &mut egui::Ui, app: &StorylensApp, commands: &mut Vec<Command>) {
    let tr = app.strings();
    let settings = &app.workspace.view.chart;
    let mut outline_holm = settings.outline_holm;
    if ui
        .checkbox(&mut outline_holm, tr.outline_holm)
        .on_hover_text(tr.outline_holm_hint)
        .changed()
    {
        commands.push(Command::SetChartSettings(super::view::ChartSettings {
            outline_holm,
            ..settings.clone()
        }));
    }
}

/// The chart's own options: zones on triads, and its minimum n.
fn chart_options_ui(ui: &mut egui::Ui, app: &StorylensApp, commands: &mut Vec<Command>) {
    let tr = app.strings();
    let settings = &app.workspace.view.chart;
    let is_triad = matches!(
        &app.workspace.chart,
        Some(Ok(data)) if matches!(data.whole.chart, PanelKind::Triad(_))
    );
    if is_triad {
        let mut show_zones = settings.show_zones;
        if ui
            .checkbox(&mut show_zones, tr.show_zones)
            .on_hover_text(tr.show_zones_hint)
            .changed()
        {
            commands.push(Command::SetChartSettings(super::view::ChartSettings {
                show_zones,
                ..settings.clone()
            }));
        }
    }
    let has_dots = matches!(
        &app.workspace.chart,
        Some(Ok(data)) if matches!(data.whole.chart, PanelKind::Triad(_) | PanelKind::Scatter(_))
    );
    if has_dots {
        together(ui, "colour_by", |ui| colour_by_ui(ui, app, commands));
    }
    let by_choice = app
        .workspace
        .view
        .by
        .as_ref()
        .and_then(|id| app.workspace.document.dataset.codebook().get(id))
        .is_some_and(|q| q.kind.is_choice());
    // A question by itself has no options to split into panels.
    let by_itself = app.workspace.view.by == app.workspace.view.question;
    if by_choice && !by_itself {
        let mut small_multiples = settings.small_multiples;
        if ui
            .checkbox(&mut small_multiples, tr.small_multiples)
            .on_hover_text(tr.small_multiples_hint)
            .changed()
        {
            commands.push(Command::SetChartSettings(super::view::ChartSettings {
                small_multiples,
                ..settings.clone()
            }));
        }
    }
    let is_words = matches!(
        &app.workspace.chart,
        Some(Ok(data)) if matches!(data.whole.chart, PanelKind::Words(_))
    );
    if is_words {
        words_options_ui(ui, app, commands);
    }
    bar_value_ui(ui, app, commands);
    option_order_ui(ui, app, commands);
    super::lumping_editor::lumping_ui(ui, app, commands);
    let project_min_n = app.settings.min_n;
    let mut min_n = settings.min_n.unwrap_or(project_min_n);
    let response = together(ui, "min_n", |ui| {
        let label = ui.label(format!("{}:", tr.chart_min_n));
        ui.add(egui::DragValue::new(&mut min_n).range(0..=10_000))
            .labelled_by(label.id)
            .on_hover_text(crate::i18n::fill(
                tr.chart_min_n_hint,
                &[("n", &project_min_n)],
            ))
    });
    if response.changed() {
        commands.push(Command::SetChartSettings(super::view::ChartSettings {
            min_n: (min_n != project_min_n).then_some(min_n),
            ..settings.clone()
        }));
    }
}

/// A words chart: "Two-word phrases" and the stop-word dialog.
fn words_options_ui(ui: &mut egui::Ui, app: &StorylensApp, commands: &mut Vec<Command>) {
    let tr = app.strings();
    let settings = &app.workspace.view.chart;
    let mut phrases = settings.phrases;
    if ui
        .checkbox(&mut phrases, tr.phrases)
        .on_hover_text(tr.phrases_hint)
        .changed()
    {
        commands.push(Command::SetChartSettings(super::view::ChartSettings {
            phrases,
            ..settings.clone()
        }));
    }
    let open = super::stop_words::is_open(ui.ctx());
    if ui
        .selectable_label(open, tr.stop_words_button)
        .on_hover_text(tr.stop_words_intro)
        .clicked()
    {
        super::stop_words::set_open(ui.ctx(), !open);
    }
}

/// Bars (also as small multiples): "Percentages | Aantallen".
fn bar_value_ui(ui: &mut egui::Ui, app: &StorylensApp, commands: &mut Vec<Command>) {
    let has_bars = match &app.workspace.chart {
        Some(Ok(data)) => match &data.whole.chart {
            PanelKind::Bars(_) => true,
            PanelKind::Multiples(multiples) => multiples
                .panels
                .iter()
                .any(|panel| matches!(panel.chart, PanelKind::Bars(_))),
            _ => false,
        },
        _ => false,
    };
    if !has_bars {
        return;
    }
    let tr = app.strings();
    let settings = &app.workspace.view.chart;
    let multiple = matches!(
        &app.workspace.chart,
        Some(Ok(data)) if matches!(&data.whole.chart, PanelKind::Bars(b) if b.multiple)
    );
    let mentions = multiple.then_some((BarValue::Mentions, tr.of_mentions));
    for (value, text) in [
        (BarValue::Percent, tr.percentages),
        (BarValue::Counts, tr.counts),
    ]
    .into_iter()
    .chain(mentions)
    {
        if ui
            .selectable_label(settings.bar_value == value, text)
            .on_hover_text(tr.bar_value_hint)
            .clicked()
            && settings.bar_value != value
        {
            commands.push(Command::SetChartSettings(super::view::ChartSettings {
                bar_value: value,
                ..settings.clone()
            }));
        }
    }
}

/// "Kleur naar:" a choice question whose options colour the dots.
fn colour_by_ui(ui: &mut egui::Ui, app: &StorylensApp, commands: &mut Vec<Command>) {
    let tr = app.strings();
    let settings = &app.workspace.view.chart;
    let codebook = app.workspace.document.dataset.codebook();
    let selected = settings
        .colour_by
        .as_ref()
        .and_then(|id| codebook.get(id))
        .map_or(tr.split_none.to_owned(), |q| q.title.clone());
    let label = ui.label(format!("{}:", tr.colour_by));
    egui::ComboBox::from_id_salt("colour_by")
        .selected_text(selected)
        .width(180.0)
        .height(480.0)
        .show_ui(ui, |ui| {
            let mut choose = |colour_by: Option<crate::model::QuestionId>| {
                commands.push(Command::SetChartSettings(super::view::ChartSettings {
                    colour_by,
                    ..settings.clone()
                }));
            };
            if ui
                .selectable_label(settings.colour_by.is_none(), tr.split_none)
                .clicked()
            {
                choose(None);
            }
            for question in codebook.questions.iter().filter(|q| q.kind.is_choice()) {
                let chosen = settings.colour_by.as_ref() == Some(&question.id);
                if ui.selectable_label(chosen, &question.title).clicked() {
                    choose(Some(question.id.clone()));
                }
            }
        })
        .response
        .labelled_by(label.id);
}

/// The options of the chart's choice question whose order the user sets:
/// the question's own for bars, the split's for groups, multiples and a
/// cross-tab's columns.
fn ordered_options(app: &StorylensApp) -> Option<Vec<String>> {
    let Some(Ok(data)) = &app.workspace.chart else {
        return None;
    };
    let options = match (&data.whole.chart, &data.by) {
        (PanelKind::Bars(_), _) => data.kind.options(),
        (
            PanelKind::Groups(_)
            | PanelKind::TriadGroups(_)
            | PanelKind::Multiples(_)
            | PanelKind::CrossTab(_)
            | PanelKind::CoOccurrence(_),
            Some(by),
        ) => by.kind.options(),
        _ => return None,
    };
    (!options.is_empty()).then(|| options.to_vec())
}

/// "Opties ▾": a popup with a checkbox per option and buttons to move it.
fn option_order_ui(ui: &mut egui::Ui, app: &StorylensApp, commands: &mut Vec<Command>) {
    let tr = app.strings();
    let Some(options) = ordered_options(app) else {
        return;
    };
    let settings = &app.workspace.view.chart;
    let order: Vec<usize> = settings
        .option_order
        .clone()
        .unwrap_or_else(|| (0..options.len()).collect());
    let hidden: Vec<usize> = (0..options.len()).filter(|i| !order.contains(i)).collect();
    ui.menu_button(format!("{} ▾", tr.options_shown), |ui| {
        let mut new_order = None;
        for (position, &option) in order.iter().enumerate() {
            ui.horizontal(|ui| {
                let mut shown = true;
                if ui.checkbox(&mut shown, &options[option]).changed() && order.len() > 1 {
                    let mut changed = order.clone();
                    changed.remove(position);
                    new_order = Some(changed);
                }
                if ui.small_button("▲").on_hover_text(tr.move_up).clicked() && position > 0 {
                    let mut changed = order.clone();
                    changed.swap(position, position - 1);
                    new_order = Some(changed);
                }
                if ui.small_button("▼").on_hover_text(tr.move_down).clicked()
                    && position + 1 < order.len()
                {
                    let mut changed = order.clone();
                    changed.swap(position, position + 1);
                    new_order = Some(changed);
                }
            });
        }
        for &option in &hidden {
            let mut shown = false;
            if ui.checkbox(&mut shown, &options[option]).changed() {
                let mut changed = order.clone();
                changed.push(option);
                new_order = Some(changed);
            }
        }
        if let Some(order) = new_order {
            let identity = order.iter().copied().eq(0..options.len());
            commands.push(Command::SetChartSettings(super::view::ChartSettings {
                option_order: (!identity).then_some(order),
                ..settings.clone()
            }));
        }
    });
}
