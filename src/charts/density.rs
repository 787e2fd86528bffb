//! Density of many triad points: counts per small triangle of a grid with
//! `k` cells per side, for panels with too many stories to draw as dots.
//! Screen and exports shade the same cells.

/// Above this many points, a triad is shaded by density instead of dots.
pub const DENSITY_THRESHOLD: usize = 5000;
/// Cells per side of the density grid.
pub const DENSITY_CELLS: usize = 30;

/// One grid cell with its stories.
#[derive(Clone, Debug, PartialEq)]
pub struct DensityCell {
    /// The cell's corners as compositions `[top, left, right]`.
    pub vertices: [[f64; 3]; 3],
    /// Points (stories) in the cell; 0 only from `DensityGrid::cell_at`.
    pub count: usize,
}

/// Counts `points` per cell of a `k`-per-side grid; cells without stories
/// are left out. Returns the cells (in a fixed order) and the largest count.
pub fn triad_density(points: &[[f64; 3]], k: usize) -> (Vec<DensityCell>, usize) {
    let mut grid = DensityGrid::new(k);
    for &p in points {
        grid.push(p);
    }
    grid.cells()
}

/// Stories per cell of a `k`-per-side grid, filled one composition at a
/// time in the pass that computes a panel, so that a panel of a million
/// stories carries 2k² counts instead of a million points.
#[derive(Clone, Debug, PartialEq)]
pub struct DensityGrid {
    k: usize,
    /// Indexed `(a · k + b) · 2 + up` (see [`cell_of`]).
    counts: Vec<u32>,
}

impl DensityGrid {
    /// An empty grid with `k` cells per side (at least 1).
    pub fn new(k: usize) -> Self {
        let k = k.max(1);
        Self {
            k,
            counts: vec![0; k * k * 2],
        }
    }

    /// Counts the composition `p` (`[top, left, right]`, fractions) in its
    /// cell; counts saturate at `u32::MAX`.
    #[inline]
    pub fn push(&mut self, p: [f64; 3]) {
        let (a, b, _, up) = cell_of(p, self.k);
        let slot = &mut self.counts[(a * self.k + b) * 2 + usize::from(up)];
        *slot = slot.saturating_add(1);
    }

    /// The cells with stories (in a fixed order) and the largest count.
    pub fn cells(&self) -> (Vec<DensityCell>, usize) {
        let k = self.k;
        let mut cells = Vec::new();
        for a in 0..k {
            for b in 0..k {
                for up in [false, true] {
                    let count = self.counts[(a * k + b) * 2 + usize::from(up)] as usize;
                    if count > 0 {
                        cells.push(DensityCell {
                            vertices: self.vertices(a, b, up),
                            count,
                        });
                    }
                }
            }
        }
        let max = cells.iter().map(|c| c.count).max().unwrap_or(0);
        (cells, max)
    }

    /// The cell that holds composition `p`, with its stories.
    pub fn cell_at(&self, p: [f64; 3]) -> DensityCell {
        let (a, b, _, up) = cell_of(p, self.k);
        DensityCell {
            vertices: self.vertices(a, b, up),
            count: self.counts[(a * self.k + b) * 2 + usize::from(up)] as usize,
        }
    }

    /// Corners of cell `(a, b, up)` as compositions.
    fn vertices(&self, a: usize, b: usize, up: bool) -> [[f64; 3]; 3] {
        let k = self.k;
        let sum = if up { k - 1 } else { k.saturating_sub(2) };
        let c = sum.saturating_sub(a + b) as f64;
        let (a, b) = (a as f64, b as f64);
        let vertices = if up {
            [[a + 1.0, b, c], [a, b + 1.0, c], [a, b, c + 1.0]]
        } else {
            [
                [a + 1.0, b + 1.0, c],
                [a + 1.0, b, c + 1.0],
                [a, b + 1.0, c + 1.0],
            ]
        };
        let kf = k as f64;
        vertices.map(|v| v.map(|x| x / kf))
    }
}

/// The cell of composition `p` on a grid of `k` cells per side: the floors
/// of `k·p` and whether the cell points up (floors sum to k − 1) or down
/// (k − 2).
fn cell_of(p: [f64; 3], k: usize) -> (usize, usize, usize, bool) {
    let total: f64 = p.iter().sum();
    let scaled = p.map(|w| {
        if total > 0.0 {
            (w / total).max(0.0) * k as f64
        } else {
            k as f64 / 3.0
        }
    });
    let mut floors = scaled.map(|w| (w.floor() as usize).min(k - 1));
    // Floors sum to k − 2 or k − 1 except on grid lines, where they can
    // reach k: move such a point into the upward cell it is a corner of.
    while floors.iter().sum::<usize>() > k - 1 {
        if let Some(f) = floors.iter_mut().find(|f| **f > 0) {
            *f -= 1;
        }
    }
    // Floors can also sum to less than k − 2 only through rounding of
    // weights that do not sum to 1; lift them into the nearest cell.
    while floors.iter().sum::<usize>() + 2 < k {
        floors[0] += 1;
    }
    let up = floors.iter().sum::<usize>() == k - 1;
    (floors[0], floors[1], floors[2], up)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn density_cells_tile_the_triangle() {
        let k = 10;
        // A corner, an edge midpoint on a grid line, the centre.
        assert_eq!(cell_of([1.0, 0.0, 0.0], k), (9, 0, 0, true));
        assert_eq!(cell_of([0.5, 0.5, 0.0], k), (4, 5, 0, true));
        let (a, b, c, up) = cell_of([1.0 / 3.0; 3], k);
        assert_eq!((a + b + c, up), (k - 1, true));
        // 0.25/0.25/0.5 → floors 2,2,5 sum 9 = k − 1: up.
        assert_eq!(cell_of([0.25, 0.25, 0.5], k), (2, 2, 5, true));
        // 0.27/0.27/0.46 → floors 2,2,4 sum 8 = k − 2: down.
        assert_eq!(cell_of([0.27, 0.27, 0.46], k), (2, 2, 4, false));
    }

    #[test]
    fn every_point_is_counted_once_in_a_cell_that_holds_it() {
        let mut points = Vec::new();
        for t in 0..=40 {
            for l in 0..=(40 - t) {
                points.push([t as f64 / 40.0, l as f64 / 40.0, (40 - t - l) as f64 / 40.0]);
            }
        }
        let (cells, max) = triad_density(&points, DENSITY_CELLS);
        assert_eq!(cells.iter().map(|c| c.count).sum::<usize>(), points.len());
        assert!(max >= 1);
        // Every cell's corners are compositions.
        for cell in &cells {
            for v in cell.vertices {
                assert!((v.iter().sum::<f64>() - 1.0).abs() < 1e-12, "{v:?}");
            }
        }
        // A grid of k per side has k² cells; all are reachable.
        let (cells, _) = triad_density(&points, 4);
        assert_eq!(cells.len(), 16);
    }
}
