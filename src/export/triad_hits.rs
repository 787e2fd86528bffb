//! What a triad's scene tells the screen about its triangle, so that the
//! pointer can be turned back into chart values: the [`TriangleFrame`]
//! (where the corners lie, in scene pixels, and the maps between a
//! composition and a point), the dots drawn in it as a [`DotIndex`] (a
//! bucket grid: finding the dots near the pointer looks at a few buckets,
//! not at every story, so hovering 100,000 dots stays smooth), and the
//! density grid the panel is shaded by, if it is. The writers ignore all
//! of it, as they ignore hit regions.

use crate::charts::density::DensityGrid;
use crate::stats::triangle::{
    TRIANGLE_HEIGHT, barycentric_from_cartesian, cartesian_from_barycentric,
};

use super::scene::{HitPopulation, Point, pt};

/// An equilateral triangle in scene pixels: the unit triangle of
/// `stats::triangle` scaled by `side_px` and moved to `origin` (where the
/// unit triangle's (0, 0) lies: level with the top corner, above the left
/// one).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TriangleFrame {
    /// Where the unit triangle's (0, 0) lies, in scene pixels.
    pub origin: Point,
    /// Length of a side in scene pixels.
    pub side_px: f32,
}

impl TriangleFrame {
    /// The point of composition `[top, left, right]`.
    pub fn point(&self, weights: [f64; 3]) -> Point {
        let (x, y) = cartesian_from_barycentric(weights);
        pt(
            self.origin.x + x as f32 * self.side_px,
            self.origin.y + y as f32 * self.side_px,
        )
    }

    /// The composition at `point`; outside the triangle some weights are
    /// negative.
    pub fn weights(&self, point: Point) -> [f64; 3] {
        let side = f64::from(self.side_px.max(f32::EPSILON));
        barycentric_from_cartesian((
            f64::from(point.x - self.origin.x) / side,
            f64::from(point.y - self.origin.y) / side,
        ))
    }

    /// The corners in `[top, left, right]` order.
    pub fn corners(&self) -> [Point; 3] {
        [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]].map(|w| self.point(w))
    }

    /// Height of the triangle in scene pixels (side × √3/2).
    pub fn height_px(&self) -> f32 {
        self.side_px * TRIANGLE_HEIGHT as f32
    }
}

/// One dot drawn on a triangle: where, the composition it shows and the
/// story (row) it stands for.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Dot {
    /// Where the dot is drawn, in scene pixels.
    pub centre: Point,
    /// The composition `[top, left, right]` it shows.
    pub weights: [f64; 3],
    /// The story's row in the dataset.
    pub row: usize,
}

/// The dots of a triangle bucketed by position: bucket `b` holds
/// `dots[starts[b]..starts[b + 1]]`.
#[derive(Clone, Debug, PartialEq)]
pub struct DotIndex {
    origin: Point,
    bucket_px: f32,
    columns: usize,
    rows: usize,
    starts: Vec<usize>,
    dots: Vec<Dot>,
}

impl DotIndex {
    /// Buckets `dots` lying in the square of `size_px` from `origin`
    /// (dots outside are clamped into the border buckets).
    pub fn new(dots: Vec<Dot>, origin: Point, size_px: f32, bucket_px: f32) -> Self {
        let bucket_px = bucket_px.max(1.0);
        // At most 256 × 256 buckets, whatever the triangle's size.
        let per_side = ((size_px / bucket_px).ceil() as usize).clamp(1, 256);
        let bucket_px = (size_px / per_side as f32).max(1.0);
        let mut index = Self {
            origin,
            bucket_px,
            columns: per_side,
            rows: per_side,
            starts: Vec::new(),
            dots: Vec::new(),
        };
        // A counting sort by bucket.
        let buckets: Vec<usize> = dots.iter().map(|d| index.bucket_of(d.centre)).collect();
        let mut starts = vec![0usize; per_side * per_side + 1];
        for &b in &buckets {
            starts[b + 1] += 1;
        }
        for b in 1..starts.len() {
            starts[b] += starts[b - 1];
        }
        let mut next = starts.clone();
        let mut sorted = vec![
            Dot {
                centre: origin,
                weights: [0.0; 3],
                row: 0,
            };
            dots.len()
        ];
        for (dot, b) in dots.into_iter().zip(buckets) {
            sorted[next[b]] = dot;
            next[b] += 1;
        }
        index.starts = starts;
        index.dots = sorted;
        index
    }

    /// Number of dots.
    pub fn len(&self) -> usize {
        self.dots.len()
    }

    /// Whether there are no dots.
    pub fn is_empty(&self) -> bool {
        self.dots.is_empty()
    }

    fn cell_of(&self, point: Point) -> (usize, usize) {
        let clamp = |v: f32, n: usize| ((v / self.bucket_px).floor().max(0.0) as usize).min(n - 1);
        (
            clamp(point.x - self.origin.x, self.columns),
            clamp(point.y - self.origin.y, self.rows),
        )
    }

    fn bucket_of(&self, point: Point) -> usize {
        let (column, row) = self.cell_of(point);
        row * self.columns + column
    }

