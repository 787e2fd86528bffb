//! A multiple-choice question by itself as a scene: the options as rows
//! and, rotated 45° above, as columns (laid out as a cross-tab's, see
//! `crosstab`), one cell per pair with the stories choosing both and the
//! pair's lift, on a fill coloured by the lift — the cross-tab's diverging
//! ramp around 1 (blue: chosen together more often than if independent,
//! vermillion: less often), fuller up to 4× or ¼× — with text that reads
//! on it. The diagonal (stories choosing the option) is neutral and bold.
//! Under the grid, the note saying what a cell counts and what lift
//! means; [`legend`] explains the colours once for both panels.

use crate::charts::text::{self, Note};
use crate::charts::{CoOccurrenceData, Mark};

use super::crosstab::{cell_fill, fitted, grid_frame, legend_entries};
use super::layout::{PanelFrame, Style};
use super::palette;
use super::panel::note;
use super::scene::{Area, Scene, pt};
use super::text_style::TextStyle;

/// The residual-ramp strength of a lift: log2 of the lift, doubled, so
/// that 4× and ¼× reach the ramp's fullest colour (|z| = 4) and 1 is the
/// palest; a lift of 0 (never together) is the fullest vermillion.
pub(crate) fn lift_strength(lift: f64) -> f64 {
    2.0 * lift.max(1.0 / 16.0).log2()
}

/// Draws the grid in `frame`; returns its height.
pub(super) fn cooccur_panel(
    scene: &mut Scene,
    style: &Style,
    frame: &PanelFrame,
    data: &CoOccurrenceData,
) -> f32 {
    let u = style.unit;
    let options = &data.options;
    let grid = grid_frame(scene, style, frame, options, options);
    let cell_height = 42.0 * u;
    let rows = (&options[..], options.len());
    let mut y = grid.rows(scene, style, rows, cell_height, |scene, area, (i, j)| {
        draw_cell(scene, style, area, data, (i, j));
        // Options may be hidden or reordered: the mark names them.
        let mark = Mark::Cell {
            row: data.option_of(i),
            column: data.option_of(j),
        };
        let count = data.both.get(i).and_then(|r| r.get(j)).copied();
        let row_label = options.get(i).map_or("", String::as_str);
        let name = match options.get(j) {
            Some(column_label) if i != j => format!("{row_label} × {column_label}"),
            _ => row_label.to_owned(),
        };
        scene.hit(*area, mark, name, count.unwrap_or(0));
    });
    y += 12.0 * u;
    y += note(
        scene,
        style,
        frame,
        y,
        &Note::CoOccurrence.text(style.language),
    );
    let (sparse, pairs) = data.sparse_pairs();
    if sparse > 0 {
        let sparse_note = Note::CoOccurrenceSparse { sparse, pairs };
        y += 6.0 * u;
        y += note(scene, style, frame, y, &sparse_note.text(style.language));
    }
    y - frame.top
}

/// One cell inside `area`: the lift's fill, the count, the lift (a lift
/// resting on too few stories without colour, in brackets).
fn draw_cell(
    scene: &mut Scene,
    style: &Style,
    area: &Area,
    data: &CoOccurrenceData,
    (i, j): (usize, usize),
) {
    let u = style.unit;
    let lift = data.lift_of(i, j);
    let sparse = data.is_sparse(i, j);
    let fill = match lift {
        Some(l) if !sparse => palette::residual_color(lift_strength(l)),
        _ => palette::PLACEHOLDER,
    };
    cell_fill(scene, style, area, fill, None);
    let color = palette::text_on(fill);
    let room = area.width_px - 4.0 * u;
    let centre_x = area.x + area.width_px / 2.0;
    let count = data.both.get(i).and_then(|r| r.get(j)).copied();
    let count = style.count(count.unwrap_or(0));
    let mut count_style = fitted(TextStyle::new(style.tick_px * 0.95, color), &count, room);
    if i == j {
        count_style = count_style.bold();
    }
    // Without a lift under it (the diagonal), the count sits in the middle.
    let count_y = area.y + area.height_px * if lift.is_some() { 0.36 } else { 0.5 };
    count_style.line(scene, &count, pt(centre_x, count_y));
    if let Some(lift) = lift {
        let lift = text::lift_text(lift, style.language);
        let lift = if sparse { format!("({lift})") } else { lift };
        let small = fitted(TextStyle::new(style.tick_px * 0.78, color), &lift, room);
        small.line(scene, &lift, pt(centre_x, area.y + area.height_px * 0.72));
    }
}

/// The colour key for both panels in the band `(x, top, width)`; returns
/// its height.
pub(super) fn legend(scene: &mut Scene, style: &Style, band: (f32, f32, f32)) -> f32 {
    legend_entries(scene, style, band, &text::co_occurrence_legend())
}

#[cfg(test)]
mod tests {
    use super::lift_strength;

    #[test]
    fn lift_strength_is_zero_at_one_and_full_at_four_or_a_quarter() {
        assert_eq!(lift_strength(1.0), 0.0);
        assert_eq!(lift_strength(4.0), 4.0);
        assert_eq!(lift_strength(0.25), -4.0);
        assert!(lift_strength(0.0) <= -4.0);
    }
}
