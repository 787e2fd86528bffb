//! Where a cross-tab's slanted column labels go, as a pure function of the
//! labels' sizes: [`HeaderLayout::new`] puts each label's baseline corner
//! (the bottom-left of its text, the pivot of the rotation) just above its
//! column and measures what the rotated texts cover, so the grid reserves
//! exactly that height above the cells and that width right of them.
//!
//! Coordinates are relative to the top-left corner of the first cell: x to
//! the right, y down, so the whole header lies at negative y.

use egui::{Pos2, Rect, Vec2, emath::Rot2, pos2, vec2};

/// The column labels of one cross-tab, laid out.
#[derive(Clone, Debug, PartialEq)]
pub struct HeaderLayout {
    /// Where each label's bottom-left corner goes (the rotation's pivot).
    pub pivots: Vec<Pos2>,
    /// What each rotated label covers.
    pub bounds: Vec<Rect>,
    /// Height above the cells the labels need, gap included.
    pub height_px: f32,
    /// How far the labels reach right of the last cell (at least 0).
    pub overhang_px: f32,
}

/// What the text of `size`, rotated by `angle` (radians, clockwise on
/// screen; negative rises to the right) about its bottom-left corner,
/// covers relative to that corner.
pub fn rotated_bounds(size: Vec2, angle: f32) -> Rect {
    Rect::from_min_max(pos2(0.0, -size.y), pos2(size.x, 0.0)).rotate_bb(Rot2::from_angle(angle))
}

/// The longest text (of height `height_px`) that, rotated by `angle`,
/// rises at most `max_rise_px`: longer labels are shortened to it.
pub fn max_label_width(height_px: f32, angle: f32, max_rise_px: f32) -> f32 {
    let (sin, cos) = (angle.sin().abs(), angle.cos().abs());
    if sin < 1e-3 {
        return f32::INFINITY;
    }
    ((max_rise_px - height_px * cos) / sin).max(0.0)
}

impl HeaderLayout {
    /// Lays out labels of `sizes` over columns `cell_width_px` wide, the
    /// labels' lower edges `gap_px` above the cells. Each label starts
    /// over the middle of its column: the middle of its rotated lower
    /// end sits above the column's centre.
    pub fn new(sizes: &[Vec2], cell_width_px: f32, angle: f32, gap_px: f32) -> Self {
        let mut pivots = Vec::with_capacity(sizes.len());
        let mut bounds = Vec::with_capacity(sizes.len());
        for (j, size) in sizes.iter().enumerate() {
            let centre = (j as f32 + 0.5) * cell_width_px;
            // The middle of the label's lower end, (0, −h/2) rotated,
            // lies this far right of the pivot.
            let middle_x = (Rot2::from_angle(angle) * vec2(0.0, -size.y / 2.0)).x;
            let pivot = pos2(centre - middle_x, -gap_px);
            // A rotation about the bottom-left corner can still swing the
            // text's lower edge below the pivot (for angles past ±90°):
            // shift the pivot up by that much.
            let local = rotated_bounds(*size, angle);
            let pivot = pivot - vec2(0.0, local.max.y.max(0.0));
            pivots.push(pivot);
            bounds.push(local.translate(pivot.to_vec2()));
        }
        let top = bounds.iter().map(|b| b.min.y).fold(-gap_px, f32::min);
        let right = bounds.iter().map(|b| b.max.x).fold(0.0, f32::max);
        let cells_right = cell_width_px * sizes.len() as f32;
        Self {
            pivots,
            bounds,
            height_px: -top,
            overhang_px: (right - cells_right).max(0.0),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ANGLE: f32 = -0.6;

    #[test]
    fn rotated_bounds_of_a_known_box() {
        // 100 × 20 at −0.6 rad: rises 100·sin 0.6 + 20·cos 0.6, reaches
        // 100·cos 0.6 to the right and 20·sin 0.6 to the left.
        let (s, c) = (0.6f32.sin(), 0.6f32.cos());
        let b = rotated_bounds(vec2(100.0, 20.0), ANGLE);
        assert!((b.min.y + (100.0 * s + 20.0 * c)).abs() < 1e-3, "{b:?}");
        assert!(b.max.y.abs() < 1e-3, "{b:?}");
        assert!((b.max.x - 100.0 * c).abs() < 1e-3, "{b:?}");
        assert!((b.min.x + 20.0 * s).abs() < 1e-3, "{b:?}");
        // Unrotated: the box itself above its corner.
        let flat = rotated_bounds(vec2(100.0, 20.0), 0.0);
        assert_eq!(flat, Rect::from_min_max(pos2(0.0, -20.0), pos2(100.0, 0.0)));
    }

    #[test]
    fn labels_stay_above_the_cells_and_the_header_fits_them_exactly() {
        let sizes = [vec2(40.0, 17.0), vec2(220.0, 17.0), vec2(90.0, 17.0)];
        let layout = HeaderLayout::new(&sizes, 50.0, ANGLE, 3.0);
        for b in &layout.bounds {
            assert!(b.max.y <= -3.0 + 1e-3, "{b:?} reaches into the cells");
            assert!(b.min.y >= -layout.height_px - 1e-3, "{b:?} above the band");
        }
        // The longest label reaches the band's top: no empty band above.
        let top = layout.bounds.iter().map(|b| b.min.y).fold(0.0, f32::min);
        assert!((top + layout.height_px).abs() < 1e-3);
        let (s, c) = (0.6f32.sin(), 0.6f32.cos());
        assert!((layout.height_px - (3.0 + 220.0 * s + 17.0 * c)).abs() < 1e-3);
        // Each label's lower end is centred over its column.
        for (j, (pivot, size)) in layout.pivots.iter().zip(&sizes).enumerate() {
            let middle = *pivot + Rot2::from_angle(ANGLE) * vec2(0.0, -size.y / 2.0);
            assert!((middle.x - (j as f32 + 0.5) * 50.0).abs() < 1e-3);
        }
        // The long middle label reaches furthest past the last cell.
        let right = layout.bounds.iter().map(|b| b.max.x).fold(0.0, f32::max);
        assert_eq!(right, layout.bounds[1].max.x);
        assert!((layout.overhang_px - (right - 150.0)).abs() < 1e-3);
        assert!(layout.overhang_px > 0.0);
    }

    #[test]
    fn short_labels_need_no_overhang_and_no_labels_only_the_gap() {
        let layout = HeaderLayout::new(&[vec2(5.0, 10.0)], 200.0, ANGLE, 3.0);
        assert_eq!(layout.overhang_px, 0.0);
        let empty = HeaderLayout::new(&[], 50.0, ANGLE, 3.0);
        assert_eq!((empty.height_px, empty.overhang_px), (3.0, 0.0));
    }

    #[test]
    fn a_label_shortened_to_the_maximum_rises_exactly_that_far() {
        let width = max_label_width(17.0, ANGLE, 160.0);
        let b = rotated_bounds(vec2(width, 17.0), ANGLE);
        assert!((b.min.y + 160.0).abs() < 1e-3, "{b:?}");
        assert_eq!(max_label_width(17.0, 0.0, 160.0), f32::INFINITY);
        assert_eq!(max_label_width(400.0, ANGLE, 160.0), 0.0);
    }
}
