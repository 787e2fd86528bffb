//! Keywords in context: a window listing every occurrence of a word in the
//! stories as a line — left context | word | right context — sortable by
//! the story, the word before or the word after; a click on a line opens
//! its story in the reader with the word marked. The lines come from
//! `words::story_kwic`; this file only keeps them and draws them.

use egui::{Align, Layout, RichText, vec2};

use crate::i18n::{self, Language};
use crate::words::{KwicLine, KwicOrder};
use crate::workspace::{Command, ExploreCommand, Kwic};

/// Height of one line in the list.
const LINE_PX: f32 = 22.0;
/// Width of each context column.
const CONTEXT_PX: f32 = 330.0;
/// Characters of left context that fit its column at the body size: the
/// left context is cut at its start, so the words next to the term show.
const LEFT_CHARS: usize = 44;

/// The KWIC window, while open.
pub fn kwic_window_ui(
    ctx: &egui::Context,
    kwic: &Kwic,
    language: Language,
    commands: &mut Vec<Command>,
) {
    let tr = language.strings();
    let mut open = true;
    egui::Window::new(tr.kwic_title)
        .id(egui::Id::unique("storylens_kwic"))
        .open(&mut open)
        .collapsible(false)
        .resizable(true)
        .default_size([2.0 * CONTEXT_PX + 160.0, 360.0])
        // Low on the left, over the chart rather than the story reader.
        .default_pos([340.0, (ctx.content_rect().height() - 420.0).max(60.0)])
        .show(ctx, |ui| {
            controls_ui(ui, kwic, language, commands);
            ui.separator();
            match &kwic.lines {
                None => {
                    ui.label(i18n::fill(tr.kwic_no_word, &[("word", &kwic.word)]));
                }
                Some(lines) => lines_ui(ui, lines, commands),
            }
        });
    if !open {
        commands.push(Command::Explore(ExploreCommand::CloseKwic));
    }
}

fn controls_ui(ui: &mut egui::Ui, kwic: &Kwic, language: Language, commands: &mut Vec<Command>) {
    let tr = language.strings();
    ui.horizontal(|ui| {
        let label = ui.label(format!("{}:", tr.kwic_word));
        let mut typed = kwic.typed.clone();
        let response = ui
            .add(
                egui::TextEdit::singleline(&mut typed)
                    .id_salt("storylens_kwic_word")
                    .desired_width(160.0),
            )
            .labelled_by(label.id);
        if response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
            commands.push(Command::Explore(ExploreCommand::OpenKwic(typed)));
        } else if response.changed() {
            // Only the box changes until Enter: no list per keystroke.
            commands.push(Command::Explore(ExploreCommand::TypeKwic(typed)));
        }
        ui.separator();
        for (order, text) in [
            (KwicOrder::Story, tr.kwic_by_story),
            (KwicOrder::Left, tr.kwic_by_left),
            (KwicOrder::Right, tr.kwic_by_right),
        ] {
            if ui.selectable_label(kwic.order == order, text).clicked() && kwic.order != order {
                commands.push(Command::Explore(ExploreCommand::SetKwicOrder(order)));
            }
        }
        if let Some(lines) = &kwic.lines {
            let n = i18n::format_count(language, lines.len());
            ui.label(RichText::new(i18n::fill(tr.kwic_lines, &[("n", &n)])).weak());
        }
    });
}

/// Only the lines in view are laid out: a common word has thousands.
fn lines_ui(ui: &mut egui::Ui, lines: &[KwicLine], commands: &mut Vec<Command>) {
    egui::ScrollArea::vertical().auto_shrink(false).show_rows(
        ui,
        LINE_PX,
        lines.len(),
        |ui, range| {
            for (at, line) in lines.iter().enumerate().take(range.end).skip(range.start) {
                ui.horizontal(|ui| {
                    ui.allocate_ui_with_layout(
                        vec2(CONTEXT_PX, LINE_PX),
                        Layout::right_to_left(Align::Center),
                        |ui| ui.add(egui::Label::new(tail(&line.left, LEFT_CHARS)).truncate()),
                    );
                    let word = ui.add(
                        egui::Button::new(RichText::new(&line.word).strong())
                            .fill(ui.visuals().selection.bg_fill),
                    );
                    // The line's whole text names the button, so a screen
                    // reader (and a test) tells the lines apart.
                    let name = format!("{} {} {}", line.left, line.word, line.right);
                    super::widgets::name_control(&word, name.trim());
                    ui.allocate_ui_with_layout(
                        vec2(CONTEXT_PX, LINE_PX),
                        Layout::left_to_right(Align::Center),
                        |ui| ui.add(egui::Label::new(&line.right).truncate()),
                    );
                    if word.clicked() {
                        commands.push(Command::Explore(ExploreCommand::ReadKwicLine(at)));
                    }
                });
            }
        },
    );
}

/// The last `chars` characters of `text`, "…" in front when cut.
fn tail(text: &str, chars: usize) -> String {
    let count = text.chars().count();
    if count <= chars {
        return text.to_owned();
    }
    let kept: String = text.chars().skip(count - chars + 1).collect();
    format!("…{}", kept.trim_start())
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_left_context_keeps_its_end() {
        assert_eq!(super::tail("kort", 10), "kort");
        assert_eq!(super::tail("een plan gemaakt met", 9), "…aakt met");
        assert_eq!(super::tail("een plan gemaakt met", 9).chars().count(), 9);
    }
}
