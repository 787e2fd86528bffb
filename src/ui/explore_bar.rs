//! The rows above the chart that belong to exploring: the grid menu, the
//! overlay toggle and the search button; the search box (Ctrl+F); and,
//! after a brush or a search, what to do with those stories.

use crate::charts::brush::BrushAction;
use crate::i18n::{self, Language};
use crate::model::{Filter, QuestionKind};

use super::app::StorylensApp;
use super::commands::Command;
use super::grid_view::GridSource;
use crate::workspace::ExploreCommand;

fn explore(command: ExploreCommand) -> Command {
    Command::Explore(command)
}

/// Draws the explore rows; changes go out as commands.
pub fn explore_bar_ui(ui: &mut egui::Ui, app: &StorylensApp, commands: &mut Vec<Command>) {
    let language = app.settings.language;
    let drawn = app
        .workspace
        .explore
        .brush
        .as_ref()
        .and_then(|brushed| brushed.drawn_on(&app.workspace.view));
    super::brush::keep_showing(ui.ctx(), drawn);
    ui.horizontal_wrapped(|ui| {
        grid_menu_ui(ui, app, commands);
        let can_overlay = app.workspace.explore.grid.is_none()
            && matches!(&app.workspace.chart, Some(Ok(data)) if crate::export::can_overlay(data));
        if can_overlay {
            let mut on = app.workspace.explore.overlay;
            let tr = language.strings();
            if ui
                .checkbox(&mut on, tr.overlay)
                .on_hover_text(tr.overlay_hint)
                .changed()
            {
                commands.push(explore(ExploreCommand::SetOverlay(on)));
            }
        }
        if app.workspace.explore.search.is_none()
            && ui
                .button(language.strings().search)
                .on_hover_text("Ctrl+F")
                .clicked()
        {
            commands.push(explore(ExploreCommand::OpenSearch));
        }
    });
    if let Some(text) = &app.workspace.explore.search {
        search_ui(ui, app, text, commands);
    }
    brush_ui(ui, app, language, commands);
}

fn grid_menu_ui(ui: &mut egui::Ui, app: &StorylensApp, commands: &mut Vec<Command>) {
    let tr = app.strings();
    ui.menu_button(format!("⊞ {}", tr.grid), |ui| {
        ui.label(egui::RichText::new(tr.grid_perspectives).weak());
        for perspective in &app.workspace.document.project().perspectives {
            let label = format!("{} ({})", perspective.title, perspective.findings.len());
            if ui.button(label).clicked() {
                commands.push(explore(ExploreCommand::OpenGrid(GridSource::Perspective(
                    perspective.id,
                ))));
                ui.close();
            }
        }
        ui.separator();
        ui.label(egui::RichText::new(tr.grid_questions).weak());
        egui::ScrollArea::vertical()
            .max_height(320.0)
            .show(ui, |ui| {
                for question in &app.workspace.document.dataset.codebook().questions {
                    if matches!(question.kind, QuestionKind::Text { .. } | QuestionKind::Id) {
                        continue;
                    }
                    let mut picked = app.workspace.explore.grid_pick.contains(&question.id);
                    if ui.checkbox(&mut picked, &question.title).changed() {
                        commands.push(explore(ExploreCommand::TogglePick(question.id.clone())));
                    }
                }
            });
        let n = app.workspace.explore.grid_pick.len();
        if ui
            .add_enabled(
                n > 0,
                egui::Button::new(i18n::fill(tr.grid_show_chosen, &[("n", &n)])),
            )
            .clicked()
        {
            commands.push(explore(ExploreCommand::OpenGrid(GridSource::Questions(
                app.workspace.explore.grid_pick.clone(),
            ))));
            ui.close();
        }
    });
}

