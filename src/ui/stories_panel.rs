//! The stories behind a mark: a list (title and first line), and a reader
//! (full text, every answer, previous/next). Opened by clicking any bar,
//! bin, cell, group or dot.

use egui::{Color32, RichText, Sense, Stroke, TextStyle, pos2, vec2};

use super::redaction_ui::{self, ReaderOptions};
use super::{Command, highlight, palette};
use crate::calendar::iso_date_from_days;
use crate::i18n::{self, Language};
use crate::model::{Answer, Dataset, QuestionKind, TextRole};
pub use crate::workspace::{BrowserCommand, StoryBrowser};

/// Draws the list or the reader.
pub fn stories_panel_ui(
    ui: &mut egui::Ui,
    browser: &StoryBrowser,
    dataset: &Dataset,
    options: &ReaderOptions<'_>,
    language: Language,
    commands: &mut Vec<Command>,
) {
    let tr = language.strings();
    ui.horizontal(|ui| {
        let count = i18n::format_count(language, browser.rows.len());
        ui.heading(i18n::fill(tr.stories_count, &[("n", &count)]));
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if super::widgets::icon_button(ui, "✕", tr.close).clicked() {
                commands.push(Command::Browser(BrowserCommand::Close));
            }
        });
    });
    ui.label(RichText::new(&browser.label).strong());
    ui.separator();
    let panel = Panel {
        browser,
        dataset,
        options,
        language,
    };
    match browser.reading {
        Some(index) => panel.reader_ui(ui, index, commands),
        None => panel.list_ui(ui, commands),
    }
}

/// What the list and the reader both show from.
struct Panel<'a> {
    browser: &'a StoryBrowser,
    dataset: &'a Dataset,
    options: &'a ReaderOptions<'a>,
    language: Language,
}

