//! [`ChartData`]: the computed numbers of a chart, one [`PanelData`] per
//! population, serialised as the CLI's `--json`.

use serde::{Deserialize, Serialize};

use crate::model::QuestionKind;

use super::density::DensityGrid;

/// A computed chart: the question, its labels, and one panel per population.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChartData {
    /// The question's id (its column in the dataset).
    pub question: String,
    /// The question's title as the codebook gives it.
    pub title: String,
    /// The question's kind with its labels (options, poles, corners).
    #[serde(flatten)]
    pub kind: QuestionKind,
    /// The second question of a two-question chart, with its labels.
    pub by: Option<ByQuestion>,
    /// Panels with fewer answering stories than this are `too_few`
    /// (`ChartOptions::min_n`).
    pub min_n: usize,
    /// All stories of the baseline.
    pub whole: PanelData,
    /// The selection, when comparing.
    pub selection: Option<PanelData>,
    /// How the selection differs from the rest of the baseline.
    pub comparison: Option<Comparison>,
    /// When `ChartOptions::option_order` hides options: how many of the
    /// choice question's options the chart shows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options_shown: Option<OptionsShown>,
    /// Display lumping: what the chart merged, renamed or hid, per choice
    /// question (the note under the chart).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lumping: Vec<super::LumpingNote>,
}

/// Options shown of all the options of a chart's choice question.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct OptionsShown {
    /// How many options the chart shows.
    pub shown: usize,
    /// How many options the question has.
    pub total: usize,
}

impl OptionsShown {
    /// "Shown: 3 of the 5 options of Rol; the numbers count every answer."
    pub fn note(&self, language: crate::i18n::Language, question: &str) -> String {
        crate::i18n::fill(
            language.strings().options_shown_note,
            &[
                ("k", &self.shown.to_string()),
                ("n", &self.total.to_string()),
                ("question", &question),
            ],
        )
    }
}

impl ChartData {
    /// The note saying that options are hidden, when they are.
    pub fn options_shown_note(&self, language: crate::i18n::Language) -> Option<String> {
        let question = self.by.as_ref().map_or(&self.title, |by| &by.title);
        Some(self.options_shown?.note(language, question))
    }

    /// The panels in display order: whole, then selection.
    pub fn panels(&self) -> impl Iterator<Item = &PanelData> {
        std::iter::once(&self.whole).chain(self.selection.as_ref())
    }
}

/// The second question of a two-question chart.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ByQuestion {
    /// The `by` question's id.
    pub question: String,
    /// The `by` question's title.
    pub title: String,
    /// The `by` question's kind with its labels.
    #[serde(flatten)]
    pub kind: QuestionKind,
}

/// One population's numbers for one chart.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PanelData {
    /// `whole` or `selection`.
    pub population: String,
    /// Stories in the population.
    pub stories: usize,
    /// Stories that answered the question (both questions, for a
    /// two-question chart).
    pub n: usize,
    /// Stories in the population that gave no answer (to either question,
    /// for a two-question chart) and did not tick "not applicable".
    pub n_missing: usize,
    /// Stories in the population that ticked "not applicable" (N/A),
    /// counted apart from the missing ones.
    pub n_not_applicable: usize,
    /// `n < min_n`: the panel is replaced by "too few stories (n = …)".
    pub too_few: bool,
    /// The chart-specific numbers.
    #[serde(flatten)]
    pub chart: PanelKind,
}

/// The chart-specific numbers of a panel.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "chart", rename_all = "snake_case")]
pub enum PanelKind {
    /// A triad on its own.
    Triad(TriadData),
    /// A slider on its own.
    Histogram(HistogramData),
    /// A single or multiple choice on its own.
    Bars(BarsData),
    /// A text, number or date question: only the counts of [`PanelData`].
    Text(TextData),
    /// Choice × choice.
    CrossTab(CrossTabData),
    /// Slider × choice: one box per option.
    Groups(GroupsData),
    /// Slider × slider.
    Scatter(ScatterData),
    /// Triad × choice: one cloud and geometric mean per option.
    TriadGroups(TriadGroupsData),
    /// The chart of the question once per option of the `by` question.
    Multiples(MultiplesData),
    /// A text question: the terms most stories use.
    Words(super::words::WordsData),
    /// A stones question: where the stories placed each stone.
    Stones(super::stones::StonesData),
    /// A multiple-choice question by itself: stories choosing both of
    /// each pair of options, with lift.
    CoOccurrence(super::cooccur::CoOccurrenceData),
}