fn search_ui(ui: &mut egui::Ui, app: &StorylensApp, text: &str, commands: &mut Vec<Command>) {
    let language = app.settings.language;
    let tr = language.strings();
    ui.horizontal(|ui| {
        let label = ui.label(format!("{}:", tr.search));
        let mut edited = text.to_owned();
        let response = ui
            .add(
                egui::TextEdit::singleline(&mut edited)
                    // A fixed id: the rows around it change as results come
                    // in, and an automatic id would lose the focus.
                    .id_salt("storylens_search")
                    .hint_text(tr.search_hint)
                    .desired_width(260.0),
            )
            .labelled_by(label.id);
        if app.workspace.explore.focus_search.take() {
            response.request_focus();
        }
        if response.changed() {
            commands.push(explore(ExploreCommand::SetSearch(edited)));
        }
        if response.has_focus() && ui.input(|i| i.key_pressed(egui::Key::Escape)) {
            commands.push(explore(ExploreCommand::CloseSearch));
        }
        if !app.search_term().is_empty()
            && let Some(brushed) = &app.workspace.explore.brush
        {
            let n = i18n::format_count(language, brushed.count);
            ui.label(egui::RichText::new(i18n::fill(tr.search_matches, &[("n", &n)])).strong());
        }
        if ui.button("✕").on_hover_text(tr.close).clicked() {
            commands.push(explore(ExploreCommand::CloseSearch));
        }
    });
}

fn brush_ui(
    ui: &mut egui::Ui,
    app: &StorylensApp,
    language: Language,
    commands: &mut Vec<Command>,
) {
    let Some(brushed) = &app.workspace.explore.brush else {
        return;
    };
    let tr = language.strings();
    let compared = app
        .workspace
        .view
        .selection
        .as_ref()
        .filter(|c| c.from.is_some());
    ui.horizontal_wrapped(|ui| {
        let n = i18n::format_count(language, brushed.count);
        // Described now, not when brushed, so it follows a language switch.
        let what = crate::model::describe(
            &brushed.filter,
            app.workspace.document.dataset.codebook(),
            language,
        );
        ui.label(
            egui::RichText::new(i18n::fill(tr.brushed, &[("what", &what), ("n", &n)])).strong(),
        );
        let select = match brushed.filter {
            Filter::HasWord { .. } => tr.word_make_selection,
            Filter::HasPhrase { .. } => tr.phrase_make_selection,
            _ => tr.brush_select,
        };
        // Keywords in context list the story text's word or phrase.
        let in_context = match &brushed.filter {
            Filter::HasWord {
                question: None,
                word,
            } => Some(word),
            Filter::HasPhrase {
                question: None,
                phrase,
            } => Some(phrase),
            _ => None,
        };
        if let Some(term) = in_context
            && ui.button(tr.kwic_title).clicked()
        {
            commands.push(explore(ExploreCommand::OpenKwic(term.clone())));
        }
        if ui.button(select).clicked() {
            commands.push(explore(ExploreCommand::BrushTo(BrushAction::NewSelection)));
        }
        if let Filter::HasWord { word, .. } = &brushed.filter
            && ui
                .button(tr.leave_word_out)
                .on_hover_text(tr.leave_word_out_hint)
                .clicked()
        {
            commands.push(Command::StopWords(
                crate::workspace::StopWordCommand::LeaveOutTerm(word.clone()),
            ));
        }
        let hint = compared.map_or(tr.brush_needs_selection.to_owned(), |c| c.name.clone());
        for (action, text) in [
            (BrushAction::Add, tr.brush_add),
            (BrushAction::Remove, tr.brush_remove),
        ] {
            if ui
                .add_enabled(compared.is_some(), egui::Button::new(text))
                .on_hover_text(&hint)
                .on_disabled_hover_text(&hint)
                .clicked()
            {
                commands.push(explore(ExploreCommand::BrushTo(action)));
            }
        }
        if ui.small_button("✕").on_hover_text(tr.close).clicked() {
            commands.push(explore(ExploreCommand::ClearBrush));
        }
    });
}
