//! What the screen and the exports draw on a triad's triangle: zone
//! boundaries and label points, the grid, and the jitter of strips. The
//! pure maths of the triangle (compositions ↔ points) is
//! [`crate::stats::triangle`], which the filter evaluator uses too.

/// The boundaries of the seven zones of `model::TriadZone`: for each
/// corner the line where its weight is 2/3 (edge to edge), and the three
/// sides of the centre triangle where a weight is 1/6.
pub fn zone_lines() -> Vec<([f64; 3], [f64; 3])> {
    let (c, e) = (2.0 / 3.0, 1.0 / 6.0);
    let corner = |i: usize| {
        let mut a = [1.0 - c; 3];
        let mut b = [1.0 - c; 3];
        a[i] = c;
        b[i] = c;
        a[(i + 1) % 3] = 0.0;
        b[(i + 2) % 3] = 0.0;
        (a, b)
    };
    let centre_vertex = |i: usize| {
        let mut v = [e; 3];
        v[i] = c;
        v
    };
    let mut lines: Vec<_> = (0..3).map(corner).collect();
    lines.extend((0..3).map(|i| (centre_vertex(i), centre_vertex((i + 1) % 3))));
    lines
}

/// Where a zone's label goes: the centroid of a corner triangle or the
/// centre, the middle of an edge zone.
pub fn zone_label_point(zone: crate::model::TriadZone) -> [f64; 3] {
    match *zone.corners() {
        [i] => {
            let mut w = [1.0 / 9.0; 3];
            w[i] = 7.0 / 9.0;
            w
        }
        [i, j] => {
            let mut w = [1.0 / 12.0; 3];
            w[i] = 11.0 / 24.0;
            w[j] = 11.0 / 24.0;
            w
        }
        _ => [1.0 / 3.0; 3],
    }
}

/// Grid lines at every `step` (e.g. 0.1) for each corner: pairs of
/// compositions whose segment holds that corner's weight constant.
pub fn grid_lines(step: f64) -> Vec<([f64; 3], [f64; 3])> {
    let steps = (1.0 / step).round() as usize;
    let mut lines = Vec::new();
    for k in 1..steps {
        let w = k as f64 * step;
        lines.push(([w, 1.0 - w, 0.0], [w, 0.0, 1.0 - w]));
        lines.push(([1.0 - w, w, 0.0], [0.0, w, 1.0 - w]));
        lines.push(([1.0 - w, 0.0, w], [0.0, 1.0 - w, w]));
    }
    lines
}

/// A fixed pseudo-random offset in −1..1 for the k-th dot of a strip (a
/// slider per option): the same on every frame, on screen and in every
/// export.
pub fn jitter(k: usize) -> f32 {
    let mut x = (k as u32)
        .wrapping_mul(2_654_435_761)
        .wrapping_add(0x9E37_79B9);
    x ^= x >> 15;
    x = x.wrapping_mul(0x2C1B_3C6D);
    x ^= x >> 12;
    (x % 2001) as f32 / 1000.0 - 1.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ten_percent_grid_has_nine_lines_per_corner() {
        let lines = grid_lines(0.1);
        assert_eq!(lines.len(), 27);
        for (a, b) in lines {
            // Each segment keeps one corner's weight and runs edge to edge.
            assert!((0..3).any(|i| (a[i] - b[i]).abs() < 1e-12));
            assert!(a.contains(&0.0) && b.contains(&0.0));
        }
    }

    #[test]
    fn zone_labels_sit_in_their_zones_and_lines_on_boundaries() {
        use crate::model::{TriadZone, zone_of};
        for zone in TriadZone::ALL {
            assert_eq!(zone_of(zone_label_point(zone)), zone, "{zone:?}");
        }
        let lines = zone_lines();
        assert_eq!(lines.len(), 6);
        for (a, b) in lines {
            for p in [a, b] {
                assert!((p.iter().sum::<f64>() - 1.0).abs() < 1e-12);
                // Every end point is on a 2/3 or 1/6 boundary.
                assert!(p.iter().any(|&w| (w - 2.0 / 3.0).abs() < 1e-12));
            }
        }
    }
}