/// Small multiples: the question's own chart for the stories of each
/// option of the `by` question, in option order.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MultiplesData {
    /// One panel per option of the `by` question, in option order.
    pub panels: Vec<SubPanel>,
}

/// One option's panel of [`MultiplesData`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SubPanel {
    /// The option of the `by` question.
    pub label: String,
    /// Stories that chose the option and answered the question.
    pub n: usize,
    /// `n < min_n`: drawn as "too few stories (n = …)".
    pub too_few: bool,
    /// The option's own chart.
    #[serde(flatten)]
    pub chart: PanelKind,
}

/// A ternary dot plot: the points and their means, parts as fractions in
/// `[top, left, right]` order.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TriadData {
    /// Stories answering, all counted in the means, zones and density.
    #[serde(skip)]
    pub n: usize,
    /// One dot per story, or an even sample of `dots::DOT_LIMIT` of them
    /// past that many (unless `ChartOptions::all_dots`).
    pub points: Vec<[f64; 3]>,
    /// Story row of each point, for "show the stories behind this mark".
    #[serde(skip)]
    pub rows: Vec<usize>,
    /// Every story counted per cell of a grid, past
    /// `density::DENSITY_THRESHOLD` stories: what the chart shades then.
    #[serde(skip)]
    pub density: Option<DensityGrid>,
    /// The closed geometric mean as fractions summing to 1, zeros replaced
    /// by `zero_replacement` first; `None` without stories.
    pub geometric_mean: Option<[f64; 3]>,
    /// The mean of each part as fractions summing to 1; `None` without
    /// stories.
    pub arithmetic_mean: Option<[f64; 3]>,
    /// The replacement for zero parts used by the geometric mean, on the
    /// 0–100 scale (`ChartOptions::zero_replacement`).
    pub zero_replacement: f64,
    /// Stories per zone (`model::TriadZone`), in `TriadZone::ALL` order.
    #[serde(default)]
    pub zones: Vec<ZoneCount>,
    /// The confidence region of the geometric mean, as compositions around
    /// it (Hotelling's T² in ilr space; `None` below 3 stories).
    #[serde(default)]
    pub confidence_region: Option<Vec<[f64; 3]>>,
    /// The level of `confidence_region` as a fraction (0.95).
    #[serde(default)]
    pub confidence_level: f64,
    /// The dots' options when coloured by a choice question.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub colour: Option<ColourBy>,
}

/// Dots coloured by the options of a choice question, one entry per point.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ColourBy {
    /// The colouring question's id.
    pub question: String,
    /// The colouring question's title.
    pub title: String,
    /// The colouring question's option labels; `options` index into these.
    pub labels: Vec<String>,
    /// With a multiple choice, a dot takes the first option its story chose.
    pub multiple: bool,
    /// Per point, its option; `None` when the story gave none.
    pub options: Vec<Option<u16>>,
    /// Dots per option, for the legend.
    pub counts: Vec<usize>,
}

/// One zone of a triad with its stories.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ZoneCount {
    /// Which zone.
    pub zone: crate::model::TriadZone,
    /// Stories whose answer falls in the zone.
    pub count: u64,
    /// Percent of the panel's answering stories.
    pub percent: f64,
}

/// A slider histogram on the 0–100 scale.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HistogramData {
    /// The answers on 0–100, for tests against other populations.
    #[serde(skip)]
    pub values: Vec<f64>,
    /// The `bins + 1` bin edges on 0–100, equal widths; `counts[i]` counts
    /// answers from `edges[i]` up to `edges[i + 1]` (the last bin includes 100).
    pub edges: Vec<f64>,
    /// Answers per bin, `edges.len() - 1` of them.
    pub counts: Vec<u64>,
    /// Mean of the answers on 0–100; `None` without answers.
    pub mean: Option<f64>,
    /// Median of the answers on 0–100; `None` without answers.
    pub median: Option<f64>,
    /// Sample standard deviation (n − 1) on 0–100; `None` below 2 answers.
    pub sd: Option<f64>,
    /// The answers counted per distinct value, for rank tests against
    /// other populations without sorting.
    #[serde(skip)]
    pub ranks: Option<RankCounts>,
}

