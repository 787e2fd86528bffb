//! The menu bar and the keyboard shortcuts that go with it.

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::i18n::Language;

use super::commands::Command;
use super::settings::{Settings, Theme};

/// Ctrl/Cmd + = makes text larger (also + on the number pad).
pub const ZOOM_IN: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Equals);
pub const ZOOM_IN_PLUS: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Plus);
pub const ZOOM_OUT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Minus);
pub const ZOOM_RESET: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Num0);
pub const FULL_SCREEN: KeyboardShortcut = KeyboardShortcut::new(Modifiers::NONE, Key::F11);
pub const QUIT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Q);
pub const UNDO: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Z);
pub const REDO: KeyboardShortcut =
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::Z);
pub const OPEN: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::O);
pub const SAVE: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::S);
pub const SAVE_AS: KeyboardShortcut =
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::S);
pub const PRESENT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::NONE, Key::F5);
/// Ctrl/Cmd + F opens the search over titles and stories.
pub const FIND: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::F);

/// Turns pressed shortcuts into commands (consuming the keys). While
/// presenting, arrows, PageUp/PageDown, space and Esc drive the slides.
pub fn shortcut_commands(ctx: &egui::Context, presenting: bool, commands: &mut Vec<Command>) {
    ctx.input_mut(|input| {
        if presenting {
            for key in [Key::ArrowRight, Key::PageDown] {
                if input.consume_key(Modifiers::NONE, key) {
                    commands.push(Command::PresentStep(1));
                }
            }
            for key in [Key::ArrowLeft, Key::PageUp] {
                if input.consume_key(Modifiers::NONE, key) {
                    commands.push(Command::PresentStep(-1));
                }
            }
            if input.consume_key(Modifiers::NONE, Key::Space) {
                commands.push(Command::PresentFlip);
            }
            if input.consume_key(Modifiers::NONE, Key::Escape) {
                commands.push(Command::Present(false));
            }
        } else if input.consume_shortcut(&PRESENT) {
            commands.push(Command::Present(true));
        }
        // Shift variants first: Ctrl+Shift+S also matches Ctrl+S.
        if input.consume_shortcut(&SAVE_AS) {
            commands.push(Command::SaveAsDialog);
        }
        if input.consume_shortcut(&SAVE) {
            commands.push(Command::Save);
        }
        if !presenting && input.consume_shortcut(&FIND) {
            commands.push(Command::Explore(
                crate::workspace::ExploreCommand::OpenSearch,
            ));
        }
        if input.consume_shortcut(&OPEN) {
            commands.push(Command::OpenDialog);
        }
        // Redo first: Ctrl+Shift+Z also matches Ctrl+Z's logical key.
        if input.consume_shortcut(&REDO) {
            commands.push(Command::Redo);
        }
        if input.consume_shortcut(&UNDO) {
            commands.push(Command::Undo);
        }
        if input.consume_shortcut(&ZOOM_IN) || input.consume_shortcut(&ZOOM_IN_PLUS) {
            commands.push(Command::Zoom(1));
        }
        if input.consume_shortcut(&ZOOM_OUT) {
            commands.push(Command::Zoom(-1));
        }
        if input.consume_shortcut(&ZOOM_RESET) {
            commands.push(Command::Zoom(0));
        }
        if input.consume_shortcut(&FULL_SCREEN) {
            commands.push(Command::ToggleFullScreen);
        }
        if input.consume_shortcut(&QUIT) {
            commands.push(Command::Quit);
        }
    });
}

