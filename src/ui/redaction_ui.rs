//! Redaction in the story reader: the story's text with replaced words
//! marked, a form to replace selected (or typed) words with a placeholder,
//! and the story's redactions with a button to remove each.
//!
//! The text is a read-only text field, so the researcher can select words
//! with the mouse; the field's cursor (kept by egui) says what is selected,
//! and "Gebruik selectie" copies it into the form. The form's buffers are
//! UI-local and live in egui's memory, keyed by story. Adding or removing a
//! redaction is a [`Command`], so it is undoable and autosaved.

use egui::text::{LayoutJob, TextFormat};
use egui::{FontId, RichText};

use crate::i18n::Language;
use crate::model::StoryId;
use crate::project::{FindingId, RedactedSpan, Redaction, apply_redactions, redacted_spans};

use super::commands::Command;

/// What the stories panel needs besides the dataset.
#[derive(Clone, Copy, Debug)]
pub struct ReaderOptions<'a> {
    /// The open finding, which "use as quote" adds to.
    pub quote_into: Option<FindingId>,
    /// The project's redactions, applied to every story shown.
    pub redactions: &'a [Redaction],
    /// Show the redaction form (not in presentation mode).
    pub edit_redactions: bool,
    /// The search term to mark in titles and texts (empty: none).
    pub highlight: &'a str,
}

impl ReaderOptions<'_> {
    /// `text` of `story_id` as shown: redacted.
    pub fn shown<'t>(&self, text: &'t str, story_id: &StoryId) -> std::borrow::Cow<'t, str> {
        apply_redactions(text, story_id, self.redactions)
    }
}

/// Which placeholder the form puts in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Placeholder {
    #[default]
    School,
    Place,
    Name,
    Free,
}

/// The form's buffers, in egui memory per story.
#[derive(Clone, Debug, Default)]
struct RedactionForm {
    original: String,
    placeholder: Placeholder,
    free: String,
    not_found: bool,
}

/// The story's text, redacted, with each placeholder marked; returns the
/// words the researcher selected in it, if any.
pub fn story_text_ui(
    ui: &mut egui::Ui,
    text: &str,
    story_id: &StoryId,
    redactions: &[Redaction],
    highlight: &str,
    size: f32,
    language: Language,
) -> Option<String> {
    let spans = redacted_spans(text, story_id, redactions);
    let shown: String = spans.iter().map(RedactedSpan::shown).collect();
    let font = FontId::proportional(size);
    let color = ui.visuals().text_color();
    let marked = TextFormat {
        font_id: font.clone(),
        color: ui.visuals().strong_text_color(),
        background: ui.visuals().warn_fg_color.gamma_multiply(0.25),
        italics: true,
        ..TextFormat::default()
    };
    let plain = TextFormat::simple(font.clone(), color);
    let mut layouter = |ui: &egui::Ui, _: &dyn egui::TextBuffer, wrap_width: f32| {
        let mut job = LayoutJob::default();
        for span in &spans {
            match span {
                RedactedSpan::Kept(_) => {
                    super::highlight::append_highlighted(&mut job, span.shown(), highlight, &plain);
                }
                RedactedSpan::Replaced { .. } => job.append(span.shown(), 0.0, marked.clone()),
            }
        }
        job.wrap.max_width = wrap_width;
        ui.fonts_mut(|fonts| fonts.layout_job(job))
    };
    let mut buffer: &str = &shown;
    let output = egui::TextEdit::multiline(&mut buffer)
        .id_salt(("story_text", story_id.0.as_str()))
        .font(font)
        .frame(egui::Frame::NONE)
        .desired_width(f32::INFINITY)
        .layouter(&mut layouter)
        .show(ui);
    // The text is read-only (a text field so words can be selected): say
    // what it is rather than reading the whole story as the field's name.
    let story_label = language.strings().story_text;
    output.response.widget_info(|| {
        let mut info = egui::WidgetInfo::text_edit(true, shown.as_str(), shown.as_str(), "");
        info.label = Some(story_label.to_owned());
        info
    });
    if spans
        .iter()
        .any(|s| matches!(s, RedactedSpan::Replaced { .. }))
    {
        ui.label(
            RichText::new(language.strings().redacted_note)
                .weak()
                .small(),
        );
    }
    // Pressing "Use selection" takes the focus from the text, and with it
    // the selection, before the click arrives: the last selection made is
    // remembered until the text is clicked again.
    let current = output
        .state
        .cursor
        .char_range()
        .map(|range| range.slice_str(&shown).trim().to_owned())
        .filter(|selected| !selected.is_empty());
    let remembered = egui::Id::unique(("story_selection", story_id.0.as_str()));
    let focused = output.response.has_focus();
    ui.data_mut(|data| match current {
        Some(selected) => {
            data.insert_temp(remembered, selected.clone());
            Some(selected)
        }
        None if focused => {
            data.remove::<String>(remembered);
            None
        }
        None => data.get_temp::<String>(remembered),
    })
}