/// A sample as counts per distinct value: `counts[d]` answers equal
/// `distinct[d]`. Panels of one chart share `distinct`.
#[derive(Clone, Debug, PartialEq)]
pub struct RankCounts {
    /// The distinct answer values in increasing order.
    pub distinct: std::sync::Arc<[f64]>,
    /// Answers per distinct value, parallel to `distinct`.
    pub counts: Vec<u64>,
}

/// Bars of a single or multiple choice question.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BarsData {
    /// The label of each bar, in bar order.
    pub labels: Vec<String>,
    /// Stories that chose each bar's option (for a multiple choice, each
    /// story counts once per option it chose).
    pub counts: Vec<u64>,
    /// Percent of the answering stories (`n`) per option, or of all
    /// mentions when `value` is `Mentions`; for a multiple-choice question
    /// the former do not add up to 100.
    pub percents: Vec<f64>,
    /// True for a multiple-choice question: a story can count in several bars.
    pub multiple: bool,
    /// Each bar's index among the question's options (bars may be a
    /// chosen subset, reordered).
    #[serde(default)]
    pub options: Vec<usize>,
    /// What the bars' lengths and numbers show (`ChartOptions::bar_value`).
    #[serde(default)]
    pub value: super::BarValue,
}

impl BarsData {
    /// The question's option that bar `i` shows.
    pub fn option_of_bar(&self, i: usize) -> usize {
        self.options.get(i).copied().unwrap_or(i)
    }

    /// Bar `i`'s length in the unit of [`Self::value`]: percent or count.
    pub fn length(&self, i: usize) -> f64 {
        match self.value {
            super::BarValue::Percent | super::BarValue::Mentions => {
                self.percents.get(i).copied().unwrap_or(0.0)
            }
            super::BarValue::Counts => self.counts.get(i).copied().unwrap_or(0) as f64,
        }
    }

    /// The longest bar, in the unit of [`Self::value`].
    pub fn max_length(&self) -> f64 {
        (0..self.labels.len())
            .map(|i| self.length(i))
            .fold(0.0, f64::max)
    }
}

/// Text, number or date questions: only how many answered.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TextData {}

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
    pub outlined_by: super::outline::CellOutline,
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

/// How the selection differs from the rest of the baseline (the baseline's
/// stories outside the selection).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Comparison {
    /// Stories in the selection that answered the question.
    pub n_selection: usize,
    /// Stories of the baseline outside the selection that answered the question.
    pub n_rest: usize,
    /// The test of the chart's question: χ² on the 2 × k table of a single
    /// choice, Mann–Whitney for a slider.
    pub test: Option<ComparisonTest>,
    /// Multiple choice: one 2 × 2 χ² test per option.
    pub option_tests: Vec<OptionTest>,
    /// Cross-tabs: cells whose adjusted residual changed sign or crossed
    /// ±1.96 between the baseline and the selection.
    pub changed_cells: Vec<ChangedCell>,
    /// Text questions: the terms the selection uses more or less often.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keyness: Option<super::words::KeynessData>,
}

/// A test of selection against rest.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "test", rename_all = "snake_case")]
pub enum ComparisonTest {
    /// χ² of the selection against the rest over the options (a 2 × k
    /// table of a single choice).
    Chi2 {
        /// Pearson χ² without continuity correction.
        chi2: f64,
        /// Degrees of freedom: kept options − 1.
        df: usize,
        /// The p of `chi2`.
        p: f64,
    },
    /// Mann–Whitney of the selection's slider answers against the rest's.
    MannWhitney {
        /// U of the selection: its rank sum minus n₁(n₁ + 1)/2; above
        /// n₁n₂/2 means the selection tends to higher values.
        u: f64,
        /// SciPy's z with tie correction, not signed by direction.
        z: f64,
        /// Two-sided p.
        p: f64,
    },
}

/// A cross-tab cell whose residual tells a different story in the selection.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChangedCell {
    /// The cross-tab row's label (an option of the chart's question).
    pub row: String,
    /// The cross-tab column's label (an option of the `by` question).
    pub column: String,
    /// The cell's adjusted residual in the baseline.
    pub whole: f64,
    /// The cell's adjusted residual in the selection.
    pub selection: f64,
}
