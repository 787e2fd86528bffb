//! The data of a panel of two questions: a cross-tab, a slider per option
//! (groups), a scatter, a triad per option.

use serde::{Deserialize, Serialize};

use super::single::{ColourBy, RankCounts};

/// A choice × choice cross-tab: rows are the chart's question, columns the
/// `by` question. Every matrix is rows × columns in option order.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CrossTabData {
    /// The chart's question's option labels, one per row.
    pub row_labels: Vec<String>,
    /// The `by` question's option labels, one per column.
    pub column_labels: Vec<String>,
    /// Stories per cell (mentions when `counts_mentions`).
    pub observed: Vec<Vec<u64>>,
    /// Expected counts per cell under independence: row total × column
    /// total / n.
    pub expected: Vec<Vec<f64>>,
    /// Percent of the row total per cell.
    pub row_percents: Vec<Vec<f64>>,
    /// Percent of the column total per cell.
    pub column_percents: Vec<Vec<f64>>,
    /// z = (O − E) / √(E · (1 − r/n) · (1 − c/n)); with a multiple-choice
    /// question, each cell's z comes from that option's own table
    /// (chosen / not chosen × the other question).
    pub adjusted_residuals: Vec<Vec<Option<f64>>>,
    /// Pearson χ² of the whole table (both questions single choice).
    pub chi2: Option<f64>,
    /// Degrees of freedom of `chi2`: (kept rows − 1)(kept columns − 1); 0
    /// without a test.
    pub df: usize,
    /// The p of `chi2`; `None` without a test.
    pub p: Option<f64>,
    /// Cramér's V of the whole table (0–1); `None` without a test.
    pub cramers_v: Option<f64>,
    /// With a multiple-choice question: one χ² test per option.
    pub option_tests: Vec<OptionTest>,
    /// True when a multiple-choice question makes cells count mentions,
    /// not stories.
    pub counts_mentions: bool,
    /// Options nobody chose in this population, left out of the test.
    pub dropped_rows: Vec<String>,
    /// Options of the `by` question nobody chose in this population, left out
    /// of the test.
    pub dropped_columns: Vec<String>,
    /// Reasons to read the test with care (sparse expected counts, …),
    /// typed; [`super::text::warning_text`] writes them in a language.
    pub warnings: Vec<crate::stats::crosstab::CrossTabWarning>,
    /// Each column's index among the `by` question's options (columns may
    /// be a chosen subset, reordered; see `charts::options`).
    #[serde(default)]
    pub column_options: Vec<usize>,
    /// Each cell's two-sided p from its adjusted residual, 2·(1 − Φ(|z|)),
    /// and Holm's correction across the table's cells (`None` where there
    /// is no residual); see `stats::differences::cell_p_values`.
    #[serde(default)]
    pub cell_p: Vec<Vec<Option<f64>>>,
    /// `cell_p` after Holm's correction across the table's cells.
    #[serde(default)]
    pub cell_p_holm: Vec<Vec<Option<f64>>>,
    /// Which cells are outlined: by |adjusted residual| or by corrected p
    /// (`ChartOptions::outline_holm`), so every drawing of the table
    /// outlines the same cells.
    #[serde(default)]
    pub outlined_by: crate::charts::outline::CellOutline,
}

impl CrossTabData {
    /// The `by` question's option that column `j` shows.
    pub fn option_of_column(&self, j: usize) -> usize {
        self.column_options.get(j).copied().unwrap_or(j)
    }
}

/// The χ² test of one option of a multiple-choice question against the
/// other question.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OptionTest {
    /// The option's label.
    pub label: String,
    /// Pearson χ² without continuity correction; `None` when not testable.
    pub chi2: Option<f64>,
    /// Degrees of freedom of `chi2`.
    pub df: usize,
    /// The p of `chi2`; `None` without a test.
    pub p: Option<f64>,
}

