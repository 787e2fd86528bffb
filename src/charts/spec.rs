//! [`ChartSpec`]: what to draw, as plain serde data.

use serde::{Deserialize, Serialize};

use crate::model::QuestionId;
use crate::stats::compositional::DEFAULT_ZERO_REPLACEMENT;
use crate::words::WordOptions;

/// What the bars of a choice question show: the bar's length and its
/// number. The other figure stays as secondary text (the hover on screen,
/// in brackets in exports).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BarValue {
    /// Percent of the answering stories; compares populations of
    /// different sizes.
    #[default]
    Percent,
    /// Number of stories.
    Counts,
    /// Percent of all mentions: for a multiple-choice question the share
    /// of each option among every option chosen (the bars add up to 100);
    /// for a single choice the same as `Percent`.
    Mentions,
}

impl BarValue {
    fn is_default(&self) -> bool {
        *self == Self::default()
    }
}

/// Options a user can set per chart.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChartOptions {
    /// Panels with fewer answering stories are not drawn ("too few stories").
    pub min_n: usize,
    /// Replacement for zero triad parts on the 0–100 scale, for the
    /// geometric mean.
    pub zero_replacement: f64,
    /// Number of equal-width histogram bins on 0–100.
    pub bins: usize,
    /// Keep every story's dot (the CLI's `--json`); otherwise panels past
    /// `dots::DOT_LIMIT` stories keep an even sample of dots.
    #[serde(skip)]
    pub all_dots: bool,
    /// Triads: split the triangle into the seven zones of
    /// `model::TriadZone` and count the stories in each.
    #[serde(default)]
    pub show_zones: bool,
    /// With a `by` choice question: one small panel of the question's own
    /// chart per option, instead of the two-question chart.
    #[serde(default)]
    pub small_multiples: bool,
    /// Triads and scatters: colour each dot by its story's option of this
    /// choice question.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub colour_by: Option<QuestionId>,
    /// Which options to show, in this order (indices into the options of
    /// the chart's choice question; see `charts::options`). `None`: all,
    /// in the codebook's order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub option_order: Option<Vec<usize>>,
    /// Bars (also as small multiples): percent or counts.
    #[serde(default, skip_serializing_if = "BarValue::is_default")]
    pub bar_value: BarValue,
    /// Cross-tabs: outline the cells whose Holm-corrected p (across the
    /// table's cells) is below 0.05, instead of those with |adjusted
    /// residual| ≥ 1.96 (issue 17 item 3). Left out when false, so saved
    /// projects do not change.
    #[serde(default, skip_serializing_if = "is_false")]
    pub outline_holm: bool,
    /// Display lumping (issue 17 item 5): options of the chart's choice
    /// question(s) merged, renamed or hidden in this chart only (see
    /// `charts::lumping`). `option_order` then names the lumped options.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lumping: Vec<super::OptionLumping>,
    /// Text questions: how stories are cut into terms — the project's stop
    /// words (copied in, so a saved chart keeps the words it was made
    /// with) and whether two-word phrases are counted.
    #[serde(default, skip_serializing_if = "WordOptions::is_default")]
    pub words: WordOptions,
}

fn is_false(value: &bool) -> bool {
    !*value
}

impl Default for ChartOptions {
    fn default() -> Self {
        Self {
            min_n: 20,
            zero_replacement: DEFAULT_ZERO_REPLACEMENT,
            bins: 10,
            all_dots: false,
            show_zones: false,
            small_multiples: false,
            colour_by: None,
            option_order: None,
            bar_value: BarValue::default(),
            outline_holm: false,
            lumping: Vec::new(),
            words: WordOptions::default(),
        }
    }
}

/// What to draw: a question's chart with its options.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChartSpec {
    /// The question whose chart it is.
    pub question: QuestionId,
    /// The second question of a two-question chart (cross-tab, slider by
    /// choice, scatter, triad by choice).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<QuestionId>,
    /// How the chart is computed and drawn.
    #[serde(default)]
    pub options: ChartOptions,
}

impl ChartSpec {
    /// The chart of `question` alone, with default options.
    pub fn new(question: QuestionId) -> Self {
        Self {
            question,
            by: None,
            options: ChartOptions::default(),
        }
    }

    /// A two-question chart of `question` by `by`.
    pub fn pair(question: QuestionId, by: QuestionId) -> Self {
        Self {
            by: Some(by),
            ..Self::new(question)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_saved_before_bar_value_existed_load_as_percent() {
        let old = r#"{"min_n": 20, "zero_replacement": 0.001, "bins": 10}"#;
        let options: ChartOptions = serde_json::from_str(old).unwrap();
        assert_eq!(options.bar_value, BarValue::Percent);
        // The default is left out, so saved projects do not change.
        let saved = serde_json::to_string(&options).unwrap();
        assert!(!saved.contains("bar_value"), "{saved}");
        let counts = ChartOptions {
            bar_value: BarValue::Counts,
            ..options
        };
        let saved = serde_json::to_string(&counts).unwrap();
        assert!(saved.contains(r#""bar_value":"counts""#), "{saved}");
        let loaded: ChartOptions = serde_json::from_str(&saved).unwrap();
        assert_eq!(loaded, counts);
    }

    #[test]
    fn the_holm_outline_is_saved_only_when_chosen() {
        let old = r#"{"min_n": 20, "zero_replacement": 0.001, "bins": 10}"#;
        let options: ChartOptions = serde_json::from_str(old).unwrap();
        assert!(!options.outline_holm);
        assert!(
            !serde_json::to_string(&options)
                .unwrap()
                .contains("outline_holm")
        );
        let holm = ChartOptions {
            outline_holm: true,
            ..options
        };
        let saved = serde_json::to_string(&holm).unwrap();
        assert!(saved.contains(r#""outline_holm":true"#), "{saved}");
        let loaded: ChartOptions = serde_json::from_str(&saved).unwrap();
        assert!(loaded.outline_holm);
    }
}
