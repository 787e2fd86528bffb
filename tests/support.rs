//! What the UI test modules share: the app in an egui_kittest harness.

use egui_kittest::Harness;
use storylens::i18n::Language;
use storylens::ui::{Settings, StorylensApp};

/// `app` in a 1400 × 900 harness with the bundled fonts, one run done.
pub fn harness(app: StorylensApp) -> Harness<'static, StorylensApp> {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .build_eframe(|cc| {
            storylens::ui::install_fonts(&cc.egui_ctx);
            app
        });
    harness.run();
    harness
}

/// `app` with default settings in `language`, in a harness.
pub fn harness_of(mut app: StorylensApp, language: Language) -> Harness<'static, StorylensApp> {
    app.settings = Settings {
        language,
        ..Settings::default()
    };
    harness(app)
}

/// The demo in `language`, in a harness.
pub fn demo_app(language: Language) -> Harness<'static, StorylensApp> {
    harness_of(StorylensApp::demo(), language)
}
