//! The triad triangle as plain geometry, shared by charts, exports and the
//! filter evaluator.
//!
//! A triad answer `[top, left, right]` (weights summing to 1) maps to a
//! point in an equilateral triangle of side 1 with the top corner at
//! (0.5, 0) and the base at y = √3/2 — y grows downwards, as on screen and
//! in SVG. [`cartesian_from_barycentric`] and [`barycentric_from_cartesian`]
//! convert; [`TrianglePolygon`] says whether a point is inside a polygon
//! drawn on the triangle (a lasso).

/// Height of the unit equilateral triangle.
pub const TRIANGLE_HEIGHT: f64 = 0.866_025_403_784_438_6; // √3 / 2

/// Corners in `[top, left, right]` order.
pub const CORNERS: [(f64, f64); 3] = [(0.5, 0.0), (0.0, TRIANGLE_HEIGHT), (1.0, TRIANGLE_HEIGHT)];

/// The point of a composition `[top, left, right]`.
pub fn cartesian_from_barycentric(weights: [f64; 3]) -> (f64, f64) {
    let mut x = 0.0;
    let mut y = 0.0;
    for (w, (cx, cy)) in weights.iter().zip(CORNERS) {
        x += w * cx;
        y += w * cy;
    }
    (x, y)
}

/// The composition of a point (the inverse of [`cartesian_from_barycentric`]).
pub fn barycentric_from_cartesian((x, y): (f64, f64)) -> [f64; 3] {
    let top = 1.0 - y / TRIANGLE_HEIGHT;
    let right = x - 0.5 * top;
    let left = 1.0 - top - right;
    [top, left, right]
}

/// A polygon on the triangle in cartesian coordinates; even-odd rule for
/// the inside, and a point on an edge or corner counts as inside, like the
/// inclusive bounds of a slider range (a brushed lasso that runs through
/// a dot selects it).
pub struct TrianglePolygon {
    points: Vec<(f64, f64)>,
    /// Bounding box `(x_min, y_min, x_max, y_max)` grown by the edge
    /// tolerance: most stories of a small lasso fail this first test.
    bounds: (f64, f64, f64, f64),
}

impl TrianglePolygon {
    /// Distance (in triangle side lengths) under which a point is on an
    /// edge: far below the 1e-3 resolution of exported weights.
    const ON_EDGE: f64 = 1e-9;

    /// The polygon through `corners`, compositions `[top, left, right]`.
    pub fn new(corners: &[[f64; 3]]) -> Self {
        let points: Vec<(f64, f64)> = corners
            .iter()
            .map(|&w| cartesian_from_barycentric(w))
            .collect();
        let e = Self::ON_EDGE;
        let bounds = points.iter().fold(
            (
                f64::INFINITY,
                f64::INFINITY,
                f64::NEG_INFINITY,
                f64::NEG_INFINITY,
            ),
            |(x0, y0, x1, y1), &(x, y)| {
                (x0.min(x - e), y0.min(y - e), x1.max(x + e), y1.max(y + e))
            },
        );
        Self { points, bounds }
    }

    /// Whether a cartesian point (see [`cartesian_from_barycentric`]) is
    /// inside or on the polygon.
    pub fn contains(&self, (x, y): (f64, f64)) -> bool {
        let (x0, y0, x1, y1) = self.bounds;
        if !(x0..=x1).contains(&x) || !(y0..=y1).contains(&y) {
            return false;
        }
        let mut inside = false;
        let mut previous = match self.points.last() {
            Some(&p) => p,
            None => return false,
        };
        let e = Self::ON_EDGE;
        for &(xi, yi) in &self.points {
            let (xj, yj) = previous;
            let near_edge = x >= xi.min(xj) - e
                && x <= xi.max(xj) + e
                && y >= yi.min(yj) - e
                && y <= yi.max(yj) + e;
            if near_edge && distance_to_segment((x, y), (xi, yi), (xj, yj)) <= e {
                return true;
            }
            if (yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi {
                inside = !inside;
            }
            previous = (xi, yi);
        }
        inside
    }
}

/// Euclidean distance from `p` to the segment `a`–`b`.
fn distance_to_segment(p: (f64, f64), a: (f64, f64), b: (f64, f64)) -> f64 {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let length_sq = dx * dx + dy * dy;
    let t = if length_sq > 0.0 {
        (((p.0 - a.0) * dx + (p.1 - a.1) * dy) / length_sq).clamp(0.0, 1.0)
    } else {
        0.0
    };
    let (cx, cy) = (a.0 + t * dx, a.1 + t * dy);
    ((p.0 - cx).powi(2) + (p.1 - cy).powi(2)).sqrt()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn corners_and_centre_round_trip() {
        assert_eq!(cartesian_from_barycentric([1.0, 0.0, 0.0]), (0.5, 0.0));
        assert_eq!(
            cartesian_from_barycentric([0.0, 1.0, 0.0]),
            (0.0, TRIANGLE_HEIGHT)
        );
        let third = 1.0 / 3.0;
        let centre = cartesian_from_barycentric([third; 3]);
        for (a, b) in barycentric_from_cartesian(centre).iter().zip([third; 3]) {
            assert!((a - b).abs() < 1e-12);
        }
        let p = [0.2, 0.5, 0.3];
        for (a, b) in barycentric_from_cartesian(cartesian_from_barycentric(p))
            .iter()
            .zip(p)
        {
            assert!((a - b).abs() < 1e-12);
        }
    }

    #[test]
    fn a_polygon_holds_its_inside_and_its_edges_not_its_outside() {
        // The left half of the triangle: top, left corner, middle of the base.
        let half = TrianglePolygon::new(&[[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.5, 0.5]]);
        let at = cartesian_from_barycentric;
        assert!(half.contains(at([0.2, 0.6, 0.2])));
        assert!(half.contains(at([1.0, 0.0, 0.0])), "a corner is inside");
        assert!(half.contains(at([0.5, 0.25, 0.25])), "an edge is inside");
        assert!(!half.contains(at([0.2, 0.2, 0.6])));
        assert!(!half.contains((2.0, 2.0)), "outside the bounds");
        assert!(!TrianglePolygon::new(&[]).contains(at([0.2, 0.6, 0.2])));
    }
}