/// The menu bar: File, View, Language.
#[allow(clippy::too_many_lines, reason = "the menu bar's items in order")]
pub fn menu_bar_ui(ui: &mut egui::Ui, settings: &Settings, commands: &mut Vec<Command>) {
    let (language, theme) = (settings.language, settings.theme);
    let tr = language.strings();
    let mac = ui.ctx().os() == egui::os::OperatingSystem::Mac;
    let shortcut = |s: &KeyboardShortcut| shortcut_text(s, mac);
    let (undo, redo) = (shortcut(&UNDO), shortcut(&REDO));
    let (open, save, save_as) = (shortcut(&OPEN), shortcut(&SAVE), shortcut(&SAVE_AS));
    let (zoom_in, zoom_out, zoom_reset, full, quit) = (
        shortcut(&ZOOM_IN),
        shortcut(&ZOOM_OUT),
        shortcut(&ZOOM_RESET),
        shortcut(&FULL_SCREEN),
        shortcut(&QUIT),
    );
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button(tr.menu_file, |ui| {
            if ui.button(tr.new_project).clicked() {
                commands.push(Command::NewProject);
            }
            if ui
                .add(egui::Button::new(tr.open_title).shortcut_text(open))
                .clicked()
            {
                commands.push(Command::OpenDialog);
            }
            if ui
                .add(egui::Button::new(tr.save).shortcut_text(save))
                .clicked()
            {
                commands.push(Command::Save);
            }
            if ui
                .add(egui::Button::new(tr.save_title).shortcut_text(save_as))
                .clicked()
            {
                commands.push(Command::SaveAsDialog);
            }
            ui.menu_button(tr.recent_files, |ui| recent_menu_ui(ui, settings, commands));
            if ui.button(tr.open_demo).clicked() {
                commands.push(Command::OpenDemo);
            }
            if ui.button(tr.close_project).clicked() {
                commands.push(Command::CloseProject);
            }
            if ui
                .button(tr.reimport_menu)
                .on_hover_text(tr.reimport_hint)
                .clicked()
            {
                commands.push(Command::ReimportDialog);
            }
            if ui.button(tr.import_report_menu).clicked() {
                commands.push(Command::ShowImportReport(true));
            }
            ui.separator();
            ui.menu_button(tr.menu_export, |ui| {
                super::export_actions::export_menu_ui(ui, language, commands);
            });
            ui.separator();
            if ui
                .add(egui::Button::new(tr.quit).shortcut_text(quit))
                .clicked()
            {
                commands.push(Command::Quit);
            }
        });
        ui.menu_button(tr.menu_edit, |ui| {
            if ui
                .add(egui::Button::new(tr.undo).shortcut_text(undo))
                .clicked()
            {
                commands.push(Command::Undo);
            }
            if ui
                .add(egui::Button::new(tr.redo).shortcut_text(redo))
                .clicked()
            {
                commands.push(Command::Redo);
            }
        });
        ui.menu_button(tr.menu_view, |ui| {
            for (value, label) in [
                (Theme::Light, tr.theme_light),
                (Theme::Dark, tr.theme_dark),
                (Theme::Projector, tr.theme_projector),
            ] {
                if ui.radio(theme == value, label).clicked() {
                    commands.push(Command::SetTheme(value));
                }
            }
            ui.separator();
            if ui
                .add(egui::Button::new(tr.text_larger).shortcut_text(zoom_in))
                .clicked()
            {
                commands.push(Command::Zoom(1));
            }
            if ui
                .add(egui::Button::new(tr.text_smaller).shortcut_text(zoom_out))
                .clicked()
            {
                commands.push(Command::Zoom(-1));
            }
            if ui
                .add(egui::Button::new(tr.text_normal).shortcut_text(zoom_reset))
                .clicked()
            {
                commands.push(Command::Zoom(0));
            }
            ui.separator();
            if ui
                .add(egui::Button::new(tr.full_screen).shortcut_text(full))
                .clicked()
            {
                commands.push(Command::ToggleFullScreen);
            }
        });
        ui.menu_button(tr.language, |ui| {
            for candidate in Language::ALL {
                if ui
                    .radio(candidate == language, candidate.native_name())
                    .clicked()
                {
                    commands.push(Command::SetLanguage(candidate));
                }
            }
        });
        ui.menu_button(tr.menu_help, |ui| {
            if ui.button(tr.welcome_menu).clicked() {
                commands.push(Command::ShowWelcome);
            }
        });
    });
}

/// A shortcut as a menu shows it, with the key's symbol rather than egui's
/// English key name ("Ctrl+=", not "Ctrl+Equals").
pub fn shortcut_text(shortcut: &KeyboardShortcut, mac: bool) -> String {
    let modifiers = shortcut.modifiers;
    let mut parts: Vec<&str> = Vec::new();
    if modifiers.command || modifiers.ctrl || modifiers.mac_cmd {
        parts.push(if mac { "⌘" } else { "Ctrl" });
    }
    if modifiers.alt {
        parts.push(if mac { "⌥" } else { "Alt" });
    }
    if modifiers.shift {
        parts.push(if mac { "⇧" } else { "Shift" });
    }
    let key = match shortcut.logical_key {
        Key::Equals => "=",
        Key::Plus => "+",
        Key::Minus => "−",
        Key::Num0 => "0",
        key => key.symbol_or_name(),
    };
    parts.push(key);
    parts.join(if mac { "" } else { "+" })
}

/// File → Recent files: the newest first, and the launch setting.
fn recent_menu_ui(ui: &mut egui::Ui, settings: &Settings, commands: &mut Vec<Command>) {
    let tr = settings.language.strings();
    if settings.recent.is_empty() {
        ui.add_enabled(false, egui::Button::new(tr.recent_none));
    }
    for path in &settings.recent {
        let name = path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        if ui
            .button(name)
            .on_hover_text(path.display().to_string())
            .clicked()
        {
            commands.push(Command::OpenRecent(path.clone()));
        }
    }
    ui.separator();
    let mut reopen = settings.reopen_last;
    if ui.checkbox(&mut reopen, tr.reopen_last).changed() {
        commands.push(Command::SetReopenLast(reopen));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shortcuts_show_symbols_not_english_key_names() {
        assert_eq!(shortcut_text(&ZOOM_IN, false), "Ctrl+=");
        assert_eq!(shortcut_text(&ZOOM_OUT, false), "Ctrl+−");
        assert_eq!(shortcut_text(&SAVE_AS, false), "Ctrl+Shift+S");
        assert_eq!(shortcut_text(&FULL_SCREEN, false), "F11");
        assert_eq!(shortcut_text(&ZOOM_IN, true), "⌘=");
    }
}
