//! Filling polygons egui cannot fill itself: [`is_convex`] tells the
//! convex outlines (egui's `convex_polygon` fills those) from the others,
//! which [`triangulate`] cuts into triangles for a mesh.

use crate::export::Point;

fn cross(o: Point, a: Point, b: Point) -> f32 {
    (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x)
}

/// Whether the outline turns the same way at every corner.
pub fn is_convex(points: &[Point]) -> bool {
    let n = points.len();
    if n < 4 {
        return true;
    }
    let mut sign = 0.0_f32;
    for i in 0..n {
        let turn = cross(points[i], points[(i + 1) % n], points[(i + 2) % n]);
        if turn.abs() > f32::EPSILON {
            if sign != 0.0 && turn.signum() != sign {
                return false;
            }
            sign = turn.signum();
        }
    }
    true
}

/// A simple polygon cut into triangles by ear clipping (indices into
/// `points`). A degenerate rest (self-touching outlines) is fanned.
pub fn triangulate(points: &[Point]) -> Vec<[usize; 3]> {
    let n = points.len();
    if n < 3 {
        return Vec::new();
    }
    let area: f32 = (0..n)
        .map(|i| {
            let (a, b) = (points[i], points[(i + 1) % n]);
            a.x * b.y - b.x * a.y
        })
        .sum();
    let orientation = area.signum();
    let mut rest: Vec<usize> = (0..n).collect();
    let mut triangles = Vec::with_capacity(n - 2);
    while rest.len() > 3 {
        let m = rest.len();
        let ear = (0..m).find(|&i| {
            let (a, b, c) = (rest[(i + m - 1) % m], rest[i], rest[(i + 1) % m]);
            let (pa, pb, pc) = (points[a], points[b], points[c]);
            cross(pa, pb, pc) * orientation > 0.0
                && !rest
                    .iter()
                    .filter(|&&k| k != a && k != b && k != c)
                    .any(|&k| inside_triangle(points[k], [pa, pb, pc]))
        });
        let Some(i) = ear else {
            // No ear: the outline touches itself; fan what is left.
            for w in 1..m - 1 {
                triangles.push([rest[0], rest[w], rest[w + 1]]);
            }
            return triangles;
        };
        triangles.push([rest[(i + m - 1) % m], rest[i], rest[(i + 1) % m]]);
        rest.remove(i);
    }
    triangles.push([rest[0], rest[1], rest[2]]);
    triangles
}

fn inside_triangle(p: Point, [a, b, c]: [Point; 3]) -> bool {
    let (d1, d2, d3) = (cross(a, b, p), cross(b, c, p), cross(c, a, p));
    let negative = d1 < 0.0 || d2 < 0.0 || d3 < 0.0;
    let positive = d1 > 0.0 || d2 > 0.0 || d3 > 0.0;
    !(negative && positive)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::pt;

    fn area_of(points: &[Point], triangles: &[[usize; 3]]) -> f32 {
        triangles
            .iter()
            .map(|&[a, b, c]| cross(points[a], points[b], points[c]).abs() / 2.0)
            .sum()
    }

    #[test]
    fn a_concave_outline_is_cut_into_triangles_that_cover_it_exactly() {
        // An L: 3 × 3 square less its top-right 2 × 2 corner, area 5.
        let l = [
            pt(0.0, 0.0),
            pt(1.0, 0.0),
            pt(1.0, 2.0),
            pt(3.0, 2.0),
            pt(3.0, 3.0),
            pt(0.0, 3.0),
        ];
        assert!(!is_convex(&l));
        let triangles = triangulate(&l);
        assert_eq!(triangles.len(), 4);
        assert!((area_of(&l, &triangles) - 5.0).abs() < 1e-4);
        // No triangle covers the missing corner (a fan from 0 would).
        let corner = pt(2.0, 1.0);
        assert!(
            triangles
                .iter()
                .all(|&[a, b, c]| !inside_triangle(corner, [l[a], l[b], l[c]]))
        );
        // The same, wound the other way.
        let mut reversed = l;
        reversed.reverse();
        assert!((area_of(&reversed, &triangulate(&reversed)) - 5.0).abs() < 1e-4);
    }

    #[test]
    fn convexity_is_recognised() {
        let square = [pt(0.0, 0.0), pt(1.0, 0.0), pt(1.0, 1.0), pt(0.0, 1.0)];
        assert!(is_convex(&square));
        let arrow = [pt(0.0, 0.0), pt(2.0, 1.0), pt(0.0, 2.0), pt(1.0, 1.0)];
        assert!(!is_convex(&arrow));
    }
}
