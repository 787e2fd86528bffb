//! The chart of a stones question (SenseMaker's canvas): per stone where
//! the panel's stories placed it, and the mean position.
//!
//! Positions are shown on 0–100 scales, as sliders are: x from the x axis's
//! start label (left) to its end label (right), y from the y axis's start
//! label (bottom) to its end label (top). A story that answered the
//! question but did not place a stone counts for the question's n, not for
//! that stone.

use serde::{Deserialize, Serialize};

use super::dots::{DOT_LIMIT, DotSample};
use super::index::{Answered, for_each_row};
use crate::model::StonesColumn;

/// One panel of a stones chart: every stone of the question, in its order.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StonesData {
    /// One entry per stone of the question, in the question's order.
    pub stones: Vec<StoneData>,
}

/// Where a panel's stories placed one stone.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StoneData {
    /// The stone's label.
    pub label: String,
    /// Stories that placed the stone.
    pub n: usize,
    /// Mean position `[x, y]` on 0–100; `None` when no story placed it.
    pub mean: Option<[f64; 2]>,
    /// Standard deviations `[x, y]` (n − 1), for the spread around the
    /// mean; `None` under two placements.
    pub sd: Option<[f64; 2]>,
    /// Positions to draw, 0–100: every placement up to a stone's share of
    /// [`DOT_LIMIT`], else an even sample (the chart says so).
    #[serde(skip)]
    pub points: Vec<[f64; 2]>,
    /// `points` is a sample of the `n` placements.
    #[serde(skip)]
    pub sampled: bool,
}

/// The stones panel of the rows in `answered`.
pub(crate) fn stones_panel(
    labels: &[String],
    column: &StonesColumn,
    answered: &Answered,
) -> StonesData {
    // Each stone gets an equal share of the dots a panel keeps.
    let limit = (DOT_LIMIT / labels.len().max(1)).max(1);
    let stones = labels
        .iter()
        .enumerate()
        .map(|(stone, label)| {
            let mut placed = Vec::new();
            for_each_row(&answered.words, |row| {
                if let Some((x, y)) = column.position(stone, row) {
                    placed.push([x * 100.0, y * 100.0]);
                }
            });
            stone_data(label, placed, limit)
        })
        .collect();
    StonesData { stones }
}

fn stone_data(label: &str, placed: Vec<[f64; 2]>, limit: usize) -> StoneData {
    let n = placed.len();
    let mean_of = |axis: usize| placed.iter().map(|p| p[axis]).sum::<f64>() / n as f64;
    let mean = (n > 0).then(|| [mean_of(0), mean_of(1)]);
    let sd = mean.filter(|_| n > 1).map(|mean| {
        let sd_of = |axis: usize| {
            let squares: f64 = placed.iter().map(|p| (p[axis] - mean[axis]).powi(2)).sum();
            (squares / (n - 1) as f64).sqrt()
        };
        [sd_of(0), sd_of(1)]
    });
    let mut sample = DotSample::new(n, Some(limit));
    let sampled = n > limit;
    let points = if sampled {
        placed.into_iter().filter(|_| sample.keep()).collect()
    } else {
        placed
    };
    StoneData {
        label: label.to_owned(),
        n,
        mean,
        sd,
        points,
        sampled,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Selection;

    fn answered(rows: usize) -> Answered {
        let all = Selection::all(rows);
        Answered {
            words: all.words().to_vec(),
            stories: rows,
            n: rows,
            n_missing: 0,
            n_not_applicable: 0,
        }
    }

    #[test]
    fn each_stone_counts_its_placements_and_their_mean_and_spread() {
        let column = StonesColumn {
            x: vec![vec![0.1, 0.3, f64::NAN, 0.5], vec![f64::NAN; 4]],
            y: vec![vec![0.9, 0.7, 0.2, 0.5], vec![f64::NAN; 4]],
        };
        let labels = ["Mensen".to_owned(), "Geld".to_owned()];
        let data = stones_panel(&labels, &column, &answered(4));
        let people = &data.stones[0];
        // Row 2 has no x: that stone was not placed there.
        assert_eq!(people.n, 3);
        let mean = people.mean.unwrap();
        assert!((mean[0] - 30.0).abs() < 1e-9 && (mean[1] - 70.0).abs() < 1e-9);
        // statistics.stdev([10, 30, 50]) = 20.0; stdev([90, 70, 50]) = 20.0
        let sd = people.sd.unwrap();
        assert!((sd[0] - 20.0).abs() < 1e-9 && (sd[1] - 20.0).abs() < 1e-9);
        assert_eq!(people.points.len(), 3);
        assert!(!people.sampled);
        let money = &data.stones[1];
        assert_eq!((money.n, money.mean, money.sd), (0, None, None));
    }

    #[test]
    fn many_placements_are_drawn_as_an_even_sample_but_all_counted() {
        let rows = 30_000;
        let column = StonesColumn {
            x: vec![vec![0.25; rows]; 2],
            y: vec![vec![0.75; rows]; 2],
        };
        let labels = ["a".to_owned(), "b".to_owned()];
        let data = stones_panel(&labels, &column, &answered(rows));
        for stone in &data.stones {
            assert_eq!(stone.n, rows);
            assert_eq!(stone.points.len(), DOT_LIMIT / 2);
            assert!(stone.sampled);
            assert_eq!(stone.mean, Some([25.0, 75.0]));
        }
    }
}