    /// Every dot whose centre lies within `radius_px` of `at`.
    pub fn within(&self, at: Point, radius_px: f32) -> impl Iterator<Item = &Dot> {
        let r = radius_px.max(0.0);
        let (c0, r0) = self.cell_of(pt(at.x - r, at.y - r));
        let (c1, r1) = self.cell_of(pt(at.x + r, at.y + r));
        let r2 = r * r;
        (r0..=r1)
            .flat_map(move |row| (c0..=c1).map(move |column| row * self.columns + column))
            .flat_map(move |b| {
                let (from, to) = (self.starts[b], self.starts[b + 1]);
                self.dots[from..to].iter()
            })
            .filter(move |d| {
                let (dx, dy) = (d.centre.x - at.x, d.centre.y - at.y);
                dx * dx + dy * dy <= r2
            })
    }

    /// The dot nearest to `at` within `radius_px`.
    pub fn nearest(&self, at: Point, radius_px: f32) -> Option<&Dot> {
        let distance = |d: &Dot| (d.centre.x - at.x).powi(2) + (d.centre.y - at.y).powi(2);
        self.within(at, radius_px)
            .min_by(|a, b| distance(a).total_cmp(&distance(b)))
    }
}

/// A triad's triangle as laid out: where it is, in which panel, the dots
/// drawn on it and the density grid it is shaded by (then it has no dots).
#[derive(Clone, Debug, PartialEq)]
pub struct TriangleHit {
    /// Where the triangle lies.
    pub frame: TriangleFrame,
    /// Which panel it belongs to.
    pub population: HitPopulation,
    /// The dots drawn on it, for finding the one under the pointer.
    pub dots: DotIndex,
    /// The density shading when the dots were too many to draw; then `dots` is empty.
    pub density: Option<DensityGrid>,
}

impl TriangleHit {
    /// The triangle of `frame` with `dots` (composition and row) drawn on
    /// it, or shaded by `density`.
    pub fn new(
        frame: TriangleFrame,
        dots: impl Iterator<Item = ([f64; 3], usize)>,
        density: Option<DensityGrid>,
    ) -> Self {
        let dots: Vec<Dot> = dots
            .map(|(weights, row)| Dot {
                centre: frame.point(weights),
                weights,
                row,
            })
            .collect();
        // Buckets of about a hover radius: a lookup reads 4–9 of them.
        let index = DotIndex::new(dots, frame.origin, frame.side_px, 8.0);
        Self {
            frame,
            population: HitPopulation::Whole,
            dots: index,
            density,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frame() -> TriangleFrame {
        TriangleFrame {
            origin: pt(100.0, 50.0),
            side_px: 400.0,
        }
    }

    #[test]
    fn a_composition_comes_back_from_its_point() {
        let f = frame();
        let [top, left, right] = f.corners();
        assert_eq!(top, pt(300.0, 50.0));
        assert_eq!(left, pt(100.0, 50.0 + f.height_px()));
        assert_eq!(right, pt(500.0, 50.0 + f.height_px()));
        for w in [[0.2, 0.3, 0.5], [1.0, 0.0, 0.0], [0.0, 0.5, 0.5]] {
            let back = f.weights(f.point(w));
            for k in 0..3 {
                assert!((back[k] - w[k]).abs() < 1e-5, "{w:?} → {back:?}");
            }
        }
        // Left of the left edge the right weight is negative.
        assert!(f.weights(pt(100.0, 60.0))[2] < 0.0);
    }

    /// The index finds exactly what a scan of every dot finds.
    #[test]
    fn the_index_agrees_with_a_scan_of_every_dot() {
        let f = frame();
        let mut dots = Vec::new();
        for i in 0..60 {
            for j in 0..=(60 - i) {
                let w = [i as f64 / 60.0, j as f64 / 60.0, (60 - i - j) as f64 / 60.0];
                dots.push((w, dots.len()));
            }
        }
        let hit = TriangleHit::new(f, dots.iter().copied(), None);
        assert_eq!(hit.dots.len(), dots.len());
        for (x, y, r) in [
            (300.0, 60.0, 10.0),
            (250.0, 300.0, 6.0),
            (101.0, 395.0, 20.0),
            (700.0, 700.0, 10.0),
            (310.0, 200.0, 0.5),
        ] {
            let at = pt(x, y);
            let mut found: Vec<usize> = hit.dots.within(at, r).map(|d| d.row).collect();
            found.sort_unstable();
            let mut scanned: Vec<usize> = dots
                .iter()
                .filter(|(w, _)| {
                    let p = f.point(*w);
                    (p.x - x).powi(2) + (p.y - y).powi(2) <= r * r
                })
                .map(|&(_, row)| row)
                .collect();
            scanned.sort_unstable();
            assert_eq!(found, scanned, "{x}, {y}, {r}");
            let nearest = hit.dots.nearest(at, r).map(|d| d.row);
            assert_eq!(nearest.is_some(), !scanned.is_empty());
        }
        let on_a_dot = f.point(dots[100].0);
        assert_eq!(hit.dots.nearest(on_a_dot, 3.0).map(|d| d.row), Some(100));
    }
}