impl Panel<'_> {
    fn list_ui(&self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        let (browser, dataset, options) = (self.browser, self.dataset, self.options);
        let language = self.language;
        let tr = language.strings();
        let row_height = 46.0;
        egui::ScrollArea::vertical().auto_shrink(false).show_rows(
            ui,
            row_height,
            browser.rows.len(),
            |ui, range| {
                for index in range {
                    let row = browser.rows[index];
                    let story_id = &dataset.story_ids()[row];
                    let title = dataset
                        .text(TextRole::Title, row)
                        .map_or(tr.untitled.into(), |t| options.shown(t, story_id));
                    let first_line = dataset
                        .text(TextRole::Story, row)
                        .map(|text| {
                            highlight::snippet(
                                &options.shown(text, story_id),
                                options.highlight,
                                14,
                            )
                        })
                        .unwrap_or_default();
                    let response = ui
                        .vertical(|ui| {
                            ui.set_min_height(row_height - 6.0);
                            let (body, small) = (TextStyle::Body, TextStyle::Small);
                            let title = ui.add(egui::Button::selectable(
                                false,
                                highlight::highlighted(
                                    title.as_ref(),
                                    options.highlight,
                                    body.resolve(ui.style()),
                                    ui.visuals().strong_text_color(),
                                ),
                            ));
                            ui.label(highlight::highlighted(
                                &first_line,
                                options.highlight,
                                small.resolve(ui.style()),
                                ui.visuals().weak_text_color(),
                            ));
                            title
                        })
                        .inner;
                    if response.clicked() {
                        commands.push(Command::Browser(BrowserCommand::Read(index)));
                    }
                }
            },
        );
    }

    /// The story at `index` of the list: its text, every answer, previous
    /// and next.
    fn reader_ui(&self, ui: &mut egui::Ui, index: usize, commands: &mut Vec<Command>) {
        let (browser, dataset, options) = (self.browser, self.dataset, self.options);
        let language = self.language;
        let tr = language.strings();
        let Some(&row) = browser.rows.get(index) else {
            return;
        };
        if let (Some(finding), Some(text)) =
            (options.quote_into, dataset.text(TextRole::Story, row))
            && ui
                .button(tr.use_as_quote)
                .on_hover_text(tr.use_as_quote_hint)
                .clicked()
        {
            commands.push(Command::AddQuote {
                finding,
                story_id: dataset.story_ids()[row].clone(),
                excerpt: first_sentences(text, 2),
            });
        }
        ui.horizontal(|ui| {
            if ui.button(format!("← {}", tr.back_to_list)).clicked() {
                commands.push(Command::Browser(BrowserCommand::BackToList));
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let next = ui.add_enabled(index + 1 < browser.rows.len(), egui::Button::new("▶"));
                super::widgets::name_control(&next, tr.next_story);
                if next.on_hover_text(tr.next_story).clicked() {
                    commands.push(Command::Browser(BrowserCommand::Step(1)));
                }
                ui.label(format!("{} / {}", index + 1, browser.rows.len()));
                let previous = ui.add_enabled(index > 0, egui::Button::new("◀"));
                super::widgets::name_control(&previous, tr.previous_story);
                if previous.on_hover_text(tr.previous_story).clicked() {
                    commands.push(Command::Browser(BrowserCommand::Step(-1)));
                }
            });
        });
        egui::ScrollArea::vertical()
            .auto_shrink(false)
            .show(ui, |ui| {
                let story_id = &dataset.story_ids()[row];
                let title = dataset.text(TextRole::Title, row);
                let shown_title = title.map_or(tr.untitled.into(), |t| options.shown(t, story_id));
                ui.add_space(6.0);
                ui.label(highlight::highlighted(
                    shown_title.as_ref(),
                    options.highlight,
                    egui::FontId::proportional(20.0),
                    ui.visuals().strong_text_color(),
                ));
                ui.label(RichText::new(story_id.to_string()).weak().small());
                ui.add_space(6.0);
                let text = dataset.text(TextRole::Story, row);
                let selected = text.and_then(|text| {
                    redaction_ui::story_text_ui(
                        ui,
                        text,
                        story_id,
                        options.redactions,
                        options.highlight,
                        15.0,
                        language,
                    )
                });
                if options.edit_redactions {
                    let texts: Vec<&str> = title.into_iter().chain(text).collect();
                    redaction_ui::redaction_editor_ui(
                        ui,
                        story_id,
                        &texts,
                        options.redactions,
                        selected,
                        language,
                        commands,
                    );
                }
                ui.add_space(10.0);
                ui.separator();
                answers_ui(ui, dataset, row, language);
            });
    }
}

/// Every answer of the story except its title and text.
fn answers_ui(ui: &mut egui::Ui, dataset: &Dataset, row: usize, language: Language) {
    let tr = language.strings();
    // Both columns within the panel: a long answer (three emotions, a
    // long option) wraps instead of widening the panel past the window.
    let column = ((ui.available_width() - 12.0) / 2.0).max(60.0);
    let wrapped = |ui: &mut egui::Ui, text: egui::WidgetText| ui.add(egui::Label::new(text).wrap());
    // A cell's text wraps at the column's width (a grid alone lets a cell
    // grow its column).
    let cell = |ui: &mut egui::Ui, add: &mut dyn FnMut(&mut egui::Ui)| {
        ui.vertical(|ui| {
            ui.set_max_width(column);
            add(ui);
        });
    };
    egui::Grid::new(("answers", row))
        .num_columns(2)
        .striped(true)
        .spacing([12.0, 6.0])
        .max_col_width(column)
        .show(ui, |ui| {
            for (index, (question, _)) in dataset.questions().enumerate() {
                if matches!(
                    question.kind,
                    QuestionKind::Text {
                        role: TextRole::Title | TextRole::Story
                    }
                ) {
                    continue;
                }
                cell(ui, &mut |ui| {
                    wrapped(ui, RichText::new(&question.title).weak().into());
                });
                cell(ui, &mut |ui| {
                    match (dataset.answer(index, row), &question.kind) {
                        (Answer::Missing, _) => ui.label(RichText::new("—").weak()),
                        (Answer::NotApplicable, _) => {
                            ui.label(RichText::new(tr.not_applicable).italics())
                        }
                        (Answer::Text(text), _) => wrapped(ui, text.into()),
                        (Answer::Number(v), _) => ui.label(i18n::format_decimal(language, v, 2)),
                        (Answer::Date(days), _) => ui.label(iso_date_from_days(days)),
                        (Answer::Choice(labels), _) => wrapped(ui, labels.join(", ").into()),
                        (Answer::Slider(v), QuestionKind::Slider { left, right }) => {
                            mini_slider_ui(ui, v, left, right)
                        }
                        (Answer::Triad(w), QuestionKind::Triad { top, left, right }) => {
                            mini_triad_ui(ui, w, [top, left, right], language)
                        }
                        (Answer::Stones(stones), _) => wrapped(
                            ui,
                            stones
                                .iter()
                                .map(|(label, x, y)| {
                                    format!("{label} ({:.0}, {:.0})", x * 100.0, y * 100.0)
                                })
                                .collect::<Vec<_>>()
                                .join(", ")
                                .into(),
                        ),
                        (other, _) => ui.label(format!("{other:?}")),
                    };
                });
                ui.end_row();
            }
        });
}