/// The form to add a redaction to the story, and its redactions.
pub fn redaction_editor_ui(
    ui: &mut egui::Ui,
    story_id: &StoryId,
    texts: &[&str],
    redactions: &[Redaction],
    selected: Option<String>,
    language: Language,
    commands: &mut Vec<Command>,
) {
    let tr = language.strings();
    let id = egui::Id::unique(("redaction_form", story_id.0.as_str()));
    let mut form: RedactionForm = ui.data_mut(|d| d.get_temp(id)).unwrap_or_default();
    ui.add_space(6.0);
    ui.label(RichText::new(tr.redact_heading).strong());
    // Within the panel at any width: the field shrinks, the button wraps.
    let field = (ui.available_width() * 0.45).clamp(90.0, 220.0);
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(tr.redact_text);
        ui.add(egui::TextEdit::singleline(&mut form.original).desired_width(field))
            .labelled_by(label.id);
        let use_selection = ui.add_enabled(
            selected.is_some(),
            egui::Button::new(tr.redact_use_selection),
        );
        if use_selection.clicked()
            && let Some(selected) = &selected
        {
            form.original.clone_from(selected);
            form.not_found = false;
        }
    });
    ui.horizontal_wrapped(|ui| {
        ui.label(tr.redact_with);
        for (value, label) in [
            (Placeholder::School, tr.redact_school),
            (Placeholder::Place, tr.redact_place),
            (Placeholder::Name, tr.redact_name),
            (Placeholder::Free, tr.redact_free),
        ] {
            ui.radio_value(&mut form.placeholder, value, label);
        }
        if form.placeholder == Placeholder::Free {
            ui.add(egui::TextEdit::singleline(&mut form.free).desired_width(140.0));
        }
    });
    let placeholder = match form.placeholder {
        Placeholder::School => tr.redact_school.to_owned(),
        Placeholder::Place => tr.redact_place.to_owned(),
        Placeholder::Name => tr.redact_name.to_owned(),
        Placeholder::Free => form.free.trim().to_owned(),
    };
    let original = form.original.trim().to_owned();
    let ready = !original.is_empty() && !placeholder.is_empty();
    if ui
        .add_enabled(ready, egui::Button::new(tr.redact_apply))
        .clicked()
    {
        if texts.iter().any(|t| t.contains(&original)) {
            commands.push(Command::AddRedaction(Redaction {
                story_id: story_id.clone(),
                original,
                placeholder,
            }));
            form.original.clear();
            form.not_found = false;
        } else {
            form.not_found = true;
        }
    }
    if form.not_found {
        ui.colored_label(ui.visuals().error_fg_color, tr.redact_not_found);
    }
    redaction_list_ui(ui, story_id, redactions, language, commands);
    ui.data_mut(|d| d.insert_temp(id, form));
}

/// The story's redactions: "original → placeholder" with a remove button.
fn redaction_list_ui(
    ui: &mut egui::Ui,
    story_id: &StoryId,
    redactions: &[Redaction],
    language: Language,
    commands: &mut Vec<Command>,
) {
    let tr = language.strings();
    let own: Vec<&Redaction> = redactions
        .iter()
        .filter(|r| &r.story_id == story_id)
        .collect();
    if own.is_empty() {
        return;
    }
    ui.label(RichText::new(tr.redact_list).weak());
    for redaction in own {
        ui.horizontal(|ui| {
            if ui
                .small_button("✕")
                .on_hover_text(tr.redact_remove)
                .clicked()
            {
                commands.push(Command::RemoveRedaction(redaction.clone()));
            }
            ui.label(format!(
                "“{}” → {}",
                redaction.original, redaction.placeholder
            ));
        });
    }
}
