//! [`TriadZone`]: seven regions of the triangle that every triad answer
//! falls into exactly one of, so filters and charts count the same way.
//!
//! With the weights `[top, left, right]` normalised to sum to 1:
//!
//! 1. **corner** — the largest weight is at least 2/3: the story leans
//!    clearly to one corner (`Top`, `Left`, `Right`; each a small triangle
//!    of 1/9 of the area);
//! 2. otherwise **centre** — every weight is at least 1/6: all three play a
//!    part (an upright triangle around the centroid, 1/4 of the area);
//! 3. otherwise **between two corners** — the smallest weight is below 1/6
//!    and no corner dominates: the zone along the edge joining the two
//!    larger corners (`TopLeft`, `LeftRight`, `TopRight`; 5/36 each).
//!
//! The rules are tried in that order, so a point on a boundary belongs to
//! the first zone that claims it, and the definition is symmetric in the
//! three corners. Under rule 3 the smallest weight is unique: two weights
//! below 1/6 would leave more than 2/3 for the third, a corner. Comparisons
//! allow 1e-9 of slack so that a weight written as 0.6666666667 in an export
//! counts as 2/3.

use serde::{Deserialize, Serialize};

use crate::i18n::{Language, fill};

/// A weight at least this large makes its corner's zone.
pub const CORNER_WEIGHT: f64 = 2.0 / 3.0;
/// Every weight at least this large makes the centre zone.
pub const CENTRE_WEIGHT: f64 = 1.0 / 6.0;
/// Slack for weights read back from decimal text.
const SLACK: f64 = 1e-9;

/// One of the seven zones of a triad (see the module docs for the rules).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TriadZone {
    /// Near the top corner: its weight at least [`CORNER_WEIGHT`].
    Top,
    /// Near the left corner: its weight at least [`CORNER_WEIGHT`].
    Left,
    /// Near the right corner: its weight at least [`CORNER_WEIGHT`].
    Right,
    /// Along the edge between the top and the left corner.
    TopLeft,
    /// Along the bottom edge, between the left and the right corner.
    LeftRight,
    /// Along the edge between the top and the right corner.
    TopRight,
    /// The middle: every weight at least [`CENTRE_WEIGHT`].
    Centre,
}

impl TriadZone {
    /// Every zone, corners first, in the order charts list them.
    pub const ALL: [Self; 7] = [
        Self::Top,
        Self::Left,
        Self::Right,
        Self::TopLeft,
        Self::LeftRight,
        Self::TopRight,
        Self::Centre,
    ];

    /// The name used in the filter language and in JSON (`top_left`).
    pub fn code(self) -> &'static str {
        match self {
            Self::Top => "top",
            Self::Left => "left",
            Self::Right => "right",
            Self::TopLeft => "top_left",
            Self::LeftRight => "left_right",
            Self::TopRight => "top_right",
            Self::Centre => "centre",
        }
    }

    /// The zone with this [`code`](Self::code), ignoring case; `center` is
    /// accepted for `centre`.
    pub fn from_code(code: &str) -> Option<Self> {
        let code = code.to_ascii_lowercase();
        if code == "center" {
            return Some(Self::Centre);
        }
        Self::ALL.into_iter().find(|zone| zone.code() == code)
    }

    /// The corners (0 = top, 1 = left, 2 = right) a zone is made of: one
    /// for a corner, two for an edge, none for the centre.
    pub fn corners(self) -> &'static [usize] {
        match self {
            Self::Top => &[0],
            Self::Left => &[1],
            Self::Right => &[2],
            Self::TopLeft => &[0, 1],
            Self::LeftRight => &[1, 2],
            Self::TopRight => &[0, 2],
            Self::Centre => &[],
        }
    }

    /// A name that needs no labels: "top corner", "between top and left".
    pub fn name(self, language: Language) -> String {
        let s = language.strings();
        let corners = [s.zone_top, s.zone_left, s.zone_right];
        match *self.corners() {
            [a] => fill(s.zone_corner_name, &[("a", &corners[a])]),
            _ => self.label(corners, language),
        }
    }

    /// The zone named after the question's corner labels `[top, left,
    /// right]`: "bij het kind", "tussen het kind en de school", "midden".
    pub fn label(self, corner_labels: [&str; 3], language: Language) -> String {
        let s = language.strings();
        match *self.corners() {
            [a] => fill(s.zone_corner, &[("a", &corner_labels[a])]),
            [a, b] => fill(
                s.zone_between,
                &[("a", &corner_labels[a]), ("b", &corner_labels[b])],
            ),
            _ => s.zone_centre.to_owned(),
        }
    }
}

/// The zone of a composition `[top, left, right]`. The weights are
/// normalised by their sum first; weights that are not finite or do not sum
/// to a positive number land in the centre (callers skip missing answers
/// before asking).
pub fn zone_of(weights: [f64; 3]) -> TriadZone {
    let sum = weights[0] + weights[1] + weights[2];
    if !(sum.is_finite() && sum > 0.0) {
        return TriadZone::Centre;
    }
    let w = weights.map(|v| v / sum);
    let largest = argmax(w);
    if w[largest] >= CORNER_WEIGHT - SLACK {
        return [TriadZone::Top, TriadZone::Left, TriadZone::Right][largest];
    }
    let smallest = argmax(w.map(|v| -v));
    if w[smallest] >= CENTRE_WEIGHT - SLACK {
        return TriadZone::Centre;
    }
    // The edge opposite the smallest weight's corner.
    [
        TriadZone::LeftRight,
        TriadZone::TopRight,
        TriadZone::TopLeft,
    ][smallest]
}

