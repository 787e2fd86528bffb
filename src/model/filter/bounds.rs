//! The values inside a range condition, as small value types held by
//! [`Filter`](super::Filter)'s variants: [`Bounds`] of a slider or number
//! range and the [`Region`] of a stones condition. The evaluator, the
//! describer and the text writer take these whole instead of each
//! spelling out the same four fields.
//!
//! Both are flattened into their variant in the JSON, so project files
//! read and write exactly as when the fields stood in the variant:
//! `{"slider_range": {"question": "q", "min": 70.0, "max": 100.0}}`.

use serde::{Deserialize, Serialize};

/// The ends of a range, each inclusive unless its `*_exclusive` flag is
/// set (only `<` and `>` in the filter language set them; the flags are
/// left out of the JSON when false). `T` is `f64` for a slider (both ends
/// always given, 0–100) and `Option<f64>` for a number (`None`: open).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Bounds<T> {
    /// Lower end.
    pub min: T,
    /// Upper end.
    pub max: T,
    /// Leaves `min` itself out (`>`).
    #[serde(default, skip_serializing_if = "is_false")]
    pub min_exclusive: bool,
    /// Leaves `max` itself out (`<`).
    #[serde(default, skip_serializing_if = "is_false")]
    pub max_exclusive: bool,
}

impl<T> Bounds<T> {
    /// From `min` to `max`, both ends included.
    pub fn inclusive(min: T, max: T) -> Self {
        Self {
            min,
            max,
            min_exclusive: false,
            max_exclusive: false,
        }
    }

    /// Whether both ends are included.
    pub fn is_inclusive(&self) -> bool {
        !self.min_exclusive && !self.max_exclusive
    }
}

impl Bounds<f64> {
    /// The same range in the shape of a number's: an infinite end is open
    /// (`None`), a finite one (a slider's are always) given.
    pub fn with_optional_ends(self) -> Bounds<Option<f64>> {
        Bounds {
            min: self.min.is_finite().then_some(self.min),
            max: self.max.is_finite().then_some(self.max),
            min_exclusive: self.min_exclusive,
            max_exclusive: self.max_exclusive,
        }
    }
}

impl Bounds<Option<f64>> {
    /// The one value of a range from a value to itself, both ends
    /// included (what `= v` means).
    pub fn single(&self) -> Option<f64> {
        match (self.min, self.max) {
            (Some(a), Some(b)) if a == b && self.is_inclusive() => Some(a),
            _ => None,
        }
    }
}

/// A rectangle of a stones canvas (0..=1 on both axes, bounds inclusive).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Region {
    /// Left edge of the rectangle, 0–1.
    pub x_min: f64,
    /// Right edge of the rectangle, 0–1.
    pub x_max: f64,
    /// Bottom edge of the rectangle, 0–1.
    pub y_min: f64,
    /// Top edge of the rectangle, 0–1.
    pub y_max: f64,
}

impl Region {
    /// The whole canvas.
    pub const CANVAS: Self = Self {
        x_min: 0.0,
        x_max: 1.0,
        y_min: 0.0,
        y_max: 1.0,
    };

    /// Whether `(x, y)` lies inside, edges included.
    pub fn contains(&self, (x, y): (f64, f64)) -> bool {
        (self.x_min..=self.x_max).contains(&x) && (self.y_min..=self.y_max).contains(&y)
    }
}

fn is_false(flag: &bool) -> bool {
    !*flag
}
