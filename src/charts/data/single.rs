//! The data of a panel of one question: a triad's points and means, a
//! slider's histogram, a choice's bars, a text question's count.

use serde::{Deserialize, Serialize};

use crate::charts::density::DensityGrid;

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
    pub value: crate::charts::BarValue,
}

impl BarsData {
    /// The question's option that bar `i` shows.
    pub fn option_of_bar(&self, i: usize) -> usize {
        self.options.get(i).copied().unwrap_or(i)
    }

    /// Bar `i`'s length in the unit of [`Self::value`]: percent or count.
    pub fn length(&self, i: usize) -> f64 {
        match self.value {
            crate::charts::BarValue::Percent | crate::charts::BarValue::Mentions => {
                self.percents.get(i).copied().unwrap_or(0.0)
            }
            crate::charts::BarValue::Counts => self.counts.get(i).copied().unwrap_or(0) as f64,
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
