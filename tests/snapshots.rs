//! Image snapshots of what a user sees (feature `snapshots`, which
//! `.ci/run` turns on): the workspace with a finding open at laptop and
//! full-HD size, and a presentation slide at projector and full-HD size,
//! each for a cross-tab, a slider × choice and a triad comparison.
//!
//! egui_kittest renders the frame with wgpu and compares it with
//! `tests/snapshots/NAME.png`; on a mismatch it writes `NAME.new.png` and
//! `NAME.diff.png` beside it (ignored by git). After a deliberate change of
//! the UI, rewrite the references and look at every one of them:
//!
//! ```sh
//! UPDATE_SNAPSHOTS=1 cargo test --features snapshots --test snapshots
//! cd tests/snapshots && for f in *.png; do
//!   convert "$f" -define png:compression-level=9 -define png:compression-filter=5 \
//!     -define png:compression-strategy=1 "$f"; done
//! ```
//!
//! The second command recompresses the references losslessly (a third
//! smaller than egui_kittest writes them; the pixels stay the same).
//!
//! The references were rendered by Mesa's lavapipe (Vulkan on the CPU), the
//! adapter egui_kittest prefers and the one `.ci/run` installs. Pixels
//! differ between rasterisers, so the comparison allows a little per pixel
//! (see [`tolerance`]); another GPU may need `UPDATE_SNAPSHOTS` locally, and
//! a failure names the adapter that drew the image.
//!
//! A test target of its own (`required-features = ["snapshots"]`): the
//! feature rebuilds the egui family with wgpu, and this small binary is all
//! that build has to link, not the whole integration suite a second time.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::too_many_lines,
    reason = "test code: a panic is the failure report"
)]

use std::sync::OnceLock;

use egui_kittest::{Harness, SnapshotOptions};
use storylens::charts::PanelKind;
use storylens::demo::GOOD_EDUCATION;
use storylens::i18n::Language;
use storylens::model::QuestionKind;
use storylens::project::FindingId;
use storylens::ui::{Command, FindingEdit, LeftTab, Settings, StorylensApp};

/// The workspace at a laptop's and a full-HD screen's size.
const WORKSPACE_SIZES: [(f32, f32); 2] = [(1280.0, 720.0), (1920.0, 1080.0)];
/// A slide at a 4:3 projector's and a 16:9 full-HD screen's size.
const SLIDE_SIZES: [(f32, f32); 2] = [(1024.0, 768.0), (1920.0, 1080.0)];

/// The three kinds of comparison every view is pictured with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    CrossTab,
    SliderByChoice,
    Triad,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::CrossTab => "crosstab",
            Kind::SliderByChoice => "slider_by_choice",
            Kind::Triad => "triad",
        }
    }

    fn of(panel: &PanelKind) -> Option<Self> {
        match panel {
            PanelKind::CrossTab(_) => Some(Kind::CrossTab),
            PanelKind::Groups(_) => Some(Kind::SliderByChoice),
            PanelKind::Triad(_) => Some(Kind::Triad),
            _ => None,
        }
    }
}

/// How much the rendering may differ from the reference: a per-pixel
/// colour distance (egui_kittest's weighted YIQ measure, its default 0.6)
/// and how many pixels may exceed it (none). Measured on Mesa 22.3.6:
/// lavapipe (Vulkan) renders the same image every run, and llvmpipe
/// through OpenGL (`WGPU_BACKEND=gl`) differs from it in at most 124
/// anti-aliased pixels per image, none of them by 0.6 or more (at most 34 by 0.4).
/// A moved or changed glyph differs by far more, so it still fails.
fn tolerance() -> SnapshotOptions {
    SnapshotOptions::new().threshold(0.6).max_failed_pixels(0)
}

/// The wgpu adapter that rendered the images ("llvmpipe … (Vulkan)"), for
/// the failure message: a mismatch on another GPU is not a regression.
static ADAPTER: OnceLock<String> = OnceLock::new();

/// The demo in Dutch with a finding of `kind` open in the Findings tab.
/// The demo has no triad finding: the triad question compared with the
/// "good education" selection is saved as one, with two notes.
fn demo_with_finding(kind: Kind) -> (StorylensApp, FindingId) {
    let mut app = StorylensApp::demo();
    app.settings = Settings {
        language: Language::Dutch,
        ..Settings::default()
    };
    let id = match kind {
        Kind::Triad => save_triad_finding(&mut app),
        _ => first_finding_of(&app, kind),
    };
    app.apply(Command::OpenFinding(id));
    app.apply(Command::SetLeftTab(LeftTab::Findings));
    let shown = match app.chart() {
        Some(Ok(data)) => Kind::of(&data.whole.chart),
        other => panic!("finding {id} shows {other:?}"),
    };
    assert_eq!(shown, Some(kind), "finding {id} on screen");
    (app, id)
}

