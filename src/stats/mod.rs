//! Pure numerics, no egui and no dataset types: slices in, numbers out.
//!
//! - [`descriptive`]: n, mean, median, sd, histogram counts.
//! - [`compositional`]: arithmetic and closed geometric means of triads.

pub mod compositional;
pub mod descriptive;
