//! The egui application (feature `gui`); the only place egui lives.
//!
//! [`StorylensApp`] owns the state. Panels draw from `&` state and push
//! [`Command`]s; [`StorylensApp::apply`] carries them out in one place after
//! drawing, so drawing never mutates state. Chart views take `&ChartData`.
//!
//! - `app`: state, commands, the frame layout.
//! - `settings`: what is remembered between runs (language, …).
//! - `question_list`: the left panel, questions grouped by kind.
//! - `chart_view`: the central chart with its heading; dispatches to
//!   `scene_chart` (cross-tabs, bars, slider × choice, small multiples,
//!   drawn from the export layout), `triad_view`, `histogram_view`,
//!   `scatter_view`.

mod app;
pub mod autosave_driver;
mod browse;
pub mod brush;
mod chart_view;
mod commands;
pub mod contrast;
mod crosstab_view;
mod differences_panel;
mod explore_bar;
pub mod export_actions;
pub mod file_browser;
pub mod file_dialogs;
mod files;
mod findings_list;
mod findings_panel;
mod folder_listing;
mod fonts;
mod frame;
mod grid_view;
mod highlight;
mod histogram_view;
pub mod import_dialog;
mod import_report;
mod kwic;
mod lumping_editor;
mod menu;
mod multiples_view;
mod notices;
mod overlay_view;
mod palette;
mod polygon;
mod presentation;
mod question_list;
pub mod redaction_ui;
mod room;
mod scatter_view;
mod scene_chart;
pub mod scene_painter;
mod scene_triad;
mod selections_panel;
mod settings;
mod shell;
mod stop_words;
mod stories_panel;
mod toolbar;
mod triangle;
mod unsaved;
pub(crate) use crate::workspace::view;
mod welcome;
mod widgets;
mod words_job;

pub use crate::workspace::Kwic;
pub use crate::workspace::{Brushed, Explore, ExploreCommand};
pub use crate::workspace::{Presentation, Showing};
pub use app::{LeftTab, Notice, NoticeLevel, Source, StorylensApp};
pub use chart_view::panel_rects;
pub use commands::{Command, FindingEdit, PanelPopulation};
pub use crosstab_view::{CellColors, CellValue, CrossTabPx, cell_colors, crosstabs_drawn};
pub use findings_list::ArrangeCommand;
pub use fonts::install_fonts;
pub use grid_view::{Grid, GridCell, GridSource};
pub use settings::{Settings, Theme, ThemeLook};
pub use stories_panel::{BrowserCommand, StoryBrowser};
pub use triangle::{TrianglePx, last_triangle, triangles_drawn};
pub use unsaved::{UnsavedAnswer, UnsavedPrompt};
pub use view::{Baseline, Compared, View};

/// How the window starts (`storylens [PATH] [--demo] [--present]`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Launch {
    /// Open the demo project, not the last project (and no welcome).
    pub demo: bool,
    /// Start in presentation mode, full screen.
    pub present: bool,
}

/// Opens the main window on `path`, or on the demo survey (or the last
/// project, as the settings say).
pub fn run(path: Option<std::path::PathBuf>, launch: Launch) -> eframe::Result<()> {
    let without_file = path.is_none() && !launch.demo;
    let app =
        StorylensApp::from_path(path).with_autosave(autosave_driver::AutosaveDriver::in_data_dir());
    let options = eframe::NativeOptions {
        viewport: with_window_icon(egui::ViewportBuilder::default())
            // Matches the .desktop file, so docks group the window with it.
            .with_app_id("storylens")
            .with_title(app.window_title())
            .with_inner_size([1280.0, 820.0])
            .with_min_inner_size([720.0, 480.0])
            .with_fullscreen(launch.present),
        ..Default::default()
    };
    eframe::run_native(
        "Storylens",
        options,
        Box::new(move |cc| {
            install_fonts(&cc.egui_ctx);
            let app = app.with_creation_context(cc);
            let mut app = if without_file {
                app.on_launch_without_file()
            } else {
                app
            };
            if launch.present {
                app.apply(Command::Present(true));
            }
            Ok(Box::new(app))
        }),
    )
}

/// The app icon for the title bar and task bar; a damaged icon is not worth
/// refusing to start over, so it is then left out.
fn with_window_icon(viewport: egui::ViewportBuilder) -> egui::ViewportBuilder {
    const ICON_PNG: &[u8] = include_bytes!("../../assets/icon/png/storylens-256.png");
    match eframe::icon_data::from_png_bytes(ICON_PNG) {
        Ok(icon) => viewport.with_icon(icon),
        Err(_) => viewport,
    }
}