fn first_finding_of(app: &StorylensApp, kind: Kind) -> FindingId {
    app.project()
        .findings
        .iter()
        .find(|finding| {
            finding
                .comparison()
                .compute(app.dataset())
                .is_ok_and(|data| Kind::of(&data.whole.chart) == Some(kind))
        })
        .map(|finding| finding.id)
        .unwrap_or_else(|| panic!("the demo has a {kind:?} finding"))
}

fn save_triad_finding(app: &mut StorylensApp) -> FindingId {
    let triad = app
        .dataset()
        .codebook()
        .questions
        .iter()
        .find(|q| matches!(q.kind, QuestionKind::Triad { .. }))
        .map(|q| q.id.clone())
        .expect("the demo has a triad");
    let good = app
        .project()
        .selections
        .find_by_name(GOOD_EDUCATION)
        .expect("the demo's selection")
        .id;
    app.apply(Command::ShowQuestion(triad));
    app.apply(Command::Compare(Some(good)));
    app.apply(Command::SaveAsFinding);
    let id = app.open_finding_id().expect("the new finding is open");
    let notes = [
        FindingEdit::Saw(
            "In alle verhalen ligt het zwaartepunt tussen de school en de ouders.".into(),
        ),
        FindingEdit::SeeNow(
            "In de verhalen over goed onderwijs schuift het naar het kind zelf.".into(),
        ),
    ];
    for note in notes {
        app.apply(Command::EditFinding(id, note));
    }
    id
}

/// `app` in a wgpu-rendering harness of `size`, without a painted cursor,
/// settled.
fn harness_at(app: StorylensApp, (width, height): (f32, f32)) -> Harness<'static, StorylensApp> {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(width, height))
        .with_render_cursor(false)
        .wgpu()
        .build_eframe(|cc| {
            if let Some(render_state) = &cc.wgpu_render_state {
                let info = render_state.adapter.get_info();
                ADAPTER.get_or_init(|| {
                    format!("{} ({:?}, {})", info.name, info.backend, info.driver_info)
                });
            }
            storylens::ui::install_fonts(&cc.egui_ctx);
            app
        });
    harness.run();
    harness
}

/// Compares the harness's frame with `tests/snapshots/{name}.png`; the
/// mismatch, naming the adapter, when there is one.
fn compare(harness: &mut Harness<'_, StorylensApp>, name: &str) -> Option<String> {
    let error = harness.try_snapshot_options(name, &tolerance()).err()?;
    let adapter = ADAPTER.get().map_or("an unknown adapter", String::as_str);
    Some(format!("{error}\n  (rendered by {adapter})"))
}

/// Fails with every mismatch at once, so one run shows (and with
/// `UPDATE_SNAPSHOTS` rewrites) all sizes.
fn assert_no_mismatch(mismatches: &[String]) {
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}

fn workspace(kind: Kind) {
    let mut mismatches = Vec::new();
    for size in WORKSPACE_SIZES {
        let (app, id) = demo_with_finding(kind);
        let mut harness = harness_at(app, size);
        assert_eq!(harness.state().open_finding_id(), Some(id));
        assert!(harness.state().presentation().is_none());
        let name = format!("workspace_{}_{}x{}", kind.name(), size.0, size.1);
        mismatches.extend(compare(&mut harness, &name));
    }
    assert_no_mismatch(&mismatches);
}

fn slide(kind: Kind) {
    let mut mismatches = Vec::new();
    for size in SLIDE_SIZES {
        let (mut app, id) = demo_with_finding(kind);
        app.apply(Command::Present(true));
        let mut harness = harness_at(app, size);
        let presentation = harness.state().presentation().expect("presenting");
        assert_eq!(presentation.current(), Some(id), "the finding's slide");
        let name = format!("slide_{}_{}x{}", kind.name(), size.0, size.1);
        mismatches.extend(compare(&mut harness, &name));
    }
    assert_no_mismatch(&mismatches);
}

#[test]
fn workspace_with_a_crosstab_finding() {
    workspace(Kind::CrossTab);
}

#[test]
fn workspace_with_a_slider_by_choice_finding() {
    workspace(Kind::SliderByChoice);
}

#[test]
fn workspace_with_a_triad_compared_with_a_selection() {
    workspace(Kind::Triad);
}

#[test]
fn slide_of_a_crosstab_finding() {
    slide(Kind::CrossTab);
}

#[test]
fn slide_of_a_slider_by_choice_finding() {
    slide(Kind::SliderByChoice);
}

#[test]
fn slide_of_a_triad_finding() {
    slide(Kind::Triad);
}
