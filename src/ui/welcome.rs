//! The welcome screen: on first launch (and from Help → Welcome) it offers
//! to open a file or explore the demo, and says in three steps with three
//! pictures how Storylens works. The demo is open behind it, so closing it
//! never leaves an empty window.
//!
//! The pictures are the product's own output, made from the demo when the
//! screen first opens: a triad chart, a selection next to all stories, and
//! an annotated snapshot of the first demo finding. They go through the
//! same export path (`Scene` → SVG → PNG) as every exported image.

use std::sync::Arc;

use crate::charts::{self, ChartSpec};
use crate::demo;
use crate::export::{self, ExportOptions, SnapshotOptions};
use crate::i18n::Language;
use crate::model::{Dataset, QuestionId};
use crate::project::{Comparison, FrozenSelection};

use super::commands::Command;

/// Width of each picture on screen, in points.
const PICTURE_WIDTH: f32 = 300.0;

/// The welcome screen's state.
#[derive(Default)]
pub struct Welcome {
    /// The three pictures, made on first draw (or why they could not be).
    pictures: Option<Result<[egui::TextureHandle; 3], String>>,
}

impl Welcome {
    /// Draws the welcome window over the workspace.
    pub fn ui(&mut self, ctx: &egui::Context, language: Language, commands: &mut Vec<Command>) {
        let tr = language.strings();
        let mut open = true;
        egui::Window::new(tr.welcome_title)
            .id(egui::Id::unique("welcome"))
            .open(&mut open)
            .collapsible(false)
            .resizable(false)
            .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
            .default_width(3.0 * PICTURE_WIDTH + 60.0)
            .show(ctx, |ui| {
                self.contents_ui(ui, language, commands);
            });
        // Esc closes it, as every dialog-like window does.
        let escape = ctx.input(|i| i.key_pressed(egui::Key::Escape));
        if !open || escape {
            commands.push(Command::CloseWelcome);
        }
    }

    fn contents_ui(&mut self, ui: &mut egui::Ui, language: Language, commands: &mut Vec<Command>) {
        let tr = language.strings();
        ui.label(egui::RichText::new(tr.welcome_intro).size(15.0));
        ui.add_space(10.0);
        ui.horizontal(|ui| {
            let open = egui::Button::new(egui::RichText::new(tr.welcome_open_file).size(16.0));
            if ui.add(open).on_hover_text(tr.welcome_open_hint).clicked() {
                commands.push(Command::CloseWelcome);
                commands.push(Command::OpenDialog);
            }
            let demo = egui::Button::new(egui::RichText::new(tr.welcome_explore_demo).size(16.0));
            if ui
                .add(demo)
                .on_hover_text(tr.welcome_explore_hint)
                .clicked()
            {
                commands.push(Command::CloseWelcome);
                commands.push(Command::OpenDemo);
            }
        });
        ui.add_space(12.0);
        ui.heading(tr.welcome_how);
        let pictures = self
            .pictures
            .get_or_insert_with(|| make_pictures(ui.ctx(), language));
        let steps = [
            (tr.welcome_step_look, tr.welcome_picture_look),
            (tr.welcome_step_compare, tr.welcome_picture_compare),
            (tr.welcome_step_tell, tr.welcome_picture_tell),
        ];
        ui.columns(3, |columns| {
            for (index, (ui, (step, caption))) in columns.iter_mut().zip(steps).enumerate() {
                match pictures {
                    Ok(textures) => {
                        let texture = &textures[index];
                        let size = texture.size_vec2();
                        let width = ui.available_width().min(PICTURE_WIDTH);
                        let height = width * size.y / size.x.max(1.0);
                        ui.add(
                            egui::Image::new(texture)
                                .fit_to_exact_size(egui::vec2(width, height.min(260.0)))
                                .maintain_aspect_ratio(true),
                        )
                        .on_hover_text(caption);
                    }
                    Err(reason) => {
                        ui.weak(reason.as_str());
                    }
                }
                ui.add_space(4.0);
                ui.add(egui::Label::new(step).wrap());
            }
        });
    }

    /// Whether the pictures were made.
    pub fn has_pictures(&self) -> bool {
        matches!(self.pictures, Some(Ok(_)))
    }
}

/// Renders the three pictures from the demo.
fn make_pictures(
    ctx: &egui::Context,
    language: Language,
) -> Result<[egui::TextureHandle; 3], String> {
    let dataset = Arc::new(demo::demo_dataset());
    let project = demo::demo_project();
    let tr = language.strings();
    let options = ExportOptions {
        width_px: 720.0,
        source: dataset.name.clone(),
        ..ExportOptions::new(language)
    };
    // 1. A triad of every story.
    let triad = chart(&dataset, demo::ids::WIE_AAN_ZET, None, language)?;
    let look = export::scene_from_chart(&triad, &options);
    // 2. A slider for a selection next to all stories.
    let selection = project
        .selections
        .find_by_name(demo::GOOD_EDUCATION)
        .map(FrozenSelection::of);
    let compared = chart(&dataset, demo::ids::GEVOLGEN, selection, language)?;
    let compare = export::scene_from_chart(
        &compared,
        &ExportOptions {
            selection_name: Some(demo::GOOD_EDUCATION.to_owned()),
            ..options.clone()
        },
    );
    // 3. The annotated snapshot of the first finding.
    let finding = project.findings.first().ok_or(tr.no_findings)?;
    let tell = export::snapshot_scene(
        &project,
        finding,
        &dataset,
        &SnapshotOptions {
            language,
            width_px: 900.0,
            date: String::new(),
        },
    )
    .map_err(|e| e.sentence(language))?;
    let texture = |name: &str, scene: &export::Scene| -> Result<egui::TextureHandle, String> {
        let (width, height, rgba) =
            export::rgba_from_scene(scene, 1.0).map_err(|e| e.sentence(language))?;
        let size = [width as usize, height as usize];
        let image = egui::ColorImage::from_rgba_unmultiplied(size, &rgba);
        Ok(ctx.load_texture(name, image, egui::TextureOptions::LINEAR))
    };
    Ok([
        texture("welcome-look", &look)?,
        texture("welcome-compare", &compare)?,
        texture("welcome-tell", &tell)?,
    ])
}

/// The demo chart of `question` for every story, compared with
/// `selection` when there is one, computed as every view computes it.
fn chart(
    dataset: &Dataset,
    question: &str,
    selection: Option<FrozenSelection>,
    language: Language,
) -> Result<charts::ChartData, String> {
    let mut comparison = Comparison::of_all(ChartSpec::new(QuestionId::new(question)), language);
    comparison.selection = selection;
    comparison.compute(dataset).map_err(|e| {
        format!(
            "{}: {}",
            language.strings().welcome_how,
            e.sentence(language)
        )
    })
}
