//! [`ChartData`]: the computed numbers of a chart, one [`PanelData`] per
//! population, serialised as the CLI's `--json`.

use serde::{Deserialize, Serialize};

use crate::model::QuestionKind;

/// A computed chart: the question, its labels, and one panel per population.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChartData {
    pub question: String,
    pub title: String,
    /// The question's kind with its labels (options, poles, corners).
    #[serde(flatten)]
    pub kind: QuestionKind,
    pub min_n: usize,
    /// All stories of the baseline.
    pub whole: PanelData,
    /// The selection, when comparing.
    pub selection: Option<PanelData>,
}

impl ChartData {
    /// The panels in display order: whole, then selection.
    pub fn panels(&self) -> impl Iterator<Item = &PanelData> {
        std::iter::once(&self.whole).chain(self.selection.as_ref())
    }
}

/// One population's numbers for one chart.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PanelData {
    /// `whole` or `selection`.
    pub population: String,
    /// Stories in the population.
    pub stories: usize,
    /// Stories that answered the question.
    pub n: usize,
    pub n_missing: usize,
    pub n_not_applicable: usize,
    /// `n < min_n`: the panel is replaced by "too few stories (n = …)".
    pub too_few: bool,
    #[serde(flatten)]
    pub chart: PanelKind,
}

/// The chart-specific numbers of a panel.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "chart", rename_all = "snake_case")]
pub enum PanelKind {
    Triad(TriadData),
    Histogram(HistogramData),
    Bars(BarsData),
    Text(TextData),
}

/// A ternary dot plot: the points and their means, parts as fractions in
/// `[top, left, right]` order.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TriadData {
    pub points: Vec<[f64; 3]>,
    /// Story row of each point, for "show the stories behind this mark".
    #[serde(skip)]
    pub rows: Vec<usize>,
    pub geometric_mean: Option<[f64; 3]>,
    pub arithmetic_mean: Option<[f64; 3]>,
    pub zero_replacement: f64,
}

/// A slider histogram on the 0–100 scale.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HistogramData {
    pub edges: Vec<f64>,
    pub counts: Vec<u64>,
    pub mean: Option<f64>,
    pub median: Option<f64>,
    pub sd: Option<f64>,
}

/// Bars of a single or multiple choice question.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BarsData {
    pub labels: Vec<String>,
    pub counts: Vec<u64>,
    /// Percent of the answering stories (`n`) per option; for a
    /// multiple-choice question these do not add up to 100.
    pub percents: Vec<f64>,
    pub multiple: bool,
}

/// Text, number or date questions: only how many answered.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TextData {}
