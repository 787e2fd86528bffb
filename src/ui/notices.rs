//! Notices: non-blocking messages in a strip above the status bar.
//!
//! Saves, imports and exports report here. An information notice fades
//! after [`INFO_SECONDS`]; warnings and errors stay until the user closes
//! them (✕), so a failure is never missed. The newest is at the bottom,
//! and at most [`SHOWN`] are drawn at once. The strip takes its own room
//! at the bottom of the window, so a notice never covers the chart. A
//! notice may carry one action ("Show" the import report). Warnings are
//! for what needs the user's action; repairs and doubts of an import go to
//! the import report, announced by one information notice.

use crate::i18n::Strings;

use super::commands::Command;

/// Seconds an information notice stays on screen.
pub const INFO_SECONDS: f64 = 6.0;
/// Notices drawn at once (the newest).
const SHOWN: usize = 5;

/// A message for the user.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    /// The message, one or two sentences in the UI's language.
    pub text: String,
    /// How it is shown and whether it fades by itself.
    pub level: NoticeLevel,
    /// When it was first drawn (egui time, seconds); set by `notices_ui`.
    pub shown_at: Option<f64>,
    /// A button on the notice: its label and what it does.
    pub action: Option<(String, Command)>,
}

/// How serious a notice is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoticeLevel {
    /// Information: fades after a few seconds.
    Info,
    /// Needs attention: stays until closed.
    Warning,
    /// Something failed: stays until closed.
    Error,
}

impl Notice {
    fn new(text: String, level: NoticeLevel) -> Self {
        Self {
            text,
            level,
            shown_at: None,
            action: None,
        }
    }

    /// The notice with a button that sends `command`.
    pub fn with_action(mut self, label: impl Into<String>, command: Command) -> Self {
        self.action = Some((label.into(), command));
        self
    }

    /// A notice that fades by itself.
    pub fn info(text: String) -> Self {
        Self::new(text, NoticeLevel::Info)
    }

    /// A warning that stays until closed.
    pub fn warning(text: String) -> Self {
        Self::new(text, NoticeLevel::Warning)
    }

    /// An error that stays until closed.
    pub fn error(text: String) -> Self {
        Self::new(text, NoticeLevel::Error)
    }

    /// Whether the notice has been on screen long enough to go by itself.
    pub fn expired(&self, now: f64) -> bool {
        self.level == NoticeLevel::Info && self.shown_at.is_some_and(|t| now - t >= INFO_SECONDS)
    }
}

/// Draws the newest notices in a strip of their own above the status bar
/// (call before the central panel); expired information notices are
/// removed.
pub fn notices_ui(
    ui: &mut egui::Ui,
    notices: &mut Vec<Notice>,
    tr: &Strings,
    commands: &mut Vec<Command>,
) {
    let now = ui.ctx().input(|i| i.time);
    notices.retain(|n| !n.expired(now));
    if notices.is_empty() {
        return;
    }
    let first = notices.len().saturating_sub(SHOWN);
    egui::Panel::bottom("notices").show(ui, |ui| {
        ui.add_space(4.0);
        for (index, notice) in notices.iter_mut().enumerate().skip(first) {
            let shown_at = *notice.shown_at.get_or_insert(now);
            if notice.level == NoticeLevel::Info {
                let left = (INFO_SECONDS - (now - shown_at)).max(0.0);
                ui.ctx()
                    .request_repaint_after(std::time::Duration::from_secs_f64(left + 0.05));
            }
            notice_ui(ui, index, notice, tr, commands);
            ui.add_space(4.0);
        }
    });
}

fn notice_ui(
    ui: &mut egui::Ui,
    index: usize,
    notice: &Notice,
    tr: &Strings,
    commands: &mut Vec<Command>,
) {
    let visuals = ui.visuals();
    let (accent, icon) = match notice.level {
        NoticeLevel::Info => (visuals.selection.bg_fill, "ℹ"),
        NoticeLevel::Warning => (visuals.warn_fg_color, "⚠"),
        NoticeLevel::Error => (visuals.error_fg_color, "⚠"),
    };
    egui::Frame::group(ui.style())
        .stroke(egui::Stroke::new(1.5, accent))
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.colored_label(accent, icon);
                // The text wraps in what the buttons leave, so they stay on
                // the notice's first line at its right end.
                let buttons_px = if notice.action.is_some() { 150.0 } else { 40.0 };
                let text_px = (ui.available_width() - buttons_px).max(120.0);
                ui.allocate_ui(egui::vec2(text_px, 0.0), |ui| {
                    ui.add(egui::Label::new(&notice.text).wrap());
                });
                if let Some((label, command)) = &notice.action
                    && ui.button(label).clicked()
                {
                    commands.push(command.clone());
                    commands.push(Command::DismissNotice(index));
                }
                if super::widgets::icon_button(ui, "✕", tr.close).clicked() {
                    commands.push(Command::DismissNotice(index));
                }
            });
        });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_information_expires() {
        let mut info = Notice::info("saved".into());
        let mut error = Notice::error("failed".into());
        assert!(!info.expired(100.0), "never drawn: not expired");
        info.shown_at = Some(10.0);
        error.shown_at = Some(10.0);
        assert!(!info.expired(10.0 + INFO_SECONDS - 0.1));
        assert!(info.expired(10.0 + INFO_SECONDS));
        assert!(!error.expired(10_000.0));
    }
}
