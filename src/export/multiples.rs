//! Small multiples as a scene: the question's chart once per option of the
//! `by` question, in a grid of small panels inside the population's panel,
//! each headed by the option and its n, with shared scales.

use crate::charts::{ChartData, MultiplesData, PanelKind};
use crate::i18n;

use super::layout::{ExportOptions, PanelFrame, Style};
use super::palette;
use super::panel::{Shared, kind_chart, note, too_few_box};
use super::text_style::TextStyle;

/// Narrowest small panel, before the unit scale.
const MIN_PANEL_WIDTH_PX: f32 = 300.0;

/// Draws the grid in `frame`; returns its height.
pub(super) fn multiples_panel(
    scene: &mut super::scene::Scene,
    style: &Style,
    frame: &PanelFrame,
    data: &ChartData,
    multiples: &MultiplesData,
    options: &ExportOptions,
) -> f32 {
    let u = style.unit;
    let gap = 24.0 * u;
    let columns = (((frame.width_px + gap) / (MIN_PANEL_WIDTH_PX * u + gap)).floor() as usize)
        .clamp(1, multiples.panels.len().max(1));
    let width = (frame.width_px - gap * (columns as f32 - 1.0)) / columns as f32;
    let drawn: Vec<(&PanelKind, usize)> = multiples
        .panels
        .iter()
        .filter(|p| !p.too_few)
        .map(|p| (&p.chart, p.n))
        .collect();
    let shared = Shared::of(&drawn, style, width);
    let heading = TextStyle::new(style.label_px, palette::TEXT).bold();
    let mut y = frame.top;
    for row in multiples.panels.chunks(columns) {
        let heading_height = heading.line_height() + 6.0 * u;
        let mut row_height: f32 = 0.0;
        let mut too_few = Vec::new();
        for (k, panel) in row.iter().enumerate() {
            let sub = PanelFrame {
                x: frame.x + k as f32 * (width + gap),
                top: y,
                width_px: width,
                ..*frame
            };
            let n = i18n::format_count(style.language, panel.n);
            let lines = heading.wrap(&format!("{} (n = {n})", panel.label), width, 1);
            heading.draw(scene, &lines, sub.x, sub.top);
            let sub = PanelFrame {
                top: y + heading_height,
                ..sub
            };
            if panel.too_few {
                too_few.push((sub, panel.n));
            } else {
                // A small panel's marks would hold the option's stories
                // only; until a mark can say so, it records none.
                let hits = scene.hits.len();
                let height = kind_chart(
                    scene,
                    style,
                    &sub,
                    data,
                    (&panel.chart, panel.n),
                    &shared,
                    options,
                );
                scene.hits.truncate(hits);
                row_height = row_height.max(height);
            }
        }
        if row_height == 0.0 {
            row_height = 120.0 * u;
        }
        for (sub, n) in too_few {
            too_few_box(scene, style, &sub, row_height, n);
        }
        y += heading_height + row_height + gap;
    }
    if multiples.panels.is_empty() {
        y += note(scene, style, frame, y, style.tr().no_chart);
    }
    y - frame.top
}