/// Index of the largest value; the first one on ties.
fn argmax(w: [f64; 3]) -> usize {
    let mut best = 0;
    for i in 1..3 {
        if w[i] > w[best] {
            best = i;
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn corners_edges_and_centre() {
        assert_eq!(zone_of([1.0, 0.0, 0.0]), TriadZone::Top);
        assert_eq!(zone_of([0.0, 1.0, 0.0]), TriadZone::Left);
        assert_eq!(zone_of([0.0, 0.0, 1.0]), TriadZone::Right);
        assert_eq!(zone_of([0.5, 0.5, 0.0]), TriadZone::TopLeft);
        assert_eq!(zone_of([0.0, 0.5, 0.5]), TriadZone::LeftRight);
        assert_eq!(zone_of([0.5, 0.0, 0.5]), TriadZone::TopRight);
        assert_eq!(zone_of([1.0 / 3.0; 3]), TriadZone::Centre);
        // Boundaries go to the first rule that claims them.
        assert_eq!(zone_of([2.0 / 3.0, 1.0 / 6.0, 1.0 / 6.0]), TriadZone::Top);
        assert_eq!(zone_of([0.6666666667, 0.3333333333, 0.0]), TriadZone::Top);
        assert_eq!(zone_of([0.5, 1.0 / 3.0, 1.0 / 6.0]), TriadZone::Centre);
        assert_eq!(zone_of([0.5, 0.35, 0.15]), TriadZone::TopLeft);
        // Unnormalised weights (percentages) give the same zone.
        assert_eq!(zone_of([50.0, 35.0, 15.0]), TriadZone::TopLeft);
        assert_eq!(zone_of([f64::NAN, 0.0, 0.0]), TriadZone::Centre);
    }

    /// Every point of a fine grid falls in exactly one zone, the zones are
    /// symmetric under swapping corners, and their areas match the
    /// definition (1/9 per corner, 5/36 per edge, 1/4 for the centre).
    #[test]
    fn fine_grid_partitions_the_triangle() {
        let steps = 600;
        let mut counts = [0usize; 7];
        let mut total = 0;
        for a in 0..=steps {
            for b in 0..=steps - a {
                let w = [a, b, steps - a - b].map(|v| v as f64 / steps as f64);
                let zone = zone_of(w);
                let claims = TriadZone::ALL
                    .iter()
                    .filter(|&&z| in_zone_by_inequalities(w, z))
                    .count();
                assert!(claims >= 1, "{w:?} is in no zone");
                assert!(in_zone_by_inequalities(w, zone), "{w:?} {zone:?}");
                counts[zone as usize] += 1;
                total += 1;
                // Swapping left and right mirrors the zone.
                let mirrored = zone_of([w[0], w[2], w[1]]);
                assert_eq!(mirrored, mirror(zone), "{w:?}");
            }
        }
        let share = |z: TriadZone| counts[z as usize] as f64 / total as f64;
        for (zone, expected) in [
            (TriadZone::Top, 1.0 / 9.0),
            (TriadZone::Left, 1.0 / 9.0),
            (TriadZone::Right, 1.0 / 9.0),
            (TriadZone::TopLeft, 5.0 / 36.0),
            (TriadZone::LeftRight, 5.0 / 36.0),
            (TriadZone::TopRight, 5.0 / 36.0),
            (TriadZone::Centre, 1.0 / 4.0),
        ] {
            assert!((share(zone) - expected).abs() < 0.01, "{zone:?}");
        }
    }

    /// The zones written as closed regions, independently of `zone_of`.
    fn in_zone_by_inequalities(w: [f64; 3], zone: TriadZone) -> bool {
        let eps = 1e-12;
        let corner = |i: usize| w[i] >= CORNER_WEIGHT - eps;
        let no_corner = (0..3).all(|i| w[i] <= CORNER_WEIGHT + eps);
        match *zone.corners() {
            [i] => corner(i),
            [i, j] => {
                let k = 3 - i - j;
                no_corner && w[k] <= CENTRE_WEIGHT + eps
            }
            _ => no_corner && w.iter().all(|&v| v >= CENTRE_WEIGHT - eps),
        }
    }

    fn mirror(zone: TriadZone) -> TriadZone {
        match zone {
            TriadZone::Left => TriadZone::Right,
            TriadZone::Right => TriadZone::Left,
            TriadZone::TopLeft => TriadZone::TopRight,
            TriadZone::TopRight => TriadZone::TopLeft,
            other => other,
        }
    }

    #[test]
    fn codes_and_names() {
        for zone in TriadZone::ALL {
            assert_eq!(TriadZone::from_code(zone.code()), Some(zone));
        }
        assert_eq!(TriadZone::from_code("Center"), Some(TriadZone::Centre));
        let corners = ["het kind", "de school", "de ouders"];
        assert_eq!(
            TriadZone::TopLeft.label(corners, Language::Dutch),
            "tussen het kind en de school"
        );
        assert_eq!(
            TriadZone::Right.label(corners, Language::English),
            "near de ouders"
        );
        assert_eq!(TriadZone::Centre.name(Language::Dutch), "midden");
        assert_eq!(TriadZone::Left.name(Language::Dutch), "hoek links");
        assert_eq!(TriadZone::Top.name(Language::English), "top corner");
        assert_eq!(
            TriadZone::LeftRight.name(Language::English),
            "between left and right"
        );
    }
}