fn mini_slider_ui(ui: &mut egui::Ui, value: f64, left: &str, right: &str) -> egui::Response {
    ui.vertical(|ui| {
        let width = ui.available_width().clamp(60.0, 160.0);
        let (rect, response) = ui.allocate_exact_size(vec2(width, 12.0), Sense::hover());
        let painter = ui.painter();
        let y = rect.center().y;
        painter.line_segment(
            [pos2(rect.left(), y), pos2(rect.right(), y)],
            Stroke::new(2.0, ui.visuals().weak_text_color()),
        );
        let x = rect.left() + rect.width() * (value / 100.0) as f32;
        painter.circle_filled(pos2(x, y), 5.0, palette::WHOLE);
        ui.add(
            egui::Label::new(RichText::new(format!("{value:.0} · {left} – {right}")).small())
                .wrap(),
        );
        response
    })
    .inner
}

fn mini_triad_ui(
    ui: &mut egui::Ui,
    weights: [f64; 3],
    corners: [&String; 3],
    language: Language,
) -> egui::Response {
    // The triangle above its numbers, which wrap: the answers column is
    // half of a narrow panel.
    ui.vertical(|ui| {
        let side = 44.0;
        let (rect, response) = ui.allocate_exact_size(vec2(side, side * 0.9), Sense::hover());
        let to_screen = |w: [f64; 3]| {
            let (x, y) = crate::stats::triangle::cartesian_from_barycentric(w);
            rect.left_top() + vec2(x as f32 * side, y as f32 * side)
        };
        let outline = vec![
            to_screen([1.0, 0.0, 0.0]),
            to_screen([0.0, 1.0, 0.0]),
            to_screen([0.0, 0.0, 1.0]),
        ];
        ui.painter().add(egui::Shape::closed_line(
            outline,
            Stroke::new(1.0, ui.visuals().text_color()),
        ));
        ui.painter()
            .circle_filled(to_screen(weights), 3.5, Color32::from_rgb(213, 94, 0));
        let parts: Vec<String> = corners
            .iter()
            .zip(weights)
            .map(|(c, w)| format!("{c} {}", i18n::format_decimal(language, w * 100.0, 0)))
            .collect();
        ui.add(egui::Label::new(RichText::new(parts.join(" · ")).small()).wrap());
        response
    })
    .inner
}

/// The first `n` sentences of `text` (the excerpt is editable later).
fn first_sentences(text: &str, n: usize) -> String {
    let mut end = text.len();
    let mut seen = 0;
    for (i, c) in text.char_indices() {
        if matches!(c, '.' | '!' | '?') {
            seen += 1;
            if seen == n {
                end = i + c.len_utf8();
                break;
            }
        }
    }
    text[..end].trim().to_owned()
}
