//! What the UI test modules share: the app in an egui_kittest harness.

use egui::pos2;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use storylens::i18n::Language;
use storylens::ui::{Settings, StorylensApp};

/// Frames a `run` may take before it settles: a background job (the
/// import, the story words) that ends during a run asks for a frame or two
/// more than the default 4 allow.
pub const MAX_STEPS: u64 = 12;

/// `app` in a 1400 × 900 harness with the bundled fonts, one run done.
pub fn harness(app: StorylensApp) -> Harness<'static, StorylensApp> {
    harness_at(app, egui::vec2(1400.0, 900.0))
}

/// `app` in a harness of `size` with the bundled fonts, one run done and
/// the story words indexed (see [`wait_for_words`]).
pub fn harness_at(app: StorylensApp, size: egui::Vec2) -> Harness<'static, StorylensApp> {
    let mut harness = Harness::builder()
        .with_max_steps(crate::support::MAX_STEPS)
        .with_size(size)
        .build_eframe(|cc| {
            storylens::ui::install_fonts(&cc.egui_ctx);
            app
        });
    harness.run();
    wait_for_words(&mut harness);
    harness
}

/// Waits until the background index of the story words is built, then
/// steps the frame that takes it. Its end asks for a frame and a new
/// chart, so a test that let it finish in the middle of a `run` would see
/// frames it did not cause; and waiting by stepping frames would move the
/// app's clock past a notice's fading.
pub fn wait_for_words(harness: &mut Harness<'static, StorylensApp>) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while !harness.state().words_thread_ended() {
        assert!(
            std::time::Instant::now() < deadline,
            "the story words were never indexed"
        );
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    while harness.state().indexing_words() {
        harness.step();
    }
    harness.run();
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

/// Drags with the primary button across the last slider histogram drawn,
/// from value `from` to value `to`. Only the positions come from the brush
/// module (where 0 and 100 lie on screen); the drag itself is real pointer
/// events.
pub fn drag_across_slider(harness: &mut Harness<'_, StorylensApp>, from: f32, to: f32) {
    let axis = storylens::ui::brush::last_slider_axis(&harness.ctx).expect("a histogram");
    let at = |value: f32| {
        pos2(
            axis.x_at_0 + (axis.x_at_100 - axis.x_at_0) * value / 100.0,
            axis.y_middle,
        )
    };
    harness.hover_at(at(from));
    harness.run();
    harness.drag_at(at(from));
    harness.run();
    for k in 1..=4 {
        harness.hover_at(at(from + (to - from) * k as f32 / 4.0));
        harness.run();
    }
    harness.drop_at(at(to));
    harness.run();
}

/// Steps frames until the import dialog's background import is done and
/// stays done: a frame may start the import again (the dialog settles its
/// choices on first show), so "not busy" is checked again after the frames
/// a finished import asks for.
pub fn settle(harness: &mut Harness<'static, StorylensApp>) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    let waiting = |harness: &Harness<'static, StorylensApp>| {
        harness
            .state()
            .import_dialog()
            .is_some_and(|d| d.is_busy() || (d.imported().is_none() && d.error().is_none()))
    };
    loop {
        harness.step();
        if !waiting(harness) {
            harness.run();
            if !waiting(harness) {
                return;
            }
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the import never finished"
        );
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
}

/// Waits for the import dialog's background import ([`settle`]), then
/// clicks its Import button (English).
pub fn finish_import(harness: &mut Harness<'static, StorylensApp>) {
    settle(harness);
    harness.get_by_label("Import").click();
    harness.run();
    assert!(harness.state().import_dialog().is_none());
    wait_for_words(harness);
}