/// Slider × choice: the slider's values per option, with a box per option.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GroupsData {
    /// One group per option of the `by` question, in option order.
    pub groups: Vec<SliderGroup>,
    /// Kruskal–Wallis over the options (single choice only: with multiple
    /// choice the groups overlap and no test is made).
    pub h: Option<f64>,
    /// Degrees of freedom of `h`: non-empty groups − 1.
    pub df: Option<usize>,
    /// The p of `h`.
    pub p: Option<f64>,
    /// Two-sided Mann–Whitney per pair of options, Holm-adjusted.
    pub pairwise: Vec<PairwiseTest>,
    /// Every answer of the panel counted per distinct value (single choice
    /// only), for the selection-against-rest test.
    #[serde(skip)]
    pub ranks: Option<RankCounts>,
}

/// One option's slider values (0–100).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SliderGroup {
    /// The option's label.
    pub label: String,
    /// The group's index among the `by` question's options.
    #[serde(default)]
    pub option: usize,
    /// Stories that chose the option and answered the slider.
    pub n: usize,
    /// Mean on 0–100; `None` for an empty group.
    pub mean: Option<f64>,
    /// Median on 0–100; `None` for an empty group.
    pub median: Option<f64>,
    /// Sample standard deviation (n − 1); `None` below 2 answers.
    pub sd: Option<f64>,
    /// Lower and upper quartile (numpy's linear interpolation).
    pub q1: Option<f64>,
    /// Upper quartile (numpy's linear interpolation).
    pub q3: Option<f64>,
    /// Smallest answer; `None` for an empty group.
    pub min: Option<f64>,
    /// Largest answer; `None` for an empty group.
    pub max: Option<f64>,
    /// The stories' answers (0–100) for the dots: every one, or an even
    /// sample of `dots::DOT_LIMIT` past that many when the statistics come
    /// from counts per distinct value (see `index::SliderRanks`).
    pub values: Vec<f64>,
    /// Story row of each of `values`.
    #[serde(skip)]
    pub rows: Vec<usize>,
}

/// Mann–Whitney between two options.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PairwiseTest {
    /// The first option's label.
    pub a: String,
    /// The second option's label.
    pub b: String,
    /// Mann–Whitney U of `a`: its rank sum minus n₁(n₁ + 1)/2.
    pub u: f64,
    /// Two-sided p from the normal approximation, tie and continuity
    /// corrected as SciPy's.
    pub p: f64,
    /// `p` after Holm's correction across all pairs of the chart.
    pub p_holm: f64,
}

/// Slider × slider: one point per story that answered both (0–100 each).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ScatterData {
    /// The x slider's pole labels: left (0), right (100).
    pub x_poles: [String; 2],
    /// The y slider's pole labels: left (0), right (100).
    pub y_poles: [String; 2],
    /// One `[x, y]` per story on 0–100.
    pub points: Vec<[f64; 2]>,
    /// Story row of each point.
    #[serde(skip)]
    pub rows: Vec<usize>,
    /// Spearman's ρ with two-sided p (t with n − 2 df).
    pub rho: Option<f64>,
    /// The two-sided p of `rho`; `None` with `rho` (fewer than 3 stories or
    /// a constant slider).
    pub p: Option<f64>,
    /// The dots' options when coloured by a choice question.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub colour: Option<ColourBy>,
}

/// Triad × choice: the triad's points and geometric mean per option.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TriadGroupsData {
    /// One group per option of the `by` question, in option order.
    pub groups: Vec<TriadGroup>,
    /// The replacement for zero parts used by the geometric means, on the
    /// 0–100 scale.
    pub zero_replacement: f64,
}

/// One option's triad answers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TriadGroup {
    /// The option's label.
    pub label: String,
    /// Stories that chose the option and answered the triad, all counted in
    /// the mean.
    pub n: usize,
    /// The group's dots as fractions in `[top, left, right]` order, or an
    /// even sample of them past `dots::DOT_LIMIT` for the whole chart;
    /// empty in a panel that is only compared against, never drawn.
    pub points: Vec<[f64; 3]>,
    /// Story row of each point.
    #[serde(skip)]
    pub rows: Vec<usize>,
    /// The closed geometric mean as fractions; `None` for an empty group.
    pub geometric_mean: Option<[f64; 3]>,
}
