//! The single-triad panel: dots, means, the seven zones, the density grid
//! and the confidence region of the closed geometric mean, in one pass
//! that keeps at most `dots::DOT_LIMIT` points.

use crate::model::{TriadColumn, TriadZone, zone_of};
use crate::stats::compositional::{DEFAULT_CONFIDENCE_LEVEL, GeometricMean, IlrMoments};

use super::density::{DENSITY_CELLS, DENSITY_THRESHOLD, DensityGrid};
use super::dots::{DOT_LIMIT, DotSample};
use super::index::{Answered, for_each_row};
use super::{ChartSpec, TriadData, ZoneCount};

/// Points on the drawn boundary of the confidence region.
const REGION_POINTS: usize = 72;

pub(crate) fn triad_panel(spec: &ChartSpec, triad: &TriadColumn, answered: &Answered) -> TriadData {
    let zero = spec.options.zero_replacement;
    let mut dots = DotSample::new(answered.n, (!spec.options.all_dots).then_some(DOT_LIMIT));
    let mut points = Vec::with_capacity(dots.capacity());
    let mut rows = Vec::with_capacity(dots.capacity());
    let mut geometric = GeometricMean::new(zero);
    let mut moments = IlrMoments::new(zero);
    let mut sums = [0.0f64; 3];
    let mut n = 0usize;
    let mut zones = [0u64; 7];
    let show_zones = spec.options.show_zones;
    let mut density = (answered.n > DENSITY_THRESHOLD).then(|| DensityGrid::new(DENSITY_CELLS));
    for_each_row(&answered.words, |row| {
        if let Some(p) = triad.get(row) {
            n += 1;
            geometric.push(p);
            moments.push(p);
            for (sum, part) in sums.iter_mut().zip(p) {
                *sum += part;
            }
            if show_zones {
                zones[zone_of(p) as usize] += 1;
            }
            if let Some(grid) = &mut density {
                grid.push(p);
            }
            if dots.keep() {
                points.push(p);
                rows.push(row);
            }
        }
    });
    TriadData {
        n,
        geometric_mean: geometric.finish(),
        arithmetic_mean: (n > 0).then(|| sums.map(|s| s / n as f64)),
        zones: if show_zones {
            zone_counts(zones, n)
        } else {
            Vec::new()
        },
        confidence_level: DEFAULT_CONFIDENCE_LEVEL,
        confidence_region: moments
            .region(DEFAULT_CONFIDENCE_LEVEL, REGION_POINTS)
            .map(|r| r.polygon),
        points,
        rows,
        density,
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

#[cfg(test)]
mod tests {
    use crate::charts::density::triad_density;
    use crate::charts::dots::DOT_LIMIT;
    use crate::charts::{
        ChartSpec, PanelKind, Populations, SliderGroup, TriadData, TriadGroup, compute,
    };
    use crate::demo::{ids, tiled_answers};
    use crate::model::{QuestionId, Selection};

    fn both(spec: &ChartSpec) -> [crate::charts::ChartData; 2] {
        let big = tiled_answers(DOT_LIMIT * 5 + 123);
        let populations = Populations {
            whole: big.all(),
            selection: Some(Selection::from_fn(big.len(), |r| r % 3 == 0)),
        };
        let mut every = spec.clone();
        every.options.all_dots = true;
        [spec, &every].map(|s| compute(s, &big, &populations).unwrap())
    }

    fn triad(kind: &PanelKind) -> &TriadData {
        let PanelKind::Triad(t) = kind else {
            panic!("a triad")
        };
        t
    }

    #[test]
    fn a_sampled_triad_has_the_numbers_of_every_dot() {
        let mut spec = ChartSpec::new(QuestionId::new(ids::WIE_AAN_ZET));
        spec.options.show_zones = true;
        spec.options.colour_by = Some(QuestionId::new(ids::ROLSOORT));
        let [sampled, every] = both(&spec);
        for (s, e) in [
            (&sampled.whole, &every.whole),
            (
                sampled.selection.as_ref().unwrap(),
                every.selection.as_ref().unwrap(),
            ),
        ] {
            let (s, e) = (triad(&s.chart), triad(&e.chart));
            assert_eq!(e.points.len(), e.n);
            assert!(s.n > DOT_LIMIT && s.points.len() == DOT_LIMIT, "{}", s.n);
            // The sample is the stories at evenly spaced places of the rows.
            assert!(s.rows.windows(2).all(|w| w[0] < w[1]));
            assert_eq!(s.n, e.n);
            assert_eq!(s.zones, e.zones);
            assert_eq!(s.geometric_mean, e.geometric_mean);
            assert_eq!(s.arithmetic_mean, e.arithmetic_mean);
            assert_eq!(s.confidence_region, e.confidence_region);
            // The density counts every story, as counting every point does.
            let grid = s.density.as_ref().unwrap().cells();
            assert_eq!(
                grid,
                triad_density(&e.points, crate::charts::density::DENSITY_CELLS)
            );
            // The colour legend counts every story; each dot has its option.
            let (sc, ec) = (s.colour.as_ref().unwrap(), e.colour.as_ref().unwrap());
            assert_eq!(sc.counts, ec.counts);
            assert_eq!(sc.options.len(), DOT_LIMIT);
            for (row, option) in s.rows.iter().zip(&sc.options) {
                let k = e.rows.binary_search(row).unwrap();
                assert_eq!(*option, ec.options[k]);
            }
        }
    }

    #[test]
    fn sampled_groups_keep_their_share_and_every_statistic() {
        let triads = ChartSpec::pair(
            QuestionId::new(ids::WIE_AAN_ZET),
            QuestionId::new(ids::ROLSOORT),
        );
        let [sampled, every] = both(&triads);
        let (PanelKind::TriadGroups(s), PanelKind::TriadGroups(e)) =
            (&sampled.whole.chart, &every.whole.chart)
        else {
            panic!("triad groups")
        };
        let kept: usize = s.groups.iter().map(|g| g.points.len()).sum();
        assert!(
            (DOT_LIMIT - s.groups.len()..=DOT_LIMIT).contains(&kept),
            "{kept}"
        );
        let total: usize = e.groups.iter().map(|g| g.n).sum();
        for (s, e) in s.groups.iter().zip(&e.groups) {
            let TriadGroup {
                n, geometric_mean, ..
            } = e;
            assert_eq!((s.n, s.geometric_mean), (*n, *geometric_mean));
            assert_eq!(e.points.len(), *n);
            // Each option keeps about its share of the dots: the sample
            // takes every k-th story in row order, whatever its option, so
            // it varies like a random sample's count (3 sd).
            let share = DOT_LIMIT as f64 * *n as f64 / total as f64;
            assert!(
                (s.points.len() as f64 - share).abs() <= 3.0 * share.sqrt(),
                "{} {share}",
                s.points.len()
            );
        }

        let sliders = ChartSpec::pair(
            QuestionId::new(ids::VOORBEELD),
            QuestionId::new(ids::ROLSOORT),
        );
        let [sampled, every] = both(&sliders);
        let (PanelKind::Groups(s), PanelKind::Groups(e)) =
            (&sampled.whole.chart, &every.whole.chart)
        else {
            panic!("slider groups")
        };
        assert_eq!((s.h, s.p), (e.h, e.p));
        assert_eq!(s.pairwise, e.pairwise);
        assert_eq!(sampled.comparison, every.comparison);
        let kept: usize = s.groups.iter().map(|g| g.values.len()).sum();
        assert!(kept <= DOT_LIMIT && kept > DOT_LIMIT - s.groups.len());
        for (s, e) in s.groups.iter().zip(&e.groups) {
            let strip = |g: &SliderGroup| (g.n, g.mean, g.median, g.sd, g.q1, g.q3, g.min, g.max);
            assert_eq!(strip(s), strip(e));
            assert_eq!(e.values.len(), e.n);
        }
    }
}
