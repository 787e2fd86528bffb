//! Pure numerics, no egui and no dataset types: slices in, numbers out.
//!
//! - [`descriptive`]: n, mean, median, sd, histogram counts.
//! - [`compositional`]: arithmetic and closed geometric means of triads, and
//!   the confidence region of the geometric mean (ilr, Hotelling T²).
//! - [`crosstab`]: χ², Cramér's V and adjusted residuals of a choice × choice table.
//! - [`distributions`]: chi-square, normal and Student t tails for p-values.
//! - [`rank`]: Mann–Whitney U, Kruskal–Wallis H, Spearman's ρ.
//! - [`multitest`]: Holm correction of several p-values.
//! - [`differences`]: two-sample Hotelling T², rank-biserial, φ, cross-tab
//!   cell p-values: what a selection's differences add to the tests above.
//! - [`triangle`]: a triad's triangle: compositions ↔ points, polygons.
//! - [`special`]: log-gamma, incomplete gamma and beta functions behind them.
//!
//! Every number agrees with SciPy/statsmodels to 1e-9 relative (mostly to
//! 1e-13); each test names the Python command that produced its reference.

pub mod compositional;
pub mod crosstab;
pub mod descriptive;
pub mod differences;
pub mod distributions;
pub mod multitest;
pub mod rank;
pub mod special;
pub mod triangle;
