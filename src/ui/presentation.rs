//! Presentation mode: full screen, one finding per slide. A slide is the
//! finding laid out by `export::slide_scene` for the window's size (the
//! snapshot's layout: both panels equal, notes under them, no controls)
//! and painted by `scene_painter`, so it looks like the exported picture.
//! ←/→ (and PageUp/PageDown, as presenter clickers send) move; space flips
//! between the baseline alone and the selection alone, in place at the
//! size of the whole chart area; a click on a mark (the scene's hit
//! regions) shows its stories in a large overlay; Esc leaves.

use std::hash::{Hash, Hasher};
use std::sync::Arc;

use crate::export::{self, HitPopulation, Slide, SlideOptions};
use crate::i18n;
use crate::workspace::Showing;

use super::app::StorylensApp;
use super::commands::Command;
use super::scene_painter;
use super::stories_panel;

/// Draws the current slide over the whole window.
pub fn presentation_ui(ui: &mut egui::Ui, app: &StorylensApp, commands: &mut Vec<Command>) {
    let tr = app.strings();
    let language = app.settings.language;
    let Some(presentation) = &app.workspace.presentation else {
        return;
    };
    let frame = egui::Frame::NONE.fill(super::scene_painter::background());
    egui::CentralPanel::default().frame(frame).show(ui, |ui| {
        let rect = ui.max_rect();
        let finding = presentation
            .current()
            .and_then(|id| app.workspace.document.project().finding(id));
        let counter = i18n::fill(
            tr.slide_of,
            &[
                ("i", &(presentation.index + 1)),
                ("n", &presentation.slides.len()),
            ],
        );
        let (Some(finding), Some(chart)) = (finding, presentation.chart()) else {
            ui.centered_and_justified(|ui| ui.heading(tr.no_slides));
            return;
        };
        let data = match chart {
            Ok(data) => data,
            Err(error) => {
                ui.centered_and_justified(|ui| ui.label(error.sentence(language)));
                return;
            }
        };
        let options = SlideOptions {
            language,
            width_px: rect.width(),
            height_px: rect.height(),
            showing: match presentation.showing {
                Showing::Both => None,
                Showing::Baseline => Some(HitPopulation::Whole),
                Showing::Selection => Some(HitPopulation::Selection),
            },
            counter: Some((presentation.index + 1, presentation.slides.len())),
        };
        let slide = cached_slide(ui.ctx(), &options, finding, || {
            export::slide_scene(app.workspace.document.project(), finding, data, &options)
        });
        let transform = scene_painter::paint_scene(ui.painter(), &slide.scene, rect);
        // What the slide says, for screen readers: its title and place.
        for (i, text) in [&finding.title, &counter].into_iter().enumerate() {
            ui.interact(
                rect,
                ui.scope_id().with(("slide_text", i)),
                egui::Sense::hover(),
            )
            .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, text));
        }
        let id = ui.scope_id().with("slide_marks");
        if let Some(hit) = scene_painter::hits_ui(ui, &slide.scene, &transform, id)
            && let Some(rows) = app
                .workspace
                .rows_of_slide_mark(hit.population == HitPopulation::Selection, &hit.mark)
        {
            commands.push(Command::OpenRows {
                label: hit.label.clone(),
                rows,
            });
        }
        leave_button_ui(ui, rect, tr, commands);
    });
    if let Some(browser) = &app.workspace.browser {
        egui::Window::new(&browser.label)
            .collapsible(false)
            .default_size([760.0, 620.0])
            .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
            .show(ui.ctx(), |ui| {
                for font in ui.style_mut().text_styles.values_mut() {
                    font.size *= 1.35;
                }
                let options = super::redaction_ui::ReaderOptions {
                    quote_into: None,
                    redactions: &app.workspace.document.project().redactions,
                    edit_redactions: false,
                    highlight: "",
                };
                stories_panel::stories_panel_ui(
                    ui,
                    browser,
                    &app.workspace.document.dataset,
                    &options,
                    language,
                    commands,
                );
            });
    }
}

/// A quiet "Stop" in the bottom-right corner, for those without a keyboard.
fn leave_button_ui(
    ui: &mut egui::Ui,
    rect: egui::Rect,
    tr: &i18n::Strings,
    commands: &mut Vec<Command>,
) {
    let area = egui::Rect::from_min_size(
        rect.right_bottom() + egui::vec2(-124.0, -32.0),
        egui::vec2(116.0, 28.0),
    );
    let button = egui::Button::new(egui::RichText::new(tr.leave_presentation).weak()).frame(false);
    if ui.put(area, button).on_hover_text("Esc").clicked() {
        commands.push(Command::Present(false));
    }
}

/// The slide for `options`, laid out once and kept while the window's
/// size, the slide, the flip and the finding's texts stay the same.
fn cached_slide(
    ctx: &egui::Context,
    options: &SlideOptions,
    finding: &crate::project::Finding,
    lay_out: impl FnOnce() -> Slide,
) -> Arc<Slide> {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    (
        options.width_px.to_bits(),
        options.height_px.to_bits(),
        format!(
            "{:?}{:?}{:?}",
            options.language, options.showing, options.counter
        ),
        finding.id,
        &finding.title,
        &finding.saw,
        &finding.see_now,
    )
        .hash(&mut hasher);
    let key = hasher.finish();
    let id = egui::Id::NULL.with("storylens_presentation_slide");
    if let Some((cached_key, slide)) = ctx.data(|d| d.get_temp::<(u64, Arc<Slide>)>(id))
        && cached_key == key
    {
        return slide;
    }
    let slide = Arc::new(lay_out());
    ctx.data_mut(|d| d.insert_temp(id, (key, slide.clone())));
    slide
}
