//! The stop-word dialog (issue 16): the words the project leaves out of
//! word counts besides the standard lists, each with *Put back*, and a box
//! to leave out another word. Every change is a
//! [`StopWordCommand`](crate::workspace::StopWordCommand), one undo step.
//! Whether the dialog is open is egui's temporary memory: it is no part of
//! the project or the settings.

use crate::i18n::Language;
use crate::project::Project;
use crate::workspace::{Command, StopWordCommand};

fn open_id() -> egui::Id {
    egui::Id::unique("storylens_stop_words_open")
}

fn typed_id() -> egui::Id {
    egui::Id::unique("storylens_stop_words_typed")
}

/// Opens (or closes) the dialog.
pub fn set_open(ctx: &egui::Context, open: bool) {
    ctx.data_mut(|d| d.insert_temp(open_id(), open));
}

/// Whether the dialog is open.
pub fn is_open(ctx: &egui::Context) -> bool {
    ctx.data(|d| d.get_temp(open_id()).unwrap_or(false))
}

/// The dialog, while open.
pub fn stop_words_window_ui(
    ctx: &egui::Context,
    project: &Project,
    language: Language,
    commands: &mut Vec<Command>,
) {
    if !is_open(ctx) {
        return;
    }
    let tr = language.strings();
    let mut open = true;
    egui::Window::new(tr.stop_words_title)
        .id(egui::Id::unique("storylens_stop_words"))
        .open(&mut open)
        .collapsible(false)
        .resizable(true)
        .default_width(360.0)
        .show(ctx, |ui| {
            ui.label(tr.stop_words_intro);
            ui.separator();
            let edits = &project.settings.stop_words;
            let mut any = false;
            for (lang, name) in [
                (Language::Dutch, tr.stop_words_dutch),
                (Language::English, tr.stop_words_english),
            ] {
                for word in edits.left_out(lang) {
                    any = true;
                    ui.horizontal(|ui| {
                        ui.label(format!("{word} ({name})"));
                        let put_back = ui
                            .button(tr.stop_words_put_back)
                            .on_hover_text(format!("{}: {word}", tr.stop_words_put_back));
                        if put_back.clicked() {
                            commands.push(Command::StopWords(StopWordCommand::PutBack(
                                lang,
                                word.clone(),
                            )));
                        }
                    });
                }
            }
            if !any {
                ui.weak(tr.stop_words_none);
            }
            ui.separator();
            let mut typed: String = ui.data(|d| d.get_temp(typed_id()).unwrap_or_default());
            ui.horizontal(|ui| {
                let label = ui.label(format!("{}:", tr.stop_words_word));
                let field = ui
                    .add(egui::TextEdit::singleline(&mut typed).desired_width(140.0))
                    .labelled_by(label.id);
                let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                if (ui.button(tr.stop_words_leave_out).clicked() || enter)
                    && !typed.trim().is_empty()
                {
                    commands.push(Command::StopWords(StopWordCommand::LeaveOut(
                        language,
                        typed.trim().to_owned(),
                    )));
                    typed.clear();
                }
            });
            ui.data_mut(|d| d.insert_temp(typed_id(), typed));
        });
    if !open {
        set_open(ctx, false);
    }
}
