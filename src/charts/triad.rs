//! The single-triad panel: points, means, the seven zones and the
//! confidence region of the closed geometric mean, in one pass.

use crate::model::{TriadColumn, TriadZone, zone_of};
use crate::stats::compositional::{
    self, DEFAULT_CONFIDENCE_LEVEL, GeometricMean, geometric_mean_confidence_region,
};

use super::index::{Answered, for_each_row};
use super::{ChartSpec, TriadData, ZoneCount};

/// Points on the drawn boundary of the confidence region.
const REGION_POINTS: usize = 72;

pub(crate) fn triad_panel(spec: &ChartSpec, triad: &TriadColumn, answered: &Answered) -> TriadData {
    let zero = spec.options.zero_replacement;
    let mut points = Vec::with_capacity(answered.n);
    let mut rows = Vec::with_capacity(answered.n);
    let mut geometric = GeometricMean::new(zero);
    let mut zones = [0u64; 7];
    let show_zones = spec.options.show_zones;
    for_each_row(&answered.words, |row| {
        if let Some(p) = triad.get(row) {
            geometric.push(p);
            if show_zones {
                zones[zone_of(p) as usize] += 1;
            }
            points.push(p);
            rows.push(row);
        }
    });
    let region =
        geometric_mean_confidence_region(&points, zero, DEFAULT_CONFIDENCE_LEVEL, REGION_POINTS);
    TriadData {
        geometric_mean: geometric.finish(),
        arithmetic_mean: compositional::arithmetic_mean(&points),
        zones: if show_zones {
            zone_counts(zones, points.len())
        } else {
            Vec::new()
        },
        confidence_level: DEFAULT_CONFIDENCE_LEVEL,
        confidence_region: region.map(|r| r.polygon),
        points,
        rows,
        zero_replacement: zero,
        colour: None,
    }
}

/// Counts per zone (indexed as `TriadZone as usize`) with their percent of
/// `n`, in [`TriadZone::ALL`] order.
pub(crate) fn zone_counts(counts: [u64; 7], n: usize) -> Vec<ZoneCount> {
    TriadZone::ALL
        .iter()
        .map(|&zone| {
            let count = counts[zone as usize];
            ZoneCount {
                zone,
                count,
                percent: if n == 0 {
                    0.0
                } else {
                    100.0 * count as f64 / n as f64
                },
            }
        })
        .collect()
}

impl ZoneCount {
    /// "123 (12,3%)": the zone's stories and their share of the panel.
    pub fn label(&self, language: crate::i18n::Language) -> String {
        use crate::i18n::{fill, format_count, format_decimal};
        fill(
            language.strings().zone_count,
            &[
                ("n", &format_count(language, self.count as usize)),
                ("p", &format_decimal(language, self.percent, 1)),
            ],
        )
    }
}
